# Messages for stdlib calls with wrong arguments, as CPython words them: a count
# passed to random.choices where the weights go, heapq/timezone naming None, the
# operator getters refusing keywords, itertools.repeat's argument clinic, Decimal's
# constructor (context type, counts, keywords), and calling an Enum without members.
import datetime
import heapq
import itertools
import operator
import random
from decimal import Decimal, Context
from enum import Enum, Flag


def attempt(label, func, /, *a, **k):
    try:
        r = func(*a, **k)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(f"{label:<36} {r}")


random.seed(3)
colors = ["red", "green", "blue"]
attempt("choices(colors, 2)", random.choices, colors, 2)
attempt("choices(colors, k=2)", random.choices, colors, k=2)
attempt("choices(colors, [1, 1, 5], k=3)", random.choices, colors, [1, 1, 5], k=3)
attempt("choices(colors, 'ab')", random.choices, colors, "ab")
attempt("choices(colors, 2.5)", random.choices, colors, 2.5)

attempt("heappop(None)", heapq.heappop, None)
attempt("heapify(None)", heapq.heapify, None)
attempt("heappush(None, 1)", heapq.heappush, None, 1)
attempt("heappush((), 1)", heapq.heappush, (), 1)
attempt("timezone(None)", datetime.timezone, None)
attempt("timezone(5)", datetime.timezone, 5)

attempt("itemgetter(1, key=2)", operator.itemgetter, 1, key=2)
attempt("attrgetter('a', default=0)", operator.attrgetter, "a", default=0)
attempt("itemgetter()", operator.itemgetter)

attempt("list(repeat('a', times=2))", lambda: list(itertools.repeat("a", times=2)))
attempt("list(repeat(object='a', times=2))", lambda: list(itertools.repeat(object="a", times=2)))
attempt("repeat()", itertools.repeat)
attempt("repeat(times=2)", itertools.repeat, times=2)
attempt("repeat(1, object=2)", itertools.repeat, 1, object=2)
attempt("repeat(1, 2, 3)", itertools.repeat, 1, 2, 3)
attempt("repeat(1, count=2)", itertools.repeat, 1, count=2)

attempt("Decimal('1.5', Context(prec=2))", Decimal, "1.5", Context(prec=2))
attempt("Decimal(value='2.5')", Decimal, value="2.5")
attempt("Decimal()", Decimal)
attempt("Decimal(1, 2)", Decimal, 1, 2)
attempt("Decimal('a', 'b')", Decimal, "a", "b")
attempt("Decimal(1, 2, 3)", Decimal, 1, 2, 3)
attempt("Decimal(1, precision=3)", Decimal, 1, precision=3)
attempt("Decimal(1, value=2)", Decimal, 1, value=2)


class Money(Decimal):
    def __new__(cls, value="0"):
        return super().__new__(cls, Decimal(value).quantize(Decimal("0.01")))

    def __repr__(self):
        return f"Money('{self}')"


print(Money("3.14159"), repr(Money(2)), Money("1.005") + 1)


class Empty(Enum):
    pass


class NoFlags(Flag):
    pass


class Base(Enum):
    def describe(self):
        return self.name.lower()


class Size(Base):
    SMALL = 1
    LARGE = 2


attempt("Empty(1)", Empty, 1)
attempt("NoFlags(0)", NoFlags, 0)
attempt("Base('x')", Base, "x")
attempt("Size(2).describe()", lambda: Size(2).describe())
attempt("Size(3)", Size, 3)
