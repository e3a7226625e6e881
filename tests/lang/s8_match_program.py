# A small calculator language written with match: tokenizer, parser to dataclass nodes,
# simplifier and evaluator, plus a command interpreter, all dispatching with match.
from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Num:
    value: Union[int, float]


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"


@dataclass(frozen=True)
class Neg:
    operand: "Expr"


@dataclass(frozen=True)
class Call:
    func: str
    args: tuple


Expr = Union[Num, Var, BinOp, Neg, Call]


def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        match ch:
            case " " | "\t":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")" | "," | "^":
                tokens.append(("op", ch))
                i += 1
            case _ if ch.isdigit() or ch == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                lexeme = text[i:j]
                tokens.append(("num", float(lexeme) if "." in lexeme else int(lexeme)))
                i = j
            case _ if ch.isalpha() or ch == "_":
                j = i
                while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            case _:
                raise SyntaxError(f"bad character {ch!r} at {i}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        node = self.term()
        while True:
            match self.peek():
                case ("op", "+" | "-" as op):
                    self.take()
                    node = BinOp(op, node, self.term())
                case _:
                    return node

    def term(self):
        node = self.power()
        while True:
            match self.peek():
                case ("op", ("*" | "/") as op):
                    self.take()
                    node = BinOp(op, node, self.power())
                case _:
                    return node

    def power(self):
        base = self.unary()
        match self.peek():
            case ("op", "^"):
                self.take()
                return BinOp("^", base, self.power())
        return base

    def unary(self):
        match self.take():
            case ("op", "-"):
                return Neg(self.unary())
            case ("num", value):
                return Num(value)
            case ("name", name):
                match self.peek():
                    case ("op", "("):
                        self.take()
                        args = []
                        while self.peek() != ("op", ")"):
                            args.append(self.expr())
                            if self.peek() == ("op", ","):
                                self.take()
                        self.take()
                        return Call(name, tuple(args))
                return Var(name)
            case ("op", "("):
                node = self.expr()
                match self.take():
                    case ("op", ")"):
                        return node
                    case tok:
                        raise SyntaxError(f"expected ')', got {tok}")
            case tok:
                raise SyntaxError(f"unexpected {tok}")


def parse(text):
    return Parser(tokenize(text)).expr()


def simplify(node):
    match node:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match (op, left, right):
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("-", x, y) if x == y:
                    return Num(0)
                case (_, Num(a), Num(b)):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, left, right)
        case Neg(Neg(inner)):
            return simplify(inner)
        case Neg(Num(v)):
            return Num(-v)
        case Call(name, args):
            return Call(name, tuple(simplify(a) for a in args))
        case _:
            return node


FUNCS = {"max": max, "min": min, "abs": abs}


def evaluate(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"undefined variable {name!r}")
        case Neg(x):
            return -evaluate(x, env)
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            return evaluate(l, env) / evaluate(r, env)
        case BinOp("^", l, r):
            return evaluate(l, env) ** evaluate(r, env)
        case Call(name, args) if name in FUNCS:
            return FUNCS[name](*(evaluate(a, env) for a in args))
        case Call(name, _):
            raise NameError(f"unknown function {name!r}")
        case other:
            raise TypeError(f"cannot evaluate {other!r}")


def show(node):
    match node:
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Neg(x):
            return f"-{show(x)}"
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(f, args):
            return f"{f}({', '.join(show(a) for a in args)})"


def interpret(lines):
    env = {}
    for line in lines:
        match line.split(maxsplit=1):
            case []:
                continue
            case ["let", rest]:
                match rest.split("=", 1):
                    case [name, expr] if name.strip().isidentifier():
                        env[name.strip()] = evaluate(parse(expr), env)
                        print(f"{name.strip()} = {env[name.strip()]}")
                    case _:
                        print("usage: let NAME = EXPR")
            case ["show", expr]:
                tree = parse(expr)
                print(show(tree), "=>", show(simplify(tree)))
            case ["vars"]:
                print(", ".join(f"{k}={v}" for k, v in sorted(env.items())) or "(none)")
            case ["quit" | "exit"]:
                print("bye")
                return env
            case [expr] | ["eval", expr]:
                try:
                    print(evaluate(parse(expr), env))
                except (NameError, ZeroDivisionError, SyntaxError) as e:
                    print(f"error: {type(e).__name__}: {e}")
            case [cmd, _]:
                print(f"unknown command {cmd!r}")
    return env


env = interpret([
    "vars",
    "let x = 3",
    "let y = x * 2 + 1",
    "",
    "eval x ^ 2 ^ 2",
    "(x+y)*2",
    "show 0 + a * 1",
    "show --(2 * 3) - q",
    "show max(a - a, 1 * b, 2 + 3)",
    "eval 1 / 0",
    "eval foo(1)",
    "eval zz + 1",
    "eval 2 $ 3",
    "let = 5",
    "frobnicate now",
    "vars",
    "quit",
    "eval 1",
])
print(sorted(env))
