# enumerate()'s start goes through operator.index to an exact int before the iterable
# is iterated: a bool counts 1, 2, ...; __index__ objects and int subclasses work.
class I:
    def __index__(self): return 5
class J(int): pass
class BadI:
    def __index__(self): return "x"
for st in [True, False, I(), J(7), 2**70, -2**63 - 1, 2**63 - 2, -1, BadI(), 1.5, "1", None]:
    try:
        e = enumerate("abc", st)
        r = list(e)
        print(repr(st) if not isinstance(st, (I, BadI)) else type(st).__name__, r, [type(i).__name__ for i, _ in r])
    except Exception as ex:
        print(type(ex).__name__, ex)
print(list(enumerate("ab", start=True)))
try: enumerate(5, "x")
except TypeError as e: print(e)
def it():
    print("iterated")
    yield 1
try:
    enumerate(it(), "x")
except TypeError as e:
    print("start checked first:", e)
e = enumerate(it(), J(3))
print(next(e))
print(list(enumerate([], True)), list(enumerate("x", -True)))
