# locale: the C locale that a fresh process has (LC_CTYPE aside, which follows the environment).
import locale

print([(n, getattr(locale, n)) for n in sorted(dir(locale)) if n.startswith("LC_")])
print(locale.CHAR_MAX, issubclass(locale.Error, Exception))
for cat in ["LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"]:
    print(cat, locale.setlocale(getattr(locale, cat)), locale.getlocale(getattr(locale, cat)))
conv = locale.localeconv()
print(conv)
print(list(conv))

for name in ["C", "POSIX"]:
    print(name, locale.setlocale(locale.LC_NUMERIC, name), locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_MONETARY, ("C", None)))
for bad in ["xx_YY.UTF-8", "klingon", "de_DE.NOPE"]:
    try:
        locale.setlocale(locale.LC_NUMERIC, bad)
    except locale.Error as e:
        print("Error", e)
try:
    locale.setlocale(99, "C")
except locale.Error as e:
    print("Error", e)
try:
    locale.setlocale(locale.LC_ALL, 5)
except TypeError as e:
    print("TypeError")
print(locale.setlocale(locale.LC_NUMERIC, "C"))
print(locale.getlocale(locale.LC_NUMERIC))

print(locale.format_string("%d", 1234567), locale.format_string("%d", 1234567, grouping=True))
print(locale.format_string("%.2f", 1234567.891, True), locale.format_string("%10.3f|", 3.14159))
print(locale.format_string("%s and %d", ("x", 5)), locale.format_string("%(a)s=%(b).1f", {"a": "k", "b": 2.25}))
print(locale.format_string("%e %g %%", (12345.678, 0.0001)))
print(locale.str(3.5), locale.str(1e20), locale.str(0.1 + 0.2), locale.str(12345678901234.5))
print(locale.atof("3.25"), locale.atof("-1e3"), locale.atoi("42"), locale.atoi("-7"))
print(locale.atof("2.5", float), locale.delocalize("1.5"), locale.localize("1234.5"))
try:
    locale.atoi("1,000")
except ValueError as e:
    print("ValueError", e)
for args in [(1.5,), (1234.5, True, True), (-3, False, False, True)]:
    try:
        print(locale.currency(*args))
    except ValueError as e:
        print("ValueError", e)
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("x", "x"))
print(locale.strxfrm("hello"))
for n in ["en_US", "en_US.utf8", "C", "de_DE", "fr_FR.UTF-8", "ja_JP.eucJP", "en", "POSIX",
          "xx_YY", "en_US@euro", "en_GB.ISO-8859-15", "de_DE.latin1", "utf8", "sr_RS@latin",
          "zz", "EN_us.UTF-8", "pt_BR", "ru_RU"]:
    print(repr(n), repr(locale.normalize(n)))
print(locale.getencoding(), locale.getpreferredencoding(False))
print(locale.getlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_NUMERIC, None))
