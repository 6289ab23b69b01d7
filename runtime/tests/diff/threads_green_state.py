import contextvars, threading, decimal, asyncio
var = contextvars.ContextVar("var", default="default"); var.set("main")
seen = []
def worker(): seen.append(var.get()); var.set("worker")
t = threading.Thread(target=worker); t.start(); t.join()
print(seen, var.get())
decimal.getcontext().prec = 6
seen = []
def worker2(): seen.append(decimal.getcontext().prec); decimal.getcontext().prec = 3
t = threading.Thread(target=worker2); t.start(); t.join()
print(seen, decimal.getcontext().prec)
async def job(n): await asyncio.sleep(0.001); return n * 2
out = []
ts = [threading.Thread(target=lambda n=n: out.append(asyncio.run(job(n)))) for n in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
ctx = contextvars.copy_context()
ev = threading.Event(); res = []
def blocked():
    var.set("blocked-thread"); ev.wait(); res.append(var.get())
t = threading.Thread(target=blocked); t.start()
res.append(var.get()); ev.set(); t.join(); print(res)
