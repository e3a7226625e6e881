for s in ['', '.2', '.2f', 'e', '10', '>20', '+', '^30.3g', 'g', '.0f']:
    print(repr(s), repr(format(1+2j, s)), repr(format(2j, s)), repr(format(-0.0-2.5j, s)), repr(format(complex(1e20, -1e-7), s)))
print(complex('1+2j'), complex(' (1-2j) '), complex('j'), complex('-j'), complex('1e3'), complex('inf-nanj'), complex(1, 2j), complex(1j, 1j), complex('-1.5e-3+4J'))
print(repr(complex(-0.0, 1)), repr(complex(1, float('nan'))), repr(complex(0, -0.0)), repr(complex(1e16, 1e-5)), repr(-(0j)), repr(complex(-0.0, -0.0)), complex(), complex(imag=2))
print(hash(1+2j), hash(complex(1.5, -2)), hash(3+0j) == hash(3), (1+2j) ** 2, (1+2j) ** 0.5, 2 ** (1j), (1+1j) ** -2, abs(3+4j), (1+2j) / (3-4j), (1+2j) == 1, 1j ** 0)
for f in [lambda: 0j ** -1, lambda: 0j ** 1j, lambda: abs(complex(1e308, 1e308)), lambda: complex([]), lambda: complex(1, 'a'), lambda: complex('1+'), lambda: complex(''),
          lambda: 1j / 0, lambda: 1j // 2, lambda: 1j < 2j, lambda: pow(1j, 2, 3), lambda: complex('1', 2), lambda: int(1j), lambda: float(1j)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
z = 1 + 2j
print(z.real, z.imag, z.conjugate(), (3).real, (3).imag, (2.5).real, 5 .numerator, 5 .denominator, z * 2, 2 - z, z / 2, -z, +z, z == complex(1, 2), bool(0j), 1j * 1j)
class Z(complex):
    pass
w = Z(1, 1)
print(w, type(w).__name__, type(w + 1).__name__, w == 1 + 1j, complex(w), isinstance(w, complex))
class HasC:
    def __complex__(self):
        return 3 + 4j
print(complex(HasC()), complex(2.5), complex(True), complex(10 ** 20))
