# match: edge cases: deep nesting, hundreds of alternatives and cases, reordered or-pattern
# captures, yield in guards, exceptions inside patterns in try/finally, with blocks,
# nested matches, tuple and starred subjects, del of captures.
import sys
# deep nesting
for depth in (10, 50, 90):
    src = "match x:\n case " + "[" * depth + "y" + "]" * depth + ":\n  r = y\n"
    x = 5
    for _ in range(depth):
        x = [x]
    ns = {"x": x}
    exec(src, ns)
    print(depth, ns["r"])
# many alternatives
src = "match x:\n case " + " | ".join(str(i) for i in range(300)) + ":\n  r = 'hit'\n case _:\n  r = 'miss'\n"
for v in (0, 299, 300):
    ns = {"x": v}
    exec(src, ns)
    print(v, ns["r"])
# many captures in or-patterns reordered
src = "match x:\n case [a, b, c, d, e] | (e, d, c, b, a, _):\n  r = (a, b, c, d, e)\n"
for v in ([1, 2, 3, 4, 5], (1, 2, 3, 4, 5, 6)):
    ns = {"x": v}
    exec(src, ns)
    print(ns["r"])
# many cases
src = "def f(x):\n match x:\n" + "".join(f"  case {i}:\n   return {i * 2}\n" for i in range(500)) + "  case _:\n   return -1\n"
ns = {}
exec(src, ns)
print(ns["f"](0), ns["f"](499), ns["f"](500))
# yield inside guard and body
def gen(items):
    for it in items:
        match it:
            case [x, y] if (yield ("guard", x)):
                yield ("matched", x, y)
            case _:
                yield ("default", it)
g = gen([[1, 2], [3, 4], 5])
out = [next(g)]
try:
    out.append(g.send(True))
    out.append(g.send(None))
    out.append(g.send(False))
    out.append(g.send(None))
except StopIteration:
    pass
print(out)
# exception during pattern inside try: stack unwound properly
class Boom:
    __match_args__ = ("v",)
    @property
    def v(self):
        raise RuntimeError("boom")
def risky(o):
    try:
        match o:
            case [a, b]:
                return "seq"
            case Boom(v):
                return "boom?"
    except RuntimeError as e:
        return "caught " + str(e)
    finally:
        print("  finally")
print(risky(Boom()), risky([1, 2]))
# return/break inside with inside match
class CM:
    def __enter__(self): print("  enter"); return self
    def __exit__(self, *a): print("  exit"); return False
def w(x):
    match x:
        case int(n):
            with CM():
                return n * 2
print(w(21))
for i in range(3):
    match i:
        case 1:
            with CM():
                break
print("i =", i)
# match on the result of a walrus
if (n := 3):
    match n:
        case 3:
            print("three")
# nested match statements
def nested(a, b):
    match a:
        case int():
            match b:
                case int():
                    return "int,int"
                case _:
                    return "int,other"
        case _:
            return "other"
print(nested(1, 2), nested(1, "x"), nested("a", 1))
# subject is a tuple expression
match 1, 2:
    case (a, b):
        print("tuple subject", a, b)
match *[1, 2], 3:
    case [1, *rest]:
        print("starred subject", rest)
# case bodies with del of captured names
match [1, 2]:
    case [p, q]:
        del p
try:
    p
except NameError as e:
    print("NameError", e)
print(q)
for depth in (150, 199, 200, 201, 1000):
    src = "match x:\n case " + "[" * depth + "y" + "]" * depth + ":\n  r = y\n"
    try:
        compile(src, "s", "exec")
        print(depth, "ok")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(depth, type(e).__name__, e)
src = "match x:\n case " + "C(" * 100 + ")" * 100 + ":\n  pass\n"
try:
    compile(src, "s", "exec"); print("class nest ok")
except Exception as e: print(type(e).__name__, e)
src = "match x:\n case " + "{'a': " * 100 + "1" + "}" * 100 + ":\n  pass\n"
try:
    compile(src, "s", "exec"); print("map nest ok")
except Exception as e: print(type(e).__name__, e)
src = "match x:\n case " + " | ".join(f"[{i}, y]" for i in range(2000)) + ":\n  pass\n"
try:
    compile(src, "s", "exec"); print("or ok")
except Exception as e: print(type(e).__name__, e)

# Private names in patterns are mangled; class-pattern keyword names are not.
class C:
    __secret = 5
    def f(self, v):
        match v:
            case [__x, *__rest]:
                return __x, __rest, sorted(k for k in locals())
    def g(self, v):
        match v:
            case C(_C__secret=s):
                return ("mangled attr", s)
            case C(__secret=s):
                return ("plain", s)
            case _:
                return "no"
    def h(self, v):
        match v:
            case {"k": __val, **__others}:
                return __val, __others
print(C().f([1, 2, 3]))
print(C().g(C()))
print(C().h({"k": 1, "j": 2}))

class D:
    __secret = 5

    def g(self, v):
        match v:
            case D(__secret=s):
                return ('plain', s)
            case _:
                return 'keyword attribute not mangled'


print(D().g(D()))
