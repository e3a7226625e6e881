import sys
try:
    1 / 0
except ZeroDivisionError:
    print("handling, then exiting")
    sys.exit(9)
