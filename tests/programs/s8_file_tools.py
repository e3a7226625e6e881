"""File utilities: walk a temp tree, diff versions, hash, archive metadata, config files."""
import configparser
import contextlib
import difflib
import fnmatch
import glob
import hashlib
import io
import os
import shlex
import shutil
import tempfile
import base64
import uuid
import struct
import array
from pathlib import Path, PurePosixPath

OLD = """def greet(name):
    print("Hello, " + name)

greet("world")
""".splitlines(keepends=True)
NEW = """def greet(name, punct="!"):
    print(f"Hello, {name}{punct}")

greet("world")
greet("you", "?")
""".splitlines(keepends=True)

with tempfile.TemporaryDirectory(prefix="s8_") as tmp:
    root = Path(tmp)
    for rel, text in {
        "src/app.py": "".join(OLD),
        "src/util/helpers.py": "X = 1\n",
        "src/util/__init__.py": "",
        "docs/readme.md": "# Title\n\nSome *text*.\n",
        "docs/notes.txt": "note",
        "setup.cfg": "[metadata]\nname = demo\nversion = 0.1\n\n[options]\nzip_safe = false\npackages = find:\n",
        "data/übung.csv": "a,b\n1,2\n",
    }.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")

    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        print(f"{rel}/", sorted(filenames))
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*.py")))
    print(sorted(os.path.basename(g) for g in glob.glob(os.path.join(tmp, "**", "*.*"), recursive=True)))
    print(fnmatch.filter(["a.py", "b.txt", "c.PY", "test_x.py"], "*.py"), fnmatch.fnmatch("Data.CSV", "*.csv"), fnmatch.fnmatchcase("x.Py", "*.py"))

    app = root / "src" / "app.py"
    print(app.name, app.stem, app.suffix, app.parent.name, app.exists(), app.is_file(), app.stat().st_size)
    print(app.with_suffix(".bak").name, (root / "docs").is_dir(), sorted(p.name for p in (root / "docs").iterdir()))
    app.write_text("".join(NEW), encoding="utf-8")
    diff = difflib.unified_diff(OLD, NEW, fromfile="a/app.py", tofile="b/app.py")
    print("".join(diff), end="")
    print(round(difflib.SequenceMatcher(None, "".join(OLD), "".join(NEW)).ratio(), 4))
    print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
    print(list(difflib.ndiff(["one\n", "two\n"], ["one\n", "too\n"])))

    h = hashlib.sha256()
    with open(app, "rb") as f:
        for chunk in iter(lambda: f.read(16), b""):
            h.update(chunk)
    print(h.hexdigest()[:16], hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"").hexdigest()[:10], hashlib.new("sha256", b"x").digest()[:4])

    cfg = configparser.ConfigParser()
    cfg.read(root / "setup.cfg")
    print(cfg.sections(), cfg["metadata"]["name"], cfg.getboolean("options", "zip_safe"), cfg.get("options", "missing", fallback="dflt"))
    cfg["metadata"]["version"] = "0.2"
    out = io.StringIO()
    cfg.write(out)
    print(out.getvalue())

    dst = root / "backup"
    shutil.copytree(root / "src", dst)
    print(sorted(p.name for p in dst.rglob("*")))
    shutil.move(str(root / "docs" / "notes.txt"), str(dst / "notes.txt"))
    shutil.rmtree(root / "src" / "util")
    print(sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()))
    print(shutil.disk_usage(tmp).total > 0, os.path.exists(root / "src" / "util"))

    with contextlib.suppress(FileNotFoundError):
        os.remove(root / "nothing.txt")
        print("not reached")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print("captured!")
    print(repr(buf.getvalue()))
    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(open(root / "data" / "übung.csv", encoding="utf-8")) for _ in range(2)]
        stack.callback(print, "exit stack closed", len(files))
        print(files[0].readline().strip(), files[1].read().count("\n"))
    print(all(f.closed for f in files))

print(shlex.split('cp -r "my dir" dest\\ name \'single q\''), shlex.quote("it's"), shlex.join(["a b", "c"]))
print(PurePosixPath("/a/b/../c.tar.gz").suffixes, PurePosixPath("a") / "b" / "c.txt", PurePosixPath("/x/y").parts, PurePosixPath("a/b.txt").with_name("z.md"))
print(base64.b64encode(b"hello\xff"), base64.b64decode("aGVsbG8="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"ab"), base64.b16encode(b"\x01\xab"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "example.com"), uuid.uuid3(uuid.NAMESPACE_URL, "x"), uuid.UUID("12345678123456781234567812345678").hex, len(str(uuid.uuid4())))
rec = struct.pack("<IhHd3s", 1, -2, 3, 2.5, b"abc")
print(rec, struct.unpack("<IhHd3s", rec), struct.calcsize("<IhHd3s"), struct.calcsize("IhHd3s"), struct.pack(">Q", 2**63))
arr = array.array("i", [3, 1, 2])
arr.append(10)
print(arr, arr.tolist(), arr.itemsize, arr.tobytes()[:8], array.array("d", [1.5]), sum(arr))
