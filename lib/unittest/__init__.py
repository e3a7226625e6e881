"""weft's unittest: a unit testing framework in the style of CPython's.
https://docs.python.org/3.11/library/unittest.html"""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

__all__.extend(['getTestCaseNames', 'makeSuite', 'findTestCases'])

__unittest = True

import sys

from .result import TestResult
from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf,
                   skipUnless, expectedFailure)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader, makeSuite, getTestCaseNames, findTestCases
from .main import main
from .runner import TextTestRunner, TextTestResult

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Same as addCleanup, except the cleanup items are called even if setUpModule fails."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    cls = type(cm)
    enter = cls.__enter__
    exit = cls.__exit__
    result = enter(cm)
    addModuleCleanup(exit, cm, None, None, None)
    return result


def doModuleCleanups():
    """Execute all module cleanup functions (last added first)."""
    exceptions = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            exceptions.append(exc)
    if exceptions:
        raise exceptions[0]


_results = {}


def installHandler():
    """Ctrl-C handling for running tests (accepted; the default KeyboardInterrupt applies)."""


def registerResult(result):
    _results[id(result)] = result


def removeResult(result):
    return _results.pop(id(result), None) is not None


def removeHandler(method=None):
    if method is not None:
        return method


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        raise AttributeError("IsolatedAsyncioTestCase needs asyncio, which weft does not have yet")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
