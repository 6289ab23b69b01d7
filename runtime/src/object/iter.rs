//! Iterator payloads for builtin sequences and the iteration builtins.

use super::value::{PyCell, Value};
use std::cell::Cell;

/// Iterator over a list, tuple or str by index (also the `__getitem__` protocol).
pub struct SeqIterData {
    pub seq: PyCell<Option<Value>>,
    pub index: Cell<usize>,
}

pub struct RangeIterData {
    pub next: Cell<i64>,
    pub step: i64,
    pub remaining: Cell<i64>,
    /// The first value, for `__reduce__` and `__setstate__` (never read by `next`).
    pub start: i64,
}

/// Which part of a dict entry a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

pub struct DictIterData {
    pub dict: Value,
    pub pos: Cell<usize>,
    /// Size at creation: a change raises RuntimeError.
    pub size: usize,
    pub kind: DictIterKind,
    pub done: Cell<bool>,
    /// Items left to produce (from `size`): a dict item found past them means keys were
    /// deleted and added while the size stayed, which raises RuntimeError, as CPython.
    pub left: Cell<usize>,
}

/// `iter(callable, sentinel)`.
pub struct CallIterData {
    pub func: PyCell<Option<Value>>,
    pub sentinel: Value,
}

pub struct EnumerateData {
    pub it: Value,
    pub count: PyCell<Value>,
}

pub struct ZipData {
    pub its: Vec<Value>,
    pub strict: bool,
}

pub struct MapData {
    pub func: Value,
    pub its: Vec<Value>,
}

pub struct FilterData {
    pub func: Value,
    pub it: Value,
}

pub struct ReversedData {
    pub seq: PyCell<Option<Value>>,
    pub index: Cell<isize>,
}

/// dict_keys / dict_values / dict_items views.
pub struct DictViewData {
    pub dict: Value,
    pub kind: DictIterKind,
}
