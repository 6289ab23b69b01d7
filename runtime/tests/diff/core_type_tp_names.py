# Error messages name CPython's C types with their module (`tp_name`), while `__name__`,
# reprs and subclasses defined in Python keep the short name.
import array
import collections
import datetime
import decimal
import functools
import io
import itertools
import operator
import re


class MyDate(datetime.date):
    pass


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


objs = [datetime.date(2020, 1, 1), datetime.datetime(2020, 1, 1), datetime.time(),
        datetime.timedelta(1), datetime.timezone.utc, MyDate(2020, 1, 1),
        collections.OrderedDict(), collections.defaultdict(int), collections.deque(),
        collections.Counter(), decimal.Decimal(1), functools.partial(print), io.StringIO(),
        io.BytesIO(), array.array("i"), re.compile("x"), re.match("x", "x"), itertools.count(),
        itertools.chain(), operator.itemgetter(1), operator.attrgetter("x")]
for o in objs:
    t(lambda: o @ 1)
t(lambda: datetime.datetime(2024, 1, 1) - datetime.date(2024, 1, 1))
t(lambda: 1 + datetime.timedelta(1))
t(lambda: datetime.date(2020, 1, 1) < 1)
t(lambda: datetime.date(2020, 1, 1) < MyDate(2020, 1, 2))
t(lambda: -collections.OrderedDict())
t(lambda: len(itertools.count()))
t(lambda: iter(datetime.date(2020, 1, 1)))
t(lambda: sorted([decimal.Decimal(1), "x"]))
t(lambda: (datetime.date.__name__, datetime.date.__qualname__, collections.deque.__name__,
           itertools.count.__name__, re.Pattern.__name__, decimal.Decimal.__name__))
t(lambda: (collections.deque([1, 2], maxlen=3), repr(datetime.timedelta(2)),
           repr(collections.OrderedDict(a=1)), type(MyDate(2020, 1, 1)).__name__))

# Decimal is no integer: no __index__, so subscripts and int-taking calls refuse it with
# their own messages.
import math

print(hasattr(decimal.Decimal, "__index__"))
for seq in ("abc", [1, 2], (1, 2), b"ab"):
    t(lambda: seq[decimal.Decimal(1)])
t(lambda: range(decimal.Decimal(3)))
t(lambda: [0] * decimal.Decimal(2))
t(lambda: hex(decimal.Decimal(1)))
t(lambda: operator.index(decimal.Decimal(1)))
t(lambda: math.factorial(decimal.Decimal(3)))
t(lambda: int(decimal.Decimal("2.7")))
