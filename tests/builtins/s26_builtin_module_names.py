# __module__ of built-in functions: the module a module-level function belongs to,
# 'builtins' for the builtins, None for methods; pickling finds functions through it.
import math, time, sys, pickle, functools, itertools, json
print(math.sqrt.__module__, math.floor.__module__, time.sleep.__module__, time.time.__module__)
print(sys.exit.__module__, sys.getrecursionlimit.__module__)
print(len.__module__, print.__module__, isinstance.__module__, getattr.__module__)
print([].append.__module__, "a".join.__module__, dict.fromkeys.__module__)
print(pickle.loads(pickle.dumps(math.sqrt))(81), pickle.loads(pickle.dumps(len))("abc"))
print(pickle.loads(pickle.dumps([math.hypot, max]))[0](3, 4))

@functools.wraps(math.gcd)
def g(*a):
    return math.gcd(*a)

print(g.__module__, g.__name__, g(12, 18))

# __self__: a module-level function's module, a bound method's object, a class method's class.
for f in (math.sqrt, len, time.time, sys.exit, print, [].append, dict.fromkeys, "x".upper, int.from_bytes):
    s = f.__self__
    print(f.__name__, type(s).__name__, getattr(s, "__name__", None) if type(s).__name__ in ("module", "type") else s)
