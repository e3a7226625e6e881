# Calls of built-in classes without keywords (weft resolves each class's __new__ and
# __init__ once): results, argument errors and their messages, and classes whose
# __init__ does the work (list, dict, set, bytearray).
def show(f, *a):
    try:
        r = f(*a)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for cls, args in [
    (range, (5,)), (range, (1, 9, 2)), (range, ()), (range, (1, 2, 3, 4)), (range, ("x",)),
    (tuple, ([1, 2],)), (tuple, ()), (tuple, (1,)), (tuple, ([1], [2])),
    (list, ("ab",)), (list, ()), (list, (5,)), (list, ([1], [2])),
    (dict, ([(1, 2)],)), (dict, ()), (dict, ([1],)),
    (set, ([3, 3, 1],)), (set, (1,)), (frozenset, ([2, 2, 1],)),
    (int, ("42",)), (int, ("ff", 16)), (int, ("x",)), (int, (1, 2, 3)), (int, ()),
    (float, ("1.5",)), (float, ("nan?",)), (float, ()),
    (str, (12,)), (str, ()), (str, (b"ab", "ascii")), (bool, (0,)), (bool, ([1],)),
    (bytes, (3,)), (bytes, ("é", "utf-8")), (bytearray, (b"xy",)), (bytearray, (-1,)),
    (complex, (1, 2)), (complex, ("1+2j",)), (slice, (1, 5)), (slice, ()),
    (object, (1,)), (type, (1,)), (type, (1, 2)),
    (enumerate, ("ab",)), (zip, ("ab", "cd")), (reversed, ([1, 2],)), (reversed, (5,)),
]:
    show(lambda: (lambda r: list(r) if cls in (enumerate, zip, reversed) else r)(cls(*args)))

class MyList(list):
    pass

class MyInt(int):
    def __init__(self, v):
        print("MyInt init", v)

show(MyList, "xy")
show(MyInt, 7)
show(lambda: sum(len(tuple(range(i))) for i in range(100)))
show(lambda: type(object()).__name__)
