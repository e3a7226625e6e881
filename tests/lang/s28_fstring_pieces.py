# f-strings built from their pieces: machine ints formatted without a spec, short
# results (stored inline) and long ones, non-ASCII pieces, empty pieces.
for v in (0, -1, 7, 10, -10, 99, -100, -9223372036854775808, 9223372036854775807,
          10**20, -10**20, True, False, 3.5, -0.0, 1e300, "abc", None, [1, 2], (3,)):
    print(f"{v}|{v!r}|{v!s}|[{v}]")
for i in range(-3, 4):
    print(f"{i}-{i * 2}", f"{i:>4}", f"{i:+}", f"{i:03d}", f"{i:x}")
print(f"{'x' * 40}{1}", len(f"{'é' * 20}{'ü' * 20}"), f"{'€'}{2}{'ab'}")
print(repr(f""), repr(f"{''}"), repr(f"a{''}b"), repr(f"{''}{''}"))
s = f"{'α' * 14}{12345678901234}"
print(s, len(s), s.upper(), s[::-1], s == "α" * 14 + "12345678901234")
t = f"{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}{11}{12}{13}{14}{15}{16}{17}{18}{19}{20}"
print(t, len(t), hash(t) == hash("1234567891011121314151617181920"))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
    def __str__(self):
        return "strF"
print(f"{F()}", f"{F():abc}", f"{F()!s}", f"{F()!r:>3}"[:3])
n = 255
print(f"{n:#x} {n:b} {n:,} {n:_} {n:e} {n:%}")
