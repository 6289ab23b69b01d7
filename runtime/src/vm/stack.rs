//! The running frame's value stack, held in locals (registers) while its bytecode runs.
//!
//! `Frame::stack` is a `Vec`; pushing and popping through it loads and stores the
//! vector's length, pointer and capacity through the frame on every instruction. While
//! `execute` runs, the top of the stack lives in a `Sp` instead and the vector's length
//! is stale. The rule (see `execute` in eval.rs): the length is written back (`sync`)
//! before anything other than the interpreter's own macros reads the stack (a helper
//! given the frame, a return, a yield, an error) and read again (`load`) after a helper
//! that may have changed it.

use crate::object::value::Value;

/// Top of the running frame's value stack. Only the top is held: the compiler's
/// `max_stack` (checked by `compiler/stackdepth.rs`, which rejects any path with an
/// inconsistent or negative depth) is reserved when a frame is set up, so the
/// interpreter's pushes and pops need no bounds checks (as CPython trusts
/// `co_stacksize`); debug builds still check them against the vector.
pub struct Sp {
    pub top: *mut Option<Value>,
}

impl Sp {
    /// A cursor over `v` (its length is the current depth).
    #[inline(always)]
    pub fn load(v: &mut Vec<Option<Value>>) -> Sp {
        // SAFETY: `len` is within the allocation.
        unsafe {
            Sp {
                top: v.as_mut_ptr().add(v.len()),
            }
        }
    }

    /// Writes the depth back into `v` (which must be the vector this cursor came from).
    #[inline(always)]
    pub fn sync(&self, v: &mut Vec<Option<Value>>) {
        // SAFETY: slots `base..top` hold initialised values, all within capacity.
        unsafe { v.set_len(self.depth(v)) }
    }

    /// Number of values on the stack of `v` (the vector this cursor came from).
    #[inline(always)]
    pub fn depth(&self, v: &Vec<Option<Value>>) -> usize {
        // SAFETY: both pointers are into the same allocation, `top >= base`.
        unsafe { self.top.offset_from(v.as_ptr()) as usize }
    }

    /// Whether one more value fits in `v`'s allocation (for debug checks).
    #[inline(always)]
    pub fn has_room(&self, v: &Vec<Option<Value>>) -> bool {
        self.depth(v) < v.capacity()
    }
}
