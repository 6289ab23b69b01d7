//! Standard-library modules of one area: regular expressions (re, _ember_sre).

use super::MakeModule;

#[path = "sre/mod.rs"]
pub mod sre;

/// Rust modules: (import name, constructor).
pub const NATIVE: &[(&str, MakeModule)] = &[("_ember_sre", sre::module::make)];

/// Python modules frozen from `runtime/lib`: (import name, source, is a package).
pub const FROZEN: &[(&str, &str, bool)] = &[("re", include_str!("../../lib/re.py"), false)];
