a7 = 7
b30 = 10 ** 30
print(int.__add__(1, 2), int.__add__(1, 2.0), (5).__rsub__(3), int.__truediv__(1, 2), int.__pow__(2, 10, 1000), int.__rpow__(2, 3))
print((255).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (0).to_bytes(0, 'big'), (5).to_bytes(), (1024).to_bytes(length=4, byteorder='big'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2], 'little'), int.from_bytes(b'', 'big'), int.from_bytes(b"\x01\x00", byteorder="little"))
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'mid'), lambda: (1).to_bytes(-1, 'big'),
          lambda: (128).to_bytes(1, 'big', signed=True), lambda: int.from_bytes('ab', 'big'), lambda: int.from_bytes([256], 'big')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print((0).bit_length(), (255).bit_length(), (-256).bit_length(), (2 ** 100).bit_length(), (255).bit_count(), (-7).bit_count(), (2 ** 100 - 1).bit_count())
print((7).as_integer_ratio(), (-3).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator, True.real, (2 ** 70).numerator)
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2), round(5, 2), round(15, -1), round(25, -1), round(2 ** 70 + 5, -1))
print(pow(3, -1, 7), pow(3, 4, -5), pow(-3, 3, 5), pow(2, 100, 10 ** 9 + 7), pow(5, 0, 1), pow(38, -1, 97), pow(10 ** 20, -2, 10 ** 9 + 9))
for f in [lambda: pow(2, -1, 4), lambda: pow(2, 1, 0), lambda: pow(2.0, 1, 3), lambda: pow(2, 'a', 3), lambda: 0 ** -1, lambda: 10 // 0, lambda: 10 % 0, lambda: 1 / 0,
          lambda: 1 << -1, lambda: divmod(1, 0), lambda: (1).__round__('a'), lambda: int.bit_length('a'), lambda: int('12', 1), lambda: int('z', 36), lambda: int(1.5, 10)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(divmod(7, -2), divmod(-7, 2), divmod(2 ** 70, 3), -7 // 2, -7 % 2, 7 % -2, -(2 ** 63), -(-(2 ** 63)), 2 ** 63 // -1, (-2 ** 63) // -1)
print(10 ** 20 / 3, 2 ** 1000 / 2 ** 999, (2 ** 53 + 1) / 1, 1 / 3, 10 ** 30 // 7, a7 / b30, -1 >> 100, 5 >> 1, -5 >> 1, 1 << 70, (-1) << 3)
print(~5, ~-1, -5 & 3, -5 | 3, -5 ^ 3, 2 ** 70 & 2 ** 69 + 1, (-2 ** 70) | 5, abs(-2 ** 63), abs(-5))
class MyInt(int):
    def __add__(self, other):
        return MyInt(super().__add__(other) * 10)
    def __repr__(self):
        return "MyInt(%d)" % int(self)
m = MyInt(3)
print(m + 1, 1 + m, m * 2, type(m * 2).__name__, m == 3, hash(m) == hash(3), int(m), repr(m), str(m), -m, m.bit_length(), m > 2.5)
print(int('  12  '), int('-0b101', 0), int('0x_1f', 16), int('1_000'), int(' +7 '), int('Z', 36), int(b' 42 '), int('0o17', 0), int('00', 0))
for bad in ['_1f', '1__0', '', ' ', '0x', '1_', '--1', '08']:
    try:
        print(int(bad, 0 if bad == '08' else 16))
    except ValueError as e:
        print(e)
print(int(3.99), int(-3.99), int(1e20), int(True), int('-0'), int(-0.0), hex(255), oct(-8), bin(0), hex(-2 ** 70), bin(True))
print(True + True, True * 3.5, -True, ~True, True / 2, True // 1, True % 2, True ** 3, type(True + 1).__name__)
x = True
print(x & x, x | False, x ^ x, type(x & x).__name__, type(x & 1).__name__, bool.__and__(True, True), repr(True), str(False))
print(5 .__index__(), (5).__int__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (-5).__abs__(), (5).__neg__(), (0).__bool__(), (5).__format__('05d'))
print(int.__lt__(1, 2), int.__eq__(1, 1.0), int.__eq__(1, 'a'), int.__ge__(2, 2.5), (10 ** 30).__gt__(1e30), 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
