import sys
print(sys.argv[0].endswith("sys_mod.py"), len(sys.argv), sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.version).__name__)
print(sys.byteorder, sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.platform, sys.getdefaultencoding(), sys.getrecursionlimit())
print(sys.float_info.max, sys.float_info.radix, sys.int_info.sizeof_digit in (2, 4), sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan if False else 0)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setrecursionlimit(500); print(sys.getrecursionlimit()); sys.setrecursionlimit(1000)
print("sys" in sys.modules, type(sys.modules).__name__, type(sys.path).__name__, sys.path[0].endswith("modules"), isinstance(sys.executable, str))
print(sys.stdin.name if hasattr(sys.stdin, "name") else "", sys.stdout.name, sys.stderr.name, sys.stdout.encoding, sys.stderr.errors)
print(sys.intern("abc") == "abc", type(sys.getsizeof(1)).__name__, sys.getsizeof([]) > 0, type(sys.getrefcount(object())).__name__)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError(1)
except KeyError:
    print(sys.exc_info()[0], sys.exception())
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.flags.hash_randomization)
print(sys.implementation.name in ("cpython", "weft"), type(sys.implementation.version).__name__, hasattr(sys.implementation, "cache_tag"))
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__, callable(sys.exit), sys.stdout is sys.__stdout__)
print(sys.maxunicode, sys.getfilesystemencoding(), type(sys.prefix).__name__, sys.api_version > 0 if False else True, sys.dont_write_bytecode in (True, False))
def f():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(f())
print(sys.builtin_module_names.__class__.__name__, "sys" in sys.builtin_module_names)
sys.stdout.write("written\n")
print(sys.orig_argv[-1].endswith("sys_mod.py") if hasattr(sys, "orig_argv") else True)
