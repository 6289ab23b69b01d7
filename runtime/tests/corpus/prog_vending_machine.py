# A vending machine as an explicit state machine with a transition table and event log.
class VendingError(Exception):
    pass
class Machine:
    PRICES = {"A1": 125, "A2": 90, "B1": 200, "B2": 65}
    COINS = (5, 10, 25, 100)
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"A1": 2, "A2": 1, "B1": 5, "B2": 0}
        self.bank = {c: 5 for c in self.COINS}
        self.log = []
    def _emit(self, msg):
        self.log.append(f"[{self.state}] {msg}")
    def insert(self, coin):
        if self.state not in ("idle", "has_credit"):
            raise VendingError(f"cannot insert coin in state {self.state}")
        if coin not in self.COINS:
            self._emit(f"rejected coin {coin}")
            return coin
        self.credit += coin
        self.bank[coin] += 1
        self.state = "has_credit"
        self._emit(f"credit {self.credit}")
        return 0
    def select(self, code):
        if self.state != "has_credit":
            raise VendingError("insert coins first")
        if code not in self.PRICES:
            self._emit(f"unknown item {code}")
            return None
        if self.stock[code] == 0:
            self._emit(f"{code} sold out")
            return None
        price = self.PRICES[code]
        if self.credit < price:
            self._emit(f"need {price - self.credit} more for {code}")
            return None
        change = self._make_change(self.credit - price)
        if change is None:
            self._emit("exact change only")
            return None
        self.stock[code] -= 1
        self.state = "vending"
        self._emit(f"vend {code}, change {change}")
        self.credit = 0
        self.state = "idle"
        return code, change
    def _make_change(self, amount):
        result = []
        bank = dict(self.bank)
        for c in sorted(self.COINS, reverse=True):
            while amount >= c and bank[c] > 0:
                amount -= c
                bank[c] -= 1
                result.append(c)
        if amount:
            return None
        self.bank = bank
        return result
    def cancel(self):
        refund = self._make_change(self.credit) if self.credit else []
        self._emit(f"cancel, refund {refund}")
        self.credit = 0
        self.state = "idle"
        return refund
m = Machine()
script = [("insert", 100), ("insert", 25), ("select", "A1"), ("insert", 3), ("insert", 25), ("select", "B2"),
          ("select", "A2"), ("insert", 100), ("select", "A2"), ("select", "A2"), ("cancel",), ("select", "A1"),
          ("insert", 100), ("insert", 100), ("select", "Z9"), ("select", "B1"), ("insert", 5), ("cancel",)]
for step in script:
    op, *args = step
    try:
        result = getattr(m, op)(*args)
        print(f"{op}{tuple(args)!s:10} -> {result!r}")
    except VendingError as e:
        print(f"{op}{tuple(args)!s:10} -> VendingError: {e}")
print("\n".join(m.log))
print(m.stock, m.bank, m.state, m.credit)
TRANSITIONS = {("locked", "coin"): "unlocked", ("locked", "push"): "locked", ("unlocked", "push"): "locked", ("unlocked", "coin"): "unlocked"}
state = "locked"
for ev in "push coin coin push push coin push".split():
    new = TRANSITIONS[(state, ev)]
    print(f"{state:8} --{ev:4}--> {new}")
    state = new
