# A class name cannot contain a null character.
class A:
    pass


for attempt in [lambda: setattr(A, "__name__", "a\x00b"), lambda: type("x\x00y", (), {})]:
    try:
        attempt()
        print("no error")
    except ValueError as e:
        print("ValueError", e)
print(A.__name__)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, type(A()).__name__)
