# sys.modules entries that are None or not modules: no panic, CPython's ImportErrors.
import sys
class Obj:
    x = 5
sys.modules['fake'] = 42
sys.modules['objmod'] = Obj()
for stmt in ["from fake import x", "from fake import real", "import fake", "from objmod import x", "from objmod import y", "import objmod.sub", "from objmod import *", "from fake import *", "import fake as f2; print(f2)", "from fake.sub import z"]:
    try:
        exec(stmt)
        print("ok", stmt)
    except Exception as e:
        print(type(e).__name__, e)
sys.modules['nonemod'] = None
for stmt in ["from nonemod import x", "from nonemod import *", "import nonemod.a.b"]:
    try:
        exec(stmt)
        print("ok", stmt)
    except Exception as e:
        print(type(e).__name__, e)
sys.modules["fake3"] = 42
try:
    import fake3.sub
except ImportError as e: print(type(e).__name__, e)
sys.modules['nonemod'] = None
for stmt in ["import nonemod", "from nonemod import x", "import nonemod.sub", "__import__('nonemod')"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
import importlib
try: importlib.import_module('nonemod')
except ImportError as e: print(type(e).__name__, e, e.name)
