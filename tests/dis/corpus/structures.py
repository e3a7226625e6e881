# Comprehensions, closures, classes, generators, exceptions, with.


def squares(n):
    return [i * i for i in range(n)]


def evens(items):
    return {x for x in items if x % 2 == 0}


def index(items):
    return {k: v for k, v in enumerate(items)}


def gen_sum(items):
    return sum(x for x in items)


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


def adder(k):
    return lambda x: x + k


def fib_gen(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b


def delegate(items):
    yield from items
    return len(items)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)


class Child(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None


def try_finally(f):
    try:
        f()
    finally:
        print("done")


def try_full(f):
    try:
        x = f()
    except (ValueError, TypeError) as e:
        print(e)
        x = None
    else:
        print("ok")
    finally:
        print("end")
    return x


def read_file(path):
    with open(path) as f:
        return f.read()


def write_lines(path, lines):
    with open(path, "w") as f:
        for line in lines:
            f.write(line + "\n")


def walrus(items):
    if (n := len(items)) > 3:
        return n
    return 0


def nested_function(x):
    def inner(y):
        return x + y
    return inner(1)


def decorated(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@decorated
def greet(name):
    return "hello " + name


def word_count(texts):
    counts = {}
    for text in texts:
        for word in text.split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def merge(dicts):
    total = {}
    for d in dicts:
        for k, v in d.items():
            total[k] = total.get(k, 0) + v
    return total


def worker(lock, out, n):
    for i in range(n):
        with lock:
            print("thread", n, "line", i, file=out)


def sorted_by_len(words):
    return sorted(words, key=len, reverse=True)


def slices(s):
    return s[1:], s[:-1], s[::-1], s[1:3]
