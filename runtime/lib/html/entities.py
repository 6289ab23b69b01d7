"""HTML character entity tables: name2codepoint, codepoint2name, entitydefs and html5 (a practical subset)."""

# Latin-1 block U+00A0..U+00FF, in code point order (HTML 4 names).
_LATIN1 = (
    "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr "
    "deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest "
    "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml "
    "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig "
    "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml "
    "eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml"
).split()

_GREEK_UPPER = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho".split()
_GREEK_UPPER2 = "Sigma Tau Upsilon Phi Chi Psi Omega".split()

# The remaining HTML 4 entities, as name -> code point.
_OTHER = dict(
    quot=34, amp=38, lt=60, gt=62, OElig=338, oelig=339, Scaron=352, scaron=353, Yuml=376,
    fnof=402, circ=710, tilde=732, thetasym=977, upsih=978, piv=982,
    ensp=8194, emsp=8195, thinsp=8201, zwnj=8204, zwj=8205, lrm=8206, rlm=8207,
    ndash=8211, mdash=8212, lsquo=8216, rsquo=8217, sbquo=8218, ldquo=8220, rdquo=8221,
    bdquo=8222, dagger=8224, Dagger=8225, bull=8226, hellip=8230, permil=8240, prime=8242,
    Prime=8243, lsaquo=8249, rsaquo=8250, oline=8254, frasl=8260, euro=8364, image=8465,
    weierp=8472, real=8476, trade=8482, alefsym=8501, larr=8592, uarr=8593, rarr=8594,
    darr=8595, harr=8596, crarr=8629, lArr=8656, uArr=8657, rArr=8658, dArr=8659, hArr=8660,
    forall=8704, part=8706, exist=8707, empty=8709, nabla=8711, isin=8712, notin=8713,
    ni=8715, prod=8719, sum=8721, minus=8722, lowast=8727, radic=8730, prop=8733,
    infin=8734, ang=8736, cap=8745, cup=8746, int=8747, there4=8756, sim=8764,
    cong=8773, asymp=8776, ne=8800, equiv=8801, le=8804, ge=8805, sub=8834, sup=8835,
    nsub=8836, sube=8838, supe=8839, oplus=8853, otimes=8855, perp=8869, sdot=8901,
    lceil=8968, rceil=8969, lfloor=8970, rfloor=8971, lang=9001, rang=9002, loz=9674,
    spades=9824, clubs=9827, hearts=9829, diams=9830,
)
# 'and' / 'or' are keywords, so they cannot be keyword arguments above.
_OTHER["and"] = 8743
_OTHER["or"] = 8744

name2codepoint = {}
for _i, _n in enumerate(_LATIN1):
    name2codepoint[_n] = 160 + _i
for _i, _n in enumerate(_GREEK_UPPER):
    name2codepoint[_n] = 913 + _i
for _i, _n in enumerate(_GREEK_UPPER2):
    name2codepoint[_n] = 931 + _i
for _i, _n in enumerate(_GREEK_UPPER):
    name2codepoint[_n.lower()] = 945 + _i
name2codepoint["sigmaf"] = 962
for _i, _n in enumerate(_GREEK_UPPER2):
    name2codepoint[_n.lower()] = 963 + _i
name2codepoint.update(_OTHER)

codepoint2name = {}
entitydefs = {}
for _n, _c in name2codepoint.items():
    codepoint2name[_c] = _n
    entitydefs[_n] = chr(_c)

# HTML5 named references: every HTML 4 name with ';', the legacy names that HTML5 also
# accepts without ';', and the extra HTML5 names commonly met in real documents.
html5 = {}
for _n, _c in name2codepoint.items():
    html5[_n + ";"] = chr(_c)
# HTML5 changed these two to the mathematical angle brackets.
html5["lang;"] = "\u27e8"
html5["rang;"] = "\u27e9"
for _n in _LATIN1 + ["amp", "lt", "gt", "quot"]:
    html5[_n] = chr(name2codepoint[_n])
for _n, _v in (("AMP", "&"), ("LT", "<"), ("GT", ">"), ("QUOT", '"'), ("COPY", "\xa9"), ("REG", "\xae")):
    html5[_n] = _v
    html5[_n + ";"] = _v
_EXTRA = {
    "apos": "'", "Tab": "\t", "NewLine": "\n", "excl": "!", "num": "#", "dollar": "$",
    "percnt": "%", "lpar": "(", "rpar": ")", "ast": "*", "midast": "*", "plus": "+",
    "comma": ",", "period": ".", "sol": "/", "colon": ":", "semi": ";", "equals": "=",
    "quest": "?", "commat": "@", "lsqb": "[", "lbrack": "[", "bsol": "\\", "rsqb": "]",
    "rbrack": "]", "Hat": "^", "lowbar": "_", "UnderBar": "_", "grave": "`", "DiacriticalGrave": "`",
    "lcub": "{", "lbrace": "{", "verbar": "|", "vert": "|", "VerticalLine": "|", "rcub": "}",
    "rbrace": "}", "NonBreakingSpace": "\xa0", "centerdot": "\xb7", "CenterDot": "\xb7",
    "half": "\xbd", "div": "\xf7", "check": "\u2713", "checkmark": "\u2713", "cross": "\u2717",
    "star": "\u2606", "starf": "\u2605", "bigstar": "\u2605", "hyphen": "\u2010", "dash": "\u2010",
    "horbar": "\u2015", "Vert": "\u2016", "nldr": "\u2025", "mldr": "\u2026", "bullet": "\u2022",
    "rightarrow": "\u2192", "RightArrow": "\u2192", "leftarrow": "\u2190", "LeftArrow": "\u2190",
    "uparrow": "\u2191", "downarrow": "\u2193", "leftrightarrow": "\u2194", "Rightarrow": "\u21d2",
    "Leftarrow": "\u21d0", "Implies": "\u21d2", "iff": "\u21d4", "pm": "\xb1",
    "PlusMinus": "\xb1", "times;": "\xd7", "leq": "\u2264", "geq": "\u2265",
    "infin": "\u221e", "approx": "\u2248", "setminus": "\u2216", "emptyset": "\u2205", "in": "\u2208", "notin": "\u2209",
    "subset": "\u2282", "supset": "\u2283", "cup": "\u222a", "cap": "\u2229", "phiv": "\u03d5",
    "epsi": "\u03b5", "ohm": "\u03a9", "angst": "\xc5", "hbar": "\u210f", "planck": "\u210f",
    "copysr": "\u2117", "trade": "\u2122", "TRADE": "\u2122", "deg": "\xb0", "micro": "\xb5",
    "laquo": "\xab", "raquo": "\xbb", "lsquor": "\u201a", "ldquor": "\u201e", "rsquor": "\u2019",
    "rdquor": "\u201d", "OpenCurlyQuote": "\u2018", "CloseCurlyQuote": "\u2019",
    "OpenCurlyDoubleQuote": "\u201c", "CloseCurlyDoubleQuote": "\u201d", "ZeroWidthSpace": "\u200b",
    "nbsp": "\xa0", "emsp13": "\u2004", "emsp14": "\u2005", "numsp": "\u2007", "puncsp": "\u2008",
    "hairsp": "\u200a", "ThinSpace": "\u2009", "caret": "\u2041", "incare": "\u2105",
    "frac13": "\u2153", "frac23": "\u2154", "frac15": "\u2155", "frac18": "\u215b",
    "sung": "\u266a", "flat": "\u266d", "natural": "\u266e", "sharp": "\u266f",
    "female": "\u2640", "male": "\u2642", "phone": "\u260e", "spadesuit": "\u2660",
    "clubsuit": "\u2663", "heartsuit": "\u2665", "diamondsuit": "\u2666", "square": "\u25a1",
    "squ": "\u25a1", "squf": "\u25aa", "blacksquare": "\u25aa", "cir": "\u25cb", "loz": "\u25ca",
    "lozenge": "\u25ca", "dagger": "\u2020", "ddagger": "\u2021", "permil": "\u2030",
    "pertenk": "\u2031", "euro": "\u20ac",
}
for _n, _v in _EXTRA.items():
    html5[_n if _n.endswith(";") else _n + ";"] = _v
del _i, _n, _c, _v, _EXTRA

__all__ = ["html5", "name2codepoint", "codepoint2name", "entitydefs"]
