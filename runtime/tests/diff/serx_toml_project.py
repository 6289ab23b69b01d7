import tomllib
from decimal import Decimal

PYPROJECT = '''
# A realistic project file
[build-system]
requires = ["setuptools>=61.0", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "ember-demo"
version = "0.3.1"
description = """
Multi-line \
  description with "quotes" and a trailing newline
"""
readme = 'README.md'
requires-python = ">=3.9"
authors = [
  { name = "Ada", email = "ada@example.org" },
  { name = "Grace" },
]
keywords = ['toml', "parser",]
license = {text = "MIT"}
classifiers = [
    "Programming Language :: Python :: 3",  # comment inside array
    "License :: OSI Approved :: MIT License",
]

[project.optional-dependencies]
test = ["pytest>=7", "coverage[toml]"]

[project.scripts]
demo = "demo.cli:main"

[tool.demo]
max-line = 88
ratio = 0.5
sci = 6.02e23
neg = -17
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101
big = 1_000_000
inf_pos = inf
inf_neg = -inf
flag = true
off = false
literal_path = 'C:\\Users\\nobody'
raw_multi = \'\'\'
first
  second\\n stays\'\'\'
escapes = "tab\\tnewline\\nunicode\\u00e9 \\U0001F600"
dotted.key.here = "deep"
"quoted key" = 1
'single quoted' = 2
empty = ""

[tool.demo.dates]
odt = 1979-05-27T07:32:00Z
odt_off = 1979-05-27T00:32:00-07:00
odt_frac = 1979-05-27T00:32:00.999999+05:30
ldt = 1979-05-27T07:32:00
ld = 1979-05-27
lt = 07:32:00.5
space_sep = 1979-05-27 07:32:00Z

[[servers]]
name = "alpha"
ip = "10.0.0.1"
ports = [8000, 8001]

[[servers]]
name = "beta"
ip = "10.0.0.2"
ports = []
nested = [[1, 2], ["a", "b"], [{x = 1}]]

[[servers.replicas]]
zone = "eu"
'''

data = tomllib.loads(PYPROJECT)


def show(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        for k in sorted(obj):
            v = obj[k]
            if isinstance(v, (dict, list)) and v:
                print(f"{pad}{k}:")
                show(v, indent + 1)
            else:
                print(f"{pad}{k} = {v!r} ({type(v).__name__})")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            if isinstance(v, (dict, list)) and v:
                print(f"{pad}[{i}]")
                show(v, indent + 1)
            else:
                print(f"{pad}[{i}] {v!r}")


show(data)
dates = data["tool"]["demo"]["dates"]
print(dates["odt"].tzinfo, dates["odt_off"].utcoffset(), dates["odt_frac"].isoformat())
print(dates["ldt"].tzinfo, dates["lt"].microsecond)

print(tomllib.loads("x = 1.5\ny = 2.25", parse_float=Decimal))
with_bytes = PYPROJECT.encode()
import io
print(tomllib.load(io.BytesIO(b'a = "b"\n')))
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print("TypeError:", e)

broken = [
    "a = ",
    "a = 1\na = 2",
    "[t]\nx=1\n[t]\ny=2",
    "a = [1, 2",
    'a = "unterminated',
    "a = 1979-13-01",
    "a = 0x",
    "key with space = 1",
    "a = {x = 1,}",
    "a.b = 1\na = 2",
    "[[arr]]\n[arr]",
    "a = tru",
    "a = 1 b = 2",
    "\n\n  = 3",
    'a = "bad \\q escape"',
    "a = 01",
    "a = +nan\nb = nan\nc = -0.0",
]
for doc in broken:
    try:
        res = tomllib.loads(doc)
        print(repr(doc), "->", res)
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "-> TOMLDecodeError:", e)
print(issubclass(tomllib.TOMLDecodeError, ValueError))
