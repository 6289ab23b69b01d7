"""queue: FIFO, LIFO and priority queues, plus SimpleQueue.

A get on an empty queue (or a put on a full one) waits, letting the other
(green) threads run, until another thread puts (gets) or the timeout passes.
"""

import threading
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


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


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
            if not self.unfinished_tasks:
                self.all_tasks_done.notify_all()

    def join(self):
        """Return once task_done() has matched every put()."""
        with self.all_tasks_done:
            self.all_tasks_done.wait_for(lambda: not self.unfinished_tasks)

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        with self.mutex:
            return self._at_capacity()

    def put(self, item, block=True, timeout=None):
        """Add item, waiting while a bounded queue is full (Full if it stays
        full past the timeout, or at once when not blocking)."""
        with self.not_full:
            if self._at_capacity():
                if not block:
                    raise Full
                _check_timeout(timeout)
                if not self.not_full.wait_for(
                        lambda: not self._at_capacity(), timeout):
                    raise Full
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Take the next item, waiting while the queue is empty (Empty if it
        stays empty past the timeout, or at once when not blocking)."""
        with self.not_empty:
            if not self._qsize():
                if not block:
                    raise Empty
                _check_timeout(timeout)
                if not self.not_empty.wait_for(self._qsize, timeout):
                    raise Empty
            item = self._get()
            self.not_full.notify()
            return item

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
        self._ready = threading.Condition(threading.Lock())

    __class_getitem__ = classmethod(GenericAlias)

    def put(self, item, block=True, timeout=None):
        """Add item; never waits, as there is no bound."""
        with self._ready:
            self._queue.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        self.put(item)

    def get(self, block=True, timeout=None):
        """Take the oldest item, waiting while there is none (Empty past the
        timeout, or at once when not blocking)."""
        with self._ready:
            items = self._queue
            if not items:
                if not block:
                    raise Empty
                _check_timeout(timeout)
                if not self._ready.wait_for(lambda: items, timeout):
                    raise Empty
            return items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)


SimpleQueue.__module__ = '_queue'
