"""Library lending system: dataclasses, enums, custom exceptions, properties and reports."""
from dataclasses import dataclass, field, asdict
from datetime import date, timedelta
from enum import Enum, auto
import json


class Genre(Enum):
    FICTION = auto()
    SCIENCE = auto()
    HISTORY = auto()
    KIDS = auto()


class LibraryError(Exception):
    """Base for all library errors."""


class NotAvailable(LibraryError):
    def __init__(self, book, due):
        super().__init__(f"{book.title!r} is on loan until {due:%Y-%m-%d}")
        self.book = book


class LimitReached(LibraryError):
    pass


class UnknownMember(LibraryError, KeyError):
    def __str__(self):
        return f"no member with id {self.args[0]}"


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    genre: Genre
    copies: int = 1

    def __hash__(self):
        return hash(self.isbn)


@dataclass
class Member:
    id: int
    name: str
    limit: int = 2
    fines: float = 0.0
    loans: list = field(default_factory=list)

    @property
    def can_borrow(self):
        return len(self.loans) < self.limit and self.fines < 5


@dataclass(order=True)
class Loan:
    due: date
    isbn: str = field(compare=False)
    member_id: int = field(compare=False)
    start: date = field(compare=False, default=None)


class Library:
    FINE_PER_DAY = 0.25

    def __init__(self, today):
        self.today = today
        self.books = {}
        self.members = {}
        self.loans = []
        self.log = []

    def add_book(self, *books):
        for b in books:
            if b.isbn in self.books:
                self.books[b.isbn].copies += b.copies
            else:
                self.books[b.isbn] = b

    def join(self, name, **kw):
        m = Member(len(self.members) + 1, name, **kw)
        self.members[m.id] = m
        return m

    def member(self, mid):
        try:
            return self.members[mid]
        except KeyError:
            raise UnknownMember(mid) from None

    def available(self, isbn):
        return self.books[isbn].copies - sum(1 for l in self.loans if l.isbn == isbn)

    def borrow(self, mid, isbn, days=14):
        m = self.member(mid)
        book = self.books[isbn]
        if not m.can_borrow:
            raise LimitReached(f"{m.name} cannot borrow (loans={len(m.loans)}, fines={m.fines:.2f})")
        if self.available(isbn) <= 0:
            due = min(l for l in self.loans if l.isbn == isbn).due
            raise NotAvailable(book, due)
        loan = Loan(self.today + timedelta(days=days), isbn, mid, self.today)
        self.loans.append(loan)
        m.loans.append(loan)
        self.log.append(f"{self.today} {m.name} borrowed {book.title}")
        return loan

    def give_back(self, mid, isbn):
        m = self.member(mid)
        for loan in m.loans:
            if loan.isbn == isbn:
                break
        else:
            raise LibraryError(f"{m.name} has not borrowed {isbn}")
        m.loans.remove(loan)
        self.loans.remove(loan)
        late = (self.today - loan.due).days
        if late > 0:
            m.fines += late * self.FINE_PER_DAY
        self.log.append(f"{self.today} {m.name} returned {self.books[isbn].title}" + (f" {late}d late" if late > 0 else ""))
        return max(late, 0)

    def advance(self, days):
        self.today += timedelta(days=days)

    def overdue(self):
        return sorted((l for l in self.loans if l.due < self.today), key=lambda l: (l.due, l.isbn))

    def report(self):
        rows = []
        for isbn, b in sorted(self.books.items()):
            rows.append(f"{isbn} {b.title[:18]:<18} {b.genre.name:<8} {self.available(isbn)}/{b.copies}")
        return "\n".join(rows)


lib = Library(date(2024, 3, 1))
lib.add_book(
    Book("111", "Dune", "Herbert", Genre.FICTION, 2),
    Book("222", "Cosmos", "Sagan", Genre.SCIENCE),
    Book("333", "SPQR", "Beard", Genre.HISTORY),
    Book("444", "Matilda", "Dahl", Genre.KIDS, 1),
    Book("111", "Dune", "Herbert", Genre.FICTION, 1),
)
ann = lib.join("Ann")
bob = lib.join("Bob", limit=3)
cid = lib.join("Cid", limit=1)

actions = [
    ("borrow", 1, "111"), ("borrow", 2, "111"), ("borrow", 3, "111"), ("borrow", 1, "222"),
    ("borrow", 1, "333"), ("borrow", 2, "222"), ("advance", 10), ("borrow", 3, "444"),
    ("borrow", 3, "333"), ("return", 1, "222"), ("advance", 7), ("return", 1, "111"),
    ("borrow", 2, "222"), ("advance", 20), ("return", 2, "111"), ("return", 2, "111"),
    ("borrow", 2, "333"), ("borrow", 9, "111"), ("return", 3, "444"), ("borrow", 1, "444"),
]
for act in actions:
    try:
        if act[0] == "advance":
            lib.advance(act[1])
            print(f"-- {lib.today} (+{act[1]}d) overdue: {[(l.isbn, l.member_id) for l in lib.overdue()]}")
        elif act[0] == "borrow":
            loan = lib.borrow(act[1], act[2])
            print(f"borrow {act[1]} {act[2]}: due {loan.due}")
        else:
            late = lib.give_back(act[1], act[2])
            print(f"return {act[1]} {act[2]}: {late} days late")
    except NotAvailable as e:
        print(f"{act[0]} {act[1]} {act[2]}: NotAvailable: {e} [{e.book.author}]")
    except UnknownMember as e:
        print(f"{act[0]} {act[1]} {act[2]}: UnknownMember: {e} / KeyError? {isinstance(e, KeyError)}")
    except LibraryError as e:
        print(f"{act[0]} {act[1]} {act[2]}: {type(e).__name__}: {e}")

print(lib.report())
for m in lib.members.values():
    print(f"{m.name}: loans={[l.isbn for l in m.loans]} fines={m.fines:.2f} can_borrow={m.can_borrow}")
print(len(lib.log))
for line in lib.log[-4:]:
    print(" ", line)


def encode(o):
    if isinstance(o, (date,)):
        return o.isoformat()
    if isinstance(o, Enum):
        return o.name
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


snapshot = {
    "today": lib.today,
    "members": [asdict(m) for m in lib.members.values()],
    "books": {k: asdict(b) for k, b in sorted(lib.books.items())},
}
text = json.dumps(snapshot, default=encode, sort_keys=True, indent=1)
print(len(text.splitlines()), text.splitlines()[:6])
back = json.loads(text)
print(back["today"], [m["name"] for m in back["members"]], back["books"]["444"]["genre"])
try:
    json.dumps({"when": lib.today})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"x": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)
print(sorted(lib.loans)[0] if lib.loans else None)
print(issubclass(UnknownMember, KeyError), UnknownMember.__mro__[1].__name__, repr(UnknownMember(7)))
