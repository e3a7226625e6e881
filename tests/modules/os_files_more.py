import os, sys, io, stat
import tempfile
d = os.path.join(tempfile.mkdtemp(), "w")
os.makedirs(os.path.join(d, "a", "b"))
with open(os.path.join(d, "a", "f.txt"), "w") as f:
    f.write("hello")
st = os.stat(os.path.join(d, "a", "f.txt"))
print(st.st_size, stat.S_ISREG(st.st_mode), type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-6, len(st), st[6])
print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, "a"))))
for root, dirs, files in os.walk(d):
    print(os.path.relpath(root, d), sorted(dirs), sorted(files))
with os.scandir(os.path.join(d, "a")) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else "-", os.path.basename(e.path), repr(e))
os.rename(os.path.join(d, "a", "f.txt"), os.path.join(d, "g.txt"))
os.replace(os.path.join(d, "g.txt"), os.path.join(d, "h.txt"))
print(os.path.exists(os.path.join(d, "h.txt")), os.path.isfile(os.path.join(d, "h.txt")), os.path.isdir(os.path.join(d, "a")), os.path.getsize(os.path.join(d, "h.txt")))
os.symlink(os.path.join(d, "h.txt"), os.path.join(d, "link"))
print(os.path.islink(os.path.join(d, "link")), os.readlink(os.path.join(d, "link")) == os.path.join(d, "h.txt"), os.lstat(os.path.join(d, "link")).st_size > 0)
os.utime(os.path.join(d, "h.txt"), (1000000000, 1000000000.5))
print(os.stat(os.path.join(d, "h.txt")).st_mtime, os.stat(os.path.join(d, "h.txt")).st_atime, os.path.getmtime(os.path.join(d, "h.txt")))
os.utime(os.path.join(d, "h.txt"), ns=(5, 1500000000))
print(os.stat(os.path.join(d, "h.txt")).st_mtime_ns)
fd = os.open(os.path.join(d, "raw.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"abcdef"), os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
fd = os.open(os.path.join(d, "raw.bin"), os.O_RDONLY)
print(os.read(fd, 3), os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 100), os.fstat(fd).st_size)
os.close(fd)
for call in [lambda: os.stat(os.path.join(d, "nope")), lambda: os.rmdir(os.path.join(d, "a")), lambda: os.mkdir(d), lambda: os.listdir(os.path.join(d, "h.txt")), lambda: os.close(9999), lambda: os.rename(os.path.join(d, "x"), os.path.join(d, "y")), lambda: os.remove(os.path.join(d, "a"))]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename is not None and os.path.basename(e.filename).replace(os.path.basename(d), "D"), e.filename2 is not None and os.path.basename(e.filename2))
print(os.access(d, os.R_OK), os.access(os.path.join(d, "zz"), os.F_OK), os.strerror(13), os.getpid() > 0, os.cpu_count() >= 1, len(os.urandom(8)))
print(os.fspath(os.path.join(d, "x")) == os.path.join(d, "x"), os.getcwd() == os.path.abspath("."))
old = os.getcwd(); os.chdir(d); print(sorted(os.listdir())); os.chdir(old)
print(type(os.environ["PATH"]).__name__, os.environ.get("NOPE_X"), "PATH" in os.environ)
os.environ["NATIO_V"] = "1"
print(os.system("exit 3") >> 8, os.WEXITSTATUS(os.system("test \"$NATIO_V\" = 1")))
print(os.uname().sysname, os.terminal_size((1, 2)), isinstance(os.stat_result, type))
e = OSError(13, "Permission denied", "f")
print(type(e).__name__, e, repr(e), e.args)
print(str(OSError("x")), str(OSError(1, 2, 3, 4, 5, 6)), FileNotFoundError(2, "nf").errno)
import shutil
shutil.rmtree(os.path.dirname(d))
print(os.path.exists(d))
