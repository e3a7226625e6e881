# arity and type errors of list, set, frozenset, dict and tuple methods
calls = ["[].append()", "[].append(1, 2)", "[].extend()", "[].insert()", "[].insert(1, 2, 3)", "[].pop(1, 2)", "[].remove()", "[].index()", "[].count()", "[].count(1, 2)",
         "[].reverse(1)", "[].clear(1)", "[].copy(1)", "[].sort(key=len, reverse=True, x=1)", "[].append(x=1)", "[].index(1, 2, 3, 4)", "[1].index(1, 'a')", "[1].index(1, None)",
         "set().add()", "set().add(1, 2)", "set().remove()", "set().discard()", "set().pop(1)", "set().clear(1)", "set().copy(1)", "set().update(x=1)", "set().union(x=1)",
         "set().isdisjoint(1)", "set().difference(1)", 
         "set().intersection_update(1)", "frozenset().union(5)", "frozenset(x=1)", "set(x=1)", "set([], [])",
         "{}.get()", "{}.pop()", "{}.pop(1, 2, 3)", "{}.setdefault()", "{}.setdefault(1, 2, 3)", "{}.update(1, 2)", "{}.update([[1, 2, 3]])", "{}.keys(1)", "{}.values(1)",
         "{}.items(1)", "{}.clear(1)", "{}.copy(1)", "{}.popitem(1)", "dict.fromkeys()", "dict.fromkeys(1, 2, 3)", "{}.__getitem__()", "{}.__contains__()",
         "(1,).index()", "(1,).count()", "(1,).index(2)", "(1,).index(1, 'x')", "tuple(x=1)", "list(x=1)", "list([], [])", "dict(1, 2)", "dict([1])", "dict([(1, 2, 3)])"]
for c in calls:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)
