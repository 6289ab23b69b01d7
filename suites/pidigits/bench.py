"""Pi digits: stream decimal digits of pi with Gibbons' spigot, kept as a
linear fractional transformation (q, r, s, t) of big integers.  Each
step either emits a digit, when the floor of the map at x = 3 and x = 4
agree, or composes with the next term (k, 4k + 2, 0, 2k + 1).

The check recomputes the digits independently with Machin's formula."""

import harness

DIGITS = 2000


def compose(a, b):
    aq, ar, as_, at = a
    bq, br, bs, bt = b
    return (aq * bq + ar * bs, aq * br + ar * bt,
            as_ * bq + at * bs, as_ * br + at * bt)


def floor_at(z, x):
    q, r, s, t = z
    return (q * x + r) // (s * x + t)


def pi_digits(count):
    z = (1, 0, 0, 1)
    k = 0
    out = []
    while len(out) < count:
        y = floor_at(z, 3)
        if y == floor_at(z, 4):
            out.append(y)
            z = compose((10, -10 * y, 0, 1), z)
        else:
            k += 1
            z = compose(z, (k, 4 * k + 2, 0, 2 * k + 1))
    return out


def run_once():
    return "".join(map(str, pi_digits(DIGITS)))


def arctan_inv(x, unity):
    """arctan(1/x) * unity, by the alternating series."""
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        n += 2
        total += sign * (term // n)
        sign = -sign
    return total


def machin(count):
    guard = 10
    unity = 10 ** (count + guard)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi)[:count]


def check(result):
    harness.expect(result[:32], "31415926535897932384626433832795",
                   "first digits")
    harness.expect(len(result), DIGITS, "digit count")
    harness.expect(result, machin(DIGITS), "digits (vs Machin's formula)")


if __name__ == "__main__":
    harness.main("pidigits", run_once, check=check)
