# int/float/complex formatting edges (format specs, printf-style, repr), parsing,
# rounding, arithmetic corner cases, and the messages of bad formats and operations.
tests = [
 "format(1234567.891, ',.2f')", "format(1234567, '_d')", "format(255, '#_x')", "format(-0.0, '.1f')", "format(-0.0, '')", "format(1e16, '')",
 "format(1e16, 'g')", "format(123456789, 'e')", "format(0.1, '.20f')", "format(1/3, '.17g')", "format(2.5, '.0f')", "format(3.5, '.0f')",
 "format(1e-5, '')", "format(1e-4, '')", "format(12345.678, 'n')", "format(float('nan'), '+.2f')", "format(float('-inf'), '08.2f')",
 "format(-5, '08d')", "format(5, '=+8d')", "format(5, '^+8d')", "format(10**20, ',')", "format(1.5, '%')", "format(0.125, '.1%')",
 "format(12, 'c')", "format(65, '#c') if False else 1", "format(-12, 'b')", "format(12, '#o')", "format(True, 'd')", "format(True, '')",
 "format(3.0, '#g')", "format(3.0, '#.0f')", "format(1e100, '.3')", "format(123.456, '.3')", "format(0.000123, '.2g')", "format(1.0, '.0e')",
 "format(1234.5, '_.1f')", "format(10**30, 'e')", "format(-10**30, ',.3e')", "format(7, 'x<5')", "format('ab', '>+5') if 0 else 1",
 "'%5.1f|%-5d|%+d|% d' % (2.25, 3, 4, 5)", "'%x %X %o %#x %#o' % (255, 255, 8, 255, 8)", "'%e' % 12345.678", "'%g' % 0.00001234", "'%.3g' % 1234567",
 "'%s' % 1e16", "'%r' % 0.1", "'%i' % 3.9", "'%d' % True", "'%5s|%-5s|' % ('ab', 'cd')", "'%(a)s-%(b)d' % {'a': 1, 'b': 2}", "'%%'  % ()",
 "'%c' % 65", "'%.2s' % 'abc'", "'%*d' % (5, 3)", "'%-*.*f' % (8, 2, 3.14159)", "'%x' % -255", "'%08.3f' % -3.14159", "'%+.1e' % 0",
 "repr(1e22)", "repr(1e-7)", "repr(123456789012345678.0)", "repr(0.1+0.2)", "repr(-0.0)", "repr(5e-324)", "repr(1.7976931348623157e308)",
 "str(1e16)", "str(10.0**15)", "float('1_000.5')", "float(' 12 ')", "float('infinity')", "float('-nAn')", "int('0x1f', 16)", "int('0b101', 0)",
 "int(' 1_000 ')", "int('1__0')", "int('09', 0)", "int('+0', 0)", "int(2.9e10)", "int(-2.5)", "round(2.675, 2)", "round(0.5)", "round(1.5)", "round(-0.5)",
 "round(1234, -2)", "round(1250, -2)", "round(1350, -2)", "round(2.5, 0)", "round(1e300, -300)", "divmod(-7, 2)", "divmod(7.5, -2)", "(-7) % 2.5",
 "-7 // 2.0", "2 ** -1", "(-8) ** (1/3)", "pow(2, -1, 7)", "pow(3, 4, -5)", "10 ** 20 / 3", "(10**20) // 3", "7 / 7", "int.from_bytes(b'\\xff\\x00', 'little', signed=True)",
 "(255).to_bytes(2, 'big')", "(-1).to_bytes(2, 'big', signed=True)", "(1024).bit_length()", "(-1).bit_length()", "(255).bit_count()", "(3.5).as_integer_ratio()",
 "(0.1).hex()", "float.fromhex('0x1.8p1')", "(2.0).is_integer()", "abs(-0.0)", "hash(-1)", "hash(2**61 - 1)", "hash(1.5)", "hash(float('inf'))",
 "complex(1, -0.0)", "complex('1+2j')", "repr(complex(0, 1))", "repr(-1j)", "(1+2j) ** 2", "abs(3+4j)", "format(1+2j, '.1f')", "format(1.5+0j, '')",
 "1e400", "-1e400", "float('1e-400')", "2**0.5", "10**-2", "0.1*3", "1/3", "sum([0.1]*10)", "max(1, 1.0)", "min(1.0, 1)", "1 == 1.0 == True",
 "int(1e20)", "float(10**20)", "float(2**1024) if 0 else 1", "'{:.2f}'.format(2**100)", "'{:,}'.format(-1234567.5)", "'{:>10,.2f}'.format(1234.5)",
 "'{0:{1}}'.format(5, '03')", "'{:=^10}'.format('x')", "'{:#b}'.format(5)", "'{:+}'.format(0)", "'{:x}'.format(3.0) if 0 else 1",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
for bad in ["format(1.5, 'd')", "format(5, '.2d')", "format(5, ',c')", "format('x', '+')", "format(1, 'z')", "'%d' % 'x'", "'%c' % 1114112", "'%s %s' % (1,)",
            "'%s' % (1, 2)", "'%(a)s' % 1", "int('12a')", "int('')", "float('1e')", "int(float('nan'))", "int(float('inf'))", "1/0", "1.0/0", "1%0", "divmod(1, 0.0)",
            "2.0**10000", "pow(2, -1, 4)", "pow(2.0, 2, 3)", "(-8.0) ** 0.5 if False else 0 ** -1", "round(1.5, 'a')", "int('1', 1)", "int(1, 10)", "format(2**64, 'c')",
            "'{:,d}'.format('a')", "'{0}{1}'.format(1)", "'{a}'.format(b=1)", "'{'.format()", "'}'.format()", "'{!x}'.format(1)", "'{:%}'.format('a')", "chr(-1)", "ord('ab')",
            "(1).to_bytes(1, 'middle')", "(256).to_bytes(1, 'big')", "float.fromhex('0xz')", "complex('1+')", "(1+1j) < 2", "int.__new__(str)"]:
    try:
        print(bad, '->', repr(eval(bad)))
    except Exception as e:
        print(bad, '!!', type(e).__name__, e)
