name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:g}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b}")
print(f"{1234567:,} {1234567:_} {0.5:%}")
width = 8
print(f"{name:{width}}|{name:>{width}}|{pi:.{3}f}")
print(f"{{literal}} {n + 1} {[1, 2][0]} {'a' 'b'}")
d = {"k": "v"}
print(f"{d['k']} {len(d)}")
print(f"{n=} {pi=:.2f} {name = }")
print(f"{'nested ' + f'{n}'}")
print(f"{3 if n else 4} {(lambda: 5)()}")
print(f"{n!r:>6}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print(f"{P():abc} {P()}")
print(f"""multi
{name}
line""")
print(f"{'x':*^9}")
print(f"{-n:+} {n:+} {n: }")
import datetime
print(f"{datetime.date(2020, 1, 2):%Y/%m/%d}")
print(F"upper {n}", rf"\n{n}", fr"\t")
print(f"{None} {True} {[1, 'a']}")
