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
