# A recursive-descent calculator with variables, functions and precise error
# positions; Fractions for exact arithmetic, and an uncaught error at the end.
import math
import re
from fractions import Fraction

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%(),=^]))")


class CalcError(Exception):
    def __init__(self, msg, pos, src):
        super().__init__(msg)
        self.pos, self.src = pos, src

    def __str__(self):
        return f"{self.args[0]} at column {self.pos + 1}\n    {self.src}\n    {' ' * self.pos}^"


def tokenize(src):
    pos = 0
    out = []
    while pos < len(src):
        if src[pos:].isspace():
            break
        m = TOKEN.match(src, pos)
        if not m:
            raise CalcError(f"unexpected character {src[pos]!r}", pos, src)
        kind = m.lastgroup
        out.append((kind, m.group(kind), m.start(kind)))
        pos = m.end()
    out.append(("end", "", len(src)))
    return out


FUNCS = {"sqrt": lambda x: Fraction(math.isqrt(x.numerator)) if x.denominator == 1 and math.isqrt(x.numerator) ** 2 == x.numerator else Fraction(math.sqrt(x)),
         "abs": abs, "min": min, "max": max, "half": lambda x: x / 2}


class Parser:
    def __init__(self, src, env):
        self.src, self.env = src, env
        self.toks = tokenize(src)
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok[1] != value:
            raise CalcError(f"expected {value!r} but found {tok[1] or 'end of input'!r}", tok[2], self.src)
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.i + 1][1] == "=":
            name = self.take()[1]
            self.take("=")
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        if self.peek()[0] != "end":
            tok = self.peek()
            raise CalcError(f"unexpected {tok[1]!r}", tok[2], self.src)
        return value

    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            _, op, pos = self.take()
            r = self.factor()
            if op != "*" and r == 0:
                raise CalcError("division by zero", pos, self.src)
            v = v * r if op == "*" else (v / r if op == "/" else v % r)
        return v

    def factor(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.take()
            exp = self.factor()
            if exp.denominator != 1:
                return Fraction(float(base) ** float(exp))
            return base ** int(exp)
        return base

    def atom(self):
        kind, text, pos = self.take()
        if kind == "num":
            return Fraction(text)
        if kind == "name":
            if self.peek()[1] == "(":
                if text not in FUNCS:
                    raise CalcError(f"unknown function {text}", pos, self.src)
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return Fraction(FUNCS[text](*args))
            if text not in self.env:
                raise CalcError(f"undefined variable {text}", pos, self.src)
            return self.env[text]
        if text == "(":
            v = self.expr()
            self.take(")")
            return v
        raise CalcError(f"unexpected {text or 'end of input'!r}", pos, self.src)


def show(v):
    return str(v.numerator) if v.denominator == 1 else f"{v} (~{float(v):.6g})"


env = {"pi": Fraction(355, 113)}
lines = ["1 + 2 * 3", "x = 7 / 2", "x * 2 - 1", "(1 + 2) * -3 ** 2", "2 ^ 10 % 1000", "sqrt(49) + half(5)",
         "max(1, x, 3) / min(4, 2)", "y + 1", "3 +", "4 / (2 - 2)", "foo(1)", "2 $ 3", "(1 + 2", "1 2", "0.1 + 0.2", "pi * 2", "2 ** 0.5"]
for src in lines:
    try:
        print(f"{src:<26} = {show(Parser(src, env).statement())}")
    except CalcError as e:
        print(f"{src:<26} ! {e}")
print(sorted(env.items()))
Parser("1 / (x - 3.5)", env).statement()
