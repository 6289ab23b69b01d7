# Differential test: re argument handling, str subclasses, bytearray subjects, Cyrillic case folding.
import re
print(re.sub('a','b','aaa',-1), re.subn('a','b','aaa',-5), re.split('a','bab',-1), re.split('a', 'bab', maxsplit=-2))
class S(str): pass
m = re.match('a', S('abc'))
print(type(m.string).__name__, type(m.group()).__name__, re.sub('z', 'y', S('abc')), type(re.sub('z', 'y', S('abc'))).__name__)
print(re.compile(S('a+')).pattern, type(re.compile(S('a+')).pattern).__name__)
print(re.match(b'a', bytearray(b'ab')).string, re.sub(b'a', b'x', bytearray(b'ab')))
print(re.findall('(?i)[а-я]+', 'Привет МИР'), re.sub('(?i)ж', '*', 'ЖжЖ'))
try:
    re.search('a', 'a', pos='x')
except TypeError as e:
    print(e)
try:
    re.compile('a').search()
except TypeError as e:
    print(e)
try:
    re.compile('a').search('a', 1, 2, 3)
except TypeError as e:
    print(e)
try:
    re.compile('a').sub('a')
except TypeError as e:
    print(e)
try:
    re.match('a', 'a').group(foo=1)
except TypeError as e:
    print(e)
try:
    re.match('a', 'a').start(0, 1)
except TypeError as e:
    print(e)
print(re.compile('a').search('xa', pos=True), re.compile('(a)').sub(repl='b', string='aa', count=1))
import weakref, gc
p = re.compile('a(b)')
r = weakref.ref(p)
m = p.match('ab')
print(r() is p)
try:
    weakref.ref(m)
except TypeError as e:
    print('TypeError')
del m, p
re.purge()
gc.collect()
print(r())
