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
        self.timefunc, self.delayfunc = timefunc, delayfunc
        # _queue is a heap of Events; _lock serialises every touch of it across threads.
        self._queue = []
        self._lock = threading.RLock()
        self._sequence = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules `action` at absolute `time`; returns the event (a handle for cancel)."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            seq = self._sequence
            self._sequence = seq + 1
            event = Event(time, priority, seq, action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedules `action` `delay` time units from now; returns the event."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes `event` from the queue; ValueError if it is not there."""
        with self._lock:
            heap = self._queue
            heap.remove(event)   # the ValueError from list.remove is the documented one
            heapq.heapify(heap)

    def empty(self):
        """Whether no events are scheduled."""
        with self._lock:
            return len(self._queue) == 0

    def run(self, blocking=True):
        """Runs due events, waiting for later ones; without blocking, runs only the due
        ones and returns the delay until the next (None when none is left)."""
        heap = self._queue
        pop = heapq.heappop
        while True:
            with self._lock:
                if not heap:
                    return None
                head = heap[0]
                now = self.timefunc()
                due = head.time <= now
                if due:
                    pop(heap)
            if due:
                head.action(*head.argument, **head.kwargs)
                # A zero delay gives other threads a chance between events.
                self.delayfunc(0)
                continue
            remaining = head.time - now
            if not blocking:
                return remaining
            self.delayfunc(remaining)

    @property
    def queue(self):
        """The pending events, in the order they will run."""
        with self._lock:
            snapshot = list(self._queue)
        # Sorting equals popping the heap: events are totally ordered by their
        # (time, priority, sequence) prefix, and sequence numbers are unique.
        snapshot.sort()
        return snapshot
