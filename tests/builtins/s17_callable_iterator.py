# iter(callable, sentinel) is a 'callable_iterator' (no __length_hint__); iter() of a
# __getitem__ sequence stays a plain 'iterator'.
import copy
it = iter(lambda: 1, 2)
print(type(it).__name__, type(it), next(it), iter(it) is it, repr(it).split(" at ")[0])
vals = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(vals), 0)), list(vals))
class G:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(type(iter(G())).__name__, list(iter(G())))
print(type(iter(lambda: 1, 2)).__length_hint__ if False else "", hasattr(it, "__next__"))
print(hasattr(iter(lambda:1,2), "__length_hint__"), hasattr(iter([]), "__length_hint__"))
