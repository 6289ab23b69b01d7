"""Richards, written with super(): the same scheduler simulation as
suites/richards, but every task class has its own __init__ chained with
super().__init__() and the task bodies reach the shared operations through
super() (zero-argument form), as a class-hierarchy-heavy program would.

Six tasks (an idle task, a worker, two packet handlers and two devices)
pass packets to each other under a priority scheduler.  The run is checked
with the classic totals: 23246 packets queued and 9297 holds.
"""

import harness

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4
IDLE_COUNT = 10000

EXPECTED_QUEUED = 23246
EXPECTED_HELD = 9297


class Packet(object):
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        nxt = last.link
        while nxt is not None:
            last = nxt
            nxt = last.link
        last.link = self
        return queue


class IdleState(object):
    def __init__(self, control, count):
        self.control = control
        self.count = count


class WorkerState(object):
    def __init__(self):
        self.destination = HANDLER_A
        self.count = 0


class HandlerState(object):
    def __init__(self):
        self.work_in = None
        self.device_in = None


class DeviceState(object):
    def __init__(self):
        self.pending = None


class Scheduler(object):
    """Holds the task list, the task table and the two counters."""

    def __init__(self):
        self.tasks = [None] * 7
        self.head = None
        self.current = None
        self.queued = 0
        self.held = 0

    def find(self, ident):
        task = self.tasks[ident]
        if task is None:
            raise RuntimeError("no task %d" % ident)
        return task

    def run(self):
        task = self.head
        while task is not None:
            if task.blocked():
                task = task.link
            else:
                self.current = task
                task = task.step()


class TaskControl(object):
    """Scheduling flags; Task extends it."""

    def __init__(self, pending, waiting, holding):
        super().__init__()
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = holding


class Task(TaskControl):
    def __init__(self, sched, ident, priority, queue, state,
                 pending, waiting, holding):
        super().__init__(pending, waiting, holding)
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.link = sched.head
        sched.head = self
        sched.tasks[ident] = self

    # state predicates
    def blocked(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def waiting_with_packet(self):
        return self.packet_pending and self.waiting and not self.holding

    # one scheduling step
    def step(self):
        if self.waiting_with_packet():
            packet = self.queue
            self.queue = packet.link
            if self.queue is None:
                self.packet_pending = False
                self.waiting = False
                self.holding = False
            else:
                self.packet_pending = True
                self.waiting = False
                self.holding = False
        else:
            packet = None
        return self.body(packet)

    def take_packet(self, packet, sender):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            packet.append_to(self.queue)
        return sender

    # operations a task body uses
    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.sched.held += 1
        self.holding = True
        return self.link

    def release(self, ident):
        other = self.sched.find(ident)
        other.holding = False
        if other.priority > self.priority:
            return other
        return self

    def send(self, packet):
        target = self.sched.find(packet.ident)
        self.sched.queued += 1
        packet.link = None
        packet.ident = self.ident
        return target.take_packet(packet, self)

    def body(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, state,
                 pending, waiting, holding):
        super().__init__(sched, ident, priority, queue, state,
                         pending, waiting, holding)

    def body(self, packet):
        st = self.state
        st.count -= 1
        if st.count == 0:
            return super().hold()
        if st.control & 1 == 0:
            st.control = st.control >> 1
            return super().release(DEVICE_A)
        st.control = (st.control >> 1) ^ 0xD008
        return super().release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue, state,
                 pending, waiting, holding):
        super().__init__(sched, ident, priority, queue, state,
                         pending, waiting, holding)

    def body(self, packet):
        if packet is None:
            return super().wait()
        st = self.state
        if st.destination == HANDLER_A:
            st.destination = HANDLER_B
        else:
            st.destination = HANDLER_A
        packet.ident = st.destination
        packet.datum = 0
        data = packet.data
        for i in range(BUFFER_SIZE):
            st.count += 1
            if st.count > 26:
                st.count = 1
            data[i] = 64 + st.count
        return super().send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, state,
                 pending, waiting, holding):
        super().__init__(sched, ident, priority, queue, state,
                         pending, waiting, holding)

    def body(self, packet):
        st = self.state
        if packet is not None:
            if packet.kind == KIND_WORK:
                st.work_in = packet.append_to(st.work_in)
            else:
                st.device_in = packet.append_to(st.device_in)
        work = st.work_in
        if work is None:
            return super().wait()
        index = work.datum
        if index >= BUFFER_SIZE:
            st.work_in = work.link
            return super().send(work)
        device = st.device_in
        if device is None:
            return super().wait()
        st.device_in = device.link
        device.datum = work.data[index]
        work.datum = index + 1
        return super().send(device)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue, state,
                 pending, waiting, holding):
        super().__init__(sched, ident, priority, queue, state,
                         pending, waiting, holding)

    def body(self, packet):
        st = self.state
        if packet is None:
            packet = st.pending
            if packet is None:
                return super().wait()
            st.pending = None
            return super().send(packet)
        st.pending = packet
        return super().hold()


def build():
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, IdleState(1, IDLE_COUNT), False, False, False)

    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, work, WorkerState(), True, True, False)

    for ident, priority, device in ((HANDLER_A, 2000, DEVICE_A),
                                    (HANDLER_B, 3000, DEVICE_B)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(s, ident, priority, queue, HandlerState(),
                    True, True, False)

    DeviceTask(s, DEVICE_A, 4000, None, DeviceState(), False, True, False)
    DeviceTask(s, DEVICE_B, 5000, None, DeviceState(), False, True, False)
    return s


def run_once():
    s = build()
    s.run()
    return (s.queued, s.held)


def check(result):
    harness.expect(result, (EXPECTED_QUEUED, EXPECTED_HELD),
                   "(packets queued, holds)")


if __name__ == "__main__":
    harness.main("richards_super", run_once, check=check)
