# A small lending-library system: dataclasses, enums, sorting and reports.
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, asdict, replace, astuple
from enum import Enum, IntEnum, Flag, auto
from collections import Counter, defaultdict
from datetime import date, timedelta


class Genre(Enum):
    FICTION = "fiction"
    SCIENCE = "science"
    HISTORY = "history"
    POETRY = "poetry"

    @property
    def label(self) -> str:
        return self.value.title()


class Condition(IntEnum):
    POOR = 1
    FAIR = 2
    GOOD = 3
    MINT = 4


class Perm(Flag):
    BORROW = auto()
    RESERVE = auto()
    RENEW = auto()
    ADMIN = auto()
    MEMBER = BORROW | RESERVE | RENEW


@dataclass(frozen=True, order=True)
class Isbn:
    code: str

    def __post_init__(self):
        digits = self.code.replace("-", "")
        if len(digits) != 10 or not digits[:-1].isdigit():
            raise ValueError(f"bad isbn {self.code!r}")

    def checksum_ok(self) -> bool:
        digits = self.code.replace("-", "")
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0


@dataclass(order=True)
class Book:
    sort_key: tuple = field(init=False, repr=False, compare=True)
    title: str = field(compare=False)
    author: str = field(compare=False)
    year: int = field(compare=False)
    genre: Genre = field(compare=False)
    isbn: Isbn = field(compare=False)
    condition: Condition = field(default=Condition.GOOD, compare=False)
    tags: list[str] = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (self.author.split()[-1], self.year)


@dataclass
class Member:
    name: str
    perms: Perm = Perm.MEMBER
    loans: dict[str, date] = field(default_factory=dict)
    fines: int = 0


class LibraryError(Exception):
    pass


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 25

    def __init__(self):
        self.books: dict[str, Book] = {}
        self.members: dict[str, Member] = {}
        self.log: list[str] = []

    def add(self, book: Book) -> None:
        self.books[book.isbn.code] = book

    def join(self, member: Member) -> None:
        self.members[member.name] = member

    def borrowed(self) -> set[str]:
        return {code for m in self.members.values() for code in m.loans}

    def lend(self, who: str, code: str, today: date) -> None:
        m = self.members[who]
        if Perm.BORROW not in m.perms:
            raise LibraryError(f"{who} may not borrow")
        if code in self.borrowed():
            raise LibraryError(f"{self.books[code].title} is out")
        m.loans[code] = today + timedelta(days=self.LOAN_DAYS)
        self.log.append(f"{today.isoformat()} lend {code} -> {who}")

    def give_back(self, who: str, code: str, today: date) -> int:
        m = self.members[who]
        due = m.loans.pop(code)
        late = max(0, (today - due).days)
        fine = late * self.FINE_PER_DAY
        m.fines += fine
        self.log.append(f"{today:%Y-%m-%d} return {code} <- {who} late={late}")
        return fine


lib = Library()
raw = [
    ("Dune", "Frank Herbert", 1965, Genre.FICTION, "0-441-17271-7", Condition.FAIR, ["sf", "classic"]),
    ("Cosmos", "Carl Sagan", 1980, Genre.SCIENCE, "0-394-50294-9", Condition.MINT, ["space"]),
    ("SPQR", "Mary Beard", 2015, Genre.HISTORY, "1-631-49222-0", Condition.GOOD, ["rome"]),
    ("Contact", "Carl Sagan", 1985, Genre.FICTION, "0-671-43400-4", Condition.POOR, ["sf", "space"]),
    ("Ariel", "Sylvia Plath", 1965, Genre.POETRY, "0-06-093172-0", Condition.GOOD, []),
    ("Children of Dune", "Frank Herbert", 1976, Genre.FICTION, "0-399-11697-4", Condition.GOOD, ["sf"]),
]
for title, author, year, genre, code, cond, tags in raw:
    lib.add(Book(title, author, year, genre, Isbn(code), cond, tags))

for b in sorted(lib.books.values()):
    print(f"{b.author:<15} {b.year} {b.title:<18} {b.genre.label:<8} {b.condition.name:<5} {int(b.condition)}")

print(repr(lib.books["1-631-49222-0"]))
print(Isbn("0-441-17271-7").checksum_ok(), Isbn("0-306-40615-2").checksum_ok())
try:
    Isbn("12-34")
except ValueError as e:
    print("ValueError:", e)
try:
    Isbn("0-441-17271-7").code = "x"
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)

by_genre = defaultdict(list)
for b in lib.books.values():
    by_genre[b.genre].append(b.title)
for g in Genre:
    print(g.name, g.value, sorted(by_genre[g]))

tag_counts = Counter(t for b in lib.books.values() for t in b.tags)
print(tag_counts.most_common(3))
print(sorted(Condition), max(b.condition for b in lib.books.values()))
print(Condition.GOOD > Condition.FAIR, Condition(2), Condition["MINT"] + 1)

lib.join(Member("ann"))
lib.join(Member("bob", Perm.RESERVE))
lib.join(Member("cy", Perm.MEMBER | Perm.ADMIN))
for m in lib.members.values():
    print(m.name, m.perms, Perm.ADMIN in m.perms, [p.name for p in Perm if p in m.perms and p is not Perm.MEMBER])

start = date(2024, 2, 20)
for who, code in [("ann", "0-441-17271-7"), ("cy", "0-394-50294-9"), ("bob", "1-631-49222-0"),
                  ("cy", "0-441-17271-7"), ("ann", "0-06-093172-0")]:
    try:
        lib.lend(who, code, start)
    except LibraryError as e:
        print("refused:", e)
    start += timedelta(days=1)

print(sorted(lib.borrowed()))
print(lib.members["ann"].loans)
fine = lib.give_back("ann", "0-441-17271-7", date(2024, 3, 10))
print("fine", fine, "days due", (date(2024, 3, 10) - date(2024, 3, 5)).days)
print(lib.give_back("cy", "0-394-50294-9", date(2024, 3, 1)))
for line in lib.log:
    print(line)

b = lib.books["0-06-093172-0"]
b2 = replace(b, title="Ariel (restored)", condition=Condition.MINT)
print(b2.title, b2.condition, b2.sort_key, b == b2, b < lib.books["0-394-50294-9"])
d = asdict(Member("dee", loans={"x": date(2024, 1, 2)}))
print(d)
print(astuple(Isbn("0-441-17271-7")))
print([f.name for f in dataclasses.fields(Book)])
print(dataclasses.is_dataclass(b), dataclasses.is_dataclass(Library))
print(sum(m.fines for m in lib.members.values()), f"{lib.members['ann'].fines / 100:.2f}")
