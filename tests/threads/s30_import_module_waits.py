# importlib.import_module waits for a module another thread is still executing, as
# the import statement does, and keeps its other behaviour.
import importlib, os, sys, tempfile, threading, shutil
d = tempfile.mkdtemp()
with open(os.path.join(d, "slowmod.py"), "w") as f:
    f.write("import time\ntime.sleep(0.2)\nREADY = True\n")
os.mkdir(os.path.join(d, "pkg"))
with open(os.path.join(d, "pkg", "__init__.py"), "w") as f:
    f.write("")
with open(os.path.join(d, "pkg", "sub.py"), "w") as f:
    f.write("X = 5\n")
sys.path.insert(0, d)
b = threading.Barrier(8)
seen = []
lock = threading.Lock()
def w():
    b.wait()
    m = importlib.import_module("slowmod")
    with lock:
        seen.append(getattr(m, "READY", False))
ts = [threading.Thread(target=w) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(seen.count(True), len(seen))
print(importlib.import_module("pkg.sub").X, importlib.import_module(".sub", "pkg").X)
sys.modules["blocked"] = None
try:
    importlib.import_module("blocked")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
sys.modules["fake"] = 42
print(importlib.import_module("fake"))
try:
    importlib.import_module("no_such_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
shutil.rmtree(d)
