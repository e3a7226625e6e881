import collections, functools, array, itertools, operator, decimal, io, datetime, fractions
objs = [collections.OrderedDict(), functools.partial(len), array.array('i'), itertools.count(), itertools.chain(), operator.itemgetter(1), decimal.Decimal(1), datetime.date(2020,1,1), fractions.Fraction(1), collections.Counter(), itertools.groupby([]), itertools.product(), decimal.getcontext()]
for o in objs:
    try: o + 1
    except TypeError as e: print(e)
    try: o < "x" 
    except TypeError as e: print(e)
