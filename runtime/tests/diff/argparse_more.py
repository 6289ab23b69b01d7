# argparse: subparsers, groups, mutually exclusive groups, formatters, usage wrapping, errors
import argparse
import io
import sys


def run(parser, args, known=False):
    out, err = io.StringIO(), io.StringIO()
    old_out, old_err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_known_args(args) if known else parser.parse_args(args)
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


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# subcommands
git = argparse.ArgumentParser(prog='git', description='A tiny VCS.')
git.add_argument('--git-dir', metavar='DIR')
sub = git.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
pu = sub.add_parser('push', help='update remote', aliases=['ps'])
pu.add_argument('remote', nargs='?', default='origin')
pu.add_argument('branch', nargs='*')
st = sub.add_parser('status')
st.set_defaults(func='status-func')
print(git.format_help(), end='')
print(c.format_help(), end='')
run(git, ['commit', '-m', 'msg'])
run(git, ['--git-dir', '/x', 'push', 'up', 'main', 'dev'])
run(git, ['ps'])
run(git, ['status'])
run(git, [])
run(git, ['commit'])
run(git, ['frobnicate'])
run(git, ['commit', '-m', 'x', '--bogus'])
run(git, ['push', '-h'])
run(git, ['commit', '-m', 'x', 'extra'], known=True)

req = argparse.ArgumentParser(prog='req')
rs = req.add_subparsers(title='commands', description='pick one', required=True, metavar='CMD')
rs.add_parser('a', help='do a')
rs.add_parser('b', help='do b')
print(req.format_help(), end='')
run(req, [])
run(req, ['b'])
req2 = argparse.ArgumentParser(prog='req2')
req2.add_subparsers(required=True).add_parser('only')
run(req2, [])

# mutually exclusive groups
m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group()
g.add_argument('-q', '--quiet', action='store_true')
g.add_argument('-v', '--verbose', action='store_true')
g2 = m.add_mutually_exclusive_group(required=True)
g2.add_argument('--json', action='store_true')
g2.add_argument('--xml', action='store_true')
g2.add_argument('--fmt')
print(m.format_help(), end='')
run(m, ['--json'])
run(m, ['-q', '--xml'])
run(m, ['-q', '-v', '--json'])
run(m, ['--json', '--fmt', 'y'])
run(m, [])
show('mx-required', lambda: g.add_argument('--r', required=True))

# argument groups and formatters
f = argparse.ArgumentParser(prog='fmt', formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            description='Line one.\n   Line two, with   spaces.')
grp = f.add_argument_group('network', 'Network options go here.')
grp.add_argument('--host', default='localhost', help='the host')
grp.add_argument('--port', type=int, default=8080, help='the port')
f.add_argument('--retries', type=int, default=3, help='how many retries')
f.add_argument('files', nargs='*', default=['a.txt'], help='input files')
f.add_argument('--secret', help=argparse.SUPPRESS)
f.add_argument('--debug', action=argparse.BooleanOptionalAction, default=False, help='debugging')
print(f.format_help(), end='')
run(f, ['--no-debug', '--host', 'h', 'x', 'y'])
run(f, ['--debug', '--secret', 's'])
raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter,
                              description='keep\n  this   layout', epilog='epi\n  log')
raw.add_argument('--opt', help='line 1\n  line 2')
print(raw.format_help(), end='')
rd = argparse.ArgumentParser(prog='rd', formatter_class=argparse.RawDescriptionHelpFormatter,
                             description='keep\n  this   layout')
rd.add_argument('--opt', help='collapsed\n  help   text')
print(rd.format_help(), end='')

# long usage lines wrap like CPython's
w = argparse.ArgumentParser(prog='wrapper-program-name')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']:
    w.add_argument('--' + name, metavar=name.upper() + '_VALUE', help='the %s option which has a rather long help text that must be wrapped over several lines' % name)
w.add_argument('--required-thing', required=True)
w.add_argument('inputs', nargs='+')
w.add_argument('output')
print(w.format_help(), end='')
run(w, ['x'])
lp = argparse.ArgumentParser(prog='a-very-long-program-name-that-takes-up-most-of-the-available-width')
lp.add_argument('--first-option', metavar='FIRST')
lp.add_argument('--second-option', metavar='SECOND')
lp.add_argument('positional')
print(lp.format_usage(), end='')
np = argparse.ArgumentParser(prog='onlypos', add_help=False)
for i in range(12):
    np.add_argument('positional_%d' % i)
print(np.format_usage(), end='')
e = argparse.ArgumentParser(prog='empty', add_help=False, usage='%(prog)s [custom usage]')
print(e.format_help(), end='')
run(e, ['x'])

# definition errors
d = argparse.ArgumentParser(prog='d')
d.add_argument('--dup')
show('conflict', lambda: d.add_argument('--dup'))
show('bad-option', lambda: d.add_argument('x', 'y'))
show('bad-option2', lambda: d.add_argument('--ok', 'bad'))
show('dest-twice', lambda: d.add_argument('pos', dest='p'))
show('req-positional', lambda: d.add_argument('pos', required=True))
show('nargs0', lambda: d.add_argument('--z', nargs=0))
show('const-nargs', lambda: d.add_argument('--c', const=1))
show('unknown-action', lambda: d.add_argument('--u', action='frob'))
show('type-not-callable', lambda: d.add_argument('--t', type='int'))
show('metavar-tuple', lambda: d.add_argument('--mt', nargs=2, metavar=('A',)))
show('append-nargs0', lambda: d.add_argument('--ap', action='append', nargs=0))
show('filetype-class', lambda: d.add_argument('--ft', type=argparse.FileType))
show('no-dest', lambda: d.add_argument('-'))
r = argparse.ArgumentParser(prog='r', conflict_handler='resolve')
r.add_argument('-a', '--all', help='old')
r.add_argument('--all', help='new')
print(r.format_help(), end='')

# custom types, exit_on_error=False, parents, defaults
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return v


t = argparse.ArgumentParser(prog='t', exit_on_error=False)
t.add_argument('--n', type=even)
t.add_argument('--i', type=int, default='7')
print(t.parse_args(['--n', '4']))
for args in [['--n', '3'], ['--i', 'x'], ['--n']]:
    try:
        t.parse_args(args)
    except argparse.ArgumentError as exc:
        print('ArgumentError', exc, '|', exc.argument_name, '|', exc.message)
run(t, ['stray'])
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
parent.set_defaults(extra=1)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('own')
run(child, ['o'])
print(child.format_help(), end='')
child.set_defaults(own='dflt', other=2)
print(child.get_default('own'), child.get_default('other'), child.get_default('missing'))
ext = argparse.ArgumentParser(prog='ext')
ext.add_argument('--item', action='extend', nargs='+', type=int)
ext.add_argument('--abc', action='store_true')
ext.add_argument('--abd', action='store_true')
ext.add_argument('-a', action='store_true')
ext.add_argument('-b', action='store_true')
ext.add_argument('-c', type=int)
run(ext, ['--item', '1', '2', '--item', '3'])
run(ext, ['--ab'])
run(ext, ['-abc5'])
run(ext, ['-ab', '-c', '7'])
run(ext, ['-ax'])
noab = argparse.ArgumentParser(prog='noab', allow_abbrev=False)
noab.add_argument('--long')
run(noab, ['--lo', 'x'])
pc = argparse.ArgumentParser(prog='pc', prefix_chars='+')
pc.add_argument('+f', '++foo')
print(pc.format_help(), end='')
run(pc, ['+f', '1'])
print(argparse.FileType('w'), argparse.FileType('rb', encoding='utf-8'))
