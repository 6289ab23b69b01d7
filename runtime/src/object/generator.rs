//! Generators, coroutines and async generators: a suspended frame.

use super::value::{PyCell, Value};
use crate::vm::frame::Frame;
use std::cell::Cell;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct GenData {
    /// The frame; None once finished.
    pub frame: PyCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    /// Has been resumed at least once (a fresh one accepts only `send(None)`).
    pub started: Cell<bool>,
    pub kind: GenKind,
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    pub code: Value,
    /// For async generators: an `aclose`/`athrow` is in progress.
    pub closing: Cell<bool>,
    /// For async generators: the `sys.set_asyncgen_hooks` hooks were applied (its first
    /// iteration called `firstiter` and took the finalizer).
    pub hooks_inited: Cell<bool>,
}

/// An awaitable step of an async generator (`__anext__`, `asend`, `athrow`, `aclose`).
pub struct AsyncGenOpData {
    pub gen: Value,
    /// Value to send first, or an exception to throw first.
    pub send: PyCell<Option<Value>>,
    pub throw: PyCell<Option<Value>>,
    pub state: Cell<u8>,
    pub is_close: bool,
}
