import sys, io
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print("no newline", end="")
print()
print(1, 2.5, None, True, [1], {"a": 1}, (1,), sep="|")
print("to stderr", file=sys.stderr)
buf = io.StringIO()
print("into buffer", 42, file=buf, sep=":")
print(repr(buf.getvalue()))
print("flush", flush=True)
print(*range(5))
print(*[], sep="x")
print("x", sep=None, end=None)
print("tab\tsep", "nl\nin string")
print("unicode: é ñ 中文 😀")
sys.stdout.write("direct write\n")
n = sys.stdout.write("xyz\n")
print(n)
print("", end="")
print("end", end="\n\n")
class S:
    def __str__(self): return "S-str"
print(S(), [S()] == [S()])
try:
    print(end=5)
except TypeError as e:
    print("TypeError", e)
try:
    print(file=5)
except AttributeError as e:
    print("AttributeError", e)
sys.stderr.write("stderr direct\n")
print(sys.stdout.isatty(), sys.stdout.encoding, sys.stdout.name if hasattr(sys.stdout, "name") else None)
