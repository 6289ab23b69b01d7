"""Inventory/order system with ABCs, abstract properties and mixins."""
import abc
from decimal import Decimal


class JsonMixin:
    def to_dict(self):
        out = {}
        for key in sorted(vars(self)):
            if key.startswith("_"):
                continue
            out[key] = getattr(self, key)
        return out


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()) if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"


class Product(abc.ABC):
    def __init__(self, sku, name, price):
        self.sku = sku
        self.name = name
        self.price = Decimal(price)

    @property
    @abc.abstractmethod
    def category(self):
        """Category label."""

    @abc.abstractmethod
    def shipping_cost(self, qty):
        ...

    def total(self, qty):
        return self.price * qty + self.shipping_cost(qty)

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented


class Physical(ReprMixin, JsonMixin, Product):
    def __init__(self, sku, name, price, weight):
        super().__init__(sku, name, price)
        self.weight = weight

    @property
    def category(self):
        return "physical"

    def shipping_cost(self, qty):
        return Decimal("0.50") * self.weight * qty


class Digital(ReprMixin, JsonMixin, Product):
    category = "digital"

    def shipping_cost(self, qty):
        return Decimal(0)


class Broken(Product):
    def shipping_cost(self, qty):
        return 0


class OrderLine:
    __slots__ = ("product", "qty")

    def __init__(self, product, qty):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        self.product = product
        self.qty = qty

    def __repr__(self):
        return f"OrderLine({self.product.sku!r} x{self.qty})"


class Order:
    _next_id = 1

    def __init__(self, customer):
        self.id = Order._next_id
        Order._next_id += 1
        self.customer = customer
        self.lines = []

    def add(self, product, qty=1):
        self.lines.append(OrderLine(product, qty))
        return self

    @property
    def total(self):
        return sum((l.product.total(l.qty) for l in self.lines), Decimal(0))

    def __len__(self):
        return len(self.lines)

    def __iter__(self):
        return iter(self.lines)


def main():
    try:
        Product("x", "y", 1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Broken("b", "broken", "1.00")
    except TypeError as e:
        print("TypeError:", e)
    print(sorted(Product.__abstractmethods__))
    print(sorted(Broken.__abstractmethods__))
    print(Physical.__abstractmethods__)
    print([c.__name__ for c in Physical.__mro__])

    book = Physical("B-1", "Book", "12.99", 2)
    ebook = Digital("E-1", "eBook", "7.49")
    print(book)
    print(ebook)
    print(book.to_dict())
    print(ebook.category, book.category)
    print(isinstance(book, Product), issubclass(Digital, abc.ABC))

    class Virtual:
        pass
    Product.register(Virtual)
    print(isinstance(Virtual(), Product), issubclass(Virtual, Product))
    print(Virtual in Product.__subclasses__())

    order = Order("alice").add(book, 3).add(ebook)
    print(len(order), list(order))
    print("total", order.total)
    for line in order:
        print(f"  {line.product.name:<8}{line.qty:>3}{line.product.total(line.qty):>10}")
    try:
        order.add(book, 0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        OrderLine(book, 1).extra = 1
    except AttributeError as e:
        print("AttributeError:", e)
    o2 = Order("bob")
    print(o2.id, o2.total, bool(o2))

    # abstract property detection
    print(getattr(Product.category, "__isabstractmethod__", None))
    print(getattr(Physical.category, "__isabstractmethod__", False))

    class Late(Product):
        pass
    Late.shipping_cost = lambda self, q: 0
    Late.category = "late"
    try:
        Late("l", "late", 1)
    except TypeError as e:
        print("still abstract:", e)
    abc.update_abstractmethods(Late)
    print(Late("l", "late", 1).total(2))


main()
