# ImportError.msg/name as set by ImportError() and by the import machinery.
print(repr(ImportError("x").msg), repr(ImportError("a", "b").msg), repr(ImportError().msg))
print(repr(ModuleNotFoundError("m", name="n").msg), ImportError("a", "b").args)
try:
    import no_such_mod_abc
except ImportError as e:
    print(type(e).__name__, repr(e.msg), repr(e.name), repr(e.path), e.args)
try:
    import os.no_such_sub
except ImportError as e:
    print(type(e).__name__, repr(e.msg), repr(e.name), e.args)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, repr(e.msg), repr(e.name), e.args)
try:
    import json.nope
except ImportError as e:
    print(type(e).__name__, repr(e.msg), repr(e.name), e.args)
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, repr(e.msg), repr(e.name), e.args)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
import importlib
try:
    importlib.import_module("no_such_mod_xyz.sub")
except ImportError as e:
    print(type(e).__name__, repr(e.msg), repr(e.name))
