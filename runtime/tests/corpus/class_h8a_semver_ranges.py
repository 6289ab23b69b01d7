import re
from functools import total_ordering

SEMVER = re.compile(r"""
    ^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)
    (?:-(?P<pre>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?
    (?:\+(?P<build>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$
""", re.X)

@total_ordering
class Version:
    __slots__ = ("major", "minor", "patch", "pre", "build")

    def __init__(self, text):
        m = SEMVER.match(text.strip())
        if not m:
            raise ValueError(f"invalid version: {text!r}")
        self.major, self.minor, self.patch = (int(m[k]) for k in ("major", "minor", "patch"))
        self.pre = tuple(m["pre"].split(".")) if m["pre"] else ()
        self.build = m["build"]

    def _key(self):
        pre = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.pre)
        return (self.major, self.minor, self.patch, not self.pre, pre)

    def __eq__(self, other):
        return isinstance(other, Version) and self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __str__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            s += "-" + ".".join(self.pre)
        if self.build:
            s += "+" + self.build
        return s

    def __repr__(self):
        return f"Version({str(self)!r})"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.major}.{self.minor}"
        return format(str(self), spec)

    def bump(self, part):
        parts = [self.major, self.minor, self.patch]
        i = ["major", "minor", "patch"].index(part)
        parts[i] += 1
        for j in range(i + 1, 3):
            parts[j] = 0
        return Version(".".join(map(str, parts)))

def satisfies(v, rng):
    for clause in rng.split("||"):
        ok = True
        for cond in clause.split():
            m = re.fullmatch(r"(\^|~|>=|<=|>|<|=)?(.+)", cond)
            op, target = m.group(1) or "=", Version(m.group(2))
            if op == "^":
                upper = target.bump("major") if target.major else target.bump("minor")
                ok &= target <= v < upper
            elif op == "~":
                ok &= target <= v < target.bump("minor")
            else:
                ok &= {"=": v == target, ">": v > target, "<": v < target, ">=": v >= target, "<=": v <= target}[op]
        if ok:
            return True
    return False

RAW = ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
       "1.0.0-rc.1", "2.0.0", "1.10.0", "1.2.0", "v1.2.3+build.5", "0.9.9", "1.2.3", "01.2.3", "1.2", "1.2.3-", "2.0.0+meta"]
versions = []
for r in RAW:
    try:
        versions.append(Version(r))
    except ValueError as e:
        print("skip:", e)
ordered = sorted(versions)
print([str(v) for v in ordered])
print(min(versions), max(versions), repr(ordered[0]))
print(Version("1.2.3+a") == Version("1.2.3+b"), len({Version("1.2.3+a"), Version("1.2.3")}), Version("1.0.0-rc.1") < Version("1.0.0"))
print(Version("1.0.0") <= Version("1.0.0"), Version("1.0.0") >= Version("0.1.0"), Version("1.0.0") != Version("1.0.1"))
try:
    Version("1.0.0") < "1.0.1"
except TypeError as e:
    print("TypeError:", e)
print(Version("1.0.0") == "1.0.0")
v = Version("1.4.7")
print(f"{v} {v:short} {v:>10}| {v!r} {v.bump('patch')} {v.bump('minor')} {v.bump('major')}")
RANGES = ["^1.2.0", "~1.2.0", ">=1.0.0 <2.0.0", "^0.9.0", "=2.0.0", "<1.0.0 || >=2.0.0", ">1.0.0-beta <1.0.0"]
for rng in RANGES:
    hits = [str(v) for v in ordered if satisfies(v, rng)]
    print(f"{rng:<22} {hits}")
try:
    v.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
latest = {}
for v in ordered:
    key = (v.major, v.minor)
    if not v.pre:
        latest[key] = v
print({f"{k[0]}.{k[1]}": str(v) for k, v in sorted(latest.items())})

for a in ordered:
    cmp = ["<" if a < b else "=" if a == b else ">" for b in ordered]
    print(f"{a!s:<20} {''.join(cmp)}")
for v in ordered:
    print(f"{v!s:<18} pre={v.pre!r:<22} build={v.build!r:<10} key={v._key()}")
