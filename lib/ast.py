"""weft's ast module: literal_eval only (https://docs.python.org/3.11/library/ast.html#ast.literal_eval).

weft does not expose its syntax tree; literal_eval checks the text with compile() (so syntax
errors read as CPython's) and then evaluates the literal subset with a small parser of its own.
"""

__all__ = ['literal_eval']


class AST:
    """Stand-in for the node a malformed literal stopped at (only its repr is used)."""

    _fields = ()

    def __init__(self, lineno=1):
        self.lineno = lineno


def _node_class(name):
    return type(name, (AST,), {'__module__': 'ast'})


_NODE_CLASSES = {}


def _node(name, lineno):
    cls = _NODE_CLASSES.get(name)
    if cls is None:
        cls = _NODE_CLASSES[name] = _node_class(name)
    return cls(lineno)


_PUNCT = ('**', '//', '<<', '>>', '<=', '>=', '==', '!=', ':=', '->')
_OPEN = {'(': ')', '[': ']', '{': '}'}


def _string_end(s, i, q):
    """Index just past the string literal whose quote `q` starts at s[i]."""
    n = len(s)
    j = i + len(q)
    while j < n:
        c = s[j]
        if c == '\\':
            j += 2
            continue
        if s.startswith(q, j):
            return j + len(q)
        j += 1
    return n


def _tokens(s):
    """(kind, text, line) tuples: 'num', 'str', 'name', 'op'."""
    out = []
    i, n, line = 0, len(s), 1
    while i < n:
        c = s[i]
        if c == '\n':
            line += 1
            i += 1
        elif c in ' \t\r\f\\':
            i += 1
        elif c == '#':
            while i < n and s[i] != '\n':
                i += 1
        elif c.isdigit() or (c == '.' and i + 1 < n and s[i + 1].isdigit()):
            j = i
            while j < n and (s[j].isalnum() or s[j] in '._' or
                             (s[j] in '+-' and s[j - 1] in 'eE' and not s[i:j].lower().startswith(('0x', '0b', '0o')))):
                j += 1
            out.append(('num', s[i:j], line))
            i = j
        elif c.isalpha() or c == '_' or ord(c) > 127:
            j = i
            while j < n and (s[j].isalnum() or s[j] == '_' or ord(s[j]) > 127):
                j += 1
            word = s[i:j]
            if j < n and s[j] in '\'"' and word.lower() in ('r', 'b', 'u', 'f', 'rb', 'br', 'fr', 'rf'):
                q = s[j] * 3 if s.startswith(s[j] * 3, j) else s[j]
                k = _string_end(s, j, q)
                out.append(('str', s[i:k], line))
                line += s.count('\n', i, k)
                i = k
            else:
                out.append(('name', word, line))
                i = j
        elif c in '\'"':
            q = c * 3 if s.startswith(c * 3, i) else c
            k = _string_end(s, i, q)
            out.append(('str', s[i:k], line))
            line += s.count('\n', i, k)
            i = k
        else:
            for p in _PUNCT:
                if s.startswith(p, i):
                    out.append(('op', p, line))
                    i += len(p)
                    break
            else:
                out.append(('op', c, line))
                i += 1
    return out


class _Malformed(Exception):
    pass


class _Parser:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ('end', '', 0)

    def take(self):
        t = self.peek()
        self.i += 1
        return t

    def fail(self, name, line):
        raise _Malformed(_node(name, line or 1))

    def expr(self):
        """A literal, or number +/- imaginary number (complex literals)."""
        line = self.peek()[2]
        left, lnode = self.unary()
        k, text, _ = self.peek()
        if k == 'op' and text in '+-' and text:
            self.take()
            right, rnode = self.unary()
            if (lnode not in ('num', 'neg', 'pnum') or rnode not in ('num', 'pnum')
                    or not isinstance(left, (int, float)) or isinstance(left, bool)
                    or not isinstance(right, complex)):
                self.fail('BinOp', line)
            left = left + right if text == '+' else left - right
            lnode = 'binop'
        k, text, line2 = self.peek()
        if k == 'op' and text not in (',', ')', ']', '}', ':'):
            self.fail(_OP_NODES.get(text, 'BinOp'), line)
        if k in ('num', 'str', 'name'):
            self.fail('Name', line2)
        return left, lnode

    def unary(self):
        k, text, line = self.peek()
        if k == 'op' and text in '+-':
            self.take()
            v, node = self.unary()
            if node not in ('num', 'pnum') or isinstance(v, bool):
                self.fail('Constant' if node == 'const' else 'UnaryOp', line)
            return (-v if text == '-' else +v), 'neg'
        return self.atom()

    def atom(self):
        k, text, line = self.take()
        if k == 'num':
            return eval(text), 'num'
        if k == 'str':
            if 'f' in text[:3].lower().split(text[-1])[0]:
                self.fail('JoinedStr', line)
            v = eval(text)
            while self.peek()[0] == 'str':
                k2, t2, l2 = self.take()
                if 'f' in t2[:3].lower().split(t2[-1])[0]:
                    self.fail('JoinedStr', line)
                v = v + eval(t2)
            return v, 'const'
        if k == 'name':
            if text in ('True', 'False', 'None'):
                return {'True': True, 'False': False, 'None': None}[text], 'const'
            nxt = self.peek()
            if text == 'set' and nxt[1] == '(' and self.toks[self.i + 1:self.i + 2] and self.toks[self.i + 1][1] == ')':
                self.i += 2
                return set(), 'const'
            if nxt[0] == 'op' and nxt[1] in ('(', '.', '['):
                self.fail({'(': 'Call', '.': 'Attribute', '[': 'Subscript'}[nxt[1]], line)
            if text in ('if', 'for'):
                self.fail('IfExp' if text == 'if' else 'ListComp', line)
            self.fail('Name', line)
        if k == 'op':
            if text == '...':
                return ..., 'const'
            if text == '.' and self.toks[self.i:self.i + 2] and [t[1] for t in self.toks[self.i:self.i + 2]] == ['.', '.']:
                self.i += 2
                return ..., 'const'
            if text == '(':
                return self.sequence(')', line, tuple)
            if text == '[':
                return self.sequence(']', line, list)
            if text == '{':
                return self.brace(line)
        self.fail('Name', line)

    def sequence(self, close, line, kind):
        items, saw_comma = [], False
        while True:
            k, text, _ = self.peek()
            if k == 'op' and text == close:
                self.take()
                break
            items.append(self.expr()[0])
            k, text, l2 = self.peek()
            if k == 'op' and text == ',':
                self.take()
                saw_comma = True
            elif not (k == 'op' and text == close):
                self.fail('Name', l2)
        if kind is tuple and len(items) == 1 and not saw_comma:
            v = items[0]
            num = isinstance(v, (int, float, complex)) and not isinstance(v, bool)
            return v, ('pnum' if num else 'paren')
        return kind(items), 'const'

    def brace(self, line):
        k, text, _ = self.peek()
        if k == 'op' and text == '}':
            self.take()
            return {}, 'const'
        keys, vals, is_dict = [], [], None
        while True:
            k, text, _ = self.peek()
            if k == 'op' and text == '}':
                self.take()
                break
            if k == 'op' and text == '**':
                self.fail('Dict', line)
            key = self.expr()[0]
            k, text, l2 = self.peek()
            if is_dict is None:
                is_dict = k == 'op' and text == ':'
            if is_dict:
                self.take()
                vals.append(self.expr()[0])
            keys.append(key)
            k, text, l2 = self.peek()
            if k == 'op' and text == ',':
                self.take()
            elif not (k == 'op' and text == '}'):
                self.fail('Name', l2)
        if is_dict:
            return dict(zip(keys, vals)), 'const'
        if not keys:
            return set(), 'const'
        try:
            return set(keys), 'const'
        except TypeError:
            raise
        return None


_OP_NODES = {'(': 'Call', '[': 'Subscript', '.': 'Attribute', '*': 'BinOp', '/': 'BinOp',
             '%': 'BinOp', '**': 'BinOp', '//': 'BinOp', '<': 'Compare', '>': 'Compare',
             '==': 'Compare', '!=': 'Compare', '<=': 'Compare', '>=': 'Compare', '|': 'BinOp',
             '&': 'BinOp', '^': 'BinOp', '<<': 'BinOp', '>>': 'BinOp', '@': 'BinOp'}


def literal_eval(node_or_string):
    """Evaluate a string holding only Python literals: strings, bytes, numbers, tuples,
    lists, dicts, sets, booleans, None and Ellipsis."""
    if not isinstance(node_or_string, str):
        if isinstance(node_or_string, AST):
            raise ValueError(f'malformed node or string: {node_or_string!r}')
        if isinstance(node_or_string, (bytes, bytearray)):
            node_or_string = bytes(node_or_string).decode()
        else:
            raise ValueError(f'malformed node or string: {node_or_string!r}')
    src = node_or_string.lstrip(' \t')
    compile(src, '<unknown>', 'eval')
    p = _Parser(_tokens(src))
    try:
        if p.peek()[0] == 'name' and p.peek()[1] in ('lambda', 'not', 'await', 'yield'):
            p.fail({'lambda': 'Lambda', 'not': 'UnaryOp'}.get(p.peek()[1], 'Name'), p.peek()[2])
        value, _ = p.expr()
        k, text, line = p.peek()
        if k == 'op' and text == ',':
            # a bare tuple: 1, 2
            items = [value]
            while p.peek()[0] == 'op' and p.peek()[1] == ',':
                p.take()
                if p.peek()[0] == 'end':
                    break
                items.append(p.expr()[0])
            value = tuple(items)
        if p.peek()[0] != 'end':
            k, text, line = p.peek()
            p.fail('Name', line)
    except _Malformed as e:
        node = e.args[0]
        raise ValueError(f'malformed node or string on line {node.lineno}: {node!r}') from None
    return value
