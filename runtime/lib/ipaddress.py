"""ipaddress (Ember): IPv4/IPv6 addresses, networks and interfaces.

Covers the factory functions (ip_address, ip_network, ip_interface), the six classes with
their properties (packed, exploded, compressed, reverse_pointer, the is_* tests, ipv4_mapped,
sixtofour, teredo, scope_id), network arithmetic (hosts, subnets, supernet, address_exclude,
overlaps, subnet_of, supernet_of, compare_networks), formatting, and summarize_address_range,
collapse_addresses and get_mixed_type_key.
"""

import functools


IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value that is not a valid address."""


class NetmaskValueError(ValueError):
    """A value that is not a valid netmask."""


# ---------------------------------------------------------------------------
# Factory functions.

def ip_address(address):
    """An IPv4Address or IPv6Address, whichever `address` is."""
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 address")


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network, whichever `address` is."""
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 network")


def ip_interface(address):
    """An IPv4Interface or IPv6Interface, whichever `address` is."""
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 interface")


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as an int."""
    try:
        return address.to_bytes(4, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as an int."""
    try:
        return address.to_bytes(16, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _split_optional_netmask(address):
    parts = str(address).split("/")
    if len(parts) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return parts


def _trailing_zero_bits(number, bits):
    """How many low bits of `number` are zero, at most `bits`."""
    if number == 0:
        return bits
    return min(bits, (number & -number).bit_length() - 1)


def _consecutive_runs(addresses):
    """(first, last) of each run of consecutive addresses in a sorted sequence."""
    it = iter(addresses)
    first = last = next(it)
    for addr in it:
        if addr._ip != last._ip + 1:
            yield first, last
            first = addr
        last = addr
    yield first, last


def summarize_address_range(first, last):
    """The fewest networks that together cover the addresses from `first` to `last`."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError("first and last must be IP addresses, not networks")
    if first.version != last.version:
        raise TypeError("%s and %s are not of the same version" % (first, last))
    if first > last:
        raise ValueError("last IP address must be greater than first")
    if first.version == 4:
        net_class = IPv4Network
    elif first.version == 6:
        net_class = IPv6Network
    else:
        raise ValueError("unknown IP version")
    bits = first._max_prefixlen
    lo, hi = first._ip, last._ip
    while lo <= hi:
        # The largest block that starts at lo (alignment) and does not pass hi (size).
        size_bits = min(_trailing_zero_bits(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_class((lo, bits - size_bits))
        lo += 1 << size_bits
        if lo - 1 == net_class._ALL_ONES:
            break


def _collapse_networks(networks):
    # Repeatedly merge two halves of the same supernet, then drop networks contained in
    # an earlier one.
    pending = list(networks)
    halves = {}
    while pending:
        net = pending.pop()
        parent = net.supernet()
        seen = halves.get(parent)
        if seen is None:
            halves[parent] = net
        elif seen != net:
            del halves[parent]
            pending.append(parent)
    last = None
    for net in sorted(halves.values()):
        if last is not None and last.broadcast_address >= net.broadcast_address:
            continue
        yield net
        last = net


def collapse_addresses(addresses):
    """The given addresses and networks merged into the fewest networks (an iterator)."""
    singles = []
    nets = []
    for ip in addresses:
        if isinstance(ip, _BaseAddress):
            if singles and singles[-1]._version != ip._version:
                raise TypeError("%s and %s are not of the same version" % (ip, singles[-1]))
            singles.append(ip)
        elif ip._prefixlen == ip._max_prefixlen:
            if singles and singles[-1]._version != ip._version:
                raise TypeError("%s and %s are not of the same version" % (ip, singles[-1]))
            try:
                singles.append(ip.ip)
            except AttributeError:
                singles.append(ip.network_address)
        else:
            if nets and nets[-1]._version != ip._version:
                raise TypeError("%s and %s are not of the same version" % (ip, nets[-1]))
            nets.append(ip)
    merged = []
    singles = sorted(set(singles))
    if singles:
        for first, last in _consecutive_runs(singles):
            merged.extend(summarize_address_range(first, last))
    return _collapse_networks(merged + nets)


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both versions together."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


# ---------------------------------------------------------------------------
# Shared behaviour.

class _IPAddressBase:
    """What addresses, networks and interfaces have in common."""

    __slots__ = ()

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        """The name of the reverse DNS PTR record for this address."""
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError("%d (< 0) is not permitted as an IPv%d address"
                                    % (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                    % (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, expected_len):
        if len(address) != expected_len:
            raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                    % (address, len(address), expected_len, self._version))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        """The prefix length of a netmask given as an int; ValueError if not a netmask."""
        zeros = _trailing_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            packed = ip_int.to_bytes(cls._max_prefixlen // 8, "big")
            raise ValueError("Netmask pattern %r mixes zeroes & ones" % packed)
        return prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError("%r is not a valid netmask" % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        if not (prefixlen_str.isascii() and prefixlen_str.isdigit()):
            cls._report_invalid_netmask(prefixlen_str)
        prefixlen = int(prefixlen_str)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._report_invalid_netmask(prefixlen_str)
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        """The prefix length of a netmask (255.255.0.0) or hostmask (0.0.255.255) string."""
        try:
            ip_int = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        try:
            return cls._prefix_from_ip_int(ip_int)
        except ValueError:
            pass
        try:
            return cls._prefix_from_ip_int(ip_int ^ cls._ALL_ONES)
        except ValueError:
            cls._report_invalid_netmask(ip_str)

    @classmethod
    def _split_addr_prefix(cls, address):
        """(address, prefix) from an int, bytes, tuple or 'addr/prefix' string."""
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            address = _split_optional_netmask(address)
        if len(address) > 1:
            return address
        return address[0], cls._max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """A single address."""

    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __str__(self):
        return str(self._string_from_ip_int(self._ip))

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self._version, self)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        """Supports 's' formats, and 'b', 'x', 'X', 'n' with optional '#' and '_'."""
        if not fmt or fmt[-1] == "s":
            return format(str(self), fmt)
        rest = fmt
        alternate = grouping = ""
        if rest[:1] == "#":
            alternate, rest = "#", rest[1:]
        if rest[:1] == "_":
            grouping, rest = "_", rest[1:]
        if rest not in ("b", "x", "X", "n"):
            return super().__format__(fmt)
        base = rest
        if base == "n":
            base = "b" if self._version == 4 else "x"
        width = self._max_prefixlen if base == "b" else self._max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(int(self), "%s0%d%s%s" % (alternate, width, grouping, base))


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A network: an address prefix and its length."""

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __str__(self):
        return "%s/%d" % (self.network_address, self.prefixlen)

    def hosts(self):
        """The usable host addresses of the network (an iterator)."""
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        for x in range(network + 1, broadcast):
            yield self._address_class(x)

    def __iter__(self):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        for x in range(network, broadcast + 1):
            yield self._address_class(x)

    def __getitem__(self, n):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if n >= 0:
            if network + n > broadcast:
                raise IndexError("address out of range")
            return self._address_class(network + n)
        if broadcast + n + 1 < network:
            raise IndexError("address out of range")
        return self._address_class(broadcast + n + 1)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        # A network never "contains" another network here: use subnet_of for that.
        if isinstance(other, _BaseNetwork):
            return False
        if self._version != other._version:
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        """Whether the two networks share any address."""
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    def _cached(self, name, compute):
        value = self.__dict__.get(name)
        if value is None:
            value = compute()
            self.__dict__[name] = value
        return value

    @property
    def broadcast_address(self):
        return self._cached("_broadcast", lambda: self._address_class(
            int(self.network_address) | int(self.hostmask)))

    @property
    def hostmask(self):
        return self._cached("_hostmask", lambda: self._address_class(
            int(self.netmask) ^ self._ALL_ONES))

    @property
    def with_prefixlen(self):
        return "%s/%d" % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return "%s/%s" % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return "%s/%s" % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """The networks that remain of this one once `other` is taken out (an iterator)."""
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError("%s not contained in %s" % (other, self))
        if other == self:
            return
        other = other.__class__("%s/%s" % (other.network_address, other.prefixlen))
        # Halve repeatedly, keeping the half that does not hold `other`.
        low, high = self.subnets()
        while low != other and high != other:
            if other.subnet_of(low):
                yield high
                low, high = low.subnets()
            elif other.subnet_of(high):
                yield low
                low, high = high.subnets()
            else:
                raise AssertionError("Error performing exclusion: s1: %s s2: %s other: %s"
                                     % (low, high, other))
        if low == other:
            yield high
        elif high == other:
            yield low
        else:
            raise AssertionError("Error performing exclusion: s1: %s s2: %s other: %s"
                                 % (low, high, other))

    def compare_networks(self, other):
        """-1, 0 or 1 as this network sorts before, with or after `other`."""
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same type" % (self, other))
        if self.network_address != other.network_address:
            return -1 if self.network_address < other.network_address else 1
        if self.netmask != other.netmask:
            return -1 if self.netmask < other.netmask else 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets of a longer prefix that make up this network (an iterator)."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError("new prefix must be longer")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError("prefix length diff must be > 0")
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._max_prefixlen:
            raise ValueError("prefix length diff %d is invalid for netblock %s"
                             % (new_prefixlen, self))
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for addr in range(start, end, step):
            yield self.__class__((addr, new_prefixlen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network of a shorter prefix that contains this one."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError("new prefix must be shorter")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError("current prefixlen is %d, cannot have a prefixlen_diff of %d"
                             % (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff),
                               new_prefixlen))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address
                    and b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}")

    def subnet_of(self, other):
        """Whether this network lies within `other`."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether `other` lies within this network."""
        return self._is_subnet_of(other, self)

    def _both_ends(self, test):
        return test(self.network_address) and test(self.broadcast_address)

    @property
    def is_reserved(self):
        return self._both_ends(lambda a: a.is_reserved)

    @property
    def is_link_local(self):
        return self._both_ends(lambda a: a.is_link_local)

    @property
    def is_private(self):
        consts = self._constants
        first, last = self.network_address, self.broadcast_address
        return (any(first in net and last in net for net in consts._private_networks)
                and all(first not in net and last not in net
                        for net in consts._private_networks_exceptions))

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._both_ends(lambda a: a.is_unspecified)

    @property
    def is_loopback(self):
        return self._both_ends(lambda a: a.is_loopback)

    @property
    def is_multicast(self):
        return self._both_ends(lambda a: a.is_multicast)


# ---------------------------------------------------------------------------
# IPv4.

class _BaseV4:
    """Parsing and printing of IPv4 addresses."""

    __slots__ = ()
    _version = 4
    _ALL_ONES = (2 ** IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        """(netmask address, prefix length) from a prefix length or a mask string."""
        cached = cls._netmask_cache.get(arg) if isinstance(arg, (int, str)) else None
        if cached is not None:
            return cached
        if isinstance(arg, int):
            prefixlen = arg
            if not 0 <= prefixlen <= cls._max_prefixlen:
                cls._report_invalid_netmask(prefixlen)
        else:
            try:
                prefixlen = cls._prefix_from_prefix_string(arg)
            except NetmaskValueError:
                prefixlen = cls._prefix_from_ip_string(arg)
        result = (IPv4Address(cls._ip_int_from_prefix(prefixlen)), prefixlen)
        if isinstance(arg, (int, str)):
            cls._netmask_cache[arg] = result
        return result

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError("Address cannot be empty")
        octets = ip_str.split(".")
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        value = 0
        try:
            for octet in octets:
                value = (value << 8) | cls._parse_octet(octet)
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        return value

    @staticmethod
    def _parse_octet(octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % octet_str)
        if len(octet_str) > 3:
            raise ValueError("At most 3 characters permitted in %r" % octet_str)
        # Leading zeros are refused: some parsers read them as octal.
        if octet_str != "0" and octet_str[0] == "0":
            raise ValueError("Leading zeros are not permitted in %r" % octet_str)
        value = int(octet_str, 10)
        if value > 255:
            raise ValueError("Octet %d (> 255) not permitted" % value)
        return value

    @staticmethod
    def _string_from_ip_int(ip_int):
        return ".".join(str(b) for b in ip_int.to_bytes(4, "big"))

    def _reverse_pointer(self):
        return ".".join(reversed(str(self).split("."))) + ".in-addr.arpa"


class IPv4Address(_BaseV4, _BaseAddress):
    """A single IPv4 address."""

    __slots__ = ("_ip", "__weakref__")

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, "big")
            return
        addr_str = str(address)
        if "/" in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(addr_str)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in self._constants._reserved_network

    @property
    def is_private(self):
        consts = self._constants
        return (any(self in net for net in consts._private_networks)
                and all(self not in net for net in consts._private_networks_exceptions))

    @property
    def is_global(self):
        return self not in self._constants._public_network and not self.is_private

    @property
    def is_multicast(self):
        return self in self._constants._multicast_network

    @property
    def is_unspecified(self):
        return self == self._constants._unspecified_address

    @property
    def is_loopback(self):
        return self in self._constants._loopback_network

    @property
    def is_link_local(self):
        return self in self._constants._linklocal_network


class IPv4Interface(IPv4Address):
    """An IPv4 address together with the network it sits on."""

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv4Address.__init__(self, addr)
        self.network = IPv4Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return "%s/%d" % (self._string_from_ip_int(self._ip), self._prefixlen)

    def __eq__(self, other):
        same_address = IPv4Address.__eq__(self, other)
        if same_address is NotImplemented or not same_address:
            return same_address
        try:
            return self.network == other.network
        except AttributeError:
            # An interface equals no plain address, even one with the same value.
            return False

    def __lt__(self, other):
        less = IPv4Address.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or (self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv4Address(self._ip)

    @property
    def with_prefixlen(self):
        return "%s/%s" % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return "%s/%s" % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return "%s/%s" % (self._string_from_ip_int(self._ip), self.hostmask)


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: a prefix and its length, as in '192.168.0.0/16'."""

    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv4Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError("%s has host bits set" % self)
            self.network_address = IPv4Address(packed & int(self.netmask))
        # A /31 has no network or broadcast address to leave out (RFC 3021); a /32 is its host.
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv4Address(addr)]

    @property
    def is_global(self):
        public = self._constants._public_network
        return (not (self.network_address in public and self.broadcast_address in public)
                and not self.is_private)


class _IPv4Constants:
    _linklocal_network = IPv4Network("169.254.0.0/16")
    _loopback_network = IPv4Network("127.0.0.0/8")
    _multicast_network = IPv4Network("224.0.0.0/4")
    _public_network = IPv4Network("100.64.0.0/10")
    _private_networks = [IPv4Network(n) for n in (
        "0.0.0.0/8", "10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.0.0.0/24", "192.0.0.170/31", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",
        "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "255.255.255.255/32")]
    _private_networks_exceptions = [IPv4Network("192.0.0.9/32"), IPv4Network("192.0.0.10/32")]
    _reserved_network = IPv4Network("240.0.0.0/4")
    _unspecified_address = IPv4Address("0.0.0.0")


IPv4Address._constants = _IPv4Constants
IPv4Network._constants = _IPv4Constants


# ---------------------------------------------------------------------------
# IPv6.

_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


class _BaseV6:
    """Parsing and printing of IPv6 addresses."""

    __slots__ = ()
    _version = 6
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _make_netmask(cls, arg):
        """(netmask address, prefix length) from a prefix length (int or string)."""
        cached = cls._netmask_cache.get(arg) if isinstance(arg, (int, str)) else None
        if cached is not None:
            return cached
        if isinstance(arg, int):
            prefixlen = arg
            if not 0 <= prefixlen <= cls._max_prefixlen:
                cls._report_invalid_netmask(prefixlen)
        else:
            prefixlen = cls._prefix_from_prefix_string(arg)
        result = (IPv6Address(cls._ip_int_from_prefix(prefixlen)), prefixlen)
        if isinstance(arg, (int, str)):
            cls._netmask_cache[arg] = result
        return result

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError("Address cannot be empty")
        parts = ip_str.split(":")
        if len(parts) < 3:
            raise AddressValueError("At least 3 parts expected in %r" % ip_str)
        # A dotted IPv4 tail stands for the last two hextets.
        if "." in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
            parts.append("%x" % ((v4 >> 16) & 0xFFFF))
            parts.append("%x" % (v4 & 0xFFFF))
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError("At most %d colons permitted in %r"
                                    % (cls._HEXTET_COUNT, ip_str))
        # An empty inner part marks the '::'.
        gap = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if gap is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % ip_str)
                gap = i
        if gap is not None:
            head = parts[:gap]
            tail = parts[gap + 1:]
            if head and not head[0]:
                if len(head) > 1:
                    raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                            % ip_str)
                head = []
            if tail and not tail[-1]:
                if len(tail) > 1:
                    raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                            % ip_str)
                tail = []
            missing = cls._HEXTET_COUNT - len(head) - len(tail)
            if missing < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (cls._HEXTET_COUNT - 1, ip_str))
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (cls._HEXTET_COUNT, ip_str))
            if not parts[0]:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r"
                                        % ip_str)
            if not parts[-1]:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r"
                                        % ip_str)
            head, tail, missing = parts, [], 0
        value = 0
        try:
            for part in head:
                value = (value << 16) | cls._parse_hextet(part)
            value <<= 16 * missing
            for part in tail:
                value = (value << 16) | cls._parse_hextet(part)
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        return value

    @staticmethod
    def _parse_hextet(hextet_str):
        if not _HEX_DIGITS.issuperset(hextet_str):
            raise ValueError("Only hex digits permitted in %r" % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError("At most 4 characters permitted in %r" % hextet_str)
        return int(hextet_str, 16)

    @staticmethod
    def _compress_hextets(hextets):
        """The hextets with the longest run (two or more) of zeros replaced by '::'."""
        best_start, best_len = -1, 0
        start, length = -1, 0
        for i, h in enumerate(hextets):
            if h == "0":
                if length == 0:
                    start = i
                length += 1
                if length > best_len:
                    best_start, best_len = start, length
            else:
                length = 0
        if best_len > 1:
            end = best_start + best_len
            if end == len(hextets):
                hextets = hextets + [""]
            hextets = hextets[:best_start] + [""] + hextets[end:]
            if best_start == 0:
                hextets = [""] + hextets
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        hextets = ["%x" % ((ip_int >> (112 - 16 * i)) & 0xFFFF) for i in range(8)]
        return ":".join(cls._compress_hextets(hextets))

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            ip_int = int(self.network_address)
        else:
            ip_int = self._ip
        hex_str = "%032x" % ip_int
        text = ":".join(hex_str[i:i + 4] for i in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return "%s/%d" % (text, self._prefixlen)
        return text

    def _reverse_pointer(self):
        digits = self.exploded[::-1].replace(":", "")
        return ".".join(digits) + ".ip6.arpa"

    @staticmethod
    def _split_scope_id(ip_str):
        """(address, scope id or None) from 'addr%scope'."""
        addr, sep, scope_id = ip_str.partition("%")
        if not sep:
            scope_id = None
        elif not scope_id or "%" in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id


class IPv6Address(_BaseV6, _BaseAddress):
    """A single IPv6 address, possibly with a scope zone ('fe80::1%eth0')."""

    __slots__ = ("_ip", "_scope_id", "__weakref__")

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, "big")
            return
        addr_str = str(address)
        if "/" in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        addr_str, self._scope_id = self._split_scope_id(addr_str)
        self._ip = self._ip_int_from_string(addr_str)

    def __str__(self):
        text = super().__str__()
        return text + "%" + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented or not same:
            return same
        return self._scope_id == getattr(other, "_scope_id", None)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in self._constants._multicast_network

    @property
    def is_reserved(self):
        return any(self in net for net in self._constants._reserved_networks)

    @property
    def is_link_local(self):
        return self in self._constants._linklocal_network

    @property
    def is_site_local(self):
        return self in self._constants._sitelocal_network

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        consts = self._constants
        return (any(self in net for net in consts._private_networks)
                and all(self not in net for net in consts._private_networks_exceptions))

    @property
    def is_global(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_global
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address of an IPv4-mapped address (::ffff:a.b.c.d), else None."""
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) of a Teredo address (2001::/32), else None."""
        if (self._ip >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        """The IPv4 address embedded in a 6to4 address (2002::/16), else None."""
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(IPv6Address):
    """An IPv6 address together with the network it sits on."""

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        IPv6Address.__init__(self, addr)
        self.network = IPv6Network((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return "%s/%d" % (super().__str__(), self._prefixlen)

    def __eq__(self, other):
        same_address = IPv6Address.__eq__(self, other)
        if same_address is NotImplemented or not same_address:
            return same_address
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = IPv6Address.__lt__(self, other)
        if less is NotImplemented:
            return less
        try:
            return self.network < other.network or (self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv6Address(self._ip)

    @property
    def with_prefixlen(self):
        return "%s/%s" % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return "%s/%s" % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return "%s/%s" % (self._string_from_ip_int(self._ip), self.hostmask)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: a prefix and its length, as in '2001:db8::/32'."""

    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError("%s has host bits set" % self)
            self.network_address = IPv6Address(packed & int(self.netmask))
        if self._prefixlen == self._max_prefixlen - 1:
            self.hosts = self.__iter__
        elif self._prefixlen == self._max_prefixlen:
            self.hosts = lambda: [IPv6Address(addr)]

    def hosts(self):
        """Every address but the Subnet-Router anycast one (the network address)."""
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        for x in range(network + 1, broadcast + 1):
            yield self._address_class(x)

    @property
    def is_site_local(self):
        return self._both_ends(lambda a: a.is_site_local)


class _IPv6Constants:
    _linklocal_network = IPv6Network("fe80::/10")
    _multicast_network = IPv6Network("ff00::/8")
    _private_networks = [IPv6Network(n) for n in (
        "::1/128", "::/128", "::ffff:0:0/96", "64:ff9b:1::/48", "100::/64", "2001::/23",
        "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10")]
    _private_networks_exceptions = [IPv6Network(n) for n in (
        "2001:1::1/128", "2001:1::2/128", "2001:3::/32", "2001:4:112::/48", "2001:20::/28",
        "2001:30::/28")]
    _reserved_networks = [IPv6Network(n) for n in (
        "::/8", "100::/8", "200::/7", "400::/6", "800::/5", "1000::/4", "4000::/3", "6000::/3",
        "8000::/3", "A000::/3", "C000::/3", "E000::/4", "F000::/5", "F800::/6", "FE00::/9")]
    _sitelocal_network = IPv6Network("fec0::/10")


IPv6Address._constants = _IPv6Constants
IPv6Network._constants = _IPv6Constants
