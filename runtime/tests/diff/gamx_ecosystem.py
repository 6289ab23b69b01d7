"""Predator/prey simulation on a toroidal grid with classes and generators."""
import random
import sys
from abc import ABC, abstractmethod
from collections import Counter
from itertools import count

_ids = count(1)


class Creature(ABC):
    symbol = "?"
    max_energy = 10
    breed_at = 8

    def __init__(self, x, y, energy=None):
        self.id = next(_ids)
        self.x, self.y = x, y
        self.energy = self.max_energy // 2 if energy is None else energy
        self.age = 0
        self.alive = True

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.x},{self.y},e={self.energy})"

    @abstractmethod
    def act(self, world):
        ...

    def neighbours(self, world):
        for dx, dy in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            yield (self.x + dx) % world.w, (self.y + dy) % world.h

    def move_to(self, world, pos):
        world.grid.pop((self.x, self.y), None)
        self.x, self.y = pos
        world.grid[pos] = self

    def maybe_breed(self, world):
        if self.energy < self.breed_at:
            return
        free = [p for p in self.neighbours(world) if p not in world.grid]
        if not free:
            return
        pos = world.rng.choice(free)
        self.energy //= 2
        child = type(self)(*pos, energy=self.energy)
        world.spawn(child)


class Rabbit(Creature):
    symbol = "r"
    max_energy = 6
    breed_at = 5

    def act(self, world):
        free = [p for p in self.neighbours(world) if p not in world.grid]
        if free:
            self.move_to(world, world.rng.choice(free))
        if world.grass.get((self.x, self.y), 0) > 0:
            world.grass[(self.x, self.y)] -= 1
            self.energy = min(self.max_energy, self.energy + 2)
        else:
            self.energy -= 1
        self.maybe_breed(world)


class Fox(Creature):
    symbol = "F"
    max_energy = 14
    breed_at = 11

    def act(self, world):
        prey = [p for p in self.neighbours(world) if isinstance(world.grid.get(p), Rabbit)]
        if prey:
            target = world.grid[world.rng.choice(prey)]
            target.alive = False
            world.events["eaten"] += 1
            self.move_to(world, (target.x, target.y))
            self.energy = min(self.max_energy, self.energy + 5)
        else:
            free = [p for p in self.neighbours(world) if p not in world.grid]
            if free:
                self.move_to(world, world.rng.choice(free))
            self.energy -= 1
        self.maybe_breed(world)


class World:
    def __init__(self, w, h, seed):
        self.w, self.h = w, h
        self.rng = random.Random(seed)
        self.grid = {}
        self.grass = {(x, y): self.rng.randint(0, 2) for x in range(w) for y in range(h)}
        self.events = Counter()
        self.newborn = []

    def spawn(self, c):
        if (c.x, c.y) in self.grid:
            raise RuntimeError(f"cell occupied: {c!r}")
        self.grid[(c.x, c.y)] = c
        self.newborn.append(c)
        self.events["born"] += 1

    def populate(self, rabbits, foxes):
        cells = self.rng.sample(sorted(self.grass), rabbits + foxes)
        for i, (x, y) in enumerate(cells):
            cls = Rabbit if i < rabbits else Fox
            self.grid[(x, y)] = cls(x, y)

    def creatures(self):
        # stable order: by id
        return sorted(self.grid.values(), key=lambda c: c.id)

    def step(self):
        self.newborn = []
        for c in self.creatures():
            if not c.alive:
                continue
            c.age += 1
            c.act(self)
            if c.energy <= 0 or c.age > 40:
                c.alive = False
                self.events["starved" if c.energy <= 0 else "old age"] += 1
            if not c.alive:
                if self.grid.get((c.x, c.y)) is c:
                    del self.grid[(c.x, c.y)]
        for pos in self.grass:
            if self.grass[pos] < 3 and self.rng.random() < 0.15:
                self.grass[pos] += 1

    def census(self):
        return Counter(type(c).__name__ for c in self.grid.values())

    def render(self):
        rows = []
        for y in range(self.h):
            row = []
            for x in range(self.w):
                c = self.grid.get((x, y))
                row.append(c.symbol if c else " .:*"[self.grass[(x, y)]])
            rows.append("".join(row))
        return "\n".join(rows)


def run(seed, steps=60):
    world = World(24, 10, seed)
    world.populate(30, 5)
    print(f"=== seed {seed} ===")
    print(world.render())
    history = []
    for t in range(1, steps + 1):
        world.step()
        cen = world.census()
        history.append((cen["Rabbit"], cen["Fox"]))
        if t % 10 == 0:
            print(f"t={t:3d} rabbits={cen['Rabbit']:3d} foxes={cen['Fox']:3d} "
                  f"grass={sum(world.grass.values()):4d}")
        if not cen:
            print(f"extinction at t={t}")
            break
    print(world.render())
    print("events:", ", ".join(f"{k}={v}" for k, v in sorted(world.events.items())))
    peak_r = max(history, key=lambda h: h[0])
    print(f"peak rabbits {peak_r[0]} at t={history.index(peak_r) + 1}")
    oldest = max(world.grid.values(), key=lambda c: (c.age, -c.id), default=None)
    print("oldest:", oldest, "age", oldest.age if oldest else "-")
    return history


all_hist = [run(s) for s in (1, 42)]
print([h[-1] for h in all_hist])
try:
    Creature(0, 0)
except TypeError as e:
    print("TypeError:", e)
sys.exit(0)
