"""weft's gzip.GzipFile (https://docs.python.org/3.11/library/gzip.html#gzip.GzipFile)."""

import builtins
import io
import os

import gzip as _gz


class GzipFile(io.BufferedIOBase):
    """A file object reading or writing gzip data (mode 'rb', 'wb', 'ab' or 'xb')."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_gz._COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError(f'Invalid mode: {mode!r}')
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = _gz.READ
            self._data = None
            self._pos = 0
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if not 1 <= compresslevel <= 9 and compresslevel != -1:
                raise ValueError(f'Invalid compression level: {compresslevel}')
            self.mode = _gz.WRITE
            self._parts = []
            self._level = compresslevel
            self._mtime = mtime
            self.name = filename
        else:
            raise ValueError(f'Invalid mode: {mode!r}')
        self.fileobj = fileobj

    @property
    def mtime(self):
        return getattr(self, '_last_mtime', None)

    def __repr__(self):
        return f'<gzip {self.name!r} 0x{id(self):x}>'

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _load(self):
        if self._data is None:
            raw = self.fileobj.read()
            self._data = _gz.decompress(raw) if raw else b''
            if len(raw) >= 8:
                self._last_mtime = int.from_bytes(raw[4:8], 'little')

    def _check_read(self, what='read'):
        self._check_not_closed()
        if self.mode != _gz.READ:
            import errno
            raise OSError(errno.EBADF, f'{what}() on write-only GzipFile object')
        self._load()

    def read(self, size=-1):
        self._check_read()
        if size is None or size < 0:
            end = len(self._data)
        else:
            end = min(len(self._data), self._pos + size)
        out = self._data[self._pos:end]
        self._pos = end
        return out

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._check_read('peek')
        return self._data[self._pos:self._pos + max(n, 1)]

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_read('readline')
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._data[self._pos:end]
        self._pos = end
        return out

    def write(self, data):
        self._check_not_closed()
        if self.mode != _gz.WRITE:
            import errno
            raise OSError(errno.EBADF, 'write() on read-only GzipFile object')
        if isinstance(data, (bytes, bytearray)):
            b = bytes(data)
        else:
            b = bytes(memoryview(data))
        self._parts.append(b)
        return len(b)

    def readable(self):
        return self.mode == _gz.READ

    def writable(self):
        return self.mode == _gz.WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if self.mode == _gz.WRITE:
            return sum(len(p) for p in self._parts)
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_not_closed()
        if self.mode == _gz.WRITE:
            if whence == io.SEEK_CUR:
                offset = self.tell() + offset
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self.tell():
                raise OSError('Negative seek in write mode')
            self.write(b'\0' * (offset - self.tell()))
            return self.tell()
        self._load()
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            raise ValueError('Seek from end not supported')
        self._pos = max(0, min(offset, len(self._data)))
        return self._pos

    def rewind(self):
        if self.mode != _gz.READ:
            raise OSError("Can't rewind in write mode")
        self._pos = 0

    def flush(self, zlib_mode=None):
        self._check_not_closed()

    def fileno(self):
        return self.fileobj.fileno()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == _gz.WRITE:
                data = b''.join(self._parts)
                name = os.path.basename(self.name)
                if isinstance(name, str):
                    name = name.encode('latin-1', 'replace')
                if name.endswith(b'.gz'):
                    name = name[:-3]
                fileobj.write(_gz._header(self._mtime, self._level, name) +
                              _gz._deflate(data, self._level) +
                              _gz.struct.pack('<LL', _gz.zlib.crc32(data), len(data) & 0xffffffff))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()
            io.BufferedIOBase.close(self)

    @property
    def closed(self):
        return self.fileobj is None

    def __iter__(self):
        self._check_read('readline')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line
