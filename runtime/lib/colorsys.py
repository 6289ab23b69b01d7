"""Conversions between RGB and the YIQ, HLS and HSV colour systems (Ember's own implementation).

Coordinates are floats in [0, 1] (I and Q of YIQ may be negative). The arithmetic is written
in the order that gives the same floats as CPython's module.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb", "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _clip(x):
    if x < 0.0:
        return 0.0
    if x > 1.0:
        return 1.0
    return x


def rgb_to_yiq(r, g, b):
    y = 0.30 * r + 0.59 * g + 0.11 * b
    i = 0.74 * (r - y) - 0.27 * (b - y)
    q = 0.48 * (r - y) + 0.41 * (b - y)
    return (y, i, q)


def yiq_to_rgb(y, i, q):
    r = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    g = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    b = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_clip(r), _clip(g), _clip(b))


def rgb_to_hls(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    total = hi + lo
    spread = hi - lo
    light = total / 2.0
    if lo == hi:
        return 0.0, light, 0.0
    if light <= 0.5:
        sat = spread / total
    else:
        sat = spread / (2.0 - total)
    return _hue(r, g, b, hi, spread), light, sat


def _hue(r, g, b, hi, spread):
    """The hue (0 to 1) of a colour whose largest component is `hi` and whose components
    spread over `spread` (> 0), shared by the HLS and HSV forms."""
    rc = (hi - r) / spread
    gc = (hi - g) / spread
    bc = (hi - b) / spread
    if r == hi:
        h = bc - gc
    elif g == hi:
        h = 2.0 + rc - bc
    else:
        h = 4.0 + gc - rc
    return (h / 6.0) % 1.0


def _hue_value(m1, m2, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return m1 + (m2 - m1) * hue * 6.0
    if hue < 0.5:
        return m2
    if hue < TWO_THIRD:
        return m1 + (m2 - m1) * (TWO_THIRD - hue) * 6.0
    return m1


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    m2 = l * (1.0 + s) if l <= 0.5 else l + s - (l * s)
    m1 = 2.0 * l - m2
    return (_hue_value(m1, m2, h + ONE_THIRD), _hue_value(m1, m2, h),
            _hue_value(m1, m2, h - ONE_THIRD))


def rgb_to_hsv(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    v = hi
    if lo == hi:
        return 0.0, 0.0, v
    spread = hi - lo
    s = spread / hi
    return _hue(r, g, b, hi, spread), s, v


# Per sixth of the hue circle: where r, g and b are taken from in (v, p, q, t).
_SEXTANT_SOURCES = ((0, 3, 1), (2, 0, 1), (1, 0, 3), (1, 2, 0), (3, 1, 0), (0, 1, 2))


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sextant = int(h * 6.0)
    frac = (h * 6.0) - sextant
    levels = (v, v * (1.0 - s), v * (1.0 - s * frac), v * (1.0 - s * (1.0 - frac)))
    ri, gi, bi = _SEXTANT_SOURCES[sextant % 6]
    return levels[ri], levels[gi], levels[bi]
