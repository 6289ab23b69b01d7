# argparse after the rewrite: help and usage layout for many parser shapes and formatters
import argparse
import contextlib
import io


def show(p):
    print(p.format_usage(), end='')
    print('-' * 20)
    print(p.format_help(), end='')
    print('=' * 40)


def build(width, formatter=argparse.HelpFormatter, **kw):
    cls = lambda prog: formatter(prog, width=width)
    p = argparse.ArgumentParser(prog='tool', description='A tool that does %(prog)s things. ' * 4,
                                epilog='See the manual for more; prog is %(prog)s.',
                                formatter_class=cls, **kw)
    p.add_argument('src', help='source file (default: %(default)s)')
    p.add_argument('dst', nargs='?', default='out.txt', help='destination, default %(default)r')
    p.add_argument('rest', nargs='*', metavar='ITEM', help='extra items')
    p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
    p.add_argument('-q', action='store_true', help=argparse.SUPPRESS)
    p.add_argument('--level', type=int, choices=[1, 2, 3], default=2,
                   help='level among %(choices)s of type %(type)s')
    p.add_argument('--name', metavar='NAME', required=True)
    p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'), help='a pair')
    p.add_argument('--many', nargs='+', help='one or more values given after the flag and a long '
                   'help text that has to wrap across several lines of output')
    p.add_argument('--opt', nargs='?', const='C', help='optional value')
    p.add_argument('--star', nargs='*', metavar=('A', 'B'))
    p.add_argument('--three', nargs=3)
    p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True, help='toggle')
    p.add_argument('--version', action='version', version='%(prog)s 1.0')
    g = p.add_argument_group('special', 'Options of the special group, described at length '
                             'so that the description needs wrapping.')
    g.add_argument('--alpha', action='append', help='repeatable')
    g.add_argument('--beta', action='append_const', const=1, dest='consts')
    g.add_argument('--a-very-long-option-name-indeed', dest='longopt', help='long one')
    m = p.add_mutually_exclusive_group()
    m.add_argument('--red', action='store_true')
    m.add_argument('--blue', action='store_true')
    r = p.add_mutually_exclusive_group(required=True)
    r.add_argument('--in', dest='inp')
    r.add_argument('--stdin', action='store_true')
    return p


for width in (40, 60, 100, 200):
    show(build(width))
for fmt in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter):
    show(build(70, fmt))

p = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument('count', type=int)
p.add_argument('--ratio', type=float, default=0.5)
show(p)

raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter,
                              description='line one\n  indented two\n\nafter blank')
raw.add_argument('--x', help='first\n   second  spaced\nthird')
show(raw)

p = argparse.ArgumentParser(prog='git', description='vcs')
p.add_argument('--git-dir')
sub = p.add_subparsers(title='commands', description='available commands', dest='cmd',
                       help='what to do', metavar='COMMAND')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('paths', nargs='*')
s = sub.add_parser('status', help='show state')
s.add_argument('--short', action='store_true')
sub.add_parser('hidden')
show(p)
show(c)
show(s)

p2 = argparse.ArgumentParser(prog='plain')
sp = p2.add_subparsers()
sp.add_parser('one', help='first')
sp.add_parser('two', help='second')
show(p2)

long = argparse.ArgumentParser(prog='a-program-with-a-really-really-long-name-for-testing',
                               formatter_class=lambda prog: argparse.HelpFormatter(prog, width=50))
for i in range(6):
    long.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
long.add_argument('positional_one')
long.add_argument('positional_two', nargs='+')
show(long)

wide = argparse.ArgumentParser(prog='w', formatter_class=lambda prog: argparse.HelpFormatter(
    prog, width=60, max_help_position=40, indent_increment=4))
wide.add_argument('--short', help='short help')
wide.add_argument('--a-fairly-long-option', metavar='X', help='long help ' * 8)
wide.add_argument('pos', choices=['x', 'y', 'z'], help='pick one')
wide.add_argument('--nohelp')
wide.add_argument('--empty', help='')
show(wide)

no_help = argparse.ArgumentParser(prog='nh', add_help=False, usage='%(prog)s [custom usage]')
no_help.add_argument('x')
show(no_help)
empty = argparse.ArgumentParser(prog='empty', add_help=False)
show(empty)

pp = argparse.ArgumentParser(prog='pp', prefix_chars='+/')
pp.add_argument('+f', '++foo', help='plus option')
pp.add_argument('/b', action='store_true')
show(pp)

mg = argparse.ArgumentParser(prog='mg')
grp = mg.add_mutually_exclusive_group()
grp.add_argument('--aa', help=argparse.SUPPRESS)
grp.add_argument('--bb')
grp.add_argument('pos', nargs='?')
show(mg)

out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        build(50).parse_args(['--version'])
    except SystemExit as e:
        print('exit', e.code)
print(out.getvalue(), end='')
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        build(50).parse_args(['-h'])
    except SystemExit as e:
        print('exit', e.code)
print(out.getvalue(), end='')
buf = io.StringIO()
build(50).print_usage(buf)
build(50).print_help(buf)
print(len(buf.getvalue()), buf.getvalue().count('\n'))
print(repr(argparse.ArgumentParser(prog='r', usage='u %(prog)s', description='d')))
print(repr(p2._actions[0]))
print(argparse.FileType('w', 1, encoding='utf-8'), argparse.FileType(), argparse.FileType('rb', errors='strict'))
print(argparse.Namespace(a=1, b='x', **{'not valid': 2}))
