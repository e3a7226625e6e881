"""html.parser -- a simple event-driven HTML tokenizer (weft's own implementation).

Follows https://docs.python.org/3.11/library/html.parser.html: subclass HTMLParser and
override the handle_* methods; feed() text in any number of pieces, then close().
Tag and attribute names are lowercased, attribute values unquoted and unescaped, and
the content of <script> and <style> is passed through as raw data.
"""

import re
from html import unescape

__all__ = ['HTMLParser']

_START = re.compile(r"""<([a-zA-Z][^\t\n\r\f />\x00]*)((?:[\s/]*[^\s/>=][^\s/>=]*"""
                    r"""(?:\s*=+\s*(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*))?)*)[\s/]*?(/?)>""")
_ATTR = re.compile(r"""([^\s/>=][^\s/>=]*)(?:\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?""")
_END = re.compile(r'</\s*([a-zA-Z][^\t\n\r\f />]*)[^>]*>')
_REF = re.compile(r'&(?:#([xX][0-9a-fA-F]+|[0-9]+)|([a-zA-Z][-.a-zA-Z0-9]*));?')
_REF_PREFIX = re.compile(r'&(?:#[xX]?)?')
_WS_OR_SEMI = re.compile(r'[\s;]')


class HTMLParser:
    """Find tags and other markup and call handler functions."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        """Feed data to the parser (any amount, any number of times)."""
        self.rawdata = self.rawdata + data
        self._goahead(False)

    def close(self):
        """Handle any buffered data."""
        self._goahead(True)

    def getpos(self):
        """Return the current line number and offset."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """Return the full source of the most recently opened start tag."""
        return self._starttag_text

    def _advance(self, i, j):
        if i >= j:
            return j
        chunk = self.rawdata[i:j]
        nl = chunk.count('\n')
        if nl:
            self.lineno += nl
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _text(self, data):
        if self.cdata_elem is not None:
            self.handle_data(data)
        elif self.convert_charrefs:
            self.handle_data(unescape(data))
        else:
            self.handle_data(data)

    def _goahead(self, end):
        raw = self.rawdata
        i, n = 0, len(raw)
        while i < n:
            if self.cdata_elem is not None:
                m = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I).search(raw, i)
                if m is None:
                    if not end:
                        break
                    j = n
                else:
                    j = m.start()
            else:
                j = raw.find('<', i)
                if not self.convert_charrefs:
                    amp = raw.find('&', i, None if j < 0 else j)
                    if amp >= 0:
                        j = amp
                if j < 0:
                    if self.convert_charrefs and not end:
                        amp = raw.rfind('&', max(i, n - 34))
                        if amp >= 0 and not _WS_OR_SEMI.search(raw, amp):
                            break  # a character reference may continue in the next feed
                    j = n
            if i < j:
                self._text(raw[i:j])
            i = self._advance(i, j)
            if i == n:
                break
            if raw[i] == '&':
                k = self._parse_ref(i, end)
            elif raw.startswith('</', i):
                k = self._parse_endtag(i)
            elif raw.startswith('<!--', i):
                k = self._parse_comment(i)
            elif raw.startswith('<?', i):
                k = self._parse_bracketed(i, 2, self.handle_pi)
            elif raw.startswith('<!', i):
                k = self._parse_declaration(i)
            elif i + 1 < n and raw[i + 1].isascii() and raw[i + 1].isalpha():
                k = self._parse_starttag(i)
            elif i + 1 < n or end:
                self.handle_data('<')
                k = i + 1
            else:
                break
            if k < 0:
                if not end:
                    break
                self._text(raw[i:n])
                k = n
            i = self._advance(i, k)
        self.rawdata = raw[i:]

    def _parse_ref(self, i, end):
        raw = self.rawdata
        m = _REF.match(raw, i)
        if m is None:
            if not end and _REF_PREFIX.fullmatch(raw, i):
                return -1
            self.handle_data('&')
            return i + 1
        if not m.group(0).endswith(';') and m.end() == len(raw) and not end:
            return -1  # the reference may continue in the next feed
        if m.group(1):
            self.handle_charref(m.group(1))
        else:
            self.handle_entityref(m.group(2))
        return m.end()

    def _parse_starttag(self, i):
        raw = self.rawdata
        m = _START.match(raw, i)
        if m is None:
            k = raw.find('>', i)
            if k < 0:
                return -1
            self.handle_data(raw[i:k + 1])
            return k + 1
        self._starttag_text = m.group(0)
        tag = m.group(1).lower()
        self.lasttag = tag
        attrs = []
        for a in _ATTR.finditer(m.group(2)):
            name, value = a.group(1), a.group(2)
            if value is not None:
                if value[:1] in ('"', "'") and value[:1] == value[-1:] and len(value) > 1:
                    value = value[1:-1]
                value = unescape(value)
            attrs.append((name.lower(), value))
        if m.group(3):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.cdata_elem = tag
        return m.end()

    def _parse_endtag(self, i):
        raw = self.rawdata
        k = raw.find('>', i)
        if k < 0:
            return -1
        if k == i + 2:  # "</>" is ignored
            return k + 1
        m = _END.match(raw, i)
        if m is None or m.end() != k + 1:
            if self.cdata_elem is not None:
                self.handle_data(raw[i:k + 1])
            else:
                self.handle_comment(raw[i + 2:k])
            return k + 1
        tag = m.group(1).lower()
        if self.cdata_elem is not None and tag != self.cdata_elem:
            self.handle_data(raw[i:k + 1])
            return k + 1
        self.handle_endtag(tag)
        self.cdata_elem = None
        return k + 1

    def _parse_comment(self, i):
        raw = self.rawdata
        k = raw.find('-->', i + 4)
        if k < 0:
            return -1
        self.handle_comment(raw[i + 4:k])
        return k + 3

    def _parse_bracketed(self, i, skip, handler):
        k = self.rawdata.find('>', i + skip)
        if k < 0:
            return -1
        handler(self.rawdata[i + skip:k])
        return k + 1

    def _parse_declaration(self, i):
        raw = self.rawdata
        if raw.startswith('<![', i):
            k = raw.find(']]>', i + 3)
            if k < 0:
                return -1
            self.unknown_decl(raw[i + 3:k])
            return k + 3
        if raw[i + 2:i + 9].lower() == 'doctype':
            return self._parse_bracketed(i, 2, self.handle_decl)
        return self._parse_bracketed(i, 2, self.handle_comment)

    # Overridable handlers -- the defaults do nothing.
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
