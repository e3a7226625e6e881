"""Back up a project directory into a ZIP archive, list it, verify it and restore it."""
import io
import os
import tempfile
import zipfile

FILES = {
    "README.md": "# Demo\n\nA small project.\n",
    "src/main.py": "print('hello')\n" * 20,
    "src/util/strings.py": "def shout(s):\n    return s.upper()\n",
    "data/numbers.csv": "\n".join(f"{i},{i * i}" for i in range(50)) + "\n",
    "docs/ünïcode name.txt": "naïve café\n",
}

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "project")
    for rel, text in FILES.items():
        path = os.path.join(src, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    archive = os.path.join(tmp, "backup.zip")
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as zf:
        for dirpath, dirnames, filenames in os.walk(src):
            dirnames.sort()
            for name in sorted(filenames):
                full = os.path.join(dirpath, name)
                zf.write(full, arcname=os.path.relpath(full, src))
        zf.writestr("MANIFEST", "\n".join(sorted(FILES)) + "\n")
        zf.writestr(zipfile.ZipInfo("empty-dir/", (2024, 1, 2, 3, 4, 6)), b"")
        info = zipfile.ZipInfo("notes/fixed.txt", date_time=(2023, 12, 31, 23, 59, 58))
        info.external_attr = 0o644 << 16
        zf.writestr(info, "fixed timestamp\n")
    print(zipfile.is_zipfile(archive), zipfile.is_zipfile(os.path.join(src, "README.md")))

    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        print(names)
        for zi in zf.infolist():
            print(f"{zi.filename:<28} {zi.file_size:>5} {zi.compress_size:>5} {zi.CRC:>10} {zi.is_dir()} {oct(zi.external_attr >> 16)}")
        fixed = zf.getinfo("notes/fixed.txt")
        print(fixed, fixed.date_time)
        print(zf.getinfo("empty-dir/"))
        print(zf.read("src/util/strings.py").decode())
        with zf.open("data/numbers.csv") as f:
            rows = [line.decode().strip().split(",") for line in f]
        print(len(rows), rows[-1], sum(int(b) for _, b in rows))
        print(zf.read("docs/ünïcode name.txt").decode("utf-8"), end="")
        print(zf.testzip())
        try:
            zf.getinfo("nope.txt")
        except KeyError as e:
            print("KeyError:", e)
        out = os.path.join(tmp, "restore")
        zf.extractall(out)
    restored = sorted(os.path.relpath(os.path.join(d, f), out) for d, _, fs in os.walk(out) for f in fs)
    print(restored)
    print(all(open(os.path.join(out, k), encoding="utf-8").read() == v for k, v in FILES.items()))

    with zipfile.ZipFile(archive, "a") as zf:
        zf.writestr("appended.txt", "added later")
    with zipfile.ZipFile(archive) as zf:
        print(zf.namelist()[-2:], zf.read("appended.txt"))

    deflated = os.path.join(tmp, "small.zip")
    with zipfile.ZipFile(deflated, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.txt", "abc" * 1000)
    with zipfile.ZipFile(deflated) as zf:
        zi = zf.getinfo("big.txt")
        print(zi.compress_type, zi.file_size, zi.compress_size < zi.file_size, len(zf.read("big.txt")))

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mem.txt", (2020, 2, 29, 12, 0, 0)), "in memory")
        with zf.open(zipfile.ZipInfo("stream.txt", (2020, 3, 1, 0, 0, 0)), "w") as w:
            w.write(b"written through open()")
    buf.seek(0)
    with zipfile.ZipFile(buf) as zf:
        print(zf.namelist(), zf.read("stream.txt"))
        zf.printdir()
        print(repr(zf).startswith("<zipfile.ZipFile"), zf.comment)
    try:
        zipfile.ZipFile(io.BytesIO(b"not a zip file at all"))
    except zipfile.BadZipFile as e:
        print("BadZipFile:", e)
    try:
        zipfile.ZipFile(archive, "q")
    except ValueError as e:
        print("ValueError:", e)
    zf = zipfile.ZipFile(archive)
    zf.close()
    try:
        zf.read("MANIFEST")
    except ValueError as e:
        print("ValueError:", e)
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.BadZipfile is zipfile.BadZipFile)
