"""weft's zipfile.ZipFile (https://docs.python.org/3.11/library/zipfile.html#zipfile-objects)."""

import io
import os
import shutil
import time
import zlib

import zipfile as _z


class ZipExtFile(io.BytesIO):
    """An archive member opened for reading (its whole content, already checked)."""

    def __init__(self, data, zinfo):
        io.BytesIO.__init__(self, data)
        self.name = zinfo.filename
        self.mode = 'r'


class _MemberWriter(io.BytesIO):
    def __init__(self, zf, zinfo):
        io.BytesIO.__init__(self)
        self._zf, self._zinfo = zf, zinfo

    def close(self):
        if not self.closed:
            data = self.getvalue()
            io.BytesIO.close(self)
            self._zf._writing = False
            self._zf._add(self._zinfo, data)


class ZipFile:
    """A ZIP archive opened with mode 'r', 'w', 'x' or 'a'."""

    def __init__(self, file, mode='r', compression=_z.ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        if compression not in (_z.ZIP_STORED, _z.ZIP_DEFLATED):
            if compression in (_z.ZIP_BZIP2, _z.ZIP_LZMA):
                raise RuntimeError(f'Compression requires the (missing) '
                                   f"{'bz2' if compression == _z.ZIP_BZIP2 else 'lzma'} module")
            raise NotImplementedError('That compression method is not supported')
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self._comment = b''
        self._writing = False
        self._modified = False
        self._strict_timestamps = strict_timestamps
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self.filename = file
            fmode = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}[mode]
            if mode == 'a' and not os.path.exists(file):
                fmode = 'w+b'
            self.fp = open(file, fmode)
            self._own = True
        else:
            self.fp = file
            self.filename = getattr(file, 'name', None)
            self._own = False
        try:
            if mode == 'r':
                self._read_directory()
            elif mode == 'a':
                self.fp.seek(0, 2)
                if self.fp.tell():
                    try:
                        self._read_directory()
                        self._start = self._cd_offset
                    except _z.BadZipFile:
                        self._start = self.fp.tell()
                else:
                    self._start = 0
                self.fp.seek(self._start)
            else:
                self._start = self.fp.tell() if hasattr(self.fp, 'tell') else 0
        except BaseException:
            if self._own:
                self.fp.close()
            raise

    def _read_directory(self):
        found = _z._find_end(self.fp)
        if found is None:
            raise _z.BadZipFile('File is not a zip file')
        rec, end_at, comment = found
        _, _, _, _, count, cd_size, cd_offset, clen = rec
        self._comment = comment[:clen]
        self._cd_offset = cd_offset
        self.fp.seek(cd_offset)
        data = self.fp.read(cd_size)
        pos = 0
        for _ in range(count):
            f = _z._CENTRAL.unpack(data[pos:pos + _z._CENTRAL.size])
            if f[0] != b'PK\x01\x02':
                raise _z.BadZipFile('Bad magic number for central directory')
            pos += _z._CENTRAL.size
            nlen, xlen, clen2 = f[10], f[11], f[12]
            raw = data[pos:pos + nlen]
            flags = f[3]
            name = raw.decode('utf-8' if flags & 0x800 else 'cp437')
            zi = _z.ZipInfo(name)
            zi.extra = data[pos + nlen:pos + nlen + xlen]
            zi.comment = data[pos + nlen + xlen:pos + nlen + xlen + clen2]
            pos += nlen + xlen + clen2
            zi.create_version, zi.create_system = f[1] & 0xFF, f[1] >> 8
            zi.extract_version, zi.flag_bits, zi.compress_type = f[2], flags, f[4]
            t, d = f[5], f[6]
            zi.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F, t >> 11, (t >> 5) & 0x3F,
                            (t & 0x1F) * 2)
            zi.CRC, zi.compress_size, zi.file_size = f[7], f[8], f[9]
            zi.volume, zi.internal_attr, zi.external_attr, zi.header_offset = f[13], f[14], f[15], f[16]
            self.filelist.append(zi)
            self.NameToInfo[zi.filename] = zi

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        r = [f'<{type(self).__module__}.{type(self).__qualname__}']
        if self.fp is not None:
            if self._own:
                r.append(f' filename={self.filename!r}')
            else:
                r.append(f' file={self.fp!r}')
            r.append(f' mode={self.mode!r}')
        else:
            r.append(' [closed]')
        r.append('>')
        return ''.join(r)

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, value):
        if not isinstance(value, bytes):
            raise TypeError(f"comment: expected bytes, got {type(value).__name__}")
        self._comment = value[:65535]
        self._modified = True

    def namelist(self):
        return [z.filename for z in self.filelist]

    def infolist(self):
        return list(self.filelist)

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError(f'There is no item named {name!r} in the archive')
        return info

    def printdir(self, file=None):
        print('%-46s %19s %12s' % ('File Name', 'Modified    ', 'Size'), file=file)
        for z in self.filelist:
            date = '%d-%02d-%02d %02d:%02d:%02d' % z.date_time[:6]
            print('%-46s %s %12d' % (z.filename, date, z.file_size), file=file)

    def _check_open(self, what):
        if self.fp is None:
            raise ValueError(f'Attempt to {what} ZIP archive that was already closed')

    def read(self, name, pwd=None):
        with self.open(name, 'r', pwd) as f:
            return f.read()

    def open(self, name, mode='r', pwd=None, *, force_zip64=False):
        if mode not in ('r', 'w'):
            raise ValueError('open() requires mode "r" or "w"')
        if mode == 'w':
            self._check_open('write to')
            zi = name if isinstance(name, _z.ZipInfo) else _z.ZipInfo(name, time.localtime(time.time())[:6])
            if not isinstance(name, _z.ZipInfo):
                zi.compress_type = self.compression
                zi.external_attr = 0o600 << 16
            self._writing = True
            return _MemberWriter(self, zi)
        self._check_open('use')
        zi = name if isinstance(name, _z.ZipInfo) else self.getinfo(name)
        self.fp.seek(zi.header_offset)
        h = _z._LOCAL.unpack(self.fp.read(_z._LOCAL.size))
        if h[0] != b'PK\x03\x04':
            raise _z.BadZipFile('Bad magic number for file header')
        self.fp.read(h[9] + h[10])
        raw = self.fp.read(zi.compress_size)
        if zi.flag_bits & 0x1:
            raise NotImplementedError('weft cannot read encrypted ZIP members')
        if zi.compress_type == _z.ZIP_STORED:
            data = raw
        elif zi.compress_type == _z.ZIP_DEFLATED:
            data = zlib.decompress(raw, -15)
        else:
            raise NotImplementedError(f'compression type {zi.compress_type} '
                                      f'({_z._NAMES.get(zi.compress_type, "?")})')
        if zlib.crc32(data) != zi.CRC:
            raise _z.BadZipFile(f'Bad CRC-32 for file {zi.filename!r}')
        return ZipExtFile(data, zi)

    def _add(self, zi, data):
        if self.mode == 'r':
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if zi.filename in self.NameToInfo:
            import warnings
            warnings.warn(f'Duplicate name: {zi.filename!r}', UserWarning, stacklevel=3)
        if not zi.external_attr:
            zi.external_attr = 0o600 << 16  # ?rw-------
        zi.file_size = len(data)
        zi.CRC = zlib.crc32(data)
        if zi.compress_type == _z.ZIP_DEFLATED:
            level = zi._compresslevel if zi._compresslevel is not None else (
                self.compresslevel if self.compresslevel is not None else -1)
            c = zlib.compressobj(level, zlib.DEFLATED, -15)
            body = c.compress(data) + c.flush()
        else:
            body = data
        zi.compress_size = len(body)
        zi.header_offset = self.fp.tell()
        name, flags = zi._name_bytes()
        zi.flag_bits = flags
        d, t = zi._dos_time()
        self.fp.write(_z._LOCAL.pack(b'PK\x03\x04', zi.extract_version, flags, zi.compress_type,
                                     t, d, zi.CRC, zi.compress_size, zi.file_size, len(name),
                                     len(zi.extra)))
        self.fp.write(name + zi.extra + body)
        self.filelist.append(zi)
        self.NameToInfo[zi.filename] = zi
        self._modified = True

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        self._check_open('write to')
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        if isinstance(data, str):
            data = data.encode('utf-8')
        if isinstance(zinfo_or_arcname, _z.ZipInfo):
            zi = zinfo_or_arcname
        else:
            zi = _z.ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            zi.compress_type = self.compression
            zi._compresslevel = self.compresslevel
            zi.external_attr = (0o40775 << 16) | 0x10 if zi.filename.endswith('/') else 0o600 << 16
        if compress_type is not None:
            zi.compress_type = compress_type
        if compresslevel is not None:
            zi._compresslevel = compresslevel
        self._add(zi, bytes(data))

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        self._check_open('write to')
        zi = _z.ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zi.is_dir():
            zi.compress_size = 0
            zi.CRC = 0
            self._add(zi, b'')
            return
        zi.compress_type = compress_type if compress_type is not None else self.compression
        zi._compresslevel = compresslevel if compresslevel is not None else self.compresslevel
        with open(filename, 'rb') as f:
            self._add(zi, f.read())

    def extract(self, member, path=None, pwd=None):
        zi = member if isinstance(member, _z.ZipInfo) else self.getinfo(member)
        path = os.getcwd() if path is None else os.fspath(path)
        parts = [p for p in zi.filename.split('/') if p not in ('', '.', '..')]
        target = os.path.join(path, *parts) if parts else path
        if zi.is_dir():
            os.makedirs(target, exist_ok=True)
            return target
        parent = os.path.dirname(target)
        if parent:
            os.makedirs(parent, exist_ok=True)
        with self.open(zi) as src, open(target, 'wb') as dst:
            shutil.copyfileobj(src, dst)
        return target

    def extractall(self, path=None, members=None, pwd=None):
        for m in (self.filelist if members is None else members):
            self.extract(m, path, pwd)

    def testzip(self):
        for zi in self.filelist:
            try:
                self.read(zi.filename)
            except _z.BadZipFile:
                return zi.filename
        return None

    def close(self):
        if self.fp is None:
            return
        try:
            if self.mode in ('w', 'x', 'a') and (self._modified or self.mode != 'a'):
                start = self.fp.tell()
                for zi in self.filelist:
                    name, flags = zi._name_bytes()
                    d, t = zi._dos_time()
                    self.fp.write(_z._CENTRAL.pack(
                        b'PK\x01\x02', zi.create_version | zi.create_system << 8,
                        zi.extract_version, flags, zi.compress_type, t, d, zi.CRC,
                        zi.compress_size, zi.file_size, len(name), len(zi.extra),
                        len(zi.comment), 0, zi.internal_attr, zi.external_attr,
                        zi.header_offset))
                    self.fp.write(name + zi.extra + zi.comment)
                end = self.fp.tell()
                n = len(self.filelist)
                self.fp.write(_z._END.pack(b'PK\x05\x06', 0, 0, n, n, end - start, start,
                                           len(self._comment)))
                self.fp.write(self._comment)
                if hasattr(self.fp, 'truncate'):
                    try:
                        self.fp.truncate()
                    except (OSError, io.UnsupportedOperation):
                        pass
                self.fp.flush()
        finally:
            fp, self.fp = self.fp, None
            if self._own:
                fp.close()
