"""Recursive-descent calculator with a tokenizer built on re, Fractions and error reporting."""
import re
import math
import operator
from fractions import Fraction

TOKEN = re.compile(r"""
    (?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>\*\*|//|[-+*/%^(),=])
  | (?P<ws>\s+)
  | (?P<bad>.)
""", re.VERBOSE)


class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg, pos)
        self.msg, self.pos = msg, pos

    def __str__(self):
        return f"{self.msg} at column {self.pos}"


def tokenize(src):
    out = []
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "ws":
            continue
        if kind == "bad":
            raise CalcError(f"unexpected character {m.group()!r}", m.start())
        out.append((kind, m.group(), m.start()))
    out.append(("end", "", len(src)))
    return out


FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "gcd": math.gcd, "fact": math.factorial}
BINOPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "//": operator.floordiv, "%": operator.mod}


class Parser:
    def __init__(self, src, env):
        self.toks = tokenize(src)
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def take(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok[1] != value:
            raise CalcError(f"expected {value!r}, got {tok[1] or 'end'!r}", tok[2])
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.i + 1][1] == "=":
            name = self.take()[1]
            self.take("=")
            val = self.expr()
            self.env[name] = val
            return val
        val = self.expr()
        if self.peek()[0] != "end":
            raise CalcError(f"trailing {self.peek()[1]!r}", self.peek()[2])
        return val

    def expr(self):
        val = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            val = BINOPS[op](val, self.term())
        return val

    def term(self):
        val = self.factor()
        while self.peek()[1] in ("*", "/", "//", "%"):
            op, _, pos = self.take()
            rhs = self.factor()
            try:
                val = BINOPS[op](val, rhs)
            except ZeroDivisionError as e:
                raise CalcError(str(e), pos) from None
        return val

    def factor(self):
        if self.peek()[1] in ("-", "+"):
            op = self.take()[1]
            v = self.factor()
            return -v if op == "-" else +v
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        kind, text, pos = self.take()
        if kind == "num":
            return Fraction(text) if "." in text or "e" in text.lower() else int(text)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                if text not in FUNCS:
                    raise CalcError(f"unknown function {text}", pos)
                return FUNCS[text](*args)
            if text not in self.env:
                raise CalcError(f"undefined name {text!r}", pos)
            return self.env[text]
        if text == "(":
            v = self.expr()
            self.take(")")
            return v
        raise CalcError(f"unexpected {text or 'end of input'!r}", pos)


env = {"pi": Fraction(355, 113)}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "7 // 2 + 7 % 3", "1/3 + 1/6",
         "0.1 + 0.2", "x = 3/4", "x * 4 + pi", "sqrt(16) + max(1, 5, 3)", "gcd(84, 36) * fact(5)",
         "1 / (2 - 2)", "3 + * 4", "foo(2)", "y + 1", "2 $ 3", "(1 + 2", "1e3 / 8", "abs(-7.25)", "10 - 4 - 3"]
for src in lines:
    try:
        v = Parser(src, env).statement()
        shown = f"{v} (={float(v):.6g})" if isinstance(v, Fraction) else repr(v)
        print(f"{src:<26} => {shown}")
    except CalcError as e:
        print(f"{src:<26} !! {e}")
        print(" " * 26 + "    " + src)
        print(" " * 30 + " " * e.pos + "^")
print(sorted(env.items()))
print(re.split(r"(\d+)", "ab12cd345ef"), re.split(r"[,;]\s*", "a, b;c ,d", maxsplit=2))
print(re.sub(r"(?P<w>\b\w)(\w*)", lambda m: m.group("w").upper() + m.group(2)[::-1], "hello big world"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.fullmatch(r"\d{3}-\d{4}", "555-1234").span())
m = re.search(r"(?P<key>\w+)=(?P<val>[^;]*)", "  alpha=one two;beta=2")
print(m.groupdict(), m.group(0), m.start("val"), m.end(), m.groups(), m.re.pattern, m.lastindex)
print(re.subn(r"a", "A", "banana", count=2), re.escape("a.b*c?"), bool(re.match("abc", "ABC", re.I)))
print(re.compile(r"^\s*#.*$", re.M).sub("", "x=1\n  # note\ny=2").split("\n"))
print(re.sub(r"(\d+)", r"<\1>", "a1b22c333"), re.sub(r"x*", "-", "abc"))
print([m.span() for m in re.finditer(r"\b\w", "one two  three")])
print(re.match(r"(a)(b)?", "ac").groups(default="?"), re.sub(r"(?i)HELLO", "bye", "Hello hello"))
