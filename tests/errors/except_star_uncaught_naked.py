# a naked exception caught by except* and re-raised with a bare raise comes out wrapped
import sys
print("before", file=sys.stderr)
try:
    raise ValueError("plain")
except* ValueError:
    print("in handler")
    raise
