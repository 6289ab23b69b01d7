"""unittest.main: the command-line front end (TestProgram, also known as main)."""

import sys
import argparse
import os

from . import loader, runner, util

__unittest = True


def _example_block(rows):
    # One example per row: the arguments, then the description in a fixed column;
    # further description lines hang under the first.
    lines = ['Examples:']
    for args, first, *more in rows:
        lines.append('  %(prog)s ' + args.ljust(26) + '- ' + first)
        lines.extend(' ' * 39 + extra for extra in more)
    return '\n'.join(lines) + '\n'


MAIN_EXAMPLES = _example_block([
    ('test_module', 'run tests from test_module'),
    ('module.TestClass', 'run tests from module.TestClass'),
    ('module.Class.test_method', 'run specified test method'),
    ('path/to/test_file.py', 'run tests from test_file.py'),
])

MODULE_EXAMPLES = _example_block([
    ('', 'run default set of tests'),
    ('MyTestSuite', "run suite 'MyTestSuite'"),
    ('MyTestCase.testSomething', 'run MyTestCase.testSomething'),
    ('MyTestCase', "run all 'test*' test methods", 'in MyTestCase'),
])


def _dotted_name(arg):
    """A command-line test name; an existing .py file becomes its module's dotted name."""
    if not (arg.lower().endswith('.py') and os.path.isfile(arg)):
        return arg
    if os.path.isabs(arg):
        relative = os.path.relpath(arg, os.getcwd())
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            # Outside the working directory there is no importable name for it.
            return arg
        arg = relative
    stem = os.path.normpath(arg)[:-3]
    return stem.replace('\\', '.').replace('/', '.')


def _as_glob(text):
    # -k foo means "names containing foo" unless a wildcard was given.
    return text if '*' in text else '*' + text + '*'


# Switches every parser has: (flags, dest, value stored, help).
_COMMON_SWITCHES = (
    (('-v', '--verbose'), 'verbosity', 2, 'Verbose output'),
    (('-q', '--quiet'), 'verbosity', 0, 'Quiet output'),
)

# Switches offered only when the caller left the setting open (None):
# (attribute, flags, help).
_OPEN_FLAGS = (
    ('failfast', ('-f', '--failfast'), 'Stop on first fail or error'),
    ('catchbreak', ('-c', '--catch'), 'Catch Ctrl-C and display results so far'),
    ('buffer', ('-b', '--buffer'), 'Buffer stdout and stderr during tests'),
)

_DISCOVERY_OPTIONS = (
    ('-s', '--start-directory', 'start', "Directory to start discovery ('.' default)"),
    ('-p', '--pattern', 'pattern', "Pattern to match tests ('test*.py' default)"),
    ('-t', '--top-level-directory', 'top',
     'Top level directory of project (defaults to start directory)'),
)


class TestProgram(object):
    """Finds the tests asked for (by module, names or discovery), runs them, exits."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discover_cli = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1,
                 failfast=None, catchbreak=None, buffer=None, warnings=None, *,
                 tb_locals=False):
        self.module = self._resolve_module(module)
        argv = sys.argv if argv is None else argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        self.tb_locals = tb_locals
        # Unless told otherwise (here or by -W), show warnings once per location.
        if warnings is None and not getattr(sys, 'warnoptions', None):
            warnings = 'default'
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner, self.testLoader = testRunner, testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    @staticmethod
    def _resolve_module(module):
        if not isinstance(module, str):
            return module
        found = __import__(module)
        for attr in module.split('.')[1:]:
            found = getattr(found, attr)
        return found

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        if self._discover_cli is None:
            self._build_parsers()
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        print(self._cli.format_help())
        if self.module is not None:
            print(MODULE_EXAMPLES % {'prog': self.progName})
            return
        print(MAIN_EXAMPLES % {'prog': self.progName})
        self._discover_cli.print_help()

    def parseArgs(self, argv):
        self._build_parsers()
        rest = argv[1:]
        if self.module is None:
            # Run as "python -m unittest": discovery when asked for or when no
            # test names are given.
            if rest and rest[0].lower() == 'discover':
                self._discover(rest[1:])
                return
            self._cli.parse_args(rest, self)
            if not self.tests:
                self._discover([])
                return
        else:
            self._cli.parse_args(rest, self)
        self.testNames = self._chosen_names()
        self.createTests()

    def _chosen_names(self):
        if self.tests:
            return [_dotted_name(name) for name in self.tests]
        wanted = self.defaultTest
        if wanted is None:
            return None
        return (wanted,) if isinstance(wanted, str) else list(wanted)

    def createTests(self, from_discovery=False, Loader=None):
        # -k patterns go onto the loader itself; a Loader class given for
        # discovery is instantiated bare and does not get them.
        given = self.testLoader
        patterns = self.testNamePatterns
        if patterns:
            given.testNamePatterns = patterns
        if from_discovery:
            finder = given if Loader is None else Loader()
            self.test = finder.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = given.loadTestsFromModule(self.module)
        else:
            self.test = given.loadTestsFromNames(self.testNames, self.module)


    def _build_parsers(self):
        shared = self._shared_parser()
        self._cli = self._names_parser(shared)
        self._discover_cli = self._discovery_parser(shared)

    def _shared_parser(self):
        parser = argparse.ArgumentParser(add_help=False)
        for flags, dest, value, text in _COMMON_SWITCHES:
            parser.add_argument(*flags, dest=dest, action='store_const',
                                const=value, help=text)
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        for attr, flags, text in _OPEN_FLAGS:
            if getattr(self, attr) is None:
                parser.add_argument(*flags, dest=attr, action='store_true', help=text)
                setattr(self, attr, False)
        if self.testNamePatterns is None:
            parser.add_argument('-k', dest='testNamePatterns', action='append',
                                type=_as_glob,
                                help='Only run tests which match the given substring')
            self.testNamePatterns = []
        return parser

    def _names_parser(self, shared):
        parser = argparse.ArgumentParser(parents=[shared])
        parser.add_argument(
            'tests', nargs='*',
            help='a list of any number of test modules, classes and test methods.')
        parser.prog = self.progName
        # -h shows the examples too.
        parser.print_help = self._print_help
        return parser

    def _discovery_parser(self, shared):
        parser = argparse.ArgumentParser(parents=[shared])
        parser.prog = self.progName + ' discover'
        parser.epilog = ('For test discovery all test modules must be importable '
                         'from the top level directory of the project.')
        for short, long, dest, text in _DISCOVERY_OPTIONS:
            parser.add_argument(short, long, dest=dest, help=text)
        # The same three may also be given positionally, in that order.
        for dest in ('start', 'pattern', 'top'):
            parser.add_argument(dest, nargs='?', default=argparse.SUPPRESS,
                                help=argparse.SUPPRESS)
        return parser

    def _discover(self, argv, Loader=None):
        self.start, self.pattern, self.top = '.', 'test*.py', None
        if argv is not None:
            if self._discover_cli is None:
                self._build_parsers()
            self._discover_cli.parse_args(argv, self)
        self.createTests(from_discovery=True, Loader=Loader)

    def _make_runner(self):
        factory = self.testRunner
        if not isinstance(factory, type):
            return factory
        settings = dict(verbosity=self.verbosity, failfast=self.failfast,
                        buffer=self.buffer, warnings=self.warnings)
        # Older runner classes may not take tb_locals, or any settings at all.
        for extra in ({'tb_locals': self.tb_locals}, {}):
            try:
                return factory(**settings, **extra)
            except TypeError:
                pass
        return factory()

    def runTests(self):
        if self.catchbreak:
            from .signals import installHandler
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        self.result = self._make_runner().run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram

util._own(_dotted_name)
