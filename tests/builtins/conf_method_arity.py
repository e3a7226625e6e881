import sys
# Calls every method of the core types with assorted argument lists and prints which
# ones raise (the exception class only): wrong counts, keywords and types must be refused.
samples = [5, 1.5, 1j, True, 'abc', b'abc', bytearray(b'abc'), [1, 2], (1, 2), {1: 2}, {1, 2}, frozenset({1}), range(3), slice(1, 2), None, object(), {1: 2}.values(), iter([1]), iter('ab'), iter({1: 2}), enumerate('a'), map(str, 'a'), filter(None, 'a'), ValueError('x'), OSError(2, 'x'), KeyError('k'), StopIteration(1)]
argsets = [(), (None,), (1,), ('a',), (b'a',), (1, 2), (None, None, None), ([],), (-1,), ('a', 'b'), (1, 2, 3, 4)]
skip = {'__init_subclass__', '__subclasshook__', '__class__', '__del__', 'clear', 'release', 'close', 'throw', 'send', '__delattr__', '__setattr__', '__set_name__', 'mro', '__subclasses__', '__prepare__', '__instancecheck__', '__subclasscheck__', '__init__', '__pow__', '__rpow__', '__ipow__', '__lshift__', '__rlshift__', '__ilshift__', '__mul__', '__rmul__', '__imul__', 'zfill', 'center', 'ljust', 'rjust', 'expandtabs', '__reduce_ex__', '__reduce__'}
for s in samples:
    for name in sorted(dir(s)):
        if name in ('__doc__', '__setstate__', '__class_getitem__', '__round__', '__getformat__', 'fromhex', 'derive', '__rmod__', 'pop', 'hex', 'characters_written'):
            continue
        if name in skip or type(s).__name__ + '.' + name in skip:
            continue
        try:
            f = getattr(s, name)
        except Exception as e:
            print(type(s).__name__, name, 'getattr', type(e).__name__)
            continue
        if not callable(f):
            continue
        res = []
        for a in argsets:
            try:
                r = f(*a)
                res.append('ok')
            except Exception as e:
                res.append(type(e).__name__)
        print(type(s).__name__, name, ' '.join(res), flush=True)
print('done')
