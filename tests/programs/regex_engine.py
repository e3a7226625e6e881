"""A tiny regular-expression engine (Thompson NFA) checked against the re module."""
import re


class State:
    __slots__ = ("kind", "ch", "out", "out2")

    def __init__(self, kind, ch=None, out=None, out2=None):
        self.kind, self.ch, self.out, self.out2 = kind, ch, out, out2


def parse(pattern):
    pos = 0

    def peek():
        return pattern[pos] if pos < len(pattern) else None

    def eat():
        nonlocal pos
        pos += 1
        return pattern[pos - 1]

    def alt():
        left = seq()
        while peek() == "|":
            eat()
            left = ("alt", left, seq())
        return left

    def seq():
        items = []
        while peek() not in (None, "|", ")"):
            items.append(repeat())
        return ("seq", items)

    def repeat():
        node = atom()
        while peek() in ("*", "+", "?"):
            node = (eat(), node)
        return node

    def atom():
        c = eat()
        if c == "(":
            node = alt()
            if peek() != ")":
                raise SyntaxError(f"missing ) at {pos}")
            eat()
            return node
        if c in "*+?":
            raise SyntaxError(f"nothing to repeat at {pos - 1}")
        if c == "\\":
            return ("char", eat())
        return ("any",) if c == "." else ("char", c)

    tree = alt()
    if pos != len(pattern):
        raise SyntaxError(f"unbalanced ) at {pos}")
    return tree


def compile_nfa(node, nxt):
    kind = node[0]
    if kind == "char":
        return State("char", node[1], nxt)
    if kind == "any":
        return State("any", None, nxt)
    if kind == "seq":
        for item in reversed(node[1]):
            nxt = compile_nfa(item, nxt)
        return nxt
    if kind == "alt":
        return State("split", None, compile_nfa(node[1], nxt), compile_nfa(node[2], nxt))
    if kind == "?":
        return State("split", None, compile_nfa(node[1], nxt), nxt)
    if kind in ("*", "+"):
        loop = State("split", None, None, nxt)
        body = compile_nfa(node[1], loop)
        loop.out = body
        return loop if kind == "*" else body
    raise ValueError(kind)


def closure(states):
    stack, seen = list(states), set()
    out = []
    while stack:
        s = stack.pop()
        if id(s) in seen:
            continue
        seen.add(id(s))
        if s.kind == "split":
            stack.append(s.out2)
            stack.append(s.out)
        else:
            out.append(s)
    return out


def fullmatch(pattern, text):
    start = compile_nfa(parse(pattern), State("match"))
    current = closure([start])
    for ch in text:
        current = closure([s.out for s in current if s.kind == "any" or (s.kind == "char" and s.ch == ch)])
        if not current:
            return False
    return any(s.kind == "match" for s in current)


patterns = ["abc", "a*b", "(ab)*c?", "a|b|cd", "(a|b)*abb", "x.+y", "colou?r", "(a*)*b", "\\.\\*", "((a|b)(c|d))+", ""]
texts = ["", "abc", "b", "aaab", "ababc", "ab", "cd", "babb", "abababb", "xy", "x--y", "color", "colour", "aaaab", ".*", "acbd", "ad"]
mismatches = 0
for pat in patterns:
    matched = [t for t in texts if fullmatch(pat, t)]
    expect = [t for t in texts if re.fullmatch(pat, t)]
    mismatches += matched != expect
    print(f"{pat!r:>16}: {matched}")
print("mismatches:", mismatches)
print(fullmatch("(a|b)*c", "ab" * 200 + "c"), fullmatch("(a*)*b", "a" * 100))
for bad in ["(ab", "ab)", "*a", "a|*", "a(b|c"]:
    try:
        parse(bad)
        print("parsed", bad)
    except SyntaxError as exc:
        print(f"SyntaxError: {exc}")
print(parse("a(b|c)*d?"))
