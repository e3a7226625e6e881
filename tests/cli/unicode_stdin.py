import sys
for line in sys.stdin:
    line = line.rstrip("\n")
    print(len(line), line[::-1], line.upper())
