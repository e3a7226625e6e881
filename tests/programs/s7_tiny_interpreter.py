"""A tokenizer, recursive-descent parser and tree-walking interpreter for a tiny language."""
import re
from dataclasses import dataclass
from typing import Union

TOKEN = re.compile(r"\s*(?:(?P<num>\d+\.\d*|\.\d+|\d+)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|==|!=|<=|>=|[-+*/%()<>=,;{}])|(?P<bad>\S))")


class LangError(Exception):
    pass


def tokenize(src):
    pos, toks = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if m.group("bad"):
            raise LangError(f"unexpected character {m.group('bad')!r} at {m.start('bad')}")
        kind = m.lastgroup
        text = m.group(kind)
        toks.append((kind, float(text) if "." in text else int(text)) if kind == "num" else (kind, text))
        pos = m.end()
    toks.append(("eof", None))
    return toks


@dataclass
class Num:
    value: Union[int, float]


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: object
    right: object


@dataclass
class Call:
    fn: str
    args: list


@dataclass
class Assign:
    name: str
    expr: object


class Parser:
    PREC = [("==", "!=", "<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]

    def __init__(self, toks):
        self.toks, self.i = toks, 0

    def peek(self):
        return self.toks[self.i]

    def take(self, text=None):
        tok = self.toks[self.i]
        if text is not None and tok[1] != text:
            raise LangError(f"expected {text!r}, got {tok[1]!r}")
        self.i += 1
        return tok

    def program(self):
        stmts = [self.statement()]
        while self.peek()[1] == ";":
            self.take()
            if self.peek()[0] != "eof":
                stmts.append(self.statement())
        if self.peek()[0] != "eof":
            raise LangError(f"trailing input at {self.peek()[1]!r}")
        return stmts

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.i + 1][1] == "=":
            name = self.take()[1]
            self.take("=")
            return Assign(name, self.expr())
        return self.expr()

    def expr(self, level=0):
        if level == len(self.PREC):
            return self.power()
        node = self.expr(level + 1)
        while self.peek()[1] in self.PREC[level]:
            op = self.take()[1]
            node = BinOp(op, node, self.expr(level + 1))
        return node

    def power(self):
        base = self.unary()
        if self.peek()[1] == "**":
            self.take()
            return BinOp("**", base, self.power())
        return base

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return BinOp("-", Num(0), self.unary())
        return self.atom()

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return Num(val)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take()
                args = []
                if self.peek()[1] != ")":
                    args.append(self.expr())
                    while self.peek()[1] == ",":
                        self.take()
                        args.append(self.expr())
                self.take(")")
                return Call(val, args)
            return Var(val)
        if val == "(":
            node = self.expr()
            self.take(")")
            return node
        raise LangError(f"unexpected {val!r}" if val is not None else "unexpected end of input")


OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
       "%": lambda a, b: a % b, "**": lambda a, b: a ** b, "==": lambda a, b: int(a == b),
       "!=": lambda a, b: int(a != b), "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
       "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b)}
FUNCS = {"max": max, "min": min, "abs": abs, "sqrt": lambda x: x ** 0.5}


def evaluate(node, env):
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Var):
        if node.name not in env:
            raise LangError(f"undefined variable {node.name!r}")
        return env[node.name]
    if isinstance(node, Assign):
        env[node.name] = evaluate(node.expr, env)
        return env[node.name]
    if isinstance(node, Call):
        if node.fn not in FUNCS:
            raise LangError(f"unknown function {node.fn}()")
        return FUNCS[node.fn](*(evaluate(a, env) for a in node.args))
    try:
        return OPS[node.op](evaluate(node.left, env), evaluate(node.right, env))
    except ZeroDivisionError as e:
        raise LangError(f"math error: {e}") from e


env = {"pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 3 + 7 % -3", "x = 5; y = x * 2; y - 1",
            "max(x, y, 3) + min(4, 2)", "sqrt(16) + abs(-2.5)", "r = 2; pi * r ** 2", "1 < 2 == 1", "2 ** 100",
            ".5 + 1.", "1 / 0", "foo(1)", "z + 1", "1 +", "(1 + 2", "3 $ 4", "1 2", "max()"]:
    try:
        toks = tokenize(src)
        tree = Parser(toks).program()
        result = None
        for stmt in tree:
            result = evaluate(stmt, env)
        print(f"{src:<28} => {result!r}")
    except LangError as e:
        print(f"{src:<28} !! {e}" + (f" (from {type(e.__cause__).__name__})" if e.__cause__ else ""))
    except (TypeError, ValueError) as e:
        print(f"{src:<28} !! Python {type(e).__name__}: {e}")
print(Parser(tokenize("a = 1 + f(2, b)")).program())
print(sorted(k for k in env if not k.startswith("_")), tokenize("x<=3")[:3])
