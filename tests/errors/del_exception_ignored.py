# an exception raised by __del__ is reported on stderr ("Exception ignored in") and ignored
import io, sys
class Bad:
    def __del__(self):
        raise ValueError("boom in del")
saved, sys.stderr = sys.stderr, io.StringIO()
b = Bad()
del b
report, sys.stderr = sys.stderr.getvalue(), saved
lines = report.splitlines()
print(lines[0].split(" at ")[0])
print(lines[1:])
print("still running")
class Once:
    def __del__(self):
        print("del", type(self).__name__)
o = Once()
o = None if False else o
del o
print("end")
