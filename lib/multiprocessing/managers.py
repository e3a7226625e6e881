"""multiprocessing.managers for weft: SyncManager handing out ordinary shared objects (https://docs.python.org/3.11/library/multiprocessing.html#managers)."""

import threading

__all__ = ['BaseManager', 'SyncManager', 'Namespace']


class Namespace:
    def __deepcopy__(self, memo):
        return self

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = [f'{k}={v!r}' for k, v in self.__dict__.items() if not k.startswith('_')]
        return f"Namespace({', '.join(items)})"


class _Shared:
    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self


class DictProxy(_Shared, dict):
    pass


class ListProxy(_Shared, list):
    pass


class BaseManager:
    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        self._started = False

    def start(self, initializer=None, initargs=()):
        if self._started:
            raise RuntimeError('Already started server')
        self._started = True
        if initializer is not None:
            initializer(*initargs)

    def shutdown(self):
        self._started = False

    def join(self, timeout=None):
        pass

    def __enter__(self):
        if not self._started:
            self.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()


class SyncManager(BaseManager):
    """dict(), list(), Namespace(), Queue(), Value(), Lock()... as objects shared by all threads."""

    def dict(self, *args, **kwds):
        return DictProxy(*args, **kwds)

    def list(self, *args):
        return ListProxy(*args)

    def Namespace(self, **kwds):
        return Namespace(**kwds)

    def Queue(self, maxsize=0):
        from multiprocessing.queues import JoinableQueue
        return JoinableQueue(maxsize)

    JoinableQueue = Queue

    def Value(self, typecode, value, lock=True):
        from multiprocessing.sharedctypes import Value
        return Value(typecode, value)

    def Array(self, typecode, sequence, lock=True):
        from multiprocessing.sharedctypes import Array
        return Array(typecode, sequence)

    def Lock(self):
        return threading.Lock()

    def RLock(self):
        return threading.RLock()

    def Semaphore(self, value=1):
        return threading.Semaphore(value)

    def BoundedSemaphore(self, value=1):
        return threading.BoundedSemaphore(value)

    def Event(self):
        return threading.Event()

    def Condition(self, lock=None):
        return threading.Condition(lock)

    def Barrier(self, parties, action=None, timeout=None):
        return threading.Barrier(parties, action, timeout)

    def Pool(self, processes=None, initializer=None, initargs=()):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs)
