a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a * b)
print(a // b, a % b, divmod(b, 12345678901234567890))
print(-a // 7, -a % 7, a // -7, a % -7)
print(a + 1 - a, a - b, -a, abs(-a))
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(len(str(2 ** 10000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(a.bit_length(), (a - 1).bit_length(), hex(a), oct(b)[:20], bin(b)[:30])
print(a >> 100, a << 3, (a - 1) & 0xFFFF, -a | 1, (a ^ b) % 1000, ~a)
print(pow(b, 65537, a + 1), pow(a, -1, b) if False else pow(7, -1, 2 ** 127 - 1))
print(int("9" * 50) + 1, int("-" + "1" * 40, 2), int("z" * 20, 36))
print(10 ** 50 == 10.0 ** 50, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 2 ** 1024 > 1e308)
print(float(2 ** 100), float(-(3 ** 50)), 2 ** 100 / 2 ** 98, 10 ** 30 / 3)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError", e)
try:
    2 ** 2000 / 1
except OverflowError as e:
    print("OverflowError", e)
print((2 ** 64).to_bytes(9, "big"), int.from_bytes(b"\xff" * 16, "little"))
print(sum([2 ** 70] * 3), max(2 ** 70, 2 ** 71), sorted([2 ** 65, -(2 ** 65), 0]))
x = 12345678901234567890123456789
print(x * x, x // 97, x % 97, x ** 3 % 1000000007)
print(-(2 ** 63), 2 ** 63 - 1, -(2 ** 63) - 1, (2 ** 63) * 2)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 4611686018427387904 * 2)
print(divmod(-(10 ** 25), 7), (10 ** 25) // -(10 ** 12))
print(import_sys := __import__("sys").int_info.bits_per_digit in (15, 30))
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError", e)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError", e)
print(round(2 ** 70 + 123, -2), round(-(10 ** 20) - 50, -2))
print(gcd_like := __import__("math").gcd(2 ** 80, 6 ** 40))
print((2 ** 100).as_integer_ratio()[0] == 2 ** 100, int(1e20), int(-1.5e19))
