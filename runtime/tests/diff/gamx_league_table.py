"""Round-robin league and knockout bracket with formatted standings."""
import random
import sys
from collections import defaultdict
from dataclasses import dataclass, field, asdict, replace
from functools import cmp_to_key, reduce
from operator import attrgetter, itemgetter
from typing import NamedTuple


class Result(NamedTuple):
    home: str
    away: str
    hg: int
    ag: int

    @property
    def winner(self):
        if self.hg == self.ag:
            return None
        return self.home if self.hg > self.ag else self.away


@dataclass(slots=True)
class Row:
    team: str
    played: int = 0
    won: int = 0
    drawn: int = 0
    lost: int = 0
    gf: int = 0
    ga: int = 0
    form: list = field(default_factory=list)

    @property
    def gd(self):
        return self.gf - self.ga

    @property
    def points(self):
        return 3 * self.won + self.drawn

    def record(self, scored, conceded):
        self.played += 1
        self.gf += scored
        self.ga += conceded
        if scored > conceded:
            self.won += 1
            self.form.append("W")
        elif scored == conceded:
            self.drawn += 1
            self.form.append("D")
        else:
            self.lost += 1
            self.form.append("L")


TEAMS = {"Rovers": 1.6, "United": 1.4, "Athletic": 1.1, "City": 1.5, "Wanderers": 0.9, "Albion": 1.2}


def poisson(rng, lam):
    # Knuth's algorithm
    import math
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def round_robin(teams):
    ts = list(teams)
    if len(ts) % 2:
        ts.append(None)
    n = len(ts)
    for rnd in range(n - 1):
        pairs = [(ts[i], ts[n - 1 - i]) for i in range(n // 2)]
        yield rnd + 1, [(a, b) if rnd % 2 == 0 else (b, a) for a, b in pairs if a and b]
        ts = [ts[0]] + [ts[-1]] + ts[1:-1]


rng = random.Random(1966)
results = []
for leg in (1, 2):
    for rnd, fixtures in round_robin(TEAMS):
        for home, away in fixtures:
            if leg == 2:
                home, away = away, home
            r = Result(home, away, poisson(rng, TEAMS[home] * 1.1), poisson(rng, TEAMS[away]))
            results.append(r)
        if leg == 1 and rnd == 1:
            print("Round 1:", "; ".join(f"{r.home} {r.hg}-{r.ag} {r.away}" for r in results))

table = {t: Row(t) for t in TEAMS}
for r in results:
    table[r.home].record(r.hg, r.ag)
    table[r.away].record(r.ag, r.hg)

head_to_head = defaultdict(int)
for r in results:
    if r.winner:
        head_to_head[(r.winner, r.away if r.winner == r.home else r.home)] += 1


def compare(a, b):
    ka = (a.points, a.gd, a.gf)
    kb = (b.points, b.gd, b.gf)
    if ka != kb:
        return -1 if ka > kb else 1
    h = head_to_head[(a.team, b.team)] - head_to_head[(b.team, a.team)]
    if h:
        return -h
    return (a.team > b.team) - (a.team < b.team)


standings = sorted(table.values(), key=cmp_to_key(compare))
header = f"{'Pos':>3}  {'Team':<10}{'P':>3}{'W':>3}{'D':>3}{'L':>3}{'GF':>4}{'GA':>4}{'GD':>5}{'Pts':>5}  Form"
print(header)
print("-" * len(header))
for pos, row in enumerate(standings, 1):
    print(f"{pos:>3}. {row.team:<10}{row.played:>3}{row.won:>3}{row.drawn:>3}{row.lost:>3}"
          f"{row.gf:>4}{row.ga:>4}{row.gd:>+5}{row.points:>5}  {''.join(row.form[-5:])}")

total_goals = reduce(lambda acc, r: acc + r.hg + r.ag, results, 0)
print(f"{len(results)} matches, {total_goals} goals, {total_goals / len(results):.2f} per game")
biggest = max(results, key=lambda r: (abs(r.hg - r.ag), r.hg + r.ag))
print("Biggest win:", biggest, "->", biggest.winner)
print("Top scorers (team):", [(t.team, t.gf) for t in sorted(table.values(), key=attrgetter("gf"), reverse=True)[:3]])
home_wins = sum(1 for r in results if r.winner == r.home)
print(f"home wins {home_wins}, away wins {sum(1 for r in results if r.winner == r.away)}, "
      f"draws {sum(1 for r in results if r.winner is None)}")
print(asdict(standings[0]) | {"form": "..."})
print(replace(standings[-1], form=[]))
print(sorted(Result._fields), Result._make(["A", "B", 1, 2])._replace(hg=5))


# knockout bracket seeded by league position
def play_tie(a, b):
    ga, gb = poisson(rng, TEAMS[a]), poisson(rng, TEAMS[b])
    note = ""
    while ga == gb:
        ga += rng.random() < 0.5
        gb += rng.random() < 0.5
        note = " (pens)"
    return (a if ga > gb else b), f"{a} {ga}-{gb} {b}{note}"


seeds = [r.team for r in standings] + ["Borough", "Town"]
TEAMS.update(Borough=0.8, Town=0.7)
bracket = [(seeds[i], seeds[-1 - i]) for i in range(len(seeds) // 2)]
stage_names = iter(["Quarter-finals", "Semi-finals", "Final"])
while bracket:
    name = next(stage_names)
    print(f"== {name} ==")
    winners = []
    for a, b in bracket:
        w, line = play_tie(a, b)
        winners.append(w)
        print(f"   {line:<32} -> {w}")
    if len(winners) == 1:
        print("Champion:", winners[0].upper().center(20, "*"))
        break
    bracket = list(zip(winners[::2], winners[1::2]))

pairs = sorted(head_to_head.items(), key=itemgetter(1, 0), reverse=True)[:4]
print("Most one-sided pairings:", pairs)
sys.exit(0)
