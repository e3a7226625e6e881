z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, +z)
print(z * (1 - 2j), z / (1 + 1j), z + 1, z - 1j, z ** 2, (1j) ** 2, 2 ** 1j == 2 ** 1j)
print(complex(1, 2), complex("3+4j"), complex("-1.5j"), complex(2), complex(), complex(" 1-1j "))
print(repr(1j), repr(-1j), repr(0j), repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(1 + 0j), repr(complex(1e20, 1e-5)))
print(complex(float("inf"), float("nan")), 1j * 1j, (1 + 2j) == complex(1, 2), (1 + 0j) == 1)
print(hash(1 + 0j) == hash(1), hash(2j) == hash(2j), type(z).__name__, isinstance(z, complex))
print(format(z, ".2f"), f"{z:>20}", f"{1.5+2.25j:g}")
try:
    z < z
except TypeError as e:
    print("TypeError", e)
try:
    int(z)
except TypeError as e:
    print("TypeError", e)
try:
    z // 2
except TypeError as e:
    print("TypeError", e)
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15)
print(divmod.__name__, complex.__name__, (1 + 2j).__repr__())
