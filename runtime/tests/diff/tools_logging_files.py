# logging: FileHandler, stacklevel, stack_info, handler names and shutdown.
import logging
import os
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "app.log")
    fh = logging.FileHandler(path)
    print(fh.baseFilename == path, fh.mode, fh.encoding, repr(fh) == "<FileHandler %s (NOTSET)>" % path)
    fh.setFormatter(logging.Formatter("%(levelname)s:%(funcName)s:%(lineno)d:%(message)s"))
    log = logging.getLogger("files")
    log.propagate = False
    log.addHandler(fh)
    log.warning("first")

    def helper(msg):
        log.warning(msg, stacklevel=2)

    def user():
        helper("from user")

    user()
    log.error("second %s", "arg")
    fh.close()
    with open(path) as f:
        print(f.read(), end="")
    delayed = logging.FileHandler(path, mode="w", delay=True)
    print(delayed.stream)
    log.handlers = [delayed]
    log.warning("rewritten")
    delayed.close()
    with open(path) as f:
        print(f.read(), end="")
    log.handlers = []

import io
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("%(message)s"))
h.name = "named"
print(h.name, h.get_name(), logging._handlers.get("named") is h)
lg = logging.getLogger("stack")
lg.propagate = False
lg.addHandler(h)


def deep():
    lg.warning("with stack", stack_info=True)


deep()
print(s.getvalue().replace(HERE, ""), end="")
logging.shutdown()
print("done")
