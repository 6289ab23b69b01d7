"""Synchronised queues (Queue, LifoQueue, PriorityQueue, SimpleQueue) for Ember's single thread.

Ember runs one thread (see threading.py): nothing can put or get while the caller waits.
So a blocking get on an empty queue (or put on a full one) with a timeout sleeps for the
timeout and raises Empty (Full), as CPython would with no other thread around, and one
without a timeout raises RuntimeError instead of deadlocking; join() likewise.
"""

import threading
import time as _time
from collections import deque
from heapq import heappush, heappop
from types import GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by get() and get_nowait() when the queue holds no item."""
    pass


# CPython defines Empty in its C accelerator module; keep its printed name.
Empty.__module__ = '_queue'


class Full(Exception):
    """Raised by put() and put_nowait() when a bounded queue is full."""
    pass


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _never_ready(what, timeout, exc):
    """A wait no other thread can end: sleep out a timeout, or refuse to block forever."""
    if timeout is None:
        raise RuntimeError("%s would block forever: Ember runs a single thread" % what)
    if timeout > 0:
        _time.sleep(timeout)
    raise exc


class Queue:
    """A FIFO queue, bounded when maxsize > 0."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # The same attributes as CPython, as programs use `with q.mutex:`.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Marks one formerly enqueued task as complete."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left

    def join(self):
        """Returns once every item put has been marked done with task_done()."""
        with self.all_tasks_done:
            if self.unfinished_tasks:
                raise RuntimeError("Queue.join() would block forever: Ember runs a single thread")

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Puts item in the queue; raises Full when bounded and full (see the module note)."""
        with self.not_full:
            if self.maxsize > 0 and self._qsize() >= self.maxsize:
                if not block:
                    raise Full
                _check_timeout(timeout)
                self.mutex.release()
                try:
                    _never_ready("Queue.put() on a full queue", timeout, Full)
                finally:
                    self.mutex.acquire()
            self._put(item)
            self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Removes and returns an item; raises Empty when there is none (see the module note)."""
        with self.not_empty:
            if not self._qsize():
                if not block:
                    raise Empty
                _check_timeout(timeout)
                self.mutex.release()
                try:
                    _never_ready("Queue.get() on an empty queue", timeout, Empty)
                finally:
                    self.mutex.acquire()
            return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage hooks subclasses override.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(GenericAlias)


class PriorityQueue(Queue):
    """A queue that returns the smallest item first (a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """A queue that returns the most recently added item first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Puts item in the queue (never blocks: the queue is unbounded)."""
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Removes and returns an item; raises Empty when there is none (see the module note)."""
        if self._queue:
            return self._queue.popleft()
        if not block:
            raise Empty
        _check_timeout(timeout)
        _never_ready("SimpleQueue.get() on an empty queue", timeout, Empty)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(GenericAlias)


SimpleQueue.__module__ = '_queue'
