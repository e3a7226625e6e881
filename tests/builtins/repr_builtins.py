values = [None, True, 0, -1, 3.0, -0.0, 1e100, 2j, "s", "it's", b"b", bytearray(b"ba"), [], [1, [2]], (), (1,), (1, 2), {}, {"a": [1]}, set(), {1}, frozenset(), frozenset({2}),
          range(3), range(1, 5, 2), slice(1, 2), slice(None), Ellipsis, NotImplemented, int, str, type, object, len, print, ValueError("v"), KeyError("k"), OSError(2, "x")]
for v in values:
    print(repr(v), "|", str(v))
import collections, fractions, decimal, datetime
for v in [collections.OrderedDict(a=1), collections.defaultdict(int, a=1), collections.deque([1]), collections.Counter("aab"), fractions.Fraction(1, 3), decimal.Decimal("1.5"), datetime.date(2020, 1, 1), datetime.timedelta(1)]:
    print(repr(v), "|", str(v))
print(repr(type(None)), repr(type(...)), repr(int.__add__)[:30], repr(str.join)[:30], repr([].append)[:25])
