# The state pattern by class switching (self.__class__ = NextState), as in the classic
# Python Cookbook recipe: a vending machine and a parser whose instances change class
# as they run, with enums, a transition log, properties and error handling.
import enum
from collections import Counter


class Coin(enum.IntEnum):
    NICKEL = 5
    DIME = 10
    QUARTER = 25


class MachineError(Exception):
    def __init__(self, state, action):
        super().__init__(f"cannot {action} while {state}")
        self.state = state
        self.action = action


class Machine:
    """Base state: every action is refused unless a state allows it."""

    price = 35
    log = []

    def __init__(self, stock):
        self.stock = stock
        self.credit = 0
        self.sold = Counter()
        self._become(Idle)

    def _become(self, cls):
        old = type(self).__name__
        self.__class__ = cls
        Machine.log.append(f"{old}->{cls.__name__}")

    @property
    def state(self):
        return type(self).__name__.lower()

    def insert(self, coin):
        raise MachineError(self.state, "insert")

    def choose(self, item):
        raise MachineError(self.state, "choose")

    def refund(self):
        raise MachineError(self.state, "refund")

    def restock(self, item, n):
        raise MachineError(self.state, "restock")

    def __repr__(self):
        return f"<{type(self).__name__} credit={self.credit} stock={dict(self.stock)}>"


class Idle(Machine):
    def insert(self, coin):
        self.credit += Coin(coin)
        self._become(Paying)
        return f"credit {self.credit}"

    def restock(self, item, n):
        self.stock[item] = self.stock.get(item, 0) + n
        if all(self.stock.values()):
            return f"restocked {item}"
        return f"restocked {item}, still out of {sorted(k for k, v in self.stock.items() if not v)}"


class Paying(Machine):
    def insert(self, coin):
        self.credit += Coin(coin)
        return f"credit {self.credit}"

    def refund(self):
        back, self.credit = self.credit, 0
        self._become(Idle)
        return f"refunded {back}"

    def choose(self, item):
        if self.stock.get(item, 0) == 0:
            self._become(Empty if not any(self.stock.values()) else Paying)
            raise MachineError(self.state, f"sell {item} (sold out)")
        if self.credit < self.price:
            return f"need {self.price - self.credit} more"
        self.stock[item] -= 1
        self.sold[item] += 1
        change = self.credit - self.price
        self.credit = 0
        self._become(Idle if any(self.stock.values()) else Empty)
        return f"vend {item}" + (f", change {change}" if change else "")


class Empty(Machine):
    def refund(self):
        back, self.credit = self.credit, 0
        return f"refunded {back}"

    def restock(self, item, n):
        self.stock[item] = n
        self._become(Idle)
        return f"restocked {item}"


m = Machine({"cola": 1, "chips": 1})
script = [
    ("insert", 25), ("choose", "cola"), ("insert", 10), ("choose", "cola"),
    ("choose", "chips"), ("insert", 25), ("insert", 25), ("choose", "cola"),
    ("choose", "chips"), ("refund",), ("insert", 3), ("restock", "cola", 2),
    ("insert", 25), ("insert", 10), ("choose", "cola"), ("restock", "chips", 1),
]
for step in script:
    action, *args = step
    try:
        result = getattr(m, action)(*args)
    except MachineError as e:
        result = f"error: {e} [{e.state}/{e.action}]"
    except ValueError as e:
        result = f"ValueError: {e}"
    print(f"{action:>8} {str(args):<14} {m.state:<7} {result}")
print(m)
print("sold:", dict(m.sold), "isinstance Idle:", isinstance(m, Idle), isinstance(m, Machine))
print(" ".join(Machine.log))
print(Counter(x.split("->")[1] for x in Machine.log).most_common())


# A tokenizer whose instance switches class per character class.
class Lexer:
    def __init__(self):
        self.tokens = []
        self.buf = ""
        self.__class__ = Start

    def flush(self, kind):
        if self.buf:
            self.tokens.append((kind, self.buf))
        self.buf = ""

    def feed(self, text):
        for ch in text + " ":
            self.step(ch)
        return self.tokens


class Start(Lexer):
    def step(self, ch):
        if ch.isdigit():
            self.__class__ = Number
            self.buf = ch
        elif ch.isalpha() or ch == "_":
            self.__class__ = Word
            self.buf = ch
        elif not ch.isspace():
            self.tokens.append(("op", ch))


class Number(Lexer):
    def step(self, ch):
        if ch.isdigit() or ch == ".":
            self.buf += ch
        else:
            self.flush("num")
            self.__class__ = Start
            self.step(ch)


class Word(Lexer):
    def step(self, ch):
        if ch.isalnum() or ch == "_":
            self.buf += ch
        else:
            self.flush("kw" if self.buf in {"if", "else", "let"} else "name")
            self.__class__ = Start
            self.step(ch)


for src in ["let x1 = 3.14*(y+42)", "if a_b else 7"]:
    toks = Lexer().feed(src)
    print(" ".join(f"{k}:{v}" for k, v in toks))
