import importlib, importlib.util, importlib.machinery, sys, os, tempfile, types
m = importlib.import_module("json")
print(m.__name__, m is sys.modules["json"], importlib.import_module("os.path") is os.path)
print(importlib.import_module(".decoder", "json").__name__)
for bad in [("nonexistent_zz",), (".x",), ("..x", "json")]:
    try:
        importlib.import_module(*bad)
    except (ImportError, TypeError) as e:
        print(type(e).__name__, e)
print(importlib.util.find_spec("nonexistent_zz"), importlib.util.find_spec("json").name,
      importlib.util.find_spec("json").submodule_search_locations is not None)
print(importlib.util.find_spec("sys").origin, importlib.util.resolve_name(".b", "a.c"))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "dynmod.py")
    with open(path, "w") as f:
        f.write("X = 41\ndef bump():\n    return X + 1\n")
    spec = importlib.util.spec_from_file_location("dynmod", path)
    print(spec.name, spec.origin == path, spec.parent, spec.has_location, spec.submodule_search_locations)
    mod = importlib.util.module_from_spec(spec)
    print(type(mod).__name__, mod.__name__, mod.__spec__ is spec, mod.__file__ == path)
    spec.loader.exec_module(mod)
    print(mod.X, mod.bump())
    sys.modules["dynmod"] = mod
    sys.path.insert(0, d)
    mod.X = 0
    with open(path, "w") as f:
        f.write("X = 100\ndef bump():\n    return X + 2\n")
    again = importlib.reload(mod)
    print(again is mod, mod.X, mod.bump())
    del sys.modules["dynmod"]
    try:
        imported = importlib.import_module("dynmod")
        print(imported.X, importlib.util.find_spec("dynmod").origin == path)
    finally:
        sys.path.remove(d)
        sys.modules.pop("dynmod", None)
try:
    importlib.reload(types.ModuleType("loose"))
except ImportError as e:
    print("ImportError", e)
try:
    importlib.reload(42)
except TypeError as e:
    print("TypeError", e)
print(importlib.machinery.SOURCE_SUFFIXES, ".py" in importlib.machinery.all_suffixes())
importlib.invalidate_caches()
