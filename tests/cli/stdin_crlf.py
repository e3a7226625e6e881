# Windows line endings and lone CRs on stdin are kept (CPython's std streams use newline="\n" on POSIX)
import sys
first = input()
print(repr(first))
print(repr(sys.stdin.readline()))
rest = sys.stdin.readlines()
print(rest)
print(sys.stdin.newlines)
for line in rest:
    print(repr(line.rstrip("\n")), repr(line.strip()))
sys.stdout.write("crlf out\r\n")
print("done")
