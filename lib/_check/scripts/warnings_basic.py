import warnings, sys, io
def f():
    warnings.warn("plain warning")
f()
f()   # default action: shown once per location
warnings.warn("dep", DeprecationWarning)           # shown: __main__
def g():
    warnings.warn("dep in g", DeprecationWarning, stacklevel=2)
g()
warnings.warn("pending", PendingDeprecationWarning)   # ignored
warnings.warn(RuntimeWarning("instance"))
class MyW(UserWarning):
    pass
warnings.warn("custom", MyW)
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1")
    warnings.warn("rec2", DeprecationWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno, str(w[0]).split(',')[0])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print('raised', repr(e))
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="ign.*")
    warnings.warn("ignore me")
    warnings.warn("shown: not ignored")
with warnings.catch_warnings():
    warnings.filterwarnings("error", message="CASE")
    try:
        warnings.warn("case insensitive match")
    except UserWarning:
        print("message regex is case-insensitive")
with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("once only")
with warnings.catch_warnings():
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("module once")
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line text"))
print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 3)))
buf = io.StringIO()
warnings.showwarning("shown", UserWarning, "x.py", 5, file=buf, line="code()")
print(repr(buf.getvalue()))
old = warnings.showwarning
def mysw(message, category, filename, lineno, file=None, line=None):
    print("custom showwarning:", message, category.__name__, lineno)
warnings.showwarning = mysw
warnings.warn("via custom")
warnings.showwarning = old
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
warnings.warn_explicit("explicit2", UserWarning, "somefile.py", 43, module="m", registry={})
print([ (a, c.__name__, ln) for a, m, c, mod, ln in warnings.filters])
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset pending", PendingDeprecationWarning)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print('AssertionError', e)
sys.stderr.flush()
