"""Bank OCR kata: parse seven-segment account numbers, validate checksums, guess fixes."""
from dataclasses import dataclass, field
from typing import List

DIGITS = (
    " _     _  _     _  _  _  _  _ ",
    "| |  | _| _||_||_ |_   ||_||_|",
    "|_|  ||_  _|  | _||_|  ||_| _|",
)

PATTERNS = {
    "".join(row[3 * d:3 * d + 3] for row in DIGITS): str(d) for d in range(10)
}

SCANS = """\
 _  _  _  _  _  _  _  _  _ 
| || || || || || || || || |
|_||_||_||_||_||_||_||_||_|

    _  _     _  _  _  _  _ 
  | _| _||_||_ |_   ||_||_|
  ||_  _|  | _||_|  ||_| _|

 _  _  _  _  _  _  _  _  _ 
|_||_||_||_||_||_||_||_||_|
 _| _| _| _| _| _| _| _| _|

    _  _  _  _  _  _     _ 
|_||_|| || ||_   |  |  | _ 
  | _||_||_||_|  |  |  | _|

                           
  |  |  |  |  |  |  |  |  |
  |  |  |  |  |  |  |  |  |

 _  _  _  _  _  _  _  _  _ 
|_ |_ |_ |_ |_ |_ |_ |_ |_ 
 _| _| _| _| _| _| _| _| _|

 _     _  _  _  _  _  _  _ 
 _||_||_ |_||_| _||_||_ |_ 
 _|  | _||_||_||_ |_||_| _|
"""


def split_entries(text):
    lines = text.split("\n")
    for i in range(0, len(lines) - 3, 4):
        yield [ln.ljust(27) for ln in lines[i:i + 3]]


def cells(entry):
    return ["".join(row[3 * k:3 * k + 3] for row in entry) for k in range(9)]


def checksum_ok(number):
    if "?" in number:
        return False
    return sum((9 - i) * int(ch) for i, ch in enumerate(number)) % 11 == 0


def variants(cell):
    for i, ch in enumerate(cell):
        for repl in " _|":
            if repl != ch:
                yield cell[:i] + repl + cell[i + 1:]


@dataclass
class Entry:
    raw: List[str]
    number: str = field(init=False)
    status: str = field(init=False, default="")
    alternatives: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.number = "".join(PATTERNS.get(c, "?") for c in cells(self.raw))
        if "?" in self.number:
            self.status = "ILL"
        elif not checksum_ok(self.number):
            self.status = "ERR"

    def repair(self):
        if not self.status:
            return self
        fixes = set()
        cs = cells(self.raw)
        for k, cell in enumerate(cs):
            for v in variants(cell):
                d = PATTERNS.get(v)
                if d is None:
                    continue
                cand = self.number[:k] + d + self.number[k + 1:]
                if checksum_ok(cand):
                    fixes.add(cand)
        fixes = sorted(fixes)
        if len(fixes) == 1:
            self.number, self.status = fixes[0], ""
        elif fixes:
            self.alternatives = fixes
            self.status = "AMB"
        return self

    def report(self):
        line = self.number
        if self.status == "AMB":
            line += " AMB [" + ", ".join(f"'{a}'" for a in self.alternatives) + "]"
        elif self.status:
            line += " " + self.status
        return line


def render(number):
    rows = ["", "", ""]
    for ch in number:
        for r in range(3):
            rows[r] += DIGITS[r][3 * int(ch):3 * int(ch) + 3]
    return rows


if __name__ == "__main__":
    print(len(PATTERNS), sorted(PATTERNS.values()) == list("0123456789"))
    entries = [Entry(e) for e in split_entries(SCANS)]
    print(f"{'raw':<10} {'number':<10} {'status':<6} {'repaired'}")
    for e in entries:
        before = (e.number, e.status or "ok")
        e.repair()
        print(f"{before[0]:<10} {before[1]:<10} -> {e.report()}")
    print(entries[0] == Entry(next(split_entries(SCANS))), repr(entries[4])[:60])
    for row in render("490867715"):
        print(repr(row))
    print([checksum_ok(n) for n in ("345882865", "457508000", "664371495", "12345678?")])
    print(sum(1 for a in variants("|_|") for _ in [0]), sorted(set(PATTERNS.get(v, "?") for v in variants(" _ |_||_|"))))
