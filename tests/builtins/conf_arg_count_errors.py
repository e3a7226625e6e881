import sys
print(list(globals()))
for f in [lambda: [3, 1, 2].__add__({1}), lambda: int.__new__(sys.maxsize, '%s', {1}), lambda: int.from_bytes(sys.maxsize, '%s', {1}),
          lambda: memoryview(b'abc').__getitem__({1}, 2**31), lambda: vars(len, 1), lambda: dir(1, 2), lambda: vars(1, 2, 3),
          lambda: dict.fromkeys(..., -sys.maxsize-1), lambda: dict.__class_getitem__(..., 1), lambda: int.from_bytes(b'ab', float('inf')),
          lambda: (1).__reduce_ex__(), lambda: frozenset({1}).__reduce__(), lambda: memoryview(b'abc')[{1}], lambda: (5).to_bytes(1, 'big', 1),
          lambda: int.from_bytes(b'\x01', 'big', True), lambda: int.from_bytes(b'\x01\x02', byteorder='little', signed=True)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
