# event-driven bank simulation with a priority queue and LCG randomness
import heapq
from collections import defaultdict, Counter
from decimal import Decimal, ROUND_HALF_EVEN

class LCG:
    def __init__(self, seed): self.s = seed
    def next(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.s >> 33
    def uniform(self, a, b): return a + (b - a) * (self.next() / 2**31)
    def choice(self, seq): return seq[self.next() % len(seq)]

class InsufficientFunds(Exception):
    def __init__(self, acct, amount):
        super().__init__(f"account {acct.id} short by {amount - acct.balance}")
        self.acct = acct

class Account:
    _next = 100
    def __init__(self, owner, balance='0'):
        Account._next += 1
        self.id = Account._next
        self.owner = owner
        self.balance = Decimal(balance)
        self.history = []
    def deposit(self, amt):
        self.balance += amt
        self.history.append(('dep', amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(self, amt)
        self.balance -= amt
        self.history.append(('wd', amt))
    def __repr__(self):
        return f"<Account {self.id} {self.owner} {self.balance}>"

class Bank:
    def __init__(self, rng):
        self.rng = rng
        self.accounts = {}
        self.events = []
        self.seq = 0
        self.log = Counter()
        self.failures = defaultdict(list)
    def open(self, owner, bal):
        a = Account(owner, bal)
        self.accounts[a.id] = a
        return a
    def schedule(self, t, kind, *args):
        self.seq += 1
        heapq.heappush(self.events, (t, self.seq, kind, args))
    def run(self, until):
        while self.events and self.events[0][0] <= until:
            t, _, kind, args = heapq.heappop(self.events)
            getattr(self, 'on_' + kind)(t, *args)
            self.log[kind] += 1
    def money(self):
        return Decimal(str(round(self.rng.uniform(1, 500), 2)))
    def on_deposit(self, t, aid):
        self.accounts[aid].deposit(self.money())
        self.schedule(t + self.rng.uniform(0.5, 5), 'deposit', aid)
    def on_withdraw(self, t, aid):
        try:
            self.accounts[aid].withdraw(self.money())
        except InsufficientFunds as e:
            self.failures[aid].append(round(t, 3))
        self.schedule(t + self.rng.uniform(0.5, 4), 'withdraw', aid)
    def on_transfer(self, t, src, dst):
        amt = self.money() / 4
        amt = amt.quantize(Decimal('0.01'), rounding=ROUND_HALF_EVEN)
        try:
            self.accounts[src].withdraw(amt)
            self.accounts[dst].deposit(amt)
        except InsufficientFunds:
            self.log['transfer_failed'] += 1
        ids = sorted(self.accounts)
        self.schedule(t + 3, 'transfer', self.rng.choice(ids), self.rng.choice(ids))
    def on_interest(self, t):
        for a in self.accounts.values():
            if a.balance > 0:
                a.deposit((a.balance * Decimal('0.001')).quantize(Decimal('0.01')))
        self.schedule(t + 10, 'interest')

bank = Bank(LCG(2024))
names = ['ann', 'bob', 'cy', 'dee', 'eve']
for i, n in enumerate(names):
    a = bank.open(n, str(100 * i))
    bank.schedule(i * 0.3, 'deposit', a.id)
    bank.schedule(i * 0.7 + 1, 'withdraw', a.id)
bank.schedule(2, 'transfer', 101, 102)
bank.schedule(0, 'interest')
bank.run(200)
for a in bank.accounts.values():
    print(a, len(a.history), sum((amt for k, amt in a.history if k == 'dep'), Decimal(0)))
print(sorted(bank.log.items()))
print({k: len(v) for k, v in sorted(bank.failures.items())})
print({k: v[:3] for k, v in sorted(bank.failures.items())})
total = sum(a.balance for a in bank.accounts.values())
print(total, type(total).__name__, f"{total:,.2f}", f"{total:.3e}" if False else '', total.quantize(Decimal('1')))
richest = max(bank.accounts.values(), key=lambda a: a.balance)
print(richest.owner, richest.balance > 0, len(bank.events))
try:
    raise InsufficientFunds(richest, richest.balance + 1)
except InsufficientFunds as e:
    print(e, e.args, e.acct.owner)
