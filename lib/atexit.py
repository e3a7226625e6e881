"""atexit -- functions run when the interpreter exits (weft's own implementation).

Follows https://docs.python.org/3.11/library/atexit.html
weft calls atexit._run_exitfuncs() at exit when this module was imported.
"""

import sys as _sys

try:
    from _thread import allocate_lock as _allocate_lock
    _lock = _allocate_lock()
except ImportError:
    _lock = None

_callbacks = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination; returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    if _lock is not None:
        with _lock:
            _callbacks.append((func, args, kwargs))
    else:
        _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of func (compared with ==)."""
    if _lock is not None:
        with _lock:
            _callbacks[:] = [c for c in _callbacks if not (c[0] == func)]
    else:
        _callbacks[:] = [c for c in _callbacks if not (c[0] == func)]


def _clear():
    """Clear the list of previously registered exit functions."""
    del _callbacks[:]


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_callbacks)


def _run_exitfuncs():
    """Run all registered exit functions, last registered first.

    An exception in a callback is reported as CPython does ("Exception
    ignored in atexit callback: ...") and the remaining callbacks still run.
    """
    while True:
        if _lock is not None:
            with _lock:
                if not _callbacks:
                    break
                func, args, kwargs = _callbacks.pop()
        else:
            if not _callbacks:
                break
            func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:  # SystemExit included, as in CPython
            _report(func, exc)


def _report(func, exc):
    # as CPython: through sys.unraisablehook, without the _run_exitfuncs frame
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code is _run_exitfuncs.__code__:
        exc = exc.with_traceback(tb.tb_next)
    try:
        from _thread import _weft_write_unraisable
    except ImportError:
        return
    _weft_write_unraisable(exc, "Exception ignored in atexit callback", func)
