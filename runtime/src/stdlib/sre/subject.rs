//! The string being matched: a str (ASCII text is matched in place, other text as code
//! points decoded once) or a bytes-like object.

use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Strs at least this long (in code points) keep their decoded form for the next match.
const WIDE_CACHE_MIN: usize = 512;

/// The code points of `s` (the str `v`), from the one-entry cache when `v` was the last
/// long str matched (strs are immutable, and the cache holds `v`, so its identity stands).
fn wide_cached(vm: &Vm, v: &Value, s: &str) -> Rc<[u32]> {
    if let Some((last, w)) = &*vm.sre_wide.borrow() {
        if last.is(v) {
            return w.clone();
        }
    }
    let w: Rc<[u32]> = s.chars().map(|c| c as u32).collect();
    // (The old entry is dropped after the borrow ends: dropping a str runs no code.)
    let old = vm.sre_wide.replace(Some((v.clone(), w.clone())));
    drop(old);
    w
}

pub enum Buf {
    /// An ASCII str: its UTF-8 bytes are its code points.
    Ascii,
    Wide(Rc<[u32]>),
    /// bytes: read in place.
    Bytes,
    /// bytearray (or other buffer): a copy, so the matcher sees a stable snapshot.
    Copy(Rc<[u8]>),
}

pub struct Subject {
    pub val: Value,
    pub buf: Buf,
    pub len: usize,
    pub is_str: bool,
}

/// A borrowed view of the subject's code units.
pub enum Input<'a> {
    B(&'a [u8]),
    W(&'a [u32]),
}

impl Subject {
    pub fn new(vm: &Vm, v: &Value) -> PyResult<Subject> {
        if let Some(d) = vm.as_str_data(v) {
            let buf = if d.is_ascii() {
                Buf::Ascii
            } else if d.char_len < WIDE_CACHE_MIN {
                Buf::Wide(d.s.chars().map(|c| c as u32).collect())
            } else {
                Buf::Wide(wide_cached(vm, v, &d.s))
            };
            return Ok(Subject {
                val: v.clone(),
                buf,
                len: d.char_len,
                is_str: true,
            });
        }
        if let Some(b) = vm.as_bytes(v) {
            return Ok(Subject {
                val: v.clone(),
                buf: Buf::Bytes,
                len: b.len(),
                is_str: false,
            });
        }
        if let Some(ba) = vm.as_bytearray(v) {
            let b: Rc<[u8]> = unsafe { ba.b.get() }.clone().into();
            return Ok(Subject {
                val: v.clone(),
                len: b.len(),
                buf: Buf::Copy(b),
                is_str: false,
            });
        }
        Err(vm.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(v)
        )))
    }

    pub fn share(&self) -> Subject {
        Subject {
            val: self.val.clone(),
            buf: match &self.buf {
                Buf::Ascii => Buf::Ascii,
                Buf::Wide(w) => Buf::Wide(w.clone()),
                Buf::Bytes => Buf::Bytes,
                Buf::Copy(c) => Buf::Copy(c.clone()),
            },
            len: self.len,
            is_str: self.is_str,
        }
    }

    pub fn input<'a>(&'a self, vm: &Vm) -> Input<'a> {
        match &self.buf {
            Buf::Ascii => Input::B(
                vm.as_str_data(&self.val)
                    .map(|d| d.s.as_bytes())
                    .unwrap_or(&[]),
            ),
            Buf::Wide(w) => Input::W(w),
            Buf::Bytes => Input::B(vm.as_bytes(&self.val).unwrap_or(&[])),
            Buf::Copy(c) => Input::B(c),
        }
    }

    /// The text `a..b` as a new str or bytes.
    pub fn slice(&self, vm: &Vm, a: usize, b: usize) -> Value {
        let b = b.min(self.len);
        let a = a.min(b);
        match self.input(vm) {
            Input::B(s) => {
                if self.is_str {
                    // ASCII bytes are valid UTF-8.
                    vm.new_str(std::str::from_utf8(&s[a..b]).unwrap_or(""))
                } else {
                    vm.new_bytes(s[a..b].to_vec())
                }
            }
            Input::W(w) => {
                let t: String = w[a..b]
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                    .collect();
                vm.new_str(t)
            }
        }
    }

    /// Appends the text `a..b` to a str or bytes being built.
    pub fn push_slice(&self, vm: &Vm, out: &mut Out, a: usize, b: usize) {
        let b = b.min(self.len);
        let a = a.min(b);
        match (self.input(vm), out) {
            (Input::B(s), Out::S(o)) => o.push_str(std::str::from_utf8(&s[a..b]).unwrap_or("")),
            (Input::B(s), Out::B(o)) => o.extend_from_slice(&s[a..b]),
            (Input::W(w), Out::S(o)) => o.extend(
                w[a..b]
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')),
            ),
            (Input::W(_), Out::B(_)) => {}
        }
    }

    pub fn empty(&self, vm: &Vm) -> Value {
        if self.is_str {
            vm.new_str("")
        } else {
            vm.new_bytes(Vec::new())
        }
    }
}

/// Text being built by `sub`.
pub enum Out {
    S(String),
    B(Vec<u8>),
}

impl Out {
    pub fn for_subject(s: &Subject) -> Out {
        if s.is_str {
            Out::S(String::new())
        } else {
            Out::B(Vec::new())
        }
    }

    /// Appends a str or bytes-like value (a replacement).
    pub fn push_value(&mut self, vm: &Vm, v: &Value) {
        match self {
            Out::S(o) => {
                if let Some(d) = vm.as_str_data(v) {
                    o.push_str(&d.s)
                }
            }
            Out::B(o) => {
                if let Some(b) = crate::builtins::bytes::bytes_view(vm, v) {
                    o.extend_from_slice(&b)
                }
            }
        }
    }

    pub fn finish(self, vm: &Vm) -> Value {
        match self {
            Out::S(s) => vm.new_str(s),
            Out::B(b) => vm.new_bytes(b),
        }
    }
}
