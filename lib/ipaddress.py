"""weft's ipaddress: IPv4/IPv6 addresses, networks and interfaces (https://docs.python.org/3.11/library/ipaddress.html)."""

__all__ = ['ip_address', 'ip_network', 'ip_interface', 'IPv4Address', 'IPv6Address',
           'IPv4Network', 'IPv6Network', 'IPv4Interface', 'IPv6Interface', 'AddressValueError',
           'NetmaskValueError', 'summarize_address_range', 'collapse_addresses',
           'get_mixed_type_key', 'v4_int_to_packed', 'v6_int_to_packed',
           'IPV4LENGTH', 'IPV6LENGTH']

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value error related to the address."""


class NetmaskValueError(ValueError):
    """A value error related to the netmask."""


def ip_address(address):
    """An IPv4Address or IPv6Address for a string or integer."""
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 address')


def ip_network(address, strict=True):
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 interface')


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4') from None


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6') from None


# ---- text forms ----

def _parse_octet(s):
    if not s:
        raise ValueError('Empty octet not permitted')
    if not (s.isascii() and s.isdigit()):
        raise ValueError(f'Only decimal digits permitted in {s!r}')
    if len(s) > 3:
        raise ValueError(f'At most 3 characters permitted in {s!r}')
    if s != '0' and s[0] == '0':
        raise ValueError(f'Leading zeros are not permitted in {s!r}')
    v = int(s, 10)
    if v > 255:
        raise ValueError(f'Octet {v} (> 255) not permitted')
    return v


def _v4_from_string(s):
    if not s:
        raise AddressValueError('Address cannot be empty')
    parts = s.split('.')
    if len(parts) != 4:
        raise AddressValueError(f'Expected 4 octets in {s!r}')
    n = 0
    for p in parts:
        try:
            n = (n << 8) | _parse_octet(p)
        except ValueError as e:
            raise AddressValueError(f'{e} in {s!r}') from None
    return n


def _v4_to_string(n):
    return '.'.join(str((n >> s) & 255) for s in (24, 16, 8, 0))


def _v6_from_string(s):
    if not s:
        raise AddressValueError('Address cannot be empty')
    parts = s.split(':')
    if len(parts) < 3:
        raise AddressValueError(f'At least 3 parts expected in {s!r}')
    tail = []
    if '.' in parts[-1]:
        v4 = _v4_from_string(parts.pop())
        tail = [v4 >> 16, v4 & 0xffff]
    if len(parts) + len(tail) > 9:
        raise AddressValueError(f'At most 8 colons permitted in {s!r}')
    skip = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if skip is not None:
                raise AddressValueError(f"At most one '::' permitted in {s!r}")
            skip = i
    if skip is not None:
        hi, lo = skip, len(parts) - skip - 1
        if not parts[0]:
            hi -= 1
            if hi:
                raise AddressValueError(f"Leading ':' only permitted as part of '::' in {s!r}")
        if not parts[-1]:
            lo -= 1
            if lo:
                raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {s!r}")
        fill = 8 - len(tail) - hi - lo
        if fill < 1:
            raise AddressValueError(f"Expected at most {8 - len(tail) - 1} other parts with '::' in {s!r}")
        words = parts[:hi] + ['0'] * fill + parts[len(parts) - lo:]
    else:
        if len(parts) + len(tail) != 8:
            raise AddressValueError(f"Exactly 8 parts expected without '::' in {s!r}")
        if not parts[0]:
            raise AddressValueError(f"Leading ':' only permitted as part of '::' in {s!r}")
        if not parts[-1]:
            raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {s!r}")
        words = parts
    n = 0
    for w in words:
        if not (w.isascii() and all(c in '0123456789abcdefABCDEF' for c in w)) or not w:
            raise AddressValueError(f'Only hex digits permitted in {w!r} in {s!r}')
        if len(w) > 4:
            raise AddressValueError(f'At most 4 characters permitted in {w!r} in {s!r}')
        n = (n << 16) | int(w, 16)
    for w in tail:
        n = (n << 16) | w
    return n


def _v6_words(n):
    return [(n >> (112 - 16 * i)) & 0xffff for i in range(8)]


def _v6_to_string(n):
    """RFC 5952 form: the longest run (2+ words, first on a tie) of zero words is '::'."""
    words = _v6_words(n)
    best, best_len, i = -1, 1, 0
    while i < 8:
        if words[i] == 0:
            j = i
            while j < 8 and words[j] == 0:
                j += 1
            if j - i > best_len:
                best, best_len = i, j - i
            i = j
        else:
            i += 1
    hexes = ['%x' % w for w in words]
    if best >= 0:
        left = ':'.join(hexes[:best])
        right = ':'.join(hexes[best + best_len:])
        return left + '::' + right
    return ':'.join(hexes)


from _ipaddress_types import (IPv4Address, IPv6Address, IPv4Network, IPv6Network,  # noqa: E402
                              IPv4Interface, IPv6Interface, _BaseAddress, _BaseNetwork)


def summarize_address_range(first, last):
    """The smallest networks covering first..last (an iterator)."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError(f'{first} and {last} are not of the same version')
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    lo, hi = int(first), int(last)
    while lo <= hi:
        size = (lo & -lo).bit_length() - 1 if lo else bits
        while size > 0 and lo + (1 << size) - 1 > hi:
            size -= 1
        yield net((lo, bits - size))
        lo += 1 << size
        if lo > (1 << bits) - 1:
            break


def collapse_addresses(addresses):
    """Collapse addresses and networks into the fewest networks (an iterator)."""
    nets = []
    version = None
    for a in addresses:
        if isinstance(a, _BaseAddress):
            n = (IPv4Network if a.version == 4 else IPv6Network)((int(a), a.max_prefixlen))
        elif isinstance(a, _BaseNetwork):
            n = a
        else:
            n = a.network
        if version is not None and n.version != version:
            raise TypeError(f'{a} and {nets[-1]} are not of the same version')
        version = n.version
        nets.append(n)
    spans = sorted((int(n.network_address), int(n.broadcast_address)) for n in nets)
    merged = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    addr = IPv4Address if version == 4 else IPv6Address
    for lo, hi in merged:
        yield from summarize_address_range(addr(lo), addr(hi))


def get_mixed_type_key(obj):
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented

