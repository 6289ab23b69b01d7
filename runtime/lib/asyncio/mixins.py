"""asyncio.mixins: synchronisation objects bind to the event loop that first uses them."""

from . import events


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        running = events._get_running_loop()
        bound = self._loop
        if bound is None:
            self._loop = bound = running
        if running is not bound:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running
