"""multiprocessing.pool for weft: Pool and ThreadPool on worker threads (https://docs.python.org/3.11/library/multiprocessing.html#module-multiprocessing.pool)."""

import itertools
import os
import threading
from concurrent.futures import ThreadPoolExecutor

from multiprocessing.process import BaseProcess, _local, TimeoutError

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'ApplyResult', 'MapResult']

RUN, CLOSE, TERMINATE = 0, 1, 2
_worker_ids = itertools.count(1)


class _Worker(BaseProcess):
    pass


class ApplyResult:
    """The result of apply_async/map_async: get(timeout), wait, ready, successful."""

    def __init__(self, future, callback=None, error_callback=None, post=None):
        self._future = future
        self._post = post
        # As in CPython, the callbacks run before the result counts as ready:
        # wait()/get() return only after them.
        self._event = threading.Event()

        def done(f):
            try:
                e = f.exception()
                if e is None:
                    if callback is not None:
                        callback(self._value())
                elif error_callback is not None:
                    error_callback(e)
            finally:
                self._event.set()
        future.add_done_callback(done)

    def _value(self):
        v = self._future.result()
        return self._post(v) if self._post else v

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError(f'{self!r} not ready')
        return self._future.exception() is None

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        if not self._event.wait(timeout):
            raise TimeoutError
        return self._value()


AsyncResult = ApplyResult
MapResult = ApplyResult


class Pool:
    """A pool of `processes` workers (threads in weft)."""

    _worker_prefix = 'ForkPoolWorker'

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError('Number of processes must be at least 1')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._state = RUN
        self._user_init = (initializer, initargs)
        self._exec = ThreadPoolExecutor(processes, initializer=self._init_worker)

    def _init_worker(self):
        if self._worker_prefix:
            w = _Worker(name=f'{self._worker_prefix}-{next(_worker_ids)}')
            w._thread = threading.current_thread()
            _local.process = w
        init, args = self._user_init
        if init is not None:
            init(*args)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError('Pool not running')

    def _submit(self, func, args=(), kwds={}):
        self._check_running()
        return self._exec.submit(func, *args, **kwds)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        return ApplyResult(self._submit(func, args, kwds), callback, error_callback)

    def _map_future(self, func, iterable, star):
        self._check_running()
        items = list(iterable)
        futures = [self._exec.submit(func, *x) if star else self._exec.submit(func, x)
                   for x in items]
        return futures

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def _gather(self, futures, callback, error_callback):
        def collect():
            return [f.result() for f in futures]
        return ApplyResult(self._exec_gather(collect), callback, error_callback)

    def _exec_gather(self, collect):
        # a separate thread waits for the items so a full pool cannot deadlock
        from concurrent.futures import Future
        fut = Future()

        def run():
            try:
                fut.set_result(collect())
            except BaseException as e:
                fut.set_exception(e)
        threading.Thread(target=run, daemon=True).start()
        return fut

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._gather(self._map_future(func, iterable, False), callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._gather(self._map_future(func, iterable, True), callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        futures = self._map_future(func, iterable, False)
        return (f.result() for f in futures)

    def imap_unordered(self, func, iterable, chunksize=1):
        from concurrent.futures import as_completed
        futures = self._map_future(func, iterable, False)
        return (f.result() for f in as_completed(futures))

    def close(self):
        self._state = CLOSE

    def terminate(self):
        self._state = TERMINATE
        self._exec.shutdown(wait=False, cancel_futures=True)

    def join(self):
        if self._state == RUN:
            raise ValueError('Pool is still running')
        self._exec.shutdown(wait=True)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        state = {RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}[self._state]
        return f'<{type(self).__module__}.{type(self).__qualname__} state={state} pool_size={self._processes}>'


class ThreadPool(Pool):
    """A Pool whose workers are threads (in CPython too)."""

    _worker_prefix = None

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)
