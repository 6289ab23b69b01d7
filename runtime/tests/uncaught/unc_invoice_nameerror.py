# Invoice calculations with nested helper functions; a typo in a closure that
# only runs for discounted customers raises NameError. Python 3.11 looks for
# suggestions only among the frame's own locals, globals and builtins, so the
# enclosing function's 'subtotal' is not offered.

TAX_RATES = {"standard": 0.20, "reduced": 0.05, "zero": 0.0}


class Customer:
    def __init__(self, name, discount=0.0, tax_class="standard"):
        self.name = name
        self.discount = discount
        self.tax_class = tax_class


def make_invoice(customer, items):
    subtotal = sum(qty * price for qty, price in items)
    tax_rate = TAX_RATES[customer.tax_class]

    def discounted():
        if not customer.discount:
            return subtotal
        return subtotl * (1 - customer.discount)

    def with_tax(amount):
        return round(amount * (1 + tax_rate), 2)

    lines = [f"{qty} x {price:.2f}" for qty, price in items]
    net = discounted()
    return {
        "customer": customer.name,
        "lines": lines,
        "net": round(net, 2),
        "gross": with_tax(net),
    }


def render(invoice):
    head = f"Invoice for {invoice['customer']}"
    body = "\n".join("  " + line for line in invoice["lines"])
    foot = f"  net {invoice['net']:.2f}  gross {invoice['gross']:.2f}"
    return "\n".join([head, body, foot])


orders = [
    (Customer("acme"), [(2, 10.0), (1, 5.5)]),
    (Customer("books ltd", tax_class="zero"), [(10, 7.25)]),
    (Customer("foods", tax_class="reduced"), [(3, 1.2), (12, 0.4)]),
]
for customer, items in orders:
    print(render(make_invoice(customer, items)))

totals = {c.name: make_invoice(c, items)["gross"] for c, items in orders}
print(sorted(totals.items(), key=lambda kv: kv[1]))

loyal = Customer("regulars inc", discount=0.1)
print(render(make_invoice(loyal, [(5, 3.0)])))
