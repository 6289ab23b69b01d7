import io, os, sys, queue, tempfile, shutil, logging, logging.handlers as LH

base = tempfile.mkdtemp()
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r).replace(base, "BASE"))

try:
    p = os.path.join(base, "app.log")
    fh = logging.FileHandler(p, mode="w", encoding="utf-8")
    print(repr(fh).replace(base, "BASE"), fh.mode, fh.encoding, fh.delay, fh.baseFilename == p)
    lg = logging.getLogger("files")
    lg.propagate = False
    lg.setLevel(logging.DEBUG)
    lg.addHandler(fh)
    lg.info("first")
    lg.debug("second %d", 2)
    fh.close()
    print(fh.stream, repr(open(p).read()))
    lg.removeHandler(fh)
    fd = logging.FileHandler(os.path.join(base, "delayed.log"), delay=True)
    print(fd.stream, os.path.exists(os.path.join(base, "delayed.log")), fd.encoding)
    lg.addHandler(fd)
    lg.warning("now")
    print(os.path.exists(os.path.join(base, "delayed.log")))
    fd.close()
    lg.removeHandler(fd)
    print(open(os.path.join(base, "delayed.log")).read(), end="")

    # rotating
    rp = os.path.join(base, "rot.log")
    rh = LH.RotatingFileHandler(rp, maxBytes=40, backupCount=2)
    rh.setFormatter(logging.Formatter("%(message)s"))
    lg.addHandler(rh)
    for i in range(12):
        lg.info("record number %02d", i)
    rh.close()
    lg.removeHandler(rh)
    for name in sorted(os.listdir(base)):
        if name.startswith("rot"):
            print(name, repr(open(os.path.join(base, name)).read()))
    print(isinstance(rh, LH.BaseRotatingHandler), rh.maxBytes, rh.backupCount, rh.mode)
    rh2 = LH.RotatingFileHandler(os.path.join(base, "named.log"), maxBytes=10, backupCount=1)
    rh2.namer = lambda n: n + ".bak"
    moved = []
    def rotator(src, dst):
        moved.append((os.path.basename(src), os.path.basename(dst)))
        os.rename(src, dst)
    rh2.rotator = rotator
    lg.addHandler(rh2)
    lg.info("a long enough line")
    lg.info("another long line")
    rh2.close()
    lg.removeHandler(rh2)
    print(moved, sorted(n for n in os.listdir(base) if n.startswith("named")))
    print(rh2.rotation_filename("x"))
    rh3 = LH.RotatingFileHandler(os.path.join(base, "nocount.log"), maxBytes=10)
    lg.addHandler(rh3)
    lg.info("0123456789")
    lg.info("abcdefghij")
    rh3.close()
    lg.removeHandler(rh3)
    print(sorted(n for n in os.listdir(base) if n.startswith("nocount")), repr(open(os.path.join(base, "nocount.log")).read()))

    # watched
    wp = os.path.join(base, "w.log")
    wh = LH.WatchedFileHandler(wp)
    lg.addHandler(wh)
    lg.info("before move")
    os.rename(wp, wp + ".old")
    lg.info("after move")
    os.remove(wp)
    lg.info("after delete")
    wh.close()
    lg.removeHandler(wh)
    print(repr(open(wp + ".old").read()), repr(open(wp).read()), wh.dev != -1)

    # buffering / memory
    bh = LH.BufferingHandler(3)
    for i in range(5):
        bh.handle(logging.makeLogRecord({"msg": "m%d" % i, "levelno": 20}))
    print(len(bh.buffer), bh.capacity, bh.shouldFlush(logging.makeLogRecord({})))
    bh.close()
    print(len(bh.buffer))
    target_out = io.StringIO()
    target = logging.StreamHandler(target_out)
    target.setFormatter(logging.Formatter("T:%(levelname)s:%(message)s"))
    mh = LH.MemoryHandler(4, flushLevel=logging.ERROR, target=target)
    ml = logging.getLogger("mem")
    ml.propagate = False
    ml.setLevel(logging.DEBUG)
    ml.addHandler(mh)
    ml.info("one")
    ml.info("two")
    print(repr(target_out.getvalue()), len(mh.buffer))
    ml.error("three")
    print(repr(target_out.getvalue()), len(mh.buffer))
    for i in range(5):
        ml.debug("d%d", i)
    print(repr(target_out.getvalue()), len(mh.buffer))
    mh.setTarget(None)
    mh.flush()
    print(len(mh.buffer))
    mh.setTarget(target)
    mh.close()
    print(repr(target_out.getvalue()), mh.target, len(mh.buffer))
    mh2 = LH.MemoryHandler(10, target=target, flushOnClose=False)
    mh2.handle(logging.makeLogRecord({"msg": "kept?", "levelno": 20, "levelname": "INFO"}))
    mh2.close()
    print(repr(target_out.getvalue()[-20:]))

    # queue
    q = queue.Queue()
    qh = LH.QueueHandler(q)
    ql = logging.getLogger("q")
    ql.propagate = False
    ql.addHandler(qh)
    ql.warning("queued %s", "msg")
    try:
        raise RuntimeError("bad")
    except RuntimeError:
        ql.exception("with exc")
    rec = q.get_nowait()
    print(rec.msg, rec.args, rec.message, rec.exc_info, rec.getMessage())
    rec2 = q.get_nowait()
    print(rec2.msg.splitlines()[0], rec2.msg.splitlines()[-1], rec2.exc_info, rec2.exc_text)
    lout = io.StringIO()
    lh = logging.StreamHandler(lout)
    lh.setLevel(logging.ERROR)
    lis = LH.QueueListener(q, lh)
    lis.start()
    ql.warning("w via listener")
    ql.error("e via listener")
    lis.stop()
    print(repr(lout.getvalue()))
    lis2 = LH.QueueListener(q, lh, respect_handler_level=True)
    lis2.start()
    ql.warning("filtered")
    ql.critical("kept")
    lis2.stop()
    print(repr(lout.getvalue()))
    print(lis2.prepare("x"), LH.QueueListener._sentinel)
    srec = logging.LogRecord("n", 20, "p", 1, "m %s", ("a",), None, sinfo="STACK")
    prep = qh.prepare(srec)
    print(repr(prep.msg), prep.args, prep.stack_info, prep is srec, srec.stack_info)
finally:
    logging.shutdown()
    shutil.rmtree(base)
print(os.path.exists(base))
