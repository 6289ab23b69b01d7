"""sched (Ember): a general-purpose event scheduler (scheduler, Event)."""

import heapq
import threading
import time
from collections import namedtuple

__all__ = ["scheduler"]

# The sequence number is unique per scheduler, so ordering never reaches the action.
Event = namedtuple("Event", "time, priority, sequence, action, argument, kwargs")
Event.time.__doc__ = ("Numeric type compatible with the return value of the\n"
                      "timefunc function passed to the constructor.")
Event.priority.__doc__ = ("Events scheduled for the same time will be executed\n"
                          "in the order of their priority.")
Event.sequence.__doc__ = ("A continually increasing sequence number that\n"
                          "    separates events if time and priority are equal.")
Event.action.__doc__ = ("Executing the event means executing\n"
                        "action(*argument, **kwargs)")
Event.argument.__doc__ = ("argument is a sequence holding the positional\n"
                          "arguments for the action.")
Event.kwargs.__doc__ = ("kwargs is a dictionary holding the keyword\n"
                        "arguments for the action.")

_sentinel = object()


class scheduler:
    """Runs actions at given times, waiting with `delayfunc` between them."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules `action` at absolute `time`; returns the event (a handle for cancel)."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, self._sequence, action, argument, kwargs)
            self._sequence += 1
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedules `action` `delay` time units from now; returns the event."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes `event` from the queue; ValueError if it is not there."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Whether no events are scheduled."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs due events, waiting for later ones; without blocking, runs only the due
        ones and returns the delay until the next (None when none is left)."""
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        while True:
            with lock:
                if not q:
                    break
                event = q[0]
                now = timefunc()
                if event.time > now:
                    wait = True
                else:
                    wait = False
                    heapq.heappop(q)
            if wait:
                if not blocking:
                    return event.time - now
                delayfunc(event.time - now)
            else:
                event.action(*event.argument, **event.kwargs)
                # Lets other threads run between events.
                delayfunc(0)
        return None

    @property
    def queue(self):
        """The pending events, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
