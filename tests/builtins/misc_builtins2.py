print(bin(0), bin(-1), hex(0), oct(-9), hex(2 ** 64), bin(255)[2:].zfill(10))
print(chr(0), repr(chr(0)), ord("\x00"), ord(b"a"), ord(bytearray(b"z")), chr(0x10FFFF) == "\U0010ffff")
print(list(zip(range(3), "abc", [True] * 3)))
print(sorted(zip("bca", range(3))), dict(zip("ab", "xy")), list(zip("abc", "de")))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
e = enumerate("ab")
print(next(e), next(e), next(e, None))
m = map(int, "123")
print(sum(m), list(m))
print(list(filter(str.isdigit, "a1b2")), "".join(filter(str.isalpha, "a1b2")))
r = reversed([1, 2, 3])
print(next(r), list(r))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
class It:
    def __getitem__(self, i):
        if i < 3: return i * i
        raise IndexError
print(list(It()), list(iter(It())), 4 in It())
print(getattr(str, "upper")("x"), str.upper("y"), str.join(",", "ab"), int.__add__(1, 2))
print(isinstance(print, type(len)), type(str.upper).__name__, type("".upper).__name__, type(int.__add__).__name__)
print(type(len).__name__, type([].append).__name__, type(object.__init__).__name__)
print(vars(type("T", (), {"a": 1}))["a"])
try:
    vars(1)
except TypeError as e:
    print("TypeError", e)
print(max([1, 2], [1, 3]), max("abc", "abd"), min(1, 2.5), max(2, 2.0), min(2.0, 2))
print(max(iter([5, 7, 6])), min(range(10, 0, -1)), max({1: "x", 5: "y"}), max([-1, -5], key=abs))
try:
    max()
except TypeError as e:
    print("TypeError", e)
try:
    max(1)
except TypeError as e:
    print("TypeError", e)
try:
    min([], key=len)
except ValueError as e:
    print("ValueError", e)
print(round(123.456, -1), round(-0.0), round(0.5 + 1e-16), round(2.675, 2), round(1e16 + 1.0))
print(abs(-0.0), abs(True), abs(-2 ** 70))
print(divmod(10 ** 20, 7), divmod(-1, 10 ** 20), divmod(5.5, -2))
print(sum(x * x for x in range(10)), sum([[1], [2, 3]], [0]), sum((0.1, 0.2, 0.3)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
print(all(iter([])), any(iter([0, 0, 3])), all("abc"))
print(ascii("é"), ascii(b"\xff"), ascii({"k": "é"}))
print(hash(1.0) == hash(1), isinstance(hash("x"), int))
print(issubclass(int, (str, int)), isinstance(3, (list, (tuple, int))))
try:
    issubclass(int, 5)
except TypeError as e:
    print("TypeError", e)
print(format(3.14159, ".3"), format(10, "b"), format("s", "^5"), format(-1.0, "+.1f"), format(2**0.5, ".4e"))
