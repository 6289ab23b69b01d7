# The unittest package namespace: exported names, where they come from, lazy async case.
import sys
import unittest

print(sorted(unittest.__all__))
print(len(unittest.__all__), len(set(unittest.__all__)))
missing = [n for n in unittest.__all__ if n != "IsolatedAsyncioTestCase" and not hasattr(unittest, n)]
print("missing", missing)
for name in ["TestResult", "TestCase", "FunctionTestCase", "SkipTest", "TestSuite",
             "BaseTestSuite", "TestLoader", "TextTestRunner", "TextTestResult", "main"]:
    obj = getattr(unittest, name)
    print(name, getattr(obj, "__module__", None), getattr(obj, "__qualname__", None))
print(unittest.defaultTestLoader.__class__.__name__)
for name in ["skip", "skipIf", "skipUnless", "expectedFailure", "addModuleCleanup",
             "doModuleCleanups", "enterModuleContext", "installHandler", "registerResult",
             "removeResult", "removeHandler", "getTestCaseNames", "makeSuite", "findTestCases"]:
    print(name, callable(getattr(unittest, name)), getattr(unittest, name).__module__)
print(unittest.main is unittest.main.__class__ or callable(unittest.main))
print(unittest.IsolatedAsyncioTestCase.__name__, unittest.IsolatedAsyncioTestCase.__module__)
from unittest import IsolatedAsyncioTestCase
print(IsolatedAsyncioTestCase is unittest.IsolatedAsyncioTestCase)
print("unittest.async_case" in sys.modules)
try:
    unittest.no_such_name
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from unittest import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(hasattr(unittest, "_unittest"), unittest.case.__name__, unittest.util.__name__)
print([n for n in dir(unittest) if n in ("IsolatedAsyncioTestCase", "TestCase", "case", "util",
                                         "TestProgram", "_TextTestResult", "load_tests")])
print(unittest.TestProgram is unittest.main, unittest._TextTestResult is unittest.TextTestResult)
print(callable(unittest.load_tests))
