"""weft's unittest.result: TestResult. https://docs.python.org/3.11/library/unittest.html"""

import sys

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    inner.__doc__ = method.__doc__
    return inner


def _is_unittest_frame(tb):
    return '__unittest' in tb.tb_frame.f_globals


def _tb_entries(tb, cut_at_unittest):
    """The traceback entries of tb without the test runner's leading frames (and, for
    assertion failures, without the assert method's own frames)."""
    while tb is not None and _is_unittest_frame(tb):
        tb = tb.tb_next
    entries = []
    while tb is not None:
        if cut_at_unittest and _is_unittest_frame(tb):
            break
        entries.append(tb)
        tb = tb.tb_next
    return entries


def _format_entries(entries):
    """Format kept traceback entries like traceback.format_tb (positions and carets included)."""
    try:
        import traceback
        tb_type = type(entries[0])
        new = None
        for tb in reversed(entries):
            new = tb_type(new, tb.tb_frame, tb.tb_lasti, tb.tb_lineno)
        return list(traceback.format_tb(new))
    except Exception:
        pass
    try:
        import traceback
        # Each entry's own frame and positions (the first item of a walk from it).
        gen = (next(traceback._walk_tb_with_full_positions(tb)) for tb in entries)
        summary = traceback.StackSummary._extract_from_extended_frame_gen(gen)
        return list(summary.format())
    except Exception:
        pass
    try:
        import traceback
        summary = traceback.StackSummary.extract((tb.tb_frame, tb.tb_lineno) for tb in entries)
        return list(summary.format())
    except Exception:
        pass
    lines = []
    try:
        import linecache
    except ImportError:
        linecache = None
    for tb in entries:
        code = tb.tb_frame.f_code
        lines.append('  File "%s", line %d, in %s\n' % (code.co_filename, tb.tb_lineno, code.co_name))
        if linecache is not None:
            src = linecache.getline(code.co_filename, tb.tb_lineno).strip()
            if src:
                lines.append('    %s\n' % src)
    return lines


def _format_exc_only(etype, value):
    try:
        import traceback
        return list(traceback.format_exception_only(etype, value))
    except ImportError:
        pass
    name = etype.__qualname__
    mod = etype.__module__
    if mod not in ('__main__', 'builtins'):
        name = mod + '.' + name
    s = str(value)
    return ['%s: %s\n' % (name, s) if s else '%s\n' % name]


def _format_chain(etype, value, tb, failure_type, seen):
    lines = []
    if value is not None:
        seen.add(id(value))
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            lines += _format_chain(type(cause), cause, cause.__traceback__, failure_type, seen)
            lines.append('\nThe above exception was the direct cause of the following exception:\n\n')
        elif (context is not None and not value.__suppress_context__ and id(context) not in seen):
            lines += _format_chain(type(context), context, context.__traceback__, failure_type, seen)
            lines.append('\nDuring handling of the above exception, another exception occurred:\n\n')
    entries = _tb_entries(tb, etype is failure_type)
    if entries:
        lines.append('Traceback (most recent call last):\n')
        lines += _format_entries(entries)
    lines += _format_exc_only(etype, value)
    return lines


class TestResult(object):
    """Holder for test result information (failures, errors, skips, ...)."""
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                import io
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        """Called when an error has occurred. 'err' is a tuple of values as returned by sys.exc_info()."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """Called when a failure has occurred."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """Called at the end of a subtest (err is None when it succeeded)."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when a test has completed successfully"
        pass

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """Tells whether or not this result was a success."""
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Indicates that the tests should be aborted."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """Converts a sys.exc_info()-style tuple of values into a string."""
        exctype, value, tb = err
        lines = _format_chain(exctype, value, tb, test.failureException, set())
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                lines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                lines.append(STDERR_LINE % error)
        return ''.join(lines)

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))
