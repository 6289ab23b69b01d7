"""locale rewrite check: normalize's alias/encoding/modifier rules, name parsing, C-locale API."""
import locale
import os
import warnings

names = ["C", "c", "POSIX", "C.UTF-8", "c.utf8", "en", "en_US", "EN_us", "en_US.utf8", "en_US.UTF-8",
         "en_US.ISO-8859-1", "en_US.latin1", "en_US.iso88591", "en_US.koi8r", "en_US.ascii",
         "en_US.eucjp", "en_US.sjis", "en_US.646", "en_US.l9", "en_US.cp1251", "en_US.utf_8",
         "en_US.Latin-2", "en_US.zzz", "en_us@euro", "en_US@euro", "en_GB@euro", "en_GB.utf8@euro",
         "de_DE@euro", "de_DE.ISO8859-1@euro", "de_DE.latin1@euro", "de_DE.UTF-8@euro",
         "de_DE.koi8r@euro", "de@euro", "fr_FR@euro", "fi@euro", "fi_FI.utf8@euro",
         "sr_RS@latin", "sr_RS.UTF-8@latin", "sr_RS.latin2@latin", "sr_RS@cyrillic",
         "sr_RS.utf8@cyrillic", "ja_JP", "ja_JP.sjis", "ja", "ko_KR.euckr", "zh_CN", "zh_TW.utf8",
         "ru_RU", "ru_RU.koi8r", "uk_UA", "pt_BR.utf8", "pt_BR:utf8", "xx", "xx_YY", "xx_YY.UTF-8",
         "xx_YY@euro", "en_US.UTF-8.extra", "en.", "@euro", ".utf8", "", "de:latin1",
         "en_US@mod", "en_US.utf8@mod", "de_DE.iso885915@euro", "tr_TR.utf8", "el.utf8"]
for n in names:
    print(repr(n), repr(locale.normalize(n)))
for n in ["en_US", "en_US.utf8", "de_DE@euro", "C", "POSIX", "ja_JP", "sr_RS@latin", "xx", "UTF-8", "en"]:
    try:
        print(repr(n), locale._parse_localename(n))
    except Exception as e:
        print(repr(n), type(e).__name__, e)
for t in [("en_US", "UTF-8"), ("C", None), (None, None), ("de_DE", None)]:
    print(t, locale._build_localename(t))
for bad in [("a",), 5, ("a", "b", "c")]:
    try:
        locale._build_localename(bad)
    except Exception as e:
        print(type(e).__name__, e)

saved = {k: os.environ.get(k) for k in ("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")}
for k in saved:
    os.environ.pop(k, None)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(locale.getdefaultlocale())
    os.environ["LANGUAGE"] = "de_DE:fr_FR"
    print(locale.getdefaultlocale())
    os.environ["LANG"] = "ja_JP.eucJP"
    print(locale.getdefaultlocale())
    os.environ["LC_ALL"] = "sr_RS@latin"
    print(locale.getdefaultlocale())
    print(locale.getdefaultlocale(("LANGUAGE",)))
    print(locale.getdefaultlocale(("NOPE_VAR",)))
    os.environ["LC_ALL"] = "en_US@euro"
    print(locale.getdefaultlocale())
    print(len(w), w[0].category.__name__, w[0].message)
for k, v in saved.items():
    if v is None:
        os.environ.pop(k, None)
    else:
        os.environ[k] = v
print(locale.setlocale(locale.LC_NUMERIC, "C"), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_TIME, ("C", None)), locale.getlocale(locale.LC_TIME))
print(locale.localeconv()["decimal_point"], repr(locale.localeconv()["thousands_sep"]))
print(locale.format_string("%.3f|%5d|%s", (2.5, 42, "x")), locale.str(2.0 / 3))
print(locale.atof("1.25"), locale.atoi("17"))
try:
    locale.currency(5)
except ValueError as e:
    print("ValueError", e)
print(locale.strcoll("abc", "abd"), locale.strxfrm("q"))
print(sorted(locale.__all__))
