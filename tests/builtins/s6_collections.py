# bytes/bytearray, slicing, sorting, dict/set views, list ops
b = b"Hello\x00\xffworld"
print(b, len(b), b[0], b[-1], b[1:4], b[::-2], b.hex(), b.hex(":", 2), bytes.fromhex("de ad be ef"), b.upper(), b.split(b"\x00"))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(5)), b"a" * 3, b"ab" + b"cd", b"x" in b"xyz", 120 in b"xyz", b"%d-%s-%r" % (1, b"b", "c"), b"%5.1f|%x" % (2.25, 255))
ba = bytearray(b"abcdef")
ba[0] = 65; ba[1:3] = b"XYZ"; ba += b"!"; ba.append(33); ba.extend([0x3f]); del ba[-1]; ba.insert(0, 95)
print(ba, len(ba), ba.pop(), ba.pop(0), ba, ba.find(b"Z"), ba.count(b"!"), ba.replace(b"X", b"x"), ba.decode(), bytearray(2), ba == b"AXYZdef!", ba.reverse(), ba)
ba2 = bytearray(b"0123456789"); del ba2[::3]; print(ba2); ba2[::2] = b"abc"; print(ba2)
for bad in [lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: bytearray(b"a").__setitem__(0, 300), lambda: b"abc".index(b"z"), lambda: bytes.fromhex("zz"), lambda: b"x"[5], lambda: bytearray().pop(), lambda: bytes(-1), lambda: b"%d" % "x", lambda: ba2.remove(ord("z")), lambda: ba2.__setitem__(slice(None, None, 2), b"toolong")]:
    try: bad()
    except Exception as e: print(type(e).__name__ + ":", e)
print(b"a,b".split(b","), b"  x ".strip(), b"abc".startswith(b"ab"), b"A1".isalnum(), b"abc".title(), b"ab".center(6, b"-"), b"x".zfill(3), b"\t".expandtabs(3), list(b"hi"), tuple(bytearray(b"hi")), memoryview(b"abc")[1], bytes(memoryview(b"abc")[::2]))
L = list(range(10))
print(L[::-1], L[::-3], L[8:2:-2], L[-3:], L[:-7:-1], L[100:], L[-100:2], L[5:5], L[::4], L[1:-1:3], L[slice(None, None, -5)])
L2 = L[:]; L2[2:5] = ["a"]; print(L2); L2[::3] = [0] * len(L2[::3]); print(L2); del L2[1::2]; print(L2); L2[1:1] = [9, 9]; print(L2)
try: L2[::2] = [1]
except ValueError as e: print("ValueError:", e)
try: L[::0]
except ValueError as e: print("ValueError:", e)
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-2, None).indices(3), repr(slice(1, None)), range(10)[::-2], range(10)[2:8][1], "abcdef"[-2::-2])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", ""]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: (len(w), w.lower())))
recs = [("bob", 25, 3.5), ("alice", 30, 3.9), ("carol", 25, 3.9), ("dave", 30, 2.1)]
print(sorted(recs, key=lambda r: (-r[1], r[0])), sorted(recs, key=lambda r: r[2], reverse=True), min(recs, key=lambda r: r[2]), max(recs, key=lambda r: r[1]))
import operator
print(sorted(recs, key=operator.itemgetter(1, 2)), [r[0] for r in sorted(recs, key=operator.itemgetter(2))])
nums = [5, -3, 2, -8, 0, 7]; nums.sort(key=abs); print(nums); nums.sort(reverse=True); print(nums)
try: sorted([1, "a", 2])
except TypeError as e: print("TypeError:", e)
try: [3, None].sort()
except TypeError as e: print("TypeError:", e)
try: sorted([1], key=1)
except TypeError as e: print("TypeError:", e)
try: sorted([1], 1)
except TypeError as e: print("TypeError:", e)
d = {"b": 2, "a": 1, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
d["d"] = 4
print(ks, vs, its, len(ks), "a" in ks, 2 in vs, ("a", 1) in its, ("a", 2) in its, list(reversed(ks)), ks & {"a", "z"} == {"a"}, sorted(ks | {"z"}), sorted(ks - {"a"}), sorted(ks ^ {"a", "q"}))
print(ks == {"a", "b", "c", "d"}, its <= {("a", 1), ("b", 2), ("c", 3), ("d", 4), 5}, ks.isdisjoint("xyz"), d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.pop("e"), d.pop("zz", None), d.popitem(), d)
print(dict(zip("xyz", range(3))), dict([("a", 1)], b=2), dict.fromkeys("ab"), dict.fromkeys([1, 2], []), {**d, "a": 0}, d | {"q": 9}, {1: 1, 1.0: 2, True: 3})
dd = dict(a=1); dd |= [("b", 2)]; dd.update(c=3); dd.update([("d", 4)]); print(dd, sorted(dd.items(), key=lambda kv: -kv[1]), list(dd), {k: v for k, v in dd.items() if v % 2})
for bad in [lambda: d["missing"], lambda: {}.popitem(), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {[]: 1}, lambda: d.pop("nope"), lambda: dict(1), lambda: {}.fromkeys(1), lambda: d | [1], lambda: ks[0]]:
    try: bad()
    except Exception as e: print(type(e).__name__ + ":", e)
dm = {1: 1}
try:
    for k in dm: dm[k + 1] = 1
except RuntimeError as e: print("RuntimeError:", e)
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s2, s1.union([9], (8,)), s1.intersection(range(3)), s1.issuperset([1]), frozenset("aab") == {"a", "b"}, set(), frozenset(), {frozenset({1})})
s3 = set(s1); s3.add(10); s3.discard(99); s3.remove(1); s3 -= {2}; s3 |= {0}; s3 ^= {0, 7}; print(sorted(s3), len(s3), s3.pop() in {3, 4, 7, 10}, s3.copy() == s3, s3.isdisjoint({-1}))
for bad in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: s1 + s2, lambda: {1} < [1], lambda: frozenset().add(1), lambda: set(1)]:
    try: bad()
    except Exception as e: print(type(e).__name__ + ":", e)
print([1, 2] * 2, [1] + [2], [[]] * 2, [3, 1, 2].index(2), [1, 1, 2].count(1), [1, 2, 3] < [1, 3], [1, 2] == [1, 2.0], (1, 2) < (1, 2, 0), [] < [[]], list("ab"), list(reversed([1, 2, 3])), [1, 2, 3][::-1] == list(reversed([1, 2, 3])))
lst = [4, 5, 6]; lst.insert(-1, 9); lst.insert(100, 0); lst.extend("ab"); print(lst, lst.pop(), lst.pop(0), lst.remove(9), lst, lst.copy(), lst.clear(), lst)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2][5], lambda: [1] + (2,), lambda: [1] * [1], lambda: [1].insert("x", 1), lambda: list(1), lambda: (1,)[1], lambda: (1, 2).index(3), lambda: [].__getitem__("a"), lambda: [1, 2, 3].index(1, "a")]:
    try: bad()
    except Exception as e: print(type(e).__name__ + ":", e)
nan = float("nan")
print([nan] == [nan], nan in [nan], [nan].count(nan), [nan].index(nan), (nan,) == (nan,), {1: nan} == {1: nan}, nan in {nan}, nan == nan, [nan] != [nan])
t = (1, [2], "x"); t[1].append(3); print(t, t.count(1), hash((1, 2)) == hash((1, 2)), tuple(), (1,), (1, 2) + (3,), (0,) * 3)
try: hash(t)
except TypeError as e: print("TypeError:", e)
m = [[0] * 3 for _ in range(3)]; m[1][1] = 5; print(m, [row[::-1] for row in m[::-1]], list(zip(*m)), [x for row in m for x in row if x])
