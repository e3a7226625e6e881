# The lesson's data generator (examples/gen_emails.py) is deterministic and writes the
# same bytes under weft as under CPython: a small file, hashed.
import hashlib
import os
import shutil
import sys
import tempfile

sys.path.insert(0, "examples")
import gen_emails  # noqa: E402

d = tempfile.mkdtemp()
try:
    a = os.path.join(d, "a.csv")
    b = os.path.join(d, "sub", "b.csv")
    gen_emails.generate(a, 40, gen_emails.DEFAULT_SEED, True)
    gen_emails.generate(b, 40, gen_emails.DEFAULT_SEED, True)
    with open(a, "rb") as f:
        data = f.read()
    with open(b, "rb") as f:
        again = f.read()
    print("bytes", len(data), "same twice:", data == again)
    print("sha256", hashlib.sha256(data).hexdigest())
    print("header", data.split(b"\r\n", 1)[0].decode())
    print("columns", len(gen_emails.COLUMNS), "default rows", gen_emails.DEFAULT_ROWS)
    other = os.path.join(d, "c.csv")
    gen_emails.main([other, "--rows", "25", "--seed", "7", "--quiet"])
    with open(other, "rb") as f:
        print("seed 7:", hashlib.sha256(f.read()).hexdigest())
    rng = gen_emails.Rng(gen_emails.DEFAULT_SEED)
    print("rng", [rng.next() for _ in range(3)], rng.below(1000), rng.pick("abcdef"))
finally:
    shutil.rmtree(d)
