import sys
vi = sys.version_info
print(vi[:3] >= (3, 11, 0), vi.releaselevel, vi.serial, len(vi), vi >= (3,), vi < (4,), type(vi).__name__, tuple(vi)[:2] == (vi.major, vi.minor))
print(sys.hexversion >> 16 == 0x30b, sys.api_version > 0, type(sys.version).__name__, sys.version[:4] == "3.11")
print(sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min, sys.float_info[0] == sys.float_info.max, len(sys.float_info))
print(sys.int_info, sys.hash_info.width, sys.hash_info.modulus == 2**61 - 1, sys.hash_info.algorithm in ("siphash13", "siphash24", "fnv"))
print(sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.platform, sys.float_repr_style)
print(type(sys.flags).__name__, len(sys.flags), sys.flags.debug, sys.flags.optimize, sys.flags.dev_mode, sys.flags.safe_path, sys.flags.int_max_str_digits)
print(sys.implementation.name in ("cpython", "weft"), sys.implementation.version == sys.version_info, hasattr(sys.implementation, "cache_tag"))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
old = sys.getrecursionlimit()
for bad in [0, -5, "x", 2.5]:
    try:
        sys.setrecursionlimit(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(200)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(150 < depth(0) <= 200)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
for bad in [0, -1.0, "x"]:
    try:
        sys.setswitchinterval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
sys.setswitchinterval(0.002)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def outer():
    return inner()
def inner():
    f = sys._getframe()
    return [f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name]
print(outer())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)
for code in [None, 0, 5, "message", (1, 2)]:
    try:
        sys.exit(code) if code is not None else sys.exit()
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
print(sys.intern("hello world") == "hello world")
try:
    sys.intern(1)
except TypeError as e:
    print("TypeError", e)
print(sys.getsizeof(0) > 0, sys.getsizeof("abc") < sys.getsizeof("abcdef"), sys.getsizeof([1, 2, 3]) >= sys.getsizeof([]), sys.getsizeof(1.5) > 0)
class S:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(S()) >= 100)
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(type(sys.path_hooks).__name__, type(sys.meta_path).__name__, type(sys.warnoptions).__name__, sys.dont_write_bytecode in (True, False))
print(sys.gettrace(), sys.getprofile())
print(sys.stdin.fileno(), sys.stdin.readable() if hasattr(sys.stdin, "readable") else True)
print(type(sys.prefix).__name__, type(sys.exec_prefix).__name__, type(sys.base_prefix).__name__, type(sys.copyright).__name__)
print(sys.excepthook is sys.__excepthook__, callable(sys.excepthook))
try:
    raise ValueError("shown by excepthook")
except ValueError:
    sys.stderr.flush()
    sys.excepthook(*sys.exc_info())
print(sys.stdin.readline(), end="")
print(sys.stdin.read(3), repr(sys.stdin.readline()))
print([l for l in sys.stdin])
