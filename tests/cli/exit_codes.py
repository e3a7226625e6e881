# args: 5
import sys
code = int(sys.argv[1])
print("will exit with", code)
sys.stdout.flush()
raise SystemExit(code)
