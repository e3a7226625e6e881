import itertools as it
for f in [lambda: it.product([1], foo=1), lambda: it.zip_longest([1], fill=0), lambda: it.count(foo=1), lambda: it.permutations(x=1), lambda: it.accumulate([1], foo=2), lambda: it.groupby([], k=1), lambda: it.chain(a=1), lambda: it.islice([], stop=1), lambda: it.combinations([1], k=1), lambda: it.product([1], repeat=1, x=2), lambda: it.zip_longest(fillvalue=1, x=2)]:
  try: f()
  except Exception as e: print(type(e).__name__, e)
