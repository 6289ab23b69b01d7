# argparse: default prog, single-dash long options, choices, subcommand dispatch, @files, FileType, help layout
import argparse, io, sys, os
def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        r = parser.parse_args(args)
    except SystemExit as e:
        sys.stdout, sys.stderr = old
        print('exit', e.code)
        if out.getvalue(): print('stdout:', out.getvalue(), end='')
        if err.getvalue(): print('stderr:', err.getvalue(), end='')
        return
    finally:
        sys.stdout, sys.stderr = old
    print(r)
    return r
p = argparse.ArgumentParser()
print(p.prog, p.format_usage(), end='')
p.add_argument('-foo', help='single-dash long option 100%% sure')
p.add_argument('-f', action='store_true')
p.add_argument('--foobar', type=str.upper)
run(p, ['-foo', 'x'])
run(p, ['-fo', 'y'])
run(p, ['-f'])
run(p, ['-fx'])
run(p, ['--foob=q'])
run(p, ['--foobar', 'z', '-foo=w'])
print(p.format_help(), end='')
# choices with type conversion and defaults
c = argparse.ArgumentParser(prog='c')
c.add_argument('n', type=int, choices=[1, 2, 3], nargs='?', default=2)
c.add_argument('--m', type=int, choices=range(5), default='3')
c.add_argument('--c', choices='abc')
run(c, [])
run(c, ['3', '--m', '4', '--c', 'b'])
run(c, ['4'])
run(c, ['--c', 'ab'])
run(c, ['x'])
# subcommands with set_defaults(func) and groups inside subparsers
def cmd_add(ns): return 'add %s' % ns.x
def cmd_rm(ns): return 'rm %s' % ns.force
top = argparse.ArgumentParser(prog='tool')
subs = top.add_subparsers(title='commands', dest='cmd', metavar='<command>', help='what to do')
a = subs.add_parser('add', help='add a thing', description='Add things.')
a.add_argument('x', type=int)
ga = a.add_argument_group('extra', 'Extra options.')
ga.add_argument('--deep', action='store_true')
a.set_defaults(func='cmd_add')
r = subs.add_parser('remove', aliases=['rm'], help='remove things')
r.add_argument('--force', '-F', action='count', default=0)
r.set_defaults(func='cmd_rm')
print(top.format_help(), end='')
print(a.format_help(), end='')
for args in [['add', '5'], ['rm', '-FF'], ['remove'], ['add'], ['add', 'x'], ['nope'], []]:
    ns = run(top, args)
    if ns is not None and hasattr(ns, 'func'):
        print(globals()[ns.func](ns))
try:
    subs.add_parser('add')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    top.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
# fromfile and FileType
with open('_ap_args.txt', 'w') as fh:
    fh.write('--name\nfromfile\npos1\n')
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('--name')
ff.add_argument('pos')
ff.add_argument('--input', type=argparse.FileType('r'))
run(ff, ['@_ap_args.txt'])
ns = run(ff, ['p', '--input', '_ap_args.txt'])
print(ns.input.read().split(), ns.input.name)
ns.input.close()
run(ff, ['p', '--input', '_no_such_file.txt'])
run(ff, ['@_no_such_file.txt'])
os.remove('_ap_args.txt')
# required options, metavar tuples, long help positions
h = argparse.ArgumentParser(prog='h', description='  Leading   spaces and\n\nparagraphs collapse. ' * 3)
h.add_argument('--point', nargs=2, metavar=('X', 'Y'), type=float, required=True, help='a point')
h.add_argument('--an-extremely-long-option-name-here', help='short')
h.add_argument('-s', '--size', choices=['small', 'medium', 'large'], default='medium', help='pick a size from %(choices)s; default %(default)s')
h.add_argument('items', nargs='*', metavar='ITEM', help='')
h.add_argument('--empty-help', help='')
print(h.format_help(), end='')
run(h, ['--point', '1', '2.5'])
run(h, ['--point', '1'])
run(h, [])
print(h)
print(h._actions[1])
