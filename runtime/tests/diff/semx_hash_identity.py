"""Deduplicating contacts: __hash__/__eq__ contracts in sets and dicts."""


class Email:
    __slots__ = ("local", "domain")

    def __init__(self, addr):
        local, _, domain = addr.partition("@")
        if not domain:
            raise ValueError(f"not an email: {addr!r}")
        self.local = local.split("+")[0].lower()
        self.domain = domain.lower()

    def __eq__(self, other):
        if isinstance(other, str):
            try:
                other = Email(other)
            except ValueError:
                return False
        if not isinstance(other, Email):
            return NotImplemented
        return (self.local, self.domain) == (other.local, other.domain)

    def __hash__(self):
        return hash((self.local, self.domain))

    def __repr__(self):
        return f"Email({self.local}@{self.domain})"

    def __lt__(self, other):
        return (self.domain, self.local) < (other.domain, other.local)


class Contact:
    def __init__(self, name, email, phone=None):
        self.name = name
        self.email = Email(email)
        self.phone = phone

    def __eq__(self, other):
        return isinstance(other, Contact) and self.email == other.email

    def __hash__(self):
        return hash(self.email)

    def __repr__(self):
        return f"Contact({self.name!r}, {self.email})"


class MutableKey:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, MutableKey) and self.k == other.k

    def __repr__(self):
        return f"MK({self.k})"


class Unhashable(Contact):
    def __eq__(self, other):
        return super().__eq__(other)


class Counter:
    eq_calls = 0
    hash_calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Counter.hash_calls += 1
        return self.v % 3

    def __eq__(self, other):
        Counter.eq_calls += 1
        return isinstance(other, Counter) and self.v == other.v


raw = [
    ("Ann Lee", "Ann@Example.com"),
    ("Ann L.", "ann+news@example.COM"),
    ("Bob", "bob@work.org"),
    ("Robert", "BOB@work.org", "555"),
    ("Cy", "cy@home.net"),
]
contacts = [Contact(*r) for r in raw]
unique = set(contacts)
print(len(contacts), len(unique), sorted(unique, key=lambda c: c.email))
by_email = {}
for c in contacts:
    by_email.setdefault(c.email, []).append(c.name)
print(sorted(by_email.items()))
print(Email("ann@example.com") in by_email, "ann@example.com" in by_email, "ann+x@EXAMPLE.com" in by_email)
print(Email("a@b.c") == "A+z@B.C", "a@b.c" == Email("a@b.c"), Email("a@b.c") != "bad", Email("a@b.c") == 3)
print([c.email == "bob@work.org" for c in contacts], contacts.count(Contact("x", "cy@HOME.net")))
print(contacts.index(Contact("?", "bob+1@work.org")), Contact("q", "cy@home.net") in contacts)

old = {Email("ann@example.com"), Email("dan@x.io")}
new = {c.email for c in contacts}
print(sorted(new - old), sorted(old - new), sorted(new & old), sorted(new ^ old), len(new | old))
print(old <= new, old.isdisjoint({Email("z@z.z")}), frozenset(old) == old, {frozenset(old): 1}[frozenset(old)])
d1 = {Email("a@x.y"): 1, Email("b@x.y"): 2}
d2 = {Email("A@X.Y"): 10, Email("c@x.y"): 30}
merged = d1 | d2
print(merged, d1.keys() & d2.keys(), sorted(d1.keys() | d2.keys()), d1.items() - d2.items())

k = MutableKey("one")
table = {k: "value"}
print(table[MutableKey("one")], k in table)
k.k = "two"
print(MutableKey("one") in table, MutableKey("two") in table, list(table), len(table))
k.k = "one"
table[k] = "again"
print(len(table), sorted(table.values()), table[MutableKey("one")])

try:
    hash(Unhashable("u", "u@u.u"))
except TypeError as e:
    print("TypeError:", e)
print(Unhashable.__hash__, Contact.__hash__ is not None)
try:
    {Unhashable("u", "u@u.u")}
except TypeError as e:
    print("TypeError:", e)

Counter.eq_calls = Counter.hash_calls = 0
s = {Counter(i) for i in range(9)}
print(len(s), Counter.hash_calls, Counter.eq_calls > 0)
Counter.eq_calls = Counter.hash_calls = 0
x = Counter(4)
print(x in s, Counter.hash_calls, Counter.eq_calls >= 1)
Counter.eq_calls = 0
print(x in [x], Counter.eq_calls, "(identity shortcut)")

nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan], {nan: 1}.get(nan), len({nan, float("nan")}))
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"}, {0, 0.0, False, -0.0})
print(hash((1, "a")) == hash((1, "a")), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
for bad in ([1], {1: 2}, {3}, bytearray(b"x"), (1, [2])):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    Email("nope")
except ValueError as e:
    print("ValueError:", e)
