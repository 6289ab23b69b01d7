"""Differential test of ipaddress: parsing and its errors, networks, interfaces, properties, formatting, helpers."""
import ipaddress as i
A = i.ip_address; N = i.ip_network; I = i.ip_interface

def show(label, fn):
    try:
        r = fn()
        if hasattr(r, "__next__"):
            r = list(r)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

cases4 = ['1.2.3', '1.2.3.256', '01.2.3.4', '1..2.3', '1.a.2.3', '1234.1.1.1', '', '1.2.3.4.5', ' 1.2.3.4',
          '1.2.3.4/24', '0x1.2.3.4', '1.2.3.-4', '\u0661.2.3.4', '1.2.3.4%x', '00.0.0.0', '0.0.0.0', '255.255.255.255']
for c in cases4:
    show("v4 %r" % c, lambda: i.IPv4Address(c))
for c in [-1, 2**32, 2**32 - 1, b'\x01\x02\x03', b'\x01\x02\x03\x04', 1.5, None, i.IPv4Address('1.1.1.1')]:
    show("v4 %r" % (c,), lambda: i.IPv4Address(c))
cases6 = ['::', '::1', '1::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', ':1:2:3:4:5:6:7', '1::2::3',
          '::ffff:1.2.3.4', '::1.2.3.4.5', '12345::', 'g::', '1:2:3:4:5:6:7::', '::1:2:3:4:5:6:7', '1:::2', '', ':',
          ':::', '1.2.3.4', '::ffff:1.2.3', 'fe80::1%', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', 'FFFF::abcd',
          '1:2:3:4:5:6:7:8:', ':1::', '0000:0:0:0:0:0:0:1', '1:0:0:2:0:0:0:3', '1:0:0:2:0:0:3:4', '0:0:1:0:0:0:0:0',
          '1:2:3:4:5:6:7:8:9:10', '1:2::3:4:5:6:7:8', '1::2:3:4:5:6:7', '1:2:3:4:5:6:7:', '::1:2:3:4:5:6:7:8',
          '2001:db8::1', '2001:0db8:0000:0000:0000:ff00:0042:8329', '1:2:3:4:5:6:7:8%eth0', '::1%a%b']
for c in cases6:
    def f(c=c):
        a = i.IPv6Address(c)
        return (a, a.compressed, a.exploded if a.scope_id is None else None, a.scope_id, a.packed, int(a))
    show("v6 %r" % c, f)
for c in [-1, 2**128, b'x' * 15, b'\x00' * 15 + b'\x01', 1.0, 2**128 - 1]:
    show("v6 %r" % (c,), lambda: i.IPv6Address(c))

nets = ['1.2.3.4/24', '1.2.3.0/24', '1.2.3.0/255.255.255.0', '1.2.3.0/0.0.0.255', '1.2.3.0/255.0.255.0', '1.2.3.0/33',
        '1.2.3.0/-1', '1.2.3.0/', '1.2.3.0/24/1', '1.2.3.0/ 24', '1.2.3.0/024', '::/0', '::1/129', '1::/16', '1::1/16',
        'x', '1.2.3.0/255.255.255.256', ('1.2.3.0', 24), ('1.2.3.0', '255.255.255.0'), (16909056, 24), 16909056,
        b'\x01\x02\x03\x00', '1.2.3.0/+24', '1.2.3.0/2 4', '1.2.3.0/a', '0.0.0.0/0', '10.0.0.0/255.0.0.0',
        '10.0.0.0/0.255.255.255', '1.2.3.0/0255.0.0.0', '1.2.3.0/1_0', '/24', ('1.2.3.0', 33), ('1.2.3.0', -1),
        ('1.2.3.0', '24'), ('1.2.3.0',), ('1.2.3.4', 24), (b'\x01\x02\x03\x00', 24), (i.IPv4Address('1.2.3.0'), 24),
        '::/ffff::', '::/1/2', 'fe80::%x/64', '2001:db8::/32', '2001:db8::/0', ('2001:db8::', 32), ('::', 200)]
for c in nets:
    show("net %r" % (c,), lambda: N(c))
    show("v4net %r" % (c,), lambda: i.IPv4Network(c))
    show("v6net %r" % (c,), lambda: i.IPv6Network(c))
    show("v4net nonstrict %r" % (c,), lambda: i.IPv4Network(c, strict=False))
    show("iface %r" % (c,), lambda: I(c))
    show("addr %r" % (c,), lambda: A(c))

for n in ['192.168.1.0/24', '10.0.0.0/30', '10.0.0.0/31', '10.0.0.1/32', '2001:db8::/126', '2001:db8::/127', '2001:db8::1/128', '0.0.0.0/0']:
    net = N(n)
    print(n, net.network_address, net.broadcast_address, net.netmask, net.hostmask, net.prefixlen, net.num_addresses,
          net.with_prefixlen, net.with_netmask, net.with_hostmask, net.version, net.max_prefixlen, net.exploded, net.compressed)
    if net.num_addresses <= 8:
        print("  hosts", list(net.hosts()), list(net), type(net.hosts()).__name__)
    print("  [0]", net[0], net[-1], net[1] if net.num_addresses > 1 else None)
    show("  [big]", lambda: net[net.num_addresses])
    show("  [-big]", lambda: net[-net.num_addresses - 1])
    show("  [-all]", lambda: net[-net.num_addresses])
    show("  subnets", lambda: list(net.subnets())[:4])
    show("  subnets2", lambda: list(net.subnets(prefixlen_diff=2))[:5])
    show("  subnets new", lambda: list(net.subnets(new_prefix=net.prefixlen + 1))[:2])
    show("  supernet", lambda: net.supernet())
    show("  supernet3", lambda: net.supernet(prefixlen_diff=3))
    show("  supernet new", lambda: net.supernet(new_prefix=1))
    print("  flags", net.is_private, net.is_global, net.is_multicast, net.is_loopback, net.is_reserved, net.is_link_local, net.is_unspecified)
    print("  hash", hash(net) == hash(N(n)), net == N(n), net != N(n))

net = N('10.0.0.0/8')
show("subnets bad", lambda: list(net.subnets(new_prefix=4)))
show("subnets both", lambda: list(net.subnets(prefixlen_diff=2, new_prefix=10)))
show("subnets neg", lambda: list(net.subnets(prefixlen_diff=-1)))
show("subnets toolong", lambda: list(net.subnets(prefixlen_diff=30)))
show("supernet bad", lambda: net.supernet(new_prefix=9))
show("supernet both", lambda: net.supernet(prefixlen_diff=2, new_prefix=4))
show("supernet neg", lambda: net.supernet(prefixlen_diff=9))
show("supernet 0", lambda: N('0.0.0.0/0').supernet())
show("exclude", lambda: list(N('192.0.2.0/28').address_exclude(N('192.0.2.1/32'))))
show("exclude self", lambda: list(net.address_exclude(net)))
show("exclude notin", lambda: list(net.address_exclude(N('11.0.0.0/8'))))
show("exclude ver", lambda: list(net.address_exclude(N('::/0'))))
show("exclude addr", lambda: list(net.address_exclude(A('10.0.0.1'))))
show("exclude v6", lambda: list(N('2001:db8::/125').address_exclude(N('2001:db8::4/126'))))
show("overlaps", lambda: (net.overlaps(N('10.1.0.0/16')), net.overlaps(N('11.0.0.0/8')), N('10.1.0.0/16').overlaps(net)))
show("subnet_of", lambda: (N('10.1.0.0/16').subnet_of(net), net.subnet_of(N('10.1.0.0/16')), net.supernet_of(N('10.1.0.0/16'))))
show("subnet_of ver", lambda: net.subnet_of(N('::/0')))
show("subnet_of addr", lambda: net.subnet_of(A('10.0.0.1')))
show("compare", lambda: (net.compare_networks(N('10.0.0.0/16')), N('10.0.0.0/16').compare_networks(net), net.compare_networks(net), net.compare_networks(N('9.0.0.0/8')), net.compare_networks(N('11.0.0.0/8'))))
show("compare ver", lambda: net.compare_networks(N('::/0')))
show("contains", lambda: (A('10.1.2.3') in net, A('11.0.0.0') in net, N('10.0.0.0/16') in net, A('::1') in net))
show("contains int", lambda: 5 in net)

addrs = [A('1.2.3.4'), A('::1'), A('192.0.2.1'), A('2001:db8::ff00:42:8329')]
for a in addrs:
    print(a, repr(a), a.version, a.max_prefixlen, a.packed, int(a), a.reverse_pointer, a.compressed, str(a), hash(a) == hash(A(str(a))))
for a in ['0.0.0.0', '10.1.2.3', '127.0.0.1', '169.254.3.3', '172.16.0.1', '172.32.0.1', '192.0.0.9', '192.0.0.10', '192.0.0.11',
          '192.0.0.170', '192.168.1.1', '100.64.0.1', '8.8.8.8', '224.0.0.1', '240.0.0.1', '255.255.255.255', '198.18.0.1', '203.0.113.5']:
    x = A(a)
    print(a, x.is_private, x.is_global, x.is_loopback, x.is_multicast, x.is_reserved, x.is_link_local, x.is_unspecified)
for a in ['::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:8.8.8.8', '::ffff:224.0.0.1', '::ffff:169.254.1.1', '::ffff:240.0.0.1',
          '::ffff:0.0.0.0', '::1', '::', 'fe80::1', 'fec0::1', 'ff02::1', '2001:db8::1', '2606:4700::1', '2001:1::1', '2001:3::5',
          '64:ff9b:1::1', '2002::1', '100::1', '::2', '2001:0:4136:e378:8000:63bf:3fff:fdd2', '2002:c000:0204::1']:
    x = A(a)
    print(a, x.is_private, x.is_global, x.is_loopback, x.is_multicast, x.is_reserved, x.is_link_local, x.is_unspecified,
          x.is_site_local, x.ipv4_mapped, x.sixtofour, x.teredo)
for n in ['10.0.0.0/8', '10.0.0.0/7', '100.64.0.0/10', '100.64.0.0/11', '0.0.0.0/32', '0.0.0.0/0', '224.0.0.0/4', '192.0.0.8/30',
          '192.0.0.0/29', '::/128', '::/0', 'fe80::/10', 'fec0::/10', '::1/128', 'ff00::/8', '2001::/23', '2001::/16', '::ffff:0:0/96',
          '127.0.0.0/8', '169.254.0.0/16', '240.0.0.0/4']:
    x = N(n)
    print(n, x.is_private, x.is_global, x.is_loopback, x.is_multicast, x.is_reserved, x.is_link_local, x.is_unspecified, getattr(x, 'is_site_local', None))

for f in ['', 's', '>20s', 'b', 'x', 'X', 'n', '#b', '#x', '_b', '#_x', '_n', '#_X', '10', 'd', '#_b', '^9s']:
    for a in [A('1.2.3.4'), A('::1:2')]:
        show("format %r %s" % (f, a), lambda: format(a, f))
print(f"{A('10.0.0.1')}|{A('10.0.0.1')!s:>12}|{A('10.0.0.1'):#x}")
for f in ['>12', '>12x', '20b', '#10x', 'xs']:
    show("format2 %r" % f, lambda: format(A('10.0.0.1'), f))
for a, b in [(A('1.2.3.4'), A('::1')), (A('1.2.3.4'), N('1.2.3.0/24')), (A('1.2.3.4'), 5), (N('1.0.0.0/8'), N('::/0')),
             (N('1.0.0.0/8'), A('1.1.1.1')), (A('1.2.3.4'), A('1.2.3.5')), (N('1.0.0.0/8'), N('1.0.0.0/16')),
             (N('1.0.0.0/8'), N('2.0.0.0/8')), (I('1.2.3.4/24'), I('1.2.3.4/16')), (I('1.2.3.4/24'), A('1.2.3.4')),
             (I('1.2.3.5/24'), I('1.2.3.4/24')), (A('::1'), A('::1%x')), (A('::'), 5)]:
    for op in ['<', '>', '<=', '>=', '==', '!=']:
        show("%r %s %r" % (a, op, b), lambda: eval('a ' + op + ' b'))
show("add", lambda: (A('1.2.3.4') + 5, A('1.2.3.4') - 5, A('::') + 2**64, A('::1') - 1))
show("add over", lambda: A('255.255.255.255') + 1)
show("sub under", lambda: A('::') - 1)
show("add addr", lambda: A('1.2.3.4') + A('1.2.3.4'))
show("radd", lambda: 5 + A('1.2.3.4'))

for c in ['1.2.3.4/24', '1.2.3.4', '1.2.3.4/255.255.0.0', '::1/64', 'fe80::1%eth0/64', (b'\x01\x02\x03\x04', 8), 3232235777]:
    x = I(c)
    print(repr(x), str(x), x.ip, x.network, x.netmask, x.hostmask, x.with_prefixlen, x.with_netmask, x.with_hostmask,
          x.compressed, x.exploded if x.version == 4 or '%' not in str(x) else None, x.version, hash(x) == hash(I(c)), x == I(c), x.is_private, x.is_loopback)
print(I('::1/128').is_loopback, I('::1/64').is_loopback, I('::/128').is_unspecified, I('::/0').is_unspecified, I('0.0.0.0/0').is_unspecified)
print(sorted([I('1.2.3.4/24'), I('1.2.3.1/24'), I('1.2.3.4/16'), I('1.2.3.9/28')]))

# module-level helpers
show("v4_int_to_packed", lambda: (i.v4_int_to_packed(16909060), i.v6_int_to_packed(1)))
show("v4_int_to_packed bad", lambda: i.v4_int_to_packed(2**32))
show("v6_int_to_packed bad", lambda: i.v6_int_to_packed(-1))
show("summarize", lambda: list(i.summarize_address_range(A('192.0.2.0'), A('192.0.2.130'))))
show("summarize all", lambda: list(i.summarize_address_range(A('0.0.0.0'), A('255.255.255.255'))))
show("summarize end", lambda: list(i.summarize_address_range(A('255.255.255.254'), A('255.255.255.255'))))
show("summarize v6", lambda: list(i.summarize_address_range(A('2001:db8::1'), A('2001:db8::20'))))
show("summarize bad order", lambda: list(i.summarize_address_range(A('1.0.0.2'), A('1.0.0.1'))))
show("summarize ver", lambda: list(i.summarize_address_range(A('1.0.0.2'), A('::1'))))
show("summarize net", lambda: list(i.summarize_address_range(N('1.0.0.0/8'), A('1.0.0.1'))))
show("collapse", lambda: list(i.collapse_addresses([N('192.0.2.0/25'), N('192.0.2.128/25')])))
show("collapse mixed", lambda: list(i.collapse_addresses([A('10.0.0.1'), A('10.0.0.0'), A('10.0.0.2'), A('10.0.0.3'), N('10.0.0.4/30'), N('10.0.1.0/24'), N('10.0.0.0/16'), N('10.0.0.9/32')])))
show("collapse dup", lambda: list(i.collapse_addresses([N('1.0.0.0/24'), N('1.0.0.0/24'), N('1.0.1.0/24'), N('1.0.2.0/23')])))
show("collapse ver", lambda: list(i.collapse_addresses([A('1.0.0.0'), A('::1')])))
show("collapse ver net", lambda: list(i.collapse_addresses([N('1.0.0.0/8'), N('::/8')])))
show("collapse v6", lambda: list(i.collapse_addresses([A('::1'), A('::2'), A('::3'), A('::0'), N('::4/126')])))
show("collapse iface", lambda: list(i.collapse_addresses([I('1.0.0.1/32'), I('1.0.0.0/32')])))
mixed = [N('10.0.0.0/8'), A('::1'), A('10.0.0.1'), N('::/0'), A('1.1.1.1'), N('1.0.0.0/8')]
show("mixed sort", lambda: sorted(mixed, key=i.get_mixed_type_key))
show("mixed key", lambda: (i.get_mixed_type_key(A('1.1.1.1')), i.get_mixed_type_key(N('1.0.0.0/8')), i.get_mixed_type_key(5)))
show("sorted addrs", lambda: sorted([A('10.0.0.2'), A('9.255.0.1'), A('10.0.0.1')]))
show("sorted nets", lambda: sorted([N('10.0.0.0/16'), N('10.0.0.0/8'), N('9.0.0.0/8')]))
show("set", lambda: len({A('1.1.1.1'), A('1.1.1.1'), A('::1'), A('::1%a')}))
show("dict", lambda: {N('1.0.0.0/8'): 1}[N('1.0.0.0/8')])
import copy, pickle
show("copy", lambda: (copy.copy(A('1.2.3.4')), copy.deepcopy(N('1.0.0.0/8')), copy.copy(I('1.2.3.4/8')), copy.copy(A('fe80::1%x'))))
show("pickle", lambda: [pickle.loads(pickle.dumps(x)) for x in (A('1.2.3.4'), A('::1'), N('1.0.0.0/8'), N('::/16'), I('1.2.3.4/8'), I('::1/64'), A('fe80::1%x'))])
show("range", lambda: [str(x) for x in N('10.0.0.0/29')][2:5])
show("errors are ValueErrors", lambda: (issubclass(i.AddressValueError, ValueError), issubclass(i.NetmaskValueError, ValueError)))
show("all", lambda: sorted(i.__all__) if hasattr(i, '__all__') else None)
show("lengths", lambda: (i.IPV4LENGTH, i.IPV6LENGTH))
show("int", lambda: (int(A('1.2.3.4')), int(I('1.2.3.4/8'))))
show("netmask int", lambda: (int(N('1.0.0.0/8').netmask), N('::/64').netmask, N('::/64').hostmask))
show("v6 net props", lambda: (N('2001:db8::/32').exploded, N('2001:db8::/32').compressed, N('2001:db8::/32').with_netmask, N('2001:db8::/32').with_hostmask, N('2001:db8::/32').num_addresses, N('2001:db8::/32').broadcast_address))
show("reverse v6 net", lambda: A('2001:db8::1').reverse_pointer)
