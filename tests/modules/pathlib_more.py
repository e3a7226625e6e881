from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
p = PurePosixPath("/home/user/docs/report.final.pdf")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent.name, p.parents[1], len(p.parents), p.parts[:3])
print(p.with_suffix(""), p.with_suffix(".txt"), p.with_name("x"), p.relative_to("/home"), p.is_relative_to("/home"), p.is_relative_to("/etc"))
print(PurePosixPath("a/b/../c"), PurePosixPath("a", "/b", "c"), PurePosixPath("a") / "../b", PurePosixPath("//x"), PurePosixPath("///y"))
w = PureWindowsPath(r"C:\Users\me\file.txt")
print(w.name, w.drive, w.root, w.anchor, w.parent, w.as_posix(), w.suffix, str(w))
print(PurePosixPath("x.tar.gz").suffixes, PurePosixPath(".hidden").suffix, PurePosixPath("noext").suffix, PurePosixPath("a.").suffix)
print(PurePosixPath("/a/b").match("b"), PurePosixPath("/a/b").match("/a/*"), PurePosixPath("a/b.py").match("*.py"), PurePosixPath("A").match("a"))
print(sorted([PurePosixPath("b/a"), PurePosixPath("a/b"), PurePosixPath("a")]), PurePosixPath("a") < PurePosixPath("b"), hash(PurePosixPath("a")) == hash(PurePosixPath("a")))
try:
    PurePosixPath("a").with_suffix("bad")
except ValueError as e:
    print("ValueError", e)
try:
    PurePosixPath("").with_name("x") if False else PurePosixPath("/").with_name("x")
except ValueError as e:
    print("ValueError", e)
print(Path("tests/modules/pathlib_more.py").exists(), Path("tests/modules").is_dir(), Path("tests/modules/pathlib_more.py").read_text().splitlines()[0])
print(sorted(x.name for x in Path("tests/lang/imp_pkg").iterdir() if x.suffix == ".py"))
print(sorted(str(x) for x in Path("tests/lang").glob("imp_pkg/**/*.py")))
