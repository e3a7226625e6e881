"""weft's doctest runner half: OutputChecker, DocTestRunner, DebugRunner (https://docs.python.org/3.11/library/doctest.html#doctestrunner-objects)."""

import sys
import io
from collections import namedtuple

import doctest as _dt

TestResults = namedtuple('TestResults', 'failed attempted')
_DIVIDER = '*' * 70
SUCCESS, FAILURE, BOOM = range(3)


class _SpoofOut(io.StringIO):
    def getvalue(self):
        v = io.StringIO.getvalue(self)
        if v and not v.endswith('\n'):
            v += '\n'
        return v

    def reset(self):
        self.seek(0)
        self.truncate()


def _ellipsis_match(want, got):
    if _dt.ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(_dt.ELLIPSIS_MARKER)
    head, tail = pieces[0], pieces[-1]
    if not got.startswith(head):
        return False
    lo, hi = len(head), len(got)
    if tail:
        if not got.endswith(tail):
            return False
        hi -= len(tail)
    if lo > hi:
        return False
    for piece in pieces[1:-1]:
        at = got.find(piece, lo, hi)
        if at < 0:
            return False
        lo = at + len(piece)
    return True


def _blank_lines(got):
    """Lines holding only spaces become empty (what want's <BLANKLINE> turns into)."""
    return '\n'.join('' if l.isspace() else l for l in got.split('\n'))


class OutputChecker:
    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & _dt.DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & _dt.DONT_ACCEPT_BLANKLINE:
            want = '\n'.join('' if l.rstrip() == _dt.BLANKLINE_MARKER else l for l in want.split('\n'))
            got = _blank_lines(got)
            if got == want:
                return True
        if optionflags & _dt.NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & _dt.ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & _dt.DONT_ACCEPT_BLANKLINE:
            lines = got.split('\n')
            got = '\n'.join(_dt.BLANKLINE_MARKER if (i < len(lines) - 1 and not l.strip(' ')) else l
                            for i, l in enumerate(lines))
        ind = _dt._indent
        if want and got:
            return f'Expected:\n{ind(want)}Got:\n{ind(got)}'
        if want:
            return f'Expected:\n{ind(want)}Got nothing\n'
        if got:
            return f'Expected nothing\nGot:\n{ind(got)}'
        return 'Expected nothing\nGot nothing\n'


def _exception_traceback(exc_info):
    import traceback
    out = io.StringIO()
    traceback.print_exception(exc_info[0], exc_info[1], exc_info[2], file=out)
    return out.getvalue()


def _strip_details(msg):
    head = msg.split('\n', 1)[0]
    name = head.split(':', 1)[0].strip()
    return name.rsplit('.', 1)[-1]


class DocTestRunner:
    DIVIDER = _DIVIDER

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        ind = _dt._indent
        if example.want:
            out('Trying:\n' + ind(example.source) + 'Expecting:\n' + ind(example.want))
        else:
            out('Trying:\n' + ind(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' +
            _dt._indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append(f'File "{test.filename}", line {lineno}, in {test.name}')
        else:
            out.append(f'Line {example.lineno + 1}, in {test.name}')
        out.append('Failed example:')
        out.append(_dt._indent(example.source))
        return '\n'.join(out)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        save_displayhook = sys.displayhook
        sys.stdout = self._fakeout
        sys.displayhook = sys.__displayhook__
        import linecache
        save_getlines = linecache.getlines
        prefix = f'<doctest {test.name}['

        def getlines(filename, module_globals=None):
            # tracebacks show the example's source for its '<doctest name[n]>' file
            if filename.startswith(prefix) and filename.endswith(']>'):
                num = filename[len(prefix):-2]
                if num.isdigit() and int(num) < len(test.examples):
                    return test.examples[int(num)].source.splitlines(True)
            return save_getlines(filename, module_globals)

        linecache.getlines = getlines
        try:
            return self._run(test, out)
        finally:
            sys.stdout = save_stdout
            sys.displayhook = save_displayhook
            linecache.getlines = save_getlines
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def _run(self, test, out):
        failures = tries = 0
        original = self.optionflags
        for num, example in enumerate(test.examples):
            quiet = bool(self.optionflags & _dt.REPORT_ONLY_FIRST_FAILURE and failures > 0)
            self.optionflags = original
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & _dt.SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = f'<doctest {test.name}[{num}]>'
            exc_info = None
            try:
                exec(compile(example.source, filename, 'single', 0, True), test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                exc_info = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.reset()
            outcome = FAILURE
            if exc_info is None:
                if self._checker.check_output(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                import traceback
                exc_msg = traceback.format_exception_only(exc_info[0], exc_info[1])[-1]
                if not quiet:
                    got += _exception_traceback(exc_info)
                if example.exc_msg is None:
                    outcome = BOOM
                elif self._checker.check_output(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & _dt.IGNORE_EXCEPTION_DETAIL:
                    if _strip_details(example.exc_msg) == _strip_details(exc_msg):
                        outcome = SUCCESS
            if outcome == SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exc_info)
                failures += 1
            if failures and self.optionflags & _dt.FAIL_FAST:
                break
        self.optionflags = original
        self._record(test.name, failures, tries)
        return TestResults(failures, tries)

    def _record(self, name, f, t):
        f0, t0 = self._name2ft.get(name, (0, 0))
        self._name2ft[name] = (f + f0, t + t0)
        self.failures += f
        self.tries += t

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        totalt = totalf = 0
        for name, (f, t) in self._name2ft.items():
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), 'items had no tests:')
                for name in sorted(notests):
                    print('   ', name)
            if passed:
                print(len(passed), 'items passed all tests:')
                for name, t in sorted(passed):
                    print(' %3d tests in %s' % (t, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            for name, (f, t) in sorted(failed):
                print(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            print(totalt, 'tests in', len(self._name2ft), 'items.')
            print(totalt - totalf, 'passed and', totalf, 'failed.')
        if totalf:
            print('***Test Failed***', totalf, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(totalf, totalt)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            self._record(name, f, t)


class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)
