"""A tiny Forth-like stack language interpreter."""
import operator


class StackError(Exception):
    pass


class Forth:
    BINOPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv,
              "mod": operator.mod, "=": lambda a, b: -1 if a == b else 0,
              "<": lambda a, b: -1 if a < b else 0, ">": lambda a, b: -1 if a > b else 0}

    def __init__(self):
        self.stack = []
        self.words = {}
        self.out = []

    def pop(self):
        if not self.stack:
            raise StackError("stack underflow")
        return self.stack.pop()

    def run(self, src):
        tokens = src.split()
        self.exec_tokens(tokens)
        return " ".join(self.out)

    def exec_tokens(self, tokens):
        i = 0
        while i < len(tokens):
            tok = tokens[i].lower()
            if tok == ":":
                end = tokens.index(";", i)
                name = tokens[i + 1].lower()
                if name.lstrip("-").isdigit():
                    raise StackError(f"cannot redefine number {name}")
                body = []
                for t in tokens[i + 2:end]:
                    body.extend(self.words.get(t.lower(), [t]))
                self.words[name] = body
                i = end + 1
                continue
            if tok == "if":
                depth, j, else_at = 1, i + 1, None
                while depth:
                    t = tokens[j].lower()
                    if t == "if":
                        depth += 1
                    elif t == "then":
                        depth -= 1
                    elif t == "else" and depth == 1:
                        else_at = j
                    j += 1
                cond = self.pop()
                then_end = else_at if else_at is not None else j - 1
                if cond:
                    self.exec_tokens(tokens[i + 1:then_end])
                elif else_at is not None:
                    self.exec_tokens(tokens[else_at + 1:j - 1])
                i = j
                continue
            self.exec_word(tok)
            i += 1

    def exec_word(self, tok):
        if tok in self.words:
            self.exec_tokens(self.words[tok])
        elif tok.lstrip("-").isdigit() and tok != "-":
            self.stack.append(int(tok))
        elif tok in self.BINOPS:
            b, a = self.pop(), self.pop()
            if tok == "/" and b == 0:
                raise StackError("divide by zero")
            self.stack.append(self.BINOPS[tok](a, b))
        elif tok == "dup":
            v = self.pop()
            self.stack += [v, v]
        elif tok == "drop":
            self.pop()
        elif tok == "swap":
            b, a = self.pop(), self.pop()
            self.stack += [b, a]
        elif tok == "over":
            b, a = self.pop(), self.pop()
            self.stack += [a, b, a]
        elif tok == "rot":
            c, b, a = self.pop(), self.pop(), self.pop()
            self.stack += [b, c, a]
        elif tok == ".":
            self.out.append(str(self.pop()))
        elif tok == ".s":
            self.out.append(f"<{len(self.stack)}> " + " ".join(map(str, self.stack)))
        elif tok == "emit":
            self.out.append(chr(self.pop()))
        else:
            raise StackError(f"undefined word {tok!r}")


programs = [
    "1 2 + .",
    "10 3 - 4 * .",
    "7 2 / 7 2 mod . .",
    "-7 2 / .",
    "1 2 3 .s rot .s",
    ": square dup * ; 12 square .",
    ": cube dup square * ; 3 cube .",
    ": abs dup 0 < if -1 * then ; -5 abs . 5 abs .",
    ": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -3 sign . 0 sign . 9 sign .",
    "72 emit 105 emit",
    "1 +",
    "5 0 /",
    "foo",
    ": 5 6 ;",
    ": swap dup ; 1 swap .s",
    "2 3 over .s",
    "99999999999999999999 dup * .",
]
for src in programs:
    f = Forth()
    if src.startswith(": cube"):
        f.run(": square dup * ;")
    try:
        print(f"{src!r:60} -> {f.run(src)!r}")
    except StackError as e:
        print(f"{src!r:60} !! {e} (stack={f.stack})")
