//! Functions written in Rust: the calling convention, argument helpers, builtin functions and method descriptors.

use super::value::{alloc, Value};
use crate::vm::{PyResult, Vm};

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
    pub fn check(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        if self.has_kw() {
            return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
        }
        self.check_pos(vm, name, min, max)
    }

    /// Like `check`, but keywords are allowed (the caller reads them).
    pub fn check_pos(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n < min || n > max {
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
            return Err(vm.type_error(msg));
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
}

/// Payload of a method descriptor: a Rust method stored in a type's dict.
pub struct MethodDescrData {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: MethodKind,
    /// The type that defined it (for `TypeError: descriptor 'x' for 'list' objects doesn't apply to ...`).
    pub objclass: Value,
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
            objclass: objclass.clone(),
        },
    )
}
