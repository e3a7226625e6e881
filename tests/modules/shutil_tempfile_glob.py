import shutil, tempfile, glob, os
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src.txt")
    with open(src, "w") as f:
        f.write("data")
    shutil.copy(src, os.path.join(d, "copy.txt"))
    shutil.copyfile(src, os.path.join(d, "copyfile.txt"))
    shutil.copy2(src, os.path.join(d, "copy2.txt"))
    os.mkdir(os.path.join(d, "dir"))
    shutil.copy(src, os.path.join(d, "dir"))
    shutil.move(os.path.join(d, "copy.txt"), os.path.join(d, "moved.txt"))
    shutil.copytree(os.path.join(d, "dir"), os.path.join(d, "dir2"))
    print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, "dir2"))))
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(d, "*.txt"))))
    print(sorted(os.path.relpath(p, d) for p in glob.glob(os.path.join(d, "**", "*.txt"), recursive=True)))
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(d, "c?py*.txt"))), glob.glob(os.path.join(d, "none*")))
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(d, "[cm]*"))), glob.escape("a[b]*"))
    shutil.rmtree(os.path.join(d, "dir2"))
    print(os.path.exists(os.path.join(d, "dir2")))
    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".tmp", delete=False) as nt:
        nt.write("named")
        nt.seek(0)
        print(nt.read(), nt.name.endswith(".tmp"), os.path.dirname(nt.name) == d)
    print(os.path.exists(nt.name))
    with tempfile.TemporaryFile() as tf:
        tf.write(b"tmpfile")
        tf.seek(0)
        print(tf.read())
    fd, path = tempfile.mkstemp(dir=d, prefix="pre_")
    os.write(fd, b"mkstemp")
    os.close(fd)
    print(os.path.basename(path).startswith("pre_"), open(path).read())
    saved = d
print(os.path.exists(saved), os.path.isdir(tempfile.gettempdir()), type(tempfile.gettempdir()).__name__)
try:
    shutil.copy("/nonexistent/x", "y")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
print(shutil.which("definitely-not-a-command-xyz"), type(shutil.disk_usage(".")).__name__)
