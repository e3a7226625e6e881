def g():
    a = 1
    l = locals()
    b = 2
    print(sorted(l))
    locals()
    print(sorted(l))
    del a
    print(sorted(locals()), locals() is l)
    exec("c = b * 10")
    print(l["c"], sorted(locals()))
def h(x):
    def inner():
        return x
    exec("z = x + 1")
    return sorted(locals()), locals()["z"]
g()
print(h(4))
