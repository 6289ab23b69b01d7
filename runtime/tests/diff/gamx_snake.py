"""Snake on a grid driven by scripted move lists, with a coroutine controller."""
import random
import sys
from collections import deque
from dataclasses import dataclass
from enum import Enum


class Dir(Enum):
    UP = (0, -1)
    DOWN = (0, 1)
    LEFT = (-1, 0)
    RIGHT = (1, 0)

    def __init__(self, dx, dy):
        self.dx = dx
        self.dy = dy

    @property
    def opposite(self):
        return Dir((-self.dx, -self.dy))

    @classmethod
    def parse(cls, ch):
        return {"U": cls.UP, "D": cls.DOWN, "L": cls.LEFT, "R": cls.RIGHT}[ch]


class Collision(Exception):
    pass


class HitWall(Collision):
    pass


class HitSelf(Collision):
    pass


@dataclass
class Stats:
    ticks: int = 0
    eaten: int = 0
    ignored_reversals: int = 0

    def __iadd__(self, other):
        return Stats(self.ticks + other.ticks, self.eaten + other.eaten,
                     self.ignored_reversals + other.ignored_reversals)


class Snake:
    __slots__ = ("body", "occupied", "heading", "grow")

    def __init__(self, start, length=3):
        x, y = start
        self.body = deque((x - i, y) for i in range(length))
        self.occupied = set(self.body)
        self.heading = Dir.RIGHT
        self.grow = 0

    @property
    def head(self):
        return self.body[0]

    def __len__(self):
        return len(self.body)

    def step(self, w, h):
        hx, hy = self.head
        new = (hx + self.heading.dx, hy + self.heading.dy)
        if not (0 <= new[0] < w and 0 <= new[1] < h):
            raise HitWall(f"wall at {new}")
        tail = self.body[-1]
        if new in self.occupied and not (new == tail and not self.grow):
            raise HitSelf(f"bit itself at {new}")
        self.body.appendleft(new)
        self.occupied.add(new)
        if self.grow:
            self.grow -= 1
        else:
            old = self.body.pop()
            if old != new:
                self.occupied.discard(old)
        return new


class Game:
    def __init__(self, w, h, seed):
        self.w, self.h = w, h
        self.rng = random.Random(seed)
        self.snake = Snake((w // 2, h // 2))
        self.stats = Stats()
        self.food = self.place_food()

    def place_food(self):
        free = [(x, y) for y in range(self.h) for x in range(self.w) if (x, y) not in self.snake.occupied]
        return self.rng.choice(free) if free else None

    def render(self):
        grid = [["." for _ in range(self.w)] for _ in range(self.h)]
        for i, (x, y) in enumerate(self.snake.body):
            grid[y][x] = "@" if i == 0 else ("o" if i < len(self.snake) - 1 else "~")
        if self.food:
            fx, fy = self.food
            grid[fy][fx] = "*"
        return "\n".join("".join(r) for r in grid)

    def controller(self):
        """Coroutine: receives a move char (or None) each tick, yields the score."""
        score = 0
        while True:
            move = yield score
            if move is not None:
                d = Dir.parse(move)
                if d is self.snake.heading.opposite:
                    self.stats.ignored_reversals += 1
                else:
                    self.snake.heading = d
            self.stats.ticks += 1
            pos = self.snake.step(self.w, self.h)
            if pos == self.food:
                self.stats.eaten += 1
                self.snake.grow += 2
                score += 10 * len(self.snake)
                self.food = self.place_food()


def run(script, seed, w=12, h=8, show_every=None):
    game = Game(w, h, seed)
    ctl = game.controller()
    score = next(ctl)
    outcome = "script finished"
    for i, ch in enumerate(script):
        try:
            score = ctl.send(None if ch == "." else ch)
        except HitWall as e:
            outcome = f"crashed into wall ({e})"
            break
        except HitSelf as e:
            outcome = f"crashed into self ({e})"
            break
        if show_every and (i + 1) % show_every == 0:
            print(f"after {i + 1} moves, score {score}:")
            print(game.render())
    ctl.close()
    print(f"seed {seed}: {outcome}; score={score} length={len(game.snake)} {game.stats}")
    return game, score


def greedy_script(game_seed, n, w=12, h=8):
    """Build a move script by simulating a greedy chaser (no self-avoidance lookahead)."""
    game = Game(w, h, game_seed)
    moves = []
    for _ in range(n):
        hx, hy = game.snake.head
        fx, fy = game.food
        options = []
        if fx > hx: options.append("R")
        if fx < hx: options.append("L")
        if fy > hy: options.append("D")
        if fy < hy: options.append("U")
        options += [c for c in "RDLU" if c not in options]
        for c in options:
            d = Dir.parse(c)
            nx, ny = hx + d.dx, hy + d.dy
            if d is not game.snake.heading.opposite and 0 <= nx < w and 0 <= ny < h \
                    and (nx, ny) not in list(game.snake.body)[:-1]:
                break
        moves.append(c)
        game.snake.heading = Dir.parse(c)
        try:
            game.snake.step(w, h)
        except Collision:
            break
        if game.snake.head == game.food:
            game.snake.grow += 2
            game.food = game.place_food()
            if game.food is None:
                break
    return "".join(moves)


run("RRRR.DDD.LLLLLL.UUUU", 1, show_every=10)
run("..........", 2)
run("DLUR" * 2 + "RDLU", 3)
run("LDRU", 4)
total = Stats()
for seed in (5, 6, 7):
    script = greedy_script(seed, 150)
    print(f"greedy script ({len(script)} moves): {script[:40]}...")
    game, score = run(script, seed)
    total += game.stats
print(game.render())
print("totals:", total, Dir.UP.opposite, Dir((1, 0)).name, [d.value for d in Dir])
sys.exit(0 if total.eaten else 2)
