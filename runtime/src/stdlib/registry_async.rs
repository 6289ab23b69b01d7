//! Standard-library modules of one area: asynchronous I/O (asyncio and what it needs).

use super::MakeModule;

/// Rust modules: (import name, constructor).
pub const NATIVE: &[(&str, MakeModule)] = &[];

/// Python modules frozen from `runtime/lib`: (import name, source, is a package).
pub const FROZEN: &[(&str, &str, bool)] = &[];
