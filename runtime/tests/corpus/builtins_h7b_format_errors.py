class Default(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{a} {b}'.format_map(Default(a=1)), '%(a)s %(zz)s' % Default(a=2))
class GI:
    def __getitem__(self, k): return k * 2
print('{x}'.format_map(GI()), '%(ab)s' % GI())
import string
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs: return key.upper()
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        if spec == 'rev': return str(value)[::-1]
        return super().format_field(value, spec)
    def convert_field(self, value, conv):
        if conv == 'u': return str(value).upper()
        return super().convert_field(value, conv)
f = F()
print(f.format('{0} {name} {missing} {0:rev} {name!u} {1:>5}', 'abc', 12, name='nm'))
print(list(string.Formatter().parse('a{0}b{x!r:>3}c{{d}}')))
print(f.vformat('{a}-{b}', (), {'a': 1}))
try: '{0} {1}'.format(1)
except IndexError as e: print('IE', e)
try: '{a}'.format(b=1)
except KeyError as e: print('KE', e)
try: '{} {0}'.format(1, 2)
except ValueError as e: print('VE', e)
try: '{:d}'.format('x')
except ValueError as e: print('VE', e)
try: '{:s}'.format(1)
except ValueError as e: print('VE', e)
try: '%d' % 'x'
except TypeError as e: print('TE', e)
try: '%s %s' % (1,)
except TypeError as e: print('TE', e)
try: '%s' % (1, 2)
except TypeError as e: print('TE', e)
try: '%(a)s' % (1,)
except TypeError as e: print('TE', e)
try: '%z' % 1
except ValueError as e: print('VE', e)
try: format(1.5, 'd')
except ValueError as e: print('VE', e)
try: format('s', ',')
except ValueError as e: print('VE', e)
try: format(3, '.2s')
except ValueError as e: print('VE', e)
try: '{0!x}'.format(1)
except ValueError as e: print('VE', e)
try: '{'.format(1)
except ValueError as e: print('VE', e)
try: '}'.format(1)
except ValueError as e: print('VE', e)
try: f'{1:{2}{3}{4}}'
except ValueError as e: print('VE', e)
print('{:=^10}'.format('mid'), '{:08.3f}'.format(-3.5), '{:#x}'.format(255), '{:+,}'.format(10**6), '{:.2%}'.format(1 / 3), '{:e}'.format(12345.6789), '{:10.4}'.format('truncate'))
print('{0.real}+{0.imag}j'.format(3 + 4j), '{0[a]}'.format({'a': 'A'}), '{0[0][1]}'.format([[1, 2]]), '{:{}{}}'.format(5, '>', 4))
