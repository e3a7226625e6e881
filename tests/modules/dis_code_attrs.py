# Code objects: every co_* attribute, co_lines(), co_positions(), replace(), types.CodeType.
import types


def sample(a, b, /, c, *args, d=4, **kw):
    "doc of sample"
    x = a + b
    y = [c * 2 for c in args]

    def inner():
        return x + d
    return inner, y


def gen():
    yield 1


def closure_user():
    z = 1

    def get():
        return z
    return get


co = sample.__code__
for name in ("co_name", "co_qualname", "co_filename", "co_firstlineno", "co_argcount",
             "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_varnames",
             "co_cellvars", "co_freevars", "co_names", "co_flags", "co_stacksize"):
    print(name, repr(getattr(co, name)))
print("co_consts", [c.co_name if isinstance(c, types.CodeType) else c for c in co.co_consts])
print("nested", [c.co_qualname for c in co.co_consts if isinstance(c, types.CodeType)])
print("co_code", type(co.co_code).__name__, len(co.co_code) % 2, len(co.co_code) > 20)
print("co_code of empty", (lambda: None).__code__.co_code.hex())
print("gen flags", gen.__code__.co_flags, closure_user.__code__.co_cellvars)
print("free", closure_user().__code__.co_freevars, closure_user().__code__.co_flags)
print(isinstance(co, types.CodeType), type(co) is types.CodeType, type(co).__name__)

# co_lines: (start, end, line) triples covering the code; co_positions: one per code unit
lines = list(co.co_lines())
print("co_lines", lines[0], lines[-1][1] == len(co.co_code))
print("lines seen", sorted(set(l for _, _, l in lines if l is not None)))
pos = list(co.co_positions())
print("co_positions", len(pos) == len(co.co_code) // 2, pos[1])
print([p for p in (lambda q: q.attr).__code__.co_positions()])

# compile() gives code objects too
m = compile("x = 1\ndef f(y):\n    return y + x\n", "<mod>", "exec")
print(m.co_name, m.co_filename, m.co_names, m.co_firstlineno, m.co_flags)
e = compile("a + 1", "<expr>", "eval")
print(e.co_name, e.co_names, e.co_consts, list(e.co_lines()))
print(eval(e, {"a": 41}))

# replace(): every keyword field
r = co.replace(co_name="renamed", co_qualname="Q.renamed", co_filename="other.py",
               co_firstlineno=100)
print(r.co_name, r.co_qualname, r.co_filename, r.co_firstlineno, co.co_name)
print(r is co, r == co, r.co_code == co.co_code, r.co_consts == co.co_consts)
r2 = co.replace(co_consts=co.co_consts, co_names=co.co_names, co_varnames=co.co_varnames,
                co_freevars=co.co_freevars, co_cellvars=co.co_cellvars,
                co_argcount=co.co_argcount, co_posonlyargcount=co.co_posonlyargcount,
                co_kwonlyargcount=co.co_kwonlyargcount, co_nlocals=co.co_nlocals,
                co_stacksize=co.co_stacksize, co_flags=co.co_flags, co_code=co.co_code,
                co_linetable=co.co_linetable, co_exceptiontable=co.co_exceptiontable)
print(r2.co_varnames == co.co_varnames, r2.co_code == co.co_code, r2.co_stacksize)


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


# a function from a code object with swapped constants / names / code
k = (lambda: "old").__code__
f = types.FunctionType(k.replace(co_consts=k.co_consts[:-1] + ("new",)), {})
print(f())
g = types.FunctionType(add.__code__.replace(co_code=sub.__code__.co_code), {})
print(g(10, 3))
h = types.FunctionType((lambda: len).__code__.replace(co_names=("abs",)), {"abs": abs})
print(h()(-5))
ar = add.__code__.replace(co_varnames=("p", "q"))
print(ar.co_varnames, types.FunctionType(ar, {})(2, 3))
for bad in ({"co_name": 1}, {"co_argcount": "x"}, {"co_consts": [1]}, {"co_nonsense": 1}):
    try:
        co.replace(**bad)
    except TypeError as exc:
        print("TypeError", exc)
try:
    co.replace(1)
except TypeError as exc:
    print("TypeError", exc)
