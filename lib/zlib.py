"""weft's zlib: one-shot compress/decompress (zlib, raw deflate and gzip formats),
crc32 and adler32, plus simple buffering compressobj/decompressobj objects.

Follows https://docs.python.org/3.11/library/zlib.html. Compressed bytes come from a
different deflate implementation than CPython's zlib, so they may differ byte for byte
(they decompress to the same data everywhere).
"""

import _zlib

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


error.__module__ = 'zlib'

crc32 = _zlib.crc32
adler32 = _zlib.adler32


def _check_wbits(wbits, decompress=False):
    ok = 9 <= wbits <= 15 or -15 <= wbits <= -9 or 25 <= wbits <= 31
    if decompress:
        ok = ok or wbits == 0 or 40 <= wbits <= 47
    if not ok:
        raise ValueError('Invalid initialization option' if not decompress
                         else 'Error -2 while preparing to decompress data: inconsistent stream state')


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Compress data, returning a bytes object with the compressed data."""
    if not -1 <= level <= 9:
        raise error('Bad compression level')
    _check_wbits(wbits)
    return _zlib.compress(data, level, wbits)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Decompress data, returning a bytes object with the uncompressed data."""
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    _check_wbits(wbits, True)
    if wbits == 0:
        wbits = 15
    out, err = _zlib.decompress(data, wbits)
    if err is not None:
        raise error(err)
    return out


class _Compress:
    """A compression object (compressobj): collects data; flush() compresses it."""

    def __init__(self, level, wbits):
        self._level = level
        self._wbits = wbits
        self._parts = []
        self._done = False

    def compress(self, data):
        if self._done:
            raise error('Error -2 while compressing data: inconsistent stream state')
        self._parts.append(bytes(memoryview(data)))
        return b''

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b''
        if mode != Z_FINISH:
            return b''
        if self._done:
            raise error('Error -2 while flushing: inconsistent stream state')
        self._done = True
        return _zlib.compress(b''.join(self._parts), self._level, self._wbits)

    def copy(self):
        other = _Compress(self._level, self._wbits)
        other._parts = list(self._parts)
        other._done = self._done
        return other


class _Decompress:
    """A decompression object (decompressobj): decompresses once its input is complete."""

    def __init__(self, wbits, zdict):
        self._wbits = 15 if wbits == 0 else wbits
        self._buf = b''
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, max_length=0):
        if self.eof:
            self.unused_data += bytes(memoryview(data))
            return b''
        self._buf += bytes(memoryview(data))
        out, err, used = _zlib.decompress_n(self._buf, self._wbits)
        if err is not None:
            if 'incomplete' in err:
                return b''
            raise error(err)
        self.eof = True
        self.unused_data = self._buf[used:]
        self._buf = b''
        return out

    def flush(self, length=DEF_BUF_SIZE):
        if self._buf and not self.eof:
            out, err, used = _zlib.decompress_n(self._buf, self._wbits)
            if err is None:
                self.eof = True
                self.unused_data = self._buf[used:]
                self._buf = b''
                return out
        return b''

    def copy(self):
        other = _Decompress(self._wbits, None)
        other._buf = self._buf
        other.unused_data = self.unused_data
        other.eof = self.eof
        return other


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """A compression object for data too large to compress in one call."""
    if not -1 <= level <= 9:
        raise ValueError('Invalid initialization option')
    _check_wbits(wbits)
    return _Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """A decompression object for streams of compressed data."""
    _check_wbits(wbits, True)
    return _Decompress(wbits, zdict)
