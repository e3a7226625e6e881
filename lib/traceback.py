"""traceback -- print or retrieve a stack traceback (weft's own implementation).

Follows https://docs.python.org/3.11/library/traceback.html

Output matches CPython 3.11, including the chained-exception sections, exception
groups, notes, and the "^^^^" / "~~~^~~~" position markers.  The markers need
code objects with co_positions() and tracebacks with tb_lasti (as CPython
provides); without them frames are printed without markers.  Markers for
binary operators and subscripts come from a small expression scanner instead
of the ast module; it agrees with CPython on ordinary expressions but may
differ on exotic ones (non-ASCII text inside the failing expression, for
instance, where CPython itself mixes byte and character offsets).
"""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")
_sentinel = object()


# ---------------------------------------------------------------- simple API

def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or extract_stack()."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of FrameSummary objects (or tuples) for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary of the entries of the traceback object tb."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        else:
            return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information; a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback; a list of strings."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        line = "%s\n" % etype
    else:
        line = "%s: %s\n" % (etype, valuestr)
    return line


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file, chain)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_type, sys.last_value and sys.last_traceback."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame (oldest first)."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear all references to local variables in the frames of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


# ---------------------------------------------------------------- FrameSummary

class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    positions = code.co_positions()
    target = instruction_index // 2
    i = 0
    for pos in positions:
        if i == target:
            return pos
        i += 1
    return (None, None, None, None)


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        positions = None
        try:
            positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        except Exception:
            positions = None
        if positions is None or positions[0] is None:
            if positions is None:
                positions = (None, None, None, None)
            yield tb.tb_frame, (tb.tb_lineno,) + tuple(positions[1:])
        else:
            yield tb.tb_frame, tuple(positions)
        tb = tb.tb_next


# ---------------------------------------------------------------- StackSummary

class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from a traceback or stack object."""
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = []
        if limit is not None and limit >= 0:
            if limit > 0:
                for item in frame_gen:
                    frames.append(item)
                    if len(frames) >= limit:
                        break
        else:
            frames = list(frame_gen)
            if limit is not None:
                frames = frames[limit:]

        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            co = f.f_code
            filename = co.co_filename
            name = co.co_name
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            if capture_locals:
                f_locals = f.f_locals
            else:
                f_locals = None
            result.append(FrameSummary(
                filename, lineno, name, lookup_line=False, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from FrameSummary objects or old-style tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary (one string)."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped))
            original = frame_summary._original_line
            # characters removed by strip() (indentation plus the newline)
            removed = len(original) - len(frame_summary.line.lstrip())
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                start = _byte_offset_to_character_offset(original, frame_summary.colno) + 1
                end = _byte_offset_to_character_offset(original, frame_summary.end_colno) + 1
                anchors = None
                if frame_summary.lineno == frame_summary.end_lineno:
                    try:
                        anchors = _caret_anchors(original[start - 1:end - 1])
                    except Exception:
                        anchors = None
                else:
                    end = removed + len(stripped)
                if end - start < len(stripped) or (anchors and anchors[1] - anchors[0] > 0):
                    # as CPython 3.11: wide characters take two columns on a terminal
                    segment = original[start - 1:end - 1]
                    dp_start = _display_width(original, start - 1) + 1
                    dp_end = _display_width(original, end - 1) + 1
                    row.append('    ')
                    row.append(' ' * (dp_start - removed))
                    if anchors:
                        left = _display_width(segment, anchors[0])
                        right = _display_width(segment, anchors[1])
                        row.append('~' * left)
                        row.append('^' * (right - left))
                        row.append('~' * (dp_end - dp_start - right))
                    else:
                        row.append('^' * (dp_end - dp_start))
                    row.append('\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """Format the stack ready for printing; a list of strings."""
        result = []
        last = None
        count = 0
        for fs in self:
            formatted = self.format_frame_summary(fs)
            if formatted is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or key != last or None in key:
                if count > _RECURSIVE_CUTOFF:
                    n = count - _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {n} more '
                                  f'time{"s" if n > 1 else ""}]\n')
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            n = count - _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {n} more '
                          f'time{"s" if n > 1 else ""}]\n')
        return result


def _byte_offset_to_character_offset(s, offset):
    as_utf8 = s.encode('utf-8')
    return len(as_utf8[:offset].decode("utf-8", errors="replace"))


def _display_width(line, offset):
    """The columns line[:offset] takes on a terminal (wide characters count two)."""
    if line.isascii():
        return offset
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(char) in 'WF' else 1
               for char in line[:offset])


# ---------------------------------------------------------------- caret anchors
#
# A tiny scanner + expression parser that finds, for a one-line expression
# segment, whether it is a binary operation or a subscript, and where its
# operator (or [index]) lies.  Node spans follow the ast module's convention:
# a parenthesised expression's span excludes the parentheses (tuples and
# generator expressions include them).

_OPERATORS3 = ('**=', '//=', '>>=', '<<=', '...', '!=')
_OPERATORS2 = ('**', '//', '<<', '>>', '<=', '>=', '==', '!=', '->', ':=',
               '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=')
_STRING_PREFIXES = ('r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf')


def _tokenize_segment(s):
    toks = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in ' \t\f':
            i += 1
            continue
        if c == '#' or c == '\n' or c == '\\':
            raise ValueError
        start = i
        if c.isalpha() or c == '_' or ord(c) > 127:
            while i < n and (s[i].isalnum() or s[i] == '_' or ord(s[i]) > 127):
                i += 1
            word = s[start:i]
            if i < n and s[i] in '\'"' and word.lower() in _STRING_PREFIXES:
                i = _scan_string(s, i)
                toks.append(('STR', start, i))
            else:
                toks.append(('NAME', start, i, word))
            continue
        if c.isdigit() or (c == '.' and i + 1 < n and s[i + 1].isdigit()):
            while i < n and (s[i].isalnum() or s[i] in '._' or
                             (s[i] in '+-' and s[i - 1] in 'eE' and not s[start:i].lower().startswith('0x'))):
                i += 1
            toks.append(('NUM', start, i))
            continue
        if c in '\'"':
            i = _scan_string(s, i)
            toks.append(('STR', start, i))
            continue
        three = s[i:i + 3]
        two = s[i:i + 2]
        if three in _OPERATORS3:
            op = three
        elif two in _OPERATORS2:
            op = two
        else:
            op = c
        i += len(op)
        toks.append(('OP', start, i, op))
    return toks


def _scan_string(s, i):
    q = s[i]
    if s[i:i + 3] == q * 3:
        end = s.find(q * 3, i + 3)
        while end > 0 and s[end - 1] == '\\':
            end = s.find(q * 3, end + 1)
        if end < 0:
            raise ValueError
        return end + 3
    j = i + 1
    n = len(s)
    while j < n:
        ch = s[j]
        if ch == '\\':
            j += 2
            continue
        if ch == q:
            return j + 1
        j += 1
    raise ValueError


class _Node:
    __slots__ = ('kind', 'start', 'end', 'left', 'right', 'op_index')

    def __init__(self, kind, start, end, left=None, right=None):
        self.kind = kind
        self.start = start
        self.end = end
        self.left = left
        self.right = right


_BIN_PREC = {'|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5,
             '*': 6, '/': 6, '//': 6, '%': 6, '@': 6}
_COMPARE = ('<', '>', '==', '>=', '<=', '!=')
_CLOSE = {'(': ')', '[': ']', '{': '}'}


class _ExprParser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        if self.pos < len(self.toks):
            return self.toks[self.pos]
        return None

    def is_op(self, tok, *ops):
        return tok is not None and tok[0] == 'OP' and tok[3] in ops

    def is_kw(self, tok, *words):
        return tok is not None and tok[0] == 'NAME' and tok[3] in words

    def skip_group(self):
        # pos is at an opening bracket; return index just past its partner
        depth = 0
        while self.pos < len(self.toks):
            t = self.toks[self.pos]
            self.pos += 1
            if t[0] == 'OP':
                if t[3] in '([{':
                    depth += 1
                elif t[3] in ')]}':
                    depth -= 1
                    if depth == 0:
                        return t[2]
        raise ValueError

    def expr(self):
        t = self.peek()
        if self.is_kw(t, 'lambda'):
            raise ValueError
        node = self.or_test()
        if self.is_kw(self.peek(), 'if'):
            self.pos += 1
            self.or_test()
            if not self.is_kw(self.peek(), 'else'):
                raise ValueError
            self.pos += 1
            other = self.expr()
            node = _Node('IfExp', node.start, other.end)
        return node

    def or_test(self):
        node = self.and_test()
        while self.is_kw(self.peek(), 'or'):
            self.pos += 1
            r = self.and_test()
            node = _Node('BoolOp', node.start, r.end)
        return node

    def and_test(self):
        node = self.not_test()
        while self.is_kw(self.peek(), 'and'):
            self.pos += 1
            r = self.not_test()
            node = _Node('BoolOp', node.start, r.end)
        return node

    def not_test(self):
        t = self.peek()
        if self.is_kw(t, 'not'):
            self.pos += 1
            r = self.not_test()
            return _Node('UnaryOp', t[1], r.end)
        return self.comparison()

    def comparison(self):
        node = self.binop(1)
        compared = False
        while True:
            t = self.peek()
            if self.is_op(t, *_COMPARE) or self.is_kw(t, 'in', 'is'):
                self.pos += 1
                if self.is_kw(t, 'is') and self.is_kw(self.peek(), 'not'):
                    self.pos += 1
            elif self.is_kw(t, 'not'):
                self.pos += 1
                if not self.is_kw(self.peek(), 'in'):
                    raise ValueError
                self.pos += 1
            else:
                break
            r = self.binop(1)
            node = _Node('Compare', node.start, r.end)
            compared = True
        return node

    def binop(self, min_prec):
        left = self.unary()
        while True:
            t = self.peek()
            if t is None or t[0] != 'OP' or t[3] not in _BIN_PREC:
                break
            prec = _BIN_PREC[t[3]]
            if prec < min_prec:
                break
            self.pos += 1
            right = self.binop(prec + 1)
            left = _Node('BinOp', left.start, right.end, left, right)
        return left

    def unary(self):
        t = self.peek()
        if self.is_op(t, '-', '+', '~'):
            self.pos += 1
            operand = self.unary()
            return _Node('UnaryOp', t[1], operand.end)
        if self.is_kw(t, 'await'):
            raise ValueError
        return self.power()

    def power(self):
        base = self.primary()
        if self.is_op(self.peek(), '**'):
            self.pos += 1
            exp = self.unary()
            return _Node('BinOp', base.start, exp.end, base, exp)
        return base

    def primary(self):
        node = self.atom()
        while True:
            t = self.peek()
            if self.is_op(t, '.'):
                self.pos += 1
                nt = self.peek()
                if nt is None or nt[0] != 'NAME':
                    raise ValueError
                self.pos += 1
                node = _Node('Attribute', node.start, nt[2])
            elif self.is_op(t, '('):
                end = self.skip_group()
                node = _Node('Call', node.start, end)
            elif self.is_op(t, '['):
                end = self.skip_group()
                node = _Node('Subscript', node.start, end, node)
            else:
                return node

    def atom(self):
        t = self.peek()
        if t is None:
            raise ValueError
        kind = t[0]
        if kind == 'NAME':
            if t[3] in ('if', 'else', 'for', 'in', 'is', 'and', 'or', 'not', 'lambda',
                        'yield', 'return', 'del', 'import', 'from', 'pass', 'raise',
                        'class', 'def', 'while', 'with', 'try', 'global', 'nonlocal',
                        'assert', 'break', 'continue', 'elif', 'except', 'finally', 'as'):
                raise ValueError
            self.pos += 1
            return _Node('Name', t[1], t[2])
        if kind == 'NUM':
            self.pos += 1
            return _Node('Constant', t[1], t[2])
        if kind == 'STR':
            self.pos += 1
            end = t[2]
            while self.peek() is not None and self.peek()[0] == 'STR':
                end = self.peek()[2]
                self.pos += 1
            return _Node('Constant', t[1], end)
        if kind == 'OP':
            op = t[3]
            if op == '...':
                self.pos += 1
                return _Node('Constant', t[1], t[2])
            if op == '(':
                save = self.pos
                self.pos += 1
                nt = self.peek()
                if nt is not None and not self.is_op(nt, ')') and not self.is_kw(nt, 'yield'):
                    try:
                        inner = self.expr()
                    except ValueError:
                        inner = None
                    if inner is not None and self.is_op(self.peek(), ')'):
                        self.pos += 1
                        return inner
                self.pos = save
                end = self.skip_group()
                return _Node('Tuple', t[1], end)
            if op in '[{':
                end = self.skip_group()
                return _Node('Display', t[1], end)
        raise ValueError


def _caret_anchors(segment):
    """(left_end, right_start) offsets of the primary part of segment, or None."""
    toks = _tokenize_segment(segment)
    if not toks:
        return None
    p = _ExprParser(toks)
    node = p.expr()
    if p.pos != len(toks):
        return None
    if node.kind == 'BinOp':
        left_end = node.left.end
        right_start = node.right.start
        op_str = segment[left_end:right_start]
        offset = len(op_str) - len(op_str.lstrip())
        left_anchor = left_end + offset
        right_anchor = left_anchor + 1
        if offset + 1 < len(op_str) and not op_str[offset + 1].isspace():
            right_anchor += 1
        while left_anchor < len(segment) and (segment[left_anchor].isspace() or
                                              segment[left_anchor] in ')#'):
            left_anchor += 1
            right_anchor += 1
        return (left_anchor, right_anchor)
    if node.kind == 'Subscript':
        left_anchor = node.left.end
        while left_anchor < len(segment) and segment[left_anchor] != '[':
            left_anchor += 1
        right_anchor = node.end
        return (left_anchor, right_anchor)
    return None


# ---------------------------------------------------------------- TracebackException

class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        if isinstance(text_gen, str):
            yield _indent_all(text_gen, indent_str)
        else:
            for text in text_gen:
                yield _indent_all(text, indent_str)


def _indent_all(text, prefix):
    if not prefix:
        return text
    return ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception ready for rendering (captures what formatting needs)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)

        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if not is_recursive_call:
            # build the cause/context/group tree breadth-first (no deep recursion)
            queue = [(self, exc_value)]
            while queue:
                te, e = queue.pop()
                if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                    cause = TracebackException(
                        type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                        limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                else:
                    cause = None
                if compact:
                    need_context = (cause is None and e is not None and
                                    not e.__suppress_context__)
                else:
                    need_context = True
                if (e is not None and e.__context__ is not None and need_context
                        and id(e.__context__) not in _seen):
                    context = TracebackException(
                        type(e.__context__), e.__context__, e.__context__.__traceback__,
                        limit=limit, lookup_lines=lookup_lines,
                        capture_locals=capture_locals,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                else:
                    context = None
                if e is not None and isinstance(e, BaseExceptionGroup):
                    exceptions = []
                    for exc in e.exceptions:
                        texc = TracebackException(
                            type(exc), exc, exc.__traceback__,
                            limit=limit, lookup_lines=lookup_lines,
                            capture_locals=capture_locals,
                            max_group_width=max_group_width,
                            max_group_depth=max_group_depth, _seen=_seen)
                        exceptions.append(texc)
                else:
                    exceptions = None
                te.__cause__ = cause
                te.__context__ = context
                te.exceptions = exceptions
                if cause:
                    queue.append((te.__cause__, e.__cause__))
                if context:
                    queue.append((te.__context__, e.__context__))
                if exceptions:
                    queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback (a generator of strings)."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return

        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype

        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif notes is not None:
            yield "{}\n".format(_safe_string(notes, '__notes__', func=repr))

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)

        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(caretspace, '^' * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Format the exception, with its chain; a generator of strings."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()

        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(
                    f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                is_toplevel = (_ctx.exception_group_depth == 0)
                if is_toplevel:
                    _ctx.exception_group_depth += 1
                if exc.stack:
                    yield from _ctx.emit(
                        'Exception Group Traceback (most recent call last):\n',
                        margin_char='+' if is_toplevel else None)
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
                num_excs = len(exc.exceptions)
                if num_excs <= self.max_group_width:
                    n = num_excs
                else:
                    n = self.max_group_width + 1
                _ctx.need_close = False
                for i in range(n):
                    last_exc = (i == n - 1)
                    if last_exc:
                        _ctx.need_close = True
                    truncated = i >= self.max_group_width
                    title = f'{i + 1}' if not truncated else '...'
                    yield (_ctx.indent() + ('+-' if i == 0 else '  ') + '+' +
                           '-' * 16 + f' {title} ' + '-' * 16 + '\n')
                    _ctx.exception_group_depth += 1
                    if not truncated:
                        yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
                    else:
                        remaining = num_excs - self.max_group_width
                        plural = 's' if remaining > 1 else ''
                        yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
                    if last_exc and _ctx.need_close:
                        yield _ctx.indent() + "+" + '-' * 36 + '\n'
                        _ctx.need_close = False
                    _ctx.exception_group_depth -= 1
                if is_toplevel:
                    _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
