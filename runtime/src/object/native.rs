//! Functions written in Rust: the calling convention, argument helpers, builtin functions and method descriptors.

use super::value::{alloc, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Positional arguments (for a method, `pos[0]` is self) and keyword arguments.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvalues: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kwnames: &[],
            kwvalues: &[],
        }
    }

    pub fn with_kw(pos: &'a [Value], kwnames: &'a [Value], kwvalues: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kwnames,
            kwvalues,
        }
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn kw(&self, vm: &Vm, name: &str) -> Option<Value> {
        self.kwnames
            .iter()
            .position(|k| vm.str_eq(k, name))
            .map(|i| self.kwvalues[i].clone())
    }

    /// Fails unless `min <= positional count <= max` and no keywords were given.
    /// (Inline tests, the message out of line: a builtin's call then sets up nothing
    /// for the error it will not raise.)
    #[inline(always)]
    pub fn check(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if self.has_kw() || n < min || n > max {
            return Err(self.check_error(vm, name, min, max));
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn check_error(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyErr {
        if self.has_kw() {
            return vm.type_error(format!("{name}() takes no keyword arguments"));
        }
        self.count_error(vm, name, min, max)
    }

    /// The operands of a binary special method (`self`, `other`), in operator order:
    /// swapped for a reflected one (`__radd__`'s `other + self`).
    pub fn operands(
        &self,
        vm: &Vm,
        name: &str,
        reflected: bool,
    ) -> PyResult<(&'a Value, &'a Value)> {
        self.check(vm, name, 2, 2)?;
        Ok(if reflected {
            (&self.pos[1], &self.pos[0])
        } else {
            (&self.pos[0], &self.pos[1])
        })
    }

    /// `check` with Argument Clinic's wording for a fixed count (`_PyArg_CheckPositional`):
    /// `isinstance expected 2 arguments, got 1`.
    pub fn check_clinic(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if min == max && n != min && !self.has_kw() {
            return Err(vm.type_error(format!(
                "{name} expected {min} argument{}, got {n}",
                plural(min)
            )));
        }
        self.check(vm, name, min, max)
    }

    /// A constructor's `(cls, x=...)` arguments: `check`, counting without `cls`, with
    /// CPython's `float expected at most 1 argument, got 2`.
    pub fn check_new(&self, vm: &Vm, name: &str, max: usize) -> PyResult<()> {
        let n = self.pos.len().saturating_sub(1);
        if n > max {
            return Err(vm.type_error(format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )));
        }
        self.check(vm, name, 1, max + 1)
    }

    /// Like `check`, but keywords are allowed (the caller reads them).
    #[inline(always)]
    pub fn check_pos(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n < min || n > max {
            return Err(self.count_error(vm, name, min, max));
        }
        Ok(())
    }

    /// `check_pos`'s TypeError.
    #[cold]
    #[inline(never)]
    fn count_error(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyErr {
        let n = self.pos.len();
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        vm.type_error(msg)
    }

    /// Argument Clinic's keyword parser (`_PyArg_UnpackKeywords`): parameters `names`, the
    /// first `posonly` positional-only and the first `required` required; fails with
    /// CPython's messages (`pow() missing required argument 'exp' (pos 2)`). The caller
    /// reads parameter i as `pos[i]` or the keyword `names[i]`.
    pub fn check_kw_parser(
        &self,
        vm: &Vm,
        fname: &str,
        names: &[&str],
        posonly: usize,
        required: usize,
    ) -> PyResult<()> {
        let (npos, nkw) = (self.pos.len(), self.kwnames.len());
        let max = names.len();
        if npos + nkw > max {
            return Err(vm.type_error(format!(
                "{fname}() takes at most {max} {}argument{} ({} given)",
                if npos == 0 { "keyword " } else { "" },
                plural(max),
                npos + nkw
            )));
        }
        let min_posonly = posonly.min(required);
        if npos < min_posonly {
            return Err(vm.type_error(format!(
                "{fname}() takes {} {min_posonly} positional argument{} ({npos} given)",
                if min_posonly < max {
                    "at least"
                } else {
                    "exactly"
                },
                plural(min_posonly)
            )));
        }
        for k in self.kwnames {
            let s = vm.str_of(k);
            match names.iter().position(|n| *n == s) {
                Some(i) if i >= posonly && i < npos => {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{s}') and position ({})",
                        i + 1
                    )))
                }
                Some(i) if i >= posonly => {}
                _ => {
                    return Err(vm.type_error(format!(
                        "'{s}' is an invalid keyword argument for {fname}()"
                    )))
                }
            }
        }
        for (i, name) in names.iter().enumerate().take(required).skip(npos) {
            if self.kw(vm, name).is_none() {
                return Err(vm.type_error(format!(
                    "{fname}() missing required argument '{name}' (pos {})",
                    i + 1
                )));
            }
        }
        Ok(())
    }

    /// Fails if a keyword other than those in `allowed` was passed.
    pub fn only_kw(&self, vm: &Vm, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for k in self.kwnames {
            let s = vm.str_of(k);
            if !allowed.contains(&s.as_str()) {
                return Err(vm.type_error(format!(
                    "'{s}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
        Ok(())
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A Rust function callable from Python.
pub type NativeFn = fn(&Vm, Args) -> PyResult<Value>;

/// How a method descriptor binds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    /// `pos[0]` is the instance.
    Instance,
    /// `pos[0]` is the class (from the instance's type when looked up on an instance).
    Class,
    /// No implicit first argument.
    Static,
}

/// Payload of a builtin function or bound builtin method.
pub struct BuiltinFunctionData {
    pub name: &'static str,
    pub func: NativeFn,
    /// The bound first argument, for bound methods and module functions that want their module.
    pub bound: Option<Value>,
    pub qualname: String,
    /// Positional arguments a dunder takes, the bound one included (`dunder_arity`).
    pub arity: (u8, u8),
    /// For a builtin type's `__new__`: that type, which the class argument must be a
    /// subtype of (`check_new_receiver`).
    pub new_of: Option<Value>,
    /// Whether calls check `arity` or `new_of` (one test on the common path).
    pub guarded: bool,
    /// For a function of a Rust module (`math.sqrt`): that module's name, set once when
    /// the module is made (a name, not the module: no cycle). Its `__module__` is
    /// CPython's name for that module (`stdlib::cpython_home`).
    pub module: std::cell::OnceCell<Value>,
}

/// The class argument of builtin type `owner`'s `__new__`: a type, and a subtype of
/// `owner` (else CPython's TypeError). The Rust `__new__`s rely on it.
pub fn check_new_receiver(vm: &Vm, owner: &Value, cls: &Value) -> PyResult<()> {
    // CPython words it with `tp_name`s: `collections.deque.__new__(int)`.
    let tp_name = |t: &Value| {
        let td = unsafe { super::typeobj::type_data(t) };
        unsafe { td.tp_name.get() }
            .clone()
            .unwrap_or_else(|| td.name())
    };
    let oname = tp_name(owner);
    if !vm.is_type(cls) {
        return Err(vm.type_error(format!(
            "{oname}.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    }
    if !vm.is_subtype(cls, owner) {
        let cname = tp_name(cls);
        return Err(vm.type_error(format!(
            "{oname}.__new__({cname}): {cname} is not a subtype of {oname}"
        )));
    }
    Ok(())
}

/// How many positional arguments (the receiver included) a special method takes, by
/// its name, as CPython's slot wrappers fix them: `x.__add__()` is a TypeError, never a
/// Rust function reading an argument that is not there. (0, 255) for any other name,
/// whose function checks its own arguments.
pub fn dunder_arity(name: &str) -> (u8, u8) {
    match name {
        "__repr__" | "__str__" | "__hash__" | "__bool__" | "__len__" | "__iter__" | "__next__"
        | "__neg__" | "__pos__" | "__abs__" | "__invert__" | "__int__" | "__float__"
        | "__index__" | "__reversed__" | "__aiter__" | "__anext__" | "__await__" => (1, 1),
        "__add__" | "__radd__" | "__sub__" | "__rsub__" | "__mul__" | "__rmul__"
        | "__truediv__" | "__rtruediv__" | "__floordiv__" | "__rfloordiv__" | "__mod__"
        | "__rmod__" | "__divmod__" | "__rdivmod__" | "__lshift__" | "__rlshift__"
        | "__rshift__" | "__rrshift__" | "__and__" | "__rand__" | "__or__" | "__ror__"
        | "__xor__" | "__rxor__" | "__matmul__" | "__rmatmul__" | "__iadd__" | "__isub__"
        | "__imul__" | "__itruediv__" | "__ifloordiv__" | "__imod__" | "__ilshift__"
        | "__irshift__" | "__iand__" | "__ior__" | "__ixor__" | "__imatmul__" | "__eq__"
        | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__contains__" | "__getitem__"
        | "__delitem__" | "__getattr__" | "__getattribute__" | "__delattr__" | "__delete__" => {
            (2, 2)
        }
        "__pow__" | "__rpow__" | "__ipow__" | "__get__" => (2, 3),
        "__setitem__" | "__setattr__" | "__set__" => (3, 3),
        "__new__" => (1, 255),
        _ => (0, 255),
    }
}

/// The TypeError for a special method called with `n` positional arguments (the
/// receiver included) outside its `arity`, in CPython's words; None when `n` fits.
pub fn arity_error(vm: &Vm, name: &str, owner: &str, arity: (u8, u8), n: usize) -> Option<PyErr> {
    let (min, max) = (arity.0 as usize, arity.1 as usize);
    if n >= min && n <= max {
        return None;
    }
    if name == "__new__" {
        return Some(vm.type_error(format!("{owner}.__new__(): not enough arguments")));
    }
    if n == 0 {
        return Some(vm.type_error(format!(
            "descriptor '{name}' of '{owner}' object needs an argument"
        )));
    }
    // A few are plain one-argument methods in CPython, worded as such.
    if matches!(
        (owner, name),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    ) {
        return Some(vm.type_error(format!(
            "{owner}.{name}() takes exactly one argument ({} given)",
            n - 1
        )));
    }
    // (CPython's wrappers that unpack several arguments word it with a leading space.)
    let lead = if matches!(
        name,
        "__setitem__" | "__setattr__" | "__set__" | "__pow__" | "__rpow__" | "__ipow__" | "__get__"
    ) {
        " "
    } else {
        ""
    };
    let got = n - 1;
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    Some(vm.type_error(if min == max {
        format!(
            "{lead}expected {} argument{}, got {got}",
            min - 1,
            plural(min - 1)
        )
    } else if n < min {
        format!(
            "{lead}expected at least {} argument{}, got {got}",
            min - 1,
            plural(min - 1)
        )
    } else {
        format!(
            "{lead}expected at most {} argument{}, got {got}",
            max - 1,
            plural(max - 1)
        )
    }))
}

/// Payload of a method descriptor: a Rust method stored in a type's dict.
pub struct MethodDescrData {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: MethodKind,
    /// Positional arguments a dunder takes, the receiver included (`dunder_arity`).
    pub arity: (u8, u8),
    /// The type that defined it (for `TypeError: descriptor 'x' for 'list' objects doesn't apply to ...`).
    pub objclass: Value,
    /// For a static method: the function every access gives (`str.maketrans is
    /// str.maketrans`, as in CPython), made at the first.
    pub static_fn: std::cell::OnceCell<Value>,
}

/// A new builtin function object.
pub fn new_builtin(vm: &Vm, name: &'static str, func: NativeFn, bound: Option<Value>) -> Value {
    alloc(
        vm.types.builtin_function.ptr() as *const _,
        BuiltinFunctionData {
            name,
            func,
            bound,
            qualname: name.to_string(),
            arity: dunder_arity(name),
            new_of: None,
            guarded: dunder_arity(name) != (0, 255),
            module: Default::default(),
        },
    )
}

pub fn new_method_descr(
    vm: &Vm,
    objclass: &Value,
    name: &'static str,
    func: NativeFn,
    kind: MethodKind,
) -> Value {
    alloc(
        vm.types.method_descriptor.ptr() as *const _,
        MethodDescrData {
            name,
            func,
            kind,
            arity: dunder_arity(name),
            objclass: objclass.clone(),
            static_fn: Default::default(),
        },
    )
}
