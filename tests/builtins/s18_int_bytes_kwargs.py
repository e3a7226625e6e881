# int.to_bytes / int.from_bytes refuse unknown keyword arguments.
for call in [
    lambda: (5).to_bytes(2, "big", bogus=1),
    lambda: (5).to_bytes(length=2, byteorder="little", signed=True),
    lambda: (5).to_bytes(2, byteorder="big", sign=True),
    lambda: int.from_bytes(b"\x01\x02", "big", signd=True),
    lambda: int.from_bytes(bytes=b"\xff", byteorder="big", signed=True),
    lambda: True.to_bytes(order="big"),
]:
    try:
        print(repr(call()))
    except TypeError as e:
        print("TypeError:", e)
