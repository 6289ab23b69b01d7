"""Turn-based RPG battle: inheritance, mixins, descriptors, status effects, generators."""
import random
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Flag, auto


class Status(Flag):
    NONE = 0
    POISONED = auto()
    STUNNED = auto()
    SHIELDED = auto()
    ENRAGED = auto()


class Clamped:
    """Descriptor that clamps a stat between 0 and a max attribute."""

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        hi = getattr(obj, "max_" + self.name[1:], None)
        value = max(0, value)
        if hi is not None:
            value = min(hi, value)
        setattr(obj, self.name, value)


REGISTRY = {}


class Combatant:
    hp = Clamped()
    mp = Clamped()

    def __init_subclass__(cls, role=None, **kw):
        super().__init_subclass__(**kw)
        if role:
            REGISTRY[role] = cls

    def __init__(self, name, max_hp, max_mp, atk, defense, speed):
        self.name = name
        self.max_hp, self.max_mp = max_hp, max_mp
        self.hp, self.mp = max_hp, max_mp
        self.atk, self.defense, self.speed = atk, defense, speed
        self.status = Status.NONE
        self.effects = {}

    @property
    def alive(self):
        return self.hp > 0

    def __repr__(self):
        flags = "|".join(s.name for s in Status if s and s in self.status) or "ok"
        return f"{self.name}[{self.hp}/{self.max_hp}hp {self.mp}mp {flags}]"

    def take_damage(self, amount):
        if Status.SHIELDED in self.status:
            amount //= 2
        dealt = max(1, amount - self.defense // 2)
        self.hp -= dealt
        return dealt

    def choose(self, rng, allies, foes):
        return ("attack", rng.choice([f for f in foes if f.alive]))

    def tick_effects(self):
        for status, turns in list(self.effects.items()):
            if status is Status.POISONED:
                dmg = max(1, self.max_hp // 12)
                self.hp -= dmg
                yield f"{self.name} suffers {dmg} poison damage"
            turns -= 1
            if turns <= 0:
                del self.effects[status]
                self.status &= ~status
                yield f"{self.name} is no longer {status.name.lower()}"
            else:
                self.effects[status] = turns

    def apply(self, status, turns):
        self.status |= status
        self.effects[status] = max(turns, self.effects.get(status, 0))


class CasterMixin:
    spells = {}

    def cast(self, spell, target):
        cost, power, effect = self.spells[spell]
        if self.mp < cost:
            raise LookupError(f"{self.name} lacks mana for {spell}")
        self.mp -= cost
        return power, effect


class Warrior(Combatant, role="warrior"):
    def choose(self, rng, allies, foes):
        living = [f for f in foes if f.alive]
        if self.hp < self.max_hp // 3 and Status.ENRAGED not in self.status:
            return ("rage", self)
        return ("attack", min(living, key=lambda f: (f.hp, f.name)))


class Mage(CasterMixin, Combatant, role="mage"):
    spells = {"fireball": (8, 14, None), "venom": (5, 3, Status.POISONED), "ward": (6, 0, Status.SHIELDED)}

    def choose(self, rng, allies, foes):
        hurt = [a for a in allies if a.alive and Status.SHIELDED not in a.status and a.hp < a.max_hp // 2]
        if hurt and self.mp >= 6:
            return ("ward", hurt[0])
        spell = rng.choices(["fireball", "venom", "attack"], weights=[3, 2, 1])[0]
        target = max((f for f in foes if f.alive), key=lambda f: f.hp)
        return (spell, target)


class Goblin(Combatant, role="goblin"):
    def choose(self, rng, allies, foes):
        if rng.random() < 0.2:
            return ("stun", rng.choice([f for f in foes if f.alive]))
        return super().choose(rng, allies, foes)


@dataclass
class TurnLog:
    round: int
    lines: list

    def __str__(self):
        return f"-- round {self.round} --\n" + "\n".join("  " + l for l in self.lines)


@contextmanager
def battle_banner(title):
    print(f"{'=' * 10} {title} {'=' * 10}")
    try:
        yield
    finally:
        print("=" * (22 + len(title)))


def resolve(actor, action, target, rng):
    match action:
        case "attack":
            roll = rng.randint(-2, 3)
            bonus = 4 if Status.ENRAGED in actor.status else 0
            crit = rng.random() < 0.1
            dmg = target.take_damage((actor.atk + roll + bonus) * (2 if crit else 1))
            yield f"{actor.name} hits {target.name} for {dmg}{' (CRIT)' if crit else ''}"
        case "rage":
            actor.apply(Status.ENRAGED, 3)
            yield f"{actor.name} flies into a rage!"
        case "stun":
            if rng.random() < 0.5:
                target.apply(Status.STUNNED, 1)
                yield f"{actor.name} stuns {target.name}"
            else:
                yield f"{actor.name}'s stun misses"
        case "fireball" | "venom" | "ward" as spell:
            try:
                power, effect = actor.cast(spell, target)
            except LookupError as e:
                yield str(e) + "; attacks instead"
                yield from resolve(actor, "attack", target, rng)
                return
            if power:
                yield f"{actor.name} casts {spell} on {target.name} for {target.take_damage(power)}"
            if effect:
                target.apply(effect, 3)
                yield f"{target.name} is now {effect.name.lower()}"
        case other:
            raise ValueError(f"unknown action {other!r}")


def battle(seed, heroes, monsters, max_rounds=30):
    rng = random.Random(seed)
    logs = []
    for rnd in range(1, max_rounds + 1):
        lines = []
        order = sorted(heroes + monsters, key=lambda c: (-c.speed, c.name))
        for actor in order:
            if not actor.alive:
                continue
            lines.extend(actor.tick_effects())
            if not actor.alive:
                lines.append(f"{actor.name} succumbs!")
                continue
            if Status.STUNNED in actor.status:
                lines.append(f"{actor.name} is stunned and loses the turn")
                continue
            allies, foes = (heroes, monsters) if actor in heroes else (monsters, heroes)
            if not any(f.alive for f in foes):
                break
            action, target = actor.choose(rng, allies, foes)
            lines.extend(resolve(actor, action, target, rng))
            if not target.alive:
                lines.append(f"{target.name} falls!")
        logs.append(TurnLog(rnd, lines))
        if not any(h.alive for h in heroes) or not any(m.alive for m in monsters):
            break
    return logs


def make(role, name, *stats):
    return REGISTRY[role](name, *stats)


for seed in (4, 10):
    heroes = [make("warrior", "Brak", 60, 0, 11, 6, 5), make("mage", "Ilsa", 34, 40, 5, 2, 7)]
    monsters = [make("goblin", f"Gob{i}", 22, 0, 7, 3, 6 - i) for i in range(1, 4)]
    with battle_banner(f"Battle seed {seed}"):
        logs = battle(seed, heroes, monsters)
        for log in logs[:3]:
            print(log)
        print(f"... {len(logs)} rounds total")
        print(logs[-1])
        side = "Heroes" if any(h.alive for h in heroes) else "Monsters"
        print(f"{side} win. Survivors:", [c for c in heroes + monsters if c.alive])

print(sorted(REGISTRY), Mage.__mro__[1].__name__, Combatant.hp.__class__.__name__)
try:
    list(resolve(heroes[0], "dance", heroes[1], random.Random(0)))
except ValueError as e:
    print("ValueError:", e)
print(Status.POISONED | Status.STUNNED, bool(Status.NONE), Status(6))
sys.exit(0)
