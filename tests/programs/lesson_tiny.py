# The lesson's one command (examples/lesson.py) runs to completion on a tiny data size:
# every experiment under every interpreter gives numbers, the timelines are written, and
# no problem is reported. Timings are never printed, only the shape of the report.
# (Under CPython, which records the expected output, lesson.py drives target/release/weft.)
import subprocess
import sys

p = subprocess.run([sys.executable, "examples/lesson.py", "--tiny"],
                   capture_output=True, text=True, timeout=300)
out = p.stdout
print("exit", p.returncode, "stderr empty:", p.stderr == "")
lines = out.split("\n")
print("interpreters:", [x for x in lines if x.startswith("Interpreters:")])
rows = [x.split()[:2] for x in lines if x.startswith(("read_emails ", "count_words "))]
print("table rows:", len(rows), sorted(set(r[0] for r in rows)))
print("failed rows:", sum(1 for x in lines if "FAILED" in x))
print("print_race table:", any(x.startswith("print_race: 8 threads print 20 lines") for x in lines))
print("loop() shown:", "The lesson's loop() and dis.dis(loop)" in out,
      "FOR_ITER" in out, "(NULL + print)" in out)
svgs = sorted(x.strip().split("/")[-1] for x in lines if x.strip().endswith(".svg"))
print("timelines:", svgs)
print("problems:", "Problems:" in out)
print("done:", lines[-2].startswith("Done in"))
