"""weft's doctest: testmod, run_docstring_examples and the classes behind them (https://docs.python.org/3.11/library/doctest.html).

Examples are found in the docstrings of a module, its functions and classes (and `__test__`),
run with compile(..., 'single') against a copy of the module's globals, and their output
compared the way the documentation describes (option flags, <BLANKLINE>, ellipsis, exceptions).
"""

import sys
from collections import namedtuple

__all__ = ['register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
           'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
           'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
           'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest',
           'DocTestParser', 'DocTestFinder', 'DocTestRunner', 'OutputChecker',
           'DocTestFailure', 'UnexpectedException', 'testmod', 'run_docstring_examples',
           'TestResults']

TestResults = namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE |
                    ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'
_STARS = '*' * 70


def _indent(s, n=4):
    return '\n'.join((' ' * n + line) if line else line for line in s.split('\n'))


class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source, self.want, self.exc_msg = source, want, exc_msg
        self.lineno, self.indent = lineno, indent
        self.options = {} if options is None else options

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg) == \
            (other.source, other.want, other.lineno, other.indent, other.options, other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples, self.globs, self.name = examples, globs.copy(), name
        self.filename, self.lineno, self.docstring = filename, lineno, docstring

    def __repr__(self):
        n = len(self.examples)
        count = 'no examples' if n == 0 else '1 example' if n == 1 else f'{n} examples'
        return f'<{type(self).__name__} {self.name} from {self.filename}:{self.lineno} ({count})>'

    def _key(self):
        return (self.name, self.filename or '', -1 if self.lineno is None else self.lineno)

    def __lt__(self, other):
        return self._key() < other._key()


def _min_indent(lines):
    ind = [len(l) - len(l.lstrip(' ')) for l in lines if l.strip()]
    return min(ind) if ind else 0


def _exc_msg(want):
    """The expected exception text of a want starting with a traceback header, or None."""
    lines = want.split('\n')
    if not lines or lines[0].rstrip() not in ('Traceback (most recent call last):',
                                              'Traceback (innermost last):'):
        return None
    for i in range(1, len(lines)):
        l = lines[i]
        if l and (l[0].isalnum() or l[0] == '_'):
            return '\n'.join(lines[i:])
    return None


class DocTestParser:
    def parse(self, string, name='<string>'):
        """Alternating text strings and Examples."""
        string = string.expandtabs()
        lines = string.split('\n')
        mi = _min_indent(lines)
        if mi > 0:
            lines = [l[mi:] for l in lines]
        out, text, i, n = [], [], 0, len(lines)
        while i < n:
            line = lines[i]
            s = line.lstrip(' ')
            if not s.startswith('>>>'):
                text.append(line)
                i += 1
                continue
            indent = len(line) - len(s)
            start = i
            src = [self._strip_prompt(line, indent, i, name, '>>>')]
            i += 1
            while i < n and lines[i].lstrip(' ').startswith('...'):
                if lines[i][:indent].strip() or not lines[i][indent:].startswith('...'):
                    raise ValueError(f'line {i + 1} of the docstring for {name} has '
                                     f'inconsistent leading whitespace: {lines[i]!r}')
                src.append(self._strip_prompt(lines[i], indent, i, name, '...'))
                i += 1
            want = []
            while i < n and lines[i].strip() and not lines[i].lstrip(' ').startswith('>>>'):
                w = lines[i]
                if w[:indent].strip():
                    raise ValueError(f'line {i + 1} of the docstring for {name} has '
                                     f'inconsistent leading whitespace: {w!r}')
                want.append(w[indent:])
                i += 1
            out.append('\n'.join(text))
            text = []
            source = '\n'.join(src) + '\n'
            want_s = '\n'.join(want)
            out.append(Example(source, want_s, _exc_msg(want_s), start, indent,
                               self._options(source, name, start)))
        out.append('\n'.join(text))
        return out

    def _strip_prompt(self, line, indent, lineno, name, prompt):
        body = line[indent:]
        if len(body) > 3 and body[3] != ' ':
            raise ValueError(f'line {lineno + 1} of the docstring for {name} lacks blank after '
                             f'{prompt}: {line[indent:]!r}')
        return body[4:]

    def _options(self, source, name, lineno):
        opts = {}
        for line in source.split('\n'):
            k = line.find('doctest:')
            if k < 0 or '#' not in line[:k] or line[:k].rstrip()[-1:] != '#':
                continue
            for word in line[k + 8:].replace(',', ' ').split():
                if word[:1] not in '+-' or word[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError(f'line {lineno + 1} of the doctest for {name} has an '
                                     f'invalid option: {word!r}')
                opts[OPTIONFLAGS_BY_NAME[word[1:]]] = word[0] == '+'
        return opts

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)


class DocTestFinder:
    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser, self._recurse, self._exclude_empty = parser, recurse, exclude_empty
        self._verbose = verbose

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError(f'DocTestFinder.find: name must be given when obj.__name__ '
                                 f'doesn\'t exist: {type(obj)!r}')
        if module is False:
            module = None
        elif module is None:
            module = sys.modules.get(getattr(obj, '__module__', None) or '') if not _is_module(obj) else obj
        filename = getattr(module, '__file__', None) if module is not None else None
        source_lines = None
        if filename:
            try:
                import linecache
                source_lines = linecache.getlines(filename) or None
            except Exception:
                source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__
        globs = dict(globs)
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, filename, {})
        tests.sort()
        return tests

    def _find(self, tests, obj, name, module, source_lines, globs, filename, seen):
        if self._verbose:
            print(f'Finding tests in {name}')
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines, filename)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        import inspect
        if _is_module(obj):
            for vname, val in list(obj.__dict__.items()):
                try:
                    target = inspect.unwrap(val)
                except Exception:
                    target = val
                if (inspect.isroutine(target) or inspect.isclass(val)) and \
                        self._from_module(module, val):
                    self._find(tests, val, f'{name}.{vname}', module, source_lines, globs,
                               filename, seen)
            for vname, val in list(getattr(obj, '__test__', {}).items()):
                if not isinstance(vname, str):
                    raise ValueError(f'DocTestFinder.find: __test__ keys must be strings: {type(vname)!r}')
                if not (isinstance(val, str) or inspect.isroutine(val) or inspect.isclass(val)
                        or _is_module(val)):
                    raise ValueError(f'DocTestFinder.find: __test__ values must be strings, '
                                     f'functions, methods, classes, or modules: {type(val)!r}')
                self._find(tests, val, f'{name}.__test__.{vname}', module, source_lines, globs,
                           filename, seen)
        if inspect.isclass(obj):
            for vname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if (inspect.isroutine(val) or inspect.isclass(val) or isinstance(val, property)) \
                        and self._from_module(module, val):
                    self._find(tests, val, f'{name}.{vname}', module, source_lines, globs,
                               filename, seen)

    def _from_module(self, module, obj):
        import inspect
        if module is None:
            return True
        try:
            target = inspect.unwrap(obj)
        except Exception:
            target = obj
        if inspect.isfunction(target):
            return module.__dict__ is target.__globals__
        if inspect.isclass(obj):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        return True

    def _get_test(self, obj, name, module, globs, source_lines, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__ if isinstance(obj.__doc__, str) else ''
            except (TypeError, AttributeError):
                docstring = ''
        if self._exclude_empty and not docstring:
            return None
        lineno = None if isinstance(obj, str) else self._lineno(obj, source_lines)
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _lineno(self, obj, source_lines):
        import inspect
        lineno = None
        if _is_module(obj):
            lineno = 0
        elif inspect.isclass(obj):
            if source_lines is None:
                return None
            import re
            pat = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        else:
            if isinstance(obj, property):
                obj = obj.fget
            try:
                obj = inspect.unwrap(obj)
            except Exception:
                pass
            obj = getattr(obj, '__func__', obj)
            code = getattr(obj, '__code__', None)
            if code is not None:
                lineno = code.co_firstlineno - 1
        if lineno is None:
            return None
        if source_lines is None:
            return lineno + 1
        import re
        pat = re.compile(r'(^|.*:)\s*\w*("|\')')
        for i in range(lineno, len(source_lines)):
            if pat.match(source_lines[i]):
                return i
        return None


def _is_module(obj):
    return type(obj).__name__ == 'module'


from _doctest_run import OutputChecker, DocTestRunner, DocTestFailure, UnexpectedException  # noqa: E402

master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module m (default __main__)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not _is_module(m):
        raise TypeError(f'testmod: module required; {m!r}')
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        from _doctest_run import DebugRunner
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None, optionflags=0):
    """Test the examples in f's docstring against globs, without a summary."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)
