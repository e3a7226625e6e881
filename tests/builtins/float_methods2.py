print((1.5).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), (1e300).hex(), float('inf').hex(), (0.1).hex(), (-2.5).hex())
print(float.fromhex('0x1.8p1'), float.fromhex(' -0X1P-2 '), float.fromhex('1.8'), float.fromhex('inf'), float.fromhex('0x.8'), float.fromhex('0x1.fffffffffffff8p0'), float.fromhex('0x1p-1074'), float.fromhex('0x1p-1075'), float.fromhex('0x3p-1076'))
for s in ['0x1p99999', 'zz', '0x', '0x1p', '1.2.3']:
    try:
        print(float.fromhex(s))
    except Exception as e:
        print(type(e).__name__, e)
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.0).as_integer_ratio(), (1e300).as_integer_ratio()[1], (3.0).is_integer(), (3.5).is_integer(), float('inf').is_integer())
for v in [float('inf'), float('-inf'), float('nan')]:
    for f in [v.as_integer_ratio, lambda: round(v), lambda: int(v), lambda: v.__floor__()]:
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1234.5678, -2), round(5e-324, 400), round(-0.4, 0), round(0.125, 2), round(0.375, 2))
print(round(1e300, -299), round(123.456, 1), round(123.456, -1), round(-123.456, -5), round(1.0000000000000002, 15), round(2.5, 0), round(3.5, 0), round(1e16 + 1, -1), round(5.5), round(6.5))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError", e)
print(float.__add__(1.0, 2), float.__add__(1.0, 'a'), float.__rsub__(1.0, 3), float.__floordiv__(7.0, 2), float.__mod__(-7.0, 2), float.__divmod__(7.5, -2))
print(float.__pow__(2.0, 3), float.__rpow__(2.0, 3), (2.0).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), float.__round__(2.5), type(float.__round__(2.5, 0)).__name__, (2.5).__format__('.1f'))
for f in [lambda: divmod(1.0, 0.0), lambda: 1.0 % 0.0, lambda: 1.0 // 0, lambda: 1 / 0.0, lambda: 0.0 ** -1, lambda: 10.0 ** 400, lambda: pow(2.0, 2, 3), lambda: float('abc'), lambda: float([])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(-7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), -0.0 % 5, 0.0 % -5, 5 % -0.5, (-8.0) ** (1 / 3), 2 ** 0.5, 10 ** -2, (-2.0) ** 2)
print(1e16, 1.0, -0.0, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-5, 123456789012345678.0, float('inf'), -float('inf'), float('nan'), 5e-324, 1.7976931348623157e308)
print(hash(1.5), hash(-2.5), hash(1e100), hash(0.1), hash(-0.0), hash(float('inf')), hash(2.0 ** 64), hash(1e-300))
class F(float):
    def __add__(self, o):
        return F(super().__add__(o) + 1)
f = F(1.5)
print(f + 1, 1 + f, f * 2, type(f * 2).__name__, f == 1.5, repr(f), f.is_integer(), f.hex(), float(f), f.real, f.imag, f.conjugate())
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([1e100, 1.0, -1e100]), sum(range(10), 0.5), sum([2 ** 64, 1.5]))
