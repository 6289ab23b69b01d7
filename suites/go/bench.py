"""Go: Monte Carlo tree search (UCT) on a 9x9 Go board.

The board keeps stones in Square objects grouped by shared "root"
squares with member lists and pseudo-liberty counts, so captures and
suicide checks are cheap.  Each tree-search game replays the real game's
history on a scratch board, walks down the tree by UCB1, expands one move
and finishes with a random playout (no filling of own one-point eyes).
The computer plays a few moves from the empty board; the chosen moves,
visit counts and the final position are checked.
"""

import math
import random

import harness

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI = 7.5
MAX_PLAYOUT_MOVES = SIZE * SIZE * 3
GAMES_PER_MOVE = 160
MOVES = 2
SEED = 1


def other(color):
    return 3 - color


class Square(object):
    __slots__ = ("pos", "neighbours", "color", "root", "members", "ledges")

    def __init__(self, pos):
        self.pos = pos
        self.neighbours = []
        self.color = EMPTY
        self.root = self
        self.members = None
        self.ledges = 0


class Board(object):
    def __init__(self):
        self.squares = [Square(pos) for pos in range(SIZE * SIZE)]
        for sq in self.squares:
            x, y = sq.pos % SIZE, sq.pos // SIZE
            for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < SIZE and 0 <= ny < SIZE:
                    sq.neighbours.append(self.squares[ny * SIZE + nx])
        self.empties = []
        self.empty_index = [0] * (SIZE * SIZE)
        self.reset()

    def reset(self):
        for sq in self.squares:
            sq.color = EMPTY
            sq.root = sq
            sq.members = None
            sq.ledges = 0
        self.empties = list(range(SIZE * SIZE))
        self.empty_index = list(range(SIZE * SIZE))
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.history = []
        self.captures = 0

    # -- bookkeeping of the empty-point list (O(1) add and remove)
    def _take_empty(self, pos):
        i = self.empty_index[pos]
        last = self.empties.pop()
        if last != pos:
            self.empties[i] = last
            self.empty_index[last] = i

    def _give_empty(self, pos):
        self.empty_index[pos] = len(self.empties)
        self.empties.append(pos)

    # -- moves
    def play(self, pos):
        color = self.to_move
        self.history.append(pos)
        self.to_move = other(color)
        if pos == PASS:
            self.passes += 1
            self.ko = None
            return
        self.passes = 0
        sq = self.squares[pos]
        sq.color = color
        sq.root = sq
        sq.members = [sq]
        sq.ledges = 0
        self._take_empty(pos)
        for n in sq.neighbours:
            if n.color == EMPTY:
                sq.ledges += 1
            else:
                n.root.ledges -= 1
        for n in sq.neighbours:
            if n.color == color and n.root is not sq.root:
                self._merge(sq.root, n.root)
        captured = 0
        last_captured = None
        opp = other(color)
        for n in sq.neighbours:
            if n.color == opp and n.root.ledges == 0:
                captured += len(n.root.members)
                last_captured = n.pos
                self._capture(n.root)
        self.captures += captured
        root = sq.root
        if captured == 1 and len(root.members) == 1 and root.ledges == 1:
            self.ko = last_captured
        else:
            self.ko = None

    def _merge(self, a, b):
        if len(a.members) < len(b.members):
            a, b = b, a
        for m in b.members:
            m.root = a
        a.members.extend(b.members)
        a.ledges += b.ledges
        b.members = None

    def _capture(self, root):
        members = root.members
        for m in members:
            m.color = EMPTY
            self._give_empty(m.pos)
        for m in members:
            m.root = m
            m.members = None
            m.ledges = 0
            for n in m.neighbours:
                if n.color != EMPTY:
                    n.root.ledges += 1

    def replay(self, history):
        for pos in history:
            self.play(pos)

    # -- legality
    def legal(self, pos):
        if pos == self.ko:
            return False
        sq = self.squares[pos]
        if sq.color != EMPTY:
            return False
        color = self.to_move
        roots = []
        counts = []
        for n in sq.neighbours:
            if n.color == EMPTY:
                return True
            r = n.root
            for i in range(len(roots)):
                if roots[i] is r:
                    counts[i] += 1
                    break
            else:
                roots.append(r)
                counts.append(1)
        for i in range(len(roots)):
            r = roots[i]
            if r.color == color:
                if r.ledges > counts[i]:
                    return True
            elif r.ledges == counts[i]:
                return True
        return False

    def own_eye(self, pos):
        color = self.to_move
        for n in self.squares[pos].neighbours:
            if n.color != color:
                return False
        return True

    def useful(self, pos):
        return self.legal(pos) and not self.own_eye(pos)

    def useful_moves(self):
        return [pos for pos in range(SIZE * SIZE) if self.useful(pos)]

    def random_move(self, rng):
        empties = self.empties
        count = len(empties)
        if count == 0:
            return PASS
        start = rng.randrange(count)
        for i in range(start, count):
            if self.useful(empties[i]):
                return empties[i]
        for i in range(start):
            if self.useful(empties[i]):
                return empties[i]
        return PASS

    def playout(self, rng):
        for _ in range(MAX_PLAYOUT_MOVES):
            if self.passes >= 2:
                break
            self.play(self.random_move(rng))

    # -- scoring (area scoring; after a playout only eyes are left empty)
    def score(self):
        """Black's score minus White's, komi included."""
        total = -KOMI
        for sq in self.squares:
            c = sq.color
            if c == EMPTY:
                seen = 0
                for n in sq.neighbours:
                    seen |= n.color
                if seen == BLACK:
                    total += 1
                elif seen == WHITE:
                    total -= 1
            elif c == BLACK:
                total += 1
            else:
                total -= 1
        return total

    def picture(self):
        chars = ".XO"
        rows = []
        for y in range(SIZE):
            rows.append("".join(chars[self.squares[y * SIZE + x].color]
                                for x in range(SIZE)))
        return "\n".join(rows)


class Node(object):
    __slots__ = ("pos", "mover", "wins", "visits", "children", "unexplored")

    def __init__(self, pos, mover, unexplored):
        self.pos = pos
        self.mover = mover
        self.wins = 0
        self.visits = 0
        self.children = []
        self.unexplored = unexplored

    def best_child(self):
        log_n = math.log(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = (child.wins / child.visits
                     + math.sqrt(2.0 * log_n / child.visits))
            if value > best_value:
                best = child
                best_value = value
        return best


def computer_move(board, games, rng):
    root = Node(None, other(board.to_move), board.useful_moves())
    scratch = Board()
    for _ in range(games):
        scratch.reset()
        scratch.replay(board.history)
        node = root
        path = [root]
        while not node.unexplored and node.children:
            node = node.best_child()
            scratch.play(node.pos)
            path.append(node)
        if node.unexplored:
            i = rng.randrange(len(node.unexplored))
            moves = node.unexplored
            pos = moves[i]
            moves[i] = moves[-1]
            moves.pop()
            mover = scratch.to_move
            scratch.play(pos)
            child = Node(pos, mover, scratch.useful_moves())
            node.children.append(child)
            path.append(child)
        scratch.playout(rng)
        winner = BLACK if scratch.score() > 0 else WHITE
        for n in path:
            n.visits += 1
            if n.mover == winner:
                n.wins += 1
    if not root.children:
        return PASS, 0
    best = root.children[0]
    for child in root.children[1:]:
        if child.visits > best.visits:
            best = child
    return best.pos, best.visits


def run_once(games=GAMES_PER_MOVE, moves=MOVES):
    rng = random.Random(SEED)
    board = Board()
    record = []
    for _ in range(moves):
        pos, visits = computer_move(board, games, rng)
        board.play(pos)
        record.append((pos, visits))
    return (tuple(record), board.picture())


EXPECTED = (
    ((18, 3), (15, 3)),
    ".........\n......O..\nX........\n.........\n.........\n"
    ".........\n.........\n.........\n.........",
)


def check(result):
    record, picture = result
    if record != EXPECTED[0] or picture != EXPECTED[1]:
        raise harness.CheckFailed("moves %r / board\n%s\ndiffer from %r"
                                  % (record, picture, EXPECTED[0]))


if __name__ == "__main__":
    harness.main("go", run_once, check=check)
