# list/tuple subclasses overriding __iter__: conversions, star-args and builtins iterate them.
class LS(list):
    def __iter__(self): return iter([9, 9])
class TS(tuple):
    def __iter__(self): return iter('xy')
class Plain(list): pass
for mk in (LS, TS, Plain):
    v = mk([1, 2, 3])
    print(mk.__name__, list(v), tuple(v), [*v], sum(1 for _ in v), sorted(set(v)), sorted(v), max(v), min(v))
    print(list(enumerate(v)), list(zip(v, v)), list(map(str, v)), list(reversed(v)), len(v))
    print([x for x in v], dict.fromkeys(v), ' '.join(map(str, v)), any(v), all(v), bytes(v) if mk is Plain else '')
    for x in v: print(x, end=' ')
    print()
    l = []; l.extend(v); l += v; print(l)
    print(frozenset(v) == sorted(set(v)), sorted({*v}), (*v,), str.join(',', [str(i) for i in v]))
    f = lambda *a: a
    print(f(*v), v == list(v) if mk is not TS else v == tuple(v))
