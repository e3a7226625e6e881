print(abs(-5), abs(-2.5), abs(True), abs(-2 ** 70), abs(3 + 4j), all([]), any([]), all([1, 0]), any((0, 0, 3)), all(x > 0 for x in [1, 2]))
print(bin(10), oct(8), hex(255), bin(-5), hex(-2 ** 64), divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, -3))
print(format(3.14159, '.2f'), format(42, 'x'), format(42, '08b'), format(1234567, ','), format(0.5, '%'), format('ab', '>5'), format(1e20), format(True), format(7))
print(max(1, 2, 3), max([3, 1, 2]), max('abc'), max([1, 2], key=lambda v: -v), max([], default=0), min(4, -1), min([2, 1, 1.0]), min([[2], [1]]), max((1, 'a'), (1, 'b')))
print(max([1, 3, 3.0], key=int), min([1.0, 1, True]), max(range(10), key=lambda v: v % 5), min('hello'), max({1: 2, 5: 0}), min(iter([4, 2, 8])))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 1 / 3), pow(3, 200, 1000), pow(base=2, exp=3), pow(2, 3, mod=5), 2 ** -2, (-2) ** 0.5)
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(7, -1), round(1.23456, None), round(1e300), type(round(2.0)).__name__, round(0.5 + 1e-16))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(101)), sum([], 5), sum([0.1] * 3), sum((1, 2), start=10), sum([2 ** 62, 2 ** 62]), sum([1j, 2]))
print(sorted([3, 1, 2]), sorted('cba'), sorted([3, 1, 2], reverse=True), sorted({3: 1, 1: 2}), sorted([1.5, 1, True, 0]), sorted([[2, 1], [1, 2]]), sorted(range(5), key=lambda v: -v))
for f in [lambda: max(), lambda: max([]), lambda: max(1, 2, default=3), lambda: max([1], foo=1), lambda: min(1), lambda: sorted([1], [2]), lambda: sorted(),
          lambda: sum('ab', ''), lambda: sum([b'a'], b''), lambda: abs('a'), lambda: round('a'), lambda: divmod('a', 1), lambda: hex(1.5), lambda: format(1, 2),
          lambda: pow('a', 2), lambda: pow(2, 'a', 3), lambda: any(1), lambda: all(), lambda: sum(), lambda: max(1, 'a'), lambda: sorted([1, 'a']), lambda: round(1.5, 'x'),
          lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: pow(0, -1), lambda: bin('1'), lambda: format(1, 'q'), lambda: min([1, 2], key=5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ('round', n)
    def __abs__(self):
        return 'abs'
    def __divmod__(self, o):
        return 'dm'
    def __rdivmod__(self, o):
        return 'rdm'
    def __index__(self):
        return 5
print(round(R()), round(R(), 2), abs(R()), divmod(R(), 1), divmod(1, R()), hex(R()), bin(R()), [1, 2, 3, 4, 5, 6][R()])
print(hash(1), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 100), hash(1.0), hash(True), hash(0.5), hash(-0.5), hash(1e100), hash(complex(1, 2)), hash(3 + 0j))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 64) == hash(2.0 ** 64), hash(0.1) == hash(0.1), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(range(3)))
