"""weft's ipaddress networks and interfaces (https://docs.python.org/3.11/library/ipaddress.html#network-objects)."""

import functools

import ipaddress as _ip
from _ipaddress_types import IPv4Address, IPv6Address, _BaseAddress


def _prefix_from_mask(n, bits):
    """The prefix length of netmask int `n`, or None when its ones are not leading."""
    inv = ~n & ((1 << bits) - 1)
    if inv & (inv + 1):
        return None
    return bits - inv.bit_length()


@functools.total_ordering
class _BaseNetwork:

    def __init__(self, address, strict=True):
        addr, mask = self._split(address)
        self.network_address = self._address_class(addr)
        self._prefixlen = self._make_prefix(mask)
        self.netmask = self._address_class(self._mask_int(self._prefixlen))
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError(f'{self} has host bits set')
            self.network_address = self._address_class(packed & int(self.netmask))

    def _split(self, address):
        bits = self._address_class._max_prefixlen
        if isinstance(address, (bytes, int)):
            return address, bits
        if isinstance(address, tuple):
            return (address[0], address[1]) if len(address) > 1 else (address[0], bits)
        if isinstance(address, _BaseAddress):
            return int(address), bits
        parts = str(address).split('/')
        if len(parts) > 2:
            raise _ip.AddressValueError(f"Only one '/' permitted in {address!r}")
        return parts[0], parts[1] if len(parts) > 1 else bits

    @classmethod
    def _bad_mask(cls, m):
        raise _ip.NetmaskValueError(f'{m!r} is not a valid netmask') from None

    @classmethod
    def _make_prefix(cls, arg):
        bits = cls._address_class._max_prefixlen
        if isinstance(arg, int):
            if not 0 <= arg <= bits:
                cls._bad_mask(arg)
            return arg
        s = str(arg)
        if s.isascii() and s.isdigit():
            p = int(s)
            if 0 <= p <= bits:
                return p
            cls._bad_mask(s)
        if cls._address_class.version == 6:
            cls._bad_mask(s)
        try:
            n = _ip._v4_from_string(s)
        except _ip.AddressValueError:
            cls._bad_mask(s)
        p = _prefix_from_mask(n, bits)
        if p is None:
            p = _prefix_from_mask(n ^ ((1 << bits) - 1), bits)
        if p is None:
            cls._bad_mask(s)
        return p

    @classmethod
    def _mask_int(cls, prefixlen):
        bits = cls._address_class._max_prefixlen
        return ((1 << bits) - 1) ^ ((1 << (bits - prefixlen)) - 1)

    version = property(lambda self: self._address_class.version)
    max_prefixlen = property(lambda self: self._address_class._max_prefixlen)
    prefixlen = property(lambda self: self._prefixlen)

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ ((1 << self.max_prefixlen) - 1))

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def num_addresses(self):
        return 1 << (self.max_prefixlen - self._prefixlen)

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    @property
    def compressed(self):
        return str(self)

    @property
    def exploded(self):
        return f'{self.network_address.exploded}/{self._prefixlen}'

    def __str__(self):
        return f'{self.network_address}/{self._prefixlen}'

    def __repr__(self):
        return f"{type(self).__name__}('{self}')"

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __eq__(self, other):
        try:
            return (self.version == other.version and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self.version != other.version:
            raise TypeError(f'{self} and {other} are not of the same version')
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        return self.netmask < other.netmask

    def __contains__(self, other):
        if isinstance(other, _BaseNetwork):
            return False
        if not isinstance(other, _BaseAddress) or other.version != self.version:
            return False
        return int(other) & int(self.netmask) == int(self.network_address)

    def __iter__(self):
        start = int(self.network_address)
        for n in range(start, int(self.broadcast_address) + 1):
            yield self._address_class(n)

    def __getitem__(self, n):
        size = self.num_addresses
        if n < 0:
            n += size
        if not 0 <= n < size:
            raise IndexError('address out of range')
        return self._address_class(int(self.network_address) + n)

    def hosts(self):
        lo, hi = int(self.network_address), int(self.broadcast_address)
        if self.max_prefixlen - self._prefixlen <= 1:
            rng = range(lo, hi + 1)
        elif self.version == 4:
            rng = range(lo + 1, hi)
        else:
            rng = range(lo + 1, hi + 1)
        return (self._address_class(n) for n in rng)

    def overlaps(self, other):
        return (other.network_address in self or other.broadcast_address in self
                or self.network_address in other or self.broadcast_address in other)

    def _check_same(self, other):
        if not isinstance(other, _BaseNetwork) or self.version != other.version:
            raise TypeError(f'{self} and {other} are not of the same version')

    def subnet_of(self, other):
        self._check_same(other)
        return (other.network_address <= self.network_address
                and other.broadcast_address >= self.broadcast_address)

    def supernet_of(self, other):
        self._check_same(other)
        return other.subnet_of(self)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == self.max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new = self._prefixlen + prefixlen_diff
        if new > self.max_prefixlen:
            raise ValueError(f'prefix length diff {new} is invalid for netblock {self}')
        step = 1 << (self.max_prefixlen - new)
        for n in range(int(self.network_address), int(self.broadcast_address) + 1, step):
            yield type(self)((n, new))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new = self._prefixlen - prefixlen_diff
        if new < 0:
            raise ValueError(f'current prefixlen is {self._prefixlen}, cannot have a '
                             f'prefixlen_diff of {prefixlen_diff}')
        return type(self)((int(self.network_address) & self._mask_int(new), new))

    def address_exclude(self, other):
        if not self.version == other.version:
            raise TypeError(f'{self} and {other} are not of the same version')
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f'{other} is not a network object')
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        if other == self:
            return
        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            else:
                yield s1
                s1, s2 = s2.subnets()
        yield s2 if s1 == other else s1

    def compare_networks(self, other):
        if self.version != other.version:
            raise TypeError(f'{self} and {other} are not of the same type')
        a = (self.network_address, self.netmask)
        b = (other.network_address, other.netmask)
        return -1 if a < b else 1 if a > b else 0

    def _get_networks_key(self):
        return (self.version, self.network_address, self.netmask)

    def _both(name):
        return property(lambda self: getattr(self.network_address, name) and
                        getattr(self.broadcast_address, name))

    is_multicast = _both('is_multicast')

    @property
    def is_private(self):
        lo, hi = self.network_address, self.broadcast_address
        return any(lo in n and hi in n for n in self._address_class._PRIVATE)
    is_reserved = _both('is_reserved')
    is_loopback = _both('is_loopback')
    is_link_local = _both('is_link_local')

    @property
    def is_global(self):
        if self.version == 4:
            shared = IPv4Network('100.64.0.0/10')
            if self.network_address in shared and self.broadcast_address in shared:
                return False
        return not self.is_private

    @property
    def is_unspecified(self):
        return self.network_address.is_unspecified and self.broadcast_address.is_unspecified


class IPv4Network(_BaseNetwork):
    """An IPv4 network: address/prefix, address/netmask or address/hostmask."""
    _address_class = IPv4Address


class IPv6Network(_BaseNetwork):
    """An IPv6 network."""
    _address_class = IPv6Address

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


class _Interface:
    def _setup(self, address, net_cls):
        addr, mask = net_cls._split(net_cls, address)
        self._addr_class.__init__(self, addr)
        self.network = net_cls((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def ip(self):
        return self._addr_class(self._ip)

    def __str__(self):
        return f'{self._addr_class._text(self)}/{self._prefixlen}'

    def __repr__(self):
        return f"{type(self).__name__}('{self}')"

    def __eq__(self, other):
        r = self._addr_class.__eq__(self, other)
        if r is NotImplemented or not r:
            return r
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        r = self._addr_class.__lt__(self, other)
        if r is NotImplemented:
            return r
        try:
            return self.network < other.network or (self.network == other.network and r)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    @property
    def with_prefixlen(self):
        return f'{self.ip}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.ip}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.ip}/{self.network.hostmask}'


class IPv4Interface(_Interface, IPv4Address):
    _addr_class = IPv4Address

    def __init__(self, address):
        self._setup(address, IPv4Network)


class IPv6Interface(_Interface, IPv6Address):
    _addr_class = IPv6Address

    def __init__(self, address):
        self._scope_id = None
        self._setup(address, IPv6Network)
