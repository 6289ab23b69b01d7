//! Standard-library modules of one area: text and number modules (fractions, pprint, textwrap, struct, base64,
//! csv, shlex, difflib, calendar, html, urllib.parse, http, email.utils, configparser, gettext,
//! unicodedata).

use super::MakeModule;

#[path = "struct_mod.rs"]
pub mod struct_mod;
#[path = "unicodedata.rs"]
pub mod unicodedata;
#[path = "unicodedata_tables.rs"]
pub mod unicodedata_tables;

/// Rust modules: (import name, constructor).
pub const NATIVE: &[(&str, MakeModule)] = &[
    ("_struct", struct_mod::make),
    ("unicodedata", unicodedata::make),
];

/// Python modules frozen from `runtime/lib`: (import name, source, is a package).
pub const FROZEN: &[(&str, &str, bool)] = &[
    ("fractions", include_str!("../../lib/fractions.py"), false),
    ("codecs", include_str!("../../lib/codecs.py"), false),
    ("locale", include_str!("../../lib/locale.py"), false),
    ("textwrap", include_str!("../../lib/textwrap.py"), false),
    ("struct", include_str!("../../lib/struct.py"), false),
    ("base64", include_str!("../../lib/base64.py"), false),
    ("csv", include_str!("../../lib/csv.py"), false),
    ("mimetypes", include_str!("../../lib/mimetypes.py"), false),
    ("tomllib", include_str!("../../lib/tomllib.py"), false),
    ("shlex", include_str!("../../lib/shlex.py"), false),
    ("difflib", include_str!("../../lib/difflib.py"), false),
    ("calendar", include_str!("../../lib/calendar.py"), false),
    ("html", include_str!("../../lib/html/__init__.py"), true),
    (
        "html.entities",
        include_str!("../../lib/html/entities.py"),
        false,
    ),
    (
        "html.parser",
        include_str!("../../lib/html/parser.py"),
        false,
    ),
    ("urllib", include_str!("../../lib/urllib/__init__.py"), true),
    ("http", include_str!("../../lib/http/__init__.py"), true),
    (
        "http.cookies",
        include_str!("../../lib/http/cookies.py"),
        false,
    ),
    ("email", include_str!("../../lib/email/__init__.py"), true),
    (
        "email.utils",
        include_str!("../../lib/email/utils.py"),
        false,
    ),
    (
        "urllib.parse",
        include_str!("../../lib/urllib/parse.py"),
        false,
    ),
    (
        "configparser",
        include_str!("../../lib/configparser.py"),
        false,
    ),
    ("gettext", include_str!("../../lib/gettext.py"), false),
    ("xml", include_str!("../../lib/xml/__init__.py"), true),
    (
        "xml.etree",
        include_str!("../../lib/xml/etree/__init__.py"),
        true,
    ),
    (
        "xml.etree.ElementTree",
        include_str!("../../lib/xml/etree/ElementTree.py"),
        false,
    ),
    (
        "xml.sax",
        include_str!("../../lib/xml/sax/__init__.py"),
        true,
    ),
    (
        "xml.sax.saxutils",
        include_str!("../../lib/xml/sax/saxutils.py"),
        false,
    ),
];
