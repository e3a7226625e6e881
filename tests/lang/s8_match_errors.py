# match: the compile-time errors (SyntaxError message, line and columns) and run-time
# errors of the match statement.

SOURCES = [
    # unreachable cases
    "match x:\n case y: pass\n case 1: pass",
    "match x:\n case _: pass\n case 1: pass",
    "match x:\n case y | 1: pass",
    "match x:\n case (y as z) | z: pass",
    "match x:\n case [y] if y: pass\n case z: pass\n case 2: pass",
    "match x:\n case (y): pass\n case 2: pass",
    "match x:\n case y as z: pass\n case 2: pass",
    "match x:\n case 1 | _: pass\n case 2: pass",
    "match x:\n    case 1:\n        pass\n    case other:\n        pass\n    case 2:\n        pass",
    # alternatives binding different names
    "match x:\n case 1 | y: pass",
    "match x:\n case [a] | b: pass",
    "match x:\n case [a, b] | [b, c]: pass",
    "match x:\n case {'k': a} | {'j': b}: pass",
    # repeated names, keys and attributes
    "match x:\n case [a, a]: pass",
    "match x:\n case [a, *a]: pass",
    "match x:\n case {'x': y, **y}: pass",
    "match x:\n case (a, (b, a)): pass",
    "match x:\n case [a, (1 | 2) as a]: pass",
    "match x:\n case {'a': 1, 'a': 2}: pass",
    "match x:\n case {0: _, False: _}: pass",
    "match x:\n case {1.0: _, 1: _}: pass",
    "match x:\n case {b'k': _, b'k': _}: pass",
    "match x:\n case C(a=1, a=2): pass",
    "match x:\n case C(1, b=1, c=2, b=3): pass",
    # other
    "match x:\n case [*a, *b]: pass",
    "match x:\n case __debug__: pass",
    "match x:\n case C(__debug__=1): pass",
    "match x:\n case f'x': pass",
    # fine
    "match x:\n case a.b(): pass",
    "match x:\n case -1j: pass",
    "match x:\n case 0 - 1j: pass",
    "match x:\n case A(b=z) | A(c=z, d=_): pass",
    "match x:\n case _:\n  pass",
    "match x:\n case y if y:\n  pass\n case z:\n  pass",
]

for src in SOURCES:
    try:
        compile(src, "<match>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(repr(src))
        print("   ", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))


# A SyntaxError from exec shows the offending line.
try:
    exec("def f(v):\n    match v:\n        case [a, a]:\n            pass\n")
except SyntaxError as e:
    print(type(e).__name__, e)
    print(repr(e.text), e.lineno, e.offset)


# Run-time errors show up as ordinary exceptions with a traceback entry.
import traceback


class Strict:
    __match_args__ = ()


def use(v):
    match v:
        case Strict(a):
            return a


try:
    use(Strict())
except TypeError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(lines[-4:]))
