from pathlib import Path, PurePosixPath
import tempfile, os
p = PurePosixPath("/usr/lib/python3.11/file.tar.gz")
print(p, p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor, p.root, list(p.parents)[:2])
print(p.with_suffix(".zip"), p.with_name("x.py"), p.with_stem("new") if hasattr(p, "with_stem") else "", p.is_absolute(), p.relative_to("/usr"), p.match("*.gz"))
q = PurePosixPath("a") / "b" / "c.txt"
print(q, repr(q), str(q), q.as_posix(), PurePosixPath("a/../b"), PurePosixPath("a//b/./c"), PurePosixPath(), PurePosixPath("x") == PurePosixPath("x"))
print(sorted([PurePosixPath("b"), PurePosixPath("a")]), PurePosixPath("/a").joinpath("b", "c"), "b" / PurePosixPath("c"))
try:
    PurePosixPath("/a").relative_to("/b")
except ValueError as e:
    print("ValueError", e)
d = Path(tempfile.mkdtemp())
f = d / "test.txt"
print(f.exists(), f.write_text("hello\nworld\n"), f.exists(), f.is_file(), f.read_text().splitlines(), f.stat().st_size)
f.write_bytes(b"\x00bin")
print(f.read_bytes(), f.suffix, f.parent == d)
(d / "sub" / "deep").mkdir(parents=True)
(d / "sub" / "a.py").write_text("x")
(d / "sub" / "b.py").write_text("y")
(d / "sub" / "deep" / "c.py").write_text("z")
print(sorted(x.name for x in (d / "sub").iterdir()))
print(sorted(str(x.relative_to(d)) for x in d.glob("sub/*.py")), sorted(str(x.relative_to(d)) for x in d.rglob("*.py")))
print((d / "sub").is_dir(), (d / "nope").exists(), (d / "sub").exists())
with (d / "w.txt").open("w") as fh:
    fh.write("via open")
print((d / "w.txt").read_text())
(d / "w.txt").rename(d / "r.txt")
print(sorted(x.name for x in d.iterdir()))
(d / "r.txt").unlink()
try:
    (d / "r.txt").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
(d / "r.txt").unlink(missing_ok=True)
try:
    (d / "sub").mkdir()
except FileExistsError:
    print("FileExistsError")
(d / "sub").mkdir(exist_ok=True)
(d / "empty").mkdir(); (d / "empty").rmdir()
print(Path("x/y").resolve().is_absolute(), Path.cwd() == Path(os.getcwd()), Path("a.txt").absolute().name, Path("~").expanduser() != Path("~"))
import shutil
shutil.rmtree(d)
print(d.exists(), Path("rel/p").parts, os.fspath(Path("a/b")), Path("a", "b", "c"), Path("/").name == "")
