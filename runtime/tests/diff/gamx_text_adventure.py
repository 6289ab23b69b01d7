"""A small text adventure driven by a scripted command list."""
import random
import sys
from dataclasses import dataclass, field


class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


@dataclass
class Room:
    name: str
    description: str
    exits: dict = field(default_factory=dict)
    items: list = field(default_factory=list)
    locked: dict = field(default_factory=dict)
    dark: bool = False

    def describe(self, has_light):
        if self.dark and not has_light:
            return "It is pitch black. You might be eaten by something."
        parts = [f"== {self.name} ==", self.description]
        if self.items:
            parts.append("You see: " + ", ".join(sorted(self.items)))
        ex = sorted(self.exits)
        parts.append("Exits: " + (" ".join(ex) if ex else "none"))
        return "\n".join(parts)


class Player:
    __slots__ = ("location", "inventory", "moves", "score", "_hp")

    def __init__(self, location):
        self.location = location
        self.inventory = set()
        self.moves = 0
        self.score = 0
        self._hp = 10

    @property
    def hp(self):
        return self._hp

    @hp.setter
    def hp(self, value):
        self._hp = max(0, min(10, value))
        if self._hp == 0:
            raise GameOver(False, "You collapse from your wounds.")


def build_world():
    rooms = {
        "hall": Room("Great Hall", "Dusty banners hang from the rafters.",
                     {"north": "library", "east": "kitchen", "down": "cellar"},
                     ["lamp"], {"down": "iron key"}),
        "library": Room("Library", "Shelves of rotting books.", {"south": "hall"},
                        ["book", "iron key"]),
        "kitchen": Room("Kitchen", "A cold hearth and a rusty knife rack.",
                        {"west": "hall"}, ["knife", "bread"]),
        "cellar": Room("Cellar", "Something glitters in the corner.",
                       {"up": "hall"}, ["gold"], dark=True),
    }
    return rooms


ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west",
           "u": "up", "d": "down", "i": "inventory", "l": "look"}


def parse(line):
    words = [w for w in line.lower().split() if w not in ("the", "a", "an")]
    if not words:
        return ("noop", None)
    verb, *rest = words
    verb = ALIASES.get(verb, verb)
    obj = " ".join(rest) or None
    match verb:
        case "north" | "south" | "east" | "west" | "up" | "down":
            return ("go", verb)
        case "go" | "walk" if obj:
            return ("go", ALIASES.get(obj, obj))
        case "take" | "get" | "grab":
            return ("take", obj)
        case "drop":
            return ("drop", obj)
        case "inventory" | "look" | "quit":
            return (verb, None)
        case "eat":
            return ("eat", obj)
        case _:
            return ("unknown", line)


def play(commands, seed):
    rng = random.Random(seed)
    world = build_world()
    p = Player("hall")
    log = []

    def say(msg):
        log.append(msg)
        print(msg)

    say(world[p.location].describe(False))
    for raw in commands:
        p.moves += 1
        print(f"\n> {raw}")
        action, arg = parse(raw)
        room = world[p.location]
        has_light = "lamp" in p.inventory
        if action == "go":
            if arg not in room.exits:
                say("You can't go that way.")
                continue
            need = room.locked.get(arg)
            if need and need not in p.inventory:
                say(f"The way {arg} is locked. You need the {need}.")
                continue
            p.location = room.exits[arg]
            new = world[p.location]
            if new.dark and not has_light and rng.random() < 0.5:
                dmg = rng.randint(2, 4)
                say(f"Something bites you in the dark! (-{dmg} hp)")
                p.hp -= dmg
            say(new.describe(has_light))
        elif action == "take":
            if room.dark and not has_light:
                say("You fumble around but find nothing.")
            elif arg in room.items:
                room.items.remove(arg)
                p.inventory.add(arg)
                p.score += 10 if arg != "gold" else 50
                say(f"Taken: {arg}.")
                if arg == "gold":
                    raise GameOver(True, "You found the treasure!")
            else:
                say(f"There is no {arg} here.")
        elif action == "drop":
            if arg in p.inventory:
                p.inventory.discard(arg)
                room.items.append(arg)
                say(f"Dropped {arg}.")
            else:
                say("You don't have that.")
        elif action == "eat":
            if arg == "bread" and "bread" in p.inventory:
                p.inventory.remove("bread")
                p.hp += 3
                say(f"Delicious. HP now {p.hp}.")
            else:
                say("You can't eat that.")
        elif action == "inventory":
            inv = sorted(p.inventory)
            say("You carry: " + (", ".join(inv) if inv else "nothing"))
        elif action == "look":
            say(room.describe(has_light))
        elif action == "quit":
            raise GameOver(False, "You give up.")
        elif action == "unknown":
            say(f"I don't understand {arg!r}.")
    return p, log


SCRIPT = ["look", "take lamp", "go down", "n", "take the iron key", "grab book",
          "s", "e", "take bread", "eat bread", "eat knife", "dance wildly", "w",
          "i", "drop book", "d", "take gold"]

SCRIPT2 = ["e", "take knife", "w", "n", "take iron key", "s", "down", "take gold", "quit"]

results = []
for seed, script in ((7, SCRIPT), (3, SCRIPT2), (11, SCRIPT2)):
    print(f"\n######## seed {seed} ########")
    try:
        player, log = play(script, seed)
        print("Script ended without resolution.")
        results.append((seed, "unfinished", 0))
    except GameOver as end:
        outcome = "WON" if end.won else "LOST"
        print(f"*** {outcome}: {end} ***")
        results.append((seed, outcome, len(str(end))))

print()
for seed, outcome, n in results:
    print(f"{seed:>3} | {outcome:<10} | {n:03d}")
sys.exit(0 if any(r[1] == "WON" for r in results) else 1)
