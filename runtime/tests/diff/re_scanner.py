# Differential test: Pattern.scanner, finditer pos/endpos, and Pattern[...] generic aliases.
import re
print(re.Pattern[str], re.Match[bytes])
p = re.compile(r'(\w)(\d)?')
sc = p.scanner('a1 bc2', 1)
print(sc.pattern is p, sc.match(), sc.search(), sc.match(), sc.search(), sc.search(), sc.search(), sc.search())
print([(m.pos, m.endpos, m.span()) for m in p.finditer('a1bc2', 1, 4)])
sc = re.compile('x*').scanner('axx')
print([sc.search() for _ in range(5)])
sc = re.compile('a').scanner('aab')
print(sc.match(), sc.match(), sc.match(), sc.match())
