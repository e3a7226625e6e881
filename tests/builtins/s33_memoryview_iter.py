# iter(memoryview) is a memory_iterator (only __iter__ and __next__, as in CPython).
m = memoryview(b"abc")
it = iter(m)
print(type(it).__name__, iter(it) is it, next(it), list(it), list(it))
print(type(m.__iter__()).__name__)
print(hasattr(it, "__length_hint__"), hasattr(it, "__reduce__"))
print(list(memoryview(b"abcd").cast("H")), list(memoryview(bytearray(b"xy"))[::-1]))
print([x for x in memoryview(b"\x01\x02")], sum(memoryview(b"\x05\x06")))
print(list(zip(memoryview(b"ab"), "xy")))
try:
    next(iter(memoryview(b"")))
except StopIteration:
    print("StopIteration")
