"""Comprehensions: list, dict and set comprehensions (nested, filtered,
with conditional expressions) over a list of dataclass instances whose
kinds are Enum members.  Models a little layout pass over a widget tree."""

import random
from dataclasses import dataclass, field
from enum import Enum

import harness

WIDGETS = 3000
ROUNDS = 10
SEED = 7


class Kind(Enum):
    BUTTON = 1
    LABEL = 2
    PANEL = 3
    INPUT = 4
    IMAGE = 5


@dataclass
class Widget:
    ident: int
    kind: Kind
    width: int
    height: int
    parent: int
    visible: bool = True
    tags: list = field(default_factory=list)


TAG_WORDS = ["primary", "muted", "wide", "tall", "left", "right", "hot",
             "cold", "new"]


def make_widgets(n, rng):
    kinds = list(Kind)
    widgets = []
    for i in range(n):
        kind = kinds[rng.randrange(len(kinds))]
        tags = [TAG_WORDS[rng.randrange(len(TAG_WORDS))]
                for _ in range(rng.randrange(4))]
        widgets.append(Widget(i, kind, rng.randrange(10, 400),
                              rng.randrange(10, 300),
                              rng.randrange(i) if i else -1,
                              rng.random() > 0.1, tags))
    return widgets


def layout_pass(widgets):
    by_id = {w.ident: w for w in widgets}
    visible = [w for w in widgets if w.visible]
    children = {w.ident: [] for w in widgets}
    for w in widgets:
        if w.parent >= 0:
            children[w.parent].append(w.ident)
    areas = {kind: sum([w.width * w.height for w in visible if w.kind is kind])
             for kind in Kind}
    panels = [w for w in visible if w.kind is Kind.PANEL]
    panel_load = {p.ident: len([c for c in children[p.ident]
                                if by_id[c].visible]) for p in panels}
    tag_set = {t for w in visible for t in w.tags}
    tag_counts = {t: len([w for w in visible if t in w.tags])
                  for t in sorted(tag_set)}
    wide = [(w.ident, w.width if w.width > w.height else -w.height)
            for w in visible if w.kind in (Kind.IMAGE, Kind.PANEL)]
    grid = [[(w.width // 50) * (w.height // 50) for w in row]
            for row in [visible[i:i + 16] for i in range(0, len(visible), 16)]]
    names = {w.kind.name.lower() for w in visible}
    return (sum(areas.values()), sum(panel_load.values()),
            tuple(sorted(tag_counts.items())), sum(x for _, x in wide),
            sum(sum(row) for row in grid), tuple(sorted(names)))


def run_once():
    rng = random.Random(SEED)
    widgets = make_widgets(WIDGETS, rng)
    result = None
    for _ in range(ROUNDS):
        result = layout_pass(widgets)
    return result


EXPECTED = (
    86489408, 463,
    (("cold", 445), ("hot", 391), ("left", 411), ("muted", 405),
     ("new", 434), ("primary", 407), ("right", 439), ("tall", 430),
     ("wide", 419)),
    107419, 25423, ("button", "image", "input", "label", "panel"),
)


def check(result):
    harness.expect(result, EXPECTED, "layout summary")


if __name__ == "__main__":
    harness.main("comprehensions", run_once, check=check)
