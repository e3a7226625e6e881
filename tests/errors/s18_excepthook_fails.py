# A sys.excepthook that raises: CPython reports the hook's error, then the original.
import sys
def hook(*a): raise RuntimeError("hook failed")
sys.excepthook = hook
raise ValueError("orig")
