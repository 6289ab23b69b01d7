//! Standard-library modules of one area: program tooling (pprint, logging, argparse, pathlib, tempfile, traceback, typing, datetime, queue, graphlib, reprlib, keyword).

use super::MakeModule;

/// Rust modules: (import name, constructor).
pub const NATIVE: &[(&str, MakeModule)] = &[];

/// Python modules frozen from `runtime/lib`: (import name, source, is a package).
pub const FROZEN: &[(&str, &str, bool)] = &[
    ("pprint", include_str!("../../lib/pprint.py"), false),
    (
        "logging",
        include_str!("../../lib/logging/__init__.py"),
        true,
    ),
    (
        "logging.handlers",
        include_str!("../../lib/logging/handlers.py"),
        false,
    ),
    (
        "logging.config",
        include_str!("../../lib/logging/config.py"),
        false,
    ),
    ("traceback", include_str!("../../lib/traceback.py"), false),
    ("threading", include_str!("../../lib/threading.py"), false),
    ("pathlib", include_str!("../../lib/pathlib.py"), false),
    ("tempfile", include_str!("../../lib/tempfile.py"), false),
    ("queue", include_str!("../../lib/queue.py"), false),
    ("graphlib", include_str!("../../lib/graphlib.py"), false),
    ("reprlib", include_str!("../../lib/reprlib.py"), false),
    ("keyword", include_str!("../../lib/keyword.py"), false),
];
