"""Locale services for the C/POSIX locale (Ember's own implementation).

Ember supports only the C locale (and C.UTF-8 for LC_CTYPE, which a fresh CPython process
selects at startup): other locale names raise locale.Error.
"""

import sys
from codecs import _normalize_name

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale",
           "resetlocale", "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format",
           "format_string", "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME",
           "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "LC_MESSAGES", "CHAR_MAX", "getencoding"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORY_NAMES = ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
                   "LC_MESSAGES"]
_EXTRA = ["LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT",
          "LC_IDENTIFICATION"]


class Error(Exception):
    pass


_current = ["C.UTF-8", "C", "C", "C", "C", "C"]

_C_NAMES = {"C": "C", "POSIX": "C", "C.UTF-8": "C.UTF-8", "C.utf8": "C.UTF-8",
            "C.UTF8": "C.UTF-8", "C.utf-8": "C.UTF-8"}


def _env_locale(category):
    import os
    env = os.environ
    for var in ("LC_ALL", _CATEGORY_NAMES[category] if category < 6 else "LC_ALL", "LANG"):
        v = env.get(var)
        if v:
            return v
    return "C"


def _accept(name):
    canonical = _C_NAMES.get(name)
    if canonical is None:
        raise Error("unsupported locale setting")
    if canonical == "C.UTF-8":
        return name
    return "C" if name == "POSIX" else name


def _all_name():
    if all(c == _current[0] for c in _current):
        return _current[0]
    parts = ["%s=%s" % (n, v) for n, v in zip(_CATEGORY_NAMES, _current)]
    parts += ["%s=C" % n for n in _EXTRA]
    return ";".join(parts)


def setlocale(category, locale=None):
    if not isinstance(category, int) or isinstance(category, bool):
        if isinstance(category, bool):
            category = int(category)
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(category).__name__)
    if not 0 <= category <= 6:
        raise Error("unsupported locale setting")
    if locale is not None and not isinstance(locale, _builtin_str):
        try:
            iter(locale)
        except TypeError:
            raise TypeError("setlocale() argument 2 must be str or None, not %s"
                            % type(locale).__name__) from None
        locale = _build_localename(locale)
    if locale is None:
        if category == LC_ALL:
            return _all_name()
        return _current[category]
    if locale == "":
        cats = range(6) if category == LC_ALL else [category]
        names = []
        for c in cats:
            n = _env_locale(c)
            if n not in _C_NAMES:
                n = "C"
            names.append(n)
        for c, n in zip(cats, names):
            _current[c] = n
        return _all_name() if category == LC_ALL else _current[category]
    name = _accept(locale)
    if category == LC_ALL:
        for c in range(6):
            _current[c] = name
        return _all_name()
    _current[category] = name
    return name


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = "C"
        if encoding is None:
            return language
        return language + "." + encoding
    except (TypeError, ValueError):
        raise TypeError("Locale must be None, a string, or an iterable of "
                        "two strings -- language code, encoding.") from None


def localeconv():
    return {
        "int_curr_symbol": "",
        "currency_symbol": "",
        "mon_decimal_point": "",
        "mon_thousands_sep": "",
        "mon_grouping": [],
        "positive_sign": "",
        "negative_sign": "",
        "int_frac_digits": CHAR_MAX,
        "frac_digits": CHAR_MAX,
        "p_cs_precedes": CHAR_MAX,
        "p_sep_by_space": CHAR_MAX,
        "n_cs_precedes": CHAR_MAX,
        "n_sep_by_space": CHAR_MAX,
        "p_sign_posn": CHAR_MAX,
        "n_sign_posn": CHAR_MAX,
        "decimal_point": ".",
        "thousands_sep": "",
        "grouping": [],
    }


def strcoll(a, b):
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument must be str")
    return (a > b) - (a < b)


def strxfrm(s):
    if not isinstance(s, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(s).__name__)
    return s


def getencoding():
    return "UTF-8"


def getpreferredencoding(do_setlocale=True):
    if getattr(getattr(sys, "flags", None), "utf8_mode", 0):
        return "utf-8"
    return "UTF-8"


def nl_langinfo(key):
    if key == CODESET:
        return "UTF-8" if _current[LC_CTYPE] != "C" else "ANSI_X3.4-1968"
    if key in (RADIXCHAR,):
        return "."
    if key in (THOUSEP,):
        return ""
    raise ValueError("unsupported langinfo constant")


CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537


# ---------------------------------------------------------------- names

locale_encoding_alias = {
    "437": "C", "c": "C", "en": "ISO8859-1", "jis": "JIS7", "jis7": "JIS7", "ajec": "eucJP",
    "koi8c": "KOI8-C", "microsoftcp1251": "CP1251", "microsoftcp1255": "CP1255",
    "microsoftcp1256": "CP1256", "88591": "ISO8859-1", "88592": "ISO8859-2",
    "88595": "ISO8859-5", "885915": "ISO8859-15", "ascii": "ISO8859-1",
    "latin_1": "ISO8859-1", "iso8859_1": "ISO8859-1", "iso8859_10": "ISO8859-10",
    "iso8859_11": "ISO8859-11", "iso8859_13": "ISO8859-13", "iso8859_14": "ISO8859-14",
    "iso8859_15": "ISO8859-15", "iso8859_16": "ISO8859-16", "iso8859_2": "ISO8859-2",
    "iso8859_3": "ISO8859-3", "iso8859_4": "ISO8859-4", "iso8859_5": "ISO8859-5",
    "iso8859_6": "ISO8859-6", "iso8859_7": "ISO8859-7", "iso8859_8": "ISO8859-8",
    "iso8859_9": "ISO8859-9", "iso2022_jp": "JIS7", "shift_jis": "SJIS", "tactis": "TACTIS",
    "euc_jp": "eucJP", "euc_kr": "eucKR", "utf_8": "UTF-8", "koi8_r": "KOI8-R",
    "koi8_t": "KOI8-T", "koi8_u": "KOI8-U", "kz1048": "RK1048", "cp1251": "CP1251",
    "cp1255": "CP1255", "cp1256": "CP1256",
}
for _k, _v in list(locale_encoding_alias.items()):
    if _k.startswith("iso8859_"):
        locale_encoding_alias[_k.replace("_", "")] = _v
del _k, _v

# A basic selection of CPython's locale_alias table (lower-case name -> normalized name).
locale_alias = {
    "c": "C", "posix": "C", "c.ascii": "C", "c.en": "C", "c.iso88591": "en_US.ISO8859-1",
    "c.utf8": "en_US.UTF-8", "en": "en_US.ISO8859-1", "en_us": "en_US.ISO8859-1",
    "en_gb": "en_GB.ISO8859-1", "en_au": "en_AU.ISO8859-1", "en_ca": "en_CA.ISO8859-1",
    "en_ie": "en_IE.ISO8859-1", "en_nz": "en_NZ.ISO8859-1", "en_in": "en_IN.ISO8859-1",
    "de": "de_DE.ISO8859-1", "de_de": "de_DE.ISO8859-1",
    "de_at": "de_AT.ISO8859-1", "de_ch": "de_CH.ISO8859-1", 
    "fr": "fr_FR.ISO8859-1", "fr_fr": "fr_FR.ISO8859-1", "fr_ca": "fr_CA.ISO8859-1",
    "fr_be": "fr_BE.ISO8859-1", "fr_ch": "fr_CH.ISO8859-1", 
    "es": "es_ES.ISO8859-1", "es_es": "es_ES.ISO8859-1", "es_mx": "es_MX.ISO8859-1",
    "it": "it_IT.ISO8859-1", "it_it": "it_IT.ISO8859-1", "nl": "nl_NL.ISO8859-1",
    "nl_nl": "nl_NL.ISO8859-1", "pt": "pt_PT.ISO8859-1", "pt_pt": "pt_PT.ISO8859-1",
    "pt_br": "pt_BR.ISO8859-1", "sv": "sv_SE.ISO8859-1", "sv_se": "sv_SE.ISO8859-1",
    "da": "da_DK.ISO8859-1", "da_dk": "da_DK.ISO8859-1", "fi": "fi_FI.ISO8859-15",
    "fi_fi": "fi_FI.ISO8859-15", "no": "no_NO.ISO8859-1", "no_no": "no_NO.ISO8859-1",
    "pl": "pl_PL.ISO8859-2", "pl_pl": "pl_PL.ISO8859-2", "cs": "cs_CZ.ISO8859-2",
    "cs_cz": "cs_CZ.ISO8859-2", "hu": "hu_HU.ISO8859-2", "hu_hu": "hu_HU.ISO8859-2",
    "ru": "ru_RU.UTF-8", "ru_ru": "ru_RU.UTF-8", "uk": "uk_UA.KOI8-U",
    "uk_ua": "uk_UA.KOI8-U", "el": "el_GR.ISO8859-7", "el_gr": "el_GR.ISO8859-7",
    "tr": "tr_TR.ISO8859-9", "tr_tr": "tr_TR.ISO8859-9", "ja": "ja_JP.eucJP",
    "ja_jp": "ja_JP.eucJP", "ko": "ko_KR.eucKR", "ko_kr": "ko_KR.eucKR",
    "zh_cn": "zh_CN.gb2312", "zh_tw": "zh_TW.big5", "sr_rs": "sr_RS.UTF-8", "he": "he_IL.ISO8859-8", "he_il": "he_IL.ISO8859-8",
    "ar": "ar_AA.ISO8859-6",
}


# A few codec aliases (normalized name -> codec name) used to canonicalize encodings.
_codec_aliases = {
    "utf8": "utf_8", "utf": "utf_8", "u8": "utf_8", "utf_8": "utf_8",
    "latin1": "latin_1", "latin": "latin_1", "l1": "latin_1", "iso_8859_1": "latin_1",
    "iso8859_1": "latin_1", "8859": "latin_1", "cp819": "latin_1",
    "iso_8859_2": "iso8859_2", "latin2": "iso8859_2", "l2": "iso8859_2",
    "iso_8859_5": "iso8859_5", "cyrillic": "iso8859_5", "iso_8859_7": "iso8859_7",
    "greek": "iso8859_7", "iso_8859_9": "iso8859_9", "latin5": "iso8859_9",
    "iso_8859_15": "iso8859_15", "latin9": "iso8859_15", "l9": "iso8859_15",
    "eucjp": "euc_jp", "ujis": "euc_jp", "u_jis": "euc_jp", "euckr": "euc_kr",
    "sjis": "shift_jis", "s_jis": "shift_jis", "koi8r": "koi8_r",
    "ascii": "ascii", "us_ascii": "ascii", "646": "ascii",
}


def _replace_encoding(code, encoding):
    # code with its encoding part replaced by the locale's spelling of encoding.
    codec = _normalize_name(encoding)
    codec = _codec_aliases.get(codec.lower(), codec)
    key = codec.lower()
    spelled = locale_encoding_alias.get(key)
    if spelled is None:
        spelled = locale_encoding_alias.get(key.replace("_", "").replace("-", ""), codec)
    return code.partition(".")[0] + "." + spelled


def _append_modifier(code, modifier):
    if modifier != "euro":
        return code + "@" + modifier
    # '@euro' is expressed through the encoding where one can carry the euro sign.
    dot, enc = code.partition(".")[1:]
    if not dot:
        return code + ".ISO8859-15"
    if enc in ("ISO8859-15", "UTF-8"):
        return code
    if enc == "ISO8859-1":
        return _replace_encoding(code, "ISO8859-15")
    return code + "@euro"


def normalize(localename):
    """localename in the lang_COUNTRY.ENCODING[@modifier] form setlocale() expects."""
    # Looked up in locale_alias from the most to the least specific key: with the
    # modifier and encoding, without the modifier, without the encoding, bare.
    lang_part, _, modifier = localename.lower().replace(":", ".").partition("@")
    lang, _, encoding = lang_part.partition(".")
    encoding = encoding.partition(".")[0]
    lang_enc = lang + "." + encoding.replace("-", "").replace("_", "") if encoding else lang
    at_mod = "@" + modifier if modifier else ""
    found = locale_alias.get(lang_enc + at_mod)
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            own = _modifier_of(found)
            if own is None:
                return _append_modifier(found, modifier)
            if own.lower() == modifier:
                return found
    if not encoding:
        return localename
    found = locale_alias.get(lang + at_mod)
    if found is not None:
        # The alias brings its own modifier (if any); the encoding asked for wins.
        base, sep, own = found.partition("@")
        return _replace_encoding(base, encoding) + sep + own
    if modifier:
        found = locale_alias.get(lang)
        if found is not None:
            own = _modifier_of(found)
            if own is None:
                return _append_modifier(_replace_encoding(found, encoding), modifier)
            if own.lower() == modifier:
                return _replace_encoding(found.partition("@")[0], encoding) + "@" + own
    return localename


def _modifier_of(code):
    # The part of a normalized name after '@', or None without one.
    base, sep, mod = code.partition("@")
    return mod if sep else None


def _parse_localename(localename):
    code = normalize(localename)
    base, sep, modifier = code.partition("@")
    if sep and modifier == "euro" and "." not in base:
        # A name like 'de_DE@euro' with no alias entry: the euro implies ISO 8859-15.
        return base, "iso-8859-15"
    if "." in base:
        lang, enc = base.split(".")[:2]
        return lang, enc
    special = {"C": (None, None), "UTF-8": (None, "UTF-8")}.get(base)
    if special is None:
        raise ValueError("unknown locale: %s" % localename)
    return special


def getlocale(category=LC_CTYPE):
    localename = setlocale(category)
    if category == LC_ALL and ";" in localename:
        raise TypeError("category LC_ALL is not supported")
    return _parse_localename(localename)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    import os
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                  DeprecationWarning, stacklevel=2)
    # The first variable set (and non-empty) wins; LANGUAGE may list several names.
    found = next((v for v in envvars if os.environ.get(v)), None)
    if found is None:
        return _parse_localename("C")
    value = os.environ[found]
    if found == "LANGUAGE":
        value = value.split(":")[0]
    return _parse_localename(value)


def resetlocale(category=LC_ALL):
    setlocale(category, "")


# ---------------------------------------------------------------- number formatting

def _check_format(percent):
    if not percent.startswith("%") or len(percent) < 2:
        raise ValueError("format() must be given exactly one %char format specifier, "
                         "%s not valid" % repr(percent))


def format_string(f, val, grouping=False, monetary=False):
    # In the C locale there is no grouping and the decimal point is '.', so the
    # formatted result is exactly what the % operator gives.
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    return format_string(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    conv = localeconv()
    digits = conv[international and "int_frac_digits" or "frac_digits"]
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    return "%.*f" % (digits, abs(val))


def str(val):
    return format_string("%.12g", val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
