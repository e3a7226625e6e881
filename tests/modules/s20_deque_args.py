# deque(iterable, maxlen) argument errors worded as CPython's argument parser words them.
import collections
for a,k in [((1,2,3),{}),((1,2),{'maxlen':3}),((1,),{'iterable':3}),((),{'x':1}),((),{'maxlen':'a'}),((),{'maxlen':None, 'iterable':[1]}),(([1,2,3],2),{}),((),{}),(([1],),{'maxlen':5}),((),{'maxlen':-1})]:
    try: print(collections.deque(*a,**k))
    except Exception as e: print(type(e).__name__, e)
d = collections.deque([1, 2, 3])
d.__init__([4, 5], 1); print(d)
class Q(collections.deque):
    def __init__(self, *a, extra=0):
        super().__init__(*a)
        self.extra = extra
print(Q([1, 2], 1, extra=4), Q([1]).extra)
