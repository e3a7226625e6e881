# Ellipsis and NotImplemented reduce to their names, so they (and their types) pickle
# and deep-copy; a text file forgets the newlines it has seen when it seeks to its start
# or its end, as CPython's newline decoder is reset there.
import copy
import os
import pickle
import tempfile

print(Ellipsis.__reduce__(), NotImplemented.__reduce__(), Ellipsis.__reduce_ex__(2))
for o in [Ellipsis, NotImplemented, type(Ellipsis), type(NotImplemented), type(None), [..., NotImplemented]]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        r = pickle.loads(pickle.dumps(o, protocol=proto))
        assert r == o, (o, proto)
    print(repr(o), "round-trips;", "deepcopy:", copy.deepcopy(o))

d = tempfile.mkdtemp()
fn = os.path.join(d, "f.txt")
with open(fn, "w", newline="") as f:
    f.write("a\r\nb\rc\nd\n")
with open(fn) as f:
    print(f.newlines)
    f.readline()
    print(f.newlines)
    f.seek(0)
    print(f.newlines)
    f.read()
    print(f.newlines)
    f.seek(0, 2)
    print(f.newlines)
with open(fn, "r+") as f:
    f.readline()
    print(f.newlines)
    f.seek(0, 2)
    f.write("x\n")
    print(f.newlines)
os.remove(fn)
os.rmdir(d)
