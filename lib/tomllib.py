"""tomllib -- parse TOML 1.0 documents (weft's own implementation).

Follows https://docs.python.org/3.11/library/tomllib.html: load(fp) reads a binary file,
loads(s) a str; tables become dicts, arrays lists, datetimes datetime/date/time objects.
Errors raise TOMLDecodeError with the position "(at line L, column C)" or "(at end of
document)"; the wording of the messages is weft's own.
"""

__all__ = ("loads", "load", "TOMLDecodeError")

import datetime as _dt


class TOMLDecodeError(ValueError):
    """An error while decoding a TOML document."""


_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}
_VALUE_END = " \t\n\r,]}#"


def load(fp, /, *, parse_float=float):
    """Parse a TOML document from a binary file."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse a TOML document from a string."""
    s = s.replace("\r\n", "\n")
    return _Parser(s, parse_float).document()


_EXPLICIT, _FROZEN = 0, 1


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}

    # --- errors and low-level scanning
    def error(self, msg, pos=None):
        pos = self.pos if pos is None else pos
        if pos >= len(self.src):
            where = "end of document"
        else:
            line = self.src.count("\n", 0, pos) + 1
            col = pos - (self.src.rfind("\n", 0, pos) + 1) + 1
            where = f"line {line}, column {col}"
        return TOMLDecodeError(f"{msg} (at {where})")

    def peek(self):
        return self.src[self.pos] if self.pos < len(self.src) else ""

    def skip_ws(self):
        src, n = self.src, len(self.src)
        while self.pos < n and src[self.pos] in " \t":
            self.pos += 1

    def skip_comment(self):
        if self.peek() == "#":
            end = self.src.find("\n", self.pos)
            end = len(self.src) if end < 0 else end
            for ch in self.src[self.pos + 1:end]:
                if (ch < " " and ch != "\t") or ch == "\x7f":
                    raise self.error("Illegal character in comment")
            self.pos = end

    def skip_ws_nl(self):
        while True:
            self.skip_ws()
            self.skip_comment()
            if self.peek() == "\n":
                self.pos += 1
            else:
                return

    def expect(self, ch):
        if self.peek() != ch:
            raise self.error(f"Expected '{ch}'")
        self.pos += 1

    def end_of_line(self):
        self.skip_ws()
        self.skip_comment()
        if self.pos < len(self.src):
            if self.peek() != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1

    # --- document structure
    #
    # Which keys may still be written is tracked on a tree of key paths, each node
    # [flags, flags_for_all_below, children]: _EXPLICIT marks a table declared by a
    # [header] (or opened by a dotted key, from the next header on), _FROZEN an inline
    # table or array (for the whole subtree).  Errors name the position after the
    # header's key or after the key/value pair, as CPython's tomllib does.
    def document(self):
        self.flags = {}
        self.pending = []
        header = ()
        while True:
            self.skip_ws_nl()
            if self.pos >= len(self.src):
                return self.root
            if self.peek() == "[":
                for key, flag in self.pending:
                    self.set_flag(self.flags, key, flag, False)
                self.pending = []
                if self.src.startswith("[[", self.pos):
                    self.pos += 2
                    self.skip_ws()
                    header = self.header_key()
                    self.array_table(header)
                    if not self.src.startswith("]]", self.pos):
                        raise self.error("Expected ']]' at the end of an array declaration")
                    self.pos += 2
                else:
                    self.pos += 1
                    self.skip_ws()
                    header = self.header_key()
                    self.table(header)
                    if self.peek() != "]":
                        raise self.error("Expected ']' at the end of a table declaration")
                    self.pos += 1
            else:
                self.doc_key_value(header)
            self.end_of_line()

    def header_key(self):
        keys = tuple(self.key())
        self.skip_ws()
        return keys

    @staticmethod
    def flag_is(tree, key, flag):
        if not key:
            return False
        nodes = tree
        for k in key[:-1]:
            node = nodes.get(k)
            if node is None:
                return False
            if flag in node[1]:
                return True
            nodes = node[2]
        node = nodes.get(key[-1])
        return node is not None and (flag in node[0] or flag in node[1])

    @staticmethod
    def set_flag(tree, key, flag, recursive):
        nodes = tree
        for k in key[:-1]:
            nodes = nodes.setdefault(k, [set(), set(), {}])[2]
        node = nodes.setdefault(key[-1], [set(), set(), {}])
        node[1 if recursive else 0].add(flag)

    @staticmethod
    def unset_flags(tree, key):
        nodes = tree
        for k in key[:-1]:
            if k not in nodes:
                return
            nodes = nodes[k][2]
        nodes.pop(key[-1], None)

    @staticmethod
    def nest(t, key, lists=True):
        """The table at `key` below `t` (with `lists`, the last table of an array of
        tables), created when missing; KeyError when another value is in the way."""
        for k in key:
            if k not in t:
                t[k] = {}
            t = t[k]
            if lists and isinstance(t, list):
                t = t[-1]
            if not isinstance(t, dict):
                raise KeyError(key)
        return t

    def table(self, key):
        if self.flag_is(self.flags, key, _EXPLICIT) or self.flag_is(self.flags, key, _FROZEN):
            raise self.error(f"Cannot declare {key} twice")
        self.set_flag(self.flags, key, _EXPLICIT, False)
        try:
            self.nest(self.root, key)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None

    def array_table(self, key):
        if self.flag_is(self.flags, key, _FROZEN):
            raise self.error(f"Cannot mutate immutable namespace {key}")
        self.unset_flags(self.flags, key)
        self.set_flag(self.flags, key, _EXPLICIT, False)
        try:
            parent = self.nest(self.root, key[:-1])
            arr = parent.get(key[-1])
            if arr is None:
                parent[key[-1]] = [{}]
            elif isinstance(arr, list):
                arr.append({})
            else:
                raise KeyError(key)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None

    def doc_key_value(self, header):
        keys = tuple(self.key())
        self.skip_ws()
        self.expect("=")
        self.skip_ws()
        value = self.value()
        for i in range(1, len(keys)):
            opened = header + keys[:i]
            if self.flag_is(self.flags, opened, _EXPLICIT):
                raise self.error(f"Cannot redefine namespace {opened}")
            self.pending.append((opened, _EXPLICIT))
        parent = header + keys[:-1]
        if self.flag_is(self.flags, parent, _FROZEN):
            raise self.error(f"Cannot mutate immutable namespace {parent}")
        try:
            t = self.nest(self.root, parent)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if keys[-1] in t:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.set_flag(self.flags, header + keys, _FROZEN, True)
        t[keys[-1]] = value

    def inline_key_value(self, table, flags):
        """One `key = value` of an inline table (`flags`: its own frozen keys)."""
        keys = tuple(self.key())
        self.skip_ws()
        self.expect("=")
        self.skip_ws()
        value = self.value()
        if self.flag_is(flags, keys, _FROZEN):
            raise self.error(f"Cannot mutate immutable namespace {keys}")
        try:
            t = self.nest(table, keys[:-1], lists=False)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if keys[-1] in t:
            raise self.error(f"Duplicate inline table key {keys[-1]!r}")
        t[keys[-1]] = value
        if isinstance(value, (dict, list)):
            self.set_flag(flags, keys, _FROZEN, True)

    def key(self):
        keys = [self.simple_key()]
        while True:
            self.skip_ws()
            if self.peek() != ".":
                return keys
            self.pos += 1
            self.skip_ws()
            keys.append(self.simple_key())

    def simple_key(self):
        ch = self.peek()
        if ch == '"':
            return self.basic_string()
        if ch == "'":
            return self.literal_string()
        start = self.pos
        src, n = self.src, len(self.src)
        while self.pos < n and src[self.pos] in _BARE:
            self.pos += 1
        if self.pos == start:
            raise self.error("Invalid initial character for a key part")
        return src[start:self.pos]

    # --- values
    def value(self):
        ch = self.peek()
        src = self.src
        if ch == '"':
            if src.startswith('"""', self.pos):
                return self.ml_basic_string()
            return self.basic_string()
        if ch == "'":
            if src.startswith("'''", self.pos):
                return self.ml_literal_string()
            return self.literal_string()
        if ch == "[":
            return self.array()
        if ch == "{":
            return self.inline_table()
        if src.startswith("true", self.pos):
            self.pos += 4
            return True
        if src.startswith("false", self.pos):
            self.pos += 5
            return False
        return self.number_or_date()

    def array(self):
        self.pos += 1
        out = []
        while True:
            self.skip_ws_nl()
            if self.peek() == "]":
                self.pos += 1
                break
            out.append(self.value())
            self.skip_ws_nl()
            if self.peek() == ",":
                self.pos += 1
                continue
            if self.peek() == "]":
                self.pos += 1
                break
            raise self.error("Unclosed array")
        return out

    def inline_table(self):
        self.pos += 1
        t = {}
        self.skip_ws()
        if self.peek() == "}":
            self.pos += 1
            return t
        flags = {}
        while True:
            self.skip_ws()
            self.inline_key_value(t, flags)
            self.skip_ws()
            ch = self.peek()
            if ch == "}":
                self.pos += 1
                break
            if ch != ",":
                raise self.error("Unclosed inline table")
            self.pos += 1
        return t

    def escape(self, multiline):
        src = self.src
        self.pos += 1
        ch = self.peek()
        if ch in _ESCAPES:
            self.pos += 1
            return _ESCAPES[ch]
        if ch in "uU":
            n = 4 if ch == "u" else 8
            digits = src[self.pos + 1:self.pos + 1 + n]
            if len(digits) != n or any(c not in "0123456789abcdefABCDEF" for c in digits):
                raise self.error("Invalid hex value")
            cp = int(digits, 16)
            if 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
                raise self.error("Escaped character is not a Unicode scalar value")
            self.pos += 1 + n
            return chr(cp)
        if multiline and ch in " \t\n":
            j = self.pos
            while j < len(src) and src[j] in " \t":
                j += 1
            if j < len(src) and src[j] != "\n":
                raise self.error("Unescaped '\\' in a string")
            while j < len(src) and src[j] in " \t\n":
                j += 1
            self.pos = j
            return ""
        raise self.error("Unescaped '\\' in a string")

    def basic_string(self):
        self.pos += 1
        out = []
        src = self.src
        while True:
            if self.pos >= len(src):
                raise self.error("Unterminated string")
            ch = src[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                out.append(self.escape(False))
                continue
            if ch == "\n" or (ch < " " and ch != "\t") or ch == "\x7f":
                raise self.error("Illegal character in basic string" if ch != "\n" else "Unterminated string")
            out.append(ch)
            self.pos += 1

    def literal_string(self):
        self.pos += 1
        end = self.src.find("'", self.pos)
        nl = self.src.find("\n", self.pos)
        if end < 0 or (0 <= nl < end):
            raise self.error("Unterminated string")
        s = self.src[self.pos:end]
        self.pos = end + 1
        return s

    def ml_basic_string(self):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        out = []
        src = self.src
        while True:
            if self.pos >= len(src):
                raise self.error("Unterminated string")
            if src.startswith('"""', self.pos):
                self.pos += 3
                extra = 0
                while extra < 2 and self.peek() == '"':
                    self.pos += 1
                    extra += 1
                return "".join(out) + '"' * extra
            ch = src[self.pos]
            if ch == "\\":
                out.append(self.escape(True))
                continue
            out.append(ch)
            self.pos += 1

    def ml_literal_string(self):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        end = self.src.find("'''", self.pos)
        if end < 0:
            raise self.error("Unterminated string", len(self.src))
        extra = 0
        while extra < 2 and self.src.startswith("'", end + 3):
            end += 1
            extra += 1
        s = self.src[self.pos:end]
        self.pos = end + 3
        return s

    def number_or_date(self):
        start = self.pos
        src, n = self.src, len(self.src)
        end = start
        while end < n and src[end] not in _VALUE_END:
            end += 1
        tok = src[start:end]
        # a date-time may hold one space between the date and the time
        if (len(tok) == 10 and tok[4:5] == "-" and end + 1 < n and src[end] == " "
                and src[end + 1].isdigit()):
            end2 = end + 1
            while end2 < n and src[end2] not in _VALUE_END:
                end2 += 1
            tok = tok + "T" + src[end + 1:end2]
            end = end2
        if not tok:
            raise self.error("Invalid value")
        v = self.convert(tok, start)
        self.pos = end
        return v

    def convert(self, tok, start):
        if tok in ("inf", "+inf", "-inf", "nan", "+nan", "-nan"):
            return self.parse_float(tok)
        if len(tok) >= 5 and (tok[2] == ":" or tok[4] == "-"):
            return self.datetime(tok, start)
        body = tok[1:] if tok[0] in "+-" else tok
        if body[:2] in ("0x", "0o", "0b"):
            if tok[0] in "+-":
                raise self.error("Invalid value", start)
            base = {"0x": 16, "0o": 8, "0b": 2}[body[:2]]
            digits = body[2:]
            if not digits or digits[0] == "_" or digits[-1] == "_" or "__" in digits:
                raise self.error("Invalid value", start)
            try:
                return int(digits, base)
            except ValueError:
                raise self.error("Invalid value", start) from None
        if not body or "__" in body or body[0] == "_" or body[-1] == "_":
            raise self.error("Invalid value", start)
        if any(c in body for c in ".eE"):
            mant = body.split("e")[0].split("E")[0]
            if (not body[0].isdigit() or "._" in body or "_." in body or mant.endswith(".")
                    or (len(mant) > 1 and mant[0] == "0" and mant[1] != ".")
                    or any(c not in "0123456789._eE+-" for c in body)):
                raise self.error("Invalid value", start)
            try:
                float(tok.replace("_", ""))
            except ValueError:
                raise self.error("Invalid value", start) from None
            return self.parse_float(tok.replace("_", ""))
        if not body.replace("_", "").isdigit() or not body.isascii() or (len(body) > 1 and body[0] == "0"):
            raise self.error("Invalid value", start)
        return int(tok.replace("_", ""))

    def datetime(self, tok, start):
        try:
            if len(tok) >= 5 and tok[2] == ":":
                return self.time(tok)
            if len(tok) == 10:
                return _dt.date(int(tok[0:4]), int(tok[5:7]), int(tok[8:10]))
            if tok[10] not in "Tt" or tok[4] != "-" or tok[7] != "-":
                raise ValueError
            date = _dt.date(int(tok[0:4]), int(tok[5:7]), int(tok[8:10]))
            rest = tok[11:]
            tz = None
            if rest[-1:] in "Zz":
                tz = _dt.timezone.utc
                rest = rest[:-1]
            elif len(rest) > 8 and rest[-6] in "+-" and rest[-3] == ":":
                sign = -1 if rest[-6] == "-" else 1
                off = _dt.timedelta(hours=int(rest[-5:-3]), minutes=int(rest[-2:]))
                tz = _dt.timezone(sign * off)
                rest = rest[:-6]
            t = self.time(rest)
            return _dt.datetime.combine(date, t).replace(tzinfo=tz)
        except (ValueError, IndexError):
            raise self.error("Invalid date or datetime", start) from None

    @staticmethod
    def time(tok):
        if len(tok) < 8 or tok[2] != ":" or tok[5] != ":":
            raise ValueError
        micro = 0
        if len(tok) > 8:
            if tok[8] != "." or len(tok) == 9 or not tok[9:].isdigit():
                raise ValueError
            micro = int(tok[9:15].ljust(6, "0"))
        return _dt.time(int(tok[0:2]), int(tok[3:5]), int(tok[6:8]), micro)
