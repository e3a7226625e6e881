"""A tiny Forth interpreter: user-defined words, IF/ELSE/THEN, DO/LOOP, variables."""
import sys


class ForthError(Exception):
    def __init__(self, word, msg):
        super().__init__(word, msg)
        self.word = word
        self.msg = msg

    def __str__(self):
        return f"{self.word}: {self.msg}"


class StackUnderflow(ForthError):
    pass


class Forth:
    def __init__(self):
        self.stack = []
        self.rstack = []
        self.words = {}
        self.memory = {}
        self.out = []
        prims = {
            "+": lambda a, b: a + b,
            "-": lambda a, b: a - b,
            "*": lambda a, b: a * b,
            "/": lambda a, b: a // b,
            "MOD": lambda a, b: a % b,
            "=": lambda a, b: -1 if a == b else 0,
            "<": lambda a, b: -1 if a < b else 0,
            ">": lambda a, b: -1 if a > b else 0,
        }
        self.binops = prims

    def pop(self, word):
        if not self.stack:
            raise StackUnderflow(word, "stack underflow")
        return self.stack.pop()

    def tokenize(self, src):
        toks = []
        for line in src.splitlines():
            line = line.split("\\", 1)[0]
            toks.extend(line.upper().split())
        return toks

    def compile_body(self, toks, i):
        body = []
        while toks[i] != ";":
            body.append(toks[i])
            i += 1
        return body, i + 1

    def run(self, src):
        toks = self.tokenize(src)
        i = 0
        pending = []
        while i < len(toks):
            t = toks[i]
            if t == ":":
                name = toks[i + 1]
                body, i = self.compile_body(toks, i + 2)
                self.words[name] = body
                continue
            if t == "VARIABLE":
                self.memory[toks[i + 1]] = 0
                i += 2
                continue
            pending.append(t)
            if t == "CR":
                self.execute(pending)
                pending = []
            i += 1
        self.execute(pending)

    def execute(self, body):
        pc = 0
        while pc < len(body):
            t = body[pc]
            pc += 1
            if t.lstrip("-").isdigit():
                self.stack.append(int(t))
            elif t in self.binops:
                b = self.pop(t)
                a = self.pop(t)
                if t in ("/", "MOD") and b == 0:
                    raise ForthError(t, "division by zero")
                self.stack.append(self.binops[t](a, b))
            elif t == "DUP":
                v = self.pop(t)
                self.stack += [v, v]
            elif t == "DROP":
                self.pop(t)
            elif t == "SWAP":
                b, a = self.pop(t), self.pop(t)
                self.stack += [b, a]
            elif t == "OVER":
                b, a = self.pop(t), self.pop(t)
                self.stack += [a, b, a]
            elif t == ".":
                self.out.append(str(self.pop(t)))
            elif t == "CR":
                print(" ".join(self.out))
                self.out.clear()
            elif t == "IF":
                depth, j, else_at = 0, pc, None
                while True:
                    if body[j] == "IF":
                        depth += 1
                    elif body[j] == "ELSE" and depth == 0:
                        else_at = j
                    elif body[j] == "THEN":
                        if depth == 0:
                            break
                        depth -= 1
                    j += 1
                cond = self.pop(t)
                if cond:
                    self.execute(body[pc:else_at if else_at is not None else j])
                elif else_at is not None:
                    self.execute(body[else_at + 1:j])
                pc = j + 1
            elif t == "DO":
                j = body.index("LOOP", pc)
                start, limit = self.pop(t), self.pop(t)
                for k in range(start, limit):
                    self.rstack.append(k)
                    self.execute(body[pc:j])
                    self.rstack.pop()
                pc = j + 1
            elif t == "I":
                self.stack.append(self.rstack[-1])
            elif t in self.memory:
                self.stack.append(t)
            elif t == "!":
                addr = self.pop(t)
                self.memory[addr] = self.pop(t)
            elif t == "@":
                self.stack.append(self.memory[self.pop(t)])
            elif t in self.words:
                self.execute(self.words[t])
            else:
                raise ForthError(t, "unknown word")


PROGRAM = r"""
: SQUARE DUP * ;
: CUBE DUP SQUARE * ;
: ABS DUP 0 < IF 0 SWAP - THEN ;
: SIGN DUP 0 < IF DROP -1 ELSE 0 > IF 1 ELSE 0 THEN THEN ;
: FACT 1 SWAP 1 + 1 DO I * LOOP ;
VARIABLE TOTAL
: ADD-TOTAL TOTAL @ + TOTAL ! ;
3 SQUARE . 4 CUBE . -17 ABS . CR
-5 SIGN . 0 SIGN . 9 SIGN . CR
10 FACT . 20 FACT . CR   \ big ints are fine
10 0 DO I SQUARE ADD-TOTAL LOOP TOTAL @ . CR
7 2 MOD . -7 2 / . -7 2 MOD . CR
"""

f = Forth()
f.run(PROGRAM)
print("stack:", f.stack, "words:", sorted(f.words))

for bad in ["1 0 /", "DROP", "1 2 FROB", "5 6 OVER OVER + + . CR"]:
    g = Forth()
    try:
        g.run(bad)
        print(f"{bad!r:>24} ok {g.stack}")
    except StackUnderflow as e:
        print(f"{bad!r:>24} underflow -> {e} args={e.args}")
    except ForthError as e:
        print(f"{bad!r:>24} error -> {e!s} ({type(e).__name__})")

print("final:", file=sys.stderr, end=" ")
print(*f.stack, sep=",", file=sys.stderr)
Forth().run(": BOOM 1 + ; BOOM")
