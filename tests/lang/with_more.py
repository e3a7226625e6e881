class Tracker:
    log = []
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.name)
        Tracker.log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        Tracker.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress
try:
    with Tracker("a"), Tracker("b", fail_enter=True), Tracker("c"):
        Tracker.log.append("body")
except RuntimeError as e:
    print("RuntimeError", e)
print(Tracker.log); Tracker.log.clear()
with Tracker("outer", suppress=True):
    with Tracker("inner"):
        raise KeyError("x")
print(Tracker.log); Tracker.log.clear()
def gen_with():
    with Tracker("in gen"):
        yield 1
        yield 2
for v in gen_with():
    pass
print(Tracker.log); Tracker.log.clear()
def ret_in_with():
    for i in range(3):
        with Tracker(str(i)):
            if i == 1:
                return i
print(ret_in_with(), Tracker.log); Tracker.log.clear()
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("original")
except ValueError as e:
    print("ValueError", e, "context:", repr(e.__context__))
class EnterReturnsOther:
    def __enter__(self): return [1, 2]
    def __exit__(self, *a): pass
with EnterReturnsOther() as (a, b):
    print(a, b)
