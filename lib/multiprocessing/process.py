"""multiprocessing.process for weft: Process objects run their target on a thread (https://docs.python.org/3.11/library/multiprocessing.html#process-and-exceptions)."""

import itertools
import os
import sys
import threading

__all__ = ['BaseProcess', 'Process', 'current_process', 'active_children', 'parent_process']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_counter = itertools.count(1)
_children = set()
_local = threading.local()
_pids = itertools.count(os.getpid() + 1)


def _copied(arg):
    """What a child process sees of an argument: a deep copy (as pickling would make),
    except for the shared objects (queues, Value, Array, manager objects), which define
    __deepcopy__ to return themselves, and objects that cannot be copied."""
    import copy
    try:
        return copy.deepcopy(arg)
    except Exception:
        return arg


class BaseProcess:
    """A process-like activity: start() runs target(*args, **kwargs) on a new thread."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_counter)
        self._identity = (count,)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or f'{type(self).__name__}-{count}'
        self._daemon = daemon
        self._thread = None
        self._popen = None
        self._exitcode = None
        self._pid = None
        self._parent_pid = os.getpid()
        self._closed = False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        _local.process = self
        code = 0
        try:
            self.run()
        except SystemExit as e:
            c = e.code
            if c is None:
                code = 0
            elif isinstance(c, int):
                code = c
            else:
                sys.stderr.write(str(c) + '\n')
                code = 1
        except BaseException:
            import traceback
            sys.stderr.write(f'Process {self._name}:\n')
            traceback.print_exc()
            code = 1
        finally:
            sys.stdout.flush()
        self._exitcode = code

    def start(self):
        self._check_closed()
        assert self._thread is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        self._args = tuple(_copied(a) for a in self._args)
        self._kwargs = {k: _copied(v) for k, v in self._kwargs.items()}
        self._pid = next(_pids)
        self._thread = threading.Thread(target=self._bootstrap, name=self._name,
                                        daemon=bool(self._daemon))
        _children.add(self)
        self._thread.start()

    def join(self, timeout=None):
        self._check_closed()
        assert self._thread is not None, 'can only join a started process'
        self._thread.join(timeout)
        if not self._thread.is_alive():
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is current_process():
            return True
        return self._thread is not None and self._thread.is_alive()

    def terminate(self):
        # a thread cannot be stopped from outside; the target runs to its end
        pass

    kill = terminate

    def close(self):
        if self._thread is not None and self._thread.is_alive():
            raise ValueError('Cannot close a process while it is still running. '
                             'You should first call join() or terminate().')
        _children.discard(self)
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError('process object is closed')

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return bool(self._daemon)

    @daemon.setter
    def daemon(self, value):
        assert self._thread is None, 'process has already started'
        self._daemon = value

    @property
    def exitcode(self):
        self._check_closed()
        if self._thread is not None and self._thread.is_alive():
            return None
        return self._exitcode

    @property
    def pid(self):
        self._check_closed()
        return self._pid

    ident = pid

    @property
    def authkey(self):
        return b'weft'

    @property
    def sentinel(self):
        self._check_closed()
        raise ValueError('process not started') if self._thread is None else None

    def __repr__(self):
        if self is _main:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._thread is None:
            status = 'initial'
        elif self._thread.is_alive():
            status = 'started'
        elif self._exitcode == 0:
            status = 'stopped'
        else:
            status = f'stopped exitcode={self._exitcode}'
        daemon = ' daemon' if self._daemon else ''
        if self._thread is None or self is _main:
            return f'<{type(self).__name__} name={self._name!r} parent={self._parent_pid} {status}{daemon}>'
        return f'<{type(self).__name__} name={self._name!r} pid={self._pid} parent={self._parent_pid} {status}{daemon}>'


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._daemon = False
        self._thread = None
        self._exitcode = None
        self._pid = os.getpid()
        self._parent_pid = None
        self._closed = False
        self._target = None

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_main = _MainProcess()


def current_process():
    """The Process object of the running code (MainProcess outside any child)."""
    return getattr(_local, 'process', _main)


def parent_process():
    p = current_process()
    return None if p is _main else _main


def active_children():
    for p in list(_children):
        if p._thread is not None and not p._thread.is_alive():
            _children.discard(p)
    return list(_children)
