//! Argument checks for the str and bytes methods, with the exact TypeError texts CPython's
//! different calling conventions produce (METH_NOARGS, METH_O, varargs and keyword parsers).

use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::fmt::Display;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Arguments after self.
pub fn nargs(a: &Args) -> usize {
    a.pos.len().saturating_sub(1)
}

fn no_kw(vm: &Vm, a: &Args, qual: &str) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    Ok(())
}

// Each check below tests the common case inline and words its error out of line (cold),
// so that a method's call sets up nothing for an error it does not raise. The qualified
// name is anything printable (`Dotted`), made into text only for an error.

/// `owner.name`, printed only when an error needs it (a `format!` at each call was 30%
/// of `s.startswith(p)`).
pub struct Dotted<'a>(pub &'a str, pub &'a str);

impl Display for Dotted<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.0, self.1)
    }
}

/// A method without arguments (`str.upper()`); dunders get the slot-wrapper wording.
#[inline(always)]
pub fn check_noargs<Q: Display + ?Sized>(vm: &Vm, a: &Args, qual: &Q) -> PyResult<()> {
    if a.has_kw() || nargs(a) != 0 {
        return noargs_error(vm, a, qual);
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn noargs_error<Q: Display + ?Sized>(vm: &Vm, a: &Args, qual: &Q) -> PyResult<()> {
    let qual = &qual.to_string();
    let n = nargs(a);
    if qual.starts_with("__") {
        if n != 0 || a.has_kw() {
            return Err(vm.type_error(format!("expected 0 arguments, got {n}")));
        }
        return Ok(());
    }
    no_kw(vm, a, qual)?;
    if n != 0 {
        return Err(vm.type_error(format!("{qual}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// A method of exactly one positional argument (`str.join(x)`).
#[inline(always)]
pub fn check_one<Q: Display + ?Sized>(vm: &Vm, a: &Args, qual: &Q) -> PyResult<()> {
    if a.has_kw() || nargs(a) != 1 {
        return one_error(vm, a, qual);
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn one_error<Q: Display + ?Sized>(vm: &Vm, a: &Args, qual: &Q) -> PyResult<()> {
    let qual = &qual.to_string();
    let n = nargs(a);
    if qual.starts_with("__") || qual == "comparison" {
        if n != 1 {
            return Err(vm.type_error(format!("expected 1 argument, got {n}")));
        }
        return Ok(());
    }
    no_kw(vm, a, qual)?;
    if n != 1 {
        return Err(vm.type_error(format!("{qual}() takes exactly one argument ({n} given)")));
    }
    Ok(())
}

/// Positional-only arguments checked by Argument Clinic: `center expected at least 1 argument, got 0`.
#[inline(always)]
pub fn check_varargs<Q: Display + ?Sized>(
    vm: &Vm,
    a: &Args,
    qual: &Q,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = nargs(a);
    if a.has_kw() || n < min || n > max {
        return varargs_error(vm, a, qual, name, min, max);
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn varargs_error<Q: Display + ?Sized>(
    vm: &Vm,
    a: &Args,
    qual: &Q,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let qual = &qual.to_string();
    no_kw(vm, a, qual)?;
    let n = nargs(a);
    if min == max && n != min {
        return Err(vm.type_error(format!(
            "{name} expected {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n < min {
        return Err(vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// Positional-only arguments parsed by PyArg_ParseTuple: `find() takes at least 1 argument (0 given)`.
#[inline(always)]
pub fn check_tuple<Q: Display + ?Sized>(
    vm: &Vm,
    a: &Args,
    qual: &Q,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = nargs(a);
    if a.has_kw() || n < min || n > max {
        return tuple_error(vm, a, qual, name, min, max);
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn tuple_error<Q: Display + ?Sized>(
    vm: &Vm,
    a: &Args,
    qual: &Q,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let qual = &qual.to_string();
    no_kw(vm, a, qual)?;
    let n = nargs(a);
    if n < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(())
}

/// Arguments that may also be passed by keyword (`split(sep=None, maxsplit=-1)`).
pub fn check_kw(vm: &Vm, a: &Args, name: &str, params: &[&str]) -> PyResult<()> {
    for k in a.kwnames {
        let s = vm.str_of(k);
        match params.iter().position(|p| *p == s) {
            None => {
                return Err(
                    vm.type_error(format!("'{s}' is an invalid keyword argument for {name}()"))
                )
            }
            Some(i) if i < nargs(a) => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{s}') and position ({})",
                    i + 1
                )))
            }
            _ => {}
        }
    }
    let n = nargs(a) + a.kwnames.len();
    if n > params.len() {
        return Err(vm.type_error(format!(
            "{name}() takes at most {} argument{} ({n} given)",
            params.len(),
            plural(params.len())
        )));
    }
    Ok(())
}

/// Argument `i` (after self), positional or by keyword `name`.
pub fn arg(vm: &Vm, a: &Args, i: usize, name: &str) -> Option<Value> {
    a.pos.get(i + 1).cloned().or_else(|| {
        if name.is_empty() {
            None
        } else {
            a.kw(vm, name)
        }
    })
}

/// The type name in an argument's "must be X, not Y" TypeError: "None" for None, as
/// CPython's `_PyArg_BadArgument` writes it, else the type's name.
pub fn arg_type_name(vm: &Vm, v: &Value) -> String {
    if vm.is_none(v) {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

/// An `__index__`-able argument as i64 (OverflowError past 64 bits, as CPython's Py_ssize_t).
pub fn index_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    let i = vm.index(v)?;
    vm.as_int(&i)
        .and_then(|r| r.to_i64())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// A `start`/`end` argument of find/count/startswith: None, or anything with `__index__`;
/// huge values saturate as CPython's slice clamping does.
pub fn slice_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if vm.is_none(v) {
        return Ok(None);
    }
    if !vm.is_int(v) && vm.lookup_special(v, &vm.names.index).is_none() {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let i = vm.index(v)?;
    let r = vm.as_int(&i).unwrap();
    Ok(Some(r.to_i64().unwrap_or(if r.is_negative() {
        i64::MIN / 2
    } else {
        i64::MAX / 2
    })))
}

/// CPython's ADJUST_INDICES: clamps `start`/`end` into `0..=len` (negative counts from the end).
pub fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let fix = |v: i64| {
        if v < 0 {
            (v + len).max(0)
        } else {
            v
        }
    };
    let s = fix(start.unwrap_or(0));
    let e = end.map(fix).unwrap_or(len).min(len);
    (s, e)
}

/// An `__index__`-able argument that CPython parses as a C `int` (tab sizes, flags).
pub fn c_int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    let i = vm.index(v)?;
    vm.as_int(&i)
        .and_then(|r| r.to_i64())
        .filter(|x| i32::try_from(*x).is_ok())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))
}
