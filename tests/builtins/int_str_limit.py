import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError", e)
try:
    repr(-big)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
print(len(str(10 ** 4299)), int("9" * 4300) % 1000)
print(hex(big)[:10], len(bin(big)), int("f" * 5000, 16) % 97)
try:
    f"{big}"
except ValueError as e:
    print("ValueError f-string", e)
sys.set_int_max_str_digits(5001)
print(len(str(big)), sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(640)
try:
    int("1" * 641)
except ValueError as e:
    print("ValueError", e)
print(int("1" * 640) % 7)
sys.set_int_max_str_digits(4300)
# to_bytes / from_bytes
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(2, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (255).to_bytes(1, "big"))
print((0).to_bytes(0, "big"), (5).to_bytes(), (127).to_bytes(1, "big", signed=True))
for args, kw in [((256, 1, "big"), {}), ((-1, 2, "big"), {}), ((128, 1, "big"), {"signed": True}), ((1, 2, "middle"), {}), ((1, -1, "big"), {})]:
    try:
        print(int.to_bytes(*args, **kw))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True), int.from_bytes(b"", "big"), int.from_bytes(b"\x01"))
print(int.from_bytes(b"\xff" * 20, "little", signed=True), int.from_bytes(b"\x01" + b"\x00" * 16, "big"))
class MyInt(int): pass
r = MyInt.from_bytes(b"\x07", "big")
print(type(r).__name__, r, bool.from_bytes(b"\x01", "big"))
try:
    int.from_bytes("abc", "big")
except TypeError as e:
    print("TypeError", e)
try:
    int.from_bytes(b"a", "sideways")
except ValueError as e:
    print("ValueError", e)
print((2 ** 100).to_bytes(13, "big").hex(), (-(2 ** 100)).to_bytes(13, "big", signed=True).hex())
print((12345).bit_length(), (-12345).bit_length(), (0).bit_length(), (2 ** 64 - 1).bit_count(), (-7).bit_count())
print(int("0x_ff", 0), int("0b1_0", 0), int("0o7_7", 0), int(" 1_000 "), int("-0"), int("+12", 8))
for s, b in [("1__0", 10), ("_1", 10), ("08", 0), ("12", 2), ("", 10), ("z", 36), ("Z", 35)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError", e)
