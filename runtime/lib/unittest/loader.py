"""unittest.loader: TestLoader, which turns classes, modules, names and directories into suites."""

import functools, os, re, sys, traceback, types
from fnmatch import fnmatch, fnmatchcase

from . import util
from . import case, suite

# Marks this module's frames as unittest's own (left out of failure tracebacks).
__unittest = True

# File names discovery will try to import as test modules.
_IMPORTABLE_FILE = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _FailedTest(case.TestCase):
    """Stands in for something that could not be loaded; running it raises why."""

    # Class-level defaults: __getattr__ may be consulted before __init__ finishes.
    _testMethodName = None
    _exception = None

    def __init__(self, method_name, exception):
        # Set first: TestCase.__init__ looks the test method up, which lands in __getattr__.
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)
        exc = self._exception

        def raiser():
            raise exc
        return raiser



def _failure(name, exception, suiteClass, message):
    """(a suite holding a test that raises exception, the message for loader.errors)."""
    return suiteClass((_FailedTest(name, exception),)), message


def _import_failure(name, suiteClass):
    # Called while the import error is being handled, so format_exc() shows it.
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _failure(name, ImportError(message), suiteClass, message)


def _skipped_module(name, exception, suiteClass):
    def testSkipped(self):
        pass
    body = {name: case.skip(str(exception))(testSkipped)}
    holder = type('ModuleSkipped', (case.TestCase,), body)
    return suiteClass((holder(name),))


def _is_case_class(obj):
    return isinstance(obj, type) and issubclass(obj, case.TestCase)


def _retired_arguments(args, kws):
    # loadTestsFromModule once had a use_load_tests flag; it is accepted and ignored.
    if args or 'use_load_tests' in kws:
        import warnings
        warnings.warn('use_load_tests is deprecated and ignored', DeprecationWarning)
        kws.pop('use_load_tests', None)
    if len(args) > 1:
        raise TypeError('loadTestsFromModule() takes 1 positional argument but '
                        '{} were given'.format(len(args) + 1))
    if kws:
        raise TypeError("loadTestsFromModule() got an unexpected keyword "
                        "argument '{}'".format(min(kws)))


class TestLoader(object):
    """Builds test suites; the class attributes below are the knobs."""

    suiteClass = suite.TestSuite
    testMethodPrefix = 'test'
    testNamePatterns = None
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    # Set by discover() (and left set afterwards, as CPython does).
    _top_level_dir = None

    def __init__(self):
        super(TestLoader, self).__init__()
        # Packages whose discovery is under way (stops load_tests recursion).
        self._packages_in_progress = set()
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        if args or kws:
            _retired_arguments(args, kws)
        found = [self.loadTestsFromTestCase(obj)
                 for obj in (getattr(module, attr) for attr in dir(module))
                 if _is_case_class(obj)]
        tests = self.suiteClass(found)
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return tests
        try:
            return hook(self, tests, pattern)
        except Exception as exc:
            message = 'Failed to call load_tests:\n%s' % (traceback.format_exc(),)
            failed, message = _failure(module.__name__, exc, self.suiteClass, message)
            self.errors.append(message)
            return failed

    def _import_prefix(self, parts):
        """Import the longest importable prefix of parts.

        Returns (module, the failure to report if a later attribute is missing);
        module is None when nothing could be imported (the failure is then final).
        """
        pending = None
        for end in range(len(parts), 0, -1):
            try:
                return __import__('.'.join(parts[:end])), pending
            except ImportError:
                pending = _import_failure(parts[end - 1], self.suiteClass)
        return None, pending

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        pending = None
        if module is None:
            module, pending = self._import_prefix(parts)
            if module is None:
                self.errors.append(pending[1])
                return pending[0]
            parts = parts[1:]

        parent, obj = None, module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as exc:
                if pending is None or getattr(obj, '__path__', None) is None:
                    # Not a package that failed to import a submodule: the
                    # attribute itself is the problem.
                    message = 'Failed to access attribute:\n%s' % (traceback.format_exc(),)
                    pending = _failure(part, exc, self.suiteClass, message)
                self.errors.append(pending[1])
                return pending[0]
        return self._tests_from_object(obj, parent, parts)

    def _tests_from_object(self, obj, parent, parts):
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if _is_case_class(obj):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, suite.TestSuite):
            return obj
        if isinstance(obj, types.FunctionType) and _is_case_class(parent):
            method = parts[-1]
            instance = parent(method)
            # A static method is not bound; it is treated as a test factory below.
            if not isinstance(getattr(instance, method), types.FunctionType):
                return self.suiteClass([instance])
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError('calling %s returned %s, not a test' % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def _wanted(self, testCaseClass, attrname):
        if not attrname.startswith(self.testMethodPrefix):
            return False
        if not callable(getattr(testCaseClass, attrname)):
            return False
        patterns = self.testNamePatterns
        if patterns is None:
            return True
        full = '.'.join((testCaseClass.__module__, testCaseClass.__qualname__, attrname))
        return any(fnmatchcase(full, pattern) for pattern in patterns)

    def getTestCaseNames(self, testCaseClass):
        """Names of the test methods of testCaseClass, in run order."""
        names = [attr for attr in dir(testCaseClass) if self._wanted(testCaseClass, attr)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Load the tests of every module below start_dir whose file name matches
        pattern; modules are imported by their names relative to top_level_dir."""
        if top_level_dir is None:
            # A discover() run from a load_tests hook keeps the outer top directory.
            top_level_dir = self._top_level_dir or start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        start_dir = os.path.abspath(start_dir)
        importable = os.path.isdir(start_dir) and (
            start_dir == top_level_dir
            or os.path.isfile(os.path.join(start_dir, '__init__.py')))
        if not importable:
            raise ImportError('Start directory is not importable: %r' % start_dir)
        return self.suiteClass(list(self._walk(start_dir, pattern)))

    def _module_name(self, path):
        if path == self._top_level_dir:
            return '.'
        stem = os.path.splitext(os.path.normpath(path))[0]
        return os.path.relpath(stem, self._top_level_dir).replace(os.path.sep, '.')

    def _load_module(self, name):
        """(module, None) once imported, or (None, a suite that reports why not)."""
        try:
            __import__(name)
        except case.SkipTest as exc:
            return None, _skipped_module(name, exc, self.suiteClass)
        except:
            failed, message = _import_failure(name, self.suiteClass)
            self.errors.append(message)
            return None, failed
        return sys.modules[name], None

    def _walk(self, directory, pattern):
        for entry in sorted(os.listdir(directory)):
            path = os.path.join(directory, entry)
            if os.path.isfile(path):
                if _IMPORTABLE_FILE.match(entry) and fnmatch(entry, pattern):
                    yield self._from_file(path, pattern)
            elif os.path.isdir(path) and os.path.isfile(os.path.join(path, '__init__.py')):
                yield from self._from_package(path, pattern)

    def _from_file(self, path, pattern):
        module, failed = self._load_module(self._module_name(path))
        if failed is not None:
            return failed
        return self.loadTestsFromModule(module, pattern=pattern)

    def _from_package(self, path, pattern):
        name = self._module_name(path)
        package, failed = self._load_module(name)
        if failed is not None:
            yield failed
            return
        if name in self._packages_in_progress:
            return
        self._packages_in_progress.add(name)
        try:
            yield self.loadTestsFromModule(package, pattern=pattern)
            # A package with a load_tests hook has decided about its contents.
            if getattr(package, 'load_tests', None) is None:
                yield from self._walk(path, pattern)
        finally:
            self._packages_in_progress.discard(name)


defaultTestLoader = TestLoader()


def _configured_loader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    made = TestLoader()
    made.testMethodPrefix = prefix
    made.sortTestMethodsUsing = sortUsing
    made.testNamePatterns = testNamePatterns
    if suiteClass:
        made.suiteClass = suiteClass
    return made


def _warn_retired(old, new):
    import warnings
    warnings.warn('unittest.%s() is deprecated and will be removed in Python 3.13. '
                  'Please use unittest.TestLoader.%s() instead.' % (old, new),
                  DeprecationWarning, stacklevel=3)


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp,
                     testNamePatterns=None):
    _warn_retired('getTestCaseNames', 'getTestCaseNames')
    made = _configured_loader(prefix, sortUsing, testNamePatterns=testNamePatterns)
    return made.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    _warn_retired('makeSuite', 'loadTestsFromTestCase')
    return _configured_loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(
        testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    _warn_retired('findTestCases', 'loadTestsFromModule')
    return _configured_loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)


util._own(_failure)
