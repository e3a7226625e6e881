# BlockingIOError's third argument is characters_written when it is an int (args kept
# whole); OSError and its built-in subclasses refuse keyword arguments.
for e in [BlockingIOError(11, "busy", 5), BlockingIOError(11, "busy"), BlockingIOError(11, "busy", "file"), OSError(11, "busy", 5), BlockingIOError(11, "b", 7, None, "f2"), BlockingIOError(11, "b", True)]:
    print(type(e).__name__, repr(e), str(e), e.args, e.filename, getattr(e, "characters_written", "unset"))
e = BlockingIOError(11, "b", 3)
e.characters_written += 2
print(e.characters_written)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print("EXC", type(e).__name__, e)
t(lambda: OSError(x=1))
t(lambda: OSError(2, "m", filename="f"))
t(lambda: FileNotFoundError(x=1))
class MyErr(OSError): pass
t(lambda: MyErr(1, "m", x=2))
class KwErr(OSError):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code
t(lambda: (KwErr("m", code=3), KwErr("m", code=3).code))
class BadKw(OSError):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
t(lambda: BadKw(1, k=2))
