class A:
    def __init__(self, x): super().__init__(x)
class B:
    def __new__(cls, x): return super().__new__(cls, x)
class C:
    def __new__(cls, x): return super().__new__(cls)
    def __init__(self, x): super().__init__(x)
class D: pass
class E:
    def __new__(cls, *a): return super().__new__(cls)
for f in [lambda: A(1), lambda: B(1), lambda: C(1), lambda: D(1), lambda: object.__init__(D(), 1), lambda: object.__new__(D, 1), lambda: E(1).__init__(2), lambda: object.__new__(A, 1), lambda: object.__init__(E(), 1), lambda: D.__init__(D(), k=1)]:
    try:
        f(); print("ok")
    except TypeError as e:
        print(e)
