//! Code objects at run time, functions, bound methods and closure cells.

use super::value::{alloc, PyCell, Value};
use crate::bytecode::{CodeObject, Const};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// A code object loaded into the runtime: the compiler's data plus its constants as values.
pub struct CodeData {
    pub code: Rc<CodeObject>,
    pub consts: Vec<Value>,
    /// Interned names (attribute, global and import names).
    pub names: Vec<Value>,
    pub varnames: Vec<Value>,
    pub cellvars: Vec<Value>,
    pub freevars: Vec<Value>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    /// Call count and shadow bytecode (feature `shadowcode`).
    #[cfg(feature = "shadowcode")]
    pub shadow: crate::vm::shadow::ShadowSlot,
    /// Global cache slots of the (globals, builtins) pair it runs with (feature `dict-watchers`).
    #[cfg(feature = "dict-watchers")]
    pub watch: crate::vm::watch::CodeSlotsCell,
}

/// Payload of function objects.
pub struct FunctionData {
    pub code: PyCell<Value>,
    pub globals: Value,
    pub builtins: Value,
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    /// Tuple of positional defaults, or None.
    pub defaults: PyCell<Option<Value>>,
    /// Dict of keyword-only defaults, or None.
    pub kwdefaults: PyCell<Option<Value>>,
    /// Tuple of cells, or None.
    pub closure: Option<Value>,
    pub doc: PyCell<Value>,
    pub module: PyCell<Value>,
    pub annotations: PyCell<Option<Value>>,
    /// `__dict__` of the function (created on first use).
    pub dict: PyCell<Option<Value>>,
}

impl FunctionData {
    /// The code payload.
    #[inline(always)]
    pub fn code(&self) -> &CodeData {
        unsafe { self.code.get().payload::<CodeData>() }
    }
}

/// Payload of bound methods.
pub struct MethodData {
    pub func: Value,
    pub self_: Value,
}

/// Payload of cells (closure variables).
pub struct CellData {
    pub value: PyCell<Option<Value>>,
}

impl CellData {
    #[inline]
    pub fn get(&self) -> Option<Value> {
        unsafe { self.value.get().clone() }
    }
    #[inline]
    pub fn set(&self, v: Option<Value>) {
        let old = unsafe { std::mem::replace(self.value.get_mut(), v) };
        drop(old);
    }
}

impl Vm {
    /// Turns a compiled constant into a value.
    pub fn const_value(&self, c: &Const, filename: &str) -> PyResult<Value> {
        Ok(match c {
            Const::None => self.none.clone(),
            Const::True => self.true_.clone(),
            Const::False => self.false_.clone(),
            Const::Ellipsis => self.ellipsis.clone(),
            Const::Int(i) => self.new_bigint(i.clone()),
            Const::Float(f) => self.new_float(*f),
            Const::Complex { re, im } => self.new_complex(*re, *im),
            Const::Str(s) => {
                // Identifier-like constants are interned, as CPython does.
                if s.len() <= 40 && is_name_like(s) {
                    self.intern(s)
                } else {
                    self.new_str(s.as_str())
                }
            }
            Const::Bytes(b) => self.new_bytes(b.clone()),
            Const::Tuple(items) => {
                let mut v = Vec::with_capacity(items.len());
                for it in items {
                    v.push(self.const_value(it, filename)?);
                }
                self.new_tuple(v)
            }
            Const::FrozenSet(items) => {
                // CPython rebuilds a constant frozenset from the iteration order of the one
                // before: once when the compiler merges constants, and once more when the
                // code object interns its string constants if that replaced an item by an
                // equal string interned earlier. Programs that print a constant set display
                // see the table layout of the last one.
                let replaced = items.iter().any(|it| match it {
                    Const::Str(s) => is_name_like(s) && self.is_interned_text(s),
                    _ => false,
                });
                let mut v = Vec::with_capacity(items.len());
                for it in items {
                    v.push(self.const_value(it, filename)?);
                }
                let mut set = self.new_frozenset(v)?;
                for _ in 0..if replaced { 2 } else { 1 } {
                    let items = self.set_items(self.as_set(&set).unwrap());
                    set = self.new_frozenset(items)?;
                }
                set
            }
            Const::Code(code) => self.new_code(code.clone())?,
        })
    }

    /// Loads a compiled code object (and its nested ones) into the runtime.
    pub fn new_code(&self, code: Rc<CodeObject>) -> PyResult<Value> {
        // The interpreter decodes opcodes and fetches instructions without checking.
        if let Err(why) = check_code(&code) {
            return Err(self.new_exception_msg(
                &self.find_exc("SystemError"),
                format!("code object {}: {why}", code.name),
            ));
        }
        // Names first: CPython has interned the identifiers by the time it interns the
        // constants (which decides the layout of constant frozensets, see `const_value`).
        let intern_all = |v: &Vec<String>| v.iter().map(|s| self.intern(s)).collect::<Vec<_>>();
        let names = intern_all(&code.names);
        let varnames = intern_all(&code.varnames);
        let cellvars = intern_all(&code.cellvars);
        let freevars = intern_all(&code.freevars);
        let mut consts = Vec::with_capacity(code.consts.len());
        for c in &code.consts {
            consts.push(self.const_value(c, &code.filename)?);
        }
        let data = CodeData {
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            name: self.intern(&code.name),
            qualname: self.new_str(code.qualname.as_str()),
            filename: self.new_str(code.filename.as_str()),
            code,
            #[cfg(feature = "shadowcode")]
            shadow: Default::default(),
            #[cfg(feature = "dict-watchers")]
            watch: Default::default(),
        };
        Ok(alloc(self.types.code.ptr() as *const _, data))
    }

    pub fn new_cell(&self, v: Option<Value>) -> Value {
        let c = alloc(
            self.types.cell.ptr() as *const _,
            CellData {
                value: PyCell::new(v),
            },
        );
        crate::object::gc::track(&c);
        c
    }

    pub fn new_method(&self, func: Value, self_: Value) -> Value {
        let m = alloc(
            self.types.method.ptr() as *const _,
            MethodData { func, self_ },
        );
        crate::object::gc::track(&m);
        m
    }

    /// Is `v` exactly a Python function?
    #[inline(always)]
    pub fn is_function(&self, v: &Value) -> bool {
        self.is_exact(v, &self.types.function)
    }
}

/// Text of ASCII letters, digits and underscores only (what CPython interns among constants).
fn is_name_like(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')
}

/// What the interpreter relies on without checking, checked once when a code object is
/// loaded: every opcode is known (the quickened ones, 200 and up, exist only in shadow
/// copies), every jump target and exception handler lies inside the code, every local
/// index is below the count of locals (a frame's `fast` has one slot per local, so local
/// access needs no bounds check), every constant index is inside the constants, and the last instruction does not fall through (so
/// instruction fetch needs no bounds check).
fn check_code(code: &CodeObject) -> Result<(), String> {
    use crate::bytecode::opcode::ArgKind;
    use crate::bytecode::Opcode;
    let n = code.instructions.len();
    let mut ext: u32 = 0;
    for (i, w) in code.instructions.iter().enumerate() {
        let Some(op) = Opcode::from_u8(*w as u8).filter(|_| (*w as u8) < 200) else {
            return Err(format!("unknown opcode {} at {i}", *w as u8));
        };
        let arg = (w >> 8) | ext;
        ext = if op == Opcode::EXTENDED_ARG {
            arg << 24
        } else {
            0
        };
        if op.arg_kind() == ArgKind::Jump && arg as usize >= n {
            return Err(format!("jump target {arg} at {i} is past the end"));
        }
        if op.arg_kind() == ArgKind::Local && arg as usize >= code.varnames.len() {
            return Err(format!("local {arg} at {i} is past the locals"));
        }
        if op.arg_kind() == ArgKind::Const && arg as usize >= code.consts.len() {
            return Err(format!("constant {arg} at {i} is past the constants"));
        }
    }
    let last = code
        .instructions
        .last()
        .and_then(|w| Opcode::from_u8(*w as u8));
    let ends = matches!(
        last,
        Some(
            Opcode::RETURN_VALUE
                | Opcode::RERAISE
                | Opcode::RAISE_VARARGS
                | Opcode::JUMP
                | Opcode::JUMP_BACKWARD
        )
    );
    if !ends {
        return Err("the last instruction falls through".into());
    }
    for h in &code.exception_table {
        if h.handler as usize >= n {
            return Err(format!("exception handler {} is past the end", h.handler));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_code;
    use crate::bytecode::{CodeObject, Const, Mode, Opcode};

    /// The code of `f` in `def f(a): b = a; return b, 1`.
    fn func_code() -> CodeObject {
        let m = crate::compiler::compile(
            "def f(a):\n    b = a\n    return b, 1\n",
            "t.py",
            Mode::Exec,
        )
        .expect("compiles");
        m.consts
            .iter()
            .find_map(|c| match c {
                Const::Code(c) => Some((**c).clone()),
                _ => None,
            })
            .expect("f's code")
    }

    fn set_arg(code: &mut CodeObject, op: Opcode, arg: u32) {
        let w = code
            .instructions
            .iter_mut()
            .find(|w| **w as u8 == op as u8)
            .expect("the opcode is there");
        *w = (arg << 8) | op as u32;
    }

    #[test]
    fn compiled_code_passes() {
        assert_eq!(check_code(&func_code()), Ok(()));
    }

    #[test]
    fn local_index_past_the_locals_is_rejected() {
        for op in [Opcode::LOAD_FAST, Opcode::STORE_FAST] {
            let mut code = func_code();
            let n = code.varnames.len() as u32;
            set_arg(&mut code, op, n);
            let err = check_code(&code).expect_err("rejected");
            assert!(err.contains("past the locals"), "{err}");
            // The last local is fine.
            set_arg(&mut code, op, n - 1);
            assert_eq!(check_code(&code), Ok(()));
        }
    }

    #[test]
    fn constant_index_past_the_constants_is_rejected() {
        let mut code = func_code();
        let n = code.consts.len() as u32;
        set_arg(&mut code, Opcode::LOAD_CONST, n);
        let err = check_code(&code).expect_err("rejected");
        assert!(err.contains("past the constants"), "{err}");
    }

    #[test]
    fn jump_past_the_end_is_rejected() {
        let mut code = func_code();
        let n = code.instructions.len() as u32;
        code.instructions
            .insert(0, (n + 5) << 8 | Opcode::JUMP as u32);
        let err = check_code(&code).expect_err("rejected");
        assert!(err.contains("past the end"), "{err}");
    }
}
