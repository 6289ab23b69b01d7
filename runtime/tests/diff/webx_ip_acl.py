"""Request access control by client IP: trusted proxies, CIDR rules, rate buckets."""
import ipaddress
from collections import defaultdict

RULES = [
    ("deny", "10.13.0.0/16"),
    ("allow", "10.0.0.0/8"),
    ("allow", "192.168.1.0/255.255.255.0"),
    ("allow", "2001:db8::/32"),
    ("deny", "0.0.0.0/0"),
    ("deny", "::/0"),
]
TRUSTED_PROXIES = [ipaddress.ip_network(n) for n in ("127.0.0.0/8", "172.16.0.0/12", "::1/128")]


def compile_rules(rules):
    return [(action, ipaddress.ip_network(net, strict=False)) for action, net in rules]


ACL = compile_rules(RULES)


def client_ip(remote, xff):
    chain = [remote] + [p.strip() for p in reversed(xff.split(","))] if xff else [remote]
    for hop in chain:
        try:
            addr = ipaddress.ip_address(hop.strip("[]"))
        except ValueError:
            return None, f"garbage hop {hop!r}"
        if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
            addr = addr.ipv4_mapped
        if not any(addr in net for net in TRUSTED_PROXIES if net.version == addr.version):
            return addr, "ok"
    return addr, "all trusted"


def decide(addr):
    for action, net in ACL:
        if addr.version == net.version and addr in net:
            return action, net
    return "deny", None


requests = [
    ("127.0.0.1", "203.0.113.9, 172.16.5.4"),
    ("127.0.0.1", "10.13.2.2"),
    ("172.20.0.1", "10.1.2.3"),
    ("192.168.1.77", ""),
    ("::1", "2001:db8::1"),
    ("::ffff:10.2.3.4", ""),
    ("127.0.0.1", "not-an-ip"),
    ("127.0.0.1", "[2001:db8:0:0::42]"),
    ("8.8.8.8", ""),
    ("127.0.0.1", "127.0.0.2"),
]
hits = defaultdict(int)
for remote, xff in requests:
    addr, why = client_ip(remote, xff)
    if addr is None:
        print(f"{remote:18} {xff!r:30} -> reject ({why})")
        continue
    action, net = decide(addr)
    bucket = ipaddress.ip_network(f"{addr}/{24 if addr.version == 4 else 64}", strict=False)
    hits[bucket] += 1
    print(f"{remote:18} {xff!r:30} -> {str(addr):15} {action:5} via {net} ({why}) "
          f"private={addr.is_private} global={addr.is_global} loop={addr.is_loopback}")
for bucket, n in sorted(hits.items(), key=lambda kv: (kv[0].version, kv[0])):
    print("bucket", bucket, n)

print("--- network facts")
for spec in ["192.168.1.0/24", "10.0.0.0/30", "2001:db8::/126", "172.16.0.0/12", "192.0.2.1/32"]:
    net = ipaddress.ip_network(spec)
    hosts = list(net.hosts())
    print(net, net.num_addresses, net.netmask, net.hostmask, net.broadcast_address, net.prefixlen,
          hosts[:2], len(hosts), net.with_netmask, net.with_hostmask)
net = ipaddress.ip_network("10.0.0.0/22")
print([str(s) for s in net.subnets(prefixlen_diff=2)], net.supernet(new_prefix=16))
print(list(net.address_exclude(ipaddress.ip_network("10.0.1.0/24"))))
print(list(ipaddress.collapse_addresses(map(ipaddress.ip_network,
      ["10.0.0.0/25", "10.0.0.128/25", "10.0.1.0/24", "10.0.3.0/24"]))))
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("10.0.0.5"), ipaddress.ip_address("10.0.0.20"))))
a = ipaddress.ip_address("192.168.1.10")
print(a + 5, a - 10, int(a), a.packed, a.reverse_pointer, ipaddress.ip_address(3232235786))
v6 = ipaddress.ip_address("2001:0db8:0000:0000:0000:ff00:0042:8329")
print(v6, v6.exploded, v6.compressed, v6.reverse_pointer[:20], repr(v6))
iface = ipaddress.ip_interface("192.168.1.10/24")
print(iface, iface.network, iface.ip, iface.with_prefixlen, iface.netmask)
print(ipaddress.ip_network("10.1.2.0/24").overlaps(ipaddress.ip_network("10.1.0.0/16")),
      ipaddress.ip_network("10.1.2.0/24").subnet_of(ipaddress.ip_network("10.1.0.0/16")),
      sorted([ipaddress.ip_address("10.0.0.10"), ipaddress.ip_address("10.0.0.9")]))
for bad in ["10.0.0.1/24", "300.1.1.1", "1.2.3", "::g", "10.0.0.0/33"]:
    try:
        print(ipaddress.ip_network(bad))
    except ValueError as exc:
        print(type(exc).__name__, exc)
