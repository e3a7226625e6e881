# NotImplemented in a boolean context: DeprecationWarning on stderr, once per call site
def f():
    if NotImplemented:
        print("truthy")
f()
print(bool(NotImplemented), not NotImplemented)
class A:
    def __eq__(self, o): return NotImplemented
print(A() == A(), A() != 1)
