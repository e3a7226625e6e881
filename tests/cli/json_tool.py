# driver: python3
# `-m json.tool` run by $WEFT_UNDER_TEST (weft, or python3 under --regen): output,
# stderr and exit status for files, stdin, the formatting options and bad input.
import os
import subprocess
import sys
import tempfile

interp = os.environ.get("WEFT_UNDER_TEST") or sys.executable
tmp = os.path.realpath(tempfile.mkdtemp(prefix="weftjson"))


def write(name, text):
    p = os.path.join(tmp, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


good = write("good.json", '{"b": [1, 2.5, {"x": null, "y": true}], "a": "\u00e9\u20ac", "c": {}}')
lines = write("lines.json", '{"a": 1}\n[2, 3]\n"s"\n')
out = os.path.join(tmp, "out.json")


def run(args, stdin=None):
    r = subprocess.run([interp, "-m", "json.tool"] + args, input=stdin,
                       capture_output=True, text=True)
    err = r.stderr.replace(tmp, "TMP")
    print("$ json.tool", " ".join(a.replace(tmp, "TMP") for a in args), "rc", r.returncode)
    print(r.stdout, end="")
    if err:
        print("stderr:", err.splitlines()[-1])


run([good])
run(["--sort-keys", good])
run(["--indent", "2", good])
run(["--indent", "0", good])
run(["--compact", "--sort-keys", good])
run(["--tab", good])
run(["--no-indent", good])
run(["--no-ensure-ascii", good])
run(["--json-lines", "--compact", lines])
run([], stdin='[1, {"k": "v"}]')
run(["-"], stdin='"just a string"')
run([], stdin="{bad")
run([], stdin="")
run([], stdin="[1, 2")
run([], stdin='{"a": 1} extra')
run([os.path.join(tmp, "missing.json")])
run(["--indent", "2", "--compact", good])
run([good, out])
with open(out, encoding="utf-8") as f:
    print(f.read(), end="")
for n in os.listdir(tmp):
    os.remove(os.path.join(tmp, n))
os.rmdir(tmp)
