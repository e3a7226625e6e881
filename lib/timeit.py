"""weft's timeit: measure the execution time of small code snippets.
https://docs.python.org/3.11/library/timeit.html

Command line: weft -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement ...]

Options:
  -n/--number N: how many times to execute 'statement' (default: grow until it takes >= 0.2 s)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass'); may be repeated
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')
"""

import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

_TEMPLATE = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Helper to reindent a multi-line statement."""
    return src.replace("\n", "\n" + " " * indent)


def _repeat_none(n):
    try:
        import itertools
        return itertools.repeat(None, n)
    except ImportError:
        return [None] * n


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print the traceback of an exception raised in the timed code (with its source)."""
        import traceback
        try:
            import linecache
            if self.src is not None:
                linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"),
                                                   dummy_src_name)
        except ImportError:
            pass
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Time number executions of the main statement; return the seconds taken (a float)."""
        it = _repeat_none(number)
        gcold = None
        try:
            import gc
            gcold = gc.isenabled()
            gc.disable()
        except (ImportError, AttributeError):
            gc = None
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gc is not None and gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() repeat times; return the list of results."""
        r = []
        for i in range(repeat):
            t = self.timeit(number)
            r.append(t)
        return r

    def autorange(self, callback=None):
        """Find a number of loops (1, 2, 5, 10, 20, 50, ...) taking at least 0.2 seconds;
        return (number, time_taken)."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


class _OptError(Exception):
    pass


_SHORT = {'n': True, 'u': True, 's': True, 'r': True, 't': False, 'c': False, 'p': False,
          'v': False, 'h': False}
_LONG = {'number': True, 'setup': True, 'repeat': True, 'time': False, 'clock': False,
         'process': False, 'verbose': False, 'unit': True, 'help': False}


def _getopt(args):
    """Parse options the way getopt.getopt does for timeit's option set."""
    opts = []
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        a = args.pop(0)
        if a.startswith('--'):
            body = a[2:]
            if '=' in body:
                name, value = body.split('=', 1)
            else:
                name, value = body, None
            matches = [k for k in _LONG if k.startswith(name)]
            if name in _LONG:
                matches = [name]
            if not matches:
                raise _OptError('option --%s not recognized' % name)
            if len(matches) > 1:
                raise _OptError('option --%s not a unique prefix' % name)
            name = matches[0]
            if _LONG[name]:
                if value is None:
                    if not args:
                        raise _OptError('option --%s requires argument' % name)
                    value = args.pop(0)
            elif value is not None:
                raise _OptError('option --%s must not have an argument' % name)
            else:
                value = ''
            opts.append(('--' + name, value))
        else:
            s = a[1:]
            while s:
                c, s = s[0], s[1:]
                if c not in _SHORT:
                    raise _OptError('option -%s not recognized' % c)
                if _SHORT[c]:
                    if s:
                        value, s = s, ''
                    else:
                        if not args:
                            raise _OptError('option -%s requires argument' % c)
                        value = args.pop(0)
                else:
                    value = ''
                opts.append(('-' + c, value))
    return opts, args


def main(args=None, *, _wrap_timer=None):
    """Main program, used when run as a script (weft -m timeit)."""
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _getopt(args)
    except _OptError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    precision = 3
    for o, a in opts:
        if o in ("-n", "--number"):
            number = int(a)
        if o in ("-s", "--setup"):
            setup.append(a)
        if o in ("-u", "--unit"):
            if a in units:
                time_unit = a
            else:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
        if o in ("-r", "--repeat"):
            repeat = int(a)
            if repeat <= 0:
                repeat = 1
        if o in ("-p", "--process"):
            timer = time.process_time
        if o in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if o in ("-h", "--help"):
            print(__doc__, end=' ')
            return 0
    setup = "\n".join(setup) or "pass"
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                msg = "{num} loop{s} -> {secs:.{prec}g} secs"
                plural = (number != 1)
                print(msg.format(num=number, s='s' if plural else '', secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except Exception:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw_timings = t.repeat(repeat, number)
    except Exception:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = units[unit]
        else:
            scales = [(scale, unit) for unit, scale in units.items()]
            scales.sort(reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop"
          % (number, 's' if number != 1 else '', repeat, format_time(best)))
    best = min(timings)
    worst = max(timings)
    if worst >= best * 4:
        try:
            import warnings
            warnings.warn_explicit("The test results are likely unreliable. "
                                   "The worst time (%s) was more than four times "
                                   "slower than the best time (%s)."
                                   % (format_time(worst), format_time(best)),
                                   UserWarning, '', 0)
        except ImportError:
            pass
    return None


if __name__ == "__main__":
    sys.exit(main())
