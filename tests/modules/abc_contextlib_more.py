import abc, contextlib
class Plugin(abc.ABC):
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if not getattr(cls, "__abstractmethods__", None):
            Plugin.registry.append(cls.__name__)
    @abc.abstractmethod
    def run(self): ...
    @classmethod
    @abc.abstractmethod
    def kind(cls): ...
class Good(Plugin):
    def run(self): return "good run"
    @classmethod
    def kind(cls): return "good"
class Partial(Plugin):
    def run(self): return "partial"
print(Plugin.registry, Good().run(), Good.kind(), sorted(Partial.__abstractmethods__))
try:
    Partial()
except TypeError as e:
    print("TypeError", e)
@contextlib.contextmanager
def timer_like(name, log):
    log.append("start " + name)
    try:
        yield len(log)
    except ValueError as e:
        log.append("handled " + str(e))
    else:
        log.append("ok " + name)
    finally:
        log.append("end " + name)
log = []
with timer_like("a", log) as n:
    pass
with timer_like("b", log):
    raise ValueError("bad")
print(log, n)
with contextlib.ExitStack() as st:
    files = [st.enter_context(contextlib.nullcontext(i)) for i in range(3)]
    print(files)
class Tracked(contextlib.ContextDecorator):
    def __enter__(self): print("enter tracked"); return self
    def __exit__(self, *e): print("exit tracked"); return False
@Tracked()
def decorated(x): print("body", x); return x * 2
print(decorated(4))
with contextlib.suppress(KeyError):
    {}["x"]
    print("not reached")
print("after suppress")
cm = contextlib.chdir if hasattr(contextlib, "chdir") else None
import os
before = os.getcwd()
with contextlib.chdir(".."):
    changed = os.getcwd() != before
print(changed, os.getcwd() == before)
