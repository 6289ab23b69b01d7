# print() writes a str subclass given as sep= or end= as its str(), as CPython does
# (PyFile_WriteObject with Py_PRINT_RAW).
import io

class S(str):
    def __str__(self):
        return '<' + str.__str__(self) + '>'

print('a', 'b', sep=S('|'))
print('a', 'b', end=S('!\n'))
print(S('x'), S('y'), sep=S('-'), end=S('.\n'))
buf = io.StringIO()
print('p', 'q', sep=S('+'), end=S(';'), file=buf)
print(repr(buf.getvalue()))
class Plain(str):
    pass
print('c', 'd', sep=Plain('/'), end=Plain('\n'))
try:
    print('e', sep=5)
except TypeError as e:
    print('TypeError', e)
try:
    print('e', end=b'x')
except TypeError as e:
    print('TypeError', e)
