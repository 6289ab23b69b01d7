# argparse: random parsers (positional nargs mixes, options, abbreviations, --) against CPython
import argparse, io, sys, random
r = random.Random(7)
NARGS = [None, '?', '*', '+', 1, 2]
results = []
def attempt(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        res = repr(parser.parse_known_args(argv))
    except SystemExit as e:
        res = 'exit %s %s' % (e.code, err.getvalue().splitlines()[-1] if err.getvalue() else '')
    except Exception as e:
        res = '%s %s' % (type(e).__name__, e)
    finally:
        sys.stdout, sys.stderr = old
    return res
for case in range(int(sys.argv[1]) if len(sys.argv) > 1 else 300):
    p = argparse.ArgumentParser(prog='f', add_help=False)
    npos = r.randint(0, 3)
    for i in range(npos):
        kw = {'nargs': r.choice(NARGS)}
        if kw['nargs'] in ('?', '*') and r.random() < 0.5:
            kw['default'] = 'D%d' % i
        p.add_argument('p%d' % i, **kw)
    opts = []
    for i in range(r.randint(0, 3)):
        name = r.choice(['-a', '-b', '--alpha', '--beta', '--al', '-c'])
        if name in opts:
            continue
        opts.append(name)
        kind = r.choice(['store', 'store_true', 'append', 'count', 'nargs'])
        if kind == 'nargs':
            p.add_argument(name, nargs=r.choice(NARGS))
        elif kind in ('store', 'append'):
            p.add_argument(name, action=kind)
        else:
            p.add_argument(name, action=kind)
    tokens = ['x', 'y', 'z', '--', '-1'] + opts + [o + '=v' for o in opts if o.startswith('--')] + ['-ab', '--alp', '-q']
    usage = p.format_usage()
    for k in range(4):
        argv = [r.choice(tokens) for _ in range(r.randint(0, 6))]
        results.append('%d %s %s -> %s' % (case, usage.strip(), argv, attempt(p, argv)))
def checksum(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % (2 ** 61 - 1)
    return h


# The full listing would overflow the test pipe: a checksum and a sample.
print(len(results), checksum("\n".join(results)))
for line in results[::40]:
    print(line)
