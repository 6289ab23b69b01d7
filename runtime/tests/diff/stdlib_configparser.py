"""Differential test: configparser reading, lookups, interpolation, errors and writing."""
import configparser, io
text = """
# comment
[DEFAULT]
base = /srv
debug = no

[server]
Host = example.com
port: 8080
path = %(base)s/www
ratio = 0.75
enabled = Yes
multi = line one
   line two

   line three
; another comment
[client]
timeout=30
pct = 100%%
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.options('server'), cp.has_section('server'), cp.has_section('DEFAULT'), cp.has_option('server', 'HOST'), cp.has_option('client', 'base'), cp.has_option('nope', 'x'))
print(cp.get('server', 'host'), cp.getint('server', 'port'), cp.getfloat('server', 'ratio'), cp.getboolean('server', 'enabled'), cp.getboolean('server', 'debug'))
print(repr(cp.get('server', 'path')), repr(cp.get('server', 'path', raw=True)), repr(cp.get('server', 'multi')), cp.get('client', 'pct'))
print(cp.get('server', 'missing', fallback='fb'), cp.getint('client', 'nope', fallback=7), cp.get('nosect', 'x', fallback=None))
print(cp.items('client'), cp.items('client', raw=True), dict(cp.defaults()))
print(cp['server']['port'], cp['server'].getint('port'), cp['server'].get('zzz', 'dflt'), 'host' in cp['server'], 'server' in cp, list(cp), len(cp))
print(list(cp['client']), dict(cp['client']), cp['client'].name, repr(cp['client']), cp['DEFAULT']['base'])
print(cp.get('server', 'path', vars={'base': '/opt'}))
for fn, args in [(cp.get, ('nope', 'x')), (cp.get, ('server', 'nope')), (cp.getint, ('server', 'host')), (cp.getboolean, ('server', 'host')), (cp.add_section, ('server',)), (cp.add_section, ('DEFAULT',)), (cp.set, ('server', 'x', 5)), (cp.set, ('nope', 'x', 'y')), (cp.set, ('server', 'x', '50%'))]:
    try: fn(*args); print('no error')
    except Exception as e: print(type(e).__name__, e)
try: cp['nope']
except KeyError as e: print('KeyError', e)
bad = [
    ("x = 1\n[s]\n", {}),
    ("[s]\na = 1\na = 2\n", {}),
    ("[s]\n[s]\n", {}),
    ("[s]\njunk line\nk = v\nmore junk\n", {}),
    ("[s]\na = %(b)s\n", {'get': ('s', 'a')}),
    ("[s]\na = %(a)s\n", {'get': ('s', 'a')}),
    ("[s]\na = 5%\n", {'get': ('s', 'a')}),
]
for t, opt in bad:
    c = configparser.ConfigParser()
    try:
        c.read_string(t)
        if 'get' in opt: c.get(*opt['get'])
        print('no error')
    except configparser.Error as e:
        print(type(e).__name__, '|', e, '|', isinstance(e, configparser.Error))
c = configparser.ConfigParser(strict=False); c.read_string("[s]\na = 1\na = 2\n[s]\nb=3\n"); print(dict(c['s']))
c = configparser.ConfigParser(allow_no_value=True); c.read_string("[s]\nflag\nk = v\n"); print(c.get('s', 'flag'), c.items('s'))
c = configparser.ConfigParser(inline_comment_prefixes=('#', ';')); c.read_string("[s]\nk = v # c\nu = a#b\n"); print(c.items('s'))
c = configparser.RawConfigParser(); c.read_string("[s]\np = %(x)s 100%\n"); print(c.get('s', 'p'))
c.set('s', 'num', 5); print(c.get('s', 'num'))
c = configparser.ConfigParser(interpolation=None); c.read_string("[s]\np = %(x)s\n"); print(c.get('s', 'p'))
c = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
c.read_string("[a]\nx = 1\ny = ${x}2\n[b]\nz = ${a:y}3 $$\n"); print(c.get('a', 'y'), c.get('b', 'z'))
c = configparser.ConfigParser(defaults={'d': '1'})
c.read_dict({'main': {'Key': 'val', 'n': 3, 'f': 1.5, 'b': True}, 'other': {}})
c['new'] = {'a': 'b'}
c['new']['c'] = 'd'
c.add_section('added'); c.set('added', 'opt', 'v\nsecond')
print(c.sections(), c.items('main'), c.remove_option('main', 'n'), c.remove_option('main', 'n'), c.remove_section('other'), c.remove_section('other'))
del c['new']['c']
out = io.StringIO(); c.write(out); print(out.getvalue())
out = io.StringIO(); c.write(out, space_around_delimiters=False); print(out.getvalue())
try: c.remove_option('nope', 'x')
except configparser.NoSectionError as e: print(type(e).__name__, e, e.section)
try: del c['DEFAULT']
except ValueError as e: print(type(e).__name__, e)
c2 = configparser.ConfigParser(); c2.optionxform = str; c2.read_string("[S]\nMixedCase = 1\n"); print(c2.options('S'))
import tempfile, os
d = tempfile.mkdtemp(); p = os.path.join(d, 'x.ini')
with open(p, 'w') as f: f.write("[f]\nk = v\n")
c3 = configparser.ConfigParser(); print([os.path.basename(x) for x in c3.read([p, os.path.join(d, 'missing.ini')])], c3['f']['k'])
with open(p) as f: c4 = configparser.ConfigParser(); c4.read_file(f); print(c4.sections())
os.remove(p); os.rmdir(d)
print(configparser.DEFAULTSECT, configparser.ConfigParser.BOOLEAN_STATES['on'], issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError))
