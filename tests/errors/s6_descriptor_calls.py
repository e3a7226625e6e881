# calling built-in methods through their class with missing or wrong self
cases = [
    lambda: int.__bool__("s"), lambda: str.upper(1), lambda: int.__add__("a", 1), lambda: list.__len__(()),
    lambda: dict.__getitem__([], 1), lambda: object.__eq__(), lambda: str.__len__(), lambda: int.__format__(),
    lambda: int.__format__("a", ""), lambda: list.append(), lambda: list.append((), 1), lambda: float.__repr__(1),
    lambda: type({}.keys())(), lambda: type(len)(len), lambda: type(iter([]))(), lambda: type(None)(1),
    lambda: type(...)(1, 2), lambda: format(True, "s"), lambda: format(False, "z"), lambda: format(2.5, "d"),
    lambda: int(memoryview(b"12")), lambda: int(memoryview(b"x1")), lambda: str.join(",", [1]),
    lambda: dict.fromkeys.__self__.__name__, lambda: str.maketrans(), lambda: bytes.fromhex(),
]
for c in cases:
    try:
        print(repr(c()))
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)
class MyInt(int): pass
class MyFloat(float): pass
for v, spec in [(MyInt(3), "s"), (MyFloat(1.5), "d"), (MyInt(3), "5.1s"), (True, "c"), (MyInt(66), "c")]:
    try:
        print(repr(format(v, spec)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
