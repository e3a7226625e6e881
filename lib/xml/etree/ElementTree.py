"""xml.etree.ElementTree -- a small ElementTree XML API (weft's own implementation).

Follows https://docs.python.org/3.11/library/xml.etree.elementtree.html: Element,
SubElement, ElementTree, fromstring/XML, parse, tostring, dump, indent, register_namespace
and the ElementPath subset (tag, *, ., .., //, [@a], [@a='v'], [tag], [tag='text'],
[n], [last()]). The parser is non-validating; DTDs are skipped, comments and
processing instructions are dropped as the default TreeBuilder does.
"""

import io
import re
import sys

from xml.etree.ElementPath import _select

__all__ = ["Element", "ElementTree", "ParseError", "SubElement", "XML", "dump", "fromstring",
           "fromstringlist", "indent", "iselement", "parse", "register_namespace", "tostring",
           "tostringlist"]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    pass


class Element:
    """An XML element: tag, attrib, text, tail and a list of children."""

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<Element %r at %#x>" % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        e = self.makeelement(self.tag, self.attrib)
        e.text, e.tail = self.text, self.tail
        e[:] = self
        return e

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        self._check(subelement, "append() argument")
        self._children.append(subelement)

    def extend(self, elements):
        for e in elements:
            if not isinstance(e, Element):
                raise TypeError('expected an Element, not "%s"' % type(e).__name__)
            self._children.append(e)

    def insert(self, index, subelement):
        self._check(subelement, "insert() argument 2")
        self._children.insert(index, subelement)

    def _check(self, e, what):
        if not isinstance(e, Element):
            raise TypeError("%s must be xml.etree.ElementTree.Element, not %s" % (what, type(e).__name__))

    def remove(self, subelement):
        for i, c in enumerate(self._children):
            if c is subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for c in self._children:
            yield from c.iter(tag)

    def itertext(self):
        if not isinstance(self.tag, str) and self.tag is not None:
            return
        if self.text:
            yield self.text
        for c in self._children:
            yield from c.itertext()
            if c.tail:
                yield c.tail

    def find(self, path, namespaces=None):
        return next(self.iterfind(path, namespaces), None)

    def findtext(self, path, default=None, namespaces=None):
        e = self.find(path, namespaces)
        if e is None:
            return default
        return e.text or ""

    def findall(self, path, namespaces=None):
        return list(self.iterfind(path, namespaces))

    def iterfind(self, path, namespaces=None):
        return iter(_select(self, path, namespaces))


def SubElement(parent, tag, attrib={}, **extra):
    e = parent.makeelement(tag, {**attrib, **extra})
    parent.append(e)
    return e


def iselement(element):
    return hasattr(element, "tag")


# --- parsing -------------------------------------------------------------------------------

_TOKEN = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<!DOCTYPE(?:[^\[>]|\[.*?\])*>|<\?.*?\?>|</[^>]*>|<[^>]*>|[^<]+",
                    re.S)
_ATTR = re.compile(r"""\s+([^\s=/>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')""")
_NAME = r"[A-Za-z_:\u00c0-\uffff][-\w.:\u00b7\u00c0-\uffff]*"
_ENTITY = re.compile(r"&(#[0-9]+|#x[0-9a-fA-F]+|" + _NAME + r");|&")
_PREDEF = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _where(text, pos):
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1)
    return line, col


def _error(text, pos, what, code=None):
    line, col = _where(text, pos)
    err = ParseError("%s: line %d, column %d" % (what, line, col))
    err.position = (line, col)
    err.code = code
    return err


def _unescape(s, text, pos):
    if "&" not in s:
        return s

    def rep(m):
        ref = m.group(1)
        if ref is None:
            raise _error(text, pos + m.start(), "not well-formed (invalid token)", 4)
        if ref[0] == "#":
            return chr(int(ref[2:], 16) if ref[1] == "x" else int(ref[1:]))
        if ref in _PREDEF:
            return _PREDEF[ref]
        raise _error(text, pos + m.start(), "undefined entity", 11)
    return _ENTITY.sub(rep, s)


def _resolve(name, scopes, is_attr=False):
    if name.startswith("xmlns"):
        return name
    if ":" in name:
        prefix, local = name.split(":", 1)
        for sc in reversed(scopes):
            if prefix in sc:
                return "{%s}%s" % (sc[prefix], local)
        return name
    if is_attr:
        return name
    for sc in reversed(scopes):
        if "" in sc:
            return "{%s}%s" % (sc[""], name) if sc[""] else name
    return name


class XMLParser:
    """Collects text and builds the element tree on close()."""

    def __init__(self, *, target=None, encoding=None):
        self._data = []
        self.target = target

    def feed(self, data):
        if isinstance(data, (bytes, bytearray)):
            data = bytes(data).decode("utf-8")
        self._data.append(data)

    def close(self):
        return _build("".join(self._data))


def _build(text):
    if text.startswith("\ufeff"):
        text = text[1:]
    stack, scopes, root, last = [], [], None, None
    for m in _TOKEN.finditer(text):
        tok, pos = m.group(), m.start()
        if tok.startswith("<!--") or tok.startswith("<?") or tok.startswith("<!DOCTYPE"):
            continue
        if tok.startswith("<![CDATA["):
            if not stack:
                raise _error(text, pos, "not well-formed (invalid token)", 4)
            data = tok[9:-3]
        elif tok.startswith("</"):
            name = tok[2:-1].strip()
            if not stack or _resolve(name, scopes) != stack[-1].tag:
                raise _error(text, pos + 2, "mismatched tag", 7)
            last = stack.pop()
            scopes.pop()
            continue
        elif tok.startswith("<"):
            if root is not None and not stack:
                raise _error(text, pos, "junk after document element", 9)
            body = tok[1:-1]
            selfclose = body.endswith("/")
            if selfclose:
                body = body[:-1]
            nm = re.match(_NAME, body)
            if nm is None:
                raise _error(text, pos, "not well-formed (invalid token)", 4)
            rest = body[nm.end():]
            attrs = {}
            consumed = 0
            for a in _ATTR.finditer(rest):
                if a.start() != consumed:
                    break
                consumed = a.end()
                raw = a.group(2) if a.group(2) is not None else a.group(3)
                attrs[a.group(1)] = _unescape(raw, text, pos)
            if rest[consumed:].strip():
                bad = re.match(r"\s*(?:[^\s=/>]+\s*=\s*)?", rest[consumed:]).end()
                raise _error(text, pos + 1 + nm.end() + consumed + bad, "not well-formed (invalid token)", 4)
            scope = {}
            for k, v in attrs.items():
                if k == "xmlns":
                    scope[""] = v
                elif k.startswith("xmlns:"):
                    scope[k[6:]] = v
            scopes.append(scope)
            attrib = {_resolve(k, scopes, True): v for k, v in attrs.items() if not k.startswith("xmlns")}
            e = Element(_resolve(nm.group(), scopes), attrib)
            if stack:
                stack[-1].append(e)
            else:
                root = e
            last = None
            if selfclose:
                last = e
                scopes.pop()
            else:
                stack.append(e)
            continue
        else:
            if not stack:
                if tok.strip():
                    where = "junk after document element" if root is not None else "syntax error"
                    raise _error(text, pos + len(tok) - len(tok.lstrip()), where, 9 if root is not None else 2)
                continue
            data = _unescape(tok, text, pos)
        if last is not None:
            last.tail = (last.tail or "") + data
        else:
            stack[-1].text = (stack[-1].text or "") + data
    if root is None or stack:
        raise _error(text, len(text), "no element found", 3)
    return root


def XML(text, parser=None):
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8")
    return _build(text)


fromstring = XML


def fromstringlist(sequence, parser=None):
    return XML("".join(s.decode() if isinstance(s, bytes) else s for s in sequence))


# --- serializing ---------------------------------------------------------------------------

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _escape_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attr(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;"))


def _serialize(elem, short_empty, default_namespace=None):
    used = {}

    def qname(tag):
        if tag[:1] == "{":
            uri, local = tag[1:].split("}", 1)
            if uri == default_namespace:
                return local
            if uri not in used:
                prefix = _namespace_map.get(uri) or "ns%d" % len(used)
                used[uri] = prefix
            return "%s:%s" % (used[uri], local)
        if default_namespace:
            raise ValueError("cannot use non-qualified names with default_namespace option")
        return tag

    def walk(e, out):
        if not isinstance(e.tag, str):
            raise TypeError("cannot serialize %r (type %s)" % (e.tag, type(e.tag).__name__))
        tag = qname(e.tag)
        out.append("<" + tag)
        for k, v in e.attrib.items():
            out.append(' %s="%s"' % (qname(k) if k[:1] == "{" else k, _escape_attr(str(v))))
        if e.text or len(e) or not short_empty:
            out.append(">")
            if e.text:
                out.append(_escape_text(e.text))
            for c in e:
                walk(c, out)
            out.append("</" + tag + ">")
        else:
            out.append(" />")
        if e.tail:
            out.append(_escape_text(e.tail))

    parts = []
    walk(elem, parts)
    if used or default_namespace:
        decls = []
        if default_namespace:
            decls.append(' xmlns="%s"' % _escape_attr(default_namespace))
        for uri, prefix in sorted(used.items(), key=lambda kv: kv[1]):
            decls.append(' xmlns:%s="%s"' % (prefix, _escape_attr(uri)))
        first = parts[0]
        idx = 1
        while idx < len(parts) and parts[idx].startswith(" ") and "=" in parts[idx]:
            idx += 1
        parts.insert(idx, "".join(decls))
        parts[0] = first
    return "".join(parts)


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    text = _serialize(element, short_empty_elements, default_namespace)
    if encoding == "unicode":
        if xml_declaration:
            return "<?xml version='1.0' encoding='utf-8'?>\n" + text
        return text
    enc = encoding or "us-ascii"
    decl = xml_declaration or (xml_declaration is None and enc.lower() not in ("us-ascii", "utf-8"))
    if decl:
        text = "<?xml version='1.0' encoding='%s'?>\n" % enc + text
    return text.encode(enc, "xmlcharrefreplace")


def tostringlist(element, encoding=None, method=None, **kw):
    return [tostring(element, encoding, method, **kw)]


def dump(elem):
    if isinstance(elem, ElementTree):
        elem = elem.getroot()
    text = tostring(elem, encoding="unicode")
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %d" % level)
    if not len(tree):
        return

    def walk(e, lvl):
        child_pad = "\n" + space * (lvl + 1)
        if not e.text or not e.text.strip():
            e.text = child_pad
        for c in e:
            if len(c):
                walk(c, lvl + 1)
            if not c.tail or not c.tail.strip():
                c.tail = child_pad
        if not c.tail.strip():
            c.tail = "\n" + space * lvl
    walk(tree, level)


class ElementTree:
    """A whole document: a root element plus file reading and writing."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file is not None:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        if hasattr(source, "read"):
            data = source.read()
        else:
            with open(source, "rb") as f:
                data = f.read()
        self._root = XML(data)
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _path(self, path):
        if path[:1] == "/":
            path = "." + path
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None, *, short_empty_elements=True):
        enc = encoding or "us-ascii"
        text = _serialize(self._root, short_empty_elements, default_namespace)
        if xml_declaration or (xml_declaration is None and enc.lower() not in ("us-ascii", "utf-8", "unicode")):
            if enc != "unicode":
                shown = enc
            elif hasattr(file_or_filename, "write"):
                shown = getattr(file_or_filename, "encoding", None) or "utf-8"
            else:
                import locale
                shown = locale.getpreferredencoding()
            text = "<?xml version='1.0' encoding='%s'?>\n" % shown + text
        if hasattr(file_or_filename, "write"):
            if enc == "unicode" or isinstance(file_or_filename, io.TextIOBase):
                file_or_filename.write(text)
            else:
                file_or_filename.write(text.encode(enc, "xmlcharrefreplace"))
        else:
            mode, kw = ("w", {"encoding": "utf-8"}) if enc == "unicode" else ("wb", {})
            with open(file_or_filename, mode, **kw) as f:
                f.write(text if enc == "unicode" else text.encode(enc, "xmlcharrefreplace"))


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    events = events or ("end",)
    tree = parse(source)

    def walk(e):
        if "start" in events:
            yield "start", e
        for c in e:
            yield from walk(c)
        if "end" in events:
            yield "end", e
    return walk(tree.getroot())
