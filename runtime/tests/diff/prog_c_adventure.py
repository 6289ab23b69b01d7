# A scripted text adventure: rooms, items, a state machine for the player,
# structural pattern matching on parsed commands, __slots__ and descriptors.
from enum import Enum, auto
from dataclasses import dataclass, field


class State(Enum):
    EXPLORING = auto()
    FIGHTING = auto()
    DEAD = auto()
    WON = auto()

    def __repr__(self):
        return f"<{self.name}>"


class Bounded:
    """Descriptor clamping an int attribute into [lo, hi]."""

    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __set_name__(self, owner, name):
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        setattr(obj, self.slot, max(self.lo, min(self.hi, value)))


class Item:
    __slots__ = ("name", "weight", "power")

    def __init__(self, name, weight, power=0):
        self.name, self.weight, self.power = name, weight, power

    def __repr__(self):
        return f"Item({self.name!r}, w={self.weight}, p={self.power})"


@dataclass
class Room:
    name: str
    desc: str
    exits: dict = field(default_factory=dict)
    items: list = field(default_factory=list)
    monster: tuple = None
    locked: str = None


class Player:
    hp = Bounded(0, 20)
    gold = Bounded(0, 999)

    def __init__(self):
        self.hp = 20
        self.gold = 0
        self.bag = []
        self.state = State.EXPLORING
        self.where = "hall"

    @property
    def load(self):
        return sum(i.weight for i in self.bag)

    @property
    def attack(self):
        return 1 + max((i.power for i in self.bag), default=0)


WORLD = {
    "hall": Room("hall", "A dusty hall.", {"north": "library", "east": "kitchen"},
                 [Item("lamp", 2)]),
    "library": Room("library", "Shelves of rotting books.", {"south": "hall", "up": "tower"},
                    [Item("key", 1), Item("tome", 6)], locked=None),
    "kitchen": Room("kitchen", "Smells of old stew.", {"west": "hall", "down": "cellar"},
                    [Item("knife", 1, 3)]),
    "cellar": Room("cellar", "Dark and damp.", {"up": "kitchen"}, [Item("coins", 0)],
                   monster=("rat", 4, 2)),
    "tower": Room("tower", "Wind howls.", {"down": "library"}, [Item("crown", 3)],
                  monster=("ghost", 9, 3), locked="key"),
}

SYNONYMS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}


def parse(line):
    words = line.lower().split()
    match words:
        case []:
            return ("noop",)
        case [("n" | "s" | "e" | "w" | "u" | "d" | "up" | "down") as short]:
            return ("go", SYNONYMS.get(short, short))
        case ["go", direction] | ["walk", direction]:
            return ("go", SYNONYMS.get(direction, direction))
        case ["take" | "get", *names] if names:
            return ("take", " ".join(names))
        case ["drop", name]:
            return ("drop", name)
        case ["attack" | "hit", target, "with", weapon]:
            return ("attack", target, weapon)
        case ["attack" | "hit", target]:
            return ("attack", target, None)
        case ["look"] | ["l"]:
            return ("look",)
        case ["inv" | "inventory" | "i"]:
            return ("inv",)
        case [verb, *_]:
            return ("unknown", verb)


MAX_LOAD = 8


def step(p, line):
    cmd = parse(line)
    room = WORLD[p.where]
    if p.state is State.DEAD:
        return "You are dead."
    match cmd:
        case ("noop",):
            return "..."
        case ("look",):
            things = ", ".join(i.name for i in room.items) or "nothing"
            foe = f" A {room.monster[0]} is here!" if room.monster else ""
            return f"{room.name}: {room.desc} You see {things}. Exits: {sorted(room.exits)}.{foe}"
        case ("go", d) if p.state is State.FIGHTING:
            return f"The {room.monster[0]} blocks the way {d}!"
        case ("go", d):
            dest = room.exits.get(d)
            if dest is None:
                return f"No exit {d}."
            target = WORLD[dest]
            if target.locked and not any(i.name == target.locked for i in p.bag):
                return f"The way {d} is locked."
            p.where = dest
            if target.monster:
                p.state = State.FIGHTING
                return f"You enter the {dest}. A {target.monster[0]} attacks!"
            return f"You enter the {dest}."
        case ("take", name):
            for it in room.items:
                if it.name == name:
                    if p.load + it.weight > MAX_LOAD:
                        return f"The {name} is too heavy (load {p.load})."
                    room.items.remove(it)
                    if name == "coins":
                        p.gold += 150
                        return f"Gold now {p.gold}."
                    p.bag.append(it)
                    if name == "crown":
                        p.state = State.WON
                    return f"Taken {name}."
            return f"No {name} here."
        case ("drop", name):
            for it in p.bag:
                if it.name == name:
                    p.bag.remove(it)
                    room.items.append(it)
                    return f"Dropped {name}."
            return f"You have no {name}."
        case ("attack", target, weapon):
            if not room.monster or room.monster[0] != target:
                return f"There is no {target}."
            mname, mhp, mdmg = room.monster
            dmg = p.attack if weapon is None or any(i.name == weapon for i in p.bag) else 1
            mhp -= dmg
            if mhp <= 0:
                room.monster = None
                p.state = State.EXPLORING
                return f"You slay the {mname}!"
            room.monster = (mname, mhp, mdmg)
            p.hp -= mdmg
            if p.hp == 0:
                p.state = State.DEAD
                return f"The {mname} kills you."
            return f"You hit the {mname} for {dmg} ({mhp} left); it hits back, hp {p.hp}."
        case ("inv",):
            return f"Carrying {p.bag} load={p.load} gold={p.gold} hp={p.hp}"
        case ("unknown", verb):
            return f"I don't know how to {verb}."


script = """look
take lamp
e
take knife
d
go west
hit rat with spoon
hit rat with knife
take coins
up
w
n
take tome
take key
i
u
drop tome
take key
u
d
u
attack ghost with lamp
attack ghost
attack ghost
take crown
dance
look
i"""

player = Player()
for n, line in enumerate(script.splitlines(), 1):
    print(f"{n:2}> {line:<20} | {step(player, line)}  [{player.state!r}]")
player.hp = 99
player.gold -= 5000
print(player.hp, player.gold, Player.hp.slot, type(Player.__dict__["gold"]).__name__)
try:
    Item("x", 1).colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Item("x", 1), "__dict__"), Item.__slots__)
