# itertools iterators copy and pickle with their state, midway, as CPython 3.11's
# (pairwise never could); a copy goes on independently of the original.
import copy
import itertools as it
import pickle


def small(x):
    return x < 2


def under3(x):
    return x < 3


def make():
    return [
        ('cycle', it.cycle('abc')), ('repeat', it.repeat(1, 3)), ('repeat_inf', it.repeat('x')),
        ('accumulate', it.accumulate([1, 2, 3, 4])), ('acc_init', it.accumulate([1, 2], initial=10)),
        ('chain', it.chain('ab', 'cd')), ('compress', it.compress('abcd', [1, 0, 1, 1])),
        ('dropwhile', it.dropwhile(small, [1, 2, 3, 1])),
        ('takewhile', it.takewhile(under3, [1, 2, 3, 1])),
        ('filterfalse', it.filterfalse(None, [0, 1, 0, 2, 3])), ('islice', it.islice('abcdefgh', 1, 7, 2)),
        ('starmap', it.starmap(pow, [(2, 3), (3, 2), (4, 2)])), ('zip_longest', it.zip_longest('ab', 'xyz', fillvalue='-')),
        ('product', it.product('ab', repeat=2)), ('permutations', it.permutations('abc', 2)),
        ('combinations', it.combinations('abcd', 2)), ('cwr', it.combinations_with_replacement('ab', 2)),
        ('count', it.count(3, 2)), ('tee', it.tee('abcd')[0]),
    ]


for how in ('copy', 'deepcopy', 'pickle'):
    for name, i in make():
        next(i)
        if how == 'copy':
            c = copy.copy(i)
        elif how == 'deepcopy':
            c = copy.deepcopy(i)
        else:
            c = pickle.loads(pickle.dumps(i))
        a = list(it.islice(i, 5))
        b = list(it.islice(c, 5))
        print(how, name, a, b, type(c) is type(i))

g = it.groupby('aabbbc')
next(g)
for how in (copy.copy, lambda x: pickle.loads(pickle.dumps(x))):
    print([(k, list(v)) for k, v in how(g)])
k, grp = next(it.groupby('xxy'))
print(list(pickle.loads(pickle.dumps(grp))))
try:
    pickle.dumps(it.pairwise('abc'))
except TypeError as e:
    print('TypeError:', e)
try:
    copy.copy(it.pairwise('abc'))
except TypeError as e:
    print('TypeError:', e)
