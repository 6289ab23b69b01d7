"""asyncio.events: callback handles, the loop policy and the running-loop slot."""

__all__ = (
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer',
    'Handle', 'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    '_set_running_loop', 'get_running_loop', '_get_running_loop',
)

import sys

from . import format_helpers


def _describe_callback(callback, args):
    return format_helpers._format_callback_source(callback, args)


class Handle:
    """One scheduled call of callback(*args), which may be cancelled."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_repr',
                 '_context', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        # None runs the callback in whatever context is current, which spares
        # a context copy per call (tasks switch to their own context anyway).
        self._context = context
        self._cancelled = False
        self._repr = None

    def _repr_info(self):
        parts = [type(self).__name__]
        if self._cancelled:
            parts.append('cancelled')
        if self._callback is not None:
            parts.append(_describe_callback(self._callback, self._args))
        return parts

    def __repr__(self):
        cached = self._repr
        if cached is None:
            cached = '<' + ' '.join(self._repr_info()) + '>'
        return cached

    def get_context(self):
        return self._context

    def _forget(self):
        # Drop the callback and its arguments so they can be collected.
        self._cancelled = True
        self._callback = self._args = None

    def cancel(self):
        if not self._cancelled:
            self._forget()

    def cancelled(self):
        return self._cancelled

    def _run(self):
        fn = self._callback
        args = self._args
        try:
            ctx = self._context
            if ctx is not None:
                ctx.run(fn, *args)
            elif not args:
                fn()
            elif len(args) == 1:
                # Fixed-arity calls: *args calls are slow in Ember.
                fn(args[0])
            elif len(args) == 2:
                fn(args[0], args[1])
            else:
                fn(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler(dict(
                message='Exception in callback '
                        + _describe_callback(self._callback, self._args),
                exception=exc, handle=self))


def _when_order(test):
    # A rich comparison of TimerHandles by due time; `test` decides it.
    def compare(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return test(self, other)
    return compare


def _same_timer(a, b):
    return (a._when == b._when and a._callback == b._callback
            and a._args == b._args and a._cancelled == b._cancelled)


class TimerHandle(Handle):
    """A Handle due at a given loop time."""

    __slots__ = ['_scheduled', '_when']

    def __init__(self, when, callback, args, loop, context=None):
        # Handle.__init__ spelled out: every asyncio.sleep() makes one.
        self._callback = callback
        self._args = args
        self._loop = loop
        self._context = context
        self._cancelled = False
        self._repr = None
        self._when = when
        self._scheduled = False  # True while in the loop's timer heap

    def _repr_info(self):
        parts = Handle._repr_info(self)
        # "when=" goes right after the name and the cancelled mark.
        parts.insert(2 if self._cancelled else 1, f'when={self._when}')
        return parts

    def __hash__(self):
        return hash(self._when)

    __lt__ = _when_order(lambda a, b: a._when < b._when)
    __gt__ = _when_order(lambda a, b: a._when > b._when)
    __le__ = _when_order(lambda a, b: a._when < b._when or _same_timer(a, b))
    __ge__ = _when_order(lambda a, b: a._when > b._when or _same_timer(a, b))
    __eq__ = _when_order(_same_timer)

    def cancel(self):
        if self._cancelled:
            return
        if self._scheduled:
            # Counted so the loop knows when purging its heap pays off.
            self._loop._timer_cancelled_count += 1
        self._forget()

    def when(self):
        return self._when


class AbstractServer:
    """Base of the server objects create_server() would return."""


class AbstractEventLoop:
    """Base class of event loops (an isinstance marker here)."""


class AbstractEventLoopPolicy:
    """Interface of the objects that hand out event loops."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


def _type_guard(value, base, what, article_for):
    if value is not None and not isinstance(value, base):
        raise TypeError(f"{what} must be an instance of {article_for} or "
                        f"None, not '{type(value).__name__}'")


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Keeps one current loop, made on demand until set_event_loop() is used.
    (One slot for all threads: CPython keeps one per thread.)"""

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None:
            if self._set_called:
                raise RuntimeError('There is no current event loop in '
                                   "thread 'MainThread'.")
            self.set_event_loop(self.new_event_loop())
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        _type_guard(loop, AbstractEventLoop, 'loop', 'AbstractEventLoop')
        self._loop = loop

    def new_event_loop(self):
        from . import base_events
        return base_events._UnixSelectorEventLoop()


DefaultEventLoopPolicy = BaseDefaultEventLoopPolicy

_event_loop_policy = None
# The loop whose run_forever() is active in this thread (each thread has its own).
_running_loop = None
import _ember_thread
_ember_thread.thread_global(globals(), '_running_loop', lambda: None)
del _ember_thread


def get_running_loop():
    """The loop now running; RuntimeError when there is none."""
    loop = _running_loop
    if loop is not None:
        return loop
    raise RuntimeError('no running event loop')


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_event_loop_policy():
    global _event_loop_policy
    policy = _event_loop_policy
    if policy is None:
        policy = _event_loop_policy = DefaultEventLoopPolicy()
    return policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    _type_guard(policy, AbstractEventLoopPolicy, 'policy',
                'AbstractEventLoopPolicy')
    _event_loop_policy = policy


def get_event_loop():
    """The running loop, or else the policy's current one."""
    loop = _running_loop
    if loop is None:
        loop = get_event_loop_policy().get_event_loop()
    return loop


_get_event_loop = get_event_loop


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()
