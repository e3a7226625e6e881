import os, os.path as osp, tempfile
print(osp.join("a", "b", "c.txt"), osp.join("/abs", "x"), osp.join("a", "/b"), osp.join("a", ""), osp.split("a/b/c"), osp.split("c"), osp.split("/"))
print(osp.basename("/x/y.tar.gz"), osp.dirname("/x/y.tar.gz"), osp.splitext("y.tar.gz"), osp.splitext(".bashrc"), osp.splitext("a/b"), osp.splitext("a.b/c"))
print(osp.normpath("a//b/./c/../d"), osp.normpath("/../x"), osp.normpath(""), osp.isabs("/a"), osp.isabs("a"), osp.commonprefix(["abc", "abd"]), osp.commonpath(["/a/b/c", "/a/b/d"]))
print(osp.relpath("/a/b/c", "/a"), osp.relpath("/a", "/a/b/c"), osp.expanduser("~") != "~", osp.splitdrive("/a/b"), osp.sep, os.sep, os.linesep == "\n", os.pathsep, os.curdir, os.pardir, os.extsep)
d = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(d)
print(os.listdir("."), osp.exists("nope"), osp.isdir("."), osp.isfile("."))
os.mkdir("sub")
os.makedirs("sub/deep/er")
os.makedirs("sub/deep", exist_ok=True)
try:
    os.mkdir("sub")
except FileExistsError as e:
    print("FileExistsError", e)
with open("sub/f.txt", "w") as f:
    f.write("12345")
print(sorted(os.listdir("sub")), osp.getsize("sub/f.txt"), osp.isfile("sub/f.txt"), osp.exists("sub/deep/er"), osp.abspath("sub") == osp.join(os.getcwd(), "sub"))
st = os.stat("sub/f.txt")
print(st.st_size, type(st.st_mtime).__name__, osp.getmtime("sub/f.txt") == st.st_mtime, os.path.isdir("sub/deep"))
os.rename("sub/f.txt", "sub/g.txt")
os.replace("sub/g.txt", "sub/h.txt")
print(sorted(os.listdir("sub")))
entries = sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir("sub"))
print(entries)
walk = [(osp.relpath(root, "."), sorted(dirs), sorted(files)) for root, dirs, files in os.walk(".")]
print(sorted(walk))
os.remove("sub/h.txt")
os.rmdir("sub/deep/er")
try:
    os.rmdir("sub")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove("nonexistent")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    os.listdir("nonexistent_dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    os.stat("nonexistent")
except FileNotFoundError as e:
    print(e)
os.chdir(old)
import shutil
shutil.rmtree(d)
print(osp.exists(d), os.getcwd() == old)
print(os.fspath("p"), os.fspath(b"b"), type(os.getpid()).__name__, os.cpu_count() > 0, len(os.urandom(8)), os.name)
os.environ["WEFT_TEST_VAR"] = "value"
print(os.environ["WEFT_TEST_VAR"], os.getenv("WEFT_TEST_VAR"), os.getenv("WEFT_NOPE"), os.getenv("WEFT_NOPE", "d"), "WEFT_TEST_VAR" in os.environ, os.environ.get("PYTHONHASHSEED"))
del os.environ["WEFT_TEST_VAR"]
print(os.getenv("WEFT_TEST_VAR"))
try:
    os.environ["WEFT_MISSING"]
except KeyError as e:
    print("KeyError", e)
print(osp.join(*["a", "b"]), osp.basename("dir/"), osp.dirname("file"), osp.normcase("A/B"), osp.expandvars("$NOPE_XYZ/x"))
