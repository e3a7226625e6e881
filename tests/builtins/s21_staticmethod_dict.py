# staticmethod/classmethod copy the wrapped callable's __module__, __name__,
# __qualname__, __doc__ and __annotations__ into their own __dict__ (3.10+): later
# changes on either side stay apart.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def g(a: int) -> str:
    "doc of g"


sm = staticmethod(g)
cm = classmethod(g)
t(lambda: sm.__dict__)
t(lambda: cm.__dict__)
t(lambda: sm.__annotations__ is g.__annotations__)
g.__doc__ = 'changed'
t(lambda: sm.__doc__)
sm.__doc__ = 'mine'
t(lambda: sm.__doc__)
sm.__name__ = 'renamed'
t(lambda: (sm.__name__, g.__name__, cm.__name__))
t(lambda: sorted(staticmethod(len).__dict__))
t(lambda: staticmethod(len).__name__)


class C:
    @staticmethod
    def s():
        "sdoc"

    @classmethod
    def c(cls):
        pass


t(lambda: C.__dict__['s'].__dict__)
t(lambda: C.__dict__['c'].__qualname__)
t(lambda: C.__dict__['c'].__wrapped__ is C.c.__func__)
t(lambda: (C.s(), C.c()))


class Obj:
    pass


o = Obj()
o.__name__ = 'objname'
t(lambda: staticmethod(o).__dict__)
t(lambda: vars(staticmethod(g)) == staticmethod(g).__dict__)
del sm.__name__
t(lambda: sm.__name__)
t(lambda: sm.__func__ is g)
