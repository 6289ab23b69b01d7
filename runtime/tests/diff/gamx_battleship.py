"""Battleship with a hunt/target AI and a probability-density AI; save/load via pickle and json."""
import json
import pickle
import random
import string
import sys
from dataclasses import dataclass, field, asdict
from enum import Enum
from itertools import product

SIZE = 10
FLEET = {"Carrier": 5, "Battleship": 4, "Cruiser": 3, "Submarine": 3, "Destroyer": 2}
COLS = string.ascii_uppercase[:SIZE]


class Shot(Enum):
    MISS = "o"
    HIT = "X"
    SUNK = "#"


def coord(cell):
    r, c = cell
    return f"{COLS[c]}{r + 1}"


def parse(text):
    text = text.strip().upper()
    if len(text) < 2 or text[0] not in COLS or not text[1:].isdigit():
        raise ValueError(f"bad coordinate {text!r}")
    r = int(text[1:]) - 1
    if not 0 <= r < SIZE:
        raise ValueError(f"row out of range in {text!r}")
    return (r, COLS.index(text[0]))


@dataclass
class Ship:
    name: str
    cells: list
    hits: set = field(default_factory=set)

    @property
    def sunk(self):
        return len(self.hits) == len(self.cells)


class Board:
    def __init__(self, rng):
        self.ships = []
        self.shots = {}
        taken = set()
        for name, length in FLEET.items():
            while True:
                horiz = rng.random() < 0.5
                r = rng.randrange(SIZE if horiz else SIZE - length + 1)
                c = rng.randrange(SIZE - length + 1 if horiz else SIZE)
                cells = [(r, c + i) if horiz else (r + i, c) for i in range(length)]
                if taken.isdisjoint(cells):
                    taken.update(cells)
                    self.ships.append(Ship(name, cells))
                    break

    def fire(self, cell):
        if cell in self.shots:
            raise KeyError(f"already fired at {coord(cell)}")
        for ship in self.ships:
            if cell in ship.cells:
                ship.hits.add(cell)
                if ship.sunk:
                    for c in ship.cells:
                        self.shots[c] = Shot.SUNK
                    return Shot.SUNK, ship.name
                self.shots[cell] = Shot.HIT
                return Shot.HIT, None
        self.shots[cell] = Shot.MISS
        return Shot.MISS, None

    @property
    def defeated(self):
        return all(s.sunk for s in self.ships)

    def render(self, reveal=False):
        lines = ["   " + " ".join(COLS)]
        for r in range(SIZE):
            row = []
            for c in range(SIZE):
                mark = self.shots.get((r, c))
                if mark:
                    row.append(mark.value)
                elif reveal and any((r, c) in s.cells for s in self.ships):
                    row.append("=")
                else:
                    row.append(".")
            lines.append(f"{r + 1:>2} " + " ".join(row))
        return "\n".join(lines)


class RandomAI:
    def __init__(self, rng):
        self.rng = rng
        self.todo = list(product(range(SIZE), repeat=2))
        rng.shuffle(self.todo)

    def pick(self, board):
        return self.todo.pop()

    def feedback(self, cell, result):
        pass


class HuntTargetAI(RandomAI):
    def __init__(self, rng):
        super().__init__(rng)
        self.targets = []

    def pick(self, board):
        while self.targets:
            cell = self.targets.pop()
            if cell not in board.shots:
                return cell
        while self.todo:
            cell = self.todo.pop()
            if cell not in board.shots and (cell[0] + cell[1]) % 2 == 0:
                return cell
        return next(c for c in product(range(SIZE), repeat=2) if c not in board.shots)

    def feedback(self, cell, result):
        if result is Shot.HIT:
            r, c = cell
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < SIZE and 0 <= nc < SIZE:
                    self.targets.append((nr, nc))
        elif result is Shot.SUNK:
            self.targets.clear()


class DensityAI:
    def __init__(self, rng):
        self.rng = rng
        self.remaining = dict(FLEET)

    def pick(self, board):
        heat = {}
        open_hits = [c for c, s in board.shots.items() if s is Shot.HIT]
        for length in self.remaining.values():
            for r, c, horiz in product(range(SIZE), range(SIZE), (True, False)):
                cells = [(r, c + i) if horiz else (r + i, c) for i in range(length)]
                if any(x >= SIZE or y >= SIZE for x, y in cells):
                    continue
                if any(board.shots.get(x) in (Shot.MISS, Shot.SUNK) for x in cells):
                    continue
                weight = 1 + 20 * sum(x in open_hits for x in cells)
                for x in cells:
                    if x not in board.shots:
                        heat[x] = heat.get(x, 0) + weight
        best = max(heat.values())
        choices = sorted(c for c, v in heat.items() if v == best)
        return self.rng.choice(choices)

    def feedback(self, cell, result):
        pass

    def sunk(self, name):
        self.remaining.pop(name, None)


def play(ai_cls, seed, verbose=False):
    rng = random.Random(seed)
    board = Board(rng)
    ai = ai_cls(rng)
    shots = 0
    while not board.defeated:
        cell = ai.pick(board)
        result, name = board.fire(cell)
        shots += 1
        ai.feedback(cell, result)
        if name and hasattr(ai, "sunk"):
            ai.sunk(name)
        if verbose and (name or shots <= 3):
            print(f"  shot {shots:3d} at {coord(cell):<3} -> {result.name}{' ' + name if name else ''}")
    return shots, board


_, b = play(HuntTargetAI, 1, verbose=True)
print(b.render())
print(f"{'AI':<14}{'mean':>7}{'best':>6}{'worst':>7}")
for ai_cls in (RandomAI, HuntTargetAI, DensityAI):
    counts = [play(ai_cls, s)[0] for s in range(8)]
    print(f"{ai_cls.__name__:<14}{sum(counts) / len(counts):>7.2f}{min(counts):>6}{max(counts):>7}")

# Human-style input parsing, including errors
board = Board(random.Random(42))
for text in ["a1", "J10", "k3", "b0", "c", " e5 ", "A1", "e5"]:
    try:
        result, name = board.fire(parse(text))
        print(f"{text.strip():>4}: {result.name.lower()}{' - sunk ' + name if name else ''}")
    except ValueError as e:
        print(f"{text!r:>6}: ValueError {e}")
    except KeyError as e:
        print(f"{text!r:>6}: KeyError {e.args[0]}")

# save / load a game in progress
blob = pickle.dumps(board)
restored = pickle.loads(blob)
print("pickle round trip:", restored.render() == board.render(), restored.shots == board.shots,
      [s.name for s in restored.ships if s.hits])
state = {"ships": [asdict(s) | {"hits": sorted(s.hits)} for s in board.ships],
         "shots": {coord(c): s.value for c, s in sorted(board.shots.items())}}
text = json.dumps(state, sort_keys=True)
back = json.loads(text)
print(len(text), back["shots"], back["ships"][0]["name"], back["ships"][0]["cells"][:2])
print(json.dumps(back["ships"][-1], indent=2))
print(Shot("X"), Shot["SUNK"].value, pickle.loads(pickle.dumps(Shot.MISS)) is Shot.MISS)
sys.exit(0)
