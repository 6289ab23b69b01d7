"""Roguelike dungeon: BSP room generation, shadowcasting FOV, turn order, monster AI."""
import random
import sys
from collections import ChainMap, deque
from fractions import Fraction
from functools import partial
from itertools import cycle, count

DEFAULTS = {"width": 48, "height": 20, "min_room": 4, "fov_radius": 6, "monsters": 5}
turn_counter = 0


class Grid:
    __slots__ = ("w", "h", "cells")

    def __init__(self, w, h, fill="#"):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]

    def __getitem__(self, pos):
        x, y = pos
        if isinstance(x, slice):
            return "".join(self.cells[y][x])
        return self.cells[y][x]

    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y][x] = value

    def __contains__(self, pos):
        x, y = pos
        return 0 <= x < self.w and 0 <= y < self.h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y), self.cells[y][x]

    def __str__(self):
        return "\n".join("".join(r) for r in self.cells)


class Rect:
    __slots__ = ("x", "y", "w", "h")

    def __init__(self, x, y, w, h):
        self.x, self.y, self.w, self.h = x, y, w, h

    @property
    def centre(self):
        return (self.x + self.w // 2, self.y + self.h // 2)

    def __repr__(self):
        return f"Rect({self.x},{self.y},{self.w}x{self.h})"


def bsp(rect, rng, min_size, depth=0):
    """Yield leaf rectangles of a binary space partition."""
    can_h = rect.w >= 2 * min_size + 2
    can_v = rect.h >= 2 * min_size + 2
    if depth > 4 or not (can_h or can_v):
        yield rect
        return
    horizontal = can_h and (not can_v or rng.random() < rect.w / (rect.w + rect.h))
    if horizontal:
        cut = rng.randint(min_size + 1, rect.w - min_size - 1)
        yield from bsp(Rect(rect.x, rect.y, cut, rect.h), rng, min_size, depth + 1)
        yield from bsp(Rect(rect.x + cut, rect.y, rect.w - cut, rect.h), rng, min_size, depth + 1)
    else:
        cut = rng.randint(min_size + 1, rect.h - min_size - 1)
        yield from bsp(Rect(rect.x, rect.y, rect.w, cut), rng, min_size, depth + 1)
        yield from bsp(Rect(rect.x, rect.y + cut, rect.w, rect.h - cut), rng, min_size, depth + 1)


def build(cfg, rng):
    g = Grid(cfg["width"], cfg["height"])
    rooms = []
    for leaf in bsp(Rect(0, 0, g.w, g.h), rng, cfg["min_room"]):
        w = rng.randint(cfg["min_room"] - 1, leaf.w - 2)
        h = rng.randint(cfg["min_room"] - 2, leaf.h - 2)
        x = leaf.x + rng.randint(1, leaf.w - w - 1)
        y = leaf.y + rng.randint(1, leaf.h - h - 1)
        room = Rect(x, y, w, h)
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                g[xx, yy] = "."
        rooms.append(room)

    def corridor(a, b):
        (x1, y1), (x2, y2) = a, b
        for x in range(min(x1, x2), max(x1, x2) + 1):
            if g[x, y1] == "#":
                g[x, y1] = ","
        for y in range(min(y1, y2), max(y1, y2) + 1):
            if g[x2, y] == "#":
                g[x2, y] = ","

    for a, b in zip(rooms, rooms[1:]):
        corridor(a.centre, b.centre)
    return g, rooms


def fov(grid, origin, radius):
    """Recursive shadowcasting using exact Fraction slopes."""
    visible = {origin}
    ox, oy = origin
    octants = [(1, 0, 0, 1), (0, 1, 1, 0), (0, -1, 1, 0), (-1, 0, 0, 1),
               (-1, 0, 0, -1), (0, -1, -1, 0), (0, 1, -1, 0), (1, 0, 0, -1)]

    def blocked(x, y):
        return (x, y) not in grid or grid[x, y] == "#"

    def scan(row, start, end, xx, xy, yx, yy):
        if start < end:
            return
        new_start = start
        for dist in range(row, radius + 1):
            was_blocked = False
            for dx in range(-dist, 1):
                dy = -dist
                l_slope = Fraction(2 * dx - 1, 2 * dy + 1)
                r_slope = Fraction(2 * dx + 1, 2 * dy - 1)
                if start < r_slope:
                    continue
                if end > l_slope:
                    break
                x, y = ox + dx * xx + dy * xy, oy + dx * yx + dy * yy
                if dx * dx + dy * dy <= radius * radius and (x, y) in grid:
                    visible.add((x, y))
                if was_blocked:
                    if blocked(x, y):
                        new_start = r_slope
                        continue
                    was_blocked = False
                    start = new_start
                elif blocked(x, y) and dist < radius:
                    was_blocked = True
                    scan(dist + 1, start, l_slope, xx, xy, yx, yy)
                    new_start = r_slope
            if was_blocked:
                break

    for oct_ in octants:
        scan(1, Fraction(1), Fraction(0), *oct_)
    return visible


class Actor:
    _ids = count(1)

    def __init__(self, name, glyph, pos, hp, speed=1):
        self.id = next(self._ids)
        self.name, self.glyph, self.pos, self.hp, self.speed = name, glyph, pos, hp, speed

    def __bool__(self):
        return self.hp > 0

    def __repr__(self):
        return f"{self.glyph}{self.id}@{self.pos}"


def bfs_step(grid, start, goal, occupied):
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        x, y = cur
        for n in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if n in grid and grid[n] != "#" and n not in prev and (n not in occupied or n == goal):
                prev[n] = cur
                q.append(n)
    if goal not in prev:
        return start
    step = goal
    while prev[step] != start and prev[step] is not None:
        step = prev[step]
    return step


def simulate(seed, overrides=None):
    global turn_counter
    cfg = ChainMap(overrides or {}, DEFAULTS)
    rng = random.Random(seed)
    grid, rooms = build(cfg, rng)
    hero = Actor("hero", "@", rooms[0].centre, 30)
    monsters = [Actor(n, n[0], rng.choice(rooms[1:]).centre, rng.randint(3, 8))
                for n in rng.choices(["goblin", "rat", "kobold"], weights=[3, 5, 2], k=cfg["monsters"])]
    # spread monsters that share a spot
    taken = {hero.pos}
    for m in monsters:
        while m.pos in taken:
            m.pos = (m.pos[0] + 1, m.pos[1])
        taken.add(m.pos)
    print(f"seed={seed} cfg={dict(cfg)} rooms={rooms[:3]}... ({len(rooms)} total)")
    log = []
    note = partial(lambda lst, t, msg: lst.append(f"[{t:02d}] {msg}"), log)
    order = cycle([hero] + monsters)
    for _ in range(150 * (1 + len(monsters))):
        actor = next(order)
        if not actor or not hero:
            continue
        turn_counter += 1
        t = turn_counter
        seen = fov(grid, hero.pos, cfg["fov_radius"])
        if actor is hero:
            living = [m for m in monsters if m]
            if not living:
                break
            target = min(living, key=lambda m: (abs(m.pos[0] - hero.pos[0]) + abs(m.pos[1] - hero.pos[1]), m.id))
            if abs(target.pos[0] - hero.pos[0]) + abs(target.pos[1] - hero.pos[1]) == 1:
                dmg = rng.randint(2, 5)
                target.hp -= dmg
                note(t, f"hero hits {target.name}{target.id} for {dmg}" + ("" if target else " - slain"))
            else:
                occ = {m.pos for m in monsters if m}
                hero.pos = bfs_step(grid, hero.pos, target.pos, occ)
        elif actor.pos in seen:
            if abs(actor.pos[0] - hero.pos[0]) + abs(actor.pos[1] - hero.pos[1]) == 1:
                if rng.random() < 0.6:
                    hero.hp -= 1
                    note(t, f"{actor.name}{actor.id} bites hero (hp {hero.hp})")
            else:
                occ = {m.pos for m in monsters if m and m is not actor} | {hero.pos}
                actor.pos = bfs_step(grid, actor.pos, hero.pos, occ)
    view = Grid(grid.w, grid.h, " ")
    seen = fov(grid, hero.pos, cfg["fov_radius"])
    for (x, y), ch in grid:
        view[x, y] = ch if (x, y) in seen else ("·" if ch != "#" else " ")
    for m in monsters:
        if m and m.pos in seen:
            view[m.pos] = m.glyph
    view[hero.pos] = "@"
    print(view)
    print("\n".join(log[:8]))
    if len(log) > 8:
        print(f"... {len(log) - 8} more events; last: {log[-1]}")
    alive = [m for m in monsters if m]
    print(f"hero hp={hero.hp} alive monsters={alive} visible cells={len(seen)} row0={grid[0:10, 1]!r}")
    return hero.hp, len(alive)


results = [simulate(3), simulate(17, {"monsters": 8, "fov_radius": 4}), simulate(99, {"width": 36})]
print(results, "turns:", turn_counter)
print(Fraction(3, 4) < Fraction(5, 6), Fraction(-7, 3), Fraction(2, 4) + Fraction(1, 3), float(Fraction(1, 3)).__round__(4))
sys.exit(0)
