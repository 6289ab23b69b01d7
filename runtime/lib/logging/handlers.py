"""Additional logging handlers for Ember (a subset of CPython's logging.handlers).

Available: BaseRotatingHandler, RotatingFileHandler, WatchedFileHandler, BufferingHandler,
MemoryHandler, QueueHandler and QueueListener. There are no network handlers. With only one
thread, QueueListener has no worker: start() just records that it runs, and stop() (or
flush_queue()) hands over whatever has been queued.
"""

import copy
import os
from stat import ST_DEV, ST_INO

import logging

__all__ = ["BufferingHandler", "MemoryHandler", "QueueHandler", "QueueListener",
           "RotatingFileHandler", "WatchedFileHandler", "BaseRotatingHandler"]


def _close_stream(handler):
    current = handler.stream
    if current:
        current.close()
    handler.stream = None


class BaseRotatingHandler(logging.FileHandler):
    """File handler that may move its file aside (roll over) before a record is written."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        # The arguments as given (FileHandler turned a text-mode None into "locale").
        self.mode, self.encoding, self.errors = mode, encoding, errors

    def emit(self, record):
        # Any failure, in rolling over or in writing, goes to handleError().
        try:
            self._roll_and_write(record)
        except Exception:
            self.handleError(record)

    def _roll_and_write(self, record):
        if self.shouldRollover(record):
            self.doRollover()
        logging.FileHandler.emit(self, record)

    def rotation_filename(self, default_name):
        namer = self.namer
        return namer(default_name) if callable(namer) else default_name

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would grow past maxBytes, keeping up to
    backupCount old ones as name.1 (newest) ... name.N."""

    def __init__(self, filename, mode="a", maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        # Truncating on open would defeat rotation, so a size limit forces append mode.
        if maxBytes > 0:
            mode = "a"
        if "b" not in mode:
            import io
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode,
                                     encoding=encoding, delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _backup(self, number):
        return self.rotation_filename("%s.%d" % (self.baseFilename, number))

    def doRollover(self):
        _close_stream(self)
        if self.backupCount > 0:
            # Shift name.N-1 -> name.N, ..., name.1 -> name.2, then the live file -> name.1.
            for number in range(self.backupCount - 1, 0, -1):
                older, newer = self._backup(number), self._backup(number + 1)
                if not os.path.exists(older):
                    continue
                if os.path.exists(newer):
                    os.remove(newer)
                os.rename(older, newer)
            first = self._backup(1)
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        path = self.baseFilename
        # Special files such as /dev/null are never rotated.
        if os.path.exists(path) and not os.path.isfile(path):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        pending = len("%s\n" % self.format(record))
        self.stream.seek(0, 2)
        return self.stream.tell() + pending >= self.maxBytes


class WatchedFileHandler(logging.FileHandler):
    """File handler that reopens its file if someone moved or deleted it meanwhile."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev = self.ino = -1
        self._statstream()

    def _statstream(self):
        if not self.stream:
            return
        info = os.fstat(self.stream.fileno())
        self.dev, self.ino = info[ST_DEV], info[ST_INO]

    def _same_file_on_disk(self):
        try:
            info = os.stat(self.baseFilename)
        except FileNotFoundError:
            return False
        return info[ST_DEV] == self.dev and info[ST_INO] == self.ino

    def reopenIfNeeded(self):
        if self._same_file_on_disk() or self.stream is None:
            return
        self.stream.flush()
        _close_stream(self)
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Collects records; when shouldFlush() says so, flush() disposes of them (here by
    discarding; subclasses pass them on)."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.buffer = []
        self.capacity = capacity

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        buffered = self.buffer
        buffered.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        del self.buffer[:]

    def close(self):
        unregister = logging.Handler.close
        try:
            self.flush()
        finally:
            unregister(self)  # even when flushing failed


class MemoryHandler(BufferingHandler):
    """Holds records back and forwards them to target once the buffer is full or a
    record at flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.target = target
        self.flushLevel, self.flushOnClose = flushLevel, flushOnClose

    def shouldFlush(self, record):
        full = len(self.buffer) >= self.capacity
        return full or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.target = target

    def flush(self):
        # Without a target the records stay buffered.
        sink = self.target
        if not sink:
            return
        for record in self.buffer:
            sink.handle(record)
        del self.buffer[:]

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()  # with no target this keeps the records
        finally:
            self.target = None
            BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Sends records to a queue, pre-formatted and without parts that may not pickle."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        text = self.format(record)
        flat = copy.copy(record)
        flat.message = flat.msg = text
        # The text already contains arguments, traceback and stack.
        flat.args = flat.exc_info = flat.exc_text = flat.stack_info = None
        return flat

    def emit(self, record):
        try:
            flat = self.prepare(record)
            self.enqueue(flat)
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue and gives them to handlers (see the module docstring
    for when that happens on Ember)."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self.respect_handler_level = respect_handler_level
        self._started = False

    def dequeue(self, block):
        return self.queue.get(block)

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if self.respect_handler_level and record.levelno < handler.level:
                continue
            handler.handle(record)

    def flush_queue(self):
        """Handle every record queued so far (up to a sentinel)."""
        while True:
            try:
                item = self.dequeue(False)
            except Exception:
                return  # queue.Empty, or a queue that has nothing more
            if item is self._sentinel:
                return
            self.handle(item)

    def start(self):
        self._started = True

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if not self._started:
            return
        self.flush_queue()
        self._started = False
