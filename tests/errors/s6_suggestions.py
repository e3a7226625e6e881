# "Did you mean" suggestions in uncaught tracebacks (printed by the traceback machinery)
import traceback
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3
        self._secret = 1
    def connect(self): pass
def check(fn):
    try:
        fn()
    except Exception as e:
        print(traceback.format_exception_only(type(e), e)[-1], end="")
cfg = Config()
length = 5
check(lambda: cfg.timout)
check(lambda: cfg.retry)
check(lambda: cfg.conect())
check(lambda: cfg.secret)
check(lambda: cfg.zzzzzzzzzz)
check(lambda: lenght)
check(lambda: pirnt)
check(lambda: Config.conect)
check(lambda: "abc".uppr())
check(lambda: [].apend(1))
check(lambda: {}.iterms())
import math
check(lambda: math.sqr(4))
check(lambda: math.piee)
def inner():
    counter = 1
    return countr
check(inner)
check(lambda: __import__("collections").OrderDict)
check(lambda: int.form_bytes)
check(lambda: None.x)
check(lambda: Exception().ags)
class Slots:
    __slots__ = ("alpha", "beta")
check(lambda: Slots().alpha)
check(lambda: Slots().alpah)
def uses_self():
    class K:
        def __init__(self): self.value = 1
        def get(self): return value
    return K().get()
check(uses_self)
cfg.retires
