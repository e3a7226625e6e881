# Slice assignment iterates a list subclass (its own __iter__), except when the
# list is assigned to a slice of itself, as CPython.
class L(list):
    def __iter__(self): return iter([7, 8])
y = [0, 1, 2]; y[:] = L([1, 2]); print(y)
y = [0, 1, 2]; y[1:2] = L([5]); print(y)
y = [0, 1, 2, 3]; y[::2] = L([5, 6]); print(y)
z = L([1, 2, 3]); z[:] = z; print(list.__repr__(z))
z = L([1, 2]); z[1:] = z; print(list.__repr__(z))
w = [1, 2]; w[:] = w; print(w); w[1:] = w; print(w)
