# unittest.case: regex/almost-equal argument errors, log capture, warnings, phases of run().
import io, logging, os, sys, unittest, warnings

tc = unittest.TestCase()
for call in (lambda: tc.assertRegex("abc", ""),
             lambda: tc.assertRegex("abc", "x+"),
             lambda: tc.assertRegex(b"abc", b"z", msg="bytes"),
             lambda: tc.assertRegex("abc", "b"),
             lambda: tc.assertAlmostEqual(1.0, 1.0, places=2, delta=1),
             lambda: tc.assertAlmostEqual(1.0, 1.5, places=2, delta=1),
             lambda: tc.assertNotAlmostEqual(1.0, 1.0, places=2, delta=1),
             lambda: tc.assertAlmostEqual(1.0, 1.25, delta=0.1),
             lambda: tc.assertAlmostEqual(1.0, 1.00000001)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

with tc.assertLogs('rw2.log', level='DEBUG') as cm:
    logging.getLogger('rw2.log').debug('one %d', 1)
    logging.getLogger('rw2.log.child').warning('two')
print(cm.output, [r.getMessage() for r in cm.records], type(cm).__name__)
print(cm.records[0].levelname, cm[1] == cm.output)

with tc.assertWarns(UserWarning) as wcm:
    warnings.warn("careful", UserWarning)
print(type(wcm.warning).__name__, wcm.warning, os.path.basename(wcm.filename), wcm.lineno)
try:
    with tc.assertWarnsRegex(UserWarning, "nomatch"):
        warnings.warn("careful", UserWarning)
except AssertionError as e:
    print(type(e).__name__, e)
try:
    with tc.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print(type(e).__name__, e)
try:
    with tc.assertWarns(UserWarning):
        raise KeyError('inner')
except KeyError as e:
    print(type(e).__name__, e)

with tc.assertRaises(ValueError) as rcm:
    raise ValueError('v')
print(repr(rcm.exception), rcm.exception.__traceback__)
try:
    with tc.assertRaises(ValueError):
        raise KeyError('k')
except KeyError as e:
    print('passed through', e)
print(tc.assertRaises(ZeroDivisionError, lambda: 1 / 0))


class Phases(unittest.TestCase):
    log = []

    def setUp(self):
        self.log.append('setUp:' + self._testMethodName)
        self.addCleanup(self.log.append, 'cleanup1')
        if self._testMethodName in ('test_ok', 'test_setup_fails'):
            self.addCleanup(self.boom)
        if self._testMethodName == 'test_setup_fails':
            raise RuntimeError('setup broke')

    def boom(self):
        self.log.append('boom')
        raise OSError('cleanup broke')

    def tearDown(self):
        self.log.append('tearDown')

    def test_ok(self):
        self.log.append('body')

    @unittest.expectedFailure
    def test_xfail(self):
        self.log.append('xbody')
        self.fail('expected')

    @unittest.expectedFailure
    def test_xpass(self):
        self.log.append('xpass body')

    def test_setup_fails(self):
        self.log.append('never')

    def test_returns(self):
        return 5


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Phases)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    res = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(Phases.log)
print([(w.category.__name__, str(w.message)[:60]) for w in caught])
print(res.testsRun, len(res.errors), len(res.failures), len(res.expectedFailures),
      len(res.unexpectedSuccesses))
for line in stream.getvalue().splitlines():
    if line.startswith('Ran'):
        line = line.split(' in ')[0]
    if line.startswith(('test_', 'ERROR', 'FAIL', 'Ran', 'OK', 'FAILED', 'OSError', 'RuntimeError',
                        'AssertionError')):
        print(line)

t = Phases('test_ok')
Phases.log.clear()
t.setUp()
print(t.doCleanups(), Phases.log)
