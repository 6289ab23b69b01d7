import threading
c = threading.Condition()
with c as got:
    print('entered', got, c._is_owned())
    print(c.wait(0.01), c.wait_for(lambda: 5, 0.01))
    c.notify()
    c.notify_all()
print('owned after', c._is_owned())
c2 = threading.Condition(threading.Lock())
with c2:
    print('lock held', c2._lock.locked())
print('lock held', c2._lock.locked())
