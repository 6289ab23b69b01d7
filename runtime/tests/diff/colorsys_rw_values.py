import colorsys
vals = [0.0, 0.1, 0.25, 1/3, 0.5, 0.6, 2/3, 0.75, 0.9, 1.0]
acc = []
for r in vals[::3]:
    for g in vals[1::3]:
        for b in vals[::2]:
            acc.append((r, g, b))
for rgb in acc[:40]:
    y = colorsys.rgb_to_yiq(*rgb)
    h = colorsys.rgb_to_hls(*rgb)
    v = colorsys.rgb_to_hsv(*rgb)
    print(rgb, y, colorsys.yiq_to_rgb(*y), h, colorsys.hls_to_rgb(*h), v, colorsys.hsv_to_rgb(*v))
for h in [-0.5, -0.1, 0.0, 0.05, 1/6, 0.2, 1/3, 0.4, 0.5, 0.6, 2/3, 0.8, 5/6, 0.95, 1.0, 1.3, 2.0]:
    print(h, colorsys.hsv_to_rgb(h, 0.7, 0.9), colorsys.hls_to_rgb(h, 0.3, 0.6),
          colorsys.hls_to_rgb(h, 0.8, 0.4), colorsys.hsv_to_rgb(h, 1.0, 1.0))
print(colorsys.hsv_to_rgb(0.3, 0.0, 0.4), colorsys.hls_to_rgb(0.3, 0.4, 0.0))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, -1.0))
print(colorsys.rgb_to_hls(1.0, 1.0, 1.0), colorsys.rgb_to_hls(0, 0, 0), colorsys.rgb_to_hsv(0, 0, 0))
print(colorsys.rgb_to_hsv(2, 1, 0), colorsys.rgb_to_hls(255, 128, 0), colorsys.rgb_to_hsv(1, 2, 3))
print(type(colorsys.hsv_to_rgb(0.1, 0.5, 0.5)).__name__, type(colorsys.rgb_to_hls(1, 2, 3)).__name__)
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, colorsys.__all__)
for bad in [(float('nan'), 0.5, 0.5), ('x', 0.5, 0.5)]:
    try:
        colorsys.hsv_to_rgb(*bad)
    except Exception as e:
        print(type(e).__name__, e)
print(colorsys.rgb_to_hsv(0.2, 0.2, 0.2), colorsys.rgb_to_hls(0.7, 0.7, 0.7))
