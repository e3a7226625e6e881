class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
add5 = Adder(5)
print(add5(10), list(map(add5, [1, 2])), callable(add5), callable(Adder), callable(1), callable(print), callable("".join))
class Static:
    @staticmethod
    def __call__(): return "static call"
print(Static()())
def f(): return "f"
print(callable(f), callable(lambda: 0), callable(type), callable(object()), callable(Adder.__call__))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
import functools
p = functools.partial(add5, 1)
print(p(), callable(p))
print((lambda *a: a)(*range(3)), type(add5.__call__).__name__)
