"""asyncio.threads: to_thread(), which Ember (no threads) runs in place."""

__all__ = ("to_thread",)

import contextvars
import functools

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in a copy of the current context and return
    its result (CPython uses a worker thread; Ember calls it directly)."""
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
