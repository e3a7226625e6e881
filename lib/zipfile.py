"""weft's zipfile: read and write ZIP archives, stored or deflated (https://docs.python.org/3.11/library/zipfile.html).

No ZIP64, encryption, bzip2 or lzma. Deflated sizes can differ from CPython's (weft's
deflate is not zlib's); the contents and CRCs are the same.
"""

import io
import os
import stat
import struct
import time
import zlib

__all__ = ['BadZipFile', 'BadZipfile', 'error', 'ZIP_STORED', 'ZIP_DEFLATED', 'ZIP_BZIP2',
           'ZIP_LZMA', 'is_zipfile', 'ZipInfo', 'ZipFile', 'LargeZipFile']


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    pass


error = BadZipfile = BadZipFile

ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA = 0, 8, 12, 14
_NAMES = {0: 'store', 8: 'deflate', 12: 'bzip2', 14: 'lzma'}
_LOCAL = struct.Struct('<4sHHHHHLLLHH')
_CENTRAL = struct.Struct('<4sHHHHHHLLLHHHHHLL')
_END = struct.Struct('<4sHHHHLLH')


class ZipInfo:
    """Information about one archive member."""

    __slots__ = ('filename', 'date_time', 'compress_type', 'comment', 'extra', 'create_system',
                 'create_version', 'extract_version', 'reserved', 'flag_bits', 'volume',
                 'internal_attr', 'external_attr', 'header_offset', 'CRC', 'compress_size',
                 'file_size', '_compresslevel')

    def __init__(self, filename='NoName', date_time=(1980, 1, 1, 0, 0, 0)):
        filename = filename.split('\x00', 1)[0]
        if os.sep != '/':
            filename = filename.replace(os.sep, '/')
        self.filename = filename
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.date_time = date_time
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b''
        self.extra = b''
        self.create_system = 3
        self.create_version = 20
        self.extract_version = 20
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.header_offset = 0
        self.CRC = 0
        self.compress_size = 0
        self.file_size = 0

    def __repr__(self):
        out = [f'<{type(self).__name__} filename={self.filename!r}']
        if self.compress_type != ZIP_STORED:
            out.append(f' compress_type={_NAMES.get(self.compress_type, self.compress_type)}')
        hi, lo = self.external_attr >> 16, self.external_attr & 0xFFFF
        if hi:
            out.append(f' filemode={stat.filemode(hi)!r}')
        if lo:
            out.append(f' external_attr={lo:#x}')
        isdir = self.is_dir()
        if not isdir or self.file_size:
            out.append(f' file_size={self.file_size!r}')
        if (not isdir or self.compress_size) and (self.compress_type != ZIP_STORED or
                                                  self.file_size != self.compress_size):
            out.append(f' compress_size={self.compress_size!r}')
        out.append('>')
        return ''.join(out)

    def is_dir(self):
        return self.filename.endswith('/')

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        arcname = os.path.normpath(os.path.splitdrive(arcname or filename)[1])
        while arcname[0:1] in (os.sep, '/'):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        z = cls(arcname, date_time)
        z.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            z.external_attr |= 0x10
        else:
            z.file_size = st.st_size
        return z

    def _dos_time(self):
        y, mo, d, h, mi, s = self.date_time
        return ((y - 1980) << 9 | mo << 5 | d), (h << 11 | mi << 5 | s // 2)

    def _name_bytes(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | 0x800


def is_zipfile(filename):
    """Whether `filename` (a path or file object) looks like a ZIP archive."""
    try:
        if hasattr(filename, 'read'):
            pos = filename.tell()
            try:
                return _find_end(filename) is not None
            finally:
                filename.seek(pos)
        with open(filename, 'rb') as f:
            return _find_end(f) is not None
    except OSError:
        return False


def _find_end(fp):
    """(end-of-central-directory record, its offset) or None."""
    fp.seek(0, 2)
    size = fp.tell()
    start = max(0, size - (1 << 16) - _END.size)
    fp.seek(start)
    data = fp.read()
    at = data.rfind(b'PK\x05\x06')
    if at < 0 or len(data) - at < _END.size:
        return None
    return _END.unpack(data[at:at + _END.size]), start + at, data[at + _END.size:]


from _zipfile_impl import ZipFile, ZipExtFile  # noqa: E402

ZipFile.__module__ = ZipExtFile.__module__ = 'zipfile'
