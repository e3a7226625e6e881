# A program that loads a plugin package from a subdirectory: relative imports,
# __init_subclass__ with class keywords, PEP 562 module __getattr__, import-time
# side effects in order, importlib, and errors for missing names and modules.
import importlib
import sys

import s24_plugins
from s24_plugins import *  # noqa: F403  (register, REGISTRY)

print(sorted(n for n in dir() if not n.startswith("_") and n not in ("importlib", "sys")))
print(s24_plugins.LOADED)
print(s24_plugins.default.__name__, s24_plugins.LOADED)
print(sorted(REGISTRY))  # noqa: F405
from s24_plugins.formats import jsonish

print(sorted(REGISTRY))  # noqa: F405
print([(n, c.__name__, c.ext, c.plugin_name) for n, c in sorted(REGISTRY.items())])  # noqa: F405
rows = [(1, "a"), (2.5, None)]
for name in sorted(REGISTRY):  # noqa: F405
    print(name, repr(REGISTRY[name]().dump(rows)))  # noqa: F405
try:
    jsonish.Broken().dump(rows)
except NotImplementedError as e:
    print("NotImplementedError", e)
print(jsonish.TsvFormat.__mro__[1].__module__, jsonish.__name__, jsonish.__package__)
print("s24_plugins.formats.csvfmt" in sys.modules, sys.modules["s24_plugins.base"].Format.__qualname__)
m = importlib.import_module(".formats.csvfmt", "s24_plugins")
print(m is sys.modules["s24_plugins.formats.csvfmt"], m.CsvFormat.sep == ",")
try:
    s24_plugins.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    from s24_plugins import nothing_here  # noqa: F401
except ImportError as e:
    print("ImportError", e.name, "|", e)
try:
    import s24_plugins.nope  # noqa: F401
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e.name, "|", e)
try:
    importlib.import_module("..x", "s24_plugins")
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError", e)
print(s24_plugins.__doc__, s24_plugins.formats.__all__, hasattr(s24_plugins, "formats"))
