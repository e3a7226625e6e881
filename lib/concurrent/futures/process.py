"""concurrent.futures.process -- ProcessPoolExecutor for weft, backed by threads.

Follows the interface of https://docs.python.org/3.11/library/concurrent.futures.html#processpoolexecutor
weft has no GIL, so the calls run in parallel on worker threads instead of
worker processes (arguments and results are not pickled; memory is shared).
"""

import os
import threading

from concurrent.futures import _base
from concurrent.futures.thread import ThreadPoolExecutor


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when the pool has become unusable."""


_counter_lock = threading.Lock()
_counter_value = -1


def _next_counter():
    global _counter_value
    with _counter_lock:
        _counter_value += 1
        return _counter_value


class ProcessPoolExecutor(ThreadPoolExecutor):
    """Executor with the ProcessPoolExecutor interface, running on threads."""

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if max_tasks_per_child is not None:
            if type(max_tasks_per_child) is not int:
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        super().__init__(max_workers,
                         "ProcessPoolExecutor-%d" % _next_counter(),
                         initializer, initargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)
