//! Standard-library modules of one area: data-structure and functional modules (collections, itertools, functools, ...).
//!
//! The Rust modules of this area are declared here (with paths beside this file) so that the
//! area's files stay its own.

use super::MakeModule;

#[path = "bisect.rs"]
pub mod bisect;
#[path = "collections_deque.rs"]
pub mod collections_deque;
#[path = "functools_native.rs"]
pub mod functools_native;
#[path = "heapq.rs"]
pub mod heapq;
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
pub const NATIVE: &[(&str, MakeModule)] = &[
    ("operator", operator::make),
    ("itertools", itertools::make),
    ("_collections", collections_deque::make),
    ("_heapq", heapq::make),
    ("bisect", bisect::make),
    ("_functools", functools_native::make),
];

/// Python modules frozen from `runtime/lib`: (import name, source, is a package).
pub const FROZEN: &[(&str, &str, bool)] = &[
    ("functools", include_str!("../../lib/functools.py"), false),
    ("abc", include_str!("../../lib/abc.py"), false),
    ("copy", include_str!("../../lib/copy.py"), false),
    ("heapq", include_str!("../../lib/heapq.py"), false),
    ("string", include_str!("../../lib/string.py"), false),
    ("types", include_str!("../../lib/types.py"), false),
    (
        "_collections_abc",
        include_str!("../../lib/_collections_abc.py"),
        false,
    ),
    (
        "collections",
        include_str!("../../lib/collections/__init__.py"),
        true,
    ),
    (
        "collections.abc",
        include_str!("../../lib/collections/abc.py"),
        false,
    ),
];
