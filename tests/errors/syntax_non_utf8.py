# a source file that is not valid UTF-8 and declares no encoding
import os, subprocess, sys, tempfile
path = os.path.join(tempfile.mkdtemp(), "bad.py")
with open(path, "wb") as f:
    f.write(b"x = 1\n# caf\xe9\n")
r = subprocess.run([sys.executable, path], capture_output=True)
print(r.returncode, r.stderr.decode().replace(path, "FILE").strip())
with open(path, "wb") as f:
    f.write(b"# -*- coding: latin-1 -*-\nprint('caf\xe9')\n")
r = subprocess.run([sys.executable, path], capture_output=True)
print(r.returncode, r.stdout.decode().strip())
with open(path, "wb") as f:
    f.write(b"\xef\xbb\xbfprint('bom ok')\n")
r = subprocess.run([sys.executable, path], capture_output=True)
print(r.returncode, r.stdout.decode().strip())
with open(path, "wb") as f:
    f.write(b"x = 1\n\x00\n")
r = subprocess.run([sys.executable, path], capture_output=True)
print(r.returncode, r.stderr.decode().replace(path, "FILE").strip())
