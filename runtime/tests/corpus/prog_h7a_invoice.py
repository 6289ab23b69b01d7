# Renders invoices: Decimal money, dates with glibc strftime flags, textwrap'd notes.
import datetime as dt
import textwrap
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")


@dataclass
class Line:
    desc: str
    qty: int
    unit: Decimal

    @property
    def total(self):
        return (self.unit * self.qty).quantize(CENT, ROUND_HALF_UP)


@dataclass
class Invoice:
    number: int
    issued: dt.date
    customer: str
    lines: list = field(default_factory=list)
    tax_rate: Decimal = Decimal("0.0825")
    note: str = ""

    def subtotal(self):
        return sum((l.total for l in self.lines), Decimal(0))

    def tax(self):
        return (self.subtotal() * self.tax_rate).quantize(CENT, ROUND_HALF_UP)

    def render(self):
        due = self.issued + dt.timedelta(days=30)
        out = [f"INVOICE #{self.number:05d}".center(48, "="),
               f"Issued: {self.issued:%-d %B %Y} ({self.issued:%a})",
               f"Due:    {due.strftime('%-d/%-m/%y')} (week {due:%-V})",
               f"Bill to: {self.customer}", "-" * 48]
        for l in self.lines:
            out.append(f"{l.desc[:24]:<24}{l.qty:>4} x {l.unit:>8,.2f} = {l.total:>8,.2f}")
        out.append("-" * 48)
        out.append(f"{'Subtotal':>36}{self.subtotal():>12,.2f}")
        out.append(f"{'Tax ' + format(self.tax_rate * 100, '.2f') + '%':>36}{self.tax():>12,.2f}")
        out.append(f"{'TOTAL':>36}{self.subtotal() + self.tax():>12,.2f}")
        if self.note:
            out.append(textwrap.fill(self.note, 48, initial_indent="Note: ", subsequent_indent="      "))
        return "\n".join(out)


inv = Invoice(42, dt.date(2024, 3, 5), "ACME Corp.", note="Payment by bank transfer only. "
              "Late payments incur a fee of 1.5% per month on the outstanding balance.")
inv.lines += [Line("Widget, large", 3, Decimal("19.995")), Line("Gadget with a very long name indeed", 1, Decimal("1234.5")),
              Line("Service hours", 12, Decimal("85.125")), Line("Discount", 1, Decimal("-50"))]
print(inv.render())
inv2 = Invoice(7, dt.date(1999, 12, 31), "Y2K Ltd", tax_rate=Decimal("0"))
inv2.lines.append(Line("Audit", 1, Decimal("0.005")))
print(inv2.render())
totals = [i.subtotal() + i.tax() for i in (inv, inv2)]
print(totals, sum(totals), max(totals).as_tuple(), f"{sum(totals):.3e}", f"{Decimal(0):.2e}")
print(Decimal("1.000").ln(), Decimal("5") - Decimal("NaN"), Decimal(-3).compare_total(Decimal(-2)))
