# readlines(hint): stop once the total exceeds the hint (BytesIO: reaches it), as CPython
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as f: f.write("ab\ncdé\n\nxyz")
for hint in (-1, 0, 1, 3, 4, 100):
    with open(p) as f: print(hint, f.readlines(hint))
    with open(p, "rb") as f: print(hint, f.readlines(hint))
    print(hint, io.StringIO("ab\ncdé\n\nxyz").readlines(hint))
    print(hint, io.BytesIO(b"ab\ncd\n\nxyz").readlines(hint))
class R(io.IOBase):
    def __init__(self): self.l = iter(["a\n", "bb\n", "c"])
    def readline(self, size=-1): return next(self.l, "")
print(R().readlines(), R().readlines(2))
import shutil
shutil.rmtree(d)
