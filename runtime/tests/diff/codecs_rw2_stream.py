import codecs
import io

r = codecs.getreader('utf-8')(io.BytesIO('one\ntwo\r\nthree'.encode()))
print(iter(r) is r, list(r))
r = codecs.getreader('utf-8')(io.BytesIO(b''))
try:
    next(r)
except StopIteration as e:
    print('stop', type(e).__name__)
rw = codecs.StreamReaderWriter(io.BytesIO('a\nb\n'.encode('latin-1')),
                               codecs.getreader('latin-1'), codecs.getwriter('latin-1'))
print(list(rw))
for name in ('UTF-8', 'utf_8', 'utf--8', ' utf 8 ', 'latin_1', 'ISO 8859-1',
             '__utf8', 'UTF8!!', 'no-such codec'):
    try:
        print(repr(name), codecs.lookup(name).name)
    except LookupError as e:
        print(repr(name), type(e).__name__, e)
