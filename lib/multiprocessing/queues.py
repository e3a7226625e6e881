"""multiprocessing.queues for weft: Queue, JoinableQueue, SimpleQueue and Pipe over queue.Queue (https://docs.python.org/3.11/library/multiprocessing.html#pipes-and-queues)."""

import queue as _queue
from queue import Empty, Full

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe', 'Connection', 'Empty', 'Full']


class Queue:
    """A FIFO shared by the parent and its workers."""

    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize
        self._q = _queue.Queue(maxsize)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f'Queue {self!r} is closed')
        self._q.put(obj, block, timeout)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f'Queue {self!r} is closed')
        return self._q.get(block, timeout)

    def __deepcopy__(self, memo):
        return self

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue with task_done() and join()."""

    def task_done(self):
        self._q.task_done()

    def join(self):
        self._q.join()


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._q = _queue.Queue()
        self._closed = False

    def put(self, obj):
        self._q.put(obj)

    def get(self):
        return self._q.get()

    def empty(self):
        return self._q.empty()

    def close(self):
        self._closed = True

    def __deepcopy__(self, memo):
        return self


class Connection:
    """One end of a Pipe: send()/recv() objects, send_bytes()/recv_bytes() bytes."""

    def __init__(self, inbox, outbox, readable=True, writable=True):
        self._in, self._out = inbox, outbox
        self._readable, self._writable = readable, writable
        self._closed = False

    def _check(self, want):
        if self._closed:
            raise OSError('handle is closed')
        if want == 'r' and not self._readable:
            raise OSError('connection is write-only')
        if want == 'w' and not self._writable:
            raise OSError('connection is read-only')

    def __deepcopy__(self, memo):
        return self

    def send(self, obj):
        self._check('w')
        self._out.put(obj)

    def recv(self):
        self._check('r')
        item = self._in.get()
        if item is _EOF:
            self._in.put(_EOF)
            raise EOFError
        return item

    def send_bytes(self, buf, offset=0, size=None):
        b = bytes(memoryview(buf))
        if offset < 0:
            raise ValueError('offset is negative')
        if size is None:
            size = len(b) - offset
        if size < 0:
            raise ValueError('size is negative')
        if offset + size > len(b):
            raise ValueError('buffer length < offset + size')
        self.send(b[offset:offset + size])

    def recv_bytes(self, maxlength=None):
        b = self.recv()
        if maxlength is not None and len(b) > maxlength:
            raise OSError('bad message length')
        return b

    def poll(self, timeout=0.0):
        self._check('r')
        if not self._in.empty():
            return True
        if not timeout:
            return False
        try:
            item = self._in.get(True, timeout)
        except Empty:
            return False
        # put it back at the front: rebuild the queue's order
        with self._in.mutex:
            self._in.queue.appendleft(item)
            self._in.unfinished_tasks += 1
            self._in.not_empty.notify()
        return True

    def close(self):
        if not self._closed:
            self._closed = True
            if self._writable:
                self._out.put(_EOF)

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        raise OSError('weft pipes have no file descriptor')

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


_EOF = object()


def Pipe(duplex=True):
    """A pair (conn1, conn2) of connected ends; with duplex=False conn1 only receives."""
    a, b = _queue.Queue(), _queue.Queue()
    if duplex:
        return Connection(a, b), Connection(b, a)
    return Connection(a, None, True, False), Connection(None, a, False, True)
