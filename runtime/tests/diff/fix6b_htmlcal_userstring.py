# calendar.HTMLCalendar and collections.UserString's full set of str methods.
import calendar
from collections import UserString
h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2023, 10, withyear=False))
print(calendar.HTMLCalendar(calendar.SUNDAY).formatyear(2024, width=4))
print(h.formatyearpage(2025, css=None, encoding="ascii")[:300])
print(h.formatyearpage(2025)[-200:])
class Hl(calendar.HTMLCalendar):
    cssclass_noday = "empty"
    cssclasses = ["wd"] * 5 + ["we"] * 2
print(Hl().formatmonth(2024, 6), Hl().formatweekday(6), Hl().formatday(0, 0), Hl().formatweekheader())
class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
s = Shout("hello World\tx")
for name in ["casefold", "swapcase", "title", "lstrip", "rstrip", "expandtabs", "capitalize"]:
    r = getattr(s, name)()
    print(name, repr(r), type(r).__name__)
print(s.center(20, "*"), s.ljust(16, "."), s.rjust(16), s.zfill(16), type(s.zfill(3)).__name__)
print(s.count("l"), s.count(UserString("o")), s.removeprefix("hello "), s.removesuffix("x"), type(s.removeprefix("h")).__name__)
print(s.encode(), s.encode("utf-16-le")[:4], s.encode(None, None), s.format(), Shout("{0}-{k}").format(1, k=2), Shout("{a}").format_map({"a": 3}))
print(s.index("W"), s.rfind("l"), s.rfind(UserString("o")), s.rindex("o"), s.partition(" "), s.rpartition("l"), s.rsplit(None, 1), Shout("a\nb\n").splitlines(True))
print([getattr(Shout(x), p)() for x in ["abc", "ABC", "12", "½", " ", "Ab Cd", "a1", "é"] for p in ["isalpha", "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]])
print(s.translate(Shout.maketrans("lo", "01")), type(s.translate({})).__name__, "%s!" % Shout("x"), Shout("%d+%d") % (1, 2), complex(Shout("1+2j")), Shout("ab").__getnewargs__())
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
