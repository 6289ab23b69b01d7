"""Physical quantities with units: dimensional analysis via operator overloading."""
from fractions import Fraction
from functools import total_ordering

BASE = ("m", "kg", "s", "A")
NAMED = {
    (1, 0, 0, 0): "m",
    (0, 1, 0, 0): "kg",
    (0, 0, 1, 0): "s",
    (0, 0, 0, 1): "A",
    (1, 0, -1, 0): "m/s",
    (1, 0, -2, 0): "m/s^2",
    (1, 1, -2, 0): "N",
    (2, 1, -2, 0): "J",
    (2, 1, -3, 0): "W",
    (0, 0, -1, 0): "Hz",
    (0, 0, 0, 0): "",
}


class DimensionError(TypeError):
    pass


@total_ordering
class Q:
    __slots__ = ("value", "dims")

    def __init__(self, value, dims=(0, 0, 0, 0)):
        self.value = value
        self.dims = tuple(dims)

    @classmethod
    def unit(cls, name):
        for dims, n in NAMED.items():
            if n == name:
                return cls(1, dims)
        raise KeyError(f"unknown unit {name!r}")

    def _coerce(self, other):
        if isinstance(other, Q):
            return other
        if isinstance(other, (int, float, Fraction)):
            return Q(other)
        return None

    def _same(self, other, op):
        o = self._coerce(other)
        if o is None:
            return None
        if o.dims != self.dims:
            raise DimensionError(f"cannot {op} {self.unit_str() or 'dimensionless'} and {o.unit_str() or 'dimensionless'}")
        return o

    def __add__(self, other):
        o = self._same(other, "add")
        return NotImplemented if o is None else Q(self.value + o.value, self.dims)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._same(other, "subtract")
        return NotImplemented if o is None else Q(self.value - o.value, self.dims)

    def __rsub__(self, other):
        o = self._same(other, "subtract")
        return NotImplemented if o is None else Q(o.value - self.value, self.dims)

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Q(self.value * o.value, [a + b for a, b in zip(self.dims, o.dims)])

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Q(self.value / o.value, [a - b for a, b in zip(self.dims, o.dims)])

    def __rtruediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o / self

    def __pow__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return Q(self.value ** n, [d * n for d in self.dims])

    def __neg__(self):
        return Q(-self.value, self.dims)

    def __abs__(self):
        return Q(abs(self.value), self.dims)

    def __eq__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return self.dims == o.dims and self.value == o.value

    def __lt__(self, other):
        o = self._same(other, "compare")
        if o is None:
            return NotImplemented
        return self.value < o.value

    def __hash__(self):
        return hash((self.value, self.dims))

    def __float__(self):
        if any(self.dims):
            raise DimensionError(f"cannot convert {self.unit_str()} to float")
        return float(self.value)

    def unit_str(self):
        if self.dims in NAMED:
            return NAMED[self.dims]
        parts = []
        for name, d in zip(BASE, self.dims):
            if d == 1:
                parts.append(name)
            elif d:
                parts.append(f"{name}^{d}")
        return "*".join(parts)

    def __repr__(self):
        return f"Q({self.value!r}, {self.dims})"

    def __str__(self):
        u = self.unit_str()
        return f"{self.value:g} {u}".rstrip() if isinstance(self.value, float) else f"{self.value} {u}".rstrip()

    def __format__(self, spec):
        return f"{format(self.value, spec)} {self.unit_str()}".rstrip()


m, kg, s, A = (Q.unit(u) for u in BASE)
N = Q.unit("N")

distance = 100 * m
time = 9.58 * s
speed = distance / time
print(distance, time, speed, f"{speed:.3f}")
mass = 80 * kg
accel = speed / time
force = mass * accel
print(f"{accel:.4f}", f"{force:.2f}", force.unit_str(), force == mass * accel)
energy = force * distance
power = energy / time
print(f"{energy:.1f}", f"{power:.1f}", energy.dims, power.dims)
print(str(3 * m * m), str(m / s / s), str(1 / s), str(kg * m ** 2), str(A * s), str(m ** 3 / kg))
print(5 * m + 3 * m, 5 * m - 7 * m, -(2 * s), abs(-2 * s), (2 * m) ** 3)
print(10 * m > 3 * m, 2 * s <= 2 * s, max(3 * m, 1 * m, 7 * m), sorted([3 * s, 1 * s, 2 * s]))
print(Q(2) + 3, 3 - Q(2), float(Q(5) / Q(2)), Q(1) == 1, 2 * m == 2 * s)
print(Q(Fraction(1, 3)) * 3 * m, (Fraction(1, 2) * m) / (Fraction(1, 4) * s))
print({1 * m: "a", 1 * m + 0 * m: "b", 1 * s: "c"})
for expr in ["3 * m + 2 * s", "m < s", "float(3 * m)", "m + 1", "m ** 0.5", "'x' * m", "m @ s"]:
    try:
        print(expr, "=", eval(expr))
    except DimensionError as e:
        print(expr, "-> DimensionError:", e)
    except TypeError as e:
        print(expr, "-> TypeError:", e)

print(issubclass(DimensionError, TypeError))
g = 9.81 * m / s ** 2
for h in [1, 5, 20, 80]:
    height = h * m
    t_fall = (2 * height / g).value ** 0.5 * s
    v = g * t_fall
    print(f"drop {height:>4}: t={t_fall:.3f} v={v:.2f} ({v.unit_str()})")
k = 200 * N / m
for x in [0.01, 0.05, 0.1]:
    e = 0.5 * k * (x * m) ** 2
    print(f"spring x={x}: {e:.4f} [{e.unit_str()}]")
try:
    Q.unit("furlong")
except KeyError as e:
    print("KeyError:", e)
print(repr(3 * m), repr(Q(1)), Q(2.5, (0, 0, 0, 0)), f"{Q(2.5):>8.2f}|")
