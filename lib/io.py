"""io -- core tools for working with streams; re-exports weft's _io (weft's own implementation).

Follows https://docs.python.org/3.11/library/io.html
"""

import _io
from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, open, FileIO,
                 BytesIO, StringIO, BufferedReader, BufferedWriter, TextIOWrapper)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

BlockingIOError = BlockingIOError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

_g = globals()
for _name in ("BufferedRWPair", "BufferedRandom", "IncrementalNewlineDecoder"):
    if hasattr(_io, _name):
        _g[_name] = getattr(_io, _name)

IOBase = getattr(_io, "IOBase", None) or getattr(_io, "_IOBase")


def _base(public, private):
    cls = getattr(_io, public, None) or getattr(_io, private, None)
    if cls is None:
        cls = type(public, (IOBase,), {"__module__": "io",
                                       "__doc__": "Base class for %s streams." % public})
    return cls


RawIOBase = _base("RawIOBase", "_RawIOBase")
BufferedIOBase = _base("BufferedIOBase", "_BufferedIOBase")
TextIOBase = _base("TextIOBase", "_TextIOBase")
del _g, _name, _base

if hasattr(_io, "text_encoding"):
    text_encoding = _io.text_encoding
else:
    def text_encoding(encoding, stacklevel=2, /):
        """Return encoding, or "locale" ("utf-8" in UTF-8 mode) when it is None."""
        if encoding is not None:
            return encoding
        import sys
        if getattr(getattr(sys, "flags", None), "utf8_mode", 0):
            return "utf-8"
        return "locale"


def open_code(path):
    """Open a file for reading as code (binary mode)."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")
