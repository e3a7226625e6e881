# d[k] with a str or int key on an exact dict is looked up without the general
# protocol; every other case must behave exactly as before.


class Missing(dict):
    def __missing__(self, key):
        return "missing " + repr(key)


class Item(dict):
    def __getitem__(self, key):
        return "item " + repr(key)


class S(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        print("S.__eq__", repr(other))
        return str.__eq__(self, other)


class Collide:
    def __hash__(self):
        return hash("k")

    def __eq__(self, other):
        print("Collide.__eq__", repr(other))
        return other == "k"


def main():
    d = {"k": 1, 2: "two", -1: "minus one", True: "true", (1, 2): "pair"}
    for _ in range(3):
        print(d["k"], d[2], d[-1], d[1], d[True], d[1.0], d[(1, 2)])
    k = "k"
    print(d[k], d["".join(["k"])])
    for key in ("nope", 3, 2.5, (1, 3)):
        try:
            d[key]
        except KeyError as e:
            print("KeyError", e)
    try:
        d[[1]]
    except TypeError as e:
        print("TypeError", e)
    m = Missing(a=1)
    print(m["a"], m["b"], m[5])
    it = Item(a=1)
    print(it["a"], it[0])
    s = {S("x"): "s-key"}
    print(s["x"])
    e = {Collide(): "collide"}
    print(e["k"])
    big = {i: i * i for i in range(1000)}
    print(big[999], big[-0], sum(big[i] for i in range(0, 1000, 100)))
    words = {w: len(w) for w in "the quick brown fox".split()}
    print([words[w] for w in "fox the quick".split()])
    nan = float("nan")
    n = {nan: "nan"}
    print(n[nan])
    u = {"é": 1, "日本": 2}
    print(u["é"], u["日本"])


main()
