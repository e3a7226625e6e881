import builtins
print(dir(builtins))
for t in [int, float, str, bytes, list, tuple, dict, set, frozenset, bool, complex, range, slice, object, type, bytearray, memoryview, BaseException]:
    print(t.__name__, dir(t))
class C:
    x = 1
    def m(self): pass
print(dir(C))
print(dir(C()))
def f(): pass
print(dir(f))
