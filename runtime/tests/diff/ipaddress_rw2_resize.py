import ipaddress as ip


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


n4 = ip.ip_network('10.0.0.0/30')
h4 = ip.ip_network('10.0.0.1/32')
n6 = ip.ip_network('2001:db8::/126')
show('subnets', lambda: list(n4.subnets()))
show('subnets new', lambda: list(n4.subnets(new_prefix=32)))
show('subnets host', lambda: list(h4.subnets(prefixlen_diff=5, new_prefix=1)))
show('subnets shorter', lambda: list(n4.subnets(new_prefix=29)))
show('subnets both', lambda: list(n4.subnets(prefixlen_diff=2, new_prefix=32)))
show('subnets neg', lambda: list(n4.subnets(prefixlen_diff=-1)))
show('subnets big', lambda: list(n4.subnets(prefixlen_diff=3)))
show('subnets v6', lambda: list(n6.subnets(2)))
show('supernet', lambda: n4.supernet())
show('supernet new', lambda: n4.supernet(new_prefix=8))
show('supernet zero', lambda: ip.ip_network('0.0.0.0/0').supernet(5))
show('supernet longer', lambda: n4.supernet(new_prefix=31))
show('supernet both', lambda: n4.supernet(prefixlen_diff=2, new_prefix=8))
show('supernet too far', lambda: n4.supernet(prefixlen_diff=31))
show('supernet v6', lambda: n6.supernet(prefixlen_diff=6))
show('lt', lambda: n4 < ip.ip_network('10.0.0.4/30'))
show('lt same addr', lambda: ip.ip_network('10.0.0.0/8') < ip.ip_network('10.0.0.0/16'))
show('lt mixed', lambda: n4 < n6)
show('lt other', lambda: n4 < 5)
show('sorted', lambda: sorted([ip.ip_network('10.1.0.0/16'), n4, h4]))
