//! The compiler's output: code objects, their constants, line table and exception table.
//!
//! A `CodeObject` is plain data (no runtime values), so the compiler needs
//! nothing from the object model; the runtime turns `consts` into objects
//! when it loads the code.

use num_bigint::BigInt;
use std::rc::Rc;

/// Flags of a code object (bit values follow CPython's `co_flags`).
pub mod flags {
    /// Uses fast locals (every function; not module or class bodies).
    pub const OPTIMIZED: u32 = 0x1;
    /// Gets a fresh locals namespace.
    pub const NEWLOCALS: u32 = 0x2;
    /// Has a `*args` parameter (stored after the named parameters).
    pub const VARARGS: u32 = 0x4;
    /// Has a `**kwargs` parameter (stored after `*args`, if any).
    pub const VARKEYWORDS: u32 = 0x8;
    /// A nested function.
    pub const NESTED: u32 = 0x10;
    /// Calling it makes a generator.
    pub const GENERATOR: u32 = 0x20;
    /// Calling it makes a coroutine (`async def`).
    pub const COROUTINE: u32 = 0x80;
    /// A generator function made awaitable by `types.coroutine`.
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    /// Calling it makes an async generator.
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    FrozenSet(Vec<Const>),
    Code(Rc<CodeObject>),
}

/// Source position of one instruction (1-based lines, 0-based UTF-8 columns as CPython).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One row of the exception table: an exception raised by an instruction in
/// `start..end` cuts the stack to `depth`, pushes the raising instruction's
/// index if `lasti`, pushes the exception and jumps to `handler`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// What the compiler was asked to compile (the `mode` of `compile()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec` source: returns None.
    Exec,
    /// One expression (`eval`): returns its value.
    Eval,
    /// One interactive statement: expression statements print their value.
    Single,
}

/// A compiled function, class body, module or comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Instruction words (see `opcode.rs`).
    pub instructions: Vec<u32>,
    /// One location per instruction.
    pub locations: Vec<Location>,
    pub consts: Vec<Const>,
    /// Names used by global, attribute, name and import instructions.
    pub names: Vec<String>,
    /// Fast locals: parameters first (positional, keyword-only, `*args`, `**kwargs`), then other locals.
    pub varnames: Vec<String>,
    /// Locals captured by inner scopes.
    pub cellvars: Vec<String>,
    /// Variables captured from outer scopes.
    pub freevars: Vec<String>,
    /// For each cell variable that is also a parameter, the parameter's index:
    /// the frame copies the argument into the cell at entry.
    pub cell2arg: Vec<Option<u32>>,
    pub exception_table: Vec<ExceptionEntry>,
    pub max_stack: u32,
}

impl CodeObject {
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// The exception-table entry covering instruction `ip`, innermost first.
    pub fn handler_for(&self, ip: u32) -> Option<&ExceptionEntry> {
        // The compiler emits entries sorted by start and non-overlapping.
        self.exception_table
            .iter()
            .find(|e| e.start <= ip && ip < e.end)
    }

    /// Number of parameters including `*args` and `**kwargs`.
    pub fn total_args(&self) -> u32 {
        self.argcount
            + self.kwonlyargcount
            + u32::from(self.has_flag(flags::VARARGS))
            + u32::from(self.has_flag(flags::VARKEYWORDS))
    }
}
