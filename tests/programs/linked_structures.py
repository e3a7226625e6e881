"""Recursive data structures: linked list with sequence protocol, trie, BST."""


class LinkedList:
    class _Node:
        __slots__ = ("value", "next")

        def __init__(self, value, next=None):
            self.value = value
            self.next = next

    def __init__(self, iterable=()):
        self._head = None
        self._len = 0
        tail = None
        for v in iterable:
            node = self._Node(v)
            if tail is None:
                self._head = node
            else:
                tail.next = node
            tail = node
            self._len += 1

    def __len__(self):
        return self._len

    def __iter__(self):
        node = self._head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __contains__(self, value):
        print(f"  (__contains__ {value!r})")
        return any(v == value for v in self)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if not isinstance(index, int):
            raise TypeError(f"list indices must be integers or slices, not {type(index).__name__}")
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError("linked list index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v

    def push(self, value):
        self._head = self._Node(value, self._head)
        self._len += 1

    def reverse(self):
        prev, node = None, self._head
        while node:
            node.next, prev, node = prev, node, node.next
        self._head = prev

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)

    def __add__(self, other):
        return LinkedList([*self, *other])

    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"

    def __bool__(self):
        return self._head is not None


ll = LinkedList("abcde")
print(ll, len(ll), ll[0], ll[-1], ll[1:4], ll[::-2])
print("c" in ll, "z" in ll, list(reversed(ll)))
ll.push("Z")
ll.reverse()
print(ll, bool(ll), bool(LinkedList()), ll == LinkedList("edcbaZ"), ll == "edcbaZ")
print(ll + LinkedList([1, 2]), sorted(ll), max(ll), "-".join(ll))
for bad in [10, -10, "x", 1.5]:
    try:
        ll[bad]
    except (IndexError, TypeError) as exc:
        print(type(exc).__name__, exc)
a, b, *rest = ll
print(a, b, rest)
print(dict(zip(ll, range(10))), list(enumerate(ll, 1))[:2])


class Trie:
    def __init__(self):
        self.children = {}
        self.terminal = False
        self.count = 0

    def insert(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
            node.count += 1
        node.terminal = True

    def find(self, prefix):
        node = self
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def words(self, prefix=""):
        if self.terminal:
            yield prefix
        for ch in sorted(self.children):
            yield from self.children[ch].words(prefix + ch)

    def __contains__(self, word):
        node = self.find(word)
        return bool(node and node.terminal)

    def depth(self):
        return 1 + max((c.depth() for c in self.children.values()), default=0)


t = Trie()
for w in "tea ten ted to inn in i tell teapot Ünïcode über".split():
    t.insert(w)
print(list(t.words()))
print([p + w for p in ("te", "i", "x") for w in (t.find(p).words() if t.find(p) else [])])
print("tea" in t, "te" in t, "teapots" in t, t.depth(), t.find("te").count)


class BST:
    def __init__(self, key, left=None, right=None):
        self.key, self.left, self.right = key, left, right

    def insert(self, key):
        side = "left" if key < self.key else "right"
        child = getattr(self, side)
        if child is None:
            setattr(self, side, BST(key))
        else:
            child.insert(key)
        return self

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.key
        if self.right:
            yield from self.right

    def height(self):
        return 1 + max(self.left.height() if self.left else 0, self.right.height() if self.right else 0)

    def __repr__(self):
        if not (self.left or self.right):
            return repr(self.key)
        return f"({self.left!r} {self.key} {self.right!r})"


root = BST(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root.insert(k)
print(list(root), root.height())
print(root)
