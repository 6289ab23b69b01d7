//! Exception groups: `split`, `subgroup` and `derive`, and the two steps of `except*`
//! (CHECK_EG_MATCH splits the group being handled; PREP_RERAISE_STAR decides what
//! propagates: new exceptions raised by the clauses plus the unhandled or re-raised
//! part of the original group, keeping its nesting).

use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::collections::HashSet;

/// What a split keeps.
enum Cond<'a> {
    /// `isinstance(e, T)` for a type or tuple of types.
    Types(&'a Value),
    /// A callable predicate.
    Pred(&'a Value),
    /// Leaves whose identity is in the set.
    Leaves(&'a HashSet<usize>),
}

fn is_group(vm: &Vm, e: &Value) -> bool {
    vm.isinstance_type(e, &vm.exc.base_exception_group)
}

fn members(vm: &Vm, eg: &Value) -> Vec<Value> {
    vm.attrs_of(eg)
        .and_then(|a| a.get(vm, &vm.intern("__eg_exceptions__")).ok().flatten())
        .map(|t| vm.tuple_items(&t).to_vec())
        .unwrap_or_default()
}

fn test(vm: &Vm, e: &Value, cond: &Cond) -> PyResult<bool> {
    match cond {
        Cond::Types(t) => vm.exception_matches(e, t),
        Cond::Pred(p) => {
            let r = vm.call(p, std::slice::from_ref(e))?;
            vm.truthy(&r)
        }
        Cond::Leaves(set) => Ok(!is_group(vm, e) && set.contains(&e.raw())),
    }
}

/// Copies traceback, cause, context and notes from `from` to the derived group `to`.
fn copy_metadata(vm: &Vm, from: &Value, to: &Value) {
    // Made now so both groups share one traceback object, as CPython's.
    let _ = crate::builtins::exceptions::traceback_of(vm, from);
    let (a, b) = (vm.exc_data(from), vm.exc_data(to));
    unsafe {
        *b.traceback.get_mut() = a.traceback.get().clone();
        *b.tb_object.get_mut() = a.tb_object.get().clone();
        *b.notes.get_mut() = a.notes.get().clone();
    }
    let notes = vm.intern("__notes__");
    if let Ok(Some(n)) = vm.getattr_opt(from, &notes) {
        let _ = vm.setattr(to, &notes, n);
    }
    b.set_cause(a.cause());
    b.set_context(a.context());
    b.suppress_context.set(a.suppress_context.get());
}

/// `eg.derive(excs)` followed by the metadata copy, as `split` does.
fn derive(vm: &Vm, eg: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let d = vm.getattr(eg, &vm.intern("derive"))?;
    let new = vm.call(&d, &[vm.new_list(excs)])?;
    if !vm.is_exception_instance(&new) || !is_group(vm, &new) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    copy_metadata(vm, eg, &new);
    Ok(new)
}

/// Splits `e` into (matching, rest), either possibly absent.
fn split(vm: &Vm, e: &Value, cond: &Cond) -> PyResult<(Option<Value>, Option<Value>)> {
    if test(vm, e, cond)? {
        return Ok((Some(e.clone()), None));
    }
    if !is_group(vm, e) {
        return Ok((None, Some(e.clone())));
    }
    let (mut yes, mut no) = (Vec::new(), Vec::new());
    for sub in members(vm, e) {
        let (m, r) = split(vm, &sub, cond)?;
        yes.extend(m);
        no.extend(r);
    }
    let m = if yes.is_empty() {
        None
    } else {
        Some(derive(vm, e, yes)?)
    };
    let r = if no.is_empty() {
        None
    } else {
        Some(derive(vm, e, no)?)
    };
    Ok((m, r))
}

fn cond_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<Cond<'a>> {
    let is_types = vm.is_type(v)
        || vm
            .as_tuple(v)
            .is_some_and(|t| t.iter().all(|x| vm.is_type(x)));
    if is_types {
        return Ok(Cond::Types(v));
    }
    if crate::builtins::functions::is_callable(vm, v) {
        return Ok(Cond::Pred(v));
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn opt(vm: &Vm, v: Option<Value>) -> Value {
    v.unwrap_or_else(|| vm.none.clone())
}

fn eg_split_method(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "split", 2, 2)?;
    let cond = cond_of(vm, &a.pos[1])?;
    let (m, r) = split(vm, &a.pos[0], &cond)?;
    Ok(vm.new_tuple(vec![opt(vm, m), opt(vm, r)]))
}

fn eg_subgroup(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "subgroup", 2, 2)?;
    let cond = cond_of(vm, &a.pos[1])?;
    Ok(opt(vm, split(vm, &a.pos[0], &cond)?.0))
}

fn eg_derive(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "derive", 2, 2)?;
    let msg = vm
        .attrs_of(&a.pos[0])
        .and_then(|at| at.get(vm, &vm.intern("__eg_message__")).ok().flatten())
        .unwrap_or_else(|| vm.empty_str.clone());
    vm.call(&vm.exc.base_exception_group, &[msg, a.pos[1].clone()])
}

pub fn init(vm: &Vm) {
    let eg = vm.exc.base_exception_group.clone();
    vm.add_method(&eg, "split", eg_split_method);
    vm.add_method(&eg, "subgroup", eg_subgroup);
    vm.add_method(&eg, "derive", eg_derive);
}

/// A group of one exception, for `except*` catching a naked exception. As in CPython it
/// was never raised, so it has no traceback of its own (the member keeps its).
fn wrap(vm: &Vm, e: &Value) -> PyResult<Value> {
    vm.call(
        &vm.exc.base_exception_group,
        &[vm.empty_str.clone(), vm.new_tuple(vec![e.clone()])],
    )
}

/// CHECK_EG_MATCH: (rest, match) of the exception being handled against clause type `ty`.
pub fn eg_match(vm: &Vm, e: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    let (rest, matched) = eg_split_match(vm, e, ty)?;
    // As CPython's CHECK_EG_MATCH: the except* clause handles the matching part (what
    // sys.exc_info() and the __context__ of errors raised in the clause see).
    if !vm.is_none(&matched) {
        vm.set_current_exc(Some(matched.clone()));
    }
    Ok((rest, matched))
}

fn eg_split_match(vm: &Vm, e: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    let types: Vec<Value> = match vm.as_tuple(ty) {
        Some(t) => t.to_vec(),
        None => vec![ty.clone()],
    };
    for t in &types {
        if vm.is_type(t)
            && crate::builtins::functions::issubclass(vm, t, &vm.exc.base_exception_group)?
        {
            return Err(vm.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    if !is_group(vm, e) {
        return if vm.exception_matches(e, ty)? {
            Ok((vm.none.clone(), wrap(vm, e)?))
        } else {
            Ok((e.clone(), vm.none.clone()))
        };
    }
    let (m, r) = split(vm, e, &Cond::Types(ty))?;
    Ok((opt(vm, r), opt(vm, m)))
}

fn leaves(vm: &Vm, e: &Value, out: &mut HashSet<usize>) {
    if is_group(vm, e) {
        for s in members(vm, e) {
            leaves(vm, &s, out);
        }
    } else {
        out.insert(e.raw());
    }
}

/// PREP_RERAISE_STAR: `list` holds what each clause raised (and, last, the unhandled rest).
/// Items made of the original's leaves with its traceback are re-raises: they are put back
/// into the original's shape; anything else is new and is grouped beside them.
pub fn prep_reraise_star(vm: &Vm, orig: &Value, list: &Value) -> PyResult<Value> {
    let items: Vec<Value> = vm
        .collect(list)?
        .into_iter()
        .filter(|v| !vm.is_none(v))
        .collect();
    if items.is_empty() {
        return Ok(vm.none.clone());
    }
    if !is_group(vm, orig) {
        // A naked exception: at most one clause ran.
        return Ok(items[0].clone());
    }
    let mut orig_leaves = HashSet::new();
    leaves(vm, orig, &mut orig_leaves);
    let tb_len = |e: &Value| unsafe { vm.exc_data(e).traceback.get().len() };
    let (mut keep, mut raised) = (HashSet::new(), Vec::new());
    for it in items {
        let mut l = HashSet::new();
        leaves(vm, &it, &mut l);
        if l.is_subset(&orig_leaves) && tb_len(&it) == tb_len(orig) {
            keep.extend(l);
        } else {
            raised.push(it);
        }
    }
    let reraised = if keep.is_empty() {
        None
    } else {
        split(vm, orig, &Cond::Leaves(&keep))?.0
    };
    if raised.is_empty() {
        return Ok(opt(vm, reraised));
    }
    raised.extend(reraised);
    vm.call(
        &vm.exc.base_exception_group,
        &[vm.empty_str.clone(), vm.new_list(raised)],
    )
}
