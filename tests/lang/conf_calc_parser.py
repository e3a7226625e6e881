import re
import operator
TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\d*\.\d+|\d+)|(\*\*|[-+*/%()^,])|([A-Za-z_]\w*))")

class Tok:
    def __init__(self, kind, val, pos):
        self.kind, self.val, self.pos = kind, val, pos
    def __repr__(self):
        return f"Tok({self.kind}, {self.val!r}@{self.pos})"

def tokenize(s):
    pos = 0
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad char {s[pos]!r} at {pos}")
        num, op, name = m.groups()
        if num:
            yield Tok("num", float(num) if "." in num else int(num), m.start(1))
        elif op:
            yield Tok("op", op, m.start(2))
        else:
            yield Tok("name", name, m.start(3))
        pos = m.end()
    yield Tok("end", None, pos)

class Parser:
    BIN = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul),
           "/": (2, operator.truediv), "%": (2, operator.mod), "**": (3, operator.pow)}
    def __init__(self, text):
        self.toks = list(tokenize(text))
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]; self.i += 1; return t
    def expect(self, v):
        t = self.next()
        if t.val != v:
            raise SyntaxError(f"expected {v!r}, got {t.val!r} at {t.pos}")
    def parse(self):
        e = self.expr(0)
        if self.peek().kind != "end":
            raise SyntaxError(f"trailing {self.peek()!r}")
        return e
    def expr(self, minp):
        lhs = self.unary()
        while True:
            t = self.peek()
            if t.kind != "op" or t.val not in self.BIN:
                return lhs
            p, fn = self.BIN[t.val]
            if p < minp:
                return lhs
            self.next()
            rhs = self.expr(p if t.val == "**" else p + 1)
            lhs = ("bin", t.val, lhs, rhs)
    def unary(self):
        t = self.next()
        if t.val == "-":
            return ("neg", self.unary())
        if t.val == "(":
            e = self.expr(0); self.expect(")"); return e
        if t.kind == "num":
            return ("num", t.val)
        if t.kind == "name":
            if self.peek().val == "(":
                self.next()
                args = []
                if self.peek().val != ")":
                    args.append(self.expr(0))
                    while self.peek().val == ",":
                        self.next(); args.append(self.expr(0))
                self.expect(")")
                return ("call", t.val, args)
            return ("var", t.val)
        raise SyntaxError(f"unexpected {t!r}")

FUNCS = {"max": max, "min": min, "abs": abs, "sqrt": lambda x: x ** 0.5}

def evaluate(node, env):
    match_kind = node[0]
    if match_kind == "num":
        return node[1]
    if match_kind == "var":
        return env[node[1]]
    if match_kind == "neg":
        return -evaluate(node[1], env)
    if match_kind == "call":
        return FUNCS[node[1]](*(evaluate(a, env) for a in node[2]))
    _, op, l, r = node
    return Parser.BIN[op][1](evaluate(l, env), evaluate(r, env))

def show(node):
    k = node[0]
    if k in ("num", "var"): return str(node[1])
    if k == "neg": return f"(-{show(node[1])})"
    if k == "call": return f"{node[1]}({', '.join(map(show, node[2]))})"
    return f"({show(node[2])} {node[1]} {show(node[3])})"

env = {"x": 3, "y": 4.5, "big": 10**20}
for src in ["1 + 2 * 3", "2 ** 3 ** 2", "-(x + 1) * y", "max(1, x, 2) % 2", "sqrt(x*x + 16)",
            "7 / 2", "7 % -3", "big * big + 1", "1 / 0", "z + 1", "3 +", "4 $ 4", "(1 + 2",
            "abs(-2.5) - .5", "10 - 2 - 3", "2 ** -1", "min()"]:
    try:
        tree = Parser(src).parse()
        print(f"{src!r:20} => {show(tree):30} = {evaluate(tree, env)!r}")
    except (SyntaxError, ZeroDivisionError, KeyError, ValueError, TypeError) as e:
        print(f"{src!r:20} !! {type(e).__name__}: {e}")
print(list(tokenize("a+1.5")))
