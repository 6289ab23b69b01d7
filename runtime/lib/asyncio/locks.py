"""asyncio.locks: coroutine synchronisation primitives.

Every primitive parks waiting coroutines on futures kept in a deque; whoever
makes progress possible resolves the first suitable future, and the parked
coroutine resumes on a later loop iteration.
"""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Barrier')

import collections

from . import exceptions
from . import mixins

_CancelledError = exceptions.CancelledError


def _tagged_repr(obj, state, waiters):
    # "<module.Class object at 0x... [state, waiters:N]>"
    if waiters:
        state = f'{state}, waiters:{len(waiters)}'
    base = object.__repr__(obj)
    return base[:-1] + f' [{state}]>'


def _first_pending(waiters):
    """The oldest waiter future not resolved yet, or None."""
    if waiters:
        for fut in waiters:
            if not fut.done():
                return fut
    return None


async def _park(queue, fut):
    # Wait on fut, queued; it leaves the queue however the wait ends.
    queue.append(fut)
    try:
        return await fut
    finally:
        queue.remove(fut)


def _wake_all(queue):
    # Every waiter still pending in queue gets True.
    for fut in queue:
        if not fut.done():
            fut.set_result(True)


class _AsyncWithAcquire:
    # `async with prim:` is acquire()/release(); the target binds None.

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def __aenter__(self):
        await self.acquire()


class Lock(_AsyncWithAcquire, mixins._LoopBoundMixin):
    """Mutual exclusion between coroutines, granted in arrival order."""

    def __init__(self):
        self._waiters = None  # made on first contention
        self._locked = False

    def __repr__(self):
        return _tagged_repr(self, 'locked' if self._locked else 'unlocked',
                            self._waiters)

    def locked(self):
        return self._locked

    def _free_for_newcomer(self):
        # A newcomer may take the lock at once only if nobody live queues for it.
        if self._locked:
            return False
        queue = self._waiters
        return not queue or all(f.cancelled() for f in queue)

    async def acquire(self):
        if self._free_for_newcomer():
            self._locked = True
            return True
        queue = self._waiters
        if queue is None:
            queue = self._waiters = collections.deque()
        try:
            await _park(queue, self._get_loop().create_future())
        except _CancelledError:
            # We may have been handed the lock just as the cancel arrived:
            # let the next waiter have it instead.
            if not self._locked:
                self._hand_over()
            raise
        else:
            self._locked = True
            return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._hand_over()

    def _hand_over(self):
        queue = self._waiters
        if queue:
            head = queue[0]
            if not head.done():
                head.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A boolean flag that coroutines can wait to see set."""

    def __init__(self):
        self._value = False
        self._waiters = collections.deque()

    def __repr__(self):
        return _tagged_repr(self, 'set' if self._value else 'unset',
                            self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        _wake_all(self._waiters)

    def clear(self):
        self._value = False

    async def wait(self):
        if not self._value:
            await _park(self._waiters, self._get_loop().create_future())
        return True


class Condition(_AsyncWithAcquire, mixins._LoopBoundMixin):
    """Waiters sleep, with the lock let go, until another holder notifies."""

    def __init__(self, lock=None):
        self._lock = lock = Lock() if lock is None else lock
        # The lock's own methods stand in for ours.
        self._waiters = collections.deque()
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release

    def __repr__(self):
        return _tagged_repr(self, 'locked' if self.locked() else 'unlocked',
                            self._waiters)

    def _require_lock(self, action):
        if not self.locked():
            raise RuntimeError(f'cannot {action} on un-acquired lock')

    async def wait(self):
        self._require_lock('wait')
        self.release()
        try:
            await _park(self._waiters, self._get_loop().create_future())
            return True
        finally:
            await self._reacquire()

    async def _reacquire(self):
        # The caller must hold the lock again whatever happened; cancels
        # arriving meanwhile are remembered and raised once it is held.
        interrupted = False
        while True:
            try:
                await self.acquire()
            except _CancelledError:
                interrupted = True
            else:
                break
        if interrupted:
            raise _CancelledError

    async def wait_for(self, predicate):
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        self._require_lock('notify')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                fut.set_result(False)
                woken += 1

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_AsyncWithAcquire, mixins._LoopBoundMixin):
    """A pool of `value` permits; acquire() waits while none is left."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = None  # made on first contention

    def __repr__(self):
        if self.locked():
            state = 'locked'
        else:
            state = f'unlocked, value:{self._value}'
        return _tagged_repr(self, state, self._waiters)

    def locked(self):
        if self._value == 0:
            return True
        # Permits left, but a live waiter is ahead of any newcomer.
        return any(not f.cancelled() for f in (self._waiters or ()))

    async def acquire(self):
        if self.locked():
            await self._await_permit()
            if self._value > 0:
                # Permits remain after ours: pass the turn along.
                self._grant_next()
        else:
            self._value -= 1
        return True

    async def _await_permit(self):
        queue = self._waiters
        if queue is None:
            queue = self._waiters = collections.deque()
        ticket = self._get_loop().create_future()
        try:
            await _park(queue, ticket)
        except _CancelledError:
            if not ticket.cancelled():
                # A permit was reserved for us before the cancel: return it.
                self._value += 1
                self._grant_next()
            raise

    def release(self):
        self._value += 1
        self._grant_next()

    def _grant_next(self):
        # Reserve a permit for the oldest live waiter and wake it.
        fut = _first_pending(self._waiters)
        if fut is not None:
            self._value -= 1
            fut.set_result(True)


class BoundedSemaphore(Semaphore):
    """A Semaphore whose count may never rise above its starting value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._bound_value = value

    def release(self):
        if self._value < self._bound_value:
            super().release()
        else:
            raise ValueError('BoundedSemaphore released too many times')


# Barrier phases: parties gather while 'filling'; the last arrival flips it
# to 'draining' so the others leave; 'resetting' turns those still inside
# away; 'broken' is final until reset().
_FILLING = 'filling'
_DRAINING = 'draining'
_RESETTING = 'resetting'
_BROKEN = 'broken'


class Barrier(mixins._LoopBoundMixin):
    """Holds `parties` coroutines in wait() until all of them have arrived."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        state = self._state
        if state is not _BROKEN:
            state = f'{state}, waiters:{self.n_waiting}/{self._parties}'
        return _tagged_repr(self, state, None)

    async def __aexit__(self, *args):
        pass

    async def __aenter__(self):
        return await self.wait()

    async def wait(self):
        cond = self._cond
        async with cond:
            # Arrivals wait until the previous cycle has fully emptied out.
            await cond.wait_for(
                lambda: self._state is not _DRAINING
                and self._state is not _RESETTING)
            if self._state is _BROKEN:
                raise exceptions.BrokenBarrierError("Barrier aborted")
            position = self._count
            self._count = position + 1
            try:
                if self._count == self._parties:
                    self._state = _DRAINING
                    cond.notify_all()
                else:
                    await cond.wait_for(lambda: self._state is not _FILLING)
                    if self._state is _BROKEN or self._state is _RESETTING:
                        raise exceptions.BrokenBarrierError(
                            "Abort or reset of barrier")
                return position
            finally:
                self._leave()

    def _leave(self):
        self._count -= 1
        if not self._count:
            # The last one out opens the barrier for the next cycle.
            if self._state is _DRAINING or self._state is _RESETTING:
                self._state = _FILLING
            self._cond.notify_all()

    async def _switch_state(self, breaking):
        cond = self._cond
        async with cond:
            if breaking:
                self._state = _BROKEN
            elif self._count:
                self._state = _RESETTING
            else:
                self._state = _FILLING
            cond.notify_all()

    async def reset(self):
        await self._switch_state(False)

    async def abort(self):
        await self._switch_state(True)

    parties = property(lambda self: self._parties)
    n_waiting = property(
        lambda self: self._count if self._state is _FILLING else 0)
    broken = property(lambda self: self._state is _BROKEN)
