import ipaddress as ip
import pickle
import weakref

def show(label, fn):
    try:
        r = fn()
        if hasattr(r, '__next__'):
            r = list(r)
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

A, N, I = ip.ip_address, ip.ip_network, ip.ip_interface
for v in [0, 1, 2**32 - 1, 2**32, 2**128 - 1, 2**128, -5, '1.2.3.4', '::', 'zzz', b'\x00' * 4, b'\x00' * 16,
          b'\x00' * 5, 3.0, ('1.2.3.4', 8), '1.2.3.4/8']:
    show('ip_address %r' % (v,), lambda: A(v))
    show('ip_network %r' % (v,), lambda: N(v))
    show('ip_interface %r' % (v,), lambda: I(v))
show('nonstrict', lambda: [N('10.1.2.3/8', strict=False), N('2001:db8::1/32', False), ip.IPv6Network('::1/0', strict=False)])
for m in ['255.255.255.255', '0.0.0.0', '255.255.254.0', '0.0.1.255', '255.0.255.0', '128.0.0.0', '127.255.255.255',
          '255.255.255.254', '1.2.3.4', ' 8', '8 ', '٨', '32', '33', '-0', '0x8']:
    show('mask %r' % m, lambda: ip.IPv4Network('0.0.0.0/' + m).with_netmask)
for m in ['0', '64', '128', '129', 'ffff::', '-1', '00064', '64 ']:
    show('v6 mask %r' % m, lambda: ip.IPv6Network('::/' + m).prefixlen)
for n in ['10.0.0.0/31', '10.0.0.8/32', '2001:db8::/127', '2001:db8::5/128', '2001:db8::/125', '192.168.0.0/29']:
    net = N(n)
    print(n, list(net.hosts()), net.num_addresses, list(net)[:3], net[-1], repr(net), str(net), hash(net) == hash(N(n)))
    print('  ', net.hostmask, net.broadcast_address, net.with_hostmask, net.exploded, net.reverse_pointer)
for n in ['10.0.0.0/30', 'fe80::%eth0/64']:
    show('scope net %s' % n, lambda: (N(n), N(n).network_address))
big = N('10.0.0.0/8')
show('exclude many', lambda: sorted(big.address_exclude(N('10.200.3.4/30'))))
show('exclude v6 many', lambda: list(N('2001:db8::/120').address_exclude(N('2001:db8::80/125'))))
show('exclude halves', lambda: list(N('1.0.0.0/24').address_exclude(N('1.0.0.128/25'))))
show('exclude nonstrict', lambda: list(N('1.0.0.0/24').address_exclude(ip.IPv4Network('1.0.0.5/30', strict=False))))
for a, b in [('1.0.0.0/8', '1.2.0.0/16'), ('1.2.0.0/16', '1.0.0.0/8'), ('1.0.0.0/8', '2.0.0.0/8'),
             ('1.0.0.0/8', '1.0.0.0/8'), ('::/0', '2001::/16')]:
    x, y = N(a), N(b)
    print(a, b, x.overlaps(y), x.subnet_of(y), x.supernet_of(y), x.compare_networks(y), x < y, x > y, x == y, x <= y)
show('subnet_of mixed', lambda: N('1.0.0.0/8').supernet_of(N('::/8')))
show('subnet_of int', lambda: N('1.0.0.0/8').subnet_of(5))
show('subnets v6', lambda: list(N('2001:db8::/126').subnets(2)))
show('subnets new v6', lambda: [str(x) for x in N('2001:db8::/32').subnets(new_prefix=34)])
show('subnets same', lambda: list(N('1.2.3.4/32').subnets()))
show('subnets zero diff', lambda: list(N('1.2.3.0/30').subnets(0)))
show('supernet v6', lambda: (N('2001:db8::/32').supernet(), N('2001:db8::/32').supernet(new_prefix=16), N('::/0').supernet()))
show('supernet too far', lambda: N('2001:db8::/32').supernet(33))
show('supernet same', lambda: N('1.0.0.0/8').supernet(new_prefix=8))
show('supernet 0 diff', lambda: N('1.0.0.0/8').supernet(0))
show('summarize one', lambda: list(ip.summarize_address_range(A('10.0.0.5'), A('10.0.0.5'))))
show('summarize v6 all', lambda: list(ip.summarize_address_range(A('::'), A('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'))))
show('summarize odd', lambda: [str(n) for n in ip.summarize_address_range(A('10.0.0.3'), A('10.0.1.17'))])
show('summarize iface', lambda: list(ip.summarize_address_range(I('1.0.0.1/8'), I('1.0.0.4/8'))))
show('collapse empty', lambda: list(ip.collapse_addresses([])))
show('collapse overlap', lambda: list(ip.collapse_addresses([N('10.0.0.0/24'), N('10.0.0.0/16'), N('10.1.0.0/16'), N('10.2.0.0/15')])))
show('collapse v6 nets', lambda: list(ip.collapse_addresses([N('2001:db8::/33'), N('2001:db8:8000::/33')])))
show('collapse mix iface', lambda: list(ip.collapse_addresses([A('10.0.0.1'), N('::1/128')])))
show('collapse bad', lambda: list(ip.collapse_addresses([5])))
for a in ['0.0.0.0', '100.64.0.1', '100.127.255.255', '192.0.2.255', '198.51.100.7', '255.255.255.255',
          '169.254.0.0', '172.31.255.255', '172.15.0.1', '11.0.0.0', '224.0.0.0', '239.255.255.255']:
    x = ip.IPv4Address(a)
    y = I(a + '/24')
    print(a, x.is_private, x.is_global, x.is_reserved, x.is_multicast, x.is_link_local, x.is_loopback, x.is_unspecified,
          y.is_private, y.is_global, y.is_loopback, y.network.is_private, y.network.is_global)
for a in ['::', '::1', '::2', 'ff00::', 'fe80::', 'febf::1', 'fec0::', 'fc00::1', 'fd00::1',
          '2001:db8:ffff::1', '2001:0:102:304::efcd:ab89', '::ffff:192.168.0.1', '3ffe::1']:
    x = ip.IPv6Address(a)
    print(a, x.is_private, x.is_global, x.is_reserved, x.is_multicast, x.is_link_local, x.is_site_local,
          x.is_loopback, x.is_unspecified, x.ipv4_mapped, x.sixtofour, x.teredo, x.exploded, x.reverse_pointer[:20])
for s in ['fe80::1%eth0', 'fe80::1%1', 'fe80::1%', '::1%a/64', 'fe80::1%eth0/64']:
    show('scoped %r' % s, lambda: (A(s), A(s).scope_id, str(A(s)), A(s) == A('fe80::1'), hash(A(s)) == hash(A(s))))
    show('scoped iface %r' % s, lambda: (I(s), I(s).ip, I(s).network, I(s).with_prefixlen, I(s).with_netmask, I(s).scope_id))
x = I('10.1.2.3/16')
print(x, repr(x), x.ip, x.network, x.netmask, x.hostmask, x.with_prefixlen, x.with_netmask, x.with_hostmask, int(x),
      x.packed, x.version, x.max_prefixlen, x.exploded, x.compressed, x.reverse_pointer, x.is_private)
y = I('2001:db8::7/64')
print(y, repr(y), y.ip, y.network, y.netmask, y.hostmask, y.with_prefixlen, y.with_netmask, y.with_hostmask, int(y),
      y.exploded, y.compressed, y.is_private, y.is_global)
print(x == I('10.1.2.3/16'), x == I('10.1.2.3/17'), x == A('10.1.2.3'), x < I('10.1.2.4/16'), x < I('10.1.2.3/24'),
      x > I('10.1.2.3/8'), I('10.1.2.3/16') in {x})
show('iface lt addr', lambda: x < A('10.1.2.3'))
show('iface lt other ver', lambda: x < y)
show('iface add', lambda: (x + 1, type(x + 1).__name__))
print([str(v) for v in sorted([I('10.0.0.5/24'), I('10.0.0.5/8'), I('10.0.0.4/24'), I('9.0.0.0/8')])])
print(pickle.loads(pickle.dumps(y)) == y, pickle.loads(pickle.dumps(N('::/3'))), x.__reduce__(), A('1.2.3.4').__reduce__(),
      N('1.0.0.0/8').__reduce__())
for f in ['#b', '_x', 'n', '#_n', 's', '>40', 'b']:
    show('fmt %s' % f, lambda: [format(A('10.0.0.1'), f), format(A('2001:db8::1'), f)])
show('fmt net', lambda: format(N('1.0.0.0/8'), ''))
show('fmt net spec', lambda: format(N('1.0.0.0/8'), 's'))
show('fmt bad', lambda: format(A('1.2.3.4'), 'q'))
show('cmp versions', lambda: A('1.2.3.4') < A('::1'))
show('cmp net versions', lambda: N('1.0.0.0/8') < N('::/8'))
show('cmp addr net', lambda: A('1.2.3.4') < N('1.0.0.0/8'))
show('eq misc', lambda: (A('1.2.3.4') == '1.2.3.4', N('1.0.0.0/8') == 5, A('::1') == A('::1'), A('0.0.0.1') == A('::1')))
show('contains addr str', lambda: '1.2.3.4' in N('1.0.0.0/8'))
show('get key', lambda: (ip.get_mixed_type_key(I('1.2.3.4/8')), ip.get_mixed_type_key(N('::/0'))))
show('hash', lambda: (hash(A('1.2.3.4')) == hash(A(16909060)), hash(N('1.0.0.0/8')) == hash(N(('1.0.0.0', 8)))))
show('weakref', lambda: weakref.ref(A('1.1.1.1')) is not None)
show('attrs', lambda: (ip.IPv4Network('1.0.0.0/8').max_prefixlen, ip.IPv6Address('::').max_prefixlen,
                       ip.IPv4Address('1.1.1.1').version, ip.IPv6Network('::/0').version))
show('packed', lambda: (ip.IPv6Address('::1').packed, ip.IPv4Address(b'\x7f\x00\x00\x01'), ip.IPv6Address(b'\xfe\x80' + b'\x00' * 14)))
show('long v4 str', lambda: ip.IPv4Address('1' * 50))
show('v6 from v4 obj', lambda: ip.IPv6Address(ip.IPv4Address('1.2.3.4')))
show('v6 net host bits', lambda: ip.IPv6Network('2001:db8::1/32'))
show('v4 net bad mask', lambda: ip.IPv4Network('1.0.0.0/255.255.0.255'))
show('v4 iface bad', lambda: ip.IPv4Interface('1.2.3.4/33'))
show('v6 iface bad', lambda: ip.IPv6Interface('::1/abc'))
show('too many slashes', lambda: ip.IPv4Interface('1.2.3.4/8/8'))
show('tuple 3', lambda: ip.IPv4Network(('1.0.0.0', 8, 1)))
