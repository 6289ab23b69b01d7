"""Card games with enum suits, ordered dataclasses, poker hand ranking and blackjack."""
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum, IntEnum, auto
from functools import total_ordering
from itertools import combinations


class Suit(Enum):
    CLUBS = "♣"
    DIAMONDS = "♦"
    HEARTS = "♥"
    SPADES = "♠"

    @property
    def colour(self):
        return "red" if self in (Suit.DIAMONDS, Suit.HEARTS) else "black"


class Rank(IntEnum):
    TWO = 2
    THREE = auto()
    FOUR = auto()
    FIVE = auto()
    SIX = auto()
    SEVEN = auto()
    EIGHT = auto()
    NINE = auto()
    TEN = auto()
    JACK = auto()
    QUEEN = auto()
    KING = auto()
    ACE = auto()

    @property
    def short(self):
        return {10: "T", 11: "J", 12: "Q", 13: "K", 14: "A"}.get(self.value, str(self.value))


@dataclass(frozen=True, order=True)
class Card:
    rank: Rank
    suit: Suit = field(compare=False)

    def __str__(self):
        return f"{self.rank.short}{self.suit.value}"


class Deck:
    def __init__(self, rng):
        self.rng = rng
        self.cards = [Card(r, s) for s in Suit for r in Rank]
        self.rng.shuffle(self.cards)

    def __len__(self):
        return len(self.cards)

    def deal(self, n=1):
        if n > len(self.cards):
            raise IndexError(f"only {len(self.cards)} cards left, wanted {n}")
        hand, self.cards = self.cards[:n], self.cards[n:]
        return hand


class HandType(IntEnum):
    HIGH_CARD = 0
    PAIR = 1
    TWO_PAIR = 2
    TRIPS = 3
    STRAIGHT = 4
    FLUSH = 5
    FULL_HOUSE = 6
    QUADS = 7
    STRAIGHT_FLUSH = 8


@total_ordering
class HandValue:
    def __init__(self, kind, tiebreak):
        self.kind = kind
        self.tiebreak = tuple(tiebreak)

    def __eq__(self, other):
        return (self.kind, self.tiebreak) == (other.kind, other.tiebreak)

    def __lt__(self, other):
        return (self.kind, self.tiebreak) < (other.kind, other.tiebreak)

    def __repr__(self):
        tb = ",".join(Rank(v).short for v in self.tiebreak)
        return f"{self.kind.name.replace('_', ' ').title()}[{tb}]"


def evaluate5(cards):
    ranks = sorted((c.rank.value for c in cards), reverse=True)
    counts = Counter(ranks)
    groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
    flush = len({c.suit for c in cards}) == 1
    uniq = sorted(set(ranks), reverse=True)
    straight_high = None
    if len(uniq) == 5:
        if uniq[0] - uniq[4] == 4:
            straight_high = uniq[0]
        elif uniq == [14, 5, 4, 3, 2]:
            straight_high = 5
    shape = [cnt for _, cnt in groups]
    order = [r for r, _ in groups]
    match (straight_high is not None, flush, shape):
        case (True, True, _):
            return HandValue(HandType.STRAIGHT_FLUSH, [straight_high])
        case (_, _, [4, 1]):
            return HandValue(HandType.QUADS, order)
        case (_, _, [3, 2]):
            return HandValue(HandType.FULL_HOUSE, order)
        case (_, True, _):
            return HandValue(HandType.FLUSH, ranks)
        case (True, _, _):
            return HandValue(HandType.STRAIGHT, [straight_high])
        case (_, _, [3, 1, 1]):
            return HandValue(HandType.TRIPS, order)
        case (_, _, [2, 2, 1]):
            return HandValue(HandType.TWO_PAIR, order)
        case (_, _, [2, 1, 1, 1]):
            return HandValue(HandType.PAIR, order)
        case _:
            return HandValue(HandType.HIGH_CARD, ranks)


def best_of_seven(cards):
    return max(evaluate5(combo) for combo in combinations(cards, 5))


def holdem_round(rng, names):
    deck = Deck(rng)
    holes = {n: deck.deal(2) for n in names}
    deck.deal(1)  # burn
    board = deck.deal(3)
    deck.deal(1)
    board += deck.deal(1)
    deck.deal(1)
    board += deck.deal(1)
    print("Board:", " ".join(map(str, board)), f"({len(deck)} left)")
    results = []
    for n in names:
        hv = best_of_seven(holes[n] + board)
        results.append((hv, n))
        print(f"  {n:<6} {' '.join(map(str, sorted(holes[n], reverse=True))):<6} -> {hv!r}")
    top = max(r[0] for r in results)
    winners = [n for hv, n in results if hv == top]
    print("  Winner(s):", ", ".join(winners))
    return winners


rng = random.Random(99)
wins = Counter()
names = ["Ann", "Bob", "Cleo", "Dev"]
for rnd in range(1, 6):
    print(f"--- Hand {rnd} ---")
    for w in holdem_round(rng, names):
        wins[w] += 1
print("Wins:", dict(sorted(wins.items())))

# frequency of hand types in random 5-card deals
freq = Counter()
for _ in range(3000):
    d = Deck(rng)
    freq[evaluate5(d.deal(5)).kind] += 1
for kind in HandType:
    pct = freq[kind] / 3000
    print(f"{kind.name:<15}{freq[kind]:>6}{pct:>9.2%}")


# ---------- blackjack ----------
def bj_value(hand):
    total = 0
    aces = 0
    for c in hand:
        if c.rank == Rank.ACE:
            aces += 1
            total += 11
        elif c.rank >= Rank.TEN:
            total += 10
        else:
            total += int(c.rank)
    while total > 21 and aces:
        total -= 10
        aces -= 1
    return total


def blackjack(rng, rounds):
    deck = Deck(rng)
    bank = 100
    for r in range(rounds):
        if len(deck) < 15:
            deck = Deck(rng)
            print("  (reshuffle)")
        bet = 10
        player, dealer = deck.deal(2), deck.deal(2)
        while bj_value(player) < 17:
            player += deck.deal()
        pv = bj_value(player)
        while pv <= 21 and bj_value(dealer) < 17:
            dealer += deck.deal()
        dv = bj_value(dealer)
        if pv > 21:
            outcome, delta = "bust", -bet
        elif dv > 21 or pv > dv:
            outcome, delta = "win", bet
        elif pv == dv:
            outcome, delta = "push", 0
        else:
            outcome, delta = "lose", -bet
        bank += delta
        ph = " ".join(map(str, player))
        dh = " ".join(map(str, dealer))
        print(f"  R{r + 1:02d} P[{ph:<14}]={pv:2d} D[{dh:<14}]={dv:2d} {outcome:<4} bank={bank:+d}")
    return bank


print("Blackjack:")
final = blackjack(random.Random(5), 12)
print(f"Final bank: {final}")
print(sorted([Card(Rank.ACE, Suit.SPADES), Card(Rank.TWO, Suit.HEARTS), Card(Rank.TEN, Suit.CLUBS)]))
print(Suit.HEARTS.colour, Suit.SPADES.colour, Rank.QUEEN > Rank.JACK, Rank(12).name)
try:
    Deck(rng).deal(60)
except IndexError as exc:
    print("IndexError:", exc)
sys.exit(0)
