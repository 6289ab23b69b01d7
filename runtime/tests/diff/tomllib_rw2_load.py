import io
import tomllib
print(tomllib.load(io.BytesIO(b'a = 1\nb = "x"')))
try:
    tomllib.load(io.StringIO('a = 1'))
except TypeError as e:
    print(type(e).__name__, e, e.__suppress_context__)
