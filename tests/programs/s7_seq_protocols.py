"""A doubly linked list and a ring buffer implementing the full sequence protocol with slices."""
from collections.abc import MutableSequence, Sequence
import itertools


class Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value, self.prev, self.next = value, None, None


class LinkedList(MutableSequence):
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        self.extend(items)

    def _node(self, i):
        if isinstance(i, bool) or not isinstance(i, int):
            raise TypeError(f"indices must be integers or slices, not {type(i).__name__}")
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        if i < self.size // 2:
            n = self.head
            for _ in range(i):
                n = n.next
        else:
            n = self.tail
            for _ in range(self.size - 1 - i):
                n = n.prev
        return n

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(self[j] for j in range(*i.indices(self.size)))
        return self._node(i).value

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            items = list(self)
            items[i] = value
            self.clear()
            self.extend(items)
            return
        self._node(i).value = value

    def __delitem__(self, i):
        if isinstance(i, slice):
            for j in sorted(range(*i.indices(self.size)), reverse=True):
                del self[j]
            return
        n = self._node(i)
        if n.prev:
            n.prev.next = n.next
        else:
            self.head = n.next
        if n.next:
            n.next.prev = n.prev
        else:
            self.tail = n.prev
        self.size -= 1

    def insert(self, i, value):
        new = Node(value)
        if i < 0:
            i = max(0, i + self.size)
        i = min(i, self.size)
        if self.size == 0:
            self.head = self.tail = new
        elif i == self.size:
            new.prev, self.tail.next, self.tail = self.tail, new, new
        else:
            at = self._node(i)
            new.next, new.prev = at, at.prev
            if at.prev:
                at.prev.next = new
            else:
                self.head = new
            at.prev = new
        self.size += 1

    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next

    def __reversed__(self):
        n = self.tail
        while n:
            yield n.value
            n = n.prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        if not isinstance(other, (LinkedList, list)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))


class Ring(Sequence):
    def __init__(self, capacity):
        self.buf = [None] * capacity
        self.start = self.count = 0

    def push(self, x):
        end = (self.start + self.count) % len(self.buf)
        self.buf[end] = x
        if self.count == len(self.buf):
            self.start = (self.start + 1) % len(self.buf)
        else:
            self.count += 1

    def __len__(self):
        return self.count

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.count))]
        if i < 0:
            i += self.count
        if not 0 <= i < self.count:
            raise IndexError("ring index out of range")
        return self.buf[(self.start + i) % len(self.buf)]

    def __repr__(self):
        return f"Ring({list(self)}, cap={len(self.buf)})"


ll = LinkedList("abcde")
print(ll, len(ll), ll[0], ll[-1], ll[1:4], ll[::-2], ll[10:], list(reversed(ll)))
ll.append("f")
ll.insert(0, "start")
ll.insert(-1, "pen")
ll.insert(100, "end")
print(ll)
del ll[0]
del ll[-1]
del ll[::3]
print(ll, len(ll))
ll[1:3] = ["X", "Y", "Z"]
ll[0] = "first"
print(ll, "Z" in ll, ll.index("Z"), ll.count("Y"), ll == list(ll), ll == LinkedList(ll), ll == "abc")
ll.reverse()
print(ll, ll.pop(), ll.pop(0), ll)
ll.remove("Y")
ll += ["p", "q"]
print(ll, sorted(ll), min(ll), "".join(ll))
for bad in [lambda: ll[99], lambda: ll["x"], lambda: ll.remove("nope"), lambda: LinkedList().pop(), lambda: ll.index("zz"),
            lambda: ll[True]]:
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

r = Ring(4)
for i in range(1, 7):
    r.push(i * i)
    print(r, r[0], r[-1])
print(r[1:], r[::-1], 16 in r, r.index(36), r.count(9), list(itertools.islice(itertools.cycle(r), 6)))
print(isinstance(r, Sequence), isinstance(ll, MutableSequence), issubclass(list, MutableSequence), isinstance((), Sequence))
s = slice(1, None, 2)
print(s, s.start, s.stop, s.step, s.indices(10), slice(None).indices(3), slice(-3, -1).indices(5), slice(5, 0, -2).indices(4))
data = list(range(10))
data[2:8:2] = "abc"
print(data)
try:
    data[::2] = [1, 2]
except ValueError as e:
    print(e)
del data[::-3]
print(data, data[-100:100], data[5:2], data[::-1][:3])
