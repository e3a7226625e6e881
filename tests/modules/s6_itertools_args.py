import itertools
cases = ['itertools.accumulate()', 'itertools.accumulate([1], None, 3)', 'itertools.accumulate([1], None, None, 4)', 'itertools.accumulate([1], bogus=1)', 'list(itertools.accumulate(iterable=[1, 2]))', 'list(itertools.accumulate([1, 2], initial=10))', 'list(itertools.accumulate([1, 2], max))', 'list(itertools.accumulate([], initial=None))',
         'itertools.compress()', 'itertools.compress([1])', 'itertools.compress([1],[1],[1])', 'list(itertools.compress(data=[1, 2], selectors=[0, 1]))', 'itertools.groupby()', 'itertools.groupby([], None, 3)', 'list(itertools.groupby(iterable=[], key=None))', 'itertools.groupby([], x=1)', '[(k, list(g)) for k, g in itertools.groupby("aab", key=None)]',
         'itertools.pairwise()', 'itertools.pairwise(1,2)', 'itertools.pairwise(iterable=[])', 'list(itertools.pairwise("abc"))', 'itertools.chain.from_iterable()', 'list(itertools.chain.from_iterable(["ab", "c"]))', 'itertools.tee()', 'itertools.tee([], 2, 3)', 'itertools.tee([], n=2)', 'len(itertools.tee([1]))', '[list(t) for t in itertools.tee([1, 2], 3)]', 'itertools.tee([1], -1)', 'itertools.tee([1], "x")', 'itertools.cycle()', 'itertools.cycle(1, 2)']
for e in cases:
    try:
        print(e, '=>', eval(e))
    except (TypeError, ValueError) as x:
        print(e, '->', type(x).__name__, x)
