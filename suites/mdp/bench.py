"""MDP: the exact optimal winning chance of a small duel, as a Markov
decision process solved with fractions.Fraction (expectimax over an
acyclic state space, memoised in a dict).

Each round the hero either attacks (the enemy loses 2 hit points with
probability 3/5, otherwise 1) or drinks a potion (+3 hit points, capped),
then the enemy strikes (the hero loses 0, 1 or 2 with probabilities 1/6,
1/2, 1/3).  Attacks always lower the enemy's hit points and potions are
used up, so the states form a DAG."""

from fractions import Fraction

import harness

HERO_HP = 12
ENEMY_HP = 22
POTIONS = 3

HIT = [(Fraction(3, 5), 2), (Fraction(2, 5), 1)]
STRIKE = [(Fraction(1, 6), 0), (Fraction(1, 2), 1), (Fraction(1, 3), 2)]
HEAL = 3
ONE = Fraction(1)
ZERO = Fraction(0)


class Duel(object):
    def __init__(self, hero_max):
        self.hero_max = hero_max
        self.memo = {}
        self.policy = {}

    def after_strike(self, hero, enemy, potions):
        total = ZERO
        for p, dmg in STRIKE:
            total += p * self.value(hero - dmg, enemy, potions)
        return total

    def value(self, hero, enemy, potions):
        if enemy <= 0:
            return ONE
        if hero <= 0:
            return ZERO
        key = (hero, enemy, potions)
        v = self.memo.get(key)
        if v is not None:
            return v
        attack = ZERO
        for p, dmg in HIT:
            if enemy - dmg <= 0:
                attack += p
            else:
                attack += p * self.after_strike(hero, enemy - dmg, potions)
        best, action = attack, "attack"
        if potions and hero < self.hero_max:
            drink = self.after_strike(min(hero + HEAL, self.hero_max), enemy,
                                      potions - 1)
            if drink > best:
                best, action = drink, "drink"
        self.memo[key] = best
        self.policy[key] = action
        return best


def run_once():
    duel = Duel(HERO_HP)
    win = duel.value(HERO_HP, ENEMY_HP, POTIONS)
    drinks = sum(1 for a in duel.policy.values() if a == "drink")
    return win, len(duel.memo), drinks


EXPECTED = (844104583, 797880371, 909, 93)


def check(result):
    win, states, drinks = result
    if not ZERO < win < ONE:
        raise harness.CheckFailed("not a probability: %r" % win)
    harness.expect((win.numerator % 1000000007, win.denominator % 1000000007,
                    states, drinks), EXPECTED, "(win mod p, states, drinks)")


if __name__ == "__main__":
    harness.main("mdp", run_once, check=check)
