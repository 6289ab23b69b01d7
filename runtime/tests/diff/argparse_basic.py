# argparse: parsing, help output, usage and error messages
import argparse
import io
import sys


def run(parser, args):
    """Parses args; prints the namespace, or what went to stdout/stderr and the exit status."""
    out, err = io.StringIO(), io.StringIO()
    old_out, old_err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        sys.stdout, sys.stderr = old_out, old_err
        print('exit', e.code)
        if out.getvalue():
            print('stdout:', out.getvalue(), end='')
        if err.getvalue():
            print('stderr:', err.getvalue(), end='')
        return None
    finally:
        sys.stdout, sys.stderr = old_out, old_err
    print(result)
    return result


p = argparse.ArgumentParser(prog='prog', description='Process some integers.', epilog='And that is all.')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max,
               help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('--name', default='world', help='who to greet (default: %(default)s)')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='speed: %(choices)s')
p.add_argument('-x', type=float, help='a float')
p.add_argument('--flag', action='store_true')
p.add_argument('--no-cache', action='store_false', dest='cache')
p.add_argument('--tag', action='append', help='repeatable tag')
p.add_argument('--const', action='append_const', const=42)
p.add_argument('--version', action='version', version='%(prog)s 2.0')
print(p.format_usage(), end='')
print(p.format_help(), end='')
r = run(p, ['1', '2', '3'])
print(r.accumulate(r.integers))
r = run(p, ['1', '2', '--sum', '-vv', '--verbose'])
print(r.accumulate(r.integers))
run(p, ['5', '--name=Ann', '--mode', 'slow', '-x', '-2.5', '--flag', '--no-cache', '--tag', 'a', '--tag=b', '--const'])
run(p, ['5', '-x3', '-vvv', '--na', 'abbrev'])
run(p, [])
run(p, ['a'])
run(p, ['1', '--mode', 'medium'])
run(p, ['1', '-x', 'nan?'])
run(p, ['1', '--name'])
run(p, ['1', '--bogus', 'zz'])
run(p, ['1', '--flag=yes'])
run(p, ['1', '--', '-5'])
run(p, ['-h'])
run(p, ['--version'])
run(p, ['1', '--n', 'x'])

q = argparse.ArgumentParser(prog='q')
q.add_argument('src')
q.add_argument('dst', nargs='?', default='out.txt')
q.add_argument('rest', nargs='*')
q.add_argument('--pair', nargs=2, metavar=('K', 'V'))
q.add_argument('--three', nargs=3, type=int)
q.add_argument('--opt', nargs='?', const='C', default='D')
q.add_argument('--many', nargs='*')
q.add_argument('--some', nargs='+')
print(q.format_help(), end='')
run(q, ['a'])
run(q, ['a', 'b', 'c', 'd'])
run(q, ['a', '--pair', 'k', 'v', '--opt', '--three', '1', '2', '3'])
run(q, ['a', '--opt', 'val', '--many', '--some', 'x', 'y'])
run(q, ['a', '--pair', 'k'])
run(q, ['a', '--three', '1', 'x', '3'])
run(q, ['a', '--some'])
run(q, ['--many', 'x', 'y'])
run(q, ['a', '-1'])
run(q, ['a', 'b', '--many', 'm1', '--', 'c', '--d'])

# negative-number-looking options
n = argparse.ArgumentParser(prog='neg')
n.add_argument('-1', dest='one', action='store_true')
n.add_argument('foo', nargs='?')
run(n, ['-1'])
run(n, ['-2'])

# parse_known_args and namespaces
k = argparse.ArgumentParser(prog='k')
k.add_argument('--a', type=int, default=1)
print(k.parse_known_args(['--a', '5', '--b', 'x', 'y']))
print(k.parse_known_args(['y', '--a=2']))
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(b='x', a=1), 'a' in ns, vars(ns), argparse.Namespace(**{'a-b': 1}))
print(k.parse_args(['--a', '3'], namespace=argparse.Namespace(z=9)))
a = p._actions[1]
print(a)
print(repr(p))
