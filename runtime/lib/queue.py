"""queue: FIFO, LIFO and priority queues, plus SimpleQueue.

Ember runs a single thread (see threading.py), so while a caller waits no one
else can put or get. A get on an empty queue (or a put on a full one) given a
timeout therefore sleeps for it and raises Empty (Full), which is what
CPython does when no other thread helps; without a timeout it raises
RuntimeError instead of hanging. join() with work outstanding does the same.
"""

import threading
import time as _time
from collections import deque
from heapq import heappush, heappop
from types import GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """get()/get_nowait() found nothing to return."""


# CPython defines Empty in its C accelerator; its printed name says so.
Empty.__module__ = '_queue'


class Full(Exception):
    """put()/put_nowait() found a bounded queue at capacity."""


def _cannot_proceed(what, block, timeout, error):
    """Called when a put/get must wait: raises the error that waiting would
    end in, since no other thread exists to make progress."""
    if not block:
        raise error
    if timeout is None:
        raise RuntimeError(
            "%s would block forever: Ember runs a single thread" % what)
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    if timeout:
        _time.sleep(timeout)
    raise error


class Queue:
    """First in, first out; bounded when maxsize > 0."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # Programs use these (e.g. `with q.mutex:`), so they exist as in
        # CPython, all sharing the one lock.
        lock = self.mutex = threading.Lock()
        self.not_empty = threading.Condition(lock)
        self.not_full = threading.Condition(lock)
        self.all_tasks_done = threading.Condition(lock)
        self.unfinished_tasks = 0

    __class_getitem__ = classmethod(GenericAlias)

    def _at_capacity(self):
        return 0 < self.maxsize <= self._qsize()

    def task_done(self):
        """Record that one item taken from the queue has been dealt with."""
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1

    def join(self):
        """Return once task_done() has matched every put()."""
        with self.all_tasks_done:
            if self.unfinished_tasks:
                raise RuntimeError(
                    "Queue.join() would block forever: Ember runs a single "
                    "thread")

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        with self.mutex:
            return self._at_capacity()

    def _stall(self, what, block, timeout, error):
        # Wait (see the module note) with the mutex let go meanwhile.
        if not block:
            raise error
        self.mutex.release()
        try:
            _cannot_proceed(what, block, timeout, error)
        finally:
            self.mutex.acquire()

    def put(self, item, block=True, timeout=None):
        """Add item; a full bounded queue raises Full (see the module note)."""
        with self.not_full:
            if self._at_capacity():
                self._stall("Queue.put() on a full queue", block, timeout,
                            Full)
            self._put(item)
            self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Take the next item; an empty queue raises Empty (see the module
        note)."""
        with self.not_empty:
            if not self._qsize():
                self._stall("Queue.get() on an empty queue", block, timeout,
                            Empty)
            return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # Storage hooks, overridden by the subclasses below (and by programs).

    def _init(self, maxsize):
        self.queue = deque()

    def _get(self):
        return self.queue.popleft()

    def _put(self, item):
        self.queue.append(item)

    def _qsize(self):
        return len(self.queue)


def _list_storage(self, maxsize):
    # PriorityQueue and LifoQueue keep their items in a plain list (the
    # inherited _qsize works for it as it is).
    self.queue = []


class PriorityQueue(Queue):
    """Hands out the smallest item first (the list is kept as a heap)."""

    _init = _list_storage

    def _get(self):
        return heappop(self.queue)

    def _put(self, item):
        heappush(self.queue, item)


class LifoQueue(Queue):
    """Hands out the newest item first, like a stack."""

    _init = _list_storage

    def _get(self):
        return self.queue.pop()

    def _put(self, item):
        self.queue.append(item)


class SimpleQueue:
    """An unbounded FIFO queue without task accounting."""

    def __init__(self):
        self._queue = deque()

    __class_getitem__ = classmethod(GenericAlias)

    def put(self, item, block=True, timeout=None):
        """Add item; never waits, as there is no bound."""
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Take the oldest item; an empty queue raises Empty (see the module
        note)."""
        items = self._queue
        if not items:
            _cannot_proceed("SimpleQueue.get() on an empty queue", block,
                            timeout, Empty)
        return items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)


SimpleQueue.__module__ = '_queue'
