import sys
class Bad:
    def __sizeof__(self):
        raise TypeError("no size")
print(sys.getsizeof(Bad(), -1))
try:
    sys.getsizeof(Bad())
except TypeError as e:
    print("TypeError:", e)
class Bad2:
    def __sizeof__(self):
        raise ValueError("v")
try:
    print(sys.getsizeof(Bad2(), -1))
except ValueError as e:
    print("ValueError:", e)
