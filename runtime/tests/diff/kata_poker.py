"""Poker hand ranking with enums, dataclasses and cmp_to_key."""
from collections import Counter
from dataclasses import dataclass
from enum import IntEnum, Enum, auto
from functools import cmp_to_key, total_ordering
import itertools


class Category(IntEnum):
    HIGH_CARD = auto()
    PAIR = auto()
    TWO_PAIR = auto()
    THREE = auto()
    STRAIGHT = auto()
    FLUSH = auto()
    FULL_HOUSE = auto()
    FOUR = auto()
    STRAIGHT_FLUSH = auto()

    def __str__(self):
        return self.name.replace("_", " ").title()


class Suit(Enum):
    CLUBS = "C"
    DIAMONDS = "D"
    HEARTS = "H"
    SPADES = "S"

    @property
    def symbol(self):
        return {"C": "♣", "D": "♦", "H": "♥", "S": "♠"}[self.value]


RANKS = "23456789TJQKA"


@dataclass(frozen=True)
class Card:
    rank: int
    suit: Suit

    @classmethod
    def parse(cls, text):
        if len(text) != 2 or text[0] not in RANKS:
            raise ValueError(f"bad card {text!r}")
        return cls(RANKS.index(text[0]) + 2, Suit(text[1]))

    def __str__(self):
        return RANKS[self.rank - 2] + self.suit.symbol


@total_ordering
class Hand:
    def __init__(self, text):
        self.cards = sorted((Card.parse(t) for t in text.split()), key=lambda c: (-c.rank, c.suit.value))
        if len(self.cards) != 5 or len(set(self.cards)) != 5:
            raise ValueError(f"need 5 distinct cards: {text!r}")
        self.text = text
        self.category, self.tiebreak = self._evaluate()

    def _evaluate(self):
        counts = Counter(c.rank for c in self.cards)
        groups = sorted(counts.items(), key=lambda kv: (-kv[1], -kv[0]))
        ranks = [r for r, _ in groups]
        shape = tuple(n for _, n in groups)
        flush = len({c.suit for c in self.cards}) == 1
        values = sorted(counts, reverse=True)
        straight = len(counts) == 5 and values[0] - values[4] == 4
        if values == [14, 5, 4, 3, 2]:
            straight, ranks = True, [5, 4, 3, 2, 1]
        match shape:
            case _ if straight and flush:
                cat = Category.STRAIGHT_FLUSH
            case (4, 1):
                cat = Category.FOUR
            case (3, 2):
                cat = Category.FULL_HOUSE
            case _ if flush:
                cat = Category.FLUSH
            case _ if straight:
                cat = Category.STRAIGHT
            case (3, 1, 1):
                cat = Category.THREE
            case (2, 2, 1):
                cat = Category.TWO_PAIR
            case (2, *rest):
                cat = Category.PAIR
            case _:
                cat = Category.HIGH_CARD
        return cat, tuple(ranks)

    @property
    def key(self):
        return (self.category, self.tiebreak)

    def __eq__(self, other):
        return self.key == other.key

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return f"Hand({self.text!r})"

    def __str__(self):
        return " ".join(map(str, self.cards))


HANDS = """\
2H 3D 5S 9C KD
2C 3H 4S 8C AH
2H 4S 4C 2D 4H
2S 8S AS QS 3S
2H 3H 4H 5H 6H
KS AS TS QS JS
AH 2D 3C 4S 5H
TH TD 9S 9C AC
TC TS 9H 9D KC
7C 7D 7H QS 2C
8C 8D 3S 3H 3C
6C 6D 6H 6S KD
JH JS 4C 5D 9S
"""


def compare(a, b):
    return (a > b) - (a < b)


if __name__ == "__main__":
    hands = [Hand(line) for line in HANDS.splitlines()]
    for h in hands:
        print(f"{h.text:<16} {str(h):<18} {str(h.category):<15} {int(h.category)} {h.tiebreak}")
    ranked = sorted(hands, key=cmp_to_key(compare), reverse=True)
    print([h.text[:5] for h in ranked])
    print("best:", repr(max(hands)), "worst:", repr(min(hands)))
    print(Hand("TH TD 9S 9C AC") > Hand("TC TS 9H 9D KC"), Hand("2H 3D 5S 9C KD") == Hand("2D 3H 5C 9S KH"))
    print(sorted(Category)[:3], Category.FLUSH > Category.STRAIGHT, Category(5).name, Category["PAIR"] + 1)
    print(list(Suit), Suit("H"), Suit.HEARTS.symbol, Suit["SPADES"].value)
    tally = Counter()
    deck = [Card(r, s) for r in range(2, 15) for s in Suit]
    for combo in itertools.islice(itertools.combinations(deck, 5), 0, 200000, 97):
        text = " ".join(RANKS[c.rank - 2] + c.suit.value for c in combo)
        tally[Hand(text).category] += 1
    for cat in sorted(tally, reverse=True):
        print(f"  {cat!s:<15}{tally[cat]:>6,}")
    for bad in ["2H 3D 5S 9C", "2H 2H 5S 9C KD", "1H 3D 5S 9C KD", "2X 3D 5S 9C KD"]:
        try:
            Hand(bad)
        except ValueError as exc:
            print("ValueError:", exc)
