"""Helpers for building and combining context managers (Ember's contextlib)."""

import abc
import sys

_GenericAlias = type(list[int])

__all__ = ["contextmanager", "asynccontextmanager", "suppress", "closing", "aclosing",
           "nullcontext", "ExitStack", "AsyncExitStack", "AbstractAsyncContextManager", "chdir",
           "AbstractContextManager", "ContextDecorator", "redirect_stdout", "redirect_stderr"]


def wraps(func):
    # functools is only needed once a decorator is built; importing it with
    # contextlib made `import contextlib` several times dearer.
    from functools import wraps as real_wraps
    return real_wraps(func)


def _has_methods(klass, names):
    # A name set to None in a class blocks the protocol, as for the other ABCs.
    for name in names:
        for base in klass.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


class AbstractContextManager(abc.ABC):
    """Base class for context managers: __enter__ gives self back."""

    __class_getitem__ = classmethod(_GenericAlias)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return True if _has_methods(C, ("__enter__", "__exit__")) else NotImplemented

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Called on leaving the block; a true result swallows the exception."""


class AbstractAsyncContextManager(abc.ABC):
    """Base class for async context managers: __aenter__ gives self back."""

    __class_getitem__ = classmethod(_GenericAlias)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return True if _has_methods(C, ("__aenter__", "__aexit__")) else NotImplemented

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Awaited on leaving the block; a true result swallows the exception."""


class ContextDecorator:
    """Mixin: an instance decorates a function so that each call runs inside it."""

    def _recreate_cm(self):
        # Reusable managers serve every call themselves; one-shot ones override this.
        return self

    def __call__(self, func):
        def managed_call(*args, **kwargs):
            with self._recreate_cm():
                return func(*args, **kwargs)
        return wraps(func)(managed_call)


class AsyncContextDecorator:
    """Mixin: like ContextDecorator, for coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def managed_call(*args, **kwargs):
            async with self._recreate_cm():
                return await func(*args, **kwargs)
        return wraps(func)(managed_call)


def _verdict_after_throw(raised, sent, tb, own_stop, converted):
    """What __exit__ answers when throwing `sent` into the generator raised `raised`:
    True/False to return, or None when `raised` must propagate."""
    if isinstance(raised, own_stop):
        # The generator finished: it swallowed `sent` unless the stop *is* `sent`.
        return raised is not sent
    if raised is sent:
        # Same error back out: it leaves the `with` with the traceback it came in with.
        raised.__traceback__ = tb
        return False
    if (isinstance(raised, RuntimeError) and isinstance(sent, converted)
            and raised.__cause__ is sent):
        # PEP 479 turned the thrown StopIteration into RuntimeError; report the original.
        sent.__traceback__ = tb
        return False
    return None


class _GenManagerCommon:
    # State shared by the sync and async generator-based managers. The generator is
    # made at once; the factory and its arguments are kept only to make fresh
    # managers when used as a decorator.
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        self.__doc__ = getattr(func, "__doc__", None)

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def _forget_factory(self):
        # Once entered, this manager is single-use.
        del self.args, self.kwds, self.func


class _GeneratorContextManager(_GenManagerCommon, ContextDecorator, AbstractContextManager):
    """Manager built by @contextmanager around one generator."""

    def __enter__(self):
        self._forget_factory()
        for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield")

    def __exit__(self, typ, value, traceback):
        if typ is not None:
            if value is None:
                value = typ()
            try:
                self.gen.throw(value)
            except BaseException as raised:
                verdict = _verdict_after_throw(raised, value, traceback,
                                               StopIteration, StopIteration)
                if verdict is None:
                    raise
                return verdict
            raise RuntimeError("generator didn't stop after throw()")
        for _ in self.gen:
            raise RuntimeError("generator didn't stop")
        return False


class _AsyncGeneratorContextManager(_GenManagerCommon, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Manager built by @asynccontextmanager around one async generator."""

    async def __aenter__(self):
        self._forget_factory()
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is not None:
            if value is None:
                value = typ()
            try:
                await self.gen.athrow(value)
            except BaseException as raised:
                verdict = _verdict_after_throw(raised, value, traceback, StopAsyncIteration,
                                               (StopIteration, StopAsyncIteration))
                if verdict is None:
                    raise
                return verdict
            raise RuntimeError("generator didn't stop after athrow()")
        try:
            await self.gen.__anext__()
        except StopAsyncIteration:
            return False
        raise RuntimeError("generator didn't stop")


def _manager_factory(func, manager_class):
    """A function that looks like func and makes a manager_class around each call."""
    def helper(*args, **kwds):
        return manager_class(func, args, kwds)
    return wraps(func)(helper)


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a context manager factory."""
    return _manager_factory(func, _GeneratorContextManager)


def asynccontextmanager(func):
    """Decorator: the async-generator counterpart of contextmanager."""
    return _manager_factory(func, _AsyncGeneratorContextManager)


class closing(AbstractContextManager):
    """Gives `thing` to the block and calls thing.close() when it ends."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc_info):
        self.thing.close()

    def __enter__(self):
        return self.thing


class aclosing(AbstractAsyncContextManager):
    """Gives `thing` to the block and awaits thing.aclose() when it ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()

    async def __aenter__(self):
        return self.thing


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A stand-in manager that does nothing and yields enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __exit__(self, *excinfo):
        return None

    async def __aexit__(self, *excinfo):
        return None

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result


class suppress(AbstractContextManager):
    """Silently ends the block if it raises one of the given exception types."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __exit__(self, exctype, excinst, exctb):
        # Only the concrete class counts, as for the interpreter's own except clauses.
        return exctype is not None and issubclass(exctype, self._exceptions)

    def __enter__(self):
        pass


class _RedirectStream(AbstractContextManager):
    # Subclasses name the sys attribute; a stack of previous values lets one
    # instance be re-entered.
    _stream = None

    def __init__(self, new_target):
        self._old_targets = []
        self._new_target = new_target

    def __enter__(self):
        name = self._stream
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Points sys.stdout at another file for the block."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Points sys.stderr at another file for the block."""
    _stream = "stderr"


class chdir(AbstractContextManager):
    """Runs the block in another working directory."""

    def __init__(self, path):
        self._old_cwd = []  # a stack, so that one instance can be re-entered
        self.path = path

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


_CLEAN = (None, None, None)


def _fix_exception_context(new_exc, old_exc, frame_exc):
    # A callback's error should chain onto what the previous callbacks left, as if
    # they were nested `with` statements; the interpreter chained it onto frame_exc
    # (the error handled around the whole stack), so splice old_exc in there.
    while True:
        ctx = new_exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        new_exc = ctx
    new_exc.__context__ = old_exc


def _bound_exit(cm, method):
    def call_exit(*details):
        return method(cm, *details)
    call_exit.__self__ = cm
    return call_exit


class _CallbackStack:
    # Entries are (awaitable?, callback) pairs, called with the exception details
    # and unwound last-in first-out.

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves every callback to a new stack of the same type and returns it."""
        fresh = type(self)()
        fresh._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return fresh

    def push(self, exit):
        """Adds an __exit__-like callable, or an object's own __exit__ method."""
        method = getattr(type(exit), "__exit__", None)
        entry = exit if method is None else _bound_exit(exit, method)
        self._exit_callbacks.append((False, entry))
        return exit

    def enter_context(self, cm):
        """Enters `cm`, queues its __exit__ and returns what __enter__ gave."""
        kind = type(cm)
        try:
            enter, leave = kind.__enter__, kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._exit_callbacks.append((False, _bound_exit(cm, leave)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Queues callback(*args, **kwds), which runs whatever happened."""
        def run_callback(exc_type, exc, tb):
            callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._exit_callbacks.append((False, run_callback))
        return callback


class ExitStack(_CallbackStack, AbstractContextManager):
    """A dynamic stack of exit callbacks, unwound on leaving the block or on close()."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exc = exc_details[0] is not None
        outer_exc = sys.exc_info()[1]
        swallowed = failed = False
        pending = self._exit_callbacks
        while pending:
            _, cb = pending.pop()
            try:
                if cb(*exc_details):
                    swallowed, failed, exc_details = True, False, _CLEAN
            except BaseException as err:
                _fix_exception_context(err, exc_details[1], outer_exc)
                exc_details, failed = (type(err), err, err.__traceback__), True
        if failed:
            # Re-raising here would chain the error onto the handled one again;
            # restore the context worked out above.
            err = exc_details[1]
            kept_ctx = err.__context__
            try:
                raise err
            except BaseException:
                err.__context__ = kept_ctx
                raise
        return had_exc and swallowed

    def close(self):
        """Unwinds the stack now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_CallbackStack, AbstractAsyncContextManager):
    """An exit stack whose callbacks may also be coroutine functions."""

    async def enter_async_context(self, cm):
        """Awaits cm.__aenter__, queues its __aexit__ and returns the entered value."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        result = await enter(cm)
        self._exit_callbacks.append((True, _bound_exit(cm, leave)))
        return result

    def push_async_exit(self, exit):
        """Adds a coroutine function with __aexit__'s signature, or an object's __aexit__."""
        method = getattr(type(exit), "__aexit__", None)
        entry = exit if method is None else _bound_exit(exit, method)
        self._exit_callbacks.append((True, entry))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Queues `await callback(*args, **kwds)`."""
        async def run_callback(exc_type, exc, tb):
            await callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._exit_callbacks.append((True, run_callback))
        return callback

    async def aclose(self):
        """Unwinds the stack now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exc = exc_details[0] is not None
        outer_exc = sys.exc_info()[1]
        swallowed = failed = False
        pending = self._exit_callbacks
        while pending:
            is_async, cb = pending.pop()
            try:
                outcome = cb(*exc_details)
                if is_async:
                    outcome = await outcome
                if outcome:
                    swallowed, failed, exc_details = True, False, _CLEAN
            except BaseException as err:
                _fix_exception_context(err, exc_details[1], outer_exc)
                exc_details, failed = (type(err), err, err.__traceback__), True
        if failed:
            err = exc_details[1]
            kept_ctx = err.__context__
            try:
                raise err
            except BaseException:
                err.__context__ = kept_ctx
                raise
        return had_exc and swallowed
