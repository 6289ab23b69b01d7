# unittest.main (TestProgram): option parsing, help text, default tests, runner
# construction (classes, instances, old signatures), exit codes, file-path names,
# the -k wrapping, catchbreak/buffer/failfast flags, and discovery arguments.
import io
import os
import re
import sys
import tempfile
import unittest

DIR = __file__.rsplit("/", 1)[0] + "/" if "/" in __file__ else ""


def clean(s):
    s = s.replace(DIR, "") if DIR else s
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in T", s)


class One(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class Two(unittest.TestCase):
    def test_c(self):
        self.assertEqual(1, 2)


def suite_fn():
    return unittest.TestSuite([One("test_b")])


class RecordingRunner:
    made = []

    def __init__(self, **kw):
        RecordingRunner.made.append(sorted(kw.items()))

    def run(self, test):
        r = unittest.TestResult()
        test(r)
        print("  ran", r.testsRun)
        return r


class OldRunner(RecordingRunner):
    def __init__(self, verbosity, failfast, buffer, warnings):
        RecordingRunner.made.append(("old", verbosity, failfast, buffer, warnings))


class BareRunner(RecordingRunner):
    def __init__(self):
        RecordingRunner.made.append("bare")


def go(argv, **kw):
    old_err, old_out = sys.stderr, sys.stdout
    sys.stderr = err = io.StringIO()
    sys.stdout = out = io.StringIO()
    code = "no exit"
    prog = None
    try:
        prog = unittest.main(module="__main__", argv=argv, **kw)
    except SystemExit as e:
        code = e.code
    finally:
        sys.stderr, sys.stdout = old_err, old_out
    print("argv", argv[1:], sorted(kw), "->", code)
    text = clean(err.getvalue())
    if text:
        print(text)
    if out.getvalue():
        print("[stdout]", out.getvalue())
    return prog


p = go(["prog.py", "One"], exit=False)
print(p.progName, p.verbosity, p.failfast, p.catchbreak, p.buffer, p.tb_locals,
      p.testNamePatterns, p.testNames, p.defaultTest, p.exit, p.warnings)
print(type(p.test).__name__, p.test.countTestCases(), p.result.testsRun)
p = go(["prog.py", "-v", "-f", "-b", "-k", "a", "-k", "*_c"], exit=False)
print(p.verbosity, p.failfast, p.buffer, p.tb_locals, p.testNamePatterns, p.testNames)
p = go(["prog.py", "--locals", "One"], exit=False)
print(p.tb_locals)
p = go(["prog.py", "-q"], exit=False)
print(p.verbosity)
go(["prog.py", "Two"])
go(["prog.py", "One"])
go(["prog.py"], defaultTest="One.test_a")
go(["prog.py"], defaultTest=["One.test_a", "Two"])
go(["prog.py", "suite_fn"], verbosity=2)
go(["prog.py", "--help"])
go(["prog.py", "-h"])
go(["prog.py", "--bogus"])
go(["prog.py", "-k"])
p = go(["prog.py", "One"], failfast=True, buffer=True, catchbreak=False, exit=False)
go(["prog.py", "-f"], failfast=False, exit=False)

RecordingRunner.made.clear()
go(["prog.py", "-v", "One"], testRunner=RecordingRunner, exit=False)
go(["prog.py", "One"], testRunner=OldRunner, exit=False)
go(["prog.py", "One"], testRunner=BareRunner, exit=False)
go(["prog.py", "One"], testRunner=RecordingRunner(), exit=False)
go(["prog.py", "One"], testRunner=RecordingRunner, warnings="ignore", tb_locals=True,
   exit=False)
for made in RecordingRunner.made:
    print(made)

stream = io.StringIO()
prog = unittest.main(module="__main__", argv=["x", "Two.test_c"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream))
print(clean(stream.getvalue()), prog.result.wasSuccessful())


class SubProgram(unittest.main):
    def runTests(self):
        print("runTests skipped", getattr(self, "testNames", "-"))


SubProgram(module="__main__", argv=["x", "One.test_a", "Two"])
SubProgram(module=sys.modules["__main__"], argv=["x"])
SubProgram(module="unittest.util", argv=["x"], defaultTest="One")
print(unittest.main.__name__)

# A path to a .py file is turned into a dotted module name.
here = os.getcwd()
tmp = tempfile.mkdtemp(prefix="mainrw")
os.makedirs(os.path.join(tmp, "pkg"))
for rel in ("pkg/test_file.py", "top.py"):
    open(os.path.join(tmp, rel), "w").close()
os.chdir(tmp)
try:
    SubProgram(module=None, argv=["x", "pkg/test_file.py", "top.py", "pkg/missing.py",
                                  "plain.name", os.path.join(tmp, "top.py"), "pkg/../top.py"])
    print(unittest.main.__module__)
finally:
    os.chdir(here)


# Discovery arguments, with discovery itself replaced.
class Disc(SubProgram):
    def createTests(self, from_discovery=False, Loader=None):
        print("createTests", from_discovery, Loader, getattr(self, "start", None),
              getattr(self, "pattern", None), getattr(self, "top", None),
              self.testNamePatterns)


Disc(module=None, argv=["x"])
Disc(module=None, argv=["x", "discover"])
Disc(module=None, argv=["x", "discover", "-s", "src", "-p", "t_*.py", "-t", ".."])
Disc(module=None, argv=["x", "discover", "src2", "p2*", "top2", "-k", "foo"])
Disc(module=None, argv=["x", "-v", "-k", "bar"])
old = sys.stdout
sys.stdout = buf = io.StringIO()
try:
    Disc(module=None, argv=["x", "discover", "--help"])
except SystemExit as e:
    print("exit", e.code, file=old)
finally:
    sys.stdout = old
print(buf.getvalue())
sys.stdout = buf = io.StringIO()
try:
    Disc(module=None, argv=["x", "--help"])
except SystemExit as e:
    print("exit", e.code, file=old)
finally:
    sys.stdout = old
print(buf.getvalue())
sys.stdout = buf = io.StringIO()
p = Disc.__new__(Disc)
p.module = "m"
p.progName = "pp"
p.failfast = p.catchbreak = p.buffer = p.testNamePatterns = None
try:
    p.usageExit("bad usage")
except SystemExit as e:
    print("exit", e.code, file=old)
finally:
    sys.stdout = old
print(buf.getvalue())
