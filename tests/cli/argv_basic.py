# args: first "second arg" --flag -x 42
import sys
print(len(sys.argv), sys.argv[1:])
print(sys.argv[0].replace("\\", "/").endswith("cli/argv_basic.py"))
