//! Standard-library modules of one area: language-support modules (dataclasses, enum, contextlib, typing, warnings, importlib).

use super::MakeModule;

#[path = "ast_conv.rs"]
pub mod ast_conv;

/// Rust modules: (import name, constructor).
pub const NATIVE: &[(&str, MakeModule)] = &[("_ast_parse", ast_conv::make)];

/// Python modules frozen from `runtime/lib`: (import name, source, is a package).
pub const FROZEN: &[(&str, &str, bool)] = &[
    ("contextlib", include_str!("../../lib/contextlib.py"), false),
    (
        "dataclasses",
        include_str!("../../lib/dataclasses.py"),
        false,
    ),
    ("enum", include_str!("../../lib/enum.py"), false),
    ("warnings", include_str!("../../lib/warnings.py"), false),
    ("typing", include_str!("../../lib/typing.py"), false),
    ("datetime", include_str!("../../lib/datetime.py"), false),
    ("argparse", include_str!("../../lib/argparse.py"), false),
    ("__future__", include_str!("../../lib/__future__.py"), false),
    ("ast", include_str!("../../lib/ast.py"), false),
    (
        "importlib",
        include_str!("../../lib/importlib/__init__.py"),
        true,
    ),
    (
        "importlib.util",
        include_str!("../../lib/importlib/util.py"),
        false,
    ),
];
