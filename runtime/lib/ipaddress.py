"""IPv4 and IPv6 addresses, networks and interfaces, for Ember.

The factory functions pick the address family from the value; the six classes carry the
usual properties (packed, exploded, compressed, reverse_pointer, the is_* tests, ipv4_mapped,
sixtofour, teredo, scope_id) and network arithmetic (hosts, subnets, supernet,
address_exclude, overlaps, subnet_of, supernet_of, compare_networks).
"""

import functools


class AddressValueError(ValueError):
    """A value that is not a valid address."""


class NetmaskValueError(ValueError):
    """A value that is not a valid netmask."""


IPV4LENGTH = 32
IPV6LENGTH = 128


# --- module-level helpers -----------------------------------------------------------------

def _try_families(classes, args, what):
    for cls in classes:
        try:
            return cls(*args)
        except (AddressValueError, NetmaskValueError):
            continue
    raise ValueError(f"{args[0]!r} does not appear to be an IPv4 or IPv6 {what}")


def ip_address(address):
    """An IPv4Address or IPv6Address, whichever `address` is."""
    return _try_families((IPv4Address, IPv6Address), (address,), "address")


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network, whichever `address` is."""
    return _try_families((IPv4Network, IPv6Network), (address, strict), "network")


def ip_interface(address):
    """An IPv4Interface or IPv6Interface, whichever `address` is."""
    return _try_families((IPv4Interface, IPv6Interface), (address,), "interface")


def _to_packed(value, size, version):
    try:
        return value.to_bytes(size, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv%d" % version)


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as an int."""
    return _to_packed(address, 4, 4)


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as an int."""
    return _to_packed(address, 16, 6)


def _low_zeros(value, limit):
    """How many low bits of `value` are zero, at most `limit`."""
    return limit if not value else min(limit, (value & -value).bit_length() - 1)


def _mask_prefix(value, bits):
    """The prefix length of the netmask `value`, or None when it is not a netmask."""
    host_part = value ^ ((1 << bits) - 1)
    # A netmask's complement is a run of low ones, so adding one leaves a single bit.
    if host_part & (host_part + 1):
        return None
    return bits - host_part.bit_length()


def _not_same_version(a, b):
    return TypeError("%s and %s are not of the same version" % (a, b))


def summarize_address_range(first, last):
    """The fewest networks that together cover the addresses from `first` to `last`."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError("first and last must be IP addresses, not networks")
    if first.version != last.version:
        raise _not_same_version(first, last)
    if first > last:
        raise ValueError("last IP address must be greater than first")
    network_type = {4: IPv4Network, 6: IPv6Network}.get(first.version)
    if network_type is None:
        raise ValueError("unknown IP version")
    width = first._max_prefixlen
    cursor, stop = first._ip, last._ip + 1
    while cursor < stop:
        # The biggest block aligned at `cursor` that ends before `stop`.
        block = min(_low_zeros(cursor, width), (stop - cursor).bit_length() - 1)
        yield network_type((cursor, width - block))
        cursor += 1 << block


def _merge_networks(networks):
    """Sorted networks with sibling halves joined and covered networks dropped."""
    by_parent = {}
    todo = list(networks)
    while todo:
        net = todo.pop()
        parent = net.supernet()
        sibling = by_parent.setdefault(parent, net)
        if sibling != net:
            # Both halves are present: the parent replaces them.
            del by_parent[parent]
            todo.append(parent)
    reach = None
    for net in sorted(by_parent.values()):
        if reach is None or net.broadcast_address > reach:
            reach = net.broadcast_address
            yield net


def collapse_addresses(addresses):
    """The given addresses and networks merged into the fewest networks (an iterator)."""
    hosts = []
    nets = []
    for item in addresses:
        if isinstance(item, _BaseAddress) or item._prefixlen == item._max_prefixlen:
            pool = hosts
        else:
            pool = nets
        if pool and pool[-1]._version != item._version:
            raise _not_same_version(item, pool[-1])
        if pool is nets or isinstance(item, _BaseAddress):
            pool.append(item)
        else:
            # A single-address network or interface counts as its address.
            pool.append(getattr(item, "ip", None) or item.network_address)
    ranges = []
    for host in sorted(set(hosts)):
        if ranges and host._ip == ranges[-1][1]._ip + 1:
            ranges[-1][1] = host
        else:
            ranges.append([host, host])
    blocks = []
    for low, high in ranges:
        blocks.extend(summarize_address_range(low, high))
    return _merge_networks(blocks + nets)


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both versions together."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


# --- what every address, network and interface shares -------------------------------------

class _IPAddressBase:
    """What addresses, networks and interfaces have in common."""

    __slots__ = ()

    exploded = property(lambda self: self._explode_shorthand_ip_string(),
                        doc="The address in its longest written form.")
    compressed = property(lambda self: str(self),
                          doc="The address in its shortest written form.")
    reverse_pointer = property(lambda self: self._reverse_pointer(),
                               doc="The name of the reverse DNS PTR record.")
    version = property(lambda self: self._version)
    max_prefixlen = property(lambda self: self._max_prefixlen)

    @classmethod
    def _bad_netmask(cls, text):
        raise NetmaskValueError("%r is not a valid netmask" % text) from None

    @classmethod
    def _address_int(cls, address):
        """The int of an address given as an int or as packed bytes."""
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError("%d (< 0) is not permitted as an IPv%d address"
                                        % (address, cls._version))
            if address > cls._ALL_ONES:
                raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                        % (address, cls._max_prefixlen, cls._version))
            return address
        size = cls._max_prefixlen // 8
        if len(address) != size:
            raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                    % (address, len(address), size, cls._version))
        return int.from_bytes(address, "big")

    @classmethod
    def _text_of(cls, address):
        text = str(address)
        if "/" in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        return text

    @classmethod
    def _prefix_from_text(cls, text):
        if not (text.isascii() and text.isdigit()):
            cls._bad_netmask(text)
        length = int(text)
        if length > cls._max_prefixlen:
            cls._bad_netmask(text)
        return length

    @classmethod
    def _make_netmask(cls, arg):
        """(netmask address, prefix length) from a prefix length or a mask string."""
        cacheable = isinstance(arg, (int, str))
        if cacheable:
            known = cls._netmask_cache.get(arg)
            if known is not None:
                return known
        if isinstance(arg, int):
            if not 0 <= arg <= cls._max_prefixlen:
                cls._bad_netmask(arg)
            length = arg
        else:
            length = cls._prefix_from_mask_text(arg)
        ones = cls._ALL_ONES
        made = (cls._address_class(ones ^ (ones >> length)), length)
        if cacheable:
            cls._netmask_cache[arg] = made
        return made

    @classmethod
    def _split_addr_prefix(cls, address):
        """(address, prefix) from an int, bytes, tuple or 'addr/prefix' string."""
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if isinstance(address, tuple):
            parts = address
        else:
            parts = str(address).split("/")
            if len(parts) > 2:
                raise AddressValueError(f"Only one '/' permitted in {address!r}")
        return parts if len(parts) > 1 else (parts[0], cls._max_prefixlen)

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """A single address."""

    __slots__ = ()

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if isinstance(other, _BaseAddress):
            if self._version != other._version:
                raise _not_same_version(self, other)
            return self._ip < other._ip
        return NotImplemented

    # Offsets give an address of the same class (range errors come from its constructor).
    def __add__(self, other):
        return self.__class__(self._ip + other) if isinstance(other, int) else NotImplemented

    def __sub__(self, other):
        return self.__class__(self._ip - other) if isinstance(other, int) else NotImplemented

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __hash__(self):
        return hash("%#x" % self._ip)

    def __int__(self):
        return self._ip

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def _get_address_key(self):
        return (self._version, self)

    def __format__(self, fmt):
        """'s' formats as text; 'b', 'x', 'X' and 'n' (binary for IPv4, hex for IPv6) as
        zero-padded digits, with optional '#' (prefix) and '_' (grouping) before them."""
        if not fmt or fmt.endswith("s"):
            return format(str(self), fmt)
        prefix = "#" if fmt.startswith("#") else ""
        spec = fmt[len(prefix):]
        group = "_" if spec.startswith("_") else ""
        kind = spec[len(group):]
        if kind not in ("b", "x", "X", "n"):
            return super().__format__(fmt)
        if kind == "n":
            kind = "b" if self._version == 4 else "x"
        digits = self._max_prefixlen if kind == "b" else self._max_prefixlen // 4
        width = digits + (digits // 4 - 1 if group else 0) + (2 if prefix else 0)
        return format(self._ip, "%s0%d%s%s" % (prefix, width, group, kind))


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A network: an address prefix and its length."""

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        make = self._address_class
        self.network_address = make(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        start = self.network_address._ip
        if start & self.netmask._ip != start:
            if strict:
                raise ValueError("%s has host bits set" % self)
            self.network_address = make(start & self.netmask._ip)
        # A /31 has no network or broadcast address to leave out (RFC 3021); a /32 (/128)
        # is its own single host.
        spare = self._max_prefixlen - self._prefixlen
        if spare == 1:
            self.hosts = self.__iter__
        elif spare == 0:
            self.hosts = lambda: [make(addr)]

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __str__(self):
        return "%s/%d" % (self.network_address, self._prefixlen)

    def _span(self):
        return self.network_address._ip, self.broadcast_address._ip

    def hosts(self):
        """The usable host addresses of the network (an iterator)."""
        make = self._address_class
        low, high = self._span()
        for value in range(low + 1, high):
            yield make(value)

    def __iter__(self):
        make = self._address_class
        low, high = self._span()
        for value in range(low, high + 1):
            yield make(value)

    def __getitem__(self, n):
        low, high = self._span()
        target = low + n if n >= 0 else high + 1 + n
        if not low <= target <= high:
            raise IndexError("address out of range")
        return self._address_class(target)

    def __lt__(self, other):
        if isinstance(other, _BaseNetwork):
            if self._version != other._version:
                raise _not_same_version(self, other)
            return ((self.network_address, self.netmask)
                    < (other.network_address, other.netmask))
        return NotImplemented

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and self.netmask._ip == other.netmask._ip)
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(self.network_address._ip ^ self.netmask._ip)

    def __contains__(self, other):
        # Only addresses are members; subnet_of() answers for networks.
        if isinstance(other, _BaseNetwork) or self._version != other._version:
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        """Whether the two networks share any address."""
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    def _derived(self, key, make):
        # Computed once per network; networks have a __dict__ for this.
        found = self.__dict__.get(key)
        if found is None:
            found = self.__dict__[key] = make()
        return found

    @property
    def broadcast_address(self):
        return self._derived("_broadcast", lambda: self._address_class(
            self.network_address._ip | (self.netmask._ip ^ self._ALL_ONES)))

    @property
    def hostmask(self):
        return self._derived("_hostmask", lambda: self._address_class(
            self.netmask._ip ^ self._ALL_ONES))

    with_prefixlen = property(lambda self: "%s/%d" % (self.network_address, self._prefixlen))
    with_netmask = property(lambda self: "%s/%s" % (self.network_address, self.netmask))
    with_hostmask = property(lambda self: "%s/%s" % (self.network_address, self.hostmask))
    prefixlen = property(lambda self: self._prefixlen)

    @property
    def num_addresses(self):
        return 1 << (self._max_prefixlen - self._prefixlen)

    def address_exclude(self, other):
        """The networks that remain of this one once `other` is taken out (an iterator)."""
        if self._version != other._version:
            raise _not_same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError("%s not contained in %s" % (other, self))
        if other == self:
            return
        other = other.__class__("%s/%s" % (other.network_address, other.prefixlen))
        # Halve until `other` is one half, giving away each half that does not hold it.
        current = self
        while current != other:
            low, high = current.subnets()
            if other.subnet_of(low):
                yield high
                current = low
            else:
                yield low
                current = high

    def compare_networks(self, other):
        """-1, 0 or 1 as this network sorts before, with or after `other`."""
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same type" % (self, other))
        mine = (self.network_address, self.netmask)
        theirs = (other.network_address, other.netmask)
        return (mine > theirs) - (mine < theirs)

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets of a longer prefix that make up this network (an iterator)."""
        here = self._prefixlen
        if here == self._max_prefixlen:
            # Nothing finer exists (the arguments go unchecked, as in CPython).
            yield self
            return
        if new_prefix is not None:
            if new_prefix < here:
                raise ValueError("new prefix must be longer")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = new_prefix - here
        if prefixlen_diff < 0:
            raise ValueError("prefix length diff must be > 0")
        length = here + prefixlen_diff
        if length > self._max_prefixlen:
            raise ValueError("prefix length diff %d is invalid for netblock %s"
                             % (length, self))
        low, high = self._span()
        cls = self.__class__
        for start in range(low, high + 1, 1 << (self._max_prefixlen - length)):
            yield cls((start, length))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network of a shorter prefix that contains this one."""
        here = self._prefixlen
        if not here:
            return self
        if new_prefix is not None:
            if new_prefix > here:
                raise ValueError("new prefix must be shorter")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = here - new_prefix
        length = here - prefixlen_diff
        if length < 0:
            raise ValueError("current prefixlen is %d, cannot have a prefixlen_diff of %d"
                             % (here, prefixlen_diff))
        kept = self.netmask._ip << prefixlen_diff
        return self.__class__((self.network_address._ip & kept, length))

    @staticmethod
    def _is_subnet_of(inner, outer):
        try:
            if inner._version != outer._version:
                raise TypeError(f"{inner} and {outer} are not of the same version")
            return (outer.network_address <= inner.network_address
                    and outer.broadcast_address >= inner.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {inner} and {outer}")

    def subnet_of(self, other):
        """Whether this network lies within `other`."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether `other` lies within this network."""
        return self._is_subnet_of(other, self)

    def _ends_are(self, flag):
        return (getattr(self.network_address, flag)
                and getattr(self.broadcast_address, flag))

    is_reserved = property(lambda self: self._ends_are("is_reserved"))
    is_link_local = property(lambda self: self._ends_are("is_link_local"))
    is_unspecified = property(lambda self: self._ends_are("is_unspecified"))
    is_loopback = property(lambda self: self._ends_are("is_loopback"))
    is_multicast = property(lambda self: self._ends_are("is_multicast"))

    @property
    def is_private(self):
        ends = (self.network_address, self.broadcast_address)
        table = self._constants
        inside = any(all(a in net for a in ends) for net in table._private_networks)
        return inside and not any(a in net for net in table._private_networks_exceptions
                                  for a in ends)

    @property
    def is_global(self):
        return not self.is_private


def _private_test(addr):
    """Membership of the family's private ranges, less their exceptions."""
    table = addr._constants
    return (any(addr in net for net in table._private_networks)
            and not any(addr in net for net in table._private_networks_exceptions))


# --- IPv4 ----------------------------------------------------------------------------------

def _octet_value(text):
    if not text:
        raise ValueError("Empty octet not permitted")
    if not (text.isascii() and text.isdigit()):
        raise ValueError("Only decimal digits permitted in %r" % text)
    if len(text) > 3:
        raise ValueError("At most 3 characters permitted in %r" % text)
    # A leading zero is refused: some parsers read such octets as octal.
    if len(text) > 1 and text[0] == "0":
        raise ValueError("Leading zeros are not permitted in %r" % text)
    value = int(text)
    if value > 255:
        raise ValueError("Octet %d (> 255) not permitted" % value)
    return value


class _BaseV4:
    """Parsing and printing of IPv4 addresses."""

    __slots__ = ()
    _version = 4
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    @classmethod
    def _prefix_from_mask_text(cls, text):
        """A prefix length from '24', a netmask ('255.255.255.0') or a hostmask
        ('0.0.0.255')."""
        try:
            return cls._prefix_from_text(text)
        except NetmaskValueError:
            pass
        try:
            value = cls._ip_int_from_string(text)
        except AddressValueError:
            cls._bad_netmask(text)
        for mask in (value, value ^ cls._ALL_ONES):
            length = _mask_prefix(mask, IPV4LENGTH)
            if length is not None:
                return length
        cls._bad_netmask(text)

    @classmethod
    def _ip_int_from_string(cls, text):
        if not text:
            raise AddressValueError("Address cannot be empty")
        pieces = text.split(".")
        if len(pieces) != 4:
            raise AddressValueError("Expected 4 octets in %r" % text)
        total = 0
        for piece in pieces:
            try:
                total = total << 8 | _octet_value(piece)
            except ValueError as exc:
                raise AddressValueError("%s in %r" % (exc, text)) from None
        return total

    @staticmethod
    def _string_from_ip_int(value):
        return "%d.%d.%d.%d" % tuple(value.to_bytes(4, "big"))

    def _reverse_pointer(self):
        return ".".join(str(self).split(".")[::-1]) + ".in-addr.arpa"

    def _explode_shorthand_ip_string(self):
        return str(self)


class IPv4Address(_BaseV4, _BaseAddress):
    """A single IPv4 address."""

    __slots__ = ("_ip", "__weakref__")

    def __init__(self, address):
        if isinstance(address, (int, bytes)):
            self._ip = self._address_int(address)
        else:
            self._ip = self._ip_int_from_string(self._text_of(address))

    packed = property(lambda self: v4_int_to_packed(self._ip))
    is_reserved = property(lambda self: self in self._constants._reserved_network)
    is_private = property(_private_test)
    is_multicast = property(lambda self: self in self._constants._multicast_network)
    is_unspecified = property(lambda self: self == self._constants._unspecified_address)
    is_loopback = property(lambda self: self in self._constants._loopback_network)
    is_link_local = property(lambda self: self in self._constants._linklocal_network)

    @property
    def is_global(self):
        return self not in self._constants._public_network and not self.is_private


class _InterfaceMixin:
    """The parts of IPv4Interface and IPv6Interface that do not depend on the family."""

    __slots__ = ()

    def _attach(self, address, address_type, network_type):
        addr, mask = self._split_addr_prefix(address)
        address_type.__init__(self, addr)
        self.network = network_type((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    hostmask = property(lambda self: self.network.hostmask)

    def __eq__(self, other):
        same = self._address_type.__eq__(self, other)
        if same is not True:
            return same
        # An interface equals no plain address, even one with the same value.
        other_net = getattr(other, "network", None)
        return other_net is not None and self.network == other_net

    def __lt__(self, other):
        before = self._address_type.__lt__(self, other)
        if before is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or (self.network == other.network and before)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, self.network.network_address._ip))

    __reduce__ = _IPAddressBase.__reduce__

    ip = property(lambda self: self._address_type(self._ip))

    def _plain(self):
        return self._string_from_ip_int(self._ip)

    with_prefixlen = property(lambda self: "%s/%s" % (self._plain(), self._prefixlen))
    with_netmask = property(lambda self: "%s/%s" % (self._plain(), self.netmask))
    with_hostmask = property(lambda self: "%s/%s" % (self._plain(), self.hostmask))


class IPv4Interface(_InterfaceMixin, IPv4Address):
    """An IPv4 address together with the network it sits on."""

    _address_type = IPv4Address

    def __init__(self, address):
        self._attach(address, IPv4Address, IPv4Network)

    def __str__(self):
        return "%s/%d" % (self._plain(), self._prefixlen)


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: a prefix and its length, as in '192.168.0.0/16'."""

    _address_class = IPv4Address

    @property
    def is_global(self):
        shared = self._constants._public_network
        return (not (self.network_address in shared and self.broadcast_address in shared)
                and not self.is_private)


def _v4_networks(*cidrs):
    return [IPv4Network(c) for c in cidrs]


class _IPv4Constants:
    # RFC 6890's special-purpose registry, as CPython 3.11 lists it.
    _private_networks = _v4_networks(
        "0.0.0.0/8", "10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.0.0.0/24", "192.0.0.170/31", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",
        "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "255.255.255.255/32")
    _private_networks_exceptions = _v4_networks("192.0.0.9/32", "192.0.0.10/32")
    _unspecified_address = IPv4Address("0.0.0.0")
    _public_network = IPv4Network("100.64.0.0/10")
    _reserved_network = IPv4Network("240.0.0.0/4")
    _multicast_network = IPv4Network("224.0.0.0/4")
    _loopback_network = IPv4Network("127.0.0.0/8")
    _linklocal_network = IPv4Network("169.254.0.0/16")


IPv4Address._constants = IPv4Network._constants = _IPv4Constants


# --- IPv6 ----------------------------------------------------------------------------------

_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _hextet_value(text):
    if not _HEX_DIGITS.issuperset(text):
        raise ValueError("Only hex digits permitted in %r" % text)
    if len(text) > 4:
        raise ValueError("At most 4 characters permitted in %r" % text)
    return int(text, 16)


def _v6_edge_error(side, text):
    return AddressValueError("%s ':' only permitted as part of '::' in %r" % (side, text))


def _v6_layout(parts, text):
    """(hextets before '::', hextets after it, hextets the '::' stands for)."""
    gap = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if gap is not None:
                raise AddressValueError("At most one '::' permitted in %r" % text)
            gap = i
    if gap is None:
        if len(parts) != 8:
            raise AddressValueError("Exactly 8 parts expected without '::' in %r" % text)
        if not parts[0]:
            raise _v6_edge_error("Leading", text)
        if not parts[-1]:
            raise _v6_edge_error("Trailing", text)
        return parts, (), 0
    head, tail = parts[:gap], parts[gap + 1:]
    # '::' at either end leaves one more empty part there, which must be the only one.
    if head and not head[0]:
        if len(head) > 1:
            raise _v6_edge_error("Leading", text)
        head = ()
    if tail and not tail[-1]:
        if len(tail) > 1:
            raise _v6_edge_error("Trailing", text)
        tail = ()
    skipped = 8 - len(head) - len(tail)
    if skipped < 1:
        raise AddressValueError("Expected at most 7 other parts with '::' in %r" % text)
    return head, tail, skipped


def _v6_compress(value):
    words = ["%x" % (value >> shift & 0xFFFF) for shift in range(112, -16, -16)]
    best_at, best_len = -1, 1
    run_at = run_len = 0
    for i, word in enumerate(words):
        if word != "0":
            run_len = 0
            continue
        if not run_len:
            run_at = i
        run_len += 1
        if run_len > best_len:
            best_at, best_len = run_at, run_len
    if best_at < 0:
        return ":".join(words)
    return ":".join(words[:best_at]) + "::" + ":".join(words[best_at + best_len:])


class _BaseV6:
    """Parsing and printing of IPv6 addresses."""

    __slots__ = ()
    _version = 6
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _prefix_from_mask_text(cls, text):
        return cls._prefix_from_text(text)

    @classmethod
    def _ip_int_from_string(cls, text):
        if not text:
            raise AddressValueError("Address cannot be empty")
        parts = text.split(":")
        if len(parts) < 3:
            raise AddressValueError("At least 3 parts expected in %r" % text)
        if "." in parts[-1]:
            # A dotted IPv4 tail stands for the last two hextets.
            try:
                low32 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, text)) from None
            parts += ["%x" % (low32 >> 16), "%x" % (low32 & 0xFFFF)]
        if len(parts) > 9:
            raise AddressValueError("At most 8 colons permitted in %r" % text)
        head, tail, skipped = _v6_layout(parts, text)
        total = 0
        try:
            for part in head:
                total = total << 16 | _hextet_value(part)
            total <<= 16 * skipped
            for part in tail:
                total = total << 16 | _hextet_value(part)
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, text)) from None
        return total

    @staticmethod
    def _string_from_ip_int(value):
        return _v6_compress(value)

    def _explode_shorthand_ip_string(self):
        value = self.network_address._ip if isinstance(self, IPv6Network) else self._ip
        digits = "%032x" % value
        text = ":".join([digits[i:i + 4] for i in range(0, 32, 4)])
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            text += "/%d" % self._prefixlen
        return text

    def _reverse_pointer(self):
        return ".".join(self.exploded.replace(":", "")[::-1]) + ".ip6.arpa"

    @staticmethod
    def _split_scope_id(text):
        """(address, scope id or None) from 'addr%scope'."""
        addr, mark, zone = text.partition("%")
        if not mark:
            return addr, None
        if not zone or "%" in zone:
            raise AddressValueError('Invalid IPv6 address: "%r"' % text)
        return addr, zone


class IPv6Address(_BaseV6, _BaseAddress):
    """A single IPv6 address, possibly with a scope zone ('fe80::1%eth0')."""

    __slots__ = ("_ip", "_scope_id", "__weakref__")

    def __init__(self, address):
        if isinstance(address, (int, bytes)):
            self._scope_id = None
            self._ip = self._address_int(address)
        else:
            text, self._scope_id = self._split_scope_id(self._text_of(address))
            self._ip = self._ip_int_from_string(text)

    def __str__(self):
        text = _v6_compress(self._ip)
        return "%s%%%s" % (text, self._scope_id) if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented or not same:
            return same
        return self._scope_id == getattr(other, "_scope_id", None)

    scope_id = property(lambda self: self._scope_id)
    packed = property(lambda self: v6_int_to_packed(self._ip))
    is_multicast = property(lambda self: self in self._constants._multicast_network)
    is_link_local = property(lambda self: self in self._constants._linklocal_network)
    is_site_local = property(lambda self: self in self._constants._sitelocal_network)
    is_unspecified = property(lambda self: self._ip == 0)
    is_loopback = property(lambda self: self._ip == 1)

    @property
    def is_reserved(self):
        return any(self in net for net in self._constants._reserved_networks)

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        return _private_test(self) if mapped is None else mapped.is_private

    @property
    def is_global(self):
        mapped = self.ipv4_mapped
        return not self.is_private if mapped is None else mapped.is_global

    @property
    def ipv4_mapped(self):
        """The IPv4 address of an IPv4-mapped address (::ffff:a.b.c.d), else None."""
        if self._ip >> 32 == 0xFFFF:
            return IPv4Address(self._ip & 0xFFFFFFFF)
        return None

    @property
    def teredo(self):
        """(server, client) of a Teredo address (2001::/32), else None."""
        if self._ip >> 96 == 0x20010000:
            return (IPv4Address(self._ip >> 64 & 0xFFFFFFFF),
                    IPv4Address(~self._ip & 0xFFFFFFFF))
        return None

    @property
    def sixtofour(self):
        """The IPv4 address embedded in a 6to4 address (2002::/16), else None."""
        if self._ip >> 112 == 0x2002:
            return IPv4Address(self._ip >> 80 & 0xFFFFFFFF)
        return None


class IPv6Interface(_InterfaceMixin, IPv6Address):
    """An IPv6 address together with the network it sits on."""

    _address_type = IPv6Address

    def __init__(self, address):
        self._attach(address, IPv6Address, IPv6Network)

    def __str__(self):
        return "%s/%d" % (IPv6Address.__str__(self), self._prefixlen)

    is_unspecified = property(lambda self: self._ip == 0 and self.network.is_unspecified)
    is_loopback = property(lambda self: self._ip == 1 and self.network.is_loopback)


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: a prefix and its length, as in '2001:db8::/32'."""

    _address_class = IPv6Address

    def hosts(self):
        """Every address but the Subnet-Router anycast one (the network address)."""
        low, high = self._span()
        yield from map(IPv6Address, range(low + 1, high + 1))

    is_site_local = property(lambda self: self._ends_are("is_site_local"))


def _v6_networks(*cidrs):
    return [IPv6Network(c) for c in cidrs]


class _IPv6Constants:
    _private_networks = _v6_networks(
        "::1/128", "::/128", "::ffff:0:0/96", "64:ff9b:1::/48", "100::/64", "2001::/23",
        "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10")
    _private_networks_exceptions = _v6_networks(
        "2001:1::1/128", "2001:1::2/128", "2001:3::/32", "2001:4:112::/48", "2001:20::/28",
        "2001:30::/28")
    _reserved_networks = _v6_networks(
        "::/8", "100::/8", "200::/7", "400::/6", "800::/5", "1000::/4", "4000::/3", "6000::/3",
        "8000::/3", "A000::/3", "C000::/3", "E000::/4", "F000::/5", "F800::/6", "FE00::/9")
    _multicast_network = IPv6Network("ff00::/8")
    _linklocal_network = IPv6Network("fe80::/10")
    _sitelocal_network = IPv6Network("fec0::/10")


IPv6Address._constants = IPv6Network._constants = _IPv6Constants
