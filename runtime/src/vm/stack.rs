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

/// Top, bottom and end of the allocation of the running frame's value stack.
pub struct Sp {
    pub top: *mut Option<Value>,
    pub base: *mut Option<Value>,
    pub end: *mut Option<Value>,
}

impl Sp {
    /// A cursor over `v` (its length is the current depth).
    #[inline(always)]
    pub fn load(v: &mut Vec<Option<Value>>) -> Sp {
        let base = v.as_mut_ptr();
        // SAFETY: `len` and `capacity` are within the allocation.
        unsafe {
            Sp {
                top: base.add(v.len()),
                base,
                end: base.add(v.capacity()),
            }
        }
    }

    /// Writes the depth back into `v` (which must be the vector this cursor came from).
    #[inline(always)]
    pub fn sync(&self, v: &mut Vec<Option<Value>>) {
        // SAFETY: slots `base..top` hold initialised values, all within capacity.
        unsafe { v.set_len(self.depth()) }
    }

    /// Number of values on the stack.
    #[inline(always)]
    pub fn depth(&self) -> usize {
        // SAFETY: both pointers are into the same allocation, `top >= base`.
        unsafe { self.top.offset_from(self.base) as usize }
    }

    /// Makes room for one more value: `max_stack` was reserved at frame set-up, so this
    /// only runs if the compiler's depth were wrong; it keeps that a slow path, not a bug.
    /// By value, so that the cursor's address never escapes and it can live in registers.
    #[cold]
    #[inline(never)]
    pub fn grown(
        top: *mut Option<Value>,
        base: *mut Option<Value>,
        v: &mut Vec<Option<Value>>,
    ) -> Sp {
        // SAFETY: `base..top` are the initialised slots of `v`'s allocation.
        unsafe { v.set_len(top.offset_from(base) as usize) };
        v.reserve(8);
        Sp::load(v)
    }
}
