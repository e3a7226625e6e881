import traceback, sys, io
def inner():
    raise ValueError("bad value")
def outer():
    inner()
try:
    outer()
except ValueError:
    s = traceback.format_exc()
    print(s)
    et, ev, tb = sys.exc_info()
    print(traceback.format_exception_only(et, ev))
    print(len(traceback.extract_tb(tb)), [f.name for f in traceback.extract_tb(tb)], [f.lineno for f in traceback.extract_tb(tb)])
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == s)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError as e:
    print("".join(traceback.format_exception(e)))
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)))
    buf = io.StringIO()
    traceback.print_exception(e, file=buf, limit=1)
    print(buf.getvalue())
print(traceback.format_exception_only(ValueError("x")), traceback.format_exception_only(SyntaxError("bad", ("f.py", 1, 3, "a b c\n"))))
def f():
    return traceback.format_stack()
print(f()[-1].strip().splitlines()[-1])
te = traceback.TracebackException.from_exception(ValueError("te"))
print(list(te.format()))
print(traceback.extract_stack()[-1].name, traceback.extract_stack()[-1].line)
try:
    exec("x = (")
except SyntaxError:
    print(traceback.format_exc())
