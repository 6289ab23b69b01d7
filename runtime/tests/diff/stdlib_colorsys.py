# colorsys: conversions must give bit-identical floats to CPython's.
import colorsys

vals = [0.0, 0.05, 0.1, 0.2, 0.25, 1 / 3, 0.4, 0.5, 0.6, 2 / 3, 0.75, 0.8, 0.9, 0.95, 1.0]
n = 0
lines = []
for r in vals:
    for g in vals[::2]:
        for b in vals[::3]:
            y = colorsys.rgb_to_yiq(r, g, b)
            h = colorsys.rgb_to_hls(r, g, b)
            v = colorsys.rgb_to_hsv(r, g, b)
            back = (colorsys.yiq_to_rgb(*y), colorsys.hls_to_rgb(*h), colorsys.hsv_to_rgb(*v))
            lines.append(repr((r, g, b, y, h, v, back)))
            n += 1
for a in vals:
    for b in vals[::2]:
        for c in vals[::2]:
            lines.append(repr((colorsys.hls_to_rgb(a, b, c), colorsys.hsv_to_rgb(a, b, c),
                               colorsys.yiq_to_rgb(a, b - 0.5, c - 0.5))))
            n += 1
for line in lines:
    print(line)
print(n)
# hue wrap-around, ints, out-of-range input
print(colorsys.hsv_to_rgb(1.0, 1.0, 1.0), colorsys.hsv_to_rgb(1.5, 0.5, 0.5))
print(colorsys.hls_to_rgb(-0.25, 0.5, 1.0), colorsys.hls_to_rgb(1.25, 0.3, 0.7))
print(colorsys.rgb_to_hsv(255, 128, 0), colorsys.rgb_to_hls(1, 0, 0), colorsys.rgb_to_yiq(1, 1, 1))
print(colorsys.yiq_to_rgb(2.0, 1.0, 1.0), colorsys.yiq_to_rgb(-1.0, 0.0, 0.0))
print(colorsys.hsv_to_rgb(0.5, 0, 0.3), colorsys.hls_to_rgb(0.5, 0.3, 0))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
print(sorted(colorsys.__all__))
