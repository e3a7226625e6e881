"""Event system built on __init_subclass__ registries and decorators."""
import functools


class Event:
    registry = {}
    priority = 0

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.event_name = name or cls.__name__.lower()
        cls.priority = priority
        Event.registry[cls.event_name] = cls

    def __init__(self, **payload):
        self.payload = payload

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(self.payload.items()))
        return f"{type(self).__name__}({items})"


class UserCreated(Event, name="user.created", priority=5):
    pass


class UserDeleted(Event, name="user.deleted", priority=9):
    pass


class Tick(Event):
    pass


class Bus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def on(self, event_name, *, once=False):
        def decorator(fn):
            @functools.wraps(fn)
            def wrapper(event):
                result = fn(event)
                if once:
                    self.handlers[event_name].remove(wrapper)
                return result
            wrapper.once = once
            self.handlers.setdefault(event_name, []).append(wrapper)
            return wrapper
        return decorator

    def emit(self, event):
        results = []
        for handler in list(self.handlers.get(event.event_name, [])):
            try:
                results.append((handler.__name__, handler(event)))
            except Exception as exc:
                results.append((handler.__name__, f"{type(exc).__name__}: {exc}"))
        self.log.append((event.priority, event.event_name, len(results)))
        return results


bus = Bus()


@bus.on("user.created")
def greet(event):
    """Say hello."""
    return f"hello {event.payload['name']}"


@bus.on("user.created", once=True)
def audit_first(event):
    return f"first user was {event.payload['name']}"


@bus.on("user.deleted")
def farewell(event):
    return event.payload["name"].upper() + "!"


@bus.on("tick")
def boom(event):
    return 1 / event.payload["n"]


print(sorted(Event.registry))
print(greet.__name__, greet.__doc__, greet.once, audit_first.once)
for cls in sorted(Event.registry.values(), key=lambda c: (-c.priority, c.event_name)):
    print(f"{cls.event_name:>14} priority={cls.priority} mro={[k.__name__ for k in cls.__mro__]}")

events = [
    UserCreated(name="ann", age=31),
    UserCreated(name="bob"),
    UserDeleted(name="ann"),
    Tick(n=4),
    Tick(n=0),
    Event.registry["user.deleted"](name="zed", reason="spam"),
]
for ev in events:
    print(repr(ev), "->", bus.emit(ev))

print(sorted(bus.log, reverse=True))
print({name: len(hs) for name, hs in sorted(bus.handlers.items())})

try:
    class Bad(Event, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Plugin:
    plugins = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if not cls.__name__.startswith("_"):
            Plugin.plugins.append(cls)

    @classmethod
    def describe(cls):
        return f"{cls.__qualname__}:{getattr(cls, 'version', '?')}"


class _Hidden(Plugin):
    pass


class Alpha(Plugin):
    version = 1


class Beta(Alpha):
    version = 2

    class Inner(Plugin):
        pass


print([p.describe() for p in Plugin.plugins])
print(Beta.Inner.__qualname__, Beta.Inner.__module__)
