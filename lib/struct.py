"""Interpret bytes as packed binary data (weft's own implementation).

Follows https://docs.python.org/3.11/library/struct.html
Native mode ('@') uses the sizes and alignment of a 64-bit little- or
big-endian C ABI (LP64), like CPython on 64-bit Linux.
"""

import sys as _sys
import math as _math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

_NATIVE_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
                 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8,
                 's': 1, 'p': 1, 'P': 8}
_STD_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
              'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_SIGNED = frozenset('bhilqn')
_UNSIGNED = frozenset('BHILQNP')
_NAMED_RANGE = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_WS = ' \t\n\r\x0b\x0c'

_cache = {}
_MAXCACHE = 100


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()


_SSIZE_MAX = 0x7FFFFFFFFFFFFFFF


class _Compiled:
    __slots__ = ('runs', '_items', 'size', 'nargs', 'order', 'native')

    @property
    def items(self):
        # A repeated code stays one run ('100000000i' is one entry, as in CPython's
        # compiled form, so calcsize() is quick); it is spelled out item by item the
        # first time something is packed or unpacked.
        items = self._items
        if items is None:
            items = []
            for ch, count, offset, size in self.runs:
                if ch in 'sp':
                    items.append((ch, count, offset, size))
                    continue
                for _ in range(count):
                    items.append((ch, 1, offset, size))
                    offset += size
            self._items = items
        return items


def _compile(fmt):
    if isinstance(fmt, (bytes, bytearray)):
        sfmt = bytes(fmt).decode('latin-1')
    elif isinstance(fmt, str):
        sfmt = fmt
    else:
        raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                        % type(fmt).__name__)
    c = _cache.get(sfmt)
    if c is not None:
        return c
    order = _sys.byteorder
    native = True
    i = 0
    n = len(sfmt)
    if n and sfmt[0] in '@=<>!':
        ch = sfmt[0]
        i = 1
        if ch == '@':
            pass
        else:
            native = False
            if ch == '<':
                order = 'little'
            elif ch in '>!':
                order = 'big'
    sizes = _NATIVE_SIZES if native else _STD_SIZES
    runs = []
    offset = 0
    nargs = 0
    while i < n:
        ch = sfmt[i]
        if ch in _WS:
            i += 1
            continue
        count = 1
        if '0' <= ch <= '9':
            count = 0
            while i < n and '0' <= sfmt[i] <= '9':
                count = count * 10 + (ord(sfmt[i]) - 48)
                if count > _SSIZE_MAX:
                    raise error('total struct size too long')
                i += 1
            if i >= n:
                raise error('repeat count given without format specifier')
            ch = sfmt[i]
        i += 1
        size = sizes.get(ch)
        if size is None:
            raise error('bad char in struct format')
        if native and ch not in 'xcbB?sp':
            # align to the item's own size
            rem = offset % size
            if rem:
                offset += size - rem
        if count > (_SSIZE_MAX - offset) // size:
            raise error('total struct size too long')
        if ch in 'sp':
            runs.append((ch, count, offset, count))
            offset += count
            nargs += 1
        elif ch == 'x':
            offset += count
        else:
            if count:
                runs.append((ch, count, offset, size))
            offset += count * size
            nargs += count
    c = _Compiled()
    c.runs = runs
    c._items = None
    c.size = offset
    c.nargs = nargs
    c.order = order
    c.native = native
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[sfmt] = c
    return c


def _as_index(v):
    if isinstance(v, int):
        return int(v)
    try:
        meth = type(v).__index__
    except AttributeError:
        raise error('required argument is not an integer') from None
    return meth(v)


def _pack_int(code, v, size, order, native):
    v = _as_index(v)
    big_std = not native and order == 'big'
    if big_std and code in 'qQ':
        lo = 0 if code == 'Q' else -(1 << 63)
        if not lo <= v < lo + (1 << 64):
            raise error('int too large to convert')
        return v.to_bytes(8, order, signed=code == 'q')
    if code in _NAMED_RANGE and not (big_std and code in 'hH'):
        if not -(1 << 63) <= v < (1 << 63):
            raise error('argument out of range')
        if code == 'b':
            lo, hi = -128, 127
        elif code == 'B':
            lo, hi = 0, 255
        elif code == 'h':
            lo, hi = -32768, 32767
        else:
            lo, hi = 0, 65535
        if not lo <= v <= hi:
            raise error('%s format requires %d <= number <= %d' % (_NAMED_RANGE[code], lo, hi))
        return v.to_bytes(size, order, signed=lo < 0)
    if code in _SIGNED:
        if not -(1 << 63) <= v < (1 << 63):
            raise error('argument out of range')
        if size < 8:
            lo = -(1 << (8 * size - 1))
            hi = (1 << (8 * size - 1)) - 1
            if not lo <= v <= hi:
                raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
        return v.to_bytes(size, order, signed=True)
    if code == 'P':
        if not -(1 << 63) <= v < (1 << 64):
            raise error('int too large to convert')
        return (v & 0xFFFFFFFFFFFFFFFF).to_bytes(size, order)
    if not 0 <= v < (1 << 64):
        raise error('argument out of range')
    if size < 8 and v >= (1 << (8 * size)):
        raise error("'%s' format requires 0 <= number <= %d" % (code, (1 << (8 * size)) - 1))
    return v.to_bytes(size, order)


def _as_float(v):
    if type(v) is float:
        return v
    t = type(v)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        try:
            return float(v)
        except (TypeError, OverflowError, ValueError):
            pass
    raise error('required argument is not a float')


def _float_bits(x, mant_bits, exp_bits, code, native):
    """IEEE 754 encoding of float x with the given field widths (round half even)."""
    bias = (1 << (exp_bits - 1)) - 1
    max_exp = (1 << exp_bits) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    if x != x:
        # quiet NaN
        return (sign << (mant_bits + exp_bits)) | (max_exp << mant_bits) | (1 << (mant_bits - 1))
    ax = -x if sign else x
    if ax == _math.inf:
        return (sign << (mant_bits + exp_bits)) | (max_exp << mant_bits)
    if ax == 0.0:
        return sign << (mant_bits + exp_bits)
    m, e = _math.frexp(ax)          # ax = m * 2**e, 0.5 <= m < 1
    biased = e - 1 + bias
    if biased >= 1:
        r = round(_math.ldexp(m, mant_bits + 1))
        if r == 1 << (mant_bits + 1):
            r >>= 1
            biased += 1
        if biased >= max_exp:
            if code == 'f' and native:
                return (sign << (mant_bits + exp_bits)) | (max_exp << mant_bits)
            raise OverflowError('float too large to pack with %s format' % code)
        bits = (biased << mant_bits) | (r - (1 << mant_bits))
    else:
        # subnormal (or rounds to zero / the smallest normal)
        r = round(_math.ldexp(ax, bias - 1 + mant_bits))
        bits = r
    return (sign << (mant_bits + exp_bits)) | bits


def _bits_float(bits, mant_bits, exp_bits):
    bias = (1 << (exp_bits - 1)) - 1
    max_exp = (1 << exp_bits) - 1
    sign = bits >> (mant_bits + exp_bits)
    exp = (bits >> mant_bits) & max_exp
    mant = bits & ((1 << mant_bits) - 1)
    if exp == max_exp:
        if mant:
            v = _math.nan
        else:
            v = _math.inf
    elif exp == 0:
        v = _math.ldexp(mant, 1 - bias - mant_bits)
    else:
        v = _math.ldexp(mant | (1 << mant_bits), exp - bias - mant_bits)
    return -v if sign else v


def _pack_float(code, v, order, native):
    x = _as_float(v)
    if code == 'd':
        bits = _float_bits(x, 52, 11, 'd', native)
        return bits.to_bytes(8, order)
    if code == 'f':
        bits = _float_bits(x, 23, 8, 'f', native)
        return bits.to_bytes(4, order)
    bits = _float_bits(x, 10, 5, 'e', native)
    return bits.to_bytes(2, order)


def _pack_items(c, args, name='pack'):
    if len(args) != c.nargs:
        raise error('%s expected %d items for packing (got %d)' % (name, c.nargs, len(args)))
    out = bytearray(c.size)
    order = c.order
    native = c.native
    k = 0
    for code, count, offset, size in c.items:
        v = args[k]
        k += 1
        if code in 'sp':
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % code)
            if code == 's':
                data = bytes(v[:count])
                out[offset:offset + len(data)] = data
            else:
                if count == 0:
                    continue
                data = bytes(v[:count - 1])
                n = len(data)
                if n > 255:
                    n = 255
                out[offset] = n
                out[offset + 1:offset + 1 + len(data)] = data
            continue
        if code == 'c':
            if not isinstance(v, bytes) or len(v) != 1:
                raise error('char format requires a bytes object of length 1')
            out[offset] = v[0]
            continue
        if code == '?':
            out[offset] = 1 if v else 0
            continue
        if code in 'efd':
            data = _pack_float(code, v, order, native)
        else:
            data = _pack_int(code, v, size, order, native)
        out[offset:offset + size] = data
    return bytes(out)


def _unpack_items(c, buf, offset=0):
    order = c.order
    result = []
    append = result.append
    from_bytes = int.from_bytes
    for code, count, off, size in c.items:
        pos = offset + off
        if code == 's':
            append(bytes(buf[pos:pos + count]))
        elif code == 'p':
            if count == 0:
                append(b'')
                continue
            n = buf[pos]
            if n > count - 1:
                n = count - 1
            append(bytes(buf[pos + 1:pos + 1 + n]))
        elif code == 'c':
            append(bytes(buf[pos:pos + 1]))
        elif code == '?':
            append(buf[pos] != 0)
        elif code == 'd':
            append(_bits_float(from_bytes(buf[pos:pos + 8], order), 52, 11))
        elif code == 'f':
            append(_bits_float(from_bytes(buf[pos:pos + 4], order), 23, 8))
        elif code == 'e':
            append(_bits_float(from_bytes(buf[pos:pos + 2], order), 10, 5))
        else:
            append(from_bytes(buf[pos:pos + size], order, signed=code in _SIGNED))
    return tuple(result)


def _as_buffer(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    if isinstance(buffer, memoryview):
        return buffer.tobytes()
    if isinstance(buffer, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(buffer))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__) \
            from None


class Struct:
    """Struct(format)

    Create a compiled struct object.

    Return a new Struct object which writes and reads binary data according to
    the format string.

    See help(struct) for more on format strings.
    """
    __weft_tpname__ = '_struct.Struct'

    def __init__(self, format):
        self._c = _compile(format)
        if isinstance(format, (bytes, bytearray)):
            format = bytes(format).decode('latin-1')
        self._format = format

    @property
    def format(self):
        """struct format string"""
        return self._format

    @property
    def size(self):
        """struct size in bytes"""
        return self._c.size

    def pack(self, *v):
        """Return a bytes object containing values v packed according to the format string."""
        return _pack_items(self._c, v)

    def pack_into(self, buffer, offset, *v):
        """Pack values v into buffer starting at offset."""
        c = self._c
        data = _pack_items(c, v, 'pack_into')
        n = len(buffer)
        if offset < 0:
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            if -offset < c.size:
                raise error('no space to pack %d bytes at offset %d' % (c.size, offset))
            offset += n
        if n - offset < c.size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (c.size + offset, c.size, offset, n))
        buffer[offset:offset + c.size] = data

    def unpack(self, buffer):
        """Return a tuple containing values unpacked according to the format string."""
        c = self._c
        buf = _as_buffer(buffer)
        if len(buf) != c.size:
            raise error('unpack requires a buffer of %d bytes' % c.size)
        return _unpack_items(c, buf)

    def unpack_from(self, buffer, offset=0):
        """Return a tuple containing values unpacked according to the format string."""
        c = self._c
        buf = _as_buffer(buffer)
        n = len(buf)
        if offset < 0:
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            if -offset < c.size:
                raise error('not enough data to unpack %d bytes at offset %d' % (c.size, offset))
            offset += n
        if n - offset < c.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (c.size + offset, c.size, offset, n))
        return _unpack_items(c, buf, offset)

    def iter_unpack(self, buffer):
        """Return an iterator yielding tuples unpacked from the given bytes."""
        c = self._c
        if c.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        buf = _as_buffer(buffer)
        if len(buf) % c.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % c.size)
        return _unpack_iterator(c, buf)


class _unpack_iterator:
    def __init__(self, c, buf):
        self._c = c
        self._buf = buf
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        c = self._c
        if self._pos + c.size > len(self._buf):
            raise StopIteration
        r = _unpack_items(c, self._buf, self._pos)
        self._pos += c.size
        return r

    def __length_hint__(self):
        return (len(self._buf) - self._pos) // self._c.size


def _format(format):
    # CPython looks the format up in its cache of compiled structs before anything
    # else: an unhashable one is "unhashable type: 'list'".
    hash(format)
    return _compile(format)


def _struct_for(format, c=None):
    # The Struct the module-level functions use: `c` is the format compiled (by
    # `_format`, which checks it), done here when not already.
    s = Struct.__new__(Struct)
    s._c = _format(format) if c is None else c
    s._format = format
    return s


def _no_keywords(name, kw):
    if kw:
        raise TypeError('_struct.%s() takes no keyword arguments' % name)


def _calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""


def calcsize(*args, **kw):
    """Return size in bytes of the struct described by the format string."""
    _no_keywords('calcsize', kw)
    if len(args) != 1:
        raise TypeError('_struct.calcsize() takes exactly one argument (%d given)'
                        % len(args))
    return _format(args[0]).size


def pack(*args, **kw):
    """pack(format, v1, v2, ...) -> bytes

    Return a bytes object containing the values v1, v2, ... packed according
    to the format string.  See help(struct) for more on format strings."""
    _no_keywords('pack', kw)
    if not args:
        raise TypeError('missing format argument')
    return _pack_items(_format(args[0]), args[1:])


def pack_into(*args, **kw):
    """Pack the values v1, v2, ... according to the format string and write
    the packed bytes into the writable buffer buf starting at offset."""
    _no_keywords('pack_into', kw)
    if not args:
        raise TypeError('missing format argument')
    c = _format(args[0])
    if len(args) < 2:
        raise error('pack_into expected buffer argument')
    if len(args) < 3:
        raise error('pack_into expected offset argument')
    _struct_for(args[0], c).pack_into(*args[1:])


def _unpack(format, buffer, /):
    """Return a tuple containing values unpacked according to the format string."""


def unpack(*args, **kw):
    """Return a tuple containing values unpacked according to the format string."""
    _no_keywords('unpack', kw)
    if len(args) != 2:
        raise TypeError('unpack expected 2 arguments, got %d' % len(args))
    c = _format(args[0])
    buf = _as_buffer(args[1])
    if len(buf) != c.size:
        raise error('unpack requires a buffer of %d bytes' % c.size)
    return _unpack_items(c, buf)


unpack.__wrapped__ = _unpack


def _unpack_from(format, /, buffer, offset=0):
    """Return a tuple containing values unpacked according to the format string."""


def unpack_from(*args, **kw):
    """Return a tuple containing values unpacked according to the format string."""
    n = len(args) + len(kw)
    if n > 3:
        raise TypeError('unpack_from() takes at most 3 arguments (%d given)' % n)
    if not args:
        raise TypeError('unpack_from() takes at least 1 positional argument (0 given)')
    for k in kw:
        if k not in ('buffer', 'offset'):
            raise TypeError("'%s' is an invalid keyword argument for unpack_from()" % k)
    names = ('buffer', 'offset')
    vals = dict(zip(names, args[1:]))
    for k, v in kw.items():
        if k in vals:
            raise TypeError("argument for unpack_from() given by name ('%s') and position "
                            "(%d)" % (k, names.index(k) + 2))
        vals[k] = v
    if 'buffer' not in vals:
        raise TypeError("unpack_from() missing required argument 'buffer' (pos 2)")
    s = _struct_for(args[0])
    return s.unpack_from(vals['buffer'], vals.get('offset', 0))


unpack_from.__wrapped__ = _unpack_from


def _iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from the given bytes."""


def iter_unpack(*args, **kw):
    """Return an iterator yielding tuples unpacked from the given bytes."""
    _no_keywords('iter_unpack', kw)
    if len(args) != 2:
        raise TypeError('iter_unpack expected 2 arguments, got %d' % len(args))
    s = _struct_for(args[0])
    return s.iter_unpack(args[1])


iter_unpack.__wrapped__ = _iter_unpack
calcsize.__wrapped__ = _calcsize
