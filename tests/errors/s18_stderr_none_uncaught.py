# sys.stderr = None: an uncaught exception prints nothing (exit status 1).
print("before")
import sys
sys.stderr = None
raise ValueError
