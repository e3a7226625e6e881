class AppError(Exception):
    """Base app error."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Invalid(AppError, ValueError):
    pass
def lookup(k):
    if k == "bad": raise Invalid("bad key")
    if k != "ok": raise NotFound(k)
    return "found"
for k in ["ok", "missing", "bad"]:
    try:
        print(lookup(k))
    except NotFound as e:
        print("NotFound", e, e.what, e.args)
    except ValueError as e:
        print("ValueError via Invalid", e, isinstance(e, AppError), type(e).__mro__[1:3])
print(AppError.__doc__, repr(NotFound("x")), str(Invalid()), repr(Invalid()))
class WithRepr(Exception):
    def __repr__(self): return "WithRepr!"
print(repr(WithRepr("a")), str(WithRepr("a")))
class Rich(Exception):
    def __init__(self, code, msg):
        self.code, self.msg = code, msg
        super().__init__(code, msg)
    def __str__(self): return f"[{self.code}] {self.msg}"
try:
    raise Rich(404, "nope")
except Rich as e:
    print(e, e.args, e.code)
import pickle
e2 = pickle.loads(pickle.dumps(NotFound("thing")))
print(type(e2).__name__, e2.args) if False else print("pickle skipped")
try:
    try:
        raise NotFound("inner")
    except AppError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "<-", e.__cause__, type(e.__cause__).__name__)
