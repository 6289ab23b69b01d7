"""asyncio.queues: FIFO, priority and LIFO queues for coroutines.

Coroutines blocked in put() or get() wait on futures kept in two lines (deques); every
change to the queue releases the oldest live waiter of the other line.
"""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import collections
import heapq

from . import locks
from . import mixins


class QueueEmpty(Exception):
    """get_nowait() found no item."""


class QueueFull(Exception):
    """put_nowait() found no room."""


class Queue(mixins._LoopBoundMixin):
    """First in, first out; a maxsize of zero or less means no bound."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()  # get() calls waiting for an item
        self._putters = collections.deque()  # put() calls waiting for room
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    # The storage: the three methods subclasses replace.
    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    @staticmethod
    def _release_oldest(line):
        # The oldest waiter still pending goes on (cancelled ones are dropped).
        while line:
            fut = line.popleft()
            if not fut.done():
                fut.set_result(None)
                return

    async def _wait_while(self, line, blocked):
        # Parks the caller in `line` until blocked() is false. A waiter that leaves
        # early (cancelled, or an error thrown in) after being released passes the
        # release on, so that no wake-up is lost.
        while blocked():
            fut = self._get_loop().create_future()
            line.append(fut)
            try:
                await fut
            except:
                fut.cancel()
                if fut in line:
                    line.remove(fut)
                if not blocked() and not fut.cancelled():
                    self._release_oldest(line)
                raise

    def _format(self):
        parts = [f'maxsize={self._maxsize!r}']
        if getattr(self, '_queue', None):
            parts.append(f'_queue={list(self._queue)!r}')
        for label, line in (('_getters', self._getters), ('_putters', self._putters)):
            if line:
                parts.append(f'{label}[{len(line)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def __class_getitem__(cls, item):
        # (types is imported here: importing asyncio should not load it.)
        from types import GenericAlias
        return GenericAlias(cls, item)

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def put(self, item):
        """Puts item in, first waiting for room while the queue is full."""
        await self._wait_while(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._release_oldest(self._getters)

    async def get(self):
        """Takes the next item out, first waiting for one while the queue is empty."""
        await self._wait_while(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._release_oldest(self._putters)
        return item

    def task_done(self):
        """One item taken by get() is processed; join() waits until all are."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Gives the lowest entry first (the entries form a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Gives the newest entry first."""

    def _get(self):
        return self._queue.pop()
