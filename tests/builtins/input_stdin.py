name = input()
print("hello", name)
age = input("age? ")
print("age", int(age) + 1)
import sys
rest = sys.stdin.readline()
print(repr(rest))
print(repr(sys.stdin.read()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
