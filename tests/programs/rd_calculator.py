"""Tokenizer and recursive-descent calculator with variables and functions."""
import math
import re
from fractions import Fraction

TOKEN_RE = re.compile(r"""
    (?P<NUM>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|//|[-+*/%^(),=])
  | (?P<WS>\s+)
  | (?P<ERR>.)
""", re.VERBOSE)


class CalcError(Exception):
    pass


def tokenize(src):
    out = []
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        text = m.group()
        if kind == "WS":
            continue
        if kind == "ERR":
            raise CalcError(f"unexpected character {text!r} at {m.start()}")
        out.append((kind, text, m.start()))
    out.append(("EOF", "", len(src)))
    return out


class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor,
             "hypot": math.hypot, "frac": lambda x: Fraction(x).limit_denominator(1000)}

    def __init__(self, env):
        self.env = env

    def parse(self, src):
        self.toks = tokenize(src)
        self.i = 0
        if self.peek()[0] == "NAME" and self.toks[self.i + 1][1] == "=":
            name = self.next()[1]
            self.next()
            val = self.expr()
            self.expect("EOF")
            self.env[name] = val
            return val
        val = self.expr()
        self.expect("EOF")
        return val

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, kind, text=None):
        t = self.next()
        if t[0] != kind or (text is not None and t[1] != text):
            raise CalcError(f"expected {text or kind} at {t[2]}, got {t[1] or 'end'!r}")
        return t

    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.next()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.unary()
        while self.peek()[1] in ("*", "/", "//", "%"):
            op = self.next()[1]
            r = self.unary()
            try:
                if op == "*":
                    v = v * r
                elif op == "/":
                    v = v / r
                elif op == "//":
                    v = v // r
                else:
                    v = v % r
            except ZeroDivisionError as e:
                raise CalcError(f"division by zero ({e})") from e
        return v

    def unary(self):
        if self.peek()[1] == "-":
            self.next()
            return -self.unary()
        if self.peek()[1] == "+":
            self.next()
            return +self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.next()
            return base ** self.unary()
        return base

    def atom(self):
        kind, text, pos = self.next()
        if kind == "NUM":
            return float(text) if any(c in text for c in ".eE") else int(text)
        if kind == "NAME":
            if self.peek()[1] == "(":
                self.next()
                args = []
                if self.peek()[1] != ")":
                    args.append(self.expr())
                    while self.peek()[1] == ",":
                        self.next()
                        args.append(self.expr())
                self.expect("OP", ")")
                if text not in self.FUNCS:
                    raise CalcError(f"unknown function {text}")
                return self.FUNCS[text](*args)
            if text in self.env:
                return self.env[text]
            raise CalcError(f"undefined variable {text!r}")
        if text == "(":
            v = self.expr()
            self.expect("OP", ")")
            return v
        raise CalcError(f"unexpected {text or 'end of input'!r} at {pos}")


env = {"pi": math.pi, "e": math.e}
p = Parser(env)
lines = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "2 ^ -1",
    "7 // 2 + 7 % 3",
    "-7 // 2",
    "x = 10 / 4",
    "y = x * 2 + 1",
    "sqrt(x * y) + abs(-3)",
    "max(1, 2, y, 3)",
    "hypot(3, 4)",
    "frac(0.333333)",
    "floor(pi * 100) / 100",
    "2 ** 100",
    "1e308 * 10",
    "1 / 0",
    "3 +",
    "foo(1)",
    "q + 1",
    "4 $ 4",
    "(1 + 2",
    "1.5e3 - 0.5",
    "10 / 3",
]
for line in lines:
    try:
        val = p.parse(line)
        print(f"{line:<24} => {val!r}")
    except CalcError as e:
        cause = e.__cause__
        extra = f" [cause: {type(cause).__name__}]" if cause else ""
        print(f"{line:<24} !! {e}{extra}")
print(sorted(env))
print(tokenize("a**2 // b")[:-1])
