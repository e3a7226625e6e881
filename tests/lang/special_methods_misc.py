class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        if spec == "short": return f"{self.cents // 100}$"
        return format(str(self), spec)
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self): return hash(self.cents)
    def __add__(self, o): return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __bool__(self): return self.cents != 0
    def __int__(self): return self.cents
    def __lt__(self, o): return self.cents < o.cents
    def __neg__(self): return Money(-self.cents)
    def __abs__(self): return Money(abs(self.cents))
    def __round__(self, n=0): return Money(round(self.cents, n - 2))
    def __contains__(self, v): return v <= self.cents
    def __len__(self): return len(str(self.cents))
    def __getitem__(self, i): return str(self.cents)[i]
    def __call__(self, rate): return Money(int(self.cents * rate))
    def __enter__(self): return self
    def __exit__(self, *a): return False
m = Money(1234)
print(m, repr(m), f"{m:short}", f"{m:>10}", m + 1, 1 + m, sum([Money(1), Money(2)]), bool(Money(0)), int(m))
print(m == Money(1234), {m: 1}[Money(1234)], sorted([Money(3), Money(1)]), -m, abs(Money(-5)), round(Money(1299)))
print(100 in m, len(m), m[0], m[-2:], m(0.5), list(m))
with Money(1) as mm:
    print("with", mm)
class Reflected:
    def __init__(self, v): self.v = v
    def __rsub__(self, o): return f"{o} - R({self.v})"
    def __rmul__(self, o): return f"{o} * R"
    def __rtruediv__(self, o): return f"{o} / R"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
    def __rmatmul__(self, o): return "rmatmul"
    def __rdivmod__(self, o): return "rdivmod"
r = Reflected(1)
print(10 - r, 2 * r, 3 / r, 3 // r, 3 % r, 3 & r, 3 | r, 3 ^ r, 3 << r, 3 >> r, divmod(3, r))
class InPlace:
    def __init__(self): self.log = []
    def __iadd__(self, o): self.log.append(("iadd", o)); return self
    def __isub__(self, o): self.log.append(("isub", o)); return self
    def __imul__(self, o): self.log.append(("imul", o)); return self
    def __itruediv__(self, o): self.log.append("itruediv"); return self
    def __ifloordiv__(self, o): self.log.append("ifloordiv"); return self
    def __imod__(self, o): self.log.append("imod"); return self
    def __ipow__(self, o): self.log.append("ipow"); return self
    def __iand__(self, o): self.log.append("iand"); return self
    def __ior__(self, o): self.log.append("ior"); return self
    def __ixor__(self, o): self.log.append("ixor"); return self
    def __ilshift__(self, o): self.log.append("ilshift"); return self
    def __irshift__(self, o): self.log.append("irshift"); return self
    def __imatmul__(self, o): self.log.append("imatmul"); return self
ip = InPlace()
ip += 1; ip -= 2; ip *= 3; ip /= 1; ip //= 1; ip %= 1; ip **= 1; ip &= 1; ip |= 1; ip ^= 1; ip <<= 1; ip >>= 1; ip @= 1
print(ip.log)
class NoInplace:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoInplace(self.v + o)
n = NoInplace(1); n0 = n
n += 5
print(n.v, n0.v, n is n0)
