"""Resource lifetimes: __del__, weak references with callbacks, a weak cache and observers."""
import weakref


class Connection:
    opened = 0

    def __init__(self, host):
        self.host = host
        Connection.opened += 1
        print(f"open  {host}")

    def __del__(self):
        print(f"close {self.host}")

    def __repr__(self):
        return f"<Connection {self.host}>"


class Pool:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()

    def get(self, host):
        conn = self._cache.get(host)
        if conn is None:
            conn = Connection(host)
            self._cache[host] = conn
        return conn

    def alive(self):
        return sorted(self._cache.keys())


def scoped():
    c = Connection("scoped.local")
    print("using", c)


print("== scopes")
scoped()
print("after scoped()")
c = Connection("a")
c = Connection("b")
print("rebound c")
del c
print("after del c")

print("== pool")
pool = Pool()
x = pool.get("db1")
y = pool.get("db1")
z = pool.get("db2")
print(x is y, pool.alive(), Connection.opened)
del x
print("del x:", pool.alive())
del y
print("del y:", pool.alive())
z = None
print("z=None:", pool.alive())

print("== callbacks")
log = []


def on_gone(ref):
    log.append("gone")
    print("  callback; ref() ->", ref())


target = Connection("cb-host")
r = weakref.ref(target, on_gone)
print(r() is target, weakref.getweakrefcount(target))
del target
print("log:", log, "r():", r())

print("== finalize")
victim = Connection("fin-host")
fin = weakref.finalize(victim, print, "  finalizer:", "cleanup done")
print("alive:", fin.alive)
del victim
print("alive:", fin.alive, fin())

print("== observers")


class Subject:
    def __init__(self):
        self.observers = weakref.WeakSet()

    def notify(self, msg):
        for o in sorted(self.observers, key=lambda o: o.name):
            o.update(msg)


class Observer:
    def __init__(self, name):
        self.name = name

    def update(self, msg):
        print(f"  {self.name} got {msg!r}")


s = Subject()
o1, o2, o3 = Observer("one"), Observer("two"), Observer("three")
for o in (o1, o2, o3):
    s.observers.add(o)
s.notify("first")
del o2
s.notify("second")
print(len(s.observers))
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
conns = [Connection(f"list-{i}") for i in range(3)]
conns.clear()
print("cleared list")
tmp = Connection("last")
del tmp
print("done")
