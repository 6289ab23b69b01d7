# A discrete-time elevator simulation with a SCAN scheduling policy.
class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.direction = 0
        self.passengers = []
        self.moved = 0
    def step(self, waiting, t, log):
        out = [p for p in self.passengers if p[1] == self.floor]
        for p in out:
            self.passengers.remove(p)
            log.append(f"t={t:2d} floor {self.floor}: drop {p[2]} (waited {t - p[3]})")
        boarding = [p for p in waiting if p[0] == self.floor]
        for p in boarding:
            waiting.remove(p)
            self.passengers.append(p)
            log.append(f"t={t:2d} floor {self.floor}: pick {p[2]} -> {p[1]}")
        targets = sorted({p[1] for p in self.passengers} | {p[0] for p in waiting})
        if not targets:
            self.direction = 0
            return
        if self.direction == 0:
            nearest = min(targets, key=lambda f: (abs(f - self.floor), f))
            self.direction = (nearest > self.floor) - (nearest < self.floor)
        ahead = [f for f in targets if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
            ahead = [f for f in targets if (f - self.floor) * self.direction > 0]
        if ahead:
            self.floor += self.direction
            self.moved += 1
requests = [(0, 0, 5, "ann"), (1, 3, 0, "bob"), (2, 7, 2, "cat"), (4, 2, 9, "dan"), (6, 9, 1, "eve"), (9, 4, 4, "fay"), (12, 0, 8, "gus")]
elev = Elevator(10)
waiting, log = [], []
t = 0
pending = sorted(requests)
while t < 60 and (pending or waiting or elev.passengers):
    while pending and pending[0][0] == t:
        _, src, dst, name = pending.pop(0)
        waiting.append((src, dst, name, t))
        log.append(f"t={t:2d} request {name}: {src} -> {dst}")
    elev.step(waiting, t, log)
    t += 1
print("\n".join(log))
print("finished at t =", t, "floors moved =", elev.moved, "final floor =", elev.floor)
