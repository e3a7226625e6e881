"""multiprocessing for weft, backed by threads (https://docs.python.org/3.11/library/multiprocessing.html).

weft threads run Python in parallel, so Process, Pool and the queues here run their work on
threads of this process, with multiprocessing's interface. The difference a program can see:
memory is shared (a child's changes to module globals are visible to the parent). Arguments of
Process targets are deep-copied, as pickling would, so changes to them stay in the child.
"""

import os
import threading
from queue import Empty, Full  # noqa: F401  (multiprocessing.queues re-exports them)

from multiprocessing.process import (Process, current_process, active_children,  # noqa: F401
                                     parent_process, ProcessError, BufferTooShort,
                                     TimeoutError, AuthenticationError)
from multiprocessing.queues import Queue, JoinableQueue, SimpleQueue, Pipe  # noqa: F401
from multiprocessing.sharedctypes import Value, Array, RawValue, RawArray  # noqa: F401

__all__ = ['Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore', 'BufferTooShort',
           'Condition', 'Event', 'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool', 'Process',
           'ProcessError', 'Queue', 'RLock', 'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue',
           'TimeoutError', 'Value', 'active_children', 'cpu_count', 'current_process',
           'freeze_support', 'get_context', 'get_start_method', 'set_start_method',
           'get_all_start_methods', 'parent_process']

Lock = threading.Lock
RLock = threading.RLock
Semaphore = threading.Semaphore
BoundedSemaphore = threading.BoundedSemaphore
Event = threading.Event
Condition = threading.Condition
Barrier = threading.Barrier

_start_method = None


def cpu_count():
    """The number of CPUs (NotImplementedError if it cannot be found)."""
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


def freeze_support():
    pass


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


def get_start_method(allow_none=False):
    global _start_method
    if _start_method is None and not allow_none:
        _start_method = 'fork'
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method is not None and method not in get_all_start_methods():
        raise ValueError(f'cannot find context for {method!r}')
    _start_method = method


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """A pool of workers (threads in weft) with map/apply/imap and their async forms."""
    from multiprocessing.pool import Pool as _Pool
    return _Pool(processes, initializer, initargs, maxtasksperchild)


def Manager():
    """A manager whose dict()/list()/Queue()... are shared objects of this process."""
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


class _Context:
    """What get_context() returns: this module's API under a start method's name."""

    def __init__(self, method):
        self._name = method

    def get_start_method(self, allow_none=False):
        return self._name

    def __getattr__(self, name):
        import multiprocessing
        return getattr(multiprocessing, name)


def get_context(method=None):
    if method is not None and method not in get_all_start_methods():
        raise ValueError(f'cannot find context for {method!r}')
    return _Context(method or get_start_method())
