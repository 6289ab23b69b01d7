"""Wordle solver, hangman AI and a high-score file kept with csv in a temp dir."""
import csv
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

WORDS = """crane slate trace crate react cater arise raise stare tears rates aster
blame flame frame shame shape grape drape trade grade grace brace space place plane
plant giant chant saint paint faint taint point joint moist hoist joist world would
could mould bound hound sound round mound pound wound found lound proud cloud
shout about snout spout trout grout stout scout flour sport short snort north forth
ghost roast boast coast toast beast feast least yeast lease tease cease geese cheese""".split()
WORDS = sorted({w for w in WORDS if len(w) == 5})


def feedback(guess, answer):
    """G = right place, Y = in word elsewhere, . = absent (handles repeated letters)."""
    result = ["."] * 5
    remaining = Counter()
    for i, (g, a) in enumerate(zip(guess, answer)):
        if g == a:
            result[i] = "G"
        else:
            remaining[a] += 1
    for i, g in enumerate(guess):
        if result[i] == "." and remaining[g] > 0:
            result[i] = "Y"
            remaining[g] -= 1
    return "".join(result)


def best_guess(candidates, pool):
    if len(candidates) <= 2:
        return candidates[0]
    def score(word):
        buckets = Counter(feedback(word, c) for c in candidates)
        worst = max(buckets.values())
        return (worst, -len(buckets), word not in candidates, word)
    return min(pool, key=score)


def solve(answer, first="crane"):
    candidates = list(WORDS)
    guesses = []
    guess = first
    while True:
        fb = feedback(guess, answer)
        guesses.append((guess, fb))
        if fb == "GGGGG":
            return guesses
        candidates = [c for c in candidates if feedback(guess, c) == fb]
        if not candidates:
            raise LookupError(f"no candidates left for {answer}")
        guess = best_guess(candidates, WORDS)


print(f"{len(WORDS)} words")
print(feedback("geese", "cheese"[:5]), feedback("speed", "abide"), feedback("sassy", "essay"))
rng = random.Random(11)
stats = Counter()
for answer in rng.sample(WORDS, 8):
    path = solve(answer)
    stats[len(path)] += 1
    print(f"{answer}: " + " ".join(f"{g}/{fb}" for g, fb in path))
all_lengths = Counter(len(solve(w)) for w in WORDS)
print("distribution:", dict(sorted(all_lengths.items())),
      f"avg {sum(k * v for k, v in all_lengths.items()) / len(WORDS):.3f}")


# ---------- hangman ----------
def hangman(answer, dictionary, max_wrong=6):
    guessed, wrong = set(), 0
    pattern = lambda: "".join(c if c in guessed else "_" for c in answer)
    trace = []
    while "_" in pattern() and wrong < max_wrong:
        pat = pattern()
        fits = [w for w in dictionary if len(w) == len(answer)
                and all((p == "_" and c not in guessed) or p == c for p, c in zip(pat, w))
                and not any(c in guessed and c not in answer for c in w)]
        letters = Counter(c for w in fits for c in set(w) if c not in guessed)
        if letters:
            letter = max(sorted(letters), key=lambda c: letters[c])
        else:
            letter = next(c for c in "etaoinshrdlucmfwypvbgkqjxz" if c not in guessed)
        guessed.add(letter)
        hit = letter in answer
        wrong += not hit
        trace.append(letter.upper() if hit else letter)
    return pattern(), wrong, "".join(trace)


for w in ("ghost", "cheese", "quartz", "plane"):
    pat, wrong, trace = hangman(w, WORDS + ["cheese", "quartz"])
    status = "solved" if pat == w else "hanged"
    print(f"{w:<7} {pat:<7} wrong={wrong} guesses={trace:<14} {status}")


# ---------- high scores ----------
class HighScores:
    FIELDS = ["player", "game", "score", "turns"]

    def __init__(self, path):
        self.path = Path(path)

    def add(self, **row):
        new = not self.path.exists()
        with self.path.open("a", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=self.FIELDS)
            if new:
                writer.writeheader()
            writer.writerow(row)

    def top(self, game, n=3):
        with self.path.open(newline="") as fh:
            rows = [r for r in csv.DictReader(fh) if r["game"] == game]
        rows.sort(key=lambda r: (-int(r["score"]), int(r["turns"]), r["player"]))
        return rows[:n]


with tempfile.TemporaryDirectory() as tmp:
    hs = HighScores(os.path.join(tmp, "scores.csv"))
    players = ["ann", "bo", "cy", "di"]
    for i in range(12):
        p = rng.choice(players)
        game = rng.choice(["wordle", "hangman"])
        hs.add(player=p, game=game, score=rng.randint(10, 99) * 10, turns=rng.randint(2, 9))
    for game in ("wordle", "hangman"):
        print(f"Top {game}:")
        for rank, row in enumerate(hs.top(game), 1):
            print(f"  {rank}. {row['player']:<4}{int(row['score']):>5} pts in {row['turns']} turns")
    raw = hs.path.read_text().splitlines()
    print(hs.path.name, len(raw), "lines; header:", raw[0])
    print(sorted(p.name for p in Path(tmp).iterdir()), hs.path.stat().st_size == len("\r\n".join(raw)) + 2)
print("cleaned up:", not hs.path.exists())
sys.exit(0)
