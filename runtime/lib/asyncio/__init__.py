"""asyncio: Ember's event loop, tasks, futures and synchronisation primitives.

Written for Ember (single-threaded, no selectors or sockets); follows the
behaviour of CPython 3.11's asyncio for programs that schedule coroutines,
timers and callbacks.
"""

from .exceptions import *
from .coroutines import *
from .events import *
from .futures import *
from .tasks import *
from .base_events import *
from .locks import *
from .queues import *
from .taskgroups import *
from .timeouts import *
from .runners import *
from .threads import *

from . import exceptions, coroutines, events, futures, tasks, base_events
from . import locks, queues, taskgroups, timeouts, runners, threads

SelectorEventLoop = base_events._UnixSelectorEventLoop
DefaultEventLoopPolicy = events.DefaultEventLoopPolicy

__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__ +
           futures.__all__ + tasks.__all__ + base_events.__all__ +
           locks.__all__ + queues.__all__ +
           timeouts.__all__ + runners.__all__ + threads.__all__ + taskgroups.__all__ +
           ('SelectorEventLoop', 'DefaultEventLoopPolicy'))
