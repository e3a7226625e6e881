# help() renders pydoc text for functions, classes (sections, inherited members, properties,
# class/static methods, aliases), bound methods, lambdas, instances and descriptors
from dataclasses import dataclass
from collections import namedtuple
import functools

# A helper with a comment above it
def undocumented(x, *args, key=None, **kw):
    return x

class Base:
    """Base class.

    Longer description here.
    """
    kind = "base"
    limit = 10

    def __init__(self, name, size=1):
        self.name = name
        self._size = size

    def __repr__(self):
        return f"Base({self.name!r})"

    def __eq__(self, other):
        return self.name == other.name

    def grow(self, k=1):
        """Grow by k."""
        self._size += k

    @property
    def size(self):
        """The current size."""
        return self._size

    @size.setter
    def size(self, v):
        self._size = v

    @property
    def area(self):
        return self._size ** 2

    @classmethod
    def make(cls, n):
        """Alternate constructor."""
        return cls(str(n))

    @staticmethod
    def helper(a, b):
        return a + b

    alias = grow


class Child(Base):
    """A child."""
    extra = [1, 2, 3]

    def grow(self, k=2):
        super().grow(k)

    def shrink(self):
        "Shrink."


@dataclass
class Pt:
    """A point."""
    x: int
    y: int = 0


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1

Pair = namedtuple("Pair", "left right")
help(undocumented)
help(Base)
help(Child)
help(Base("x").grow)
help(Base.make)
help(lambda a, b=2: a)
help(Base("q"))
help(Slotted)
help(Base.size)
print(pydoc_render := __import__("pydoc").render_doc(Base.area, "%s").splitlines()[0])
print(__import__("pydoc").plain(__import__("pydoc").render_doc(Base.helper, renderer=__import__("pydoc").text)))
help("no_such_thing_xyz")
