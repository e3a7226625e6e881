for s, base in [("101", 2), ("777", 8), ("ff", 16), ("FF", 16), ("z", 36), ("0x1A", 16), ("0o17", 8), ("0b11", 2), ("  42  ", 10), ("-0", 10), ("1_000_000", 10), ("0x_1f", 0), ("١٢٣", 10)]:
    print(repr(s), base, int(s, base))
for v in [0, 1, -1, 255, -256, 2 ** 40, -(2 ** 70)]:
    print(v, bin(v), oct(v), hex(v), format(v, "b"), format(v, "#o"), format(v, "X"), v.bit_length(), abs(v).bit_count() if hasattr(int, "bit_count") else 0)
for v in [0, 1, 127, 128, 255, 256, 65535, -1, -128, -129]:
    signed = v < 0
    n = max(1, (v.bit_length() + 8) // 8)
    b = v.to_bytes(n, "big", signed=signed)
    print(v, b, v.to_bytes(n, "little", signed=True), int.from_bytes(b, "big", signed=signed))
print(int.from_bytes(b"", "big"), (0).to_bytes(0, "big"), (5).to_bytes(), int.from_bytes(b"\x05"), (2 ** 100).to_bytes(13, "big").hex())
try:
    (-1).to_bytes(2, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print("OverflowError", e)
print(int(b"42"), int(bytearray(b"-7")), int("  +5\n"), int(7.9), int(-7.9), int(1e18), int("0"), int("-0x10", 16))
print(float("1_5.2_5"), int(float("1e10")), round(2.5), round(3.5), round(-2.5), int(True) + int(False))
