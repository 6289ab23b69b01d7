# Differential test: re with Unicode text, case folding, verbose mode, and object details.
import re, copy
p = re.compile(r'(?P<a>x)')
print(type(p.groupindex).__name__)
try:
    p.groupindex['b'] = 2
except TypeError as e:
    print('TypeError', e)
print(copy.copy(p) is p, copy.deepcopy(p) is p)
m = p.match('x')
print(copy.copy(m) is m)
try:
    re.Pattern()
except TypeError as e:
    print(e)
print(p.search('x', endpos=None) if False else 'skip')
print(re.compile('(?x) a # c \n b').match('ab'))
print(re.compile('''(?x)
   (\\d+)   # digits
   \\s* [#] # hash
''').match('12 #').groups())
print(re.findall(r'(?i)[^\W\d_]+', 'Hello Wörld_123 ÅNGSTRÖM'))
print(re.match(r'\d+', '١٢٣').group(), re.match(r'[\d]+', '١٢٣').group(), re.match(r'\w+', 'ﬀ日本語').group())
print(re.match('(?i)[Ǆ]', 'ǅ'), re.match('(?i)[ǆ]+', 'ǄǅǆX'))
print(re.sub('(?i)ü', 'U', 'Über über ÜBER'))
print(re.match(r'(?i)[\u0100-\u017f]+', 'āĀĂ'))
print(re.match(r'(?i)[à-þ]+', 'ÀÉÎõ'))
print(re.search(r'(?<=\bé)t', 'été'), re.search(r'\bt', 'été'))
print(re.match('\\u00e9', 'é'), re.match('[\\U0001F600-\\U0001F64F]+', '😀😃'))
print(re.split(r'(?<=,)', 'a,b,c'), re.split(r'(?=,)', 'a,b,c'))
print(re.sub(r'(?m)^', '> ', 'a\nb\n'), re.sub('$', '!', 'a\n'), re.sub('(?m)$', '!', 'a\nb\n'))
print(re.findall(r'\b\w', 'hi there-you'), re.findall(r'\B\w', 'hi there'))
print(re.match(r'(?s).+', 'a\nb').group(), re.match(r'.+', 'a\nb').group())
print(re.escape('') , re.sub('', '', ''), re.findall('', ''), re.split('x', ''))
print(re.match(r'(?P<n>a)(?P<m>b)?', 'a').groupdict(), re.match('a', 'a').groupdict())
print(re.fullmatch(r'(?:a|ab)(?:c|bcd)(?:d*)', 'abcd'))
print(re.compile(r'\s+').split('  a  b  '), re.compile(r'\s+').split('  a  b  ', 1))
print([m.groups() for m in re.finditer(r'(\w)(\d)?', 'a1bc2')])
