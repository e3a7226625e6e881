"""weft's zoneinfo: IANA time zones read from the system's TZif files (https://docs.python.org/3.11/library/zoneinfo.html).

Offsets come from the file's transitions and, past the last one, from its POSIX TZ
footer rule (zoneinfo._rule). Local times in a gap or fold follow PEP 495: fold=0 picks
the offset in effect before the transition, fold=1 the one after.
"""

import bisect
import os
import struct
import threading
from datetime import datetime, timedelta, tzinfo

from zoneinfo._rule import parse_tz_string, Fixed, _TTInfo

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH',
           'ZoneInfoNotFoundError', 'InvalidTZPathWarning']

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo',
                   '/etc/zoneinfo')
TZPATH = _DEFAULT_TZPATH
_EPOCH_ORD = 719163  # date(1970, 1, 1).toordinal()


class ZoneInfoNotFoundError(KeyError):
    """No time zone data was found for a key."""


class InvalidTZPathWarning(RuntimeWarning):
    """A path in PYTHONTZPATH was not absolute."""


def reset_tzpath(to=None):
    global TZPATH
    if to is None:
        env = os.environ.get('PYTHONTZPATH')
        to = tuple(p for p in env.split(os.pathsep) if os.path.isabs(p)) if env else _DEFAULT_TZPATH
    else:
        if isinstance(to, (str, bytes)):
            raise TypeError(f'tzpaths must be a list or tuple, not {type(to)}: {to!r}')
        for p in to:
            if not os.path.isabs(p):
                raise ValueError(f'Relative paths are not allowed in TZPATH: {p!r}')
        to = tuple(to)
    TZPATH = to


def _validate_key(key):
    if not isinstance(key, str):
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(key).__name__}')
    if os.path.isabs(key):
        raise ValueError(f'ZoneInfo keys may not be absolute paths, got: {key}')
    norm = os.path.normpath(key)
    if len(norm) != len(key):
        raise ValueError(f'ZoneInfo keys must be normalized relative paths, got: {key}')
    base = '/_zoneinfo_base/'
    if not os.path.normpath(base + norm).startswith(base):
        raise ValueError(f'ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}')


def _find_file(key):
    _validate_key(key)
    for root in TZPATH:
        path = os.path.join(root, key)
        if os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The set of keys of the TZif files found on TZPATH."""
    out = set()
    for root in TZPATH:
        if not os.path.isdir(root):
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            if dirpath == root:
                for skip in ('right', 'posix'):
                    if skip in dirnames:
                        dirnames.remove(skip)
            for f in filenames:
                p = os.path.join(dirpath, f)
                try:
                    with open(p, 'rb') as fh:
                        if fh.read(4) != b'TZif':
                            continue
                except OSError:
                    continue
                out.add(os.path.relpath(p, root))
    out.discard('posixrules')
    out.discard('localtime')
    return out


def _read_tzif(data):
    """(transitions_utc, transition type indices, ttinfos [(utoff, isdst, abbr)], footer)."""
    if data[:4] != b'TZif':
        raise ValueError('Invalid TZif file: magic not found')
    version = data[4]

    def block(pos, tsize):
        counts = struct.unpack('>6l', data[pos + 20:pos + 44])
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        pos += 44
        fmt = '>%d%s' % (timecnt, 'l' if tsize == 4 else 'q')
        trans = list(struct.unpack(fmt, data[pos:pos + timecnt * tsize]))
        pos += timecnt * tsize
        idx = list(data[pos:pos + timecnt])
        pos += timecnt
        raw = []
        for i in range(typecnt):
            utoff, isdst, ai = struct.unpack('>lBB', data[pos:pos + 6])
            raw.append((utoff, isdst, ai))
            pos += 6
        chars = data[pos:pos + charcnt]
        pos += charcnt + leapcnt * (tsize + 4) + isstdcnt + isutcnt
        ttis = []
        for utoff, isdst, ai in raw:
            end = chars.find(b'\x00', ai)
            ttis.append((utoff, isdst, chars[ai:end if end >= 0 else len(chars)].decode('ascii', 'replace')))
        return trans, idx, ttis, pos

    trans, idx, ttis, pos = block(0, 4)
    footer = ''
    if version >= ord('2'):
        trans, idx, ttis, pos = block(pos, 8)
        rest = data[pos:]
        if rest.startswith(b'\n'):
            end = rest.find(b'\n', 1)
            footer = rest[1:end].decode('ascii') if end > 0 else ''
    return trans, idx, ttis, footer


def _dst_offsets(idx, ttis):
    """dst() of each local time type. TZif files give only the total offset and an isdst
    flag; a DST type's dst() is its offset minus that of a standard type next to it
    (the transition before it, else the one after), taken at its first such transition;
    one hour where nothing fits."""
    dst = [0] * len(ttis)
    done = set()
    for i in range(1, len(idx)):
        t = idx[i]
        if not ttis[t][1] or t in done:
            continue
        d = 0
        if not ttis[idx[i - 1]][1]:
            d = ttis[t][0] - ttis[idx[i - 1]][0]
        if not d and i + 1 < len(idx):
            if ttis[idx[i + 1]][1]:
                continue
            d = ttis[t][0] - ttis[idx[i + 1]][0]
        if d:
            dst[t] = d
            done.add(t)
    for t, (_, isdst, _) in enumerate(ttis):
        if isdst and not dst[t]:
            dst[t] = 3600
    return dst


class ZoneInfo(tzinfo):
    """A tzinfo for the IANA zone `key`, read from the system's time zone data."""

    _cache = {}
    _cache_lock = threading.Lock()

    def __new__(cls, key):
        with cls._cache_lock:
            inst = cls._cache.get((cls, key))
        if inst is None:
            inst = cls.no_cache(key)
            with cls._cache_lock:
                inst = cls._cache.setdefault((cls, key), inst)
        return inst

    @classmethod
    def no_cache(cls, key):
        path = _find_file(key)
        if path is None:
            raise ZoneInfoNotFoundError(f'No time zone found with key {key}')
        with open(path, 'rb') as f:
            data = f.read()
        inst = object.__new__(cls)
        inst._key = key
        inst._file_repr = None
        inst._load(data)
        return inst

    @classmethod
    def from_file(cls, fobj, /, key=None):
        inst = object.__new__(cls)
        inst._key = key
        inst._file_repr = repr(fobj)
        inst._load(fobj.read())
        return inst

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        with cls._cache_lock:
            if only_keys is None:
                cls._cache.clear()
            else:
                for k in only_keys:
                    cls._cache.pop((cls, k), None)

    @property
    def key(self):
        return self._key

    def _load(self, data):
        trans, idx, ttis, footer = _read_tzif(data)
        dsts = _dst_offsets(idx, ttis)
        infos = [_TTInfo(timedelta(seconds=u), timedelta(seconds=d), n)
                 for (u, _, n), d in zip(ttis, dsts)]
        self._trans_utc = trans
        self._tti = [infos[i] for i in idx]
        before = next((infos[i] for i, t in enumerate(ttis) if not t[1]), infos[0] if infos else None)
        self._tti_before = before
        # local-time transition points for fold=0 (later of the two wall times) and fold=1
        offs = [t.utcoff for t in self._tti]
        l0, l1 = [], []
        prev = before.utcoff if before else timedelta(0)
        for t, off in zip(trans, offs):
            a, b = prev.total_seconds(), off.total_seconds()
            l0.append(t + int(max(a, b)))
            l1.append(t + int(min(a, b)))
            prev = off
        self._trans_local = (l0, l1)
        self._rule = parse_tz_string(footer) if footer else None
        if self._rule is None and not trans:
            self._rule = Fixed(before) if before else Fixed(_TTInfo(timedelta(0), timedelta(0), 'UTC'))

    def _find(self, dt):
        if dt is None:
            return None
        ts = (dt.toordinal() - _EPOCH_ORD) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second
        lt = self._trans_local[dt.fold]
        if self._rule is not None and (not lt or ts >= lt[-1]):
            return self._rule.find_local(ts, dt.year, dt.fold)
        i = bisect.bisect_right(lt, ts)
        return self._tti[i - 1] if i > 0 else self._tti_before

    def utcoffset(self, dt):
        t = self._find(dt)
        return None if t is None else t.utcoff

    def dst(self, dt):
        t = self._find(dt)
        return None if t is None else t.dstoff

    def tzname(self, dt):
        t = self._find(dt)
        return None if t is None else t.tzname

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        ts = (dt.toordinal() - _EPOCH_ORD) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second
        trans = self._trans_utc
        if self._rule is not None and (not trans or ts >= trans[-1]):
            tti, fold = self._rule.find_utc(ts, dt.year)
        else:
            i = bisect.bisect_right(trans, ts)
            tti = self._tti[i - 1] if i > 0 else self._tti_before
            fold = 0
            if i > 0:
                prev = self._tti[i - 2].utcoff if i > 1 else self._tti_before.utcoff
                shift = (prev - tti.utcoff).total_seconds()
                if shift > 0 and ts - trans[i - 1] < shift:
                    fold = 1
        return (dt + tti.utcoff).replace(fold=fold)

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        if self._key is not None:
            return f'{type(self).__module__}.{type(self).__qualname__}(key={self._key!r})'
        return f'{type(self).__module__}.{type(self).__qualname__}.from_file({self._file_repr})'

    def __reduce__(self):
        return (type(self)._unpickle, (self._key, self._file_repr is None))

    @classmethod
    def _unpickle(cls, key, from_cache):
        return cls(key) if from_cache else cls.no_cache(key)


def __dir__():
    return sorted(__all__ + ['__doc__', '__file__', '__name__', '__package__', '__path__',
                             '__spec__', '__loader__', '__builtins__'])
