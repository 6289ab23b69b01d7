//! Standard-library modules of one area: asynchronous I/O (asyncio and what it needs).

use super::MakeModule;

/// Rust modules: (import name, constructor).
pub const NATIVE: &[(&str, MakeModule)] = &[("_ember_async", super::ember_async::make)];

/// Python modules frozen from `runtime/lib`: (import name, source, is a package).
/// asyncio is a package; each submodule is listed under its dotted name.
pub const FROZEN: &[(&str, &str, bool)] = &[
    (
        "asyncio",
        include_str!("../../lib/asyncio/__init__.py"),
        true,
    ),
    (
        "asyncio.exceptions",
        include_str!("../../lib/asyncio/exceptions.py"),
        false,
    ),
    (
        "asyncio.coroutines",
        include_str!("../../lib/asyncio/coroutines.py"),
        false,
    ),
    (
        "asyncio.format_helpers",
        include_str!("../../lib/asyncio/format_helpers.py"),
        false,
    ),
    (
        "asyncio.events",
        include_str!("../../lib/asyncio/events.py"),
        false,
    ),
    (
        "asyncio.futures",
        include_str!("../../lib/asyncio/futures.py"),
        false,
    ),
    (
        "asyncio.tasks",
        include_str!("../../lib/asyncio/tasks.py"),
        false,
    ),
    (
        "asyncio.base_events",
        include_str!("../../lib/asyncio/base_events.py"),
        false,
    ),
    (
        "asyncio.mixins",
        include_str!("../../lib/asyncio/mixins.py"),
        false,
    ),
    (
        "asyncio.locks",
        include_str!("../../lib/asyncio/locks.py"),
        false,
    ),
    (
        "asyncio.queues",
        include_str!("../../lib/asyncio/queues.py"),
        false,
    ),
    (
        "asyncio.taskgroups",
        include_str!("../../lib/asyncio/taskgroups.py"),
        false,
    ),
    (
        "asyncio.timeouts",
        include_str!("../../lib/asyncio/timeouts.py"),
        false,
    ),
    (
        "asyncio.runners",
        include_str!("../../lib/asyncio/runners.py"),
        false,
    ),
    (
        "asyncio.log",
        include_str!("../../lib/asyncio/log.py"),
        false,
    ),
    (
        "asyncio.threads",
        include_str!("../../lib/asyncio/threads.py"),
        false,
    ),
    (
        "contextvars",
        include_str!("../../lib/contextvars.py"),
        false,
    ),
];
