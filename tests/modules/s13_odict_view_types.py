# OrderedDict views are the built-in types odict_keys/odict_values/odict_items; the deque iterator lives in _collections
import collections
od = collections.OrderedDict(a=1, b=2)
for v in (od.keys(), od.values(), od.items()):
    print(type(v), type(v).__name__, type(v).__qualname__, repr(v), list(reversed(v)))
print(type(iter(collections.deque())))
print(sorted(od.keys() | {"c"}), od.items() & {("a", 1)}, od.keys() == {"a", "b"}, "a" in od.keys(), ("b", 2) in od.items(), 2 in od.values())
