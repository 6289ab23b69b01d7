//! `slice`: the constructor, start/stop/step, `indices()` (exact for big ints), repr,
//! tuple-like comparisons; unhashable as in CPython 3.11.

use crate::bytecode::CmpOp;
use crate::object::misc::SliceData;
use crate::object::native::{Args, MethodKind};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

pub fn init(vm: &Vm) {
    let t = vm.types.slice.clone();
    vm.add_method_kind(&t, "__new__", slice_new, MethodKind::Static);
    vm.add_type_attr(&t, "__hash__", vm.none.clone());
    vm.add_method(&t, "__repr__", |vm, a| {
        let s = this(vm, &a)?;
        Ok(vm.new_str(format!(
            "slice({}, {}, {})",
            vm.repr_string(&s.start)?,
            vm.repr_string(&s.stop)?,
            vm.repr_string(&s.step)?
        )))
    });
    vm.add_getset(
        &t,
        "start",
        |vm, a| Ok(this(vm, &a)?.start.clone()),
        Some(readonly),
    );
    vm.add_getset(
        &t,
        "stop",
        |vm, a| Ok(this(vm, &a)?.stop.clone()),
        Some(readonly),
    );
    vm.add_getset(
        &t,
        "step",
        |vm, a| Ok(this(vm, &a)?.step.clone()),
        Some(readonly),
    );
    vm.add_method(&t, "indices", slice_indices_m);
    vm.add_method(&t, "__reduce__", |vm, a| {
        let s = this(vm, &a)?;
        Ok(vm.new_tuple(vec![vm.types.slice.clone(), parts(vm, s)]))
    });
    vm.add_method(&t, "__eq__", |vm, a| compare(vm, a, CmpOp::Eq));
    vm.add_method(&t, "__ne__", |vm, a| compare(vm, a, CmpOp::Ne));
    vm.add_method(&t, "__lt__", |vm, a| compare(vm, a, CmpOp::Lt));
    vm.add_method(&t, "__le__", |vm, a| compare(vm, a, CmpOp::Le));
    vm.add_method(&t, "__gt__", |vm, a| compare(vm, a, CmpOp::Gt));
    vm.add_method(&t, "__ge__", |vm, a| compare(vm, a, CmpOp::Ge));
}

fn this<'a>(vm: &Vm, a: &Args<'a>) -> PyResult<&'a SliceData> {
    let v: &'a Value = &a.pos[0];
    if vm.is_exact(v, &vm.types.slice) {
        Ok(unsafe { v.payload::<SliceData>() })
    } else {
        Err(vm.type_error(format!(
            "descriptor requires a 'slice' object but received a '{}'",
            vm.type_name(v)
        )))
    }
}

fn readonly(vm: &Vm, _a: Args) -> PyResult<Value> {
    Err(vm.attribute_error("readonly attribute"))
}

fn parts(vm: &Vm, s: &SliceData) -> Value {
    vm.new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()])
}

fn slice_new(vm: &Vm, a: Args) -> PyResult<Value> {
    crate::builtins::set::new_cls(vm, &a, &vm.types.slice)?;
    if a.has_kw() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let args = &a.pos[1..];
    let none = || vm.none.clone();
    match args.len() {
        0 => Err(vm.type_error("slice expected at least 1 argument, got 0")),
        1 => Ok(vm.new_slice(none(), args[0].clone(), none())),
        2 => Ok(vm.new_slice(args[0].clone(), args[1].clone(), none())),
        3 => Ok(vm.new_slice(args[0].clone(), args[1].clone(), args[2].clone())),
        n => Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    }
}

/// A slice bound as an int: ints and objects with `__index__` only.
fn bound(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    let ok = vm.as_int(v).is_some() || vm.lookup_special(v, &vm.names.index).is_some();
    if !ok {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let i = vm.index(v)?;
    Ok(vm.as_int(&i).map(|r| r.to_big()).unwrap_or_default())
}

/// `slice.indices(length)`: (start, stop, step) clipped to a sequence of that length.
fn slice_indices_m(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("slice.indices() takes no keyword arguments"));
    }
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            a.pos.len() - 1
        )));
    }
    let s = this(vm, &a)?;
    let len = vm.index(&a.pos[1])?;
    let length = vm.as_int(&len).map(|r| r.to_big()).unwrap_or_default();
    if length.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let step = if vm.is_none(&s.step) {
        BigInt::from(1)
    } else {
        let st = bound(vm, &s.step)?;
        if st.is_zero() {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        st
    };
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), &length - 1)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clip = |v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if vm.is_none(v) {
            return Ok(default.clone());
        }
        let mut i = bound(vm, v)?;
        if i.is_negative() {
            i += &length;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = clip(&s.start, if neg { &upper } else { &lower })?;
    let stop = clip(&s.stop, if neg { &lower } else { &upper })?;
    Ok(vm.new_tuple(vec![
        vm.new_bigint(start),
        vm.new_bigint(stop),
        vm.new_bigint(step),
    ]))
}

/// Slices compare as the tuples (start, stop, step).
fn compare(vm: &Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let (v, w) = (&a.pos[0], &a.pos[1]);
    if !vm.is_exact(v, &vm.types.slice) || !vm.is_exact(w, &vm.types.slice) {
        return Ok(vm.not_implemented.clone());
    }
    if v.is(w) {
        return Ok(vm.bool_val(matches!(op, CmpOp::Eq | CmpOp::Le | CmpOp::Ge)));
    }
    let (x, y) = unsafe { (v.payload::<SliceData>(), w.payload::<SliceData>()) };
    vm.compare(&parts(vm, x), &parts(vm, y), op)
}
