# setting and deleting attributes of built-in objects and types
class MyInt(int): pass
class Plain: pass
cases = [
    ("set int.real", lambda: setattr(5, "real", 1)), ("del int.real", lambda: delattr(5, "real")),
    ("del subclass real", lambda: delattr(MyInt(5), "real")), ("set float.imag", lambda: setattr(1.5, "imag", 2)),
    ("set list attr", lambda: setattr([], "x", 1)), ("del list attr", lambda: delattr([], "x")),
    ("set int type attr", lambda: setattr(int, "x", 1)), ("del int type attr", lambda: delattr(int, "real")),
    ("del str method", lambda: delattr(str, "upper")), ("set object attr", lambda: setattr(object, "y", 1)),
    ("set function attr", lambda: (setattr(len, "x", 1))), ("del None attr", lambda: delattr(None, "x")),
    ("set MyInt attr", lambda: (setattr(MyInt, "x", 1), MyInt.x)), ("del MyInt attr", lambda: (delattr(MyInt, "x"), hasattr(MyInt, "x"))),
    ("del MyInt missing", lambda: delattr(MyInt, "nope")), ("set Plain inst", lambda: (setattr(Plain(), "a", 1))),
    ("del Plain missing", lambda: delattr(Plain(), "a")), ("set __class__ bad", lambda: setattr(Plain(), "__class__", 5)),
    ("set __dict__ bad", lambda: setattr(Plain(), "__dict__", 5)), ("set __name__ type", lambda: (setattr(Plain, "__name__", "P2"), Plain.__name__)),
    ("set __name__ bad", lambda: setattr(Plain, "__name__", 5)), ("set __doc__ int", lambda: setattr(int, "__doc__", "x")),
    ("exc args set", lambda: setattr(Exception(), "args", 1)), ("exc args tuple", lambda: (lambda e: (setattr(e, "args", [1, 2]), e.args))(Exception())),
    ("func __name__", lambda: (lambda f: (setattr(f, "__name__", "g"), f.__name__))(lambda: 0)), ("func __name__ bad", lambda: setattr(lambda: 0, "__name__", 1)),
    ("func __code__ bad", lambda: setattr(lambda: 0, "__code__", 1)), ("func __defaults__ bad", lambda: setattr(lambda: 0, "__defaults__", 1)),
    ("func __kwdefaults__ bad", lambda: setattr(lambda: 0, "__kwdefaults__", 1)), ("func __dict__ bad", lambda: setattr(lambda: 0, "__dict__", 1)),
    ("method attr", lambda: setattr(Plain().__init__, "x", 1)), ("bool attr", lambda: setattr(True, "x", 1)),
]
for label, fn in cases:
    try:
        r = fn()
        print(label, "-> ok", r)
    except (AttributeError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)
print((5).real, int.real.__class__.__name__, hasattr(str, "upper"))
