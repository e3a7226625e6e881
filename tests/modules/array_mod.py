import array
a = array.array("i", [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, a.typecode, a.itemsize, len(a), a[2], a[-1], a[1:3], a.tolist(), a.index(3), a.count(1), a.pop(), a.buffer_info()[1])
a.remove(0); a.reverse(); print(a, sum(a), max(a), 3 in a)
b = array.array("d", [1.5, 2.5])
print(b, b.tobytes(), array.array("d", b.tobytes()), array.array("b", b"\x01\xff"), array.array("B", [255]), array.array("u", "hi"))
c = array.array("h"); c.frombytes(b"\x01\x00\x02\x00"); print(c, c.tobytes())
try:
    array.array("b", [200])
except OverflowError as e:
    print("OverflowError", e)
try:
    array.array("i", [1.5])
except TypeError as e:
    print("TypeError", e)
try:
    array.array("q", [1]).append("x")
except TypeError as e:
    print("TypeError", e)
print(array.array("i", [1, 2]) == array.array("i", [1, 2]), array.array("i", [3, 1, 2]) * 2, array.array("l", range(3)) + array.array("l", [9]))
print(array.typecodes)
