"""asyncio.queues: FIFO, priority and LIFO queues for coroutines.

Coroutines blocked in put() or get() wait on futures kept in two lines (deques); every
change to the queue releases the oldest live waiter of the other line.
"""

from collections import deque
from heapq import heappop, heappush

from . import locks, mixins

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueFull(Exception):
    """put_nowait() found no room."""


class QueueEmpty(Exception):
    """get_nowait() found no item."""


class Queue(mixins._LoopBoundMixin):
    """First in, first out; a maxsize of zero or less means no bound."""

    def __init__(self, maxsize=0):
        # Futures of the get() calls waiting for an item and of the put() calls
        # waiting for room, oldest first.
        self._getters, self._putters = deque(), deque()
        self._maxsize = maxsize
        # Items put and not yet reported done; join() waits on the event.
        self._unfinished_tasks = 0
        idle = self._finished = locks.Event()
        idle.set()
        self._init(maxsize)

    # The storage: the three methods subclasses replace.
    def _init(self, maxsize):
        self._queue = deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

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

    def _show(self, where):
        return f'<{type(self).__name__}{where} {self._format()}>'

    def __repr__(self):
        return self._show(f' at {id(self):#x}')

    def __str__(self):
        return self._show('')

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
        """Puts item in at once, or raises QueueFull."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._finished.clear()
        self._unfinished_tasks += 1
        self._release_oldest(self._getters)

    async def get(self):
        """Takes the next item out, first waiting for one while the queue is empty."""
        await self._wait_while(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        """Takes the next item out at once, or raises QueueEmpty."""
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
        heappush(self._queue, item)

    def _get(self):
        return heappop(self._queue)


class LifoQueue(Queue):
    """Gives the newest entry first."""

    def _get(self):
        return self._queue.pop()
