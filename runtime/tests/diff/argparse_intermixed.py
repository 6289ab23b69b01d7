# argparse: intermixed parsing, help expansions, exit/error, nargs with -- markers
import argparse, io, sys
def run(f):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        r = f()
    except SystemExit as e:
        sys.stdout, sys.stderr = old
        print('exit', e.code, out.getvalue(), err.getvalue(), end='')
        return
    except Exception as e:
        sys.stdout, sys.stderr = old
        print(type(e).__name__, e)
        return
    finally:
        sys.stdout, sys.stderr = old
    print(r)
p = argparse.ArgumentParser(prog='im')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
run(lambda: p.parse_args('doit 1 --foo bar 2 3'.split()))
run(lambda: p.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
run(lambda: p.parse_known_intermixed_args('doit 1 --foo bar 2 --zz 3'.split()))
run(lambda: p.parse_intermixed_args([]))
run(lambda: p.parse_intermixed_args(['--foo']))
q = argparse.ArgumentParser(prog='q')
q.add_argument('x', nargs='...')
run(lambda: q.parse_intermixed_args([]))
r = argparse.ArgumentParser(prog='r')
r.add_argument('--req', required=True)
r.add_argument('a')
r.add_argument('b', nargs='?')
run(lambda: r.parse_intermixed_args(['x', '--req', '1', 'y']))
run(lambda: r.parse_intermixed_args(['x']))
# positional metavars, dest SUPPRESS, help suppress on positional, version default
s = argparse.ArgumentParser(prog='s', description='%(prog)s does things', usage=None)
s.add_argument('infile', metavar='IN', help='input %(metavar)s of %(prog)s')
s.add_argument('hidden', nargs='?', help=argparse.SUPPRESS)
s.add_argument('--level', type=int, choices=range(1, 4), help='level in %(choices)s, type %(type)s')
s.add_argument('--x', dest=argparse.SUPPRESS, default=argparse.SUPPRESS)
print(s.format_help())
run(lambda: s.parse_args(['a', '--level', '5']))
run(lambda: s.parse_args(['a', 'b', '--level', '2']))
run(lambda: s.parse_args(['a', '--level', 'x']))
s.print_usage()
run(lambda: s.exit(3, 'bye\n'))
run(lambda: s.error('custom problem'))
t = argparse.ArgumentParser(prog='t')
t.add_argument('-n', type=int, nargs='?', const=1, default=0)
t.add_argument('pos', nargs=2)
run(lambda: t.parse_args(['-n', 'a', 'b']))
run(lambda: t.parse_args(['a', 'b', '-n']))
run(lambda: t.parse_args(['a']))
run(lambda: t.parse_args(['-n', '3', 'a', 'b']))
run(lambda: t.parse_args(['--', '-a', '-b']))
run(lambda: t.parse_args(['a', '--', 'b']))
