# operator.length_hint and list()/tuple() over built-in iterators without a length
# (map, filter, zip, enumerate, generators, iter(f, sentinel)) and with one.
import operator
xs = [3, 1, 2]
def gen():
    yield from xs
its = {
    "map": lambda: map(str, xs),
    "filter": lambda: filter(None, [0, 1, 2]),
    "zip": lambda: zip(xs, "abc"),
    "enumerate": lambda: enumerate(xs),
    "generator": gen,
    "callable": lambda: iter(iter(xs).__next__, 2),
    "list_iterator": lambda: iter(xs),
    "tuple_iterator": lambda: iter(tuple(xs)),
    "range_iterator": lambda: iter(range(5)),
    "reversed": lambda: reversed(xs),
}
for name, mk in its.items():
    it = mk()
    print(name, operator.length_hint(it), operator.length_hint(mk(), 7), list(mk()), tuple(mk()))

class M(map):
    def __length_hint__(self):
        return 42
print(operator.length_hint(M(str, xs)), list(M(str, xs)))
class G:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        return -1
try:
    list(G())
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda a, b: a * b, range(4), range(10, 14))), sorted(map(abs, [-3, 2, -1])))
