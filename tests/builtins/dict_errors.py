ops = [
    lambda: {}["k"], lambda: {}.pop("k"), lambda: {}.popitem(), lambda: {[]: 1}, lambda: dict([(1,)]),
    lambda: dict(1), lambda: {}.update(1), lambda: {}.update([1]), lambda: {1: 2} | [1], lambda: {}.get(),
    lambda: {}.setdefault(), lambda: dict.fromkeys(), lambda: {1: 1} < {2: 2}, lambda: {}.keys()[0],
    lambda: {1: 2}.items()[0], lambda: {}.values() + 1, lambda: {1: 1}.__delitem__(2), lambda: {}.pop(),
    lambda: dict(a=1, **{"a": 2}), lambda: {**[1]},
]
for op in ops:
    try:
        op()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
