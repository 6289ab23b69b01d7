//! Standard-library modules of one area: data formats and numbers (decimal, pickle, hashlib, array, binascii, numbers, statistics, cmath, ipaddress).

use super::MakeModule;

#[path = "binascii.rs"]
pub mod binascii;
#[path = "hashlib.rs"]
pub mod hashlib;

/// Rust modules: (import name, constructor).
pub const NATIVE: &[(&str, MakeModule)] =
    &[("hashlib", hashlib::make), ("binascii", binascii::make)];

/// Python modules frozen from `runtime/lib`: (import name, source, is a package).
pub const FROZEN: &[(&str, &str, bool)] = &[
    ("hmac", include_str!("../../lib/hmac.py"), false),
    ("decimal", include_str!("../../lib/decimal.py"), false),
    ("copyreg", include_str!("../../lib/copyreg.py"), false),
    ("pickle", include_str!("../../lib/pickle.py"), false),
    ("array", include_str!("../../lib/array.py"), false),
    ("numbers", include_str!("../../lib/numbers.py"), false),
    ("statistics", include_str!("../../lib/statistics.py"), false),
    ("cmath", include_str!("../../lib/cmath.py"), false),
    ("colorsys", include_str!("../../lib/colorsys.py"), false),
    ("ipaddress", include_str!("../../lib/ipaddress.py"), false),
];
