import threading, time
done = []
t = threading.Thread(target=lambda: (time.sleep(0.01), done.append(1))); t.start()
spins = 0
while not done and spins < 10**7:
    time.sleep(0); spins += 1
print(bool(done))
ev = threading.Event()
def setter():
    x = 0
    for i in range(200000): x += i
    ev.set()
t = threading.Thread(target=setter); t.start()
while not ev.is_set():
    pass
print("busy wait ended")
flag = [False]
def worker():
    while not flag[0]:
        pass
    print("worker saw flag")
t = threading.Thread(target=worker); t.start()
time.sleep(0.02)
flag[0] = True
t.join()
counts = [0, 0]
def count(i):
    end = time.monotonic() + 0.05
    while time.monotonic() < end:
        counts[i] += 1
ts = [threading.Thread(target=count, args=(i,)) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(all(c > 0 for c in counts))
