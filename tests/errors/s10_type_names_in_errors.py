# Objects of types CPython defines in C modules are named by their tp_name ('_thread.lock',
# '_io.TextIOWrapper', 'collections.deque', 're.Pattern', 'time.struct_time') in messages.
import collections, itertools, functools, re, io, threading, array, datetime, decimal, fractions, operator, weakref, types, json, struct, random, hashlib, time
objs = [collections.deque(), collections.OrderedDict(), collections.defaultdict(), collections.Counter(), itertools.count(), itertools.chain(), functools.partial(print),
        re.compile("x"), re.match("x", "x"), io.StringIO(), io.BytesIO(), threading.Lock(), threading.RLock(), array.array("i"), datetime.date.today(),
        decimal.Decimal(1), fractions.Fraction(1), operator.itemgetter(1), weakref.ref(int), types.SimpleNamespace(), struct.Struct("i"), random.Random(),
        hashlib.md5(), time.localtime(), iter([]), iter(()), iter({}), {}.keys(), (lambda: 1), print, [].append, type, object(), memoryview(b""), slice(1), range(1),
        (x for x in []), open(__file__), open(__file__, "rb"), threading.Event(), threading.Condition(), collections.namedtuple("P", "x")(1), json.JSONDecoder()]
for o in objs:
    try: o.zzz
    except AttributeError as e: print(e)
    try: len(o)
    except TypeError as e: print(e)
    try: o + 1
    except TypeError as e: print(e)
import pickle, sys
for o in [sys, threading.Lock(), open(__file__), (x for x in [])]:
    try:
        pickle.dumps(o)
    except TypeError as e:
        print(e)
