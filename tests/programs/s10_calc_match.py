"""Tokenizer + recursive-descent parser + evaluator using match statements."""
import re
import math
import operator
from dataclasses import dataclass
from typing import Union

TOKEN_RE = re.compile(r"""
    (?P<NUM>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|//|==|!=|<=|>=|[-+*/%^(),=<>])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)


@dataclass(frozen=True)
class Tok:
    kind: str
    text: str
    pos: int


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: "Node"
    right: "Node"


@dataclass
class Unary:
    op: str
    operand: "Node"


@dataclass
class Call:
    func: str
    args: list


@dataclass
class Assign:
    name: str
    value: "Node"


Node = Union[Num, Var, BinOp, Unary, Call, Assign]


class ParseError(Exception):
    pass


def tokenize(src):
    for m in TOKEN_RE.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise ParseError(f"unexpected character {m.group()!r} at {m.start()}")
        yield Tok(kind, m.group(), m.start())
    yield Tok("EOF", "", len(src))


class Parser:
    PREC = {"==": 1, "!=": 1, "<": 1, ">": 1, "<=": 1, ">=": 1,
            "+": 2, "-": 2, "*": 3, "/": 3, "//": 3, "%": 3}

    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise ParseError(f"expected {text!r} at {t.pos}, got {t.text or 'end'!r}")
        return t

    def parse(self):
        if self.peek().kind == "NAME" and self.toks[self.i + 1].text == "=":
            name = self.next().text
            self.next()
            node = Assign(name, self.expr(0))
        else:
            node = self.expr(0)
        if self.peek().kind != "EOF":
            raise ParseError(f"trailing input at {self.peek().pos}: {self.peek().text!r}")
        return node

    def expr(self, min_prec):
        left = self.unary()
        while True:
            t = self.peek()
            prec = self.PREC.get(t.text)
            if t.kind != "OP" or prec is None or prec < min_prec + (0 if min_prec == 0 else 0) or prec <= min_prec - 1:
                break
            if prec < min_prec:
                break
            self.next()
            right = self.expr(prec + 1)
            left = BinOp(t.text, left, right)
        return left

    def unary(self):
        t = self.peek()
        if t.text in ("-", "+"):
            self.next()
            return Unary(t.text, self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text in ("**", "^"):
            self.next()
            return BinOp("**", base, self.unary())
        return base

    def atom(self):
        t = self.next()
        match t:
            case Tok(kind="NUM", text=txt):
                return Num(float(txt) if any(c in txt for c in ".eE") else int(txt))
            case Tok(kind="NAME", text=name) if self.peek().text == "(":
                self.next()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr(0))
                    while self.peek().text == ",":
                        self.next()
                        args.append(self.expr(0))
                self.expect(")")
                return Call(name, args)
            case Tok(kind="NAME", text=name):
                return Var(name)
            case Tok(text="("):
                e = self.expr(0)
                self.expect(")")
                return e
            case Tok(kind="EOF"):
                raise ParseError("unexpected end of input")
            case _:
                raise ParseError(f"unexpected token {t.text!r} at {t.pos}")


OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "//": operator.floordiv, "%": operator.mod, "**": operator.pow,
       "==": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt,
       "<=": operator.le, ">=": operator.ge}
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "hypot": math.hypot,
         "round": round}


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name=n) if n in env:
            return env[n]
        case Var(name=n):
            raise NameError(f"undefined variable {n!r}")
        case Unary(op="-", operand=x):
            return -evaluate(x, env)
        case Unary(operand=x):
            return +evaluate(x, env)
        case BinOp(op=op, left=l, right=r):
            return OPS[op](evaluate(l, env), evaluate(r, env))
        case Call(func=f, args=[*args]) if f in FUNCS:
            return FUNCS[f](*(evaluate(a, env) for a in args))
        case Call(func=f):
            raise NameError(f"unknown function {f}()")
        case Assign(name, value):
            env[name] = evaluate(value, env)
            return env[name]
        case other:
            raise TypeError(f"bad node {other!r}")


def show(node):
    match node:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Unary(op, x):
            return f"({op}{show(x)})"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(f, args):
            return f"{f}({', '.join(map(show, args))})"
        case Assign(n, v):
            return f"{n} := {show(v)}"


Num.__match_args__ = ("value",)
Var.__match_args__ = ("name",)


def main():
    env = {"pi": math.pi}
    lines = [
        "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 7 // 2",
        "y = x * 1.5 + 0.25", "hypot(3, 4) + max(1, y, 2)", "10 % 4 - -3",
        "round(pi * 100) / 100", "1 < 2", "3 == 3.0", "sqrt(16", "foo(1)",
        "z + 1", "4 $ 4", "1 2", "1 / 0", "2e3 + .5", "min()", "abs(-7.5)",
    ]
    for src in lines:
        try:
            tree = Parser(src).parse()
            val = evaluate(tree, env)
            print(f"{src:<28} => {show(tree):<34} = {val!r}")
        except ParseError as e:
            print(f"{src:<28} !! parse error: {e}")
        except (NameError, ZeroDivisionError, TypeError, ValueError) as e:
            print(f"{src:<28} !! {type(e).__name__}: {e}")
    print(sorted((k, v) for k, v in env.items() if k != "pi"))


main()
