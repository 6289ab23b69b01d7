//! The `operator` module: the operators as functions, and the `itemgetter`, `attrgetter` and
//! `methodcaller` callables (native types, as in CPython, so that they are fast sort keys).

use super::native_type::{add_fn, add_value, new_obj, new_type, set_new};
use crate::bytecode::{BinOp, CmpOp};
use crate::object::native::{Args, NativeFn};
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

/// Checks a fixed positional count with CPython's `_PyArg_CheckPositional` wording.
fn npos(vm: &Vm, a: &Args, name: &str, n: usize) -> PyResult<()> {
    if a.has_kw() {
        return Err(vm.type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    if a.pos.len() != n {
        if n == 1 {
            return Err(vm.type_error(format!(
                "_operator.{name}() takes exactly one argument ({} given)",
                a.pos.len()
            )));
        }
        return Err(vm.type_error(format!(
            "{name} expected {n} arguments, got {}",
            a.pos.len()
        )));
    }
    Ok(())
}

macro_rules! binop_fn {
    ($fname:ident, $name:literal, $op:expr, $inplace:expr) => {
        fn $fname(vm: &Vm, a: Args) -> PyResult<Value> {
            npos(vm, &a, $name, 2)?;
            vm.binary_op(&a.pos[0], &a.pos[1], $op, $inplace)
        }
    };
}

binop_fn!(op_add, "add", BinOp::Add, false);
binop_fn!(op_sub, "sub", BinOp::Sub, false);
binop_fn!(op_mul, "mul", BinOp::Mul, false);
binop_fn!(op_matmul, "matmul", BinOp::MatMul, false);
binop_fn!(op_truediv, "truediv", BinOp::TrueDiv, false);
binop_fn!(op_floordiv, "floordiv", BinOp::FloorDiv, false);
binop_fn!(op_mod, "mod", BinOp::Mod, false);
binop_fn!(op_pow, "pow", BinOp::Pow, false);
binop_fn!(op_lshift, "lshift", BinOp::LShift, false);
binop_fn!(op_rshift, "rshift", BinOp::RShift, false);
binop_fn!(op_and, "and_", BinOp::And, false);
binop_fn!(op_or, "or_", BinOp::Or, false);
binop_fn!(op_xor, "xor", BinOp::Xor, false);
binop_fn!(op_iadd, "iadd", BinOp::Add, true);
binop_fn!(op_isub, "isub", BinOp::Sub, true);
binop_fn!(op_imul, "imul", BinOp::Mul, true);
binop_fn!(op_imatmul, "imatmul", BinOp::MatMul, true);
binop_fn!(op_itruediv, "itruediv", BinOp::TrueDiv, true);
binop_fn!(op_ifloordiv, "ifloordiv", BinOp::FloorDiv, true);
binop_fn!(op_imod, "imod", BinOp::Mod, true);
binop_fn!(op_ipow, "ipow", BinOp::Pow, true);
binop_fn!(op_ilshift, "ilshift", BinOp::LShift, true);
binop_fn!(op_irshift, "irshift", BinOp::RShift, true);
binop_fn!(op_iand, "iand", BinOp::And, true);
binop_fn!(op_ior, "ior", BinOp::Or, true);
binop_fn!(op_ixor, "ixor", BinOp::Xor, true);

macro_rules! cmp_fn {
    ($fname:ident, $name:literal, $op:expr) => {
        fn $fname(vm: &Vm, a: Args) -> PyResult<Value> {
            npos(vm, &a, $name, 2)?;
            vm.compare(&a.pos[0], &a.pos[1], $op)
        }
    };
}

cmp_fn!(op_lt, "lt", CmpOp::Lt);
cmp_fn!(op_le, "le", CmpOp::Le);
cmp_fn!(op_eq, "eq", CmpOp::Eq);
cmp_fn!(op_ne, "ne", CmpOp::Ne);
cmp_fn!(op_gt, "gt", CmpOp::Gt);
cmp_fn!(op_ge, "ge", CmpOp::Ge);

fn op_neg(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "neg", 1)?;
    vm.unary_op(&a.pos[0], &vm.names.neg, "-")
}

fn op_pos(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "pos", 1)?;
    vm.unary_op(&a.pos[0], &vm.names.pos, "+")
}

fn op_invert(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "invert", 1)?;
    vm.unary_op(&a.pos[0], &vm.names.invert, "~")
}

fn op_abs(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "abs", 1)?;
    match vm.lookup_special(&a.pos[0], &vm.names.abs) {
        Some(f) => vm.call_bound_special(&f, &a.pos[0], &[]),
        None => Err(vm.type_error(format!(
            "bad operand type for abs(): '{}'",
            vm.type_name(&a.pos[0])
        ))),
    }
}

fn op_not(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "not_", 1)?;
    Ok(vm.bool_val(!vm.truthy(&a.pos[0])?))
}

fn op_truth(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "truth", 1)?;
    Ok(vm.bool_val(vm.truthy(&a.pos[0])?))
}

fn op_index(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "index", 1)?;
    let r = vm.index(&a.pos[0])?;
    // An int subclass (bool included) comes back as a plain int.
    if !vm.is_exact(&r, &vm.types.int) {
        if let Some(i) = vm.as_int(&r) {
            return Ok(match i {
                crate::object::int::IntRef::Small(n) => vm.new_int(n),
                crate::object::int::IntRef::Big(b) => vm.new_bigint(b.clone()),
            });
        }
    }
    Ok(r)
}

fn op_is(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "is_", 2)?;
    Ok(vm.bool_val(a.pos[0].is(&a.pos[1])))
}

fn op_is_not(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "is_not", 2)?;
    Ok(vm.bool_val(!a.pos[0].is(&a.pos[1])))
}

fn op_contains(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "contains", 2)?;
    Ok(vm.bool_val(vm.contains(&a.pos[0], &a.pos[1])?))
}

fn op_getitem(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "getitem", 2)?;
    vm.getitem(&a.pos[0], &a.pos[1])
}

fn op_setitem(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "setitem", 3)?;
    vm.setitem(&a.pos[0], &a.pos[1], a.pos[2].clone())?;
    Ok(vm.none.clone())
}

fn op_delitem(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "delitem", 2)?;
    vm.delitem(&a.pos[0], &a.pos[1])?;
    Ok(vm.none.clone())
}

/// `concat`/`iconcat`: only sequences (objects with `__getitem__`) concatenate.
fn concat_impl(vm: &Vm, a: Args, name: &str, inplace: bool) -> PyResult<Value> {
    npos(vm, &a, name, 2)?;
    if vm.lookup_special(&a.pos[0], &vm.names.getitem).is_none() || vm.as_dict(&a.pos[0]).is_some()
    {
        return Err(vm.type_error(format!(
            "'{}' object can't be concatenated",
            vm.type_name(&a.pos[0])
        )));
    }
    vm.binary_op(&a.pos[0], &a.pos[1], BinOp::Add, inplace)
}

fn op_concat(vm: &Vm, a: Args) -> PyResult<Value> {
    concat_impl(vm, a, "concat", false)
}

fn op_iconcat(vm: &Vm, a: Args) -> PyResult<Value> {
    concat_impl(vm, a, "iconcat", true)
}

/// Iterates `seq` for `countOf`/`indexOf` (CPython's message for non-iterables differs from iter()).
fn search_iter(vm: &Vm, seq: &Value) -> PyResult<Value> {
    vm.iter(seq).map_err(|e| {
        if vm.err_matches(&e, &vm.exc.type_error) {
            vm.type_error(format!(
                "argument of type '{}' is not iterable",
                vm.type_name(seq)
            ))
        } else {
            e
        }
    })
}

fn op_count_of(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "countOf", 2)?;
    let it = search_iter(vm, &a.pos[0])?;
    let mut n = 0usize;
    while let Some(x) = vm.next(&it)? {
        if x.is(&a.pos[1]) || vm.eq_bool(&x, &a.pos[1])? {
            n += 1;
        }
    }
    Ok(vm.new_int_usize(n))
}

fn op_index_of(vm: &Vm, a: Args) -> PyResult<Value> {
    npos(vm, &a, "indexOf", 2)?;
    let it = search_iter(vm, &a.pos[0])?;
    let mut n = 0usize;
    while let Some(x) = vm.next(&it)? {
        if x.is(&a.pos[1]) || vm.eq_bool(&x, &a.pos[1])? {
            return Ok(vm.new_int_usize(n));
        }
        n += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

/// `operator.length_hint(obj, default=0)`: `len()`, else `__length_hint__`, else default.
pub fn length_hint(vm: &Vm, obj: &Value, default: usize) -> PyResult<usize> {
    if vm.lookup_special(obj, &vm.names.len).is_some() {
        match vm.len(obj) {
            Ok(n) => return Ok(n),
            Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    if let Some(n) = builtin_iter_hint(vm, obj) {
        return Ok(n);
    }
    let Some(f) = vm.lookup_special(obj, &vm.names.length_hint) else {
        return Ok(default);
    };
    let r = match vm.call_bound_special(&f, obj, &[]) {
        Ok(r) => r,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => return Ok(default),
        Err(e) => return Err(e),
    };
    if r.is(&vm.not_implemented) {
        return Ok(default);
    }
    if !vm.is_int(&r) {
        return Err(vm.type_error(format!(
            "__length_hint__ must be an integer, not {}",
            vm.type_name(&r)
        )));
    }
    match vm.int_to_i64(&r) {
        Ok(n) if n < 0 => Err(vm.value_error("__length_hint__() should return >= 0")),
        Ok(n) => Ok(n as usize),
        Err(_) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// The remaining length of the runtime's own sequence iterators (they have no
/// `__length_hint__` method of their own).
fn builtin_iter_hint(vm: &Vm, obj: &Value) -> Option<usize> {
    use crate::object::iter::{RangeIterData, SeqIterData};
    let t = vm.type_ptr(obj) as usize;
    let misc = &vm.types.misc;
    if t == misc["range_iterator"].raw() {
        let d = unsafe { obj.payload::<RangeIterData>() };
        return Some(d.remaining.get().max(0) as usize);
    }
    if t == misc["list_iterator"].raw() || t == misc["tuple_iterator"].raw() {
        let d = unsafe { obj.payload::<SeqIterData>() };
        let i = d.index.get();
        return Some(match unsafe { d.seq.get() } {
            Some(s) => vm.len(s).ok()?.saturating_sub(i),
            None => 0,
        });
    }
    None
}

fn op_length_hint(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("length_hint() takes no keyword arguments"));
    }
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(vm.type_error(if a.pos.is_empty() {
            "length_hint expected at least 1 argument, got 0".to_string()
        } else {
            format!(
                "length_hint expected at most 2 arguments, got {}",
                a.pos.len()
            )
        }));
    }
    let default = match a.pos.get(1) {
        Some(d) => {
            if !vm.is_int(d) {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(d)
                )));
            }
            let n = vm.int_to_i64(d)?;
            if n < 0 {
                // CPython returns the default unchanged when nothing else is known.
                let hint = length_hint(vm, &a.pos[0], usize::MAX)?;
                return Ok(if hint == usize::MAX {
                    d.clone()
                } else {
                    vm.new_int_usize(hint)
                });
            }
            n as usize
        }
        None => 0,
    };
    Ok(vm.new_int_usize(length_hint(vm, &a.pos[0], default)?))
}

fn op_call(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(vm.type_error("call() missing 1 required positional argument: 'obj'"));
    }
    let mut args: Vec<Value> = a.pos[1..].to_vec();
    args.extend(a.kwvalues.iter().cloned());
    vm.call_kw(&a.pos[0], &args, a.kwnames)
}

// ---- itemgetter, attrgetter, methodcaller ----

/// Payload of `itemgetter`: the keys.
pub struct ItemGetter {
    items: Vec<Value>,
}

impl Container for ItemGetter {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        self.items.iter().for_each(f)
    }
    fn clear_refs(&self) {}
}

/// Payload of `attrgetter`: each requested attribute as its dotted parts (interned names).
pub struct AttrGetter {
    names: Vec<Vec<Value>>,
    /// The names as given, for the repr.
    raw: Vec<Value>,
}

impl Container for AttrGetter {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        self.raw.iter().for_each(f)
    }
    fn clear_refs(&self) {}
}

/// Payload of `methodcaller`: the method name, positional and keyword arguments.
pub struct MethodCaller {
    name: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
    kwvalues: Vec<Value>,
}

impl Container for MethodCaller {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        self.args.iter().for_each(&mut *f);
        self.kwvalues.iter().for_each(f)
    }
    fn clear_refs(&self) {}
}

/// The one argument of a getter's `__call__`.
fn call_arg(vm: &Vm, a: &Args, name: &str) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    Ok(a.pos[1].clone())
}

fn itemgetter_new(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("itemgetter() takes no keyword arguments"));
    }
    if a.pos.len() < 2 {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(new_obj(
        vm,
        &a.pos[0],
        ItemGetter {
            items: a.pos[1..].to_vec(),
        },
    ))
}

fn itemgetter_call(vm: &Vm, a: Args) -> PyResult<Value> {
    let obj = call_arg(vm, &a, "itemgetter")?;
    let d = unsafe { a.pos[0].payload::<ItemGetter>() };
    if d.items.len() == 1 {
        return vm.getitem(&obj, &d.items[0]);
    }
    let mut out = Vec::with_capacity(d.items.len());
    for k in &d.items {
        out.push(vm.getitem(&obj, k)?);
    }
    Ok(vm.new_tuple(out))
}

/// `operator.NAME(a, b, ...)` with each argument's repr, guarding recursive structures.
fn call_repr(
    vm: &Vm,
    me: &Value,
    name: &str,
    parts: &[Value],
    extra: &[String],
) -> PyResult<Value> {
    if !vm.repr_enter(me) {
        return Ok(vm.new_str("..."));
    }
    let mut out: Vec<String> = Vec::new();
    for p in parts {
        match vm.repr_string(p) {
            Ok(s) => out.push(s),
            Err(e) => {
                vm.repr_leave(me);
                return Err(e);
            }
        }
    }
    vm.repr_leave(me);
    out.extend(extra.iter().cloned());
    Ok(vm.new_str(format!("operator.{name}({})", out.join(", "))))
}

fn itemgetter_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = unsafe { a.pos[0].payload::<ItemGetter>() };
    call_repr(vm, &a.pos[0], "itemgetter", &d.items, &[])
}

fn itemgetter_reduce(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = unsafe { a.pos[0].payload::<ItemGetter>() };
    Ok(vm.new_tuple(vec![vm.type_of(&a.pos[0]), vm.new_tuple(d.items.clone())]))
}

fn attrgetter_new(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("attrgetter() takes no keyword arguments"));
    }
    if a.pos.len() < 2 {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut names = Vec::new();
    for n in &a.pos[1..] {
        if !vm.is_str(n) {
            return Err(vm.type_error("attribute name must be a string"));
        }
        let s = vm.str_of(n);
        names.push(s.split('.').map(|p| vm.intern(p)).collect());
    }
    Ok(new_obj(
        vm,
        &a.pos[0],
        AttrGetter {
            names,
            raw: a.pos[1..].to_vec(),
        },
    ))
}

fn attrgetter_call(vm: &Vm, a: Args) -> PyResult<Value> {
    let obj = call_arg(vm, &a, "attrgetter")?;
    let d = unsafe { a.pos[0].payload::<AttrGetter>() };
    let get = |parts: &Vec<Value>| -> PyResult<Value> {
        let mut v = obj.clone();
        for p in parts {
            v = vm.getattr(&v, p)?;
        }
        Ok(v)
    };
    if d.names.len() == 1 {
        return get(&d.names[0]);
    }
    let mut out = Vec::with_capacity(d.names.len());
    for parts in &d.names {
        out.push(get(parts)?);
    }
    Ok(vm.new_tuple(out))
}

fn attrgetter_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = unsafe { a.pos[0].payload::<AttrGetter>() };
    call_repr(vm, &a.pos[0], "attrgetter", &d.raw, &[])
}

fn attrgetter_reduce(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = unsafe { a.pos[0].payload::<AttrGetter>() };
    Ok(vm.new_tuple(vec![vm.type_of(&a.pos[0]), vm.new_tuple(d.raw.clone())]))
}

fn methodcaller_new(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() < 2 {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    }
    if !vm.is_str(&a.pos[1]) {
        return Err(vm.type_error("method name must be a string"));
    }
    Ok(new_obj(
        vm,
        &a.pos[0],
        MethodCaller {
            name: vm.intern_value(&a.pos[1]),
            args: a.pos[2..].to_vec(),
            kwnames: a.kwnames.to_vec(),
            kwvalues: a.kwvalues.to_vec(),
        },
    ))
}

fn methodcaller_call(vm: &Vm, a: Args) -> PyResult<Value> {
    let obj = call_arg(vm, &a, "methodcaller")?;
    let d = unsafe { a.pos[0].payload::<MethodCaller>() };
    let m = vm.getattr(&obj, &d.name)?;
    let mut args = d.args.clone();
    args.extend(d.kwvalues.iter().cloned());
    vm.call_kw(&m, &args, &d.kwnames)
}

fn methodcaller_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = unsafe { a.pos[0].payload::<MethodCaller>() };
    let mut parts = vec![d.name.clone()];
    parts.extend(d.args.iter().cloned());
    let mut extra = Vec::new();
    for (k, v) in d.kwnames.iter().zip(d.kwvalues.iter()) {
        extra.push(format!("{}={}", vm.str_of(k), vm.repr_string(v)?));
    }
    call_repr(vm, &a.pos[0], "methodcaller", &parts, &extra)
}

pub fn make(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("operator");
    let fns: &[(&'static str, NativeFn)] = &[
        ("add", op_add),
        ("sub", op_sub),
        ("mul", op_mul),
        ("matmul", op_matmul),
        ("truediv", op_truediv),
        ("floordiv", op_floordiv),
        ("mod", op_mod),
        ("pow", op_pow),
        ("lshift", op_lshift),
        ("rshift", op_rshift),
        ("and_", op_and),
        ("or_", op_or),
        ("xor", op_xor),
        ("iadd", op_iadd),
        ("isub", op_isub),
        ("imul", op_imul),
        ("imatmul", op_imatmul),
        ("itruediv", op_itruediv),
        ("ifloordiv", op_ifloordiv),
        ("imod", op_imod),
        ("ipow", op_ipow),
        ("ilshift", op_ilshift),
        ("irshift", op_irshift),
        ("iand", op_iand),
        ("ior", op_ior),
        ("ixor", op_ixor),
        ("lt", op_lt),
        ("le", op_le),
        ("eq", op_eq),
        ("ne", op_ne),
        ("gt", op_gt),
        ("ge", op_ge),
        ("neg", op_neg),
        ("pos", op_pos),
        ("invert", op_invert),
        ("abs", op_abs),
        ("not_", op_not),
        ("truth", op_truth),
        ("index", op_index),
        ("is_", op_is),
        ("is_not", op_is_not),
        ("contains", op_contains),
        ("getitem", op_getitem),
        ("setitem", op_setitem),
        ("delitem", op_delitem),
        ("concat", op_concat),
        ("iconcat", op_iconcat),
        ("countOf", op_count_of),
        ("indexOf", op_index_of),
        ("length_hint", op_length_hint),
        ("call", op_call),
    ];
    for (name, f) in fns {
        add_fn(vm, &m, name, *f);
    }
    // The dunder aliases (`operator.__add__` is `operator.add`), as CPython provides.
    let d = vm.module_dict(&m).unwrap();
    let dd = vm.as_dict(&d).unwrap();
    for (name, _) in fns {
        if matches!(
            *name,
            "countOf" | "indexOf" | "length_hint" | "is_" | "is_not" | "truth"
        ) {
            continue;
        }
        let base = name.trim_end_matches('_');
        if let Some(f) = vm.dict_get_str_key(dd, name) {
            vm.dict_set_str(dd, &format!("__{base}__"), f);
        }
    }
    if let Some(f) = vm.dict_get_str_key(dd, "invert") {
        vm.dict_set_str(dd, "inv", f.clone());
        vm.dict_set_str(dd, "__inv__", f);
    }

    let ig = new_type::<ItemGetter>(vm, "operator", "itemgetter");
    set_new(vm, &ig, itemgetter_new);
    vm.add_method(&ig, "__call__", itemgetter_call);
    vm.add_method(&ig, "__repr__", itemgetter_repr);
    vm.add_method(&ig, "__reduce__", itemgetter_reduce);
    add_value(vm, &m, "itemgetter", ig);

    let ag = new_type::<AttrGetter>(vm, "operator", "attrgetter");
    set_new(vm, &ag, attrgetter_new);
    vm.add_method(&ag, "__call__", attrgetter_call);
    vm.add_method(&ag, "__repr__", attrgetter_repr);
    vm.add_method(&ag, "__reduce__", attrgetter_reduce);
    add_value(vm, &m, "attrgetter", ag);

    let mc = new_type::<MethodCaller>(vm, "operator", "methodcaller");
    set_new(vm, &mc, methodcaller_new);
    vm.add_method(&mc, "__call__", methodcaller_call);
    vm.add_method(&mc, "__repr__", methodcaller_repr);
    add_value(vm, &m, "methodcaller", mc);
    Ok(m)
}
