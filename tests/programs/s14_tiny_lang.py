"""A tiny imperative language: tokenizer, recursive-descent parser, tree-walking evaluator with errors."""
import re
from dataclasses import dataclass, field

TOKEN_RE = re.compile(r"""
    (?P<ws>[ \t]+)
  | (?P<nl>\n)
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>==|!=|<=|>=|&&|\|\||[-+*/%<>=(){};,!])
  | (?P<bad>.)
""", re.VERBOSE)

KEYWORDS = {"let", "if", "else", "while", "print", "fn", "return"}


class LangError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{line}:{col}: {msg}")
        self.line, self.col = line, col


@dataclass(frozen=True)
class Tok:
    kind: str
    text: str
    line: int
    col: int


def tokenize(src):
    line, start = 1, 0
    out = []
    for m in TOKEN_RE.finditer(src):
        kind, text = m.lastgroup, m.group()
        col = m.start() - start + 1
        if kind == "nl":
            line += 1
            start = m.end()
            continue
        if kind == "ws":
            continue
        if kind == "bad":
            raise LangError(f"unexpected character {text!r}", line, col)
        if kind == "name" and text in KEYWORDS:
            kind = text
        out.append(Tok(kind, text, line, col))
    out.append(Tok("eof", "", line, 1))
    return out


class Parser:
    PREC = [("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]

    def __init__(self, toks):
        self.toks, self.i = toks, 0

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, text=None):
        t = self.toks[self.i]
        if (kind and t.kind != kind) or (text and t.text != text):
            want = text or kind
            raise LangError(f"expected {want!r}, got {t.text or t.kind!r}", t.line, t.col)
        self.i += 1
        return t

    def program(self):
        stmts = []
        while self.peek().kind != "eof":
            stmts.append(self.stmt())
        return ("block", stmts)

    def block(self):
        self.take(text="{")
        stmts = []
        while self.peek().text != "}":
            if self.peek().kind == "eof":
                t = self.peek()
                raise LangError("unterminated block", t.line, t.col)
            stmts.append(self.stmt())
        self.take(text="}")
        return ("block", stmts)

    def stmt(self):
        t = self.peek()
        match t.kind:
            case "let":
                self.take()
                name = self.take("name").text
                self.take(text="=")
                e = self.expr()
                self.take(text=";")
                return ("let", name, e)
            case "print":
                self.take()
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(text=";")
                return ("print", args)
            case "if":
                self.take()
                cond = self.expr()
                then = self.block()
                other = None
                if self.peek().kind == "else":
                    self.take()
                    other = self.stmt() if self.peek().kind == "if" else self.block()
                return ("if", cond, then, other)
            case "while":
                self.take()
                cond = self.expr()
                return ("while", cond, self.block())
            case "fn":
                self.take()
                name = self.take("name").text
                self.take(text="(")
                params = []
                while self.peek().text != ")":
                    params.append(self.take("name").text)
                    if self.peek().text == ",":
                        self.take()
                self.take(text=")")
                return ("fn", name, params, self.block())
            case "return":
                self.take()
                e = self.expr()
                self.take(text=";")
                return ("return", e)
            case "name" if self.toks[self.i + 1].text == "=":
                name = self.take().text
                self.take()
                e = self.expr()
                self.take(text=";")
                return ("set", name, e, t)
            case _:
                e = self.expr()
                self.take(text=";")
                return ("expr", e)

    def expr(self, level=0):
        if level == len(self.PREC):
            return self.unary()
        left = self.expr(level + 1)
        while self.peek().text in self.PREC[level]:
            op = self.take()
            left = ("bin", op, left, self.expr(level + 1))
        return left

    def unary(self):
        if self.peek().text in ("-", "!"):
            op = self.take()
            return ("un", op, self.unary())
        return self.atom()

    def atom(self):
        t = self.take()
        if t.kind == "num":
            return ("lit", float(t.text) if "." in t.text else int(t.text))
        if t.kind == "str":
            return ("lit", t.text[1:-1].encode().decode("unicode_escape"))
        if t.kind == "name":
            if self.peek().text == "(":
                self.take()
                args = []
                while self.peek().text != ")":
                    args.append(self.expr())
                    if self.peek().text == ",":
                        self.take()
                self.take(text=")")
                return ("call", t, args)
            return ("var", t)
        if t.text == "(":
            e = self.expr()
            self.take(text=")")
            return e
        raise LangError(f"unexpected {t.text or t.kind!r}", t.line, t.col)


class Return(Exception):
    def __init__(self, value):
        self.value = value


@dataclass
class Env:
    vars: dict = field(default_factory=dict)
    parent: "Env | None" = None

    def lookup(self, tok):
        env = self
        while env is not None:
            if tok.text in env.vars:
                return env.vars[tok.text]
            env = env.parent
        raise LangError(f"undefined variable {tok.text!r}", tok.line, tok.col)

    def assign(self, name, value, tok):
        env = self
        while env is not None:
            if name in env.vars:
                env.vars[name] = value
                return
            env = env.parent
        raise LangError(f"assignment to undeclared {name!r}", tok.line, tok.col)


OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "%": lambda a, b: a % b, "<": lambda a, b: a < b,
    ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b,
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
}


def show(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def run(node, env, out):
    kind = node[0]
    if kind == "block":
        for s in node[1]:
            run(s, env, out)
    elif kind == "let":
        env.vars[node[1]] = ev(node[2], env, out)
    elif kind == "set":
        env.assign(node[1], ev(node[2], env, out), node[3])
    elif kind == "print":
        out.append(" ".join(show(ev(a, env, out)) for a in node[1]))
    elif kind == "if":
        if ev(node[1], env, out):
            run(node[2], Env(parent=env), out)
        elif node[3] is not None:
            run(node[3], Env(parent=env), out)
    elif kind == "while":
        guard = 0
        while ev(node[1], env, out):
            guard += 1
            if guard > 10_000:
                raise RuntimeError("loop limit")
            run(node[2], Env(parent=env), out)
    elif kind == "fn":
        env.vars[node[1]] = ("closure", node[2], node[3], env)
    elif kind == "return":
        raise Return(ev(node[1], env, out))
    elif kind == "expr":
        ev(node[1], env, out)


def ev(node, env, out):
    kind = node[0]
    if kind == "lit":
        return node[1]
    if kind == "var":
        return env.lookup(node[1])
    if kind == "un":
        v = ev(node[2], env, out)
        return -v if node[1].text == "-" else not v
    if kind == "bin":
        op = node[1]
        if op.text == "&&":
            return ev(node[2], env, out) and ev(node[3], env, out)
        if op.text == "||":
            return ev(node[2], env, out) or ev(node[3], env, out)
        a, b = ev(node[2], env, out), ev(node[3], env, out)
        try:
            return OPS[op.text](a, b)
        except ZeroDivisionError:
            raise LangError("division by zero", op.line, op.col) from None
        except TypeError as e:
            raise LangError(f"type error: {e}", op.line, op.col) from None
    if kind == "call":
        tok, args = node[1], node[2]
        fn = env.lookup(tok)
        if not (isinstance(fn, tuple) and fn[0] == "closure"):
            raise LangError(f"{tok.text!r} is not a function", tok.line, tok.col)
        _, params, body, defenv = fn
        if len(params) != len(args):
            raise LangError(f"{tok.text} expects {len(params)} args, got {len(args)}", tok.line, tok.col)
        local = Env(dict(zip(params, (ev(a, env, out) for a in args))), defenv)
        try:
            run(body, local, out)
        except Return as r:
            return r.value
        return None
    raise AssertionError(kind)


PROGRAMS = {
    "fib": 'fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }\n'
           'let i = 0;\nwhile i < 12 { print i, fib(i); i = i + 1; }',
    "strings": 'let s = "ab";\nlet k = 0;\nwhile k < 3 { s = s + s; k = k + 1; }\nprint s, 7 / 2, 7 % 3, -2.5 * 2;\n'
               'print 1 < 2 && 2 < 3, !(1 == 1) || "x" == "x";',
    "counter": 'fn make() { let c = 0; fn inc() { c = c + 1; return c; } return inc; }\n'
               'let a = make();\nlet b = make();\na(); a();\nprint a(), b();',
    "bad_char": 'let x = 1;\nlet y = x @ 2;',
    "undefined": 'let x = 1;\nprint x + y;',
    "div_zero": 'let z = 0;\n\nprint 10 / z;',
    "type_err": 'print 1 + "one";',
    "missing_semi": 'let a = 1\nprint a;',
    "unterminated": 'if 1 < 2 {\n  print 1;\n',
    "arity": 'fn f(a, b) { return a; }\nprint f(1);',
    "undeclared": 'fn g() { q = 3; }\ng();',
    "not_fn": 'let n = 4;\nn(1);',
}

for name, src in PROGRAMS.items():
    out = []
    try:
        run(Parser(tokenize(src)).program(), Env(), out)
        status = "ok"
    except LangError as e:
        status = f"error {e}"
    print(f"== {name}: {status}")
    for line in out:
        print("   ", line)
