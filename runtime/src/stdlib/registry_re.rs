//! Standard-library modules of one area: regular expressions (re, _ember_sre).

use super::MakeModule;

/// Rust modules: (import name, constructor).
pub const NATIVE: &[(&str, MakeModule)] = &[];

/// Python modules frozen from `runtime/lib`: (import name, source, is a package).
pub const FROZEN: &[(&str, &str, bool)] = &[];
