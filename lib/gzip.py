"""weft's gzip: GzipFile, open, compress, decompress (https://docs.python.org/3.11/library/gzip.html).

Built on zlib's raw deflate and crc32. A GzipFile opened for reading inflates the whole
file on first use; one opened for writing compresses its data when closed. (The
compressed bytes can differ from CPython's: weft's deflate is not zlib's.)
"""

import io
import os
import struct
import time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST, _COMPRESS_LEVEL_TRADEOFF, _COMPRESS_LEVEL_BEST = 1, 6, 9


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None,
         newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError(f'Invalid mode: {mode!r}')
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes, os.PathLike)):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        encoding = io.text_encoding(encoding) if hasattr(io, 'text_encoding') else (encoding or 'utf-8')
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


def _header(mtime, level, fname=b'', os_byte=255):
    flags = FNAME if fname else 0
    xfl = 2 if level == _COMPRESS_LEVEL_BEST else 4 if level == _COMPRESS_LEVEL_FAST else 0
    if mtime is None:
        mtime = time.time()
    head = b'\x1f\x8b\x08' + bytes([flags]) + struct.pack('<L', int(mtime) & 0xffffffff)
    head += bytes([xfl, os_byte])
    if fname:
        head += fname + b'\x00'
    return head


def _deflate(data, level):
    c = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
    return c.compress(data) + c.flush()


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot; returns the bytes of a gzip file."""
    data = bytes(memoryview(data))
    return (_header(mtime, compresslevel, os_byte=3) + _deflate(data, compresslevel) +
            struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff))


def _skip_header(data, pos):
    """The offset of the deflate stream of the member starting at `pos`."""
    if data[pos:pos + 2] != b'\x1f\x8b':
        raise BadGzipFile(f'Not a gzipped file ({data[pos:pos + 2]!r})')
    if len(data) < pos + 10:
        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
    method, flag = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    i = pos + 10
    if flag & FEXTRA:
        (n,) = struct.unpack('<H', data[i:i + 2])
        i += 2 + n
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            end = data.find(b'\x00', i)
            if end < 0:
                raise EOFError('Compressed file ended before the end-of-stream marker was reached')
            i = end + 1
    if flag & FHCRC:
        i += 2
    return i


def decompress(data):
    """Decompress gzip data (all members, concatenated)."""
    data = bytes(memoryview(data))
    out = []
    pos = 0
    while pos < len(data):
        if not data[pos:].strip(b'\x00') and out:
            break
        start = _skip_header(data, pos)
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        try:
            chunk = d.decompress(data[start:])
        except zlib.error as e:
            raise BadGzipFile(str(e)) from None
        if not d.eof:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        trailer = d.unused_data
        if len(trailer) < 8:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        crc, size = struct.unpack('<LL', trailer[:8])
        if crc != zlib.crc32(chunk):
            raise BadGzipFile('CRC check failed %s != %s' % (hex(crc), hex(zlib.crc32(chunk))))
        if size != (len(chunk) & 0xffffffff):
            raise BadGzipFile('Incorrect length of data produced')
        out.append(chunk)
        pos = len(data) - len(trailer) + 8
    return b''.join(out)


from _gzip_file import GzipFile  # noqa: E402
