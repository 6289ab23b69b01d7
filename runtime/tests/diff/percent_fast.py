v = 12
print('%d-%s' % (v, v), '%s' % "x", '%s|%s' % ("a", "b"), '%d' % -5, '%i' % 2**62, '%d' % 2**70, '%u' % -3)
print('%d' % True, '%s' % True, '%5d|%-5d|%05d|%+d|% d' % (3, 3, 3, 3, 3), '%.3d' % 7, '%x %o' % (255, 8))
class S(str):
    def __str__(self): return "custom"
print('%s' % S("base"), '%s' % (S("b"),), '%(a)s %(b)d' % {"a": "x", "b": 4}, '%s %%' % 1.5)
try: '%d' % "x"
except TypeError as e: print(e)
try: '%s %s' % ("a",)
except TypeError as e: print(e)
