# Built-ins that read a list/tuple/dict/set directly fall back to the iterator protocol
# for a subclass that overrides __iter__ (sum, dict.fromkeys, json.dumps, ...).
class ML(list):
    def __iter__(self): return iter([9, 9])
class MT(tuple):
    def __iter__(self): return iter([8])
class MS(str):
    def __iter__(self): return iter(["z"])
class MD(dict):
    def __iter__(self): return iter(["k"])
class MSet(set):
    def __iter__(self): return iter([7])
import itertools, functools, collections, heapq, statistics, random, json, operator
for obj in [ML([1, 2]), MT((1, 2)), MS("ab"), MD(a=1), MSet({1, 2})]:
    r = []
    for name, fn in [("sum", lambda o: sum(o) if not isinstance(o, (str, dict)) else 0), ("any", any), ("all", all), ("list", list), ("tuple", tuple), ("sorted", sorted),
                     ("min", min), ("max", max), ("enumerate", lambda o: list(enumerate(o))), ("zip", lambda o: list(zip(o))), ("map", lambda o: list(map(str, o))),
                     ("filter", lambda o: list(filter(None, o))), ("reversed", lambda o: list(reversed(o)) if not isinstance(o, (set,)) else 0), ("set", lambda o: sorted(set(o), key=str)), ("frozenset", lambda o: len(frozenset(o))),
                     ("dict.fromkeys", lambda o: dict.fromkeys(o)), ("join", lambda o: ",".join(map(str, o))), ("strjoin", lambda o: "".join(o) if isinstance(o, MS) else 0), ("star", lambda o: [*o]),
                     ("unpack", lambda o: (lambda *a: a)(*o)), ("chain", lambda o: list(itertools.chain(o))), ("reduce", lambda o: functools.reduce(lambda a, b: f"{a}{b}", o, "")),
                     ("counter", lambda o: dict(collections.Counter(o))), ("deque", lambda o: list(collections.deque(o))), ("in", lambda o: 9 in o), ("listextend", lambda o: [0] + list(o)),
                     ("lextend", lambda o: (lambda l: (l.extend(o), l)[1])([])), ("setupdate", lambda o: (lambda s: (s.update(o), sorted(s, key=str))[1])(set())), ("bytes", lambda o: bytes(o) if isinstance(o, (ML, MT)) else 0),
                     ("islice", lambda o: list(itertools.islice(o, 5))), ("heapify", lambda o: (lambda l: (heapq.heapify(l), l)[1])(list(o))), ("json", lambda o: json.dumps(o)), ("len", len), ("bool", bool),
                     ("comp", lambda o: [x for x in o]), ("genexp", lambda o: list(x for x in o)), ("setcomp", lambda o: len({x for x in o})), ("starmap", lambda o: 0), ("str.join", lambda o: str.join("-", [str(x) for x in o])),
                     ("ab", lambda o: (lambda a, *b: (a, b))(*o)), ("a,b=", lambda o: (lambda: [*o][:1])()), ("unpack2", lambda o: (lambda l: l)([*o, *o]))]:
        try: r.append((name, fn(obj)))
        except Exception as e: r.append((name, type(e).__name__))
    print(type(obj).__name__, r)
def unp(o):
    a, *b = o
    return a, b
for obj in [ML([1, 2]), MT((1, 2)), MS("ab"), MD(a=1)]:
    try: print(unp(obj))
    except Exception as e: print(type(e).__name__, e)
class ML(list):
    def __iter__(self): return iter([9, 9])
    def __len__(self): return 7
ml = ML([1, 2, 3])
print((list(ml), sorted(ml), len(ml), sum(ml), [*ml], tuple(ml), ml[0], max(ml), str(ml), ml + [4], set(ml)))
