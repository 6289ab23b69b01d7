//! Standard-library modules of one area: time, os, os.path, platform, json, random, sys-level and I/O
//! modules (fileinput, and concurrent.futures).
//!
//! The Rust modules of this area are declared here (with paths beside this file) so that the
//! area's files stay its own.

use super::MakeModule;

#[path = "errno_mod.rs"]
pub mod errno_mod;
#[path = "io_writebuf.rs"]
pub mod io_writebuf;
#[path = "json.rs"]
pub mod json;
#[path = "json_decode.rs"]
pub mod json_decode;
#[path = "json_encode.rs"]
pub mod json_encode;
#[path = "oserror.rs"]
pub mod oserror;
#[path = "posix.rs"]
pub mod posix;
#[path = "posix_args.rs"]
pub mod posix_args;
#[path = "random.rs"]
pub mod random;
#[path = "random_fast.rs"]
pub mod random_fast;
#[path = "sha512.rs"]
pub mod sha512;
#[path = "spawn.rs"]
pub mod spawn;
#[path = "sysutil.rs"]
pub mod sysutil;
#[path = "thread_native.rs"]
pub mod thread_native;
#[path = "time.rs"]
pub mod time;
#[path = "weakref_mod.rs"]
pub mod weakref_mod;

/// Rust modules: (import name, constructor).
pub const NATIVE: &[(&str, MakeModule)] = &[
    ("_time", time::make),
    ("errno", errno_mod::make),
    ("posix", posix::make),
    ("_json", json::make),
    ("_random", random::make),
    ("_ember_io", io_writebuf::make),
    ("_weakref", weakref_mod::make),
    ("_ember_spawn", spawn::make),
    ("_ember_thread", thread_native::make),
];

/// Python modules frozen from `runtime/lib`: (import name, source, is a package).
pub const FROZEN: &[(&str, &str, bool)] = &[
    ("_structseq", include_str!("../../lib/_structseq.py"), false),
    ("atexit", include_str!("../../lib/atexit.py"), false),
    ("weakref", include_str!("../../lib/weakref.py"), false),
    ("time", include_str!("../../lib/time.py"), false),
    ("os", include_str!("../../lib/os.py"), false),
    (
        "_os_environb",
        include_str!("../../lib/_os_environb.py"),
        false,
    ),
    ("platform", include_str!("../../lib/platform.py"), false),
    ("posixpath", include_str!("../../lib/posixpath.py"), false),
    ("stat", include_str!("../../lib/stat.py"), false),
    ("fnmatch", include_str!("../../lib/fnmatch.py"), false),
    ("glob", include_str!("../../lib/glob.py"), false),
    ("pkgutil", include_str!("../../lib/pkgutil.py"), false),
    ("runpy", include_str!("../../lib/runpy.py"), false),
    ("inspect", include_str!("../../lib/inspect.py"), false),
    ("random", include_str!("../../lib/random.py"), false),
    ("io", include_str!("../../lib/io.py"), false),
    ("json", include_str!("../../lib/json/__init__.py"), true),
    (
        "json.decoder",
        include_str!("../../lib/json/decoder.py"),
        false,
    ),
    (
        "json.encoder",
        include_str!("../../lib/json/encoder.py"),
        false,
    ),
    (
        "json.scanner",
        include_str!("../../lib/json/scanner.py"),
        false,
    ),
    ("secrets", include_str!("../../lib/secrets.py"), false),
    ("signal", include_str!("../../lib/signal.py"), false),
    ("_thread", include_str!("../../lib/_thread.py"), false),
    ("uuid", include_str!("../../lib/uuid.py"), false),
    ("shutil", include_str!("../../lib/shutil.py"), false),
    ("filecmp", include_str!("../../lib/filecmp.py"), false),
    ("getpass", include_str!("../../lib/getpass.py"), false),
    ("pwd", include_str!("../../lib/pwd.py"), false),
    ("grp", include_str!("../../lib/grp.py"), false),
    (
        "concurrent",
        include_str!("../../lib/concurrent/__init__.py"),
        true,
    ),
    (
        "concurrent.futures",
        include_str!("../../lib/concurrent/futures/__init__.py"),
        true,
    ),
    ("fileinput", include_str!("../../lib/fileinput.py"), false),
    ("subprocess", include_str!("../../lib/subprocess.py"), false),
];
