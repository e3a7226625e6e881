# frame names in tracebacks: comprehensions, lambdas, generators, class bodies, nested functions
import traceback

def show(fn):
    try:
        fn()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(l for l in lines if not l.startswith("Traceback")))
        print("-" * 20)

def in_listcomp():
    return [1 / x for x in [1, 0]]
def in_dictcomp():
    return {k: k["x"] for k in [{"x": 1}, {}]}
def in_genexp():
    return sum(int(s) for s in ["1", "two"])
def in_lambda():
    f = lambda v: v.missing_attr
    return f(3)
def in_nested():
    def helper(seq):
        return seq[10]
    return helper([1, 2])
def in_class_body():
    class Broken:
        x = 1
        y = undefined_thing + x
    return Broken
def in_generator():
    def gen():
        yield 1
        yield {}["nokey"]
    return list(gen())
def in_method():
    class Acc:
        def __init__(self): self.total = 0
        def add(self, v):
            self.total += v
            return self
    return Acc().add(1).add("2")
def in_multiline():
    data = {"a": [1, 2, 3]}
    return (data["a"][0] +
            data["a"][1] *
            data["b"][2])
def in_property():
    class P:
        @property
        def val(self): return self._val
    return P().val
def in_dunder():
    class V:
        def __add__(self, o): return self.x + o
    return V() + 1
def in_sorted_key():
    return sorted([3, "a", 1], key=lambda v: v + 0)
def in_map():
    return list(map(lambda s: s.upper(), ["a", None]))
def in_str_format():
    return "{0[2]}".format([1])
def in_assert():
    items = []
    assert items, f"expected items, got {items!r}"
def in_reraise():
    try:
        int("x")
    except ValueError:
        raise
def in_setcomp_nested():
    return {(a, b) for a in range(2) for b in [1 // a]}
for fn in [in_listcomp, in_dictcomp, in_genexp, in_lambda, in_nested, in_class_body, in_generator, in_method,
           in_multiline, in_property, in_dunder, in_sorted_key, in_map, in_str_format, in_assert, in_reraise, in_setcomp_nested]:
    show(fn)
