"""Efficient arrays of numeric values (weft's own, basic implementation).

Follows https://docs.python.org/3.11/library/array.html
Items are kept in a Python list; conversion to and from bytes uses struct.
"""

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# (min, max, low message, high message) for the integer typecodes
_RANGES = {
    'b': (-128, 127, 'signed char is less than minimum', 'signed char is greater than maximum'),
    'B': (0, 255, 'unsigned byte integer is less than minimum',
          'unsigned byte integer is greater than maximum'),
    'h': (-32768, 32767, 'signed short integer is less than minimum',
          'signed short integer is greater than maximum'),
    'H': (0, 65535, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer is less than minimum',
          'signed integer is greater than maximum'),
    'I': (0, 2 ** 32 - 1, "can't convert negative value to unsigned int",
          'unsigned int is greater than maximum'),
    'l': (-2 ** 63, 2 ** 63 - 1, 'Python int too large to convert to C long',
          'Python int too large to convert to C long'),
    'L': (0, 2 ** 64 - 1, "can't convert negative value to unsigned int",
          'Python int too large to convert to C unsigned long'),
    'q': (-2 ** 63, 2 ** 63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': (0, 2 ** 64 - 1, "can't convert negative int to unsigned", 'int too big to convert'),
}


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        meth = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return meth(v)


def _f32(x):
    import struct
    return struct.unpack('f', struct.pack('f', x))[0]


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the appropriate type.
    """
    __weft_tpname__ = 'array.array'

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is not None:
            if isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            elif isinstance(initializer, str):
                if typecode != 'u':
                    raise TypeError('cannot use a str to initialize an array with typecode %r'
                                    % typecode)
                self._items = list(initializer)
            elif isinstance(initializer, array):
                if typecode == 'u' and initializer._tc != 'u':
                    raise TypeError('cannot use a unicode array to initialize an array with '
                                    "typecode 'u'")
                self.extend(initializer._items)
            else:
                self.extend(initializer)
        return self

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._tc]

    def _conv(self, v):
        tc = self._tc
        if tc in 'fd':
            if isinstance(v, float):
                f = v
            elif hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
                f = float(v)
            else:
                raise TypeError('must be real number, not %s' % type(v).__name__)
            return _f32(f) if tc == 'f' else f
        if tc == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError('array item must be unicode character')
            return v
        v = _index(v)
        lo, hi, lomsg, himsg = _RANGES[tc]
        if tc in 'bBhHi' and not -2 ** 63 <= v < 2 ** 63:
            raise OverflowError('Python int too large to convert to C long')
        if tc == 'I' and v >= 2 ** 64:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if v < lo:
            raise OverflowError(lomsg)
        if v > hi:
            raise OverflowError(himsg)
        return v

    # -- list-like API
    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(self._conv(v))

    def extend(self, iterable, /):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        conv = self._conv
        self._items.extend([conv(v) for v in iterable])

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        self._items.insert(i, self._conv(v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array. i defaults to -1."""
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None, /):
        """Return index of first occurrence of v in the array."""
        if stop is None:
            stop = len(self._items)
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return self._items.count(v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, lst, /):
        """Append items to array from list."""
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        conv = self._conv
        self._items.extend([conv(v) for v in lst])

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s, /):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        if self._tc == 'u':
            return ''.join(self._items).encode('utf-32-le' if _little() else 'utf-32-be')
        import struct
        return struct.pack('%d%s' % (len(self._items), self._tc), *self._items)

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of machine values."""
        data = bytes(buffer)
        size = _ITEMSIZE[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        if self._tc == 'u':
            self._items.extend(data.decode('utf-32-le' if _little() else 'utf-32-be'))
            return
        import struct
        self._items.extend(struct.unpack('%d%s' % (len(data) // size, self._tc), data))

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end of the array."""
        size = _ITEMSIZE[self._tc]
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        whole = len(data) // size * size
        self.frombytes(data[:whole])
        if len(data) != n * size:
            raise EOFError('read() didn\'t return enough bytes')

    def byteswap(self):
        """Byteswap all items of the array."""
        size = _ITEMSIZE[self._tc]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in items of the buffer."""
        return (id(self._items), len(self._items))

    def __copy__(self):
        return array(self._tc, self)

    def __deepcopy__(self, memo):
        return array(self._tc, self)

    def __reduce_ex__(self, protocol):
        return (type(self), (self._tc, list(self._items)), getattr(self, '__dict__', None))

    # -- sequence protocol
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            new = array(self._tc)
            new._items = self._items[i]
            return new
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = v._items
            return
        v = self._conv(v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        new = array(self._tc)
        new._items = self._items + other._items
        return new

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        new = array(self._tc)
        new._items = self._items * n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp(self, other):
        if not isinstance(other, array):
            return None
        return self._items, other._items

    def __eq__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] < p[1]

    def __le__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] >= p[1]

    __hash__ = None

    def __repr__(self):
        tc = self._tc
        if not self._items:
            return "%s('%s')" % (type(self).__name__, tc)
        if tc == 'u':
            return '%s(%r, %r)' % (type(self).__name__, tc, ''.join(self._items))
        return '%s(%r, %r)' % (type(self).__name__, tc, self._items)


def _little():
    import sys
    return sys.byteorder == 'little'


ArrayType = array
array.__module__ = 'array'
