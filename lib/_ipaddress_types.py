"""weft's ipaddress classes: addresses, networks, interfaces (https://docs.python.org/3.11/library/ipaddress.html)."""

import functools

import ipaddress as _ip


@functools.total_ordering
class _BaseAddress:
    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            if not 0 <= address <= self._ALL_ONES:
                raise _ip.AddressValueError(
                    f'{address} (< 0) is not permitted as an IPv{self.version} address' if address < 0
                    else f'{address} (>= 2**{self.max_prefixlen}) is not permitted as an IPv{self.version} address')
            self._ip = address
            return
        if isinstance(address, bytes):
            n = self.max_prefixlen // 8
            if len(address) != n:
                raise _ip.AddressValueError(
                    f'{address!r} (len {len(address)} != {n}) is not permitted as an IPv{self.version} address')
            self._ip = int.from_bytes(address, 'big')
            return
        s = str(address)
        if '/' in s:
            raise _ip.AddressValueError(f'Unexpected \'/\' in {address!r}')
        self._ip = self._parse(s)

    def __int__(self):
        return self._ip

    def __index__(self):
        return self._ip

    def __eq__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        return self._ip == other._ip and self.version == other.version

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self.version != other.version:
            raise TypeError(f'{self} and {other} are not of the same version')
        return self._ip < other._ip

    def __hash__(self):
        return hash(hex(self._ip))

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._ip + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._ip - other)

    def __repr__(self):
        return f"{type(self).__name__}('{self}')"

    def __str__(self):
        return self._text()

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        base, prefix = fmt[-1], fmt[:-1]
        if base in 'bnxX' and prefix in ('', '#', '_', '#_'):
            if base == 'n':
                base = 'b' if self.version == 4 else 'x'
            alt = '#' in prefix
            grouping = '_' if '_' in prefix else ''
            digits = self.max_prefixlen // (1 if base == 'b' else 4)
            if grouping:
                digits += digits // 4 - 1
            if alt:
                digits += 2
            return format(self._ip, f"{'#' if alt else ''}0{digits}{grouping}{base}")
        return object.__format__(self, fmt)

    def __reduce__(self):
        return type(self), (self._ip,)

    @property
    def packed(self):
        return self._ip.to_bytes(self.max_prefixlen // 8, 'big')

    @property
    def compressed(self):
        return str(self)

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def _in(self, nets):
        return any(self in n for n in nets)

    @property
    def is_multicast(self):
        return self in self._MULTICAST

    @property
    def is_private(self):
        return self._in(self._PRIVATE)

    @property
    def is_global(self):
        return not self.is_private and self._global_extra()

    @property
    def is_reserved(self):
        return self._in(self._RESERVED)

    @property
    def is_loopback(self):
        return self in self._LOOPBACK

    @property
    def is_link_local(self):
        return self in self._LINK_LOCAL

    @property
    def is_unspecified(self):
        return self._ip == 0

    def _get_address_key(self):
        return (self.version, self)


class IPv4Address(_BaseAddress):
    """An IPv4 address."""
    __slots__ = ()
    version = 4
    _max_prefixlen = 32
    _ALL_ONES = (1 << 32) - 1

    @staticmethod
    def _parse(s):
        return _ip._v4_from_string(s)

    def _text(self):
        return _ip._v4_to_string(self._ip)

    @property
    def exploded(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    def _global_extra(self):
        return self not in _SHARED

    @property
    def ipv6_mapped(self):
        return IPv6Address(f'::ffff:{self}')


class IPv6Address(_BaseAddress):
    """An IPv6 address (with an optional %scope_id)."""
    __slots__ = ('_scope_id',)
    version = 6
    _max_prefixlen = 128
    _ALL_ONES = (1 << 128) - 1

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, str) and '%' in address:
            address, _, scope = address.partition('%')
            if not scope or '%' in scope:
                raise _ip.AddressValueError(f'Invalid IPv6 address: {address + "%" + scope!r}')
            self._scope_id = scope
        _BaseAddress.__init__(self, address)

    @staticmethod
    def _parse(s):
        return _ip._v6_from_string(s)

    def _text(self):
        t = _ip._v6_to_string(self._ip)
        return t + '%' + self._scope_id if self._scope_id else t

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def exploded(self):
        if self._scope_id:
            # CPython 3.11 re-parses str(self), scope included, and fails on it
            _ip._v6_from_string(str(self))
        return ':'.join('%04x' % w for w in _ip._v6_words(self._ip))

    @property
    def reverse_pointer(self):
        return '.'.join(reversed('%032x' % self._ip)) + '.ip6.arpa'

    def _global_extra(self):
        return True

    @property
    def is_site_local(self):
        return self in IPv6Network('fec0::/10')

    @property
    def ipv4_mapped(self):
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def sixtofour(self):
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)

    @property
    def teredo(self):
        if (self._ip >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF), IPv4Address(~self._ip & 0xFFFFFFFF))

    def __eq__(self, other):
        r = _BaseAddress.__eq__(self, other)
        if r is NotImplemented or not r:
            return r
        return self._scope_id == getattr(other, '_scope_id', None)

    def __hash__(self):
        return hash((self._ip, self._scope_id))


from _ipaddress_net import (IPv4Network, IPv6Network, IPv4Interface, IPv6Interface,  # noqa: E402
                            _BaseNetwork)

_SHARED = IPv4Network('100.64.0.0/10')
IPv4Address._MULTICAST = IPv4Network('224.0.0.0/4')
IPv4Address._LOOPBACK = IPv4Network('127.0.0.0/8')
IPv4Address._LINK_LOCAL = IPv4Network('169.254.0.0/16')
IPv4Address._RESERVED = [IPv4Network('240.0.0.0/4')]
IPv4Address._PRIVATE = [IPv4Network(n) for n in (
    '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/29',
    '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24',
    '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
IPv6Address._MULTICAST = IPv6Network('ff00::/8')
IPv6Address._LOOPBACK = IPv6Network('::1/128')
IPv6Address._LINK_LOCAL = IPv6Network('fe80::/10')
IPv6Address._RESERVED = [IPv6Network(n) for n in (
    '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3',
    '8000::/3', 'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5', 'f800::/6', 'fe00::/9')]
IPv6Address._PRIVATE = [IPv6Network(n) for n in (
    '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48', '2001:db8::/32',
    '2001:10::/28', 'fc00::/7', 'fe80::/10')]
