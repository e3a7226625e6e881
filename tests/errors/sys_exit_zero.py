import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("code", e.code)
print(isinstance(SystemExit(), Exception), issubclass(SystemExit, BaseException))
sys.exit(0)
