from dataclasses import dataclass, field
import traceback
@dataclass
class A:
    x: int
    y: list = field(default_factory=list)
    z: int = 0
    def __post_init__(self):
        raise ValueError("post")
@dataclass(frozen=True)
class B:
    a: int
    b: int = 2
    def __post_init__(self):
        raise KeyError("frozen post")
@dataclass(order=True)
class C:
    a: object
for f in [lambda: A(1), lambda: B(1), lambda: C(1) < C("x"), lambda: A(1, 2, 3, 4), lambda: A.__new__(A) == A.__new__(A)]:
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, "F"))
