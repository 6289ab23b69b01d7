//! Interpreter frames: fast locals, cells, the value stack and the instruction pointer.

use crate::object::function::CodeData;
use crate::object::value::Value;

pub struct Frame {
    pub code: Value,
    /// The function being run (None for module and class bodies and exec'd code).
    pub func: Option<Value>,
    pub globals: Value,
    pub builtins: Value,
    /// The locals mapping of module and class bodies (`LOAD_NAME`/`STORE_NAME`).
    pub locals_dict: Option<Value>,
    /// Fast locals (`varnames`), empty slots unbound.
    pub fast: Vec<Option<Value>>,
    /// Cell objects: `cellvars` then `freevars`.
    pub cells: Vec<Value>,
    pub stack: Vec<Option<Value>>,
    /// Next instruction to run.
    pub ip: usize,
    /// The instruction that raised (for tracebacks and `f_lineno`).
    pub lasti: usize,
    /// The handled exception saved by a suspended generator (`sys.exc_info()` inside it).
    pub saved_exc: Option<Value>,
    /// The error being propagated is a re-raise: add no traceback entry for it here.
    pub reraising: bool,
    /// `lasti` was set explicitly (by RERAISE with a saved index) for the error in flight.
    pub lasti_set: bool,
    /// Where this generator frame's yields go while native code drives it (`vm/drive.rs`).
    pub sink: super::drive::Sink,
}

impl Frame {
    #[inline(always)]
    pub fn code_data(&self) -> &CodeData {
        unsafe { self.code.payload::<CodeData>() }
    }

    /// The source line of the instruction at `lasti`.
    pub fn line(&self) -> u32 {
        let code = &self.code_data().code;
        code.locations
            .get(self.lasti)
            .map(|l| l.line)
            .unwrap_or(code.firstlineno)
    }

    /// Every value the frame holds (for the cycle collector).
    pub fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.code);
        if let Some(x) = &self.func {
            f(x);
        }
        f(&self.globals);
        f(&self.builtins);
        if let Some(x) = &self.locals_dict {
            f(x);
        }
        self.fast.iter().flatten().for_each(&mut *f);
        self.cells.iter().for_each(&mut *f);
        self.stack.iter().flatten().for_each(&mut *f);
        if let Some(x) = &self.saved_exc {
            f(x);
        }
    }
}

/// `v.push(x)` with the common case (room left) inlined into the caller and the growth
/// path out of line: the interpreter's value stack, the frame list and the frame pool
/// push on every instruction or call.
#[inline(always)]
pub fn push_inline<T>(v: &mut Vec<T>, x: T) {
    let len = v.len();
    if len < v.capacity() {
        // SAFETY: `len < capacity`, so slot `len` is allocated and unused.
        unsafe {
            v.as_mut_ptr().add(len).write(x);
            v.set_len(len + 1);
        }
    } else {
        push_grow(v, x)
    }
}

#[cold]
#[inline(never)]
fn push_grow<T>(v: &mut Vec<T>, x: T) {
    v.push(x)
}

/// `push_inline` of an element that `init` writes in place, field by field: a struct
/// built on the stack and moved in is copied 16 bytes at a time from the 8-byte stores
/// just made, a load the store buffer cannot forward (`vm/interp.md`).
///
/// # Safety
/// `init` initialises the whole element it is given.
#[inline(always)]
pub unsafe fn push_with<T>(v: &mut Vec<T>, init: impl FnOnce(*mut T)) {
    if v.len() == v.capacity() {
        grow_one(v);
    }
    let len = v.len();
    init(v.as_mut_ptr().add(len));
    v.set_len(len + 1);
}

#[cold]
#[inline(never)]
fn grow_one<T>(v: &mut Vec<T>) {
    v.reserve(1)
}

/// Fills a frame's empty fast locals with `nlocals` slots: the first `nargs` moved from
/// `args`, the rest empty (`Option<Value>` is a nullable word: all-zero is `None`).
///
/// # Safety
/// `fast` is empty; `args` points at `nargs <= nlocals` initialised slots that the caller
/// has already forgotten (they are moved, not cloned).
#[inline(always)]
pub unsafe fn fill_fast<T>(
    fast: &mut Vec<Option<T>>,
    args: *const Option<T>,
    nargs: usize,
    nlocals: usize,
) {
    debug_assert!(fast.is_empty() && nargs <= nlocals);
    fast.reserve(nlocals);
    let dst = fast.as_mut_ptr();
    move_slots(args, dst, nargs);
    clear_slots(dst.add(nargs), nlocals - nargs);
    fast.set_len(nlocals);
}

/// Moves `n` slots from `src` to `dst` (not overlapping). A call's arguments are a few
/// words: straight-line moves for up to four, as a call of libc's `memcpy` (which LLVM
/// makes of any copy loop) costs more than the copy.
///
/// # Safety
/// As `std::ptr::copy_nonoverlapping(src, dst, n)`.
#[inline(always)]
pub unsafe fn move_slots<T>(src: *const T, dst: *mut T, n: usize) {
    match n {
        0 => {}
        1 => dst.write(src.read()),
        2 => {
            dst.write(src.read());
            dst.add(1).write(src.add(1).read());
        }
        3 => {
            dst.write(src.read());
            dst.add(1).write(src.add(1).read());
            dst.add(2).write(src.add(2).read());
        }
        4 => {
            dst.write(src.read());
            dst.add(1).write(src.add(1).read());
            dst.add(2).write(src.add(2).read());
            dst.add(3).write(src.add(3).read());
        }
        _ => std::ptr::copy_nonoverlapping(src, dst, n),
    }
}

/// Writes `n` empty slots (`None`, all-zero words) from `dst`: a frame's locals past its
/// arguments. Straight-line stores for up to four, as in `move_slots`.
///
/// # Safety
/// `dst..dst + n` is allocated and holds nothing that needs dropping.
#[inline(always)]
pub unsafe fn clear_slots<T>(dst: *mut Option<T>, n: usize) {
    match n {
        0 => {}
        1 => dst.write(None),
        2 => {
            dst.write(None);
            dst.add(1).write(None);
        }
        3 => {
            dst.write(None);
            dst.add(1).write(None);
            dst.add(2).write(None);
        }
        4 => {
            dst.write(None);
            dst.add(1).write(None);
            dst.add(2).write(None);
            dst.add(3).write(None);
        }
        _ => std::ptr::write_bytes(dst, 0, n),
    }
}

/// `v.clear()` for a frame's slots, with one test per slot for a word that holds a
/// heap object (`None` is 0 and small ints are odd: the word is even and not zero, so
/// rotated right by one it is positive) where `Vec::clear` spent five instructions.
/// The length is 0 before any value drops, as with `clear`: a finaliser sees no slots.
#[inline(always)]
pub fn clear_values(v: &mut Vec<Option<Value>>) {
    let n = v.len();
    // SAFETY: the first `n` slots are initialised; the vector forgets them before each
    // is read out and dropped once.
    unsafe {
        v.set_len(0);
        let p = v.as_ptr();
        for i in 0..n {
            let w = *(p.add(i) as *const usize);
            if (w.rotate_right(1) as isize) > 0 {
                drop(p.add(i).read());
            }
        }
    }
}
