# str(object, encoding, errors): the one str.__new__ (types/str_case.rs), for str and subclasses.
print(str(b'abc', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(object=b'x', errors='strict'))
for a in [("x", "utf-8"), (b"x", 5), (5, "utf-8"), (b"x", "nope")]:
    try:
        print(str(*a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    str(b"x", bad=1)
except TypeError as e:
    print(e)
class S(str): pass
print(repr(S(b"ab", "ascii")), type(S("q")).__name__, str(bytearray(b"hi"), "utf-8"), str(memoryview(b"m"), "utf-8"))
