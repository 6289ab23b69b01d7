//! Standard-library modules of one area: data formats and numbers (decimal, pickle, hashlib, array, binascii).

use super::MakeModule;

/// Rust modules: (import name, constructor).
pub const NATIVE: &[(&str, MakeModule)] = &[];

/// Python modules frozen from `runtime/lib`: (import name, source, is a package).
pub const FROZEN: &[(&str, &str, bool)] = &[];
