import sys
data = sys.stdin.read()
print(repr(data), sys.stdin.readline() == "")
try:
    input("prompt> ")
except EOFError:
    print("EOF")
