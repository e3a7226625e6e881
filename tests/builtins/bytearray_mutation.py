ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" world")
ba.extend([65, 66])
ba.extend(x for x in range(48, 51))
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba, ba.pop(-2))
ba.insert(0, 72)
ba.insert(100, 90)
ba.insert(-100, 89)
print(ba)
ba.remove(90)
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, c is ba)
b = bytearray(b"0123456789")
b[0] = 65
b[-1] = 66
print(b)
b[1:3] = b"xyz"
print(b)
b[::2] = b"--------"[:len(b[::2])]
print(b)
b[2:5] = []
print(b)
b[5:] = [97, 98]
print(b)
del b[0]
del b[-1]
del b[1:3]
print(b)
b = bytearray(range(10))
del b[::3]
print(list(b))
b[len(b):] = b"end"
print(b)
b += b"!!"
b *= 2
print(b)
x = bytearray(b"ab") * 3
print(x, 2 * bytearray(b"q"), bytearray(b"a") + b"b", b"b" + bytearray(b"a"))
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x"), bytearray(memoryview(b"mv")), bytearray())
print(bytearray(b"Hello").upper(), bytearray(b"a,b").split(b","), bytearray(b"  x  ").strip(), bytearray(b"abc").replace(b"b", b"B"))
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd", b"abc" == bytearray(b"abc"), bytearray(b"x") != bytearray(b"y"))
print(bytearray(b"abc").find(b"c"), bytearray(b"abc").count(97), 98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"))
print(bytearray.fromhex("de ad"), bytearray(b"\x00\xff").hex(), bytearray(b"it's"), bytearray(b'"'), bytearray(b"'\""))
print(repr(bytearray(b"a\nb\x00")), str(bytearray(b"q")), bytearray(b"abc")[1], bytearray(b"abc")[1:], bytearray(b"abc")[::-1])
class BA(bytearray):
    pass
print(BA(b"sub"), type(BA(b"x") + b"y").__name__, BA(b"xy").upper(), type(BA(b"xy").upper()).__name__)
for expr in ["bytearray(b'a').pop(5)", "bytearray().pop()", "bytearray(b'a').remove(5)", "bytearray(b'a').append(256)",
             "bytearray(b'a').append('a')", "bytearray(b'a').insert(5)", "bytearray(b'abc').index(b'z')", "bytearray(b'a').extend(1)",
             "bytearray(b'a').extend([300])", "bytearray(b'a').extend('ab')", "hash(bytearray())", "bytearray(b'a')[5]", "bytearray('x')",
             "bytearray(-1)", "bytearray(b'a')['x']", "bytearray(b'a') + 'b'"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
def setitem(obj, k, v):
    try:
        obj[k] = v
        print("ok", obj)
    except Exception as e:
        print(type(e).__name__, e)
setitem(bytearray(b"abc"), 0, 300)
setitem(bytearray(b"abc"), 5, 1)
setitem(bytearray(b"abc"), slice(0, 2), 5)
setitem(bytearray(b"abc"), slice(None, None, 2), b"x")
setitem(bytearray(b"abc"), slice(0, 1), "x")
setitem(bytearray(b"abc"), "k", 1)
setitem(bytearray(b"abc"), slice(1, 2), [300])
