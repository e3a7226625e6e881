# Keyword arguments a built-in does not take are refused with CPython's messages
# (Argument Clinic's "invalid keyword argument" and "takes at most N" forms).
cases = [
    'open("/dev/null", foo=1)', 'complex(1, foo=2)', 'property(None, foo=2)',
    'property(fget=None, fset=None, fdel=None, doc=None, x=1)',
    'complex(real=1, imag=2, z=3)', 'complex(real=2, imag=3)', 'complex(imag=1.5)',
    'property(fget=len).fget', 'open(file="/dev/null", mode="rb").mode',
    'float(x=1)', 'int("1", bas=2)', 'str(b"a", encodin="x")', 'range(3, x=1)',
    'bytes("a", encodin="x")', 'list(x=1)', 'dict(a=1)', 'tuple(x=1)', 'set(x=1)',
    'frozenset(x=1)', 'bool(x=1)', 'slice(1, x=1)', 'enumerate([], star=1)',
    'zip([], strict=True, x=1)', 'map(len, [], x=1)', 'filter(None, [], x=1)',
    'reversed([], x=1)', 'staticmethod(len, x=1)', 'classmethod(len, x=1)',
    'super(x=1)', 'object(x=1)', 'type("a", (), {}, x=1)', 'memoryview(b"", x=1)',
    'bytearray(x=1)', 'iter([], x=1)', 'print(1, foo=2)', 'sorted([], foo=1)',
    'round(1.5, nd=1)',
]
for s in cases:
    try:
        print(s, "->", eval(s))
    except TypeError as e:
        print(s, "-> TypeError:", e)
