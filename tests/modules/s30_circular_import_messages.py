# A name missing from a module whose code is still running (a circular import) is
# reported as CPython reports it: "partially initialized module ... (most likely due to
# a circular import)".
import os, sys, tempfile

d = tempfile.mkdtemp()
def write(name, text):
    with open(os.path.join(d, name + ".py"), "w") as f:
        f.write(text)

write("moda", "import modb\nX = 1\n")
write("modb", "from moda import X\n")
write("modc", "import modd\nX = 1\n")
write("modd", "import modc\nprint(modc.X)\n")
write("mode", "Y = 2\n")
sys.path.insert(0, d)
for name in ("moda", "modc"):
    try:
        __import__(name)
    except (ImportError, AttributeError) as e:
        print(type(e).__name__ + ":", str(e).replace(d, "<dir>"))
import mode
try:
    from mode import Z
except ImportError as e:
    print("ImportError:", str(e).replace(d, "<dir>"))
try:
    mode.Z
except AttributeError as e:
    print("AttributeError:", e)
import shutil
shutil.rmtree(d)
