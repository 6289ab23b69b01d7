"""Logging: the logging module writing to an in-memory stream.

Variants:
  silent  calls below the logger's level (debug on a WARNING logger)
  simple  plain warning messages through a formatter
  format  warning messages with %-style arguments to interpolate
"""

import io
import logging

import harness

MESSAGES = 2000
FORMAT = "%(levelname)s:%(name)s:%(message)s"


def make_logger(stream):
    logger = logging.getLogger("ember.bench")
    logger.handlers = []
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    return logger


def run_silent():
    stream = io.StringIO()
    logger = make_logger(stream)
    for i in range(MESSAGES * 20):
        logger.debug("a debug message that is never written")
        logger.info("nor is this one")
    return stream.getvalue()


def run_simple():
    stream = io.StringIO()
    logger = make_logger(stream)
    for _ in range(MESSAGES):
        logger.warning("a simple warning without arguments")
    return stream.getvalue()


def run_format():
    stream = io.StringIO()
    logger = make_logger(stream)
    for i in range(MESSAGES):
        logger.warning("warning %d of %s: %.2f", i, "batch", i / 3.0)
    return stream.getvalue()


def check_silent(out):
    harness.expect(out, "", "silent output")


def check_simple(out):
    lines = out.splitlines()
    harness.expect(len(lines), MESSAGES, "lines")
    harness.expect(lines[-1],
                   "WARNING:ember.bench:a simple warning without arguments",
                   "last line")


def check_format(out):
    lines = out.splitlines()
    harness.expect(len(lines), MESSAGES, "lines")
    harness.expect(lines[-1], "WARNING:ember.bench:warning %d of batch: %.2f"
                   % (MESSAGES - 1, (MESSAGES - 1) / 3.0), "last line")


VARIANTS = {
    "silent": (run_silent, check_silent),
    "simple": (run_simple, check_simple),
    "format": (run_format, check_format),
}

if __name__ == "__main__":
    which = harness.variant("simple", ["silent", "simple", "format"])
    func, chk = VARIANTS[which]
    harness.main("logging_" + which, func, check=chk)
