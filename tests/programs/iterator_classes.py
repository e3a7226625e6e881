"""Hand-written iterator classes: windows, peekable, chunked, iter(callable, sentinel) and exhaustion rules."""


class Peekable:
    _EMPTY = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._head = self._EMPTY

    def __iter__(self):
        return self

    def __next__(self):
        if self._head is not self._EMPTY:
            head, self._head = self._head, self._EMPTY
            return head
        return next(self._it)

    def peek(self, default=_EMPTY):
        if self._head is self._EMPTY:
            try:
                self._head = next(self._it)
            except StopIteration:
                if default is self._EMPTY:
                    raise
                return default
        return self._head

    def __bool__(self):
        return self.peek(None) is not None


class Window:
    def __init__(self, seq, size, step=1):
        if size < 1 or step < 1:
            raise ValueError("size and step must be >= 1")
        self.seq, self.size, self.step = seq, size, step

    def __iter__(self):
        for i in range(0, len(self.seq) - self.size + 1, self.step):
            yield self.seq[i:i + self.size]

    def __len__(self):
        return max(0, (len(self.seq) - self.size) // self.step + 1)

    def __reversed__(self):
        return reversed(list(self))


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


def chunked(iterable, n):
    it = iter(iterable)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                if chunk:
                    yield chunk
                return
        yield chunk


p = Peekable("abc")
print(p.peek(), next(p), p.peek(), list(p), p.peek("END"), bool(p))
try:
    p.peek()
except StopIteration:
    print("peek on empty raised StopIteration")

tokens = Peekable(["let", "x", "=", "1", "+", "2", ";"])
parsed = []
while tokens:
    tok = next(tokens)
    if tokens.peek(None) == "=":
        next(tokens)
        parsed.append(("assign", tok))
    else:
        parsed.append(tok)
print(parsed)

w = Window("abcdefg", 3, 2)
print(list(w), len(w), list(reversed(w)), len(Window("ab", 3)), list(Window([1, 2, 3, 4], 2)))
try:
    Window("abc", 0)
except ValueError as exc:
    print("ValueError:", exc)

c = Countdown(3)
print(list(c), list(c), sum(Countdown(100)), max(Countdown(5)), 2 in Countdown(3), 7 in Countdown(3))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
it = iter(range(10))
print(list(zip(*[it] * 3)))
print(list(chunked(range(7), 3)), list(chunked([], 2)), list(chunked("ab", 5)))

data = iter([5, 3, 0, 8])
print(list(iter(lambda: next(data), 0)))
lines = iter(["header", "a", "b", "", "c"])
print(list(iter(lines.__next__, "")), next(lines))
calls = []


def reader():
    calls.append(len(calls))
    return len(calls) if len(calls) < 4 else None


print(list(iter(reader, None)), calls)

gen = (x * x for x in range(4))
print(next(gen), list(gen), list(gen), next(gen, "exhausted"))
m = map(str.upper, ["a", "b"])
print(list(m), list(m))
e = enumerate("xy", 10)
print(next(e), list(e))
r = reversed([1, 2, 3])
print(next(r), list(r), type(r).__name__, type(iter("")).__name__, type(iter({})).__name__)


class BadIter:
    def __iter__(self):
        return 42


class NoNext:
    def __iter__(self):
        return self


for obj in [BadIter(), NoNext(), 3.5]:
    try:
        iter(obj)
        list(obj)
    except TypeError as exc:
        print("TypeError:", exc)


def gen_stop():
    yield 1
    raise StopIteration("inside generator")


try:
    list(gen_stop())
except RuntimeError as exc:
    print("RuntimeError:", exc, "| cause:", type(exc.__cause__).__name__)
dict_it = {"a": 1, "b": 2}
try:
    for k in dict_it:
        dict_it["c"] = 3
except RuntimeError as exc:
    print("RuntimeError:", exc)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as exc:
    print("RuntimeError:", exc)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.remove(v)
print(lst)
