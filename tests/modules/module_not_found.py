for name in ["nonexistent_mod_abc", "os.nonexistent_sub", "xml.nothing.deep", "collections.nothere"]:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
try:
    from os import nonexistent_name
except ImportError as e:
    print(type(e).__name__, e.name)
import nonexistent_top_level_module
