import traceback, sys, warnings, io
def inner(x):
    return 1 / x
def outer():
    try:
        inner(0)
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    outer()
except ValueError:
    s = traceback.format_exc()
    print(s)
    et, ev, tb = sys.exc_info()
    print(traceback.format_exception_only(et, ev))
    print(len(traceback.extract_tb(tb)), [f.name for f in traceback.extract_tb(tb)], traceback.extract_tb(tb)[0].lineno)
    print("".join(traceback.format_tb(tb)))
    print("".join(traceback.format_exception(et, ev, tb, chain=False)))
    print("".join(traceback.format_exception(ev, limit=1)))
    te = traceback.TracebackException.from_exception(ev)
    print(te.exc_type.__name__, str(te), "".join(te.format_exception_only()), te.stack[0].name if te.stack else None)
    fs = traceback.extract_tb(tb)[-1]
    print(fs.filename.endswith("tb2.py"), fs.line, fs.name, list(fs)[1:])
    for f, ln in traceback.walk_tb(tb): print(f.f_code.co_name, ln)
try:
    {}["k"]
except KeyError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=0, file=sys.stdout)
try:
    raise Exception("multi\nline")
except Exception as e:
    print("".join(traceback.format_exception_only(type(e), e)), end="")
    e.add_note("a note")
    print("".join(traceback.format_exception_only(type(e), e)), end="")
try:
    try:
        1/0
    except Exception:
        int("x")
except Exception:
    print(traceback.format_exc())
class MyErr(Exception):
    def __str__(self): return "custom str"
try: raise MyErr()
except MyErr: print(traceback.format_exc().splitlines()[-1])
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = (1,\n", 3, 7))))
print(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)]))
def stk(): return traceback.format_stack(limit=2)
print(len(stk()), traceback.extract_stack(limit=1)[0].name)
print(repr(traceback.format_exc()) if False else "", traceback.format_exception_only(ValueError, None), traceback.format_exception_only(None, None) if False else "")
buf = io.StringIO()
traceback.print_exception(ValueError("x"), file=buf); print(repr(buf.getvalue()))
traceback.print_exception(ValueError, ValueError("y"), None, file=sys.stdout)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn("user thing")
    warnings.warn(UserWarning("instance"))
    print([(str(x.message), x.category.__name__, x.lineno > 0, x.filename.endswith("tb2.py")) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try: warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e: print("raised", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silent")
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: print("SHOW", message, category.__name__, lineno)
warnings.warn("shown once")
for i in range(2): warnings.warn("dup")
warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip me"); warnings.warn("keep me")
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line text"))
try: warnings.warn("x", 5)
except TypeError as e: print(e)
try: warnings.simplefilter("bogus")
except (ValueError, AssertionError) as e: print(type(e).__name__, e)
