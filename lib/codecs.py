"""weft's codecs (basics): encode, decode, the BOM constants and lookup of the codecs
weft's str and bytes know. https://docs.python.org/3.11/library/codecs.html"""

from _codecs import encode as _text_encode, decode as _text_decode, escape_decode
from _codecs_stream import (Codec, IncrementalEncoder, IncrementalDecoder,
                            BufferedIncrementalEncoder, BufferedIncrementalDecoder, StreamReader,
                            StreamWriter, iterencode, iterdecode, open, register_error,
                            lookup_error, register, unregister, strict_errors, ignore_errors,
                            replace_errors, backslashreplace_errors, xmlcharrefreplace_errors,
                            namereplace_errors, make_identity_dict, make_encoding_map,
                            _bound_class)

__all__ = ['encode', 'decode', 'lookup', 'getencoder', 'getdecoder', 'BOM', 'BOM_BE',
           'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE', 'BOM_UTF16_LE',
           'BOM_UTF32', 'BOM_UTF32_BE', 'BOM_UTF32_LE', 'CodecInfo', 'Codec',
           'IncrementalEncoder', 'IncrementalDecoder', 'StreamReader', 'StreamWriter',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader', 'getwriter',
           'iterencode', 'iterdecode', 'open', 'register', 'unregister', 'register_error',
           'lookup_error', 'strict_errors', 'ignore_errors', 'replace_errors',
           'backslashreplace_errors', 'xmlcharrefreplace_errors', 'namereplace_errors']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE
import sys as _sys
if _sys.byteorder == 'little':
    BOM_UTF16 = BOM = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM_UTF16 = BOM = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.streamreader = streamreader
        self.streamwriter = streamwriter
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        return self

    def __repr__(self):
        return "<codecs.CodecInfo object for encoding %s>" % self.name


def _normalize(encoding):
    return encoding.lower().replace('-', '_').replace(' ', '_')


_ALIASES = {'utf8': 'utf-8', 'utf_8': 'utf-8', 'u8': 'utf-8', 'latin1': 'iso8859-1',
            'latin_1': 'iso8859-1', 'iso_8859_1': 'iso8859-1', 'l1': 'iso8859-1',
            'ascii': 'ascii', 'us_ascii': 'ascii', 'utf_16': 'utf-16', 'utf16': 'utf-16',
            'utf_32': 'utf-32', 'utf32': 'utf-32', 'utf_16_le': 'utf-16-le',
            'utf_16_be': 'utf-16-be', 'utf_32_le': 'utf-32-le', 'utf_32_be': 'utf-32-be',
            'cp1252': 'cp1252', 'windows_1252': 'cp1252', 'iso8859_15': 'iso8859-15',
            'iso_8859_15': 'iso8859-15', 'latin9': 'iso8859-15', 'l9': 'iso8859-15',
            'cp437': 'cp437', '437': 'cp437', 'ibm437': 'cp437', 'cspc8codepage437': 'cp437',
            'mac_roman': 'mac-roman', 'macroman': 'mac-roman', 'macintosh': 'mac-roman',
            'unicode_escape': 'unicode-escape', 'unicodeescape': 'unicode-escape',
            'raw_unicode_escape': 'raw-unicode-escape',
            'rawunicodeescape': 'raw-unicode-escape'}


_lookup_cache = {}


def lookup(encoding):
    """Look up the codec for the given encoding and return a CodecInfo."""
    info = _lookup_cache.get(encoding)
    if info is None:
        info = _lookup_cache[encoding] = _lookup(encoding)
    return info


def _lookup(encoding):
    kind = _TRANSFORMS.get(_normalize(encoding))
    if kind is not None:
        return CodecInfo(lambda input, errors='strict': (_transform(input, kind, True), len(input)),
                         lambda input, errors='strict': (_transform(input, kind, False), len(input)),
                         name=_TRANSFORM_NAMES[kind])
    name = _ALIASES.get(_normalize(encoding))
    if name is None:
        try:
            'a'.encode(encoding)
        except LookupError:
            raise LookupError('unknown encoding: %s' % encoding) from None
        name = _normalize(encoding)

    def enc(input, errors='strict'):
        return input.encode(encoding, errors), len(input)

    def dec(input, errors='strict'):
        return bytes(input).decode(encoding, errors), len(input)
    return CodecInfo(enc, dec, _bound_class(StreamReader, encoding),
                     _bound_class(StreamWriter, encoding),
                     _bound_class(IncrementalEncoder, encoding),
                     _bound_class(IncrementalDecoder, encoding), name=name)


def getincrementalencoder(encoding):
    return lookup(encoding).incrementalencoder


def getincrementaldecoder(encoding):
    return lookup(encoding).incrementaldecoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


# The bytes-to-bytes and str-to-str codecs codecs.encode/decode also know.
_TRANSFORMS = {'rot13': 'rot13', 'rot_13': 'rot13', 'hex': 'hex', 'hex_codec': 'hex',
               'base64': 'base64', 'base_64': 'base64', 'base64_codec': 'base64',
               'zlib': 'zlib', 'zip': 'zlib', 'zlib_codec': 'zlib'}


_TRANSFORM_NAMES = {'rot13': 'rot-13', 'hex': 'hex', 'base64': 'base64', 'zlib': 'zlib'}


def _rot13(text):
    if not isinstance(text, str):
        raise TypeError("descriptor 'translate' for 'str' objects doesn't apply to a '%s' object"
                        % type(text).__name__)
    table = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                          'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')
    return text.translate(table)


def _apply(obj, kind, encoding_dir):
    if kind == 'rot13':
        return _rot13(obj)
    import binascii
    data = memoryview(obj).tobytes()
    if kind == 'zlib':
        import zlib
        return zlib.compress(data) if encoding_dir else zlib.decompress(data)
    if kind == 'hex':
        return binascii.b2a_hex(data) if encoding_dir else binascii.a2b_hex(data)
    if not encoding_dir:
        return binascii.a2b_base64(data)
    # as base64.encodebytes: lines of 76 characters
    return b''.join(binascii.b2a_base64(data[i:i + 57]) for i in range(0, len(data), 57))


def _transform(obj, kind, encoding_dir):
    try:
        return _apply(obj, kind, encoding_dir)
    except Exception as e:
        what = 'encoding' if encoding_dir else 'decoding'
        try:
            wrapped = type(e)("%s with '%s' codec failed (%s: %s)"
                              % (what, kind, type(e).__name__, e))
        except Exception:
            raise e
        raise wrapped from e


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    kind = _TRANSFORMS.get(_normalize(encoding)) if isinstance(encoding, str) else None
    if kind is not None:
        return _transform(obj, kind, True)
    return _text_encode(obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    kind = _TRANSFORMS.get(_normalize(encoding)) if isinstance(encoding, str) else None
    if kind is not None:
        return _transform(obj, kind, False)
    return _text_decode(obj, encoding, errors)
