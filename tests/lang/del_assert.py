x = 1
del x
try:
    x
except NameError as e:
    print("NameError", e)
l = [0, 1, 2, 3, 4, 5]
del l[0]
del l[::2]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
a, b = 1, 2
del a, b
class O: pass
o = O()
o.v = 1
del o.v
print(hasattr(o, "v"))
try:
    del o.v
except AttributeError as e:
    print("AttributeError", e)
assert True
assert 1 == 1, "fine"
try:
    assert 1 == 2, "custom message"
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e))
try:
    del undefined_name
except NameError as e:
    print("NameError", e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
l2 = [1, 2]
try:
    del l2[5]
except IndexError as e:
    print("IndexError", e)
