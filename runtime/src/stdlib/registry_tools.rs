//! Standard-library modules of one area: program tooling (pprint, logging, argparse, optparse, pathlib, tempfile, traceback, linecache, typing, datetime, queue, graphlib, reprlib, keyword, unittest, doctest, sched).

use super::MakeModule;

/// Rust modules: (import name, constructor).
pub const NATIVE: &[(&str, MakeModule)] = &[];

/// Python modules frozen from `runtime/lib`: (import name, source, is a package).
pub const FROZEN: &[(&str, &str, bool)] = &[
    ("pprint", include_str!("../../lib/pprint.py"), false),
    ("atexit", include_str!("../../lib/atexit.py"), false),
    ("getopt", include_str!("../../lib/getopt.py"), false),
    ("optparse", include_str!("../../lib/optparse.py"), false),
    ("timeit", include_str!("../../lib/timeit.py"), false),
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
    ("linecache", include_str!("../../lib/linecache.py"), false),
    ("threading", include_str!("../../lib/threading.py"), false),
    ("pathlib", include_str!("../../lib/pathlib.py"), false),
    ("tempfile", include_str!("../../lib/tempfile.py"), false),
    ("queue", include_str!("../../lib/queue.py"), false),
    ("graphlib", include_str!("../../lib/graphlib.py"), false),
    ("reprlib", include_str!("../../lib/reprlib.py"), false),
    ("keyword", include_str!("../../lib/keyword.py"), false),
    ("token", include_str!("../../lib/token.py"), false),
    ("tokenize", include_str!("../../lib/tokenize.py"), false),
    ("codeop", include_str!("../../lib/codeop.py"), false),
    ("code", include_str!("../../lib/code.py"), false),
    ("cmd", include_str!("../../lib/cmd.py"), false),
    ("zoneinfo", include_str!("../../lib/zoneinfo.py"), false),
    (
        "unittest",
        include_str!("../../lib/unittest/__init__.py"),
        true,
    ),
    (
        "unittest.util",
        include_str!("../../lib/unittest/util.py"),
        false,
    ),
    (
        "unittest.case",
        include_str!("../../lib/unittest/case.py"),
        false,
    ),
    (
        "unittest.result",
        include_str!("../../lib/unittest/result.py"),
        false,
    ),
    (
        "unittest.suite",
        include_str!("../../lib/unittest/suite.py"),
        false,
    ),
    (
        "unittest.loader",
        include_str!("../../lib/unittest/loader.py"),
        false,
    ),
    (
        "unittest.signals",
        include_str!("../../lib/unittest/signals.py"),
        false,
    ),
    (
        "unittest.runner",
        include_str!("../../lib/unittest/runner.py"),
        false,
    ),
    (
        "unittest.main",
        include_str!("../../lib/unittest/main.py"),
        false,
    ),
    (
        "unittest.async_case",
        include_str!("../../lib/unittest/async_case.py"),
        false,
    ),
    (
        "unittest.__main__",
        include_str!("../../lib/unittest/__main__.py"),
        false,
    ),
    (
        "unittest.mock",
        include_str!("../../lib/unittest/mock.py"),
        false,
    ),
    ("doctest", include_str!("../../lib/doctest.py"), false),
    ("sched", include_str!("../../lib/sched.py"), false),
];
