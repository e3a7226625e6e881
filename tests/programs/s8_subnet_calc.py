"""A subnet calculator and address classifier using ipaddress."""
import ipaddress as ip

for spec in ["192.168.1.0/24", "10.0.0.0/255.0.0.0", "172.16.5.4/20", "192.168.100.64/0.0.0.63", "8.8.8.8/32", "100.64.1.0/30", "0.0.0.0/0"]:
    try:
        net = ip.ip_network(spec, strict=False)
    except ValueError as e:
        print("error:", e)
        continue
    hosts = list(net.hosts()) if net.num_addresses <= 1024 else None
    print(f"{spec:<24} -> {net!s:<18} {net!r}")
    print(f"   netmask={net.netmask} hostmask={net.hostmask} broadcast={net.broadcast_address} size={net.num_addresses:,}")
    print(f"   {net.with_netmask} {net.with_hostmask} private={net.is_private} global={net.is_global}")
    if hosts is not None:
        print(f"   hosts: {len(hosts)} first={hosts[0] if hosts else None} last={hosts[-1] if hosts else None}")

net = ip.IPv4Network("10.10.0.0/22")
print([str(s) for s in net.subnets()], [str(s) for s in net.subnets(new_prefix=24)])
print(net.supernet(), net.supernet(new_prefix=16), net[0], net[-1], net[5], ip.IPv4Address("10.10.3.7") in net, ip.IPv4Address("10.11.0.1") in net)
print(list(ip.ip_network("192.0.2.0/29")), list(ip.ip_network("192.0.2.0/31").hosts()), list(ip.ip_network("192.0.2.5/32").hosts()))
a, b = ip.ip_network("10.0.0.0/16"), ip.ip_network("10.0.128.0/17")
print(a.overlaps(b), b.subnet_of(a), a.supernet_of(b), a.subnet_of(b), sorted([b, a, ip.ip_network("9.0.0.0/8")]))
print([str(n) for n in a.address_exclude(ip.ip_network("10.0.3.0/24"))])
print([str(n) for n in ip.collapse_addresses([ip.ip_network("192.0.2.0/25"), ip.ip_network("192.0.2.128/25"), ip.ip_address("192.0.3.0"), ip.ip_network("192.0.3.1/32")])])
print([str(n) for n in ip.summarize_address_range(ip.IPv4Address("192.0.2.0"), ip.IPv4Address("192.0.2.130"))])

for s in ["127.0.0.1", "10.1.2.3", "8.8.4.4", "169.254.1.1", "224.0.0.251", "240.0.0.1", "0.0.0.0", "100.64.0.1", "255.255.255.255", "192.0.2.1", "172.32.0.1"]:
    x = ip.ip_address(s)
    flags = [n for n in ("private", "global", "loopback", "multicast", "reserved", "link_local", "unspecified") if getattr(x, "is_" + n)]
    print(f"{s:<16} {int(x):>10} {x.packed.hex()} {x.reverse_pointer:<28} {flags}")

a = ip.IPv4Address("192.168.0.1")
print(a + 255, a - 1, a < ip.IPv4Address("192.168.0.2"), a == ip.ip_address(3232235521), repr(a), a.version, a.max_prefixlen)
print(f"{a:b}", f"{a:#x}", f"{a:_b}", f"{a:#_x}", f"{a:X}", f"{a:n}", f"{a:>20s}", f"{a:s}")
for spec in (">20", "#b_", "o"):
    try:
        format(a, spec)
    except TypeError as e:
        print("TypeError", e)
print(ip.ip_address(b"\x7f\x00\x00\x01"), ip.ip_address(2**32), ip.IPv4Address(0), ip.v4_int_to_packed(1))

for s in ["::1", "2001:db8::1", "2001:0db8:0000:0000:0000:ff00:0042:8329", "fe80::1%eth0", "::ffff:192.0.2.128", "::", "1:0:0:1:0:0:0:1", "1:0:0:2:0:0:3:4", "2002:c000:0204::1", "ff02::1", "fc00::5"]:
    x = ip.ip_address(s)
    flags = [n for n in ("private", "global", "loopback", "multicast", "reserved", "link_local", "site_local", "unspecified") if getattr(x, "is_" + n)]
    try:
        exploded = x.exploded
    except ValueError as e:
        exploded = f"<{type(e).__name__}: {e}>"
    print(f"{s:<42} {x!s:<28} {exploded} {x.ipv4_mapped} {x.sixtofour} {flags}")
n6 = ip.ip_network("2001:db8::/126")
print(n6, list(n6.hosts()), n6.num_addresses, n6.broadcast_address, list(ip.ip_network("2001:db8::/64").subnets(new_prefix=66)))
print(ip.ip_address("2001:db8::1").reverse_pointer, repr(ip.ip_address("fe80::1%eth0")), ip.ip_address("fe80::1%eth0").scope_id)

iface = ip.ip_interface("192.168.1.77/24")
print(iface, repr(iface), iface.ip, iface.network, iface.netmask, iface.with_prefixlen, iface.with_netmask, iface.with_hostmask)
print(ip.ip_interface("2001:db8::5/64").network, ip.IPv4Interface("10.0.0.1/255.255.0.0"), iface.ip in iface.network)

bad = ["256.1.1.1", "1.2.3", "1.2.3.04", "a.b.c.d", "1.2.3.4/24", "", "1234.1.1.1", "1..2.3",
       "::1::2", "1:2:3:4:5:6:7:8:9", "12345::", ":1:2::", "1:2:3:4:5:6:7", "g::1", "1:2:3:4:5:6:7::", ":", "1.2.3.4.5"]
for s in bad:
    for cls in (ip.IPv4Address, ip.IPv6Address):
        try:
            cls(s)
        except ip.AddressValueError as e:
            print(f"{cls.__name__}({s!r}): {e}")
    try:
        ip.ip_address(s)
    except ValueError as e:
        print("ip_address:", e)
for s in ["192.168.1.1/24", "10.0.0.0/33", "10.0.0.0/255.0.255.0", "10.0.0.0/abc", "1.2.3.0/24/1", "2001:db8::1/64", "2001:db8::/129"]:
    try:
        print(ip.ip_network(s))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(1,), (0, 26), (3, None)]:
    try:
        print(list(ip.ip_network("10.0.0.0/24").subnets(*args))[:2])
    except ValueError as e:
        print("ValueError", e)
try:
    ip.IPv4Address("1.2.3.4") < ip.IPv6Address("::1")
except TypeError as e:
    print("TypeError", e)
try:
    ip.ip_network("10.0.0.0/24")[256]
except IndexError as e:
    print("IndexError", e)
try:
    list(ip.ip_network("10.0.0.0/8").address_exclude(ip.ip_network("11.0.0.0/24")))
except ValueError as e:
    print("ValueError", e)
print(ip.IPv4Address(-1) if False else "", hash(ip.ip_address("1.2.3.4")) == hash(ip.ip_address("1.2.3.4")), len({ip.ip_network("10.0.0.0/8"), ip.ip_network("10.0.0.0/8")}))
