//! Standard-library modules of one area: data formats and numbers (decimal, pickle, hashlib, array, binascii, zlib, gzip, numbers, statistics, cmath, ipaddress).

use super::MakeModule;

#[path = "binascii.rs"]
pub mod binascii;
#[path = "hashlib.rs"]
pub mod hashlib;
#[path = "zlib_mod.rs"]
pub mod zlib_mod;
#[path = "zlib_objects.rs"]
pub mod zlib_objects;
#[path = "zlib_stream.rs"]
pub mod zlib_stream;

/// Rust modules: (import name, constructor).
pub const NATIVE: &[(&str, MakeModule)] = &[
    ("hashlib", hashlib::make),
    ("binascii", binascii::make),
    ("zlib", zlib_mod::make),
];

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
    ("gzip", include_str!("../../lib/gzip.py"), false),
    ("zipfile", include_str!("../../lib/zipfile.py"), false),
    ("tarfile", include_str!("../../lib/tarfile.py"), false),
];
