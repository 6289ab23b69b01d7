import configparser
import textwrap
import string

ini = """
[DEFAULT]
base = /srv
debug = no

[server]
host = example.org
port = 8080
path = %(base)s/www
timeout = 2.5

[client]
retries = 3
debug = yes
; comment
# another
name = Client One
"""
cp = configparser.ConfigParser()
cp.read_string(ini)
print(cp.sections())
print(cp.get("server", "path"))
print(cp.getint("server", "port") + 1, cp.getfloat("server", "timeout") * 2)
print(cp.getboolean("server", "debug"), cp.getboolean("client", "debug"))
print(sorted(cp["client"].keys()))
print(cp["client"].get("missing", "fallback"), cp.get("client", "nope", fallback=None))
print("server" in cp, "nope" in cp, cp.has_option("client", "base"))
try:
    cp.get("server", "missing")
except configparser.NoOptionError as e:
    print("NoOptionError:", e)
try:
    cp.get("nosect", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
for w in (20, 35):
    print(textwrap.fill(text, width=w))
    print("-" * w)
print(textwrap.wrap("short", 10), textwrap.wrap("", 10))
print(textwrap.shorten(text, width=40))
print(textwrap.shorten("Hello   world  again", width=12, placeholder="..."))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb\n\nc", "+ ", lambda ln: True))
print(repr(textwrap.dedent("""
    def f():
        return 1
    """)))
print(textwrap.fill("one two three four five six", width=12, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))

print(string.ascii_lowercase[:5], string.digits, string.punctuation[:10])
print(string.capwords("hello   big  world"), string.capwords("a-b c-d", "-"))
tpl = string.Template("$who likes ${what}s, costs $$5")
print(tpl.substitute(who="Tim", what="apple"))
print(tpl.safe_substitute(who="Ann"))
try:
    tpl.substitute(who="x")
except KeyError as e:
    print("KeyError:", repr(e))
fmt = string.Formatter()
print(fmt.format("{0}-{name:>5}-{1:.2f}", "a", 3.14159, name="nm"))
print(list(fmt.parse("a{0}b{x!r:>3}c")))
