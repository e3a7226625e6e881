import sys
print(__name__, __doc__, __package__, __spec__ is None or True)
print(type(__builtins__).__name__ in ("module", "dict"), sys.modules["__main__"] is sys.modules[__name__])
print(__file__.replace("\\", "/").endswith("tests/cli/main_module_attrs.py"))
print(sorted(k for k in globals() if k.startswith("__") and k not in ("__cached__",)))
