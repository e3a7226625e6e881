a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) != id(c))
print(None is None, True is True, type(()) is tuple)
x = 256; y = 256
print(x is y or True, x == y)
s1 = "hello"; s2 = "hel" + "lo"
print(s1 == s2)
print(object() == object(), object() != object())
o = object()
print(o == o, hash(o) == hash(o), isinstance(id(o), int))
def f(): pass
print(f is f, f == f, f.__name__)
print([] is not [], {} == {}, ([] == []) is True)
