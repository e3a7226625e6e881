# `weft --timeline FILE` (and WEFT_TIMELINE=FILE) writes a well-formed SVG with one lane
# per thread, a time axis and a legend. Only weft records timelines: under CPython (when
# the expected output is recorded) this script drives the weft binary built in
# target/release, so the output states facts about weft's SVG, never timings.
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
if sys.implementation.name == "weft":
    WEFT = sys.executable
else:
    WEFT = os.environ.get("WEFT") or os.path.join(ROOT, "target", "release", "weft")

PROGRAM = '''
import threading, time
lock = threading.Lock()
def work(n):
    total = 0
    for i in range(20000):
        total += i % 7
    with lock:
        time.sleep(0.002)
    time.sleep(0.005)
threads = [threading.Thread(target=work, args=(k,), name="worker-%d" % k) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join(30)
print("done")
'''

_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*\"[^\"]*\")*)\s*(/?)>")


def well_formed(text):
    """A small XML check: one root, every tag closed in order, attributes quoted."""
    stack, roots, pos = [], 0, 0
    text = re.sub(r"<\?xml[^>]*\?>", "", text, count=1)
    for m in re.finditer(r"<[^>]*>", text):
        if "<" in text[pos:m.start()]:
            return False
        pos = m.end()
        t = _TAG.fullmatch(m.group(0))
        if t is None:
            return False
        closing, name, _, empty = t.groups()
        if closing:
            if not stack or stack.pop() != name:
                return False
        elif not empty:
            if not stack:
                roots += 1
            stack.append(name)
        elif not stack:
            roots += 1
    return not stack and roots == 1 and "<" not in text[pos:]


def check(label, args, env_file=None):
    d = tempfile.mkdtemp()
    try:
        prog = os.path.join(d, "prog.py")
        with open(prog, "w") as f:
            f.write(PROGRAM)
        svg = os.path.join(d, "out.svg")
        env = dict(os.environ)
        env.pop("WEFT_TIMELINE", None)
        cmd = [WEFT] + args
        if env_file:
            env["WEFT_TIMELINE"] = svg
        else:
            cmd += ["--timeline", svg]
        p = subprocess.run(cmd + [prog], capture_output=True, text=True, env=env, timeout=60)
        print(label, "exit", p.returncode, p.stdout.strip(), "written:", os.path.exists(svg))
        if not os.path.exists(svg):
            return
        with open(svg, encoding="utf-8") as f:
            text = f.read()
        print("  well-formed:", well_formed(text), " root:", re.search(r"<svg\b", text) is not None)
        lanes = re.findall(r'<g class="lane" data-thread="([^"]*)"', text)
        print("  lanes:", len(lanes), sorted(lanes))
        states = set(re.findall(r"<title>([^<]*)</title>", text))
        print("  running:", "running Python" in states, " sleeping:", "sleeping" in states)
        print("  time axis:", len(re.findall(r'text-anchor="middle">[0-9.]+ s<', text)) >= 2)
        print("  legend has running:", ">running Python</text>" in text)
        return states
    finally:
        shutil.rmtree(d)


print("checker:", well_formed('<svg a="1"><g><rect/></g></svg>'),
      well_formed("<svg><g></svg>"), well_formed("<svg/><svg/>"), well_formed('<svg a=1/>'))
check("--timeline", [])
check("WEFT_TIMELINE", [], env_file=True)
states = check("--gil --timeline", ["--gil"])
print("  GIL waits shown:", states is not None and "waiting for the GIL" in states)
