# logging: edge cases (exception outside except, custom levels, logger classes, bad args).
import logging, sys, io
s = io.StringIO()
logging.basicConfig(stream=s, level=logging.DEBUG, format="%(name)s|%(levelname)s|%(message)s")
logging.exception("outside except")
log = logging.getLogger("w")
log.warn("deprecated warn %d", 1)
logging.warn("module warn")
logging.log(5, "too low")
logging.log(45, "custom level %s", "x")
log.critical("crit", stack_info=False)
log.info("%s %s", "only one arg") if False else None
log.info("bad format %d", "x")
log.info("dict %(a)s", {"a": 1})
log.info(["non", "str"])
log.info("tuple arg %s", (1, 2))
print(s.getvalue())
print(logging.getLogger("w").manager is logging.Logger.manager, sorted(k for k in logging.Logger.manager.loggerDict))
class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__, type(logging.getLogger("w")).__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(e)
h = logging.Handler()
try:
    h.emit(None)
except NotImplementedError as e:
    print(e)
print(h, logging.NullHandler(), logging.Formatter().format(logging.makeLogRecord({"msg": "x"})))
print(logging.Formatter("%(message)s", validate=False)._fmt, logging.PercentStyle("%(x)d").usesTime())
r = logging.makeLogRecord({"msg": "boom", "exc_info": (ValueError, ValueError("v"), None)})
print(logging.Formatter().format(r))
print(repr(logging.Formatter().formatException((ValueError, ValueError("v"), None))))
print(logging.BASIC_FORMAT, logging.root.manager.disable)
s2 = io.StringIO()
hs = logging.StreamHandler(s2)
hs.setFormatter(logging.Formatter("%(filename)s:%(lineno)d:%(funcName)s:%(message)s"))
lsrc = logging.getLogger("nosrc")
lsrc.propagate = False
lsrc.addHandler(hs)
saved_src = logging._srcfile
logging._srcfile = None
lsrc.warning("no caller lookup")
logging._srcfile = saved_src
lsrc.warning("caller lookup again")
print(s2.getvalue(), end="")
