# make_dataclass: in CPython 3.11 the class's __module__ is the one types.new_class gives.
from dataclasses import make_dataclass, fields

C = make_dataclass("C", [("x", int), "y", ("z", int, 5)], frozen=True, order=True)
print(C(1, 2), C.__module__, C.__qualname__, [f.name for f in fields(C)], C(1, 2) < C(1, 3))
