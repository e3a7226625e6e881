"""The incremental and stream parts of codecs (IncrementalEncoder/Decoder, StreamReader/
StreamWriter, iterencode/iterdecode, codecs.open, the error-handler registry), over the
one-shot str.encode/bytes.decode. https://docs.python.org/3.11/library/codecs.html"""

import builtins as _builtins

_INCOMPLETE = ('unexpected end of data', 'truncated data')


def _norm(encoding):
    return encoding.lower().replace('_', '-').replace(' ', '-')


class Codec:
    """Stateless encoder/decoder base: encode/decode return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes text given in pieces; emits a BOM only once for utf-16/utf-32/utf-8-sig."""

    def __init__(self, errors='strict', encoding='utf-8'):
        self.errors = errors
        self.encoding = encoding
        self._first = True

    def encode(self, input, final=False):
        out = input.encode(self.encoding, self.errors)
        if self._first and input:
            self._first = False
            n = _norm(self.encoding)
            if n in ('utf-16', 'utf16', 'u16', 'utf-32', 'utf32', 'u32', 'utf-8-sig', 'utf8-sig'):
                self._bomless(n)
        return out

    def _bomless(self, n):
        import sys
        end = 'le' if sys.byteorder == 'little' else 'be'
        if n.startswith('utf-8') or n.startswith('utf8'):
            self.encoding = 'utf-8'
        elif '16' in n:
            self.encoding = 'utf-16-' + end
        else:
            self.encoding = 'utf-32-' + end

    def reset(self):
        self._first = True

    def getstate(self):
        return 0 if self._first else 2

    def setstate(self, state):
        self._first = not state


class BufferedIncrementalEncoder(IncrementalEncoder):
    pass


class IncrementalDecoder:
    """Decodes bytes given in pieces, holding back an incomplete trailing sequence."""

    def __init__(self, errors='strict', encoding='utf-8'):
        self.errors = errors
        self.encoding = encoding
        self._start = encoding
        self.buffer = b''

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        self.buffer = b''
        n = _norm(self.encoding)
        if n in ('utf-16', 'utf16', 'u16', 'utf-32', 'utf32', 'u32', 'utf-8-sig', 'utf8-sig'):
            need = 3 if '8' in n else (2 if '16' in n else 4)
            if len(data) < need and not final:
                self.buffer = data
                return ''
            head = data[:need]
            if need == 3:
                self.encoding = 'utf-8'
                bom = head == b'\xef\xbb\xbf'
            elif need == 2:
                self.encoding = 'utf-16-be' if head == b'\xfe\xff' else 'utf-16-le'
                bom = head in (b'\xfe\xff', b'\xff\xfe')
            else:
                self.encoding = 'utf-32-be' if head == b'\x00\x00\xfe\xff' else 'utf-32-le'
                bom = head in (b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')
            if bom:
                data = data[need:]
        out = []
        while True:
            try:
                out.append(data.decode(self.encoding, 'strict'))
                return ''.join(out)
            except UnicodeDecodeError as e:
                if not final and e.reason in _INCOMPLETE and e.end == len(data):
                    self.buffer = data[e.start:]
                    out.append(data[:e.start].decode(self.encoding, self.errors))
                    return ''.join(out)
                if self.errors == 'strict':
                    raise
                out.append(data[:e.end].decode(self.encoding, self.errors))
                data = data[e.end:]

    def reset(self):
        self.buffer = b''
        self.encoding = self._start

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class BufferedIncrementalDecoder(IncrementalDecoder):
    pass


class StreamWriter(Codec):
    """Writes text to a byte stream in one encoding."""

    encoding = 'utf-8'

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._enc = IncrementalEncoder(errors, self.encoding)

    def write(self, object):
        self.stream.write(self._enc.encode(object))

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        self._enc.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReader(Codec):
    """Reads text from a byte stream in one encoding."""

    encoding = 'utf-8'

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._dec = IncrementalDecoder(errors, self.encoding)
        self._text = ''

    def read(self, size=-1, chars=-1, firstline=False):
        if size is None or size < 0:
            self._text += self._dec.decode(self.stream.read(), True)
        else:
            while len(self._text) < size:
                raw = self.stream.read(size)
                self._text += self._dec.decode(raw, not raw)
                if not raw:
                    break
        n = len(self._text) if chars < 0 else chars
        if size is not None and size >= 0 and chars < 0:
            n = size
        out, self._text = self._text[:n], self._text[n:]
        return out

    def readline(self, size=None, keepends=True):
        while True:
            i = self._text.find('\n')
            if i >= 0:
                break
            raw = self.stream.read(72)
            self._text += self._dec.decode(raw, not raw)
            if not raw:
                i = len(self._text) - 1
                break
        line, self._text = self._text[:i + 1], self._text[i + 1:]
        return line if keepends else line.rstrip('\r\n')

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self._dec.reset()
        self._text = ''

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


def _bound_class(base, encoding):
    """`base` with `encoding` fixed, as getincrementalencoder() and friends return."""
    if base in (IncrementalEncoder, IncrementalDecoder):
        def __init__(self, errors='strict'):
            base.__init__(self, errors, encoding)
        return type(base.__name__, (base,), {'__init__': __init__})
    return type(base.__name__, (base,), {'encoding': encoding})


def iterencode(iterator, encoding, errors='strict', **kwargs):
    enc = IncrementalEncoder(errors, encoding)
    for piece in iterator:
        out = enc.encode(piece)
        if out:
            yield out
    out = enc.encode('', True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    dec = IncrementalDecoder(errors, encoding)
    for piece in iterator:
        out = dec.decode(piece)
        if out:
            yield out
    out = dec.decode(b'', True)
    if out:
        yield out


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file in the given encoding; line endings are not translated."""
    if encoding is None:
        return _builtins.open(filename, mode, buffering)
    mode = mode.replace('b', '').replace('t', '')
    return _builtins.open(filename, mode, buffering, encoding=encoding, errors=errors,
                          newline='')


def strict_errors(exc):
    raise exc


def _text_of(exc):
    if isinstance(exc, UnicodeEncodeError):
        return exc.object[exc.start:exc.end]
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, (UnicodeDecodeError, UnicodeTranslateError)):
        return ('\ufffd' * (1 if isinstance(exc, UnicodeDecodeError) else exc.end - exc.start),
                exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    out = []
    for c in _text_of(exc):
        n = ord(c)
        out.append('\\x%02x' % n if n < 0x100 else ('\\u%04x' % n if n < 0x10000 else '\\U%08x' % n))
    return (''.join(out), exc.end)


def xmlcharrefreplace_errors(exc):
    return (''.join('&#%d;' % ord(c) for c in _text_of(exc)), exc.end)


def namereplace_errors(exc):
    import unicodedata
    out = []
    for c in _text_of(exc):
        try:
            out.append('\\N{%s}' % unicodedata.name(c))
        except ValueError:
            n = ord(c)
            out.append('\\x%02x' % n if n < 0x100 else ('\\u%04x' % n if n < 0x10000 else '\\U%08x' % n))
    return (''.join(out), exc.end)


_handlers = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
             'backslashreplace': backslashreplace_errors,
             'xmlcharrefreplace': xmlcharrefreplace_errors, 'namereplace': namereplace_errors}


def register_error(name, error_handler):
    if not callable(error_handler):
        raise TypeError('handler must be callable')
    _handlers[name] = error_handler


def lookup_error(name):
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


_search_functions = []


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m
