//! The interpreter state (`Vm`): builtin types and singletons, interned names, and error helpers.

pub mod call;
pub mod compile_warnings;
pub mod depth;
pub mod drive;
pub mod eager;
pub mod errors;
pub mod eval;
pub mod exc_state;
pub mod fastops;
pub mod finalize;
pub mod fixed_builtins;
pub mod frame;
pub mod green;
mod hot;
pub mod import;
pub mod init;
pub mod ops;
pub mod protocol;
pub mod report_parts;
pub mod run;
#[cfg(feature = "shadowcode")]
pub mod shadow;
#[cfg(feature = "shadowcode")]
pub mod shadow_ops;
pub mod slots;
pub mod stack;
pub mod suggestions;
pub mod switches;
#[cfg(feature = "dict-watchers")]
pub mod watch;

use crate::object::value::{PyCell, Value};
use std::cell::{Cell, RefCell};

/// An exception on its way up: the exception instance.
pub struct PyErr(pub Value);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({:?})", self.0)
    }
}

pub type PyResult<T> = Result<T, PyErr>;

/// The builtin types, held for the interpreter's lifetime.
pub struct Types {
    pub type_: Value,
    pub object: Value,
    pub int: Value,
    pub bool_: Value,
    pub float: Value,
    pub complex: Value,
    pub str_: Value,
    pub bytes: Value,
    pub bytearray: Value,
    pub tuple: Value,
    pub list: Value,
    pub dict: Value,
    pub set: Value,
    pub frozenset: Value,
    pub none: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub range: Value,
    pub slice: Value,
    pub function: Value,
    pub code: Value,
    pub cell: Value,
    pub method: Value,
    pub builtin_function: Value,
    pub method_descriptor: Value,
    pub module: Value,
    pub property: Value,
    pub classmethod: Value,
    pub staticmethod: Value,
    pub super_: Value,
    pub generator: Value,
    pub coroutine: Value,
    pub async_generator: Value,
    pub iterator: Value,
    pub member_descriptor: Value,
    pub getset_descriptor: Value,
    pub traceback: Value,
    pub mappingproxy: Value,
    /// Every other runtime-internal type (iterators, views, wrappers) by name.
    pub misc: crate::object::word_hash::WordMap<&'static str, Value>,
}

/// Addresses of runtime-internal types tested on hot paths (a `misc` map lookup hashes a string).
pub struct FastTypes {
    pub list_iter: usize,
    pub range_iter: usize,
    pub tuple_iter: usize,
    pub str_iter: usize,
    pub bytes_iter: usize,
    pub dict_keys_iter: usize,
    pub dict_values_iter: usize,
    pub dict_items_iter: usize,
    pub set_iter: usize,
    pub seq_iter: usize,
    pub enumerate: usize,
    pub zip: usize,
    pub map: usize,
    pub filter: usize,
    pub reversed: usize,
}

impl FastTypes {
    fn new(misc: &crate::object::word_hash::WordMap<&'static str, Value>) -> FastTypes {
        let p = |n: &str| misc[n].raw();
        FastTypes {
            list_iter: p("list_iterator"),
            range_iter: p("range_iterator"),
            tuple_iter: p("tuple_iterator"),
            str_iter: p("str_iterator"),
            bytes_iter: p("bytes_iterator"),
            dict_keys_iter: p("dict_keyiterator"),
            dict_values_iter: p("dict_valueiterator"),
            dict_items_iter: p("dict_itemiterator"),
            set_iter: p("set_iterator"),
            seq_iter: p("iterator"),
            enumerate: p("enumerate"),
            zip: p("zip"),
            map: p("map"),
            filter: p("filter"),
            reversed: p("reversed"),
        }
    }
}

/// Exception classes by name, plus direct fields for the common ones.
pub struct ExcTypes {
    pub base_exception: Value,
    pub exception: Value,
    pub type_error: Value,
    pub value_error: Value,
    pub key_error: Value,
    pub index_error: Value,
    pub attribute_error: Value,
    pub name_error: Value,
    pub unbound_local_error: Value,
    pub zero_division_error: Value,
    pub overflow_error: Value,
    pub stop_iteration: Value,
    pub stop_async_iteration: Value,
    pub runtime_error: Value,
    pub recursion_error: Value,
    pub not_implemented_error: Value,
    pub assertion_error: Value,
    pub import_error: Value,
    pub module_not_found_error: Value,
    pub lookup_error: Value,
    pub arithmetic_error: Value,
    pub memory_error: Value,
    pub system_exit: Value,
    pub keyboard_interrupt: Value,
    pub generator_exit: Value,
    pub syntax_error: Value,
    pub os_error: Value,
    pub unicode_error: Value,
    pub exception_group: Value,
    pub base_exception_group: Value,
    pub by_name: Vec<(&'static str, Value)>,
}

/// Interned strings for names the runtime looks up often.
pub struct Names {
    pub init: Value,
    pub new: Value,
    pub call: Value,
    pub repr: Value,
    pub str_: Value,
    pub hash: Value,
    pub eq: Value,
    pub ne: Value,
    pub lt: Value,
    pub le: Value,
    pub gt: Value,
    pub ge: Value,
    pub bool_: Value,
    pub len: Value,
    pub iter: Value,
    pub next: Value,
    pub getitem: Value,
    pub setitem: Value,
    pub delitem: Value,
    pub contains: Value,
    pub getattr: Value,
    pub getattribute: Value,
    pub setattr: Value,
    pub delattr: Value,
    pub get: Value,
    pub set: Value,
    pub delete: Value,
    pub enter: Value,
    pub exit: Value,
    pub aenter: Value,
    pub aexit: Value,
    pub await_: Value,
    pub aiter: Value,
    pub anext: Value,
    pub index: Value,
    pub int: Value,
    pub float: Value,
    pub neg: Value,
    pub pos: Value,
    pub invert: Value,
    pub abs: Value,
    pub format: Value,
    pub del: Value,
    pub dict: Value,
    pub class: Value,
    pub name: Value,
    pub qualname: Value,
    pub module: Value,
    pub doc: Value,
    pub builtins: Value,
    pub main: Value,
    pub set_name: Value,
    pub init_subclass: Value,
    pub class_getitem: Value,
    pub mro_entries: Value,
    pub prepare: Value,
    pub classcell: Value,
    pub weakref: Value,
    pub slots: Value,
    pub annotations: Value,
    pub missing: Value,
    pub reversed: Value,
    pub length_hint: Value,
    pub instancecheck: Value,
    pub subclasscheck: Value,
    pub send: Value,
    pub throw: Value,
    pub close: Value,
    pub match_args: Value,
    pub file: Value,
    pub path: Value,
    pub package: Value,
    pub spec: Value,
    pub all: Value,
    pub round: Value,
    pub trunc: Value,
    pub floor: Value,
    pub ceil: Value,
    pub complex: Value,
    pub bytes: Value,
    pub fspath: Value,
    pub copy: Value,
    pub deepcopy: Value,
    pub reduce_ex: Value,
    pub dir: Value,
    pub sizeof: Value,
    pub keys: Value,
    pub items: Value,
    pub values: Value,
    pub write: Value,
    pub flush: Value,
    /// `__add__`.. `__xor__`, indexed by `BinOp`.
    pub binop: Vec<Value>,
    /// `__radd__`.. `__rxor__`.
    pub rbinop: Vec<Value>,
    /// `__iadd__`.. `__ixor__`.
    pub ibinop: Vec<Value>,
}

/// One interpreter. Single-threaded: all Python code runs on the thread that owns it.
pub struct Vm {
    pub types: Types,
    pub fast: FastTypes,
    pub exc: ExcTypes,
    pub names: Names,
    pub none: Value,
    pub true_: Value,
    pub false_: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    pub empty_str: Value,
    /// The interned one-character strs of the 128 ASCII characters, by code (CPython
    /// caches latin-1's): `s[i]`, iteration and `chr` take them without a lookup.
    pub ascii_chars: Box<[Value]>,
    pub interned: RefCell<crate::object::word_hash::WordMap<Box<str>, Value>>,
    pub builtins: Value,
    pub builtins_dict: Value,
    pub sys: PyCell<Option<Value>>,
    /// `sys.modules`.
    pub modules: Value,
    pub recursion_depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// The exceptions being handled, innermost last (`sys.exc_info()`).
    pub handled: PyCell<Vec<Option<Value>>>,
    /// Frames being executed, for tracebacks and `sys._getframe` (raw pointers into live frames).
    pub frames: PyCell<Vec<*const frame::Frame>>,
    pub options: Options,
    pub hash_key: (u64, u64),
    /// Lowest native stack address we may use before raising RecursionError.
    pub stack_limit: Cell<usize>,
    /// Command-line argv for `sys.argv`.
    pub argv: RefCell<Vec<String>>,
    pub shapes: crate::object::instance::ShapeTree,
    /// Finished frames kept for reuse, so a call allocates nothing in the common case.
    pub frame_pool: PyCell<Vec<Box<frame::Frame>>>,
    /// The callers of the frames the hot loop runs inline (`vm/hot.rs`), innermost last.
    pub(crate) hot_links: PyCell<Vec<hot::Link>>,
    /// Which optional optimisations are on (`-X name=0|1`).
    pub switches: switches::Switches,
    /// The runtime's own counters (`-X stats`).
    pub stats: switches::Stats,
    /// Code objects given shadow bytecode, kept when `Options::keep_shadowed` is set.
    pub shadowed: RefCell<Vec<Value>>,
    /// The code points of the last long non-ASCII str a regex matched (`stdlib/sre`):
    /// a tokenizer calling `pattern.match(text, pos)` in a loop decodes the text once.
    pub sre_wide: RefCell<Option<(Value, std::rc::Rc<[u32]>)>>,
    /// What sys's hook functions keep (trace, profile and audit hooks, switch interval).
    pub sys_state: crate::builtins::sys_extra::SysState,
    /// The type attribute cache (feature `type-cache`).
    #[cfg(feature = "type-cache")]
    pub type_cache: crate::object::type_cache::TypeCache,
}

/// Runtime switches (`-X name=value`, `-S`).
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub no_site: bool,
    pub xoptions: Vec<(String, String)>,
    /// The `-X` options as given, for `sys._xoptions`: `-X name` has no value (True
    /// there), where `xoptions` reads it as "1".
    pub xoptions_given: Vec<(String, Option<String>)>,
    pub stats_path: Option<String>,
    /// `--dis --shadow`: keep every code object that got shadow bytecode, to show it at exit.
    pub keep_shadowed: bool,
}

thread_local! {
    static CURRENT: Cell<*const Vm> = const { Cell::new(std::ptr::null()) };
}

impl Vm {
    /// The interpreter running on this thread (for deallocators that run `__del__`).
    pub fn current() -> Option<&'static Vm> {
        let p = CURRENT.with(|c| c.get());
        if p.is_null() {
            None
        } else {
            // SAFETY: set by `install` for as long as the Vm lives.
            Some(unsafe { &*p })
        }
    }

    /// Makes `self` the current interpreter of this thread.
    pub fn install(&self) {
        CURRENT.with(|c| c.set(self as *const Vm));
    }

    pub fn uninstall(&self) {
        CURRENT.with(|c| c.set(std::ptr::null()));
    }

    #[inline(always)]
    pub fn bool_val(&self, b: bool) -> Value {
        if b {
            self.true_.clone()
        } else {
            self.false_.clone()
        }
    }

    #[inline(always)]
    pub fn is_none(&self, v: &Value) -> bool {
        v.is(&self.none)
    }
}
