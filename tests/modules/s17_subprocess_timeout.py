# subprocess: a timeout is enforced by run(), call(), check_call(), check_output() and
# by communicate() of a Popen waiting for its input: the program is killed and
# TimeoutExpired raised (quickly: the programs would sleep 5 s).
import subprocess
import sys
import time


def t(label, f, show_timeout=True):
    t0 = time.monotonic()
    try:
        r = f()
        print(label, "->", r)
    except subprocess.TimeoutExpired as e:
        # Without pipes CPython reports the time that was left, not the timeout given.
        print(label, "-> TimeoutExpired", e.cmd, e.timeout if show_timeout else "", isinstance(e, subprocess.SubprocessError))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    print("  fast:", time.monotonic() - t0 < 3)


t("run", lambda: subprocess.run(["sleep", "5"], timeout=0.1), False)
t("run capture", lambda: subprocess.run(["sleep", "5"], capture_output=True, timeout=0.1))
t("run input", lambda: subprocess.run(["sh", "-c", "cat; exec sleep 5"], input=b"x", capture_output=True, timeout=0.1))
t("call", lambda: subprocess.call(["sleep", "5"], timeout=0.1), False)
t("check_output", lambda: subprocess.check_output(["sleep", "5"], timeout=0.1))
t("in time", lambda: subprocess.run([sys.executable, "-c", "print('ok')"], capture_output=True, text=True, timeout=30).stdout)
t("in time call", lambda: subprocess.call(["true"], timeout=30))


def popen_pipe():
    p = subprocess.Popen(["sh", "-c", "cat; exec sleep 5"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        return p.communicate(b"data", timeout=0.1)
    finally:
        p.kill()
        p.wait()


t("popen communicate", popen_pipe)
