"""asyncio.taskgroups: TaskGroup, structured concurrency with 3.11's semantics.

The group's children run while the `async with` body does; leaving the body waits for
all of them. The first child to fail cancels the others and the task that owns the
group (a cancellation the group takes back on exit, unless someone else asked for one
too); the failures then leave together as one ExceptionGroup. SystemExit and
KeyboardInterrupt are not grouped: the first of them is raised as it is.
"""

__all__ = ("TaskGroup",)

from . import events
from . import exceptions
from . import tasks


def _fatal(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:

    def __init__(self):
        self._loop = None
        self._parent = None           # the task running the `async with`
        self._children = {}           # running children, in creation order
        self._errors = []             # what failed children raised (None once reported)
        self._fatal = None            # a SystemExit/KeyboardInterrupt met on the way
        self._drained = None          # resolved when the last child finishes
        self._entered = self._exiting = self._aborting = False
        self._cancelled_parent = False  # the group itself cancelled the parent task

    def __repr__(self):
        parts = []
        if self._children:
            parts.append(f'tasks={len(self._children)}')
        if self._errors:
            parts.append(f'errors={len(self._errors)}')
        if self._aborting:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return '<TaskGroup' + ''.join(' ' + p for p in parts) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent = tasks.current_task(self._loop)
        if self._parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _fatal(exc) and self._fatal is None:
            self._fatal = exc
        # A cancellation of the body goes on after the children are done, unless it
        # was the group's own (and nobody else's).
        cancellation = exc if et is exceptions.CancelledError else None
        if self._cancelled_parent and self._parent.uncancel() == 0:
            cancellation = None
        if et is not None and not self._aborting:
            self._abort()
        while self._children:
            self._drained = self._loop.create_future()
            try:
                await self._drained
            except exceptions.CancelledError as ex:
                # Cancelled while waiting: the children go too, and so does this.
                if not self._aborting:
                    cancellation = ex
                    self._abort()
            self._drained = None
        if self._fatal is not None:
            raise self._fatal
        if cancellation is not None and not self._errors:
            raise cancellation
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def _check_accepting(self):
        # While exiting, new children are still welcome as long as some
        # are running; once aborting, never.
        if self._exiting and not self._children:
            state = 'is finished'
        elif self._aborting:
            state = 'is shutting down'
        else:
            return
        raise RuntimeError(f"TaskGroup {self!r} {state}")

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting or self._aborting:
            self._check_accepting()
        if context is None:
            child = self._loop.create_task(coro)
        else:
            child = self._loop.create_task(coro, context=context)
        if name is not None:
            child.set_name(name)
        child.add_done_callback(self._child_done)
        self._children[child] = None
        return child

    def _abort(self):
        self._aborting = True
        for child in list(self._children):
            if not child.done():
                child.cancel()

    def _child_done(self, child):
        self._children.pop(child, None)
        if not self._children and self._drained is not None and not self._drained.done():
            self._drained.set_result(True)
        if child.cancelled():
            return
        exc = child.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _fatal(exc) and self._fatal is None:
            self._fatal = exc
        if self._parent.done():
            # Nobody is left to raise it to: the loop's handler reports it.
            self._loop.call_exception_handler({
                'message': f'Task {child!r} has errored out but its parent '
                           f'task {self._parent} is already completed',
                'exception': exc,
                'task': child,
            })
            return
        if not self._aborting and not self._cancelled_parent:
            # The first failure: stop the siblings and interrupt the body.
            self._abort()
            self._cancelled_parent = True
            self._parent.cancel()
