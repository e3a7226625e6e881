# float() of a memoryview parses its bytes like float(bytes), as CPython does for buffers.
print(float(memoryview(b"3.5")), float(memoryview(b" -1e3 ")[1:]), float(memoryview(bytearray(b"inf"))))
for bad in [memoryview(b"x"), memoryview(b"\xff")]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", str(e).startswith("could not convert string to float: <memory at 0x"))
print(int(memoryview(b"42")), float(b"1.5"), float(bytearray(b"2.5")))
