"""signal -- set handlers for asynchronous events (weft's own implementation).

Follows https://docs.python.org/3.11/library/signal.html
When weft provides a Rust `_signal` module its functions are used; otherwise
the handlers are only stored (signal()/getsignal() work, but no OS signal is
delivered to them except through weft's own Ctrl-C -> KeyboardInterrupt).
"""

import os as _os

_SIGNALS = [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5), ('SIGABRT', 6),
    ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9), ('SIGUSR1', 10), ('SIGSEGV', 11), ('SIGUSR2', 12),
    ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15), ('SIGSTKFLT', 16), ('SIGCHLD', 17),
    ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20), ('SIGTTIN', 21), ('SIGTTOU', 22),
    ('SIGURG', 23), ('SIGXCPU', 24), ('SIGXFSZ', 25), ('SIGVTALRM', 26), ('SIGPROF', 27),
    ('SIGWINCH', 28), ('SIGIO', 29), ('SIGPWR', 30), ('SIGSYS', 31), ('SIGRTMIN', 34), ('SIGRTMAX', 64),
]
_ALIASES = [('SIGIOT', 6), ('SIGCLD', 17), ('SIGPOLL', 29)]
_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock',
    15: 'Terminated', 16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
    20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
    31: 'Bad system call',
}

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

try:
    import _signal
except ImportError:
    _signal = None


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


class ItimerError(OSError):
    pass


try:
    from enum import IntEnum as _IntEnum
    Signals = _IntEnum('Signals', _SIGNALS + _ALIASES, module=__name__)
    Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
    Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)],
                        module=__name__)
except Exception:
    _IntEnum = None
    Signals = Handlers = Sigmasks = None

_g = globals()
for _name, _value in _SIGNALS + _ALIASES:
    _g[_name] = Signals(_value) if Signals is not None else _value
for _name, _value in (('SIG_DFL', 0), ('SIG_IGN', 1)):
    _g[_name] = Handlers(_value) if Handlers is not None else _value
for _name, _value in (('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)):
    _g[_name] = Sigmasks(_value) if Sigmasks is not None else _value
del _g, _name, _value


def _int_to_enum(value, enum_klass):
    if enum_klass is None:
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


_handlers = {2: default_int_handler}


def _check_signum(signalnum):
    signalnum = _enum_to_int(signalnum)
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def signal(signalnum, handler):
    """Set the action for the given signal; return the previous handler."""
    if _signal is not None and hasattr(_signal, 'signal'):
        return _int_to_enum(_signal.signal(_enum_to_int(signalnum), _enum_to_int(handler)), Handlers)
    signalnum = _check_signum(signalnum)
    h = _enum_to_int(handler)
    if not callable(handler) and h not in (0, 1):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    if signalnum in (9, 19):
        raise OSError(22, 'Invalid argument')
    import threading
    if threading.current_thread() is not threading.main_thread():
        raise ValueError("signal only works in main thread of the main interpreter")
    old = _handlers.get(signalnum, 0)
    _handlers[signalnum] = handler
    return _int_to_enum(old, Handlers)


def getsignal(signalnum):
    """Return the current action for the given signal."""
    if _signal is not None and hasattr(_signal, 'getsignal'):
        return _int_to_enum(_signal.getsignal(_enum_to_int(signalnum)), Handlers)
    signalnum = _check_signum(signalnum)
    return _int_to_enum(_handlers.get(signalnum, 0), Handlers)


def strsignal(signalnum):
    """Return the system description of the given signal (None if unknown)."""
    signalnum = _check_signum(signalnum)
    if 34 <= signalnum <= 64:
        return 'Real-time signal %d' % (signalnum - 34)
    return _DESCRIPTIONS.get(signalnum)


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    out = set()
    for n in range(1, NSIG):
        if n in (32, 33):
            continue
        out.add(_int_to_enum(n, Signals))
    return out


def raise_signal(signalnum, /):
    """Send a signal to the executing process."""
    _os.kill(_os.getpid(), _enum_to_int(signalnum))


if _signal is not None:
    for _name in dir(_signal):
        if not _name.startswith('__') and _name not in ('signal', 'getsignal') and _name not in globals():
            globals()[_name] = getattr(_signal, _name)
