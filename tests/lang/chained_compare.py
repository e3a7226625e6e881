print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 < 2)
x = 5
a_none = None
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
print(1 < 2 > 1, a_none is None is not x)
print("a" < "b" <= "b" != "c")
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd")
print(1 in [1, 2] in [[1, 2]])
a = [1]
print(a is a, a is not [1], a == [1])
print(None is None, not None)
print(1 < 2 and 2 < 3 or 5)
print(0 or "" or [] or "last", 1 and 2 and 3, 0 and 1)
print(not 1, not 0, not not "x")
try:
    print(1 < "a")
except TypeError as e:
    print(e)
try:
    print([1] < (1,))
except TypeError as e:
    print(e)
print(float("nan") == float("nan"), float("nan") != float("nan"))
print(1 == 1.0, 1 == True, 0 == False, 2 == True)
