//! The opcode table: the single source of truth for Ember's bytecode.
//!
//! An instruction is one `u32` word: the opcode in the low 8 bits and the
//! argument in the high 24 bits (`EXTENDED_ARG` supplies higher bits). Jump
//! arguments are absolute instruction indices, so rewriting one instruction
//! for another (shadow bytecode) never moves a target.
//!
//! Each opcode's doc comment gives its stack effect as `before => after`, top
//! of stack rightmost; `NULL` is the null marker pushed by `PUSH_NULL` /
//! `LOAD_METHOD`. `stack_effect` below must agree with the comments; the
//! compiler uses it to compute `max_stack`.
//!
//! Exception handling uses a 3.11-style exception table (see `code.rs`): no
//! setup/pop-block opcodes run on the happy path. When an instruction inside
//! a table range raises, the stack is cut to the entry's depth, the raising
//! instruction's index is pushed if the entry has `lasti`, then the exception,
//! and execution continues at the handler.

/// What an opcode's argument means (for the disassembler and validation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The argument is ignored (always 0).
    None,
    /// A count or a small flag set.
    Num,
    /// Index into `CodeObject::consts`.
    Const,
    /// Index into `CodeObject::names`.
    Name,
    /// Index into `CodeObject::varnames` (fast locals).
    Local,
    /// Index into cell-and-free variables (`cellvars ++ freevars`).
    Deref,
    /// Absolute instruction index.
    Jump,
    /// A `BinOp` number.
    BinOp,
    /// A `CmpOp` number.
    CmpOp,
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident = $num:literal, $kind:ident; )*) => {
        /// Every opcode of Ember's bytecode.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(non_camel_case_types)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name = $num, )*
        }

        /// A pattern matching every opcode. As the last arm of a `match` whose other arms
        /// take some opcodes, it stands for the rest by name rather than by `_`, so the
        /// match is exhaustive over the enum and its jump table needs no range check
        /// (`vm/hot.rs`'s dispatch).
        macro_rules! any_opcode {
            () => { $( Opcode::$name )|* };
        }
        pub(crate) use any_opcode;

        impl Opcode {
            /// All opcodes in numeric order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// The opcode's name as the disassembler prints it.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            /// Decodes a byte known to be an opcode (code objects are checked when loaded).
            ///
            /// # Safety
            /// `b` is the number of an opcode.
            #[inline(always)]
            pub unsafe fn from_u8_unchecked(b: u8) -> Opcode {
                std::mem::transmute::<u8, Opcode>(b)
            }

            /// What the argument means.
            pub fn arg_kind(self) -> ArgKind {
                match self { $(Opcode::$name => ArgKind::$kind,)* }
            }

            /// Decodes a byte; `None` for a byte that is no opcode.
            #[inline(always)]
            pub fn from_u8(b: u8) -> Option<Opcode> {
                const TABLE: [Option<Opcode>; 256] = {
                    let mut t: [Option<Opcode>; 256] = [None; 256];
                    $( t[$num] = Some(Opcode::$name); )*
                    t
                };
                TABLE[b as usize]
            }
        }
    };
}

opcodes! {
    /// Does nothing. Stack: =>
    NOP = 0, None;
    /// Stack: a =>
    POP_TOP = 1, None;
    /// Pushes the null marker (the `self_or_null` slot of a plain call). Stack: => NULL
    PUSH_NULL = 2, None;
    /// Pushes a copy of the n-th item (1 = top). Stack: a_n, ..., a_1 => a_n, ..., a_1, a_n
    COPY = 3, Num;
    /// Swaps the top with the n-th item (n >= 2). Stack: a_n, ..., a_1 => a_1, ..., a_n
    SWAP = 4, Num;
    /// Prefix: the next instruction's argument is `(this << 24) | its own`. Stack: =>
    EXTENDED_ARG = 5, Num;

    /// Stack: => consts[i]
    LOAD_CONST = 10, Const;
    /// Raises UnboundLocalError when the slot is empty. Stack: => locals[i]
    LOAD_FAST = 11, Local;
    /// Stack: v => (locals[i] = v)
    STORE_FAST = 12, Local;
    /// Raises UnboundLocalError when the slot is empty. Stack: =>
    DELETE_FAST = 13, Local;
    /// Loads the content of cell i (`cellvars ++ freevars`). Stack: => cell[i].value
    LOAD_DEREF = 14, Deref;
    /// Stack: v => (cell[i].value = v)
    STORE_DEREF = 15, Deref;
    /// Stack: =>
    DELETE_DEREF = 16, Deref;
    /// Pushes the cell object itself (to build a closure). Stack: => cell[i]
    LOAD_CLOSURE = 17, Deref;
    /// In a class body: looks the free variable's name up in the class namespace first,
    /// then the cell. Stack: => value
    LOAD_CLASSDEREF = 18, Deref;
    /// Locals mapping, then globals, then builtins. Stack: => value
    LOAD_NAME = 19, Name;
    /// Stack: v => (locals[names[i]] = v)
    STORE_NAME = 20, Name;
    /// Stack: =>
    DELETE_NAME = 21, Name;
    /// Globals, then builtins (does not push NULL). Stack: => value
    LOAD_GLOBAL = 22, Name;
    /// Stack: v =>
    STORE_GLOBAL = 23, Name;
    /// Stack: =>
    DELETE_GLOBAL = 24, Name;

    /// Stack: obj => obj.name
    LOAD_ATTR = 30, Name;
    /// Loads a method without binding it when possible.
    /// Stack: obj => func, obj (unbound method found) | obj => attr, NULL
    LOAD_METHOD = 31, Name;
    /// Stack: v, obj => (obj.name = v)
    STORE_ATTR = 32, Name;
    /// Stack: obj =>
    DELETE_ATTR = 33, Name;
    /// Stack: container, key => container[key]
    BINARY_SUBSCR = 34, None;
    /// Stack: v, container, key => (container[key] = v)
    STORE_SUBSCR = 35, None;
    /// Stack: container, key =>
    DELETE_SUBSCR = 36, None;
    /// Argument 2 or 3. Stack: start, stop => slice | start, stop, step => slice
    BUILD_SLICE = 37, Num;

    /// Stack: a => -a
    UNARY_NEGATIVE = 40, None;
    /// Stack: a => +a
    UNARY_POSITIVE = 41, None;
    /// Stack: a => ~a
    UNARY_INVERT = 42, None;
    /// Stack: a => not a
    UNARY_NOT = 43, None;
    /// Binary or in-place operator (`BinOp` number). Stack: a, b => a op b
    BINARY_OP = 44, BinOp;
    /// Rich comparison (`CmpOp` number). Stack: a, b => a op b
    COMPARE_OP = 45, CmpOp;
    /// Argument 1 inverts (`is not`). Stack: a, b => a is b
    IS_OP = 46, Num;
    /// Argument 1 inverts (`not in`). Stack: a, b => a in b
    CONTAINS_OP = 47, Num;

    /// Stack: a_1, ..., a_n => (a_1, ..., a_n)
    BUILD_TUPLE = 50, Num;
    /// Stack: a_1, ..., a_n => [a_1, ..., a_n]
    BUILD_LIST = 51, Num;
    /// Stack: a_1, ..., a_n => {a_1, ..., a_n}
    BUILD_SET = 52, Num;
    /// Stack: k_1, v_1, ..., k_n, v_n => {k_1: v_1, ...}
    BUILD_MAP = 53, Num;
    /// Stack: v_1, ..., v_n, keys_tuple => {keys[0]: v_1, ...}
    BUILD_CONST_KEY_MAP = 54, Num;
    /// Concatenates n strs. Stack: s_1, ..., s_n => s
    BUILD_STRING = 55, Num;
    /// Appends to the list found i items below the popped value (1 = directly below).
    /// Stack: list, x_(i-1)..x_1, v => list, x_(i-1)..x_1
    LIST_APPEND = 56, Num;
    /// As LIST_APPEND, for a set. Stack: set, ..., v => set, ...
    SET_ADD = 57, Num;
    /// As LIST_APPEND, for a dict; the value is on top. Stack: dict, ..., k, v => dict, ...
    MAP_ADD = 58, Num;
    /// Extends the list i items below with an iterable. Stack: list, ..., it => list, ...
    LIST_EXTEND = 59, Num;
    /// Stack: set, ..., it => set, ...
    SET_UPDATE = 60, Num;
    /// `dict.update`. Stack: dict, ..., m => dict, ...
    DICT_UPDATE = 61, Num;
    /// Like DICT_UPDATE but a repeated key raises TypeError (`f(**a, **b)`); the
    /// callable (for the message) is at stack position i + 2. Stack: dict, ..., m => dict, ...
    DICT_MERGE = 62, Num;
    /// Stack: list => tuple(list)
    LIST_TO_TUPLE = 63, None;
    /// f-string field. Argument bits 0-1: conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`);
    /// bit 2: a format spec is on the stack. Stack: v => str | v, spec => str
    FORMAT_VALUE = 64, Num;
    /// Stack: seq => item_n, ..., item_1 (item_1 on top)
    UNPACK_SEQUENCE = 65, Num;
    /// Star unpacking: argument = before | (after << 8).
    /// Stack: seq => after_m..after_1, rest_list, before_n..before_1 (before_1 on top)
    UNPACK_EX = 66, Num;

    /// Unconditional forward jump. Stack: =>
    JUMP = 70, Jump;
    /// Unconditional backward jump (a loop back-edge: counts for tier-up). Stack: =>
    JUMP_BACKWARD = 71, Jump;
    /// Stack: cond =>
    POP_JUMP_IF_FALSE = 72, Jump;
    /// Stack: cond =>
    POP_JUMP_IF_TRUE = 73, Jump;
    /// Stack: v =>
    POP_JUMP_IF_NONE = 74, Jump;
    /// Stack: v =>
    POP_JUMP_IF_NOT_NONE = 75, Jump;
    /// Jumps keeping v when falsy, else pops it. Stack: v => v (jump) | v => (fall through)
    JUMP_IF_FALSE_OR_POP = 76, Jump;
    /// Jumps keeping v when truthy, else pops it. Stack: v => v (jump) | v => (fall through)
    JUMP_IF_TRUE_OR_POP = 77, Jump;
    /// Stack: iterable => iter(iterable)
    GET_ITER = 78, None;
    /// Stack: it => it, next(it) | it => (exhausted: pops it and jumps)
    FOR_ITER = 79, Jump;
    /// Returns from the frame. Stack: v => (returned)
    RETURN_VALUE = 80, None;

    /// Suspends the generator frame, yielding v; resumes with the sent value.
    /// Argument 1 marks the yield of a `yield from`/`await` loop (SEND precedes it);
    /// 0 is a plain `yield`. Stack: v => sent
    YIELD_VALUE = 81, Num;
    /// Stack: iterable => iter (a generator or coroutine passes unchanged)
    GET_YIELD_FROM_ITER = 82, None;
    /// Sends v into receiver (`next` when v is None and receiver is no generator).
    /// Stack: receiver, v => receiver, yielded (go on to YIELD_VALUE 1) | receiver, v => result (returned: jump)
    SEND = 83, Jump;
    /// Argument: 0 plain await, 1 after `__aenter__`, 2 after `__aexit__` (error messages).
    /// Stack: obj => awaitable
    GET_AWAITABLE = 84, Num;
    /// Stack: obj => obj.__aiter__()
    GET_AITER = 85, None;
    /// Stack: aiter => aiter, awaitable_of(aiter.__anext__())
    GET_ANEXT = 86, None;
    /// Handler of `async for`: ends the loop on StopAsyncIteration, else re-raises.
    /// Stack: aiter, exc =>
    END_ASYNC_FOR = 87, None;

    /// Argument 0: re-raise the exception being handled; 1: raise exc; 2: raise exc from cause.
    /// Stack: => | exc => | exc, cause =>
    RAISE_VARARGS = 90, Num;
    /// Re-raises exc; with argument 1 the saved instruction index below it is popped
    /// too and becomes the frame's last instruction. Stack: exc => | lasti, exc =>
    RERAISE = 91, Num;
    /// Enters an except block: saves the exception being handled and makes exc current.
    /// Stack: exc => prev_exc, exc
    PUSH_EXC_INFO = 92, None;
    /// Leaves an except block, restoring the handled exception. Stack: prev_exc =>
    POP_EXCEPT = 93, None;
    /// `except T:` test. Stack: exc, type => exc, matches
    CHECK_EXC_MATCH = 94, None;
    /// `except* T:` split. Stack: exc, type => rest_or_None, match_or_None
    CHECK_EG_MATCH = 95, None;
    /// Combines what the `except*` clauses raised with what was left unhandled.
    /// Stack: orig, raised_list => exc_to_reraise_or_None
    PREP_RERAISE_STAR = 96, None;
    /// Stack: => AssertionError
    LOAD_ASSERTION_ERROR = 97, None;
    /// Stack: mgr => bound_exit, mgr.__enter__()
    BEFORE_WITH = 98, None;
    /// Stack: mgr => bound_aexit, mgr.__aenter__()
    BEFORE_ASYNC_WITH = 99, None;
    /// Calls exit(type(exc), exc, exc.__traceback__) inside an exception handler.
    /// Stack: exit, lasti, prev_exc, exc => exit, lasti, prev_exc, exc, result
    WITH_EXCEPT_START = 100, None;

    /// A CALL whose result is awaited at once: `await f(...)`, so GET_AWAITABLE 0,
    /// LOAD_CONST None and SEND follow. It is CALL unless `eager-coro` is built in and on;
    /// then an `async def` callee runs at once in the caller: its return value is pushed
    /// and execution jumps to SEND's target (stack: ... => result), or, if it suspends, the
    /// coroutine made for its frame and the value it yielded are pushed and execution goes
    /// on at the YIELD_VALUE after SEND (stack: ... => coroutine, yielded), as after a SEND.
    /// Stack: callable, self_or_null, a_1, ..., a_n => result
    CALL_AWAITED = 109, Num;
    /// Calls with positional arguments.
    /// Stack: callable, self_or_null, a_1, ..., a_n => result
    CALL = 110, Num;
    /// Calls with keywords: the last len(kwnames) arguments are keyword arguments.
    /// Stack: callable, self_or_null, a_1, ..., a_n, kwnames => result
    CALL_KW = 111, Num;
    /// `f(*args, **kwargs)`; argument bit 0: a kwargs dict is present; bit 1: the result
    /// is awaited at once (`await f(*args)`, as CALL_AWAITED; only asyncio.gather's eager
    /// path reads it).
    /// Stack: callable, self_or_null, args_tuple => result | callable, self_or_null, args_tuple, kwargs => result
    CALL_FUNCTION_EX = 112, Num;
    /// Flags: 1 defaults tuple, 2 kw-defaults dict, 4 annotations tuple (name, value, ...),
    /// 8 closure tuple. Stack: [defaults], [kwdefaults], [annotations], [closure], code => function
    MAKE_FUNCTION = 113, Num;
    /// Stack: => builtins.__build_class__
    LOAD_BUILD_CLASS = 114, None;
    /// Creates `__annotations__` in the locals mapping if absent. Stack: =>
    SETUP_ANNOTATIONS = 115, None;
    /// Stack: level, fromlist => module
    IMPORT_NAME = 116, Name;
    /// Stack: module => module, module.name
    IMPORT_FROM = 117, Name;
    /// `from m import *` into the locals mapping. Stack: module =>
    IMPORT_STAR = 118, None;

    /// Class pattern with `count` positional sub-patterns.
    /// Stack: subject, cls, kw_names_tuple => attrs_tuple_or_None
    MATCH_CLASS = 120, Num;
    /// Stack: subject => subject, is_mapping
    MATCH_MAPPING = 121, None;
    /// Stack: subject => subject, is_sequence
    MATCH_SEQUENCE = 122, None;
    /// Stack: subject, keys_tuple => subject, keys_tuple, values_tuple_or_None
    MATCH_KEYS = 123, None;
    /// Stack: obj => obj, len(obj)
    GET_LEN = 124, None;

    // Quickened forms: written only into shadow bytecode (`runtime/src/vm/shadow.rs`),
    // one for one in place of the generic opcode, never emitted by the compiler. Each
    // keeps the generic form's argument; its inline cache is found by instruction index.

    /// `LOAD_GLOBAL` that specialises itself on its first run. Stack: => value
    LOAD_GLOBAL_ADAPTIVE = 200, Name;
    /// `LOAD_GLOBAL` from its cache while the globals (and builtins) dict versions
    /// match. Stack: => value
    LOAD_GLOBAL_CACHED = 201, Name;
    /// `LOAD_ATTR` that specialises itself on what it sees. Stack: obj => obj.name
    LOAD_ATTR_ADAPTIVE = 202, Name;
    /// Instance attribute by shape: (type, version tag, shape) => slot. Stack: obj => obj.name
    LOAD_ATTR_SLOT = 203, Name;
    /// Module attribute while the module dict's version matches. Stack: module => module.name
    LOAD_ATTR_MODULE = 204, Name;
    /// `LOAD_METHOD` that specialises itself. Stack: obj => method, obj | attr, NULL
    LOAD_METHOD_ADAPTIVE = 205, Name;
    /// Method found on the type while (type, version tag, shape) match.
    /// Stack: obj => method, obj
    LOAD_METHOD_CACHED = 206, Name;
    /// `STORE_ATTR` that specialises itself. Stack: v, obj =>
    STORE_ATTR_ADAPTIVE = 207, Name;
    /// Store to an existing slot, or add one along a cached shape transition.
    /// Stack: v, obj =>
    STORE_ATTR_SLOT = 208, Name;
    /// `__slots__` member read while (type, version tag) match. Stack: obj => obj.name
    LOAD_ATTR_MEMBER = 209, Name;
    /// `__slots__` member write while (type, version tag) match. Stack: v, obj =>
    STORE_ATTR_MEMBER = 210, Name;
    /// `BINARY_OP` that specialises itself on its operands. Stack: a, b => a op b
    BINARY_OP_ADAPTIVE = 220, BinOp;
    /// `BINARY_OP` on two small ints, inline. Stack: a, b => a op b
    BINARY_OP_INT = 221, BinOp;
    /// `BINARY_OP` (`+ - * /`) on floats (or a float and a small int), inline, reusing
    /// an operand's box when nothing else holds it. Stack: a, b => a op b
    BINARY_OP_FLOAT = 222, BinOp;
    /// `COMPARE_OP` that specialises itself on its operands. Stack: a, b => a op b
    COMPARE_OP_ADAPTIVE = 223, CmpOp;
    /// `COMPARE_OP` on two small ints. Stack: a, b => bool
    COMPARE_OP_INT = 224, CmpOp;
    /// `COMPARE_OP` on floats (or a float and a small int). Stack: a, b => bool
    COMPARE_OP_FLOAT = 225, CmpOp;
    /// `BINARY_SUBSCR` that specialises itself on its operands. Stack: c, k => c[k]
    BINARY_SUBSCR_ADAPTIVE = 226, None;
    /// `list[small int]`. Stack: c, k => c[k]
    BINARY_SUBSCR_LIST_INT = 227, None;
    /// `tuple[small int]` (constant indices included). Stack: c, k => c[k]
    BINARY_SUBSCR_TUPLE_INT = 228, None;
    /// `dict[key]` on an exact dict. Stack: c, k => c[k]
    BINARY_SUBSCR_DICT = 229, None;
    /// `dict[str]` on an exact dict with an exact str key (cached hash). Stack: c, k => c[k]
    BINARY_SUBSCR_DICT_STR = 230, None;
    /// `STORE_SUBSCR` that specialises itself. Stack: v, c, k =>
    STORE_SUBSCR_ADAPTIVE = 231, None;
    /// `list[small int] = v`. Stack: v, c, k =>
    STORE_SUBSCR_LIST_INT = 232, None;
    /// `dict[key] = v` on an exact dict. Stack: v, c, k =>
    STORE_SUBSCR_DICT = 233, None;
    /// `CALL` that specialises itself on the callable. Stack: f, NULL|self, args... => result
    CALL_ADAPTIVE = 234, Num;
    /// Call of a Python function whose parameters the positional arguments fill (with
    /// defaults, and `*args`/an empty `**kwargs` taking the rest); arguments move into
    /// the new frame.
    /// Stack: f, NULL|self, args... => result
    CALL_PY_EXACT = 235, Num;
    /// Call of a builtin function, straight to its Rust entry point.
    /// Stack: f, NULL|self, args... => result
    CALL_BUILTIN = 236, Num;
    /// Call of the cached plain class (object `__new__`, cached Python `__init__`, type
    /// version unchanged): the instance takes the NULL slot and `__init__` runs on the
    /// moved arguments. Stack: cls, NULL, args... => instance
    CALL_TYPE = 237, Num;
    /// `FOR_ITER` that specialises itself on the iterator. Stack: it => it, next | (jump)
    FOR_ITER_ADAPTIVE = 238, Jump;
    /// `FOR_ITER` over a list iterator, inline. Stack: it => it, next | (jump)
    FOR_ITER_LIST = 239, Jump;
    /// `FOR_ITER` over a range iterator, inline. Stack: it => it, next | (jump)
    FOR_ITER_RANGE = 240, Jump;
    /// Call of a builtin method descriptor (`list.append`, `str.join`...) on a receiver
    /// of its class, straight to its Rust entry point.
    /// Stack: descr, NULL|self, args... => result
    CALL_METHOD_DESCR = 241, Num;
    /// `obj.name` that finds a plain class attribute (no `__get__`): cached by the
    /// instance's type, type version and shape (which proves the instance lacks `name`).
    /// Stack: obj => value
    LOAD_ATTR_CLASS = 242, Name;
    /// `cls.name` on a class whose metaclass is `type`, finding a plain class attribute
    /// (no `__get__`) or a function on its MRO: cached by the class and its version tag.
    /// Stack: cls => value
    LOAD_ATTR_TYPE = 211, Name;
    /// `module.name(...)`'s method load: the module dict's value, cached by the dict and
    /// its version. Stack: module => value, NULL
    LOAD_METHOD_MODULE = 243, Name;
    /// Call of the cached builtin type whose instances need no `__init__` (range, int,
    /// str, tuple, enumerate, zip...): the type takes the NULL slot and its native
    /// `__new__` reads the arguments in place. Stack: cls, NULL, args... => instance
    CALL_BUILTIN_TYPE = 244, Num;
    /// `FOR_ITER` over a generator: the hot loop resumes its frame inline (no native
    /// recursion). Stack: it => it, next | (jump)
    FOR_ITER_GEN = 245, Jump;
    /// `SEND` in shadow code: a generator or coroutine receiver is resumed inline by the
    /// hot loop (no native recursion); any other receiver takes `SEND`'s path.
    /// Stack: receiver, v => receiver, yielded | receiver, v => result (returned: jump)
    SEND_GEN = 246, Jump;
    /// Call of a generator (or coroutine, or async generator) function with its
    /// positional arguments (trailing defaults allowed): the arguments move into the new
    /// frame and the generator is made at once. Stack: f, NULL|self, args... => generator
    CALL_PY_GEN = 247, Num;
    /// Shadow code's pair `LOAD_FAST a; LOAD_FAST b` (the second word is kept, so a jump
    /// to it still runs it alone; anywhere but the hot loop this runs as `LOAD_FAST a`).
    /// Stack: => a, b
    LOAD_FAST__LOAD_FAST = 248, Local;
    /// Shadow code's pair `STORE_FAST a; LOAD_FAST b` (as `LOAD_FAST__LOAD_FAST`).
    /// Stack: v => b
    STORE_FAST__LOAD_FAST = 249, Local;
    /// Shadow code's pair `LOAD_FAST a; LOAD_CONST c` (as `LOAD_FAST__LOAD_FAST`).
    /// Stack: => a, c
    LOAD_FAST__LOAD_CONST = 250, Local;
    /// Shadow code's pair `STORE_FAST a; STORE_FAST b` (as `LOAD_FAST__LOAD_FAST`).
    /// Stack: v1, v2 =>
    STORE_FAST__STORE_FAST = 251, Local;
}

/// Binary operators, in the order of the `BINARY_OP` argument. The in-place
/// forms are `INPLACE_OFFSET` above their plain forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    Sub = 1,
    Mul = 2,
    MatMul = 3,
    TrueDiv = 4,
    FloorDiv = 5,
    Mod = 6,
    Pow = 7,
    LShift = 8,
    RShift = 9,
    And = 10,
    Or = 11,
    Xor = 12,
}

/// Added to a `BinOp` number for its in-place form (`+=`).
pub const INPLACE_OFFSET: u32 = 16;

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];

    /// Decodes a `BINARY_OP` argument into (operator, in-place?).
    pub fn decode(arg: u32) -> Option<(BinOp, bool)> {
        let inplace = arg >= INPLACE_OFFSET;
        let base = if inplace { arg - INPLACE_OFFSET } else { arg };
        BinOp::ALL.get(base as usize).map(|op| (*op, inplace))
    }

    /// The `BINARY_OP` argument for this operator.
    pub fn encode(self, inplace: bool) -> u32 {
        self as u32 + if inplace { INPLACE_OFFSET } else { 0 }
    }

    /// The operator as written in Python (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
}

/// Rich comparison operators, in the order of the `COMPARE_OP` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    pub const ALL: [CmpOp; 6] = [
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
    ];

    pub fn decode(arg: u32) -> Option<CmpOp> {
        CmpOp::ALL.get(arg as usize).copied()
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

/// Net change of the stack depth caused by `op` with argument `arg`; `jump`
/// selects the effect along the taken branch of a conditional jump.
pub fn stack_effect(op: Opcode, arg: u32, jump: bool) -> i32 {
    use Opcode::*;
    let n = arg as i32;
    match op {
        NOP | EXTENDED_ARG => 0,
        POP_TOP => -1,
        PUSH_NULL => 1,
        COPY => 1,
        SWAP => 0,
        LOAD_CONST | LOAD_FAST | LOAD_DEREF | LOAD_CLOSURE | LOAD_CLASSDEREF | LOAD_NAME
        | LOAD_GLOBAL | LOAD_GLOBAL_ADAPTIVE | LOAD_GLOBAL_CACHED => 1,
        STORE_FAST | STORE_DEREF | STORE_NAME | STORE_GLOBAL => -1,
        DELETE_FAST | DELETE_DEREF | DELETE_NAME | DELETE_GLOBAL => 0,
        LOAD_ATTR | LOAD_ATTR_ADAPTIVE | LOAD_ATTR_SLOT | LOAD_ATTR_MODULE | LOAD_ATTR_MEMBER
        | LOAD_ATTR_CLASS | LOAD_ATTR_TYPE => 0,
        LOAD_METHOD | LOAD_METHOD_ADAPTIVE | LOAD_METHOD_CACHED | LOAD_METHOD_MODULE => 1,
        STORE_ATTR | STORE_ATTR_ADAPTIVE | STORE_ATTR_SLOT | STORE_ATTR_MEMBER => -2,
        DELETE_ATTR => -1,
        BINARY_SUBSCR
        | BINARY_SUBSCR_ADAPTIVE
        | BINARY_SUBSCR_LIST_INT
        | BINARY_SUBSCR_TUPLE_INT
        | BINARY_SUBSCR_DICT
        | BINARY_SUBSCR_DICT_STR => -1,
        STORE_SUBSCR | STORE_SUBSCR_ADAPTIVE | STORE_SUBSCR_LIST_INT | STORE_SUBSCR_DICT => -3,
        DELETE_SUBSCR => -2,
        BUILD_SLICE => 1 - n,
        UNARY_NEGATIVE | UNARY_POSITIVE | UNARY_INVERT | UNARY_NOT => 0,
        BINARY_OP | COMPARE_OP | IS_OP | CONTAINS_OP => -1,
        BINARY_OP_ADAPTIVE | BINARY_OP_INT | BINARY_OP_FLOAT => -1,
        COMPARE_OP_ADAPTIVE | COMPARE_OP_INT | COMPARE_OP_FLOAT => -1,
        BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => 1 - n,
        BUILD_MAP => 1 - 2 * n,
        BUILD_CONST_KEY_MAP => -n,
        LIST_APPEND | SET_ADD | LIST_EXTEND | SET_UPDATE | DICT_UPDATE | DICT_MERGE => -1,
        MAP_ADD => -2,
        LIST_TO_TUPLE => 0,
        FORMAT_VALUE => {
            if arg & 4 != 0 {
                -1
            } else {
                0
            }
        }
        UNPACK_SEQUENCE => n - 1,
        UNPACK_EX => (arg & 0xff) as i32 + (arg >> 8) as i32,
        JUMP | JUMP_BACKWARD => 0,
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE => -1,
        JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
            if jump {
                0
            } else {
                -1
            }
        }
        GET_ITER => 0,
        // (Pairs exist in shadow code only; their effect is the pair's.)
        LOAD_FAST__LOAD_FAST | LOAD_FAST__LOAD_CONST => 2,
        STORE_FAST__LOAD_FAST => 0,
        STORE_FAST__STORE_FAST => -2,
        FOR_ITER | FOR_ITER_ADAPTIVE | FOR_ITER_LIST | FOR_ITER_RANGE | FOR_ITER_GEN => {
            if jump {
                -1
            } else {
                1
            }
        }
        RETURN_VALUE => -1,
        YIELD_VALUE => 0,
        GET_YIELD_FROM_ITER => 0,
        SEND | SEND_GEN => {
            if jump {
                -1
            } else {
                0
            }
        }
        GET_AWAITABLE | GET_AITER => 0,
        GET_ANEXT => 1,
        END_ASYNC_FOR => -2,
        RAISE_VARARGS => -n,
        RERAISE => -1 - n,
        PUSH_EXC_INFO => 1,
        POP_EXCEPT => -1,
        CHECK_EXC_MATCH => 0,
        CHECK_EG_MATCH => 0,
        PREP_RERAISE_STAR => -1,
        LOAD_ASSERTION_ERROR => 1,
        BEFORE_WITH | BEFORE_ASYNC_WITH => 1,
        WITH_EXCEPT_START => 1,
        CALL | CALL_ADAPTIVE | CALL_PY_EXACT | CALL_BUILTIN | CALL_TYPE | CALL_METHOD_DESCR
        | CALL_BUILTIN_TYPE | CALL_PY_GEN => -1 - n,
        CALL_AWAITED => -1 - n,
        CALL_KW => -2 - n,
        CALL_FUNCTION_EX => -2 - (arg & 1) as i32,
        MAKE_FUNCTION => -((arg & 0xf).count_ones() as i32),
        LOAD_BUILD_CLASS => 1,
        SETUP_ANNOTATIONS => 0,
        IMPORT_NAME => -1,
        IMPORT_FROM => 1,
        IMPORT_STAR => -1,
        MATCH_CLASS => -2,
        MATCH_MAPPING | MATCH_SEQUENCE | GET_LEN => 1,
        MATCH_KEYS => 1,
    }
}

/// Packs an opcode and a 24-bit argument into an instruction word.
#[inline]
pub fn encode(op: Opcode, arg: u32) -> u32 {
    debug_assert!(arg < (1 << 24));
    (op as u32) | (arg << 8)
}

/// Splits an instruction word into its opcode byte and argument.
#[inline(always)]
pub fn decode(word: u32) -> (u8, u32) {
    (word as u8, word >> 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_numbers_round_trip() {
        for op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(*op as u8), Some(*op));
        }
        assert_eq!(Opcode::from_u8(255), None);
    }

    #[test]
    fn binop_encoding_round_trips() {
        for op in BinOp::ALL {
            assert_eq!(BinOp::decode(op.encode(false)), Some((op, false)));
            assert_eq!(BinOp::decode(op.encode(true)), Some((op, true)));
        }
        assert_eq!(BinOp::decode(13), None);
    }

    #[test]
    fn call_effects_match_docs() {
        assert_eq!(stack_effect(Opcode::CALL, 3, false), -4);
        assert_eq!(stack_effect(Opcode::CALL_KW, 2, false), -4);
        assert_eq!(stack_effect(Opcode::MAKE_FUNCTION, 0b1001, false), -2);
        assert_eq!(stack_effect(Opcode::UNPACK_EX, 2 | (1 << 8), false), 3);
        assert_eq!(stack_effect(Opcode::FOR_ITER, 0, true), -1);
    }
}
