# A list/tuple subclass overriding __iter__ is iterated by str.join and bytes.join;
# a dict subclass overriding __iter__ is copied through keys()/__getitem__ by
# dict.copy, | and |= (CPython's PyDict_Copy / dict_merge).
class L(list):
    def __iter__(self):
        return iter(['x', 'y'])


class T(tuple):
    def __iter__(self):
        return iter([b'p', b'q'])


print('-'.join(L(['a', 'b'])), '-'.join(T(('a',))) if False else '', b'+'.join(T((b'a',))))
try:
    ''.join(T(('a',)))
except TypeError as e:
    print('TypeError:', e)
print(', '.join(['plain', 'list']), ''.join(('t', 'u')))


class D(dict):
    def __getitem__(self, k):
        return 'dg'

    def keys(self):
        return ['a']

    def __iter__(self):
        return iter(['i'])


d = D(a=1, b=2)
print(d.copy(), type(d.copy()).__name__)
print(d | {}, {} | d, {'z': 0} | d, d | {'a': 5})
print({}.__or__(d), dict.__ror__(d, {'q': 1}))
e = {'z': 0}
e |= d
print(e)


class K(dict):
    def keys(self):
        return ['only']


k = K(a=1)
print(k.copy(), k | {}, {} | k, dict(k))
print(D().copy(), D() | {}, {} | D())
