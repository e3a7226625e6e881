# exception objects: args, str/repr, attributes, notes, groups, with_traceback
import sys
def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
for cls in [Exception, ValueError, KeyError, IndexError, OSError, FileNotFoundError, UnicodeError, StopIteration, SystemExit, KeyboardInterrupt, AttributeError, NameError, ImportError, SyntaxError]:
    for args in [(), ("msg",), ("a", "b"), (1,), (None,), ((1, 2),)]:
        try:
            e = cls(*args)
            print(cls.__name__, args, "|", str(e), "|", repr(e), "|", e.args)
        except Exception as ex:
            print(cls.__name__, args, "| raised", type(ex).__name__, ex)
e = OSError(2, "No such file", "a.txt", None, "b.txt")
print(e.errno, e.strerror, e.filename, e.filename2, str(e), type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
print(OSError(1, 2, 3, 4, 5, 6).args, str(OSError("a", "b", "c")), repr(OSError()), OSError(5).errno)
se = StopIteration(1, 2); print(se.value, SystemExit(1, 2).code, SystemExit().code)
ae = AttributeError("m", name="n", obj=3); print(ae.name, ae.obj, NameError("x", name="y").name)
ie = ImportError("msg", name="mod", path="/p"); print(ie.name, ie.path, ie.msg, str(ie), repr(ie))
show("ImportError bad kw", lambda: ImportError(foo=1))
show("ValueError kw", lambda: ValueError(x=1))
sx = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 7)); print(sx.msg, sx.filename, sx.lineno, sx.offset, repr(sx.text), sx.end_lineno, sx.end_offset, str(sx))
ue = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte"); print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
show("UnicodeDecodeError bad", lambda: UnicodeDecodeError("utf-8"))
ex = ValueError("base")
ex.add_note("first"); ex.add_note("second"); print(ex.__notes__)
show("add_note int", lambda: ex.add_note(5))
ex.args = ("changed", 2); print(str(ex), repr(ex))
ex.args = "xyz"; print(ex.args)
show("args None", lambda: setattr(ex, "args", None))
ex2 = KeyError("k"); ex2.custom = 1; print(ex2.custom, ex2.__dict__)
show("cause non-exc", lambda: setattr(ex2, "__cause__", 5))
show("context non-exc", lambda: setattr(ex2, "__context__", "s"))
ex2.__cause__ = None; print(ex2.__suppress_context__, ex2.__cause__)
try:
    raise ValueError("tb")
except ValueError as v:
    tb = v.__traceback__
    e3 = RuntimeError("new").with_traceback(tb)
    print(e3.__traceback__ is tb, tb.tb_lineno, type(tb).__name__)
show("with_traceback bad", lambda: RuntimeError().with_traceback(5))
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
match_, rest = eg.split(ValueError); print(repr(match_), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))), eg.subgroup(OSError))
show("EG empty", lambda: ExceptionGroup("x", []))
show("EG non-seq", lambda: ExceptionGroup("x", 5))
show("EG base in non-base", lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
show("EG msg type", lambda: ExceptionGroup(1, [ValueError()]))
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), eg.derive([KeyError()]).message)
try:
    try:
        raise eg
    except* KeyError as k:
        print("caught keys", repr(k))
        raise
    except* TypeError:
        print("caught type")
except ExceptionGroup as final:
    print("remaining", repr(final))
def gen():
    try:
        yield 1
    finally:
        print("gen cleanup")
g = gen(); next(g); print(g.close(), g.gi_running, g.gi_frame)
def gen2():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g2 = gen2(); next(g2)
show("close ignoring exit", g2.close)
def gen3():
    return (yield)
g3 = gen3(); next(g3)
show("throw type+val", lambda: g3.throw(ValueError, ValueError("v")))
show("send to new", lambda: gen3().send(1))
print(sys.exc_info()[0], repr(BaseException.__new__(ValueError)), ValueError.__new__(ValueError, 1, 2).args)
