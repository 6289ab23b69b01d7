//! Standard-library modules of one area: data-structure and functional modules (collections, itertools, functools, ...).
//!
//! The Rust modules of this area are declared here (with paths beside this file) so that the
//! area's files stay its own.

use super::MakeModule;

#[path = "itertools.rs"]
pub mod itertools;
#[path = "itertools_comb.rs"]
pub mod itertools_comb;
#[path = "itertools_group.rs"]
pub mod itertools_group;
#[path = "native_type.rs"]
pub mod native_type;
#[path = "operator.rs"]
pub mod operator;

/// Rust modules: (import name, constructor).
pub const NATIVE: &[(&str, MakeModule)] =
    &[("operator", operator::make), ("itertools", itertools::make)];

/// Python modules frozen from `runtime/lib`: (import name, source, is a package).
pub const FROZEN: &[(&str, &str, bool)] = &[];
