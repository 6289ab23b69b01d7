# argparse after the rewrite: parsing rules, namespaces, defaults and error messages
import argparse
import contextlib
import io
import os
import tempfile


def attempt(p, argv, known=False, intermixed=False):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            if intermixed:
                fn = p.parse_known_intermixed_args if known else p.parse_intermixed_args
            else:
                fn = p.parse_known_args if known else p.parse_args
            print(argv, '->', fn(argv))
        except SystemExit as e:
            print(argv, '-> exit', e.code)
        except Exception as e:
            print(argv, '->', type(e).__name__, e)
    if err.getvalue():
        print('stderr:', err.getvalue().replace('\n', '|'))


def build_error(fn):
    try:
        r = fn()
        print('ok', r if not isinstance(r, argparse.Action) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


p = argparse.ArgumentParser(prog='prog')
p.add_argument('pos')
p.add_argument('opt', nargs='?', default='d')
p.add_argument('-x', type=int, default='7')
p.add_argument('-y', action='store_true')
p.add_argument('-z', action='store_const', const='Z')
p.add_argument('--long-name', dest='ln')
p.add_argument('--list', nargs='+', type=float)
p.add_argument('--app', action='append', default=[])
p.add_argument('--ext', action='extend', nargs='*')
p.add_argument('--cnt', '-c', action='count')
p.add_argument('--choice', choices=('a', 'b'))
p.add_argument('--no', action='store_false')
for argv in ([], ['a'], ['a', 'b', 'c'], ['a', '-x', '3'], ['a', '-x3'], ['-x=5', 'a'],
             ['a', '-x', 'bad'], ['a', '-yz'], ['a', '-yzx'], ['a', '-yx4'], ['a', '-cc', '-c'],
             ['a', '--long', 'v'], ['a', '--long=v'], ['a', '--lo=v'], ['a', '--l', 'v'],
             ['a', '--list', '1', '2.5', '--', 'b'], ['a', '--list'], ['a', '--app', '1', '--app', '2'],
             ['a', '--ext', '1', '2', '--ext'], ['a', '--choice', 'c'], ['a', '--no', '--no'],
             ['--', '-a', '-b'], ['a', '--unknown', 'q'], ['a', '-y=1'], ['a', '-k'], ['-', '--'],
             ['a', '--choice=a', '--choice', 'b'], ['a', '-x', '-1'], ['a', '-1'], ['a', 'b', '--', '--']):
    attempt(p, argv)
    attempt(p, argv, known=True)

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-1', dest='one', action='store_true')
neg.add_argument('n', nargs='?')
for argv in (['-1'], ['-2'], ['--', '-2'], ['-1', '5']):
    attempt(neg, argv)

pos = argparse.ArgumentParser(prog='pos')
pos.add_argument('a', nargs=2)
pos.add_argument('b', nargs='*')
pos.add_argument('c', nargs='+')
pos.add_argument('--f', nargs='?', const='C', default='D')
for argv in (['1', '2', '3'], ['1', '2', '3', '4', '5'], ['1'], ['1', '2'], ['1', '2', '--f', '3'],
             ['--f', '1', '2', '3'], ['1', '--f', '2', '3'], ['1', '2', '3', '--f']):
    attempt(pos, argv)

rem = argparse.ArgumentParser(prog='rem')
rem.add_argument('cmd')
rem.add_argument('args', nargs=argparse.REMAINDER)
rem.add_argument('--v', action='store_true')
for argv in (['run', '-x', '--v', 'y'], ['--v', 'run'], ['run']):
    attempt(rem, argv)

mx = argparse.ArgumentParser(prog='mx')
g = mx.add_mutually_exclusive_group(required=True)
g.add_argument('--a', action='store_true')
g.add_argument('--b', default='bd')
g.add_argument('--c', help=argparse.SUPPRESS)
for argv in ([], ['--a'], ['--a', '--b', 'x'], ['--b', 'x', '--a'], ['--b', 'bd', '--a'], ['--c', '1']):
    attempt(mx, argv)

req = argparse.ArgumentParser(prog='req')
req.add_argument('--must', required=True)
req.add_argument('p1')
req.add_argument('p2', nargs='+', metavar='P')
req.add_argument('p3', choices=['u', 'v'])
attempt(req, [])
attempt(req, ['x', 'y', 'u'])

sub = argparse.ArgumentParser(prog='main')
sub.add_argument('--top', default='T')
sp = sub.add_subparsers(dest='cmd', required=True)
a = sp.add_parser('add', aliases=['a'])
a.add_argument('n', type=int)
a.add_argument('--top', default='sub-top')
b = sp.add_parser('rm')
b.add_argument('-f', action='store_true')
b.set_defaults(func='remove')
for argv in (['add', '3'], ['a', '4'], ['rm', '-f'], ['rm', '-g'], [], ['zz'], ['add'], ['add', 'x'],
             ['--top', 'q', 'rm']):
    attempt(sub, argv)
    attempt(sub, argv, known=True)

im = argparse.ArgumentParser(prog='im')
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
for argv in (['doit', '1', '--foo', 'bar', '2', '3'], ['--foo', 'x', 'c'], ['c', '--zz', '1']):
    attempt(im, argv, intermixed=True)
    attempt(im, argv, known=True, intermixed=True)
bad_im = argparse.ArgumentParser(prog='bim')
bad_im.add_argument('r', nargs='...')
attempt(bad_im, ['x'], intermixed=True)

noabbr = argparse.ArgumentParser(prog='na', allow_abbrev=False)
noabbr.add_argument('--verbose', action='store_true')
noabbr.add_argument('--verbosity')
attempt(noabbr, ['--verb'])
abbr = argparse.ArgumentParser(prog='ab')
abbr.add_argument('--verbose', action='store_true')
abbr.add_argument('--verbosity')
attempt(abbr, ['--verb'])
attempt(abbr, ['--verbo=2'])
attempt(abbr, ['--verbos'])

noexit = argparse.ArgumentParser(prog='ne', exit_on_error=False)
noexit.add_argument('--n', type=int)
noexit.add_argument('--c', choices=['x'])
for argv in (['--n', 'q'], ['--c', 'y'], ['--n']):
    try:
        noexit.parse_args(argv)
    except argparse.ArgumentError as e:
        print('ArgumentError', e, '|', e.argument_name, '|', e.message)


def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v


tp = argparse.ArgumentParser(prog='tp')
tp.add_argument('--p', type=positive)
tp.add_argument('--f', type=argparse.FileType('r'))
attempt(tp, ['--p', '-3'])
attempt(tp, ['--p', '0'])
attempt(tp, ['--f', '/nonexistent/file/x'])

d = tempfile.mkdtemp()
argfile = os.path.join(d, 'args.txt')
with open(argfile, 'w') as f:
    f.write('--x\n5\npos1\n')
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('--x', type=int)
ff.add_argument('p')
print(ff.parse_args(['@' + argfile]))
attempt(ff, ['@no_such_rw_args_file.txt'])
os.remove(argfile)
os.rmdir(d)

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='S')
pg = parent.add_argument_group('grp')
pg.add_argument('--in-group')
pm = parent.add_mutually_exclusive_group()
pm.add_argument('--m1')
pm.add_argument('--m2')
parent.set_defaults(extra=42)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('--own')
attempt(child, ['--shared', 'x', '--m1', '1'])
attempt(child, ['--m1', '1', '--m2', '2'])
print(child.get_default('shared'), child.get_default('extra'), child.get_default('nothing'))
child.set_defaults(shared='new', other=1)
print(child.parse_args([]))

cr = argparse.ArgumentParser(prog='cr', conflict_handler='resolve')
cr.add_argument('-f', '--foo', help='old')
cr.add_argument('--foo', help='new')
print(cr.format_help())
ce = argparse.ArgumentParser(prog='ce')
ce.add_argument('-f', '--foo')
build_error(lambda: ce.add_argument('--foo'))
build_error(lambda: ce.add_argument('-f', '--foo'))
build_error(lambda: ce.add_argument('x', dest='y'))
build_error(lambda: ce.add_argument('x', required=True))
build_error(lambda: ce.add_argument('--s', nargs=0))
build_error(lambda: ce.add_argument('--s', action='append', nargs=0))
build_error(lambda: ce.add_argument('--s', const=1))
build_error(lambda: ce.add_argument('--s', action='nope'))
build_error(lambda: ce.add_argument('--s', type='int'))
build_error(lambda: ce.add_argument('--s', type=argparse.FileType))
build_error(lambda: ce.add_argument('--s', nargs=2, metavar=('A', 'B', 'C')))
build_error(lambda: ce.add_argument('--s', nargs='x'))
build_error(lambda: ce.add_argument('--', dest=None))
build_error(lambda: ce.add_argument('-'))
build_error(lambda: ce.add_argument('--t', 'u'))
build_error(lambda: ce.add_mutually_exclusive_group().add_argument('--r', required=True))
build_error(lambda: argparse.ArgumentParser(conflict_handler='bogus'))
build_error(lambda: ce.add_argument('--ok', nargs=1, action='store'))
ss = argparse.ArgumentParser(prog='ss')
ss.add_subparsers()
attempt(ss, [])
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        ss.add_subparsers()
    except SystemExit as e:
        print('exit', e.code)
print(repr(err.getvalue()))
spp = argparse.ArgumentParser(prog='spp').add_subparsers()
spp.add_parser('dup')
build_error(lambda: spp.add_parser('dup'))
build_error(lambda: spp.add_parser('new', aliases=['dup']))

ns = argparse.Namespace(a=1)
print(ns, 'a' in ns, 'b' in ns, ns == argparse.Namespace(a=1), ns != argparse.Namespace(a=2),
      ns == 1, vars(ns))
e = argparse.ArgumentError(None, 'plain message')
print(str(e), e.argument_name)
act = argparse.Action(['-a', '--all'], 'all', nargs='?', help='h')
print(act, act.format_usage())
boo = argparse.BooleanOptionalAction(['--feature', '-F'], 'feature')
print(boo.option_strings, boo.format_usage(), boo.nargs)
bp = argparse.ArgumentParser(prog='bp')
bp.add_argument('--feature', action=argparse.BooleanOptionalAction)
for argv in ([], ['--feature'], ['--no-feature'], ['--no-f']):
    attempt(bp, argv)
try:
    act(None, None, None)
except NotImplementedError as e:
    print('NotImplementedError', e)
ex = argparse.ArgumentParser(prog='ex')
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        ex.exit(3, 'bye\n')
    except SystemExit as e:
        print('exit', e.code)
    try:
        ex.error('custom failure')
    except SystemExit as e:
        print('exit', e.code)
print(repr(err.getvalue()))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.PARSER, argparse.REMAINDER)
print(sorted(argparse.__all__))
