"""Tic-tac-toe and connect-four with minimax / alpha-beta, random openings."""
import random
import sys
from functools import lru_cache

# ---------- tic-tac-toe ----------
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def ttt_winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


@lru_cache(maxsize=None)
def ttt_minimax(board, player):
    w = ttt_winner(board)
    if w:
        return (1 if w == "X" else -1), None
    if "." not in board:
        return 0, None
    best = None
    other = "O" if player == "X" else "X"
    for i, ch in enumerate(board):
        if ch != ".":
            continue
        nb = board[:i] + player + board[i + 1:]
        score, _ = ttt_minimax(nb, other)
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, i)
    return best


def show_ttt(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))


def ttt_game(rng):
    board = "." * 9
    first = rng.choice("XO")
    player = first
    # random opening move
    i = rng.randrange(9)
    board = board[:i] + player + board[i + 1:]
    player = "O" if player == "X" else "X"
    while not ttt_winner(board) and "." in board:
        _, move = ttt_minimax(board, player)
        board = board[:move] + player + board[move + 1:]
        player = "O" if player == "X" else "X"
    return first, board, ttt_winner(board) or "draw"


rng = random.Random(2024)
tally = {}
for g in range(4):
    first, board, result = ttt_game(rng)
    tally[result] = tally.get(result, 0) + 1
    print(f"Game {g + 1}: {first} opened, result={result}")
    print(show_ttt(board))
print("tally:", sorted(tally.items()))
info = ttt_minimax.cache_info()
print("cache entries > 1000:", info.currsize > 1000, "hits>0:", info.hits > 0)

# ---------- connect four ----------
ROWS, COLS = 6, 7


class Board:
    __slots__ = ("grid", "heights", "history")

    def __init__(self):
        self.grid = [["." for _ in range(COLS)] for _ in range(ROWS)]
        self.heights = [0] * COLS
        self.history = []

    def legal(self):
        order = [3, 2, 4, 1, 5, 0, 6]
        return [c for c in order if self.heights[c] < ROWS]

    def play(self, col, piece):
        if self.heights[col] >= ROWS:
            raise ValueError(f"column {col} is full")
        r = self.heights[col]
        self.grid[r][col] = piece
        self.heights[col] += 1
        self.history.append(col)

    def undo(self):
        col = self.history.pop()
        self.heights[col] -= 1
        self.grid[self.heights[col]][col] = "."

    def windows(self):
        g = self.grid
        for r in range(ROWS):
            for c in range(COLS):
                for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                    er, ec = r + 3 * dr, c + 3 * dc
                    if 0 <= er < ROWS and 0 <= ec < COLS:
                        yield [g[r + k * dr][c + k * dc] for k in range(4)]

    def winner(self):
        for w in self.windows():
            if w[0] != "." and w.count(w[0]) == 4:
                return w[0]
        return None

    def evaluate(self, me):
        opp = "O" if me == "X" else "X"
        score = 0
        for w in self.windows():
            m, o = w.count(me), w.count(opp)
            if m and o:
                continue
            score += {0: 0, 1: 1, 2: 4, 3: 16, 4: 1000}[m]
            score -= {0: 0, 1: 1, 2: 5, 3: 20, 4: 1000}[o]
        centre = sum(1 for r in range(ROWS) if self.grid[r][3] == me)
        return score + 3 * centre

    def __str__(self):
        rows = ["|" + "".join(row) + "|" for row in reversed(self.grid)]
        return "\n".join(rows + ["+" + "-" * COLS + "+", " " + "".join(map(str, range(COLS)))])


nodes = 0


def alphabeta(b, depth, alpha, beta, me, to_move):
    global nodes
    nodes += 1
    w = b.winner()
    if w is not None:
        return (10_000 + depth) * (1 if w == me else -1), None
    moves = b.legal()
    if depth == 0 or not moves:
        return b.evaluate(me), None
    nxt = "O" if to_move == "X" else "X"
    best_move = moves[0]
    if to_move == me:
        value = -float("inf")
        for m in moves:
            b.play(m, to_move)
            v, _ = alphabeta(b, depth - 1, alpha, beta, me, nxt)
            b.undo()
            if v > value:
                value, best_move = v, m
            alpha = max(alpha, value)
            if alpha >= beta:
                break
    else:
        value = float("inf")
        for m in moves:
            b.play(m, to_move)
            v, _ = alphabeta(b, depth - 1, alpha, beta, me, nxt)
            b.undo()
            if v < value:
                value, best_move = v, m
            beta = min(beta, value)
            if alpha >= beta:
                break
    return value, best_move


def c4_game(seed, depth_x, depth_o):
    global nodes
    nodes = 0
    rng = random.Random(seed)
    b = Board()
    for _ in range(2):
        b.play(rng.randint(0, COLS - 1), "X")
        b.play(rng.randint(0, COLS - 1), "O")
    turn = "X"
    while b.winner() is None and b.legal():
        depth = depth_x if turn == "X" else depth_o
        _, m = alphabeta(b, depth, -float("inf"), float("inf"), turn, turn)
        b.play(m, turn)
        turn = "O" if turn == "X" else "X"
    return b, b.winner() or "draw"


for seed, dx, do in ((1, 3, 1), (5, 2, 2), (9, 1, 3)):
    b, res = c4_game(seed, dx, do)
    print(f"\nseed={seed} depth X={dx} O={do}: winner {res} after {len(b.history)} moves, nodes={nodes}")
    print(b)
    print("moves:", "".join(map(str, b.history)))

try:
    full = Board()
    for _ in range(7):
        full.play(0, "X")
except ValueError as e:
    print("error:", e)
sys.exit(3 if nodes == 0 else 0)
