"""A toy stock market with order book matching, using Decimal money."""
import heapq
import random
import sys
from collections import defaultdict, deque
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, getcontext, localcontext, InvalidOperation
from itertools import count

getcontext().prec = 28
CENT = Decimal("0.01")
_order_ids = count(1)


def money(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_EVEN)


@dataclass(order=True)
class Order:
    sort_key: tuple
    oid: int = field(compare=False)
    trader: str = field(compare=False)
    side: str = field(compare=False)
    price: Decimal = field(compare=False)
    qty: int = field(compare=False)


class InsufficientFunds(Exception):
    pass


class Trader:
    def __init__(self, name, cash):
        self.name = name
        self.cash = money(cash)
        self.shares = 0
        self.fees = Decimal(0)

    def __repr__(self):
        return f"Trader({self.name!r}, cash={self.cash}, shares={self.shares})"

    def net_worth(self, price):
        return self.cash + price * self.shares


class OrderBook:
    FEE_RATE = Decimal("0.0015")

    def __init__(self, traders):
        self.bids = []  # max-heap by price via negation
        self.asks = []
        self.traders = traders
        self.trades = []
        self.last = None

    def submit(self, trader, side, price, qty):
        price = money(price)
        oid = next(_order_ids)
        if side == "buy":
            cost = price * qty
            if cost > self.traders[trader].cash:
                raise InsufficientFunds(f"{trader} cannot afford {qty} @ {price} (has {self.traders[trader].cash})")
            o = Order((-price, oid), oid, trader, side, price, qty)
            heapq.heappush(self.bids, o)
        else:
            if qty > self.traders[trader].shares:
                qty = self.traders[trader].shares
                if qty == 0:
                    return None
            o = Order((price, oid), oid, trader, side, price, qty)
            heapq.heappush(self.asks, o)
        self.match()
        return oid

    def match(self):
        while self.bids and self.asks and self.bids[0].price >= self.asks[0].price:
            bid, ask = self.bids[0], self.asks[0]
            price = ask.price if ask.oid < bid.oid else bid.price
            qty = min(bid.qty, ask.qty)
            buyer, seller = self.traders[bid.trader], self.traders[ask.trader]
            value = price * qty
            fee = (value * self.FEE_RATE).quantize(CENT, rounding=ROUND_HALF_UP)
            if buyer is seller or buyer.cash < value + fee or seller.shares < qty:
                # cancel the offending order
                heapq.heappop(self.bids if buyer.cash < value + fee else self.asks)
                continue
            buyer.cash -= value + fee
            seller.cash += value - fee
            buyer.fees += fee
            seller.fees += fee
            buyer.shares += qty
            seller.shares -= qty
            self.trades.append((price, qty, bid.trader, ask.trader))
            self.last = price
            for book, o in ((self.bids, bid), (self.asks, ask)):
                o.qty -= qty
                if o.qty == 0:
                    heapq.heappop(book)

    def spread(self):
        if not (self.bids and self.asks):
            return None
        return self.asks[0].price - self.bids[0].price


rng = random.Random(314)
names = ["alice", "bob", "carol", "dave", "erin"]
traders = {n: Trader(n, 10_000) for n in names}
for n in names:
    traders[n].shares = 50
book = OrderBook(traders)
fair = Decimal("100.00")
prices = deque(maxlen=5)
rejected = defaultdict(int)

for tick in range(1, 201):
    fair = money(fair * (1 + Decimal(str(round(rng.gauss(0, 0.01), 4)))))
    who = rng.choice(names)
    side = rng.choice(["buy", "sell"])
    offset = Decimal(rng.randint(-150, 150)) / 100
    price = fair + offset if side == "buy" else fair - offset
    qty = rng.randint(1, 20)
    try:
        book.submit(who, side, price, qty)
    except InsufficientFunds as e:
        rejected[who] += 1
        if rejected[who] == 1:
            print("rejected:", e)
    if book.last is not None:
        prices.append(book.last)
    if tick % 40 == 0:
        sma = sum(prices, Decimal(0)) / len(prices) if prices else Decimal(0)
        print(f"t={tick:3d} fair={fair:>8} last={book.last!s:>8} sma5={sma.quantize(CENT):>8} "
              f"spread={book.spread()} bids={len(book.bids)} asks={len(book.asks)}")

print(f"{len(book.trades)} trades, volume {sum(q for _, q, _, _ in book.trades)} shares")
vwap = sum(p * q for p, q, _, _ in book.trades) / sum(q for _, q, _, _ in book.trades)
print(f"VWAP {vwap:.4f}  -> {vwap.quantize(CENT, rounding=ROUND_DOWN)}")
mark = book.last
print(f"{'trader':<8}{'cash':>12}{'shares':>8}{'fees':>9}{'net':>14}")
for t in sorted(traders.values(), key=lambda t: t.net_worth(mark), reverse=True):
    print(f"{t.name:<8}{t.cash:>12,}{t.shares:>8}{t.fees:>9}{t.net_worth(mark):>14,.2f}")
total_cash = sum((t.cash + t.fees * 0 for t in traders.values()), Decimal(0))
total_fees = sum(t.fees for t in traders.values())
print("cash + fees conserved:", total_cash + total_fees == money(50_000), total_cash + total_fees)
print("shares conserved:", sum(t.shares for t in traders.values()) == 250)

# Decimal odds and ends a trading app would touch
with localcontext() as ctx:
    ctx.prec = 6
    print("1/7 at prec 6:", Decimal(1) / Decimal(7), "sqrt(2):", Decimal(2).sqrt())
print("compound:", money(Decimal("1000") * (1 + Decimal("0.05") / 12) ** 120))
print("from float:", Decimal(0.1), "vs", Decimal("0.1"))
print("rounding:", [str(Decimal(s).quantize(Decimal("1"), rounding=ROUND_HALF_EVEN)) for s in ("0.5", "1.5", "2.5", "-2.5")])
print("tuple:", Decimal("-12.340").as_tuple(), Decimal("12.340").normalize(), Decimal("1E+3").to_integral_value())
print("compare:", Decimal("1.10") == Decimal("1.1"), max(Decimal("2.5"), Decimal("2.50")), Decimal("7") % Decimal("-3"), Decimal("-7") // Decimal("2"))
print("format:", f"{Decimal('1234567.891'):,.2f}|{Decimal('0.000123'):.2e}|{Decimal('42'):08.3f}|{Decimal('-3.5'):+}")
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation raised:", type(e).__name__)
sys.exit(0)
