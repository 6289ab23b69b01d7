"""Roman numerals both ways and ten-pin bowling scoring."""
import sys
from functools import total_ordering

ROMAN_TABLE = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
VALUES = {sym: val for val, sym in ROMAN_TABLE if len(sym) == 1}


class RomanError(ValueError):
    pass


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise RomanError(f"{n} out of range (1..3999)")
    out = []
    for value, sym in ROMAN_TABLE:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    if not s:
        raise RomanError("empty numeral")
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        try:
            v = VALUES[ch]
        except KeyError:
            raise RomanError(f"bad symbol {ch!r} in {s!r}") from None
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s.upper():
        raise RomanError(f"non-canonical numeral {s!r} (would be {to_roman(total)})")
    return total


@total_ordering
class Roman:
    __slots__ = ("value",)

    def __init__(self, value):
        if isinstance(value, str):
            value = from_roman(value)
        to_roman(value)
        self.value = value

    def __repr__(self):
        return f"Roman({to_roman(self.value)!r})"

    def __str__(self):
        return to_roman(self.value)

    def __eq__(self, other):
        if isinstance(other, Roman):
            return self.value == other.value
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Roman):
            return self.value < other.value
        return NotImplemented

    def __hash__(self):
        return hash(self.value)

    def __add__(self, other):
        return Roman(self.value + int(other))

    def __int__(self):
        return self.value


def bowling_score(rolls):
    """Score a full game given as a list of pin counts."""
    score = 0
    i = 0
    frames = []
    for frame in range(10):
        if i >= len(rolls):
            raise ValueError(f"incomplete game at frame {frame + 1}")
        if rolls[i] == 10:
            score += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            score += 10 + rolls[i + 2]
            i += 2
        else:
            if rolls[i] + rolls[i + 1] > 10:
                raise ValueError(f"frame {frame + 1} knocks {rolls[i] + rolls[i + 1]} pins")
            score += rolls[i] + rolls[i + 1]
            i += 2
        frames.append(score)
    return score, frames


def parse_sheet(sheet):
    rolls = []
    for ch in sheet.replace(" ", ""):
        if ch == "X":
            rolls.append(10)
        elif ch == "/":
            rolls.append(10 - rolls[-1])
        elif ch == "-":
            rolls.append(0)
        else:
            rolls.append(int(ch))
    return rolls


GAMES = """\
XXXXXXXXXXXX
9-9-9-9-9-9-9-9-9-9-
5/5/5/5/5/5/5/5/5/5/5
X7/9-X-88/-6XXX81
--------------------
X 5/ 72 X X 9/ 8- X X XX9
"""


def main(argv):
    limit = int(argv[1]) if len(argv) > 1 else 20
    for n in list(range(1, limit + 1)) + [40, 49, 90, 99, 444, 1987, 2024, 3888, 3999]:
        r = to_roman(n)
        assert from_roman(r) == n
        print(f"{n:>5} -> {r:<16} len={len(r)}")
    for bad in ["IIII", "VX", "MMMM", "ABC", "", "IC", "XM"]:
        try:
            print(bad, from_roman(bad))
        except RomanError as e:
            print(f"RomanError: {e}")
    for bad in [0, 4000, -3, 2.5, True]:
        try:
            to_roman(bad)
        except (RomanError, TypeError) as e:
            print(type(e).__name__, e)
    nums = sorted([Roman("XIV"), Roman(3), Roman("MCM"), Roman(44), Roman("IX")])
    print(nums)
    print(max(nums), min(nums), Roman(10) + Roman(5), Roman(7) + 3)
    print(Roman("X") == Roman(10), Roman("X") != 10, Roman(4) <= Roman("IV"))
    print(len({Roman(1), Roman("I"), Roman(2)}))
    print(sum(int(r) for r in nums))

    for line in GAMES.splitlines():
        rolls = parse_sheet(line)
        total, frames = bowling_score(rolls)
        print(f"{line:<24}|{total:>4} | " + " ".join(f"{f:3d}" for f in frames))
    for bad in [[10, 10], [7, 5] * 10]:
        try:
            bowling_score(bad)
        except (ValueError, IndexError) as e:
            print(f"{type(e).__name__}: {e}")


if __name__ == "__main__":
    main(sys.argv[:1])
