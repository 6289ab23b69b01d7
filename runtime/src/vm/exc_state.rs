//! The handled-exception state behind `sys.exc_info()`, bare `raise` and `__context__`:
//! one entry per running generator or coroutine above the thread's own, as CPython's
//! chain of `exc_info` records.

use super::Vm;
use crate::object::value::Value;

impl Vm {
    /// The exception currently being handled (`sys.exc_info()[1]`): the innermost entry
    /// that holds one, so a generator that handles nothing sees what its resumer handles.
    pub fn current_exc(&self) -> Option<Value> {
        unsafe { self.handled.get().iter().rev().find_map(|e| e.clone()) }
    }

    /// The innermost entry itself (what `PUSH_EXC_INFO` saves and `POP_EXCEPT` restores:
    /// a generator's handler must not restore its resumer's exception as its own).
    pub fn own_exc(&self) -> Option<Value> {
        unsafe { self.handled.get().last().cloned().flatten() }
    }

    /// Sets the innermost entry.
    pub fn set_current_exc(&self, v: Option<Value>) {
        let h = unsafe { self.handled.get_mut() };
        let old = match h.last_mut() {
            Some(slot) => std::mem::replace(slot, v),
            None => {
                h.push(v);
                None
            }
        };
        drop(old);
    }

    /// Enters a generator or coroutine body with its own handled exception.
    pub fn push_exc_state(&self, own: Option<Value>) {
        let h = unsafe { self.handled.get_mut() };
        if h.is_empty() {
            // The thread's own entry, below every generator's.
            h.push(None);
        }
        super::frame::push_inline(h, own);
    }

    /// Leaves a generator or coroutine body: its handled exception, to keep while suspended.
    pub fn pop_exc_state(&self) -> Option<Value> {
        let h = unsafe { self.handled.get_mut() };
        if h.len() > 1 {
            h.pop().flatten()
        } else {
            None
        }
    }
}
