x: int
y: str = "hi"
print(__annotations__)
def f(a: int, *args: str, b: "float" = 1.0, **kw: bool) -> None: pass
print(f.__annotations__)
class C:
    a: int
    b: list = []
    def m(self) -> "C": return self
print(C.__annotations__, C.m.__annotations__, hasattr(C, "a"))
lst = [0]
lst[0]: int = 5
print(lst)
def g():
    local: int = 3
    unassigned: str
    return local, "unassigned" in locals()
print(g())
