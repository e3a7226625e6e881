# Zero-argument super() takes the first positional parameter: a method with only
# *args has none (RuntimeError, as CPython 3.11), and a deleted one is reported.
class A:
    def m(*args):
        return super().__class__
    def n(self, *args):
        return super().__repr__ is not None
    def o(self):
        del self
        return super().x
for f in (lambda: A().m(), lambda: A().n(1), lambda: A().o()):
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError:", e)
