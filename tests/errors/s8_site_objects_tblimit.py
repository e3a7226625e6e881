import sys
print(exit, quit, help, type(exit), type(help).__name__)
print(repr(exit), str(quit))
def f(n):
    if n == 0:
        1 / 0
    f(n - 1)
sys.tracebacklimit = 2
try:
    f(5)
except Exception:
    sys.excepthook(*sys.exc_info())
sys.tracebacklimit = 0
try:
    f(1)
except Exception:
    sys.excepthook(*sys.exc_info())
sys.tracebacklimit = 1
try:
    exit(7)
except SystemExit as e:
    print("code", e.code)
try:
    quit(code="text")
except SystemExit as e:
    print("code", e.code)
f(3)
