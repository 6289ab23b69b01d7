//! Attributes and methods of functions, bound methods, builtin functions, method descriptors,
//! code objects and cells (`__name__`, `__defaults__`, `__self__`, `co_varnames`,
//! `cell_contents`, reprs, `__get__`, `__call__`, ...).

use crate::object::function::{CellData, CodeData, FunctionData, MethodData};
use crate::object::native::{Args, BuiltinFunctionData, MethodDescrData, MethodKind};
use crate::object::typeobj::type_data;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

fn func(v: &Value) -> &FunctionData {
    unsafe { v.payload::<FunctionData>() }
}

/// Calls `callee` with the arguments after self, keywords included.
fn forward_call(vm: &Vm, callee: &Value, a: &Args) -> PyResult<Value> {
    let mut all: Vec<Value> = a.pos[1..].to_vec();
    all.extend_from_slice(a.kwvalues);
    vm.call_kw(callee, &all, a.kwnames)
}

/// `<... at 0x...>` addresses, as CPython's `%p`.
fn addr(v: &Value) -> String {
    format!("{:#x}", v.raw())
}

/// Identity hash of an object (the same rotation `object.__hash__` uses).
fn id_hash(v: &Value) -> i64 {
    let p = v.raw();
    (((p >> 4) | (p << (usize::BITS - 4))) as i64) & i64::MAX
}

/// The value a setter got; None when the attribute is being deleted (only `self` passed).
fn assigned<'a>(a: &Args<'a>) -> Option<&'a Value> {
    a.pos.get(1)
}

/// Setter of the read-only members `__globals__`, `__closure__`, `__builtins__`.
fn readonly(vm: &Vm, _a: Args) -> PyResult<Value> {
    Err(vm.attribute_error("readonly attribute"))
}

// ---- function ----

fn f_name(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(unsafe { func(&a.pos[0]).name.get() }.clone())
}

fn f_set_name(vm: &Vm, a: Args) -> PyResult<Value> {
    let Some(v) = assigned(&a).filter(|v| vm.is_str(v)) else {
        return Err(vm.type_error("__name__ must be set to a string object"));
    };
    unsafe { *func(&a.pos[0]).name.get_mut() = v.clone() };
    Ok(vm.none.clone())
}

fn f_qualname(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(unsafe { func(&a.pos[0]).qualname.get() }.clone())
}

fn f_set_qualname(vm: &Vm, a: Args) -> PyResult<Value> {
    let Some(v) = assigned(&a).filter(|v| vm.is_str(v)) else {
        return Err(vm.type_error("__qualname__ must be set to a string object"));
    };
    unsafe { *func(&a.pos[0]).qualname.get_mut() = v.clone() };
    Ok(vm.none.clone())
}

fn f_doc(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(unsafe { func(&a.pos[0]).doc.get() }.clone())
}

fn f_set_doc(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = assigned(&a).cloned().unwrap_or_else(|| vm.none.clone());
    let old = unsafe { std::mem::replace(func(&a.pos[0]).doc.get_mut(), v) };
    drop(old);
    Ok(vm.none.clone())
}

fn f_module(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(unsafe { func(&a.pos[0]).module.get() }.clone())
}

fn f_set_module(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = assigned(&a).cloned().unwrap_or_else(|| vm.none.clone());
    let old = unsafe { std::mem::replace(func(&a.pos[0]).module.get_mut(), v) };
    drop(old);
    Ok(vm.none.clone())
}

fn f_defaults(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(unsafe { func(&a.pos[0]).defaults.get() }
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn f_set_defaults(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = assigned(&a).unwrap_or(&vm.none);
    let new = if vm.is_none(v) {
        None
    } else if vm.as_tuple(v).is_some() {
        // An empty tuple means "no defaults", as CPython stores it.
        if vm.tuple_items(v).is_empty() {
            None
        } else {
            Some(v.clone())
        }
    } else {
        return Err(vm.type_error("__defaults__ must be set to a tuple object"));
    };
    let old = unsafe { std::mem::replace(func(&a.pos[0]).defaults.get_mut(), new) };
    drop(old);
    Ok(vm.none.clone())
}

fn f_kwdefaults(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(unsafe { func(&a.pos[0]).kwdefaults.get() }
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn f_set_kwdefaults(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = assigned(&a).unwrap_or(&vm.none);
    let new = if vm.is_none(v) {
        None
    } else if vm.as_dict(v).is_some() {
        Some(v.clone())
    } else {
        return Err(vm.type_error("__kwdefaults__ must be set to a dict object"));
    };
    let old = unsafe { std::mem::replace(func(&a.pos[0]).kwdefaults.get_mut(), new) };
    drop(old);
    Ok(vm.none.clone())
}

fn f_code(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(unsafe { func(&a.pos[0]).code.get() }.clone())
}

fn f_set_code(vm: &Vm, a: Args) -> PyResult<Value> {
    let Some(v) = assigned(&a).filter(|v| vm.is_exact(v, &vm.types.code)) else {
        return Err(vm.type_error("__code__ must be set to a code object"));
    };
    let f = func(&a.pos[0]);
    // The closure is fixed at creation: the new code must want the same free variables.
    let nfree = unsafe { v.payload::<CodeData>() }.freevars.len();
    let ncells = f
        .closure
        .as_ref()
        .map(|c| vm.tuple_items(c).len())
        .unwrap_or(0);
    if nfree != ncells {
        let name = vm.str_of(unsafe { f.name.get() });
        return Err(vm.value_error(format!(
            "{name}() requires a code object with {ncells} free vars, not {nfree}"
        )));
    }
    let old = unsafe { std::mem::replace(f.code.get_mut(), v.clone()) };
    drop(old);
    Ok(vm.none.clone())
}

fn f_globals(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(func(&a.pos[0]).globals.clone())
}

fn f_builtins(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(func(&a.pos[0]).builtins.clone())
}

fn f_closure(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(func(&a.pos[0])
        .closure
        .clone()
        .unwrap_or_else(|| vm.none.clone()))
}

fn f_annotations(vm: &Vm, a: Args) -> PyResult<Value> {
    let slot = unsafe { func(&a.pos[0]).annotations.get_mut() };
    Ok(slot.get_or_insert_with(|| vm.new_dict()).clone())
}

fn f_set_annotations(vm: &Vm, a: Args) -> PyResult<Value> {
    let v = assigned(&a).unwrap_or(&vm.none);
    let new = if vm.is_none(v) {
        None
    } else if vm.as_dict(v).is_some() {
        Some(v.clone())
    } else {
        return Err(vm.type_error("__annotations__ must be set to a dict object"));
    };
    let old = unsafe { std::mem::replace(func(&a.pos[0]).annotations.get_mut(), new) };
    drop(old);
    Ok(vm.none.clone())
}

fn f_dict(vm: &Vm, a: Args) -> PyResult<Value> {
    let slot = unsafe { func(&a.pos[0]).dict.get_mut() };
    Ok(slot.get_or_insert_with(|| vm.new_dict()).clone())
}

fn f_set_dict(vm: &Vm, a: Args) -> PyResult<Value> {
    let Some(v) = assigned(&a) else {
        return Err(vm.type_error("cannot delete __dict__"));
    };
    if vm.as_dict(v).is_none() {
        return Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name(v)
        )));
    }
    let old = unsafe { std::mem::replace(func(&a.pos[0]).dict.get_mut(), Some(v.clone())) };
    drop(old);
    Ok(vm.none.clone())
}

fn f_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let qn = vm.str_of(unsafe { func(&a.pos[0]).qualname.get() });
    Ok(vm.new_str(format!("<function {qn} at {}>", addr(&a.pos[0]))))
}

/// `function.__get__(obj, type=None)`: a bound method, or the function itself for None.
fn f_get(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__get__", 2, 3)?;
    if vm.is_none(&a.pos[1]) {
        return Ok(a.pos[0].clone());
    }
    Ok(vm.new_method(a.pos[0].clone(), a.pos[1].clone()))
}

fn f_call(vm: &Vm, a: Args) -> PyResult<Value> {
    forward_call(vm, &a.pos[0], &a)
}

/// `function(code, globals, name=None, argdefs=None, closure=None)`: a function made from a
/// code object, as `types.FunctionType(...)` builds one (copying or re-binding functions).
fn f_new(vm: &Vm, a: Args) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["code", "globals", "name", "argdefs", "closure"];
    let args = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    args.check_kw_parser(vm, "function", &NAMES, 0, 2)?;
    let param = |i: usize| args.pos.get(i).cloned().or_else(|| args.kw(vm, NAMES[i]));
    let code = param(0).unwrap();
    if !vm.is_exact(&code, &vm.types.code) {
        return Err(vm.type_error(format!(
            "function() argument 'code' must be code, not {}",
            vm.type_name(&code)
        )));
    }
    let globals = param(1).unwrap();
    if vm.as_dict(&globals).is_none() {
        return Err(vm.type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            vm.type_name(&globals)
        )));
    }
    let name = param(2).filter(|v| !vm.is_none(v));
    if name.as_ref().is_some_and(|n| !vm.is_str(n)) {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    let defaults = param(3).filter(|v| !vm.is_none(v));
    if defaults.as_ref().is_some_and(|d| vm.as_tuple(d).is_none()) {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let closure = checked_closure(vm, &code, param(4).filter(|v| !vm.is_none(v)))?;
    Ok(function_from_code(
        vm, code, globals, name, defaults, closure,
    ))
}

/// The `closure` argument of `function(...)`: a tuple of as many cells as the code has
/// free variables (CPython's checks and messages, in its order).
fn checked_closure(vm: &Vm, code: &Value, closure: Option<Value>) -> PyResult<Option<Value>> {
    let cd = unsafe { code.payload::<CodeData>() };
    let nfree = cd.freevars.len();
    if closure.as_ref().is_some_and(|c| vm.as_tuple(c).is_none()) {
        return Err(vm.type_error("arg 5 (closure) must be None or tuple"));
    }
    if closure.is_none() && nfree > 0 {
        return Err(vm.type_error("arg 5 (closure) must be tuple"));
    }
    let cells = closure
        .as_ref()
        .map(|c| vm.tuple_items(c).to_vec())
        .unwrap_or_default();
    if cells.len() != nfree {
        return Err(vm.value_error(format!(
            "{} requires closure of length {nfree}, not {}",
            vm.str_of(&cd.name),
            cells.len()
        )));
    }
    if let Some(bad) = cells.iter().find(|c| !vm.is_exact(c, &vm.types.cell)) {
        return Err(vm.type_error(format!(
            "arg 5 (closure) expected cell, found {}",
            vm.type_name(bad)
        )));
    }
    Ok(closure.filter(|_| nfree > 0))
}

/// A new function over `code` with the given globals: name and qualname from the code
/// (unless `name` is given), the docstring from its first constant, `__module__` from
/// `globals['__name__']` and builtins from `globals['__builtins__']`.
fn function_from_code(
    vm: &Vm,
    code: Value,
    globals: Value,
    name: Option<Value>,
    defaults: Option<Value>,
    closure: Option<Value>,
) -> Value {
    use crate::bytecode::code::flags::OPTIMIZED;
    use crate::object::value::PyCell;
    let cd = unsafe { code.payload::<CodeData>() };
    // A function's docstring is its code's first constant when that is a str.
    let doc = match cd.consts.first() {
        Some(c) if vm.is_str(c) && cd.code.flags & OPTIMIZED != 0 => c.clone(),
        _ => vm.none.clone(),
    };
    let gd = vm.as_dict(&globals).unwrap();
    let module = vm
        .dict_get_str(gd, &vm.names.name)
        .unwrap_or_else(|| vm.none.clone());
    let builtins = vm
        .builtins_from_globals(&globals)
        .unwrap_or_else(|| vm.builtins_dict.clone());
    let data = FunctionData {
        name: PyCell::new(name.unwrap_or_else(|| cd.name.clone())),
        qualname: PyCell::new(cd.qualname.clone()),
        code: PyCell::new(code.clone()),
        globals,
        builtins,
        defaults: PyCell::new(defaults),
        kwdefaults: PyCell::new(None),
        closure,
        doc: PyCell::new(doc),
        module: PyCell::new(module),
        annotations: PyCell::new(None),
        dict: PyCell::new(None),
    };
    vm.alloc_instance(&vm.types.function, data)
}

// ---- bound method ----

fn meth(v: &Value) -> &MethodData {
    unsafe { v.payload::<MethodData>() }
}

fn m_self(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(meth(&a.pos[0]).self_.clone())
}

fn m_func(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(meth(&a.pos[0]).func.clone())
}

fn m_doc(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm
        .getattr_opt(&meth(&a.pos[0]).func, &vm.names.doc.clone())?
        .unwrap_or_else(|| vm.none.clone()))
}

fn m_module(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm
        .getattr_opt(&meth(&a.pos[0]).func, &vm.names.module.clone())?
        .unwrap_or_else(|| vm.none.clone()))
}

fn m_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let m = meth(&a.pos[0]);
    let name = match vm.getattr_opt(&m.func, &vm.names.qualname.clone())? {
        Some(n) if vm.is_str(&n) => vm.str_of(&n),
        _ => match vm.getattr_opt(&m.func, &vm.names.name.clone())? {
            Some(n) if vm.is_str(&n) => vm.str_of(&n),
            _ => "?".to_string(),
        },
    };
    let r = vm.repr_string(&m.self_)?;
    Ok(vm.new_str(format!("<bound method {name} of {r}>")))
}

/// Bound methods are equal when they bind the same object (by identity) to equal functions.
fn m_eq(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__eq__", 2, 2)?;
    if !vm.is_exact(&a.pos[1], &vm.types.method) {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = (meth(&a.pos[0]), meth(&a.pos[1]));
    Ok(vm.bool_val(x.self_.is(&y.self_) && vm.eq_bool(&x.func, &y.func)?))
}

fn m_ne(vm: &Vm, a: Args) -> PyResult<Value> {
    let r = m_eq(vm, a)?;
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(vm.bool_val(!r.is(&vm.true_)))
}

fn m_hash(vm: &Vm, a: Args) -> PyResult<Value> {
    let m = meth(&a.pos[0]);
    let h = id_hash(&m.self_) ^ vm.hash(&m.func)?;
    Ok(vm.new_int(if h == -1 { -2 } else { h }))
}

fn m_call(vm: &Vm, a: Args) -> PyResult<Value> {
    forward_call(vm, &a.pos[0], &a)
}

// ---- builtin_function_or_method ----

fn bf(v: &Value) -> &BuiltinFunctionData {
    unsafe { v.payload::<BuiltinFunctionData>() }
}

/// The object a builtin is bound to, as CPython shows it: a module for module functions.
fn bf_owner(vm: &Vm, v: &Value) -> Option<Value> {
    let b = bf(v);
    if let Some(s) = &b.bound {
        return Some(s.clone());
    }
    if bf_is_builtin(vm, v) {
        return Some(vm.builtins.clone());
    }
    // A Rust module's function: the module CPython names as its home if imported (`time`
    // for our `_time`), else the Rust module itself, if still imported.
    let name = vm.str_ref(b.module.get()?);
    let modules = vm.as_dict(&vm.modules)?;
    vm.dict_get_str_key(modules, crate::stdlib::cpython_home(name))
        .or_else(|| vm.dict_get_str_key(modules, name))
}

/// Whether `v` is the builtins module's function of its name (`len`).
fn bf_is_builtin(vm: &Vm, v: &Value) -> bool {
    vm.as_dict(&vm.builtins_dict)
        .and_then(|d| vm.dict_get_str_key(d, bf(v).name))
        .is_some_and(|x| x.is(v))
}

fn bf_name(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_str(bf(&a.pos[0]).name))
}

fn bf_qualname(vm: &Vm, a: Args) -> PyResult<Value> {
    let b = bf(&a.pos[0]);
    match &b.bound {
        Some(s) if !vm.is_exact(s, &vm.types.module) => {
            let ty = if vm.is_type(s) {
                s.clone()
            } else {
                vm.type_of(s)
            };
            let tq = unsafe { type_data(&ty).qualname.get().clone() };
            Ok(vm.new_str(format!("{tq}.{}", b.name)))
        }
        _ => Ok(vm.new_str(b.qualname.as_str())),
    }
}

fn bf_self(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(bf_owner(vm, &a.pos[0]).unwrap_or_else(|| vm.none.clone()))
}

fn bf_module(vm: &Vm, a: Args) -> PyResult<Value> {
    let b = bf(&a.pos[0]);
    match &b.bound {
        Some(s) if vm.is_exact(s, &vm.types.module) => Ok(vm
            .getattr_opt(s, &vm.names.name.clone())?
            .unwrap_or_else(|| vm.none.clone())),
        Some(_) => Ok(vm.none.clone()),
        None if super::open::is_open(b.func) => Ok(vm.intern("io")),
        None if bf_is_builtin(vm, &a.pos[0]) => Ok(vm.intern("builtins")),
        None => match b.module.get() {
            Some(m) => Ok(vm.intern(crate::stdlib::cpython_home(vm.str_ref(m)))),
            None => Ok(vm.none.clone()),
        },
    }
}

/// Whether CPython implements the method `name` of the builtin type named `owner` as a
/// slot wrapper (`<slot wrapper '__add__' of 'int' objects>`) rather than as a method:
/// the type-slot dunders, less those a few types also define as methods.
fn is_slot_wrapper(name: &str, owner: &str) -> bool {
    const SLOTS: &[&str] = &[
        "__getattribute__",
        "__getattr__",
        "__setattr__",
        "__delattr__",
        "__repr__",
        "__hash__",
        "__call__",
        "__str__",
        "__lt__",
        "__le__",
        "__eq__",
        "__ne__",
        "__gt__",
        "__ge__",
        "__iter__",
        "__next__",
        "__get__",
        "__set__",
        "__delete__",
        "__init__",
        "__del__",
        "__await__",
        "__aiter__",
        "__anext__",
        "__add__",
        "__radd__",
        "__sub__",
        "__rsub__",
        "__mul__",
        "__rmul__",
        "__mod__",
        "__rmod__",
        "__divmod__",
        "__rdivmod__",
        "__pow__",
        "__rpow__",
        "__neg__",
        "__pos__",
        "__abs__",
        "__bool__",
        "__invert__",
        "__lshift__",
        "__rlshift__",
        "__rshift__",
        "__rrshift__",
        "__and__",
        "__rand__",
        "__xor__",
        "__rxor__",
        "__or__",
        "__ror__",
        "__int__",
        "__float__",
        "__iadd__",
        "__isub__",
        "__imul__",
        "__imod__",
        "__ipow__",
        "__ilshift__",
        "__irshift__",
        "__iand__",
        "__ixor__",
        "__ior__",
        "__floordiv__",
        "__rfloordiv__",
        "__truediv__",
        "__rtruediv__",
        "__ifloordiv__",
        "__itruediv__",
        "__index__",
        "__matmul__",
        "__rmatmul__",
        "__imatmul__",
        "__len__",
        "__getitem__",
        "__setitem__",
        "__delitem__",
        "__contains__",
    ];
    SLOTS.contains(&name)
        && !matches!(
            (owner, name),
            ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
        )
}

/// The name of the first builtin (non-heap) class in the MRO of `obj`'s type.
fn builtin_base_name(vm: &Vm, obj: &Value) -> String {
    let ty = vm.type_of(obj);
    let mro = unsafe { type_data(&ty) }.mro().to_vec();
    mro.iter()
        .find(|t| !unsafe { type_data(t) }.has_flag(crate::object::typeobj::tflags::HEAPTYPE))
        .map(|t| unsafe { type_data(t) }.name().to_string())
        .unwrap_or_default()
}

fn bf_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let b = bf(&a.pos[0]);
    Ok(vm.new_str(match &b.bound {
        Some(s) if !vm.is_exact(s, &vm.types.module) => {
            if !vm.is_type(s) && is_slot_wrapper(b.name, &builtin_base_name(vm, s)) {
                format!(
                    "<method-wrapper '{}' of {} object at {}>",
                    b.name,
                    vm.type_name(s),
                    addr(s)
                )
            } else {
                format!(
                    "<built-in method {} of {} object at {}>",
                    b.name,
                    vm.type_name(s),
                    addr(s)
                )
            }
        }
        // A builtin type's `__new__` is bound to that type in CPython.
        None if b.new_of.is_some() => format!(
            "<built-in method {} of type object at {}>",
            b.name,
            addr(b.new_of.as_ref().unwrap())
        ),
        _ => format!("<built-in function {}>", b.name),
    }))
}

/// Builtins are equal when they wrap the same Rust function bound to the same object.
fn bf_eq(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__eq__", 2, 2)?;
    if !vm.is_exact(&a.pos[1], &vm.types.builtin_function) {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = (bf(&a.pos[0]), bf(&a.pos[1]));
    let same_self = match (&x.bound, &y.bound) {
        (Some(p), Some(q)) => p.is(q),
        (None, None) => true,
        _ => false,
    };
    Ok(vm.bool_val(same_self && x.func as usize == y.func as usize && x.name == y.name))
}

fn bf_ne(vm: &Vm, a: Args) -> PyResult<Value> {
    let r = bf_eq(vm, a)?;
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(vm.bool_val(!r.is(&vm.true_)))
}

fn bf_hash(vm: &Vm, a: Args) -> PyResult<Value> {
    let b = bf(&a.pos[0]);
    let h = b.bound.as_ref().map(id_hash).unwrap_or(0) ^ ((b.func as usize >> 4) as i64);
    Ok(vm.new_int(h & i64::MAX))
}

fn bf_call(vm: &Vm, a: Args) -> PyResult<Value> {
    forward_call(vm, &a.pos[0], &a)
}

// ---- method_descriptor ----

fn md(v: &Value) -> &MethodDescrData {
    unsafe { v.payload::<MethodDescrData>() }
}

fn md_name(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_str(md(&a.pos[0]).name))
}

fn md_qualname(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = md(&a.pos[0]);
    let tq = unsafe { type_data(&d.objclass).qualname.get().clone() };
    Ok(vm.new_str(format!("{tq}.{}", d.name)))
}

fn md_objclass(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(md(&a.pos[0]).objclass.clone())
}

fn md_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = md(&a.pos[0]);
    let tn = unsafe { type_data(&d.objclass) }.name().to_string();
    Ok(vm.new_str(match d.kind {
        // `__new__` is a builtin bound to its type in CPython.
        MethodKind::Static => format!(
            "<built-in method {} of type object at {}>",
            d.name,
            addr(&d.objclass)
        ),
        _ if is_slot_wrapper(d.name, &tn) => {
            format!("<slot wrapper '{}' of '{tn}' objects>", d.name)
        }
        _ => format!("<method '{}' of '{tn}' objects>", d.name),
    }))
}

fn md_get(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__get__", 2, 3)?;
    let obj = Some(&a.pos[1]).filter(|o| !vm.is_none(o));
    let owner = match a.pos.get(2).filter(|t| !vm.is_none(t)) {
        Some(t) => t.clone(),
        None => match obj {
            Some(o) => vm.type_of(o),
            None => {
                return Err(vm.type_error("__get__(None, None) is invalid"));
            }
        },
    };
    vm.descr_get(&a.pos[0], obj, &owner)
}

fn md_call(vm: &Vm, a: Args) -> PyResult<Value> {
    forward_call(vm, &a.pos[0], &a)
}

// ---- code ----

fn code(v: &Value) -> &CodeData {
    unsafe { v.payload::<CodeData>() }
}

fn code_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let c = code(&a.pos[0]);
    Ok(vm.new_str(format!(
        "<code object {} at {}, file \"{}\", line {}>",
        vm.str_of(&c.name),
        addr(&a.pos[0]),
        vm.str_of(&c.filename),
        c.code.firstlineno
    )))
}

/// `code.co_positions()`: (line, end line, column, end column) of each instruction, None
/// where an instruction has no position (traceback's column markers read them).
fn code_positions(vm: &Vm, a: Args) -> PyResult<Value> {
    let c = code(&a.pos[0]);
    let opt = |n: u32| {
        if n == 0 {
            vm.none.clone()
        } else {
            vm.new_int(n as i64)
        }
    };
    let items = c
        .code
        .locations
        .iter()
        .map(|l| {
            if l.line == 0 {
                let none = vm.none.clone();
                vm.new_tuple(vec![none.clone(), none.clone(), none.clone(), none])
            } else {
                vm.new_tuple(vec![
                    opt(l.line),
                    opt(l.end_line),
                    vm.new_int(l.col as i64),
                    vm.new_int(l.end_col as i64),
                ])
            }
        })
        .collect();
    vm.iter(&vm.new_list(items))
}

/// Bits of `co_flags` that decide how the interpreter runs a code object (frame kind,
/// argument binding): `replace()` keeps them, since bytecode compiled for one kind must
/// not run as another.
const STRUCTURAL_FLAGS: u32 = {
    use crate::bytecode::code::flags::*;
    OPTIMIZED | NEWLOCALS | VARARGS | VARKEYWORDS | GENERATOR | COROUTINE | ASYNC_GENERATOR
};

/// `code.replace(**changes)`: a copy of the code object with the given fields replaced.
/// Ember supports the descriptive fields (`co_name`, `co_qualname`, `co_filename`,
/// `co_firstlineno`) and the flags that do not change how the code runs (such as
/// `CO_ITERABLE_COROUTINE`, which `types.coroutine` sets).
fn code_replace(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() > 1 {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let mut new = (*code(&a.pos[0]).code).clone();
    for (k, v) in a.kwnames.iter().zip(a.kwvalues) {
        let key = vm.str_of(k);
        match key.as_str() {
            "co_name" | "co_qualname" | "co_filename" => {
                if !vm.is_str(v) {
                    return Err(vm.type_error(format!(
                        "replace() argument '{key}' must be str, not {}",
                        vm.type_name(v)
                    )));
                }
                let text = vm.str_of(v);
                match key.as_str() {
                    "co_name" => new.name = text,
                    "co_qualname" => new.qualname = text,
                    _ => new.filename = text,
                }
            }
            "co_firstlineno" => {
                let line = crate::builtins::str::args::c_int_arg(vm, v)?;
                shift_lines(&mut new, line);
            }
            "co_flags" => {
                let flags = crate::builtins::str::args::c_int_arg(vm, v)? as u32;
                if (flags ^ new.flags) & STRUCTURAL_FLAGS != 0 {
                    return Err(vm.value_error(
                        "code.replace(): Ember cannot change the flags that decide how code runs",
                    ));
                }
                new.flags = flags;
            }
            "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals"
            | "co_stacksize" | "co_code" | "co_consts" | "co_names" | "co_varnames"
            | "co_freevars" | "co_cellvars" | "co_linetable" | "co_exceptiontable" => {
                return Err(vm.value_error(format!(
                    "code.replace(): Ember cannot replace {key} (compiled code is immutable)"
                )));
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for replace()"
                )))
            }
        }
    }
    vm.new_code(std::rc::Rc::new(new))
}

/// Moves the code's first line to `line`, and every recorded position with it (CPython's
/// line table is relative to `co_firstlineno`).
fn shift_lines(code: &mut crate::bytecode::CodeObject, line: i64) {
    let delta = line - code.firstlineno as i64;
    let shift = |n: &mut u32| {
        if *n != 0 {
            *n = (*n as i64 + delta).max(1) as u32;
        }
    };
    for loc in &mut code.locations {
        shift(&mut loc.line);
        shift(&mut loc.end_line);
    }
    code.firstlineno = line.max(0) as u32;
}

macro_rules! code_getter {
    ($vm:ident, $c:ident, $body:expr) => {
        |$vm: &Vm, a: Args| -> PyResult<Value> {
            let $c = code(&a.pos[0]);
            let _ = $vm;
            Ok($body)
        }
    };
}

fn init_code(vm: &Vm) {
    let t = vm.types.code.clone();
    vm.add_method(&t, "__repr__", code_repr);
    vm.add_method(&t, "co_positions", code_positions);
    let getters: &[(&'static str, crate::object::native::NativeFn)] = &[
        ("co_name", code_getter!(vm, c, c.name.clone())),
        ("co_qualname", code_getter!(vm, c, c.qualname.clone())),
        ("co_filename", code_getter!(vm, c, c.filename.clone())),
        (
            "co_argcount",
            code_getter!(vm, c, vm.new_int(c.code.argcount as i64)),
        ),
        (
            "co_posonlyargcount",
            code_getter!(vm, c, vm.new_int(c.code.posonlyargcount as i64)),
        ),
        (
            "co_kwonlyargcount",
            code_getter!(vm, c, vm.new_int(c.code.kwonlyargcount as i64)),
        ),
        (
            "co_nlocals",
            code_getter!(vm, c, vm.new_int_usize(c.varnames.len())),
        ),
        (
            "co_firstlineno",
            code_getter!(vm, c, vm.new_int(c.code.firstlineno as i64)),
        ),
        (
            "co_flags",
            code_getter!(vm, c, vm.new_int(c.code.flags as i64)),
        ),
        (
            "co_stacksize",
            code_getter!(vm, c, vm.new_int(c.code.max_stack as i64)),
        ),
        (
            "co_varnames",
            code_getter!(vm, c, vm.new_tuple(c.varnames.clone())),
        ),
        (
            "co_cellvars",
            code_getter!(vm, c, vm.new_tuple(c.cellvars.clone())),
        ),
        (
            "co_freevars",
            code_getter!(vm, c, vm.new_tuple(c.freevars.clone())),
        ),
        (
            "co_names",
            code_getter!(vm, c, vm.new_tuple(c.names.clone())),
        ),
        (
            "co_consts",
            code_getter!(vm, c, vm.new_tuple(c.consts.clone())),
        ),
        (
            "co_code",
            code_getter!(
                vm,
                c,
                vm.new_bytes(
                    c.code
                        .instructions
                        .iter()
                        .flat_map(|w| w.to_le_bytes())
                        .collect()
                )
            ),
        ),
    ];
    for (name, g) in getters {
        vm.add_getset(&t, name, *g, None);
    }
    vm.add_method(&t, "replace", code_replace);
}

// ---- cell ----

fn cell(v: &Value) -> &CellData {
    unsafe { v.payload::<CellData>() }
}

fn cell_get(vm: &Vm, a: Args) -> PyResult<Value> {
    cell(&a.pos[0])
        .get()
        .ok_or_else(|| vm.value_error("Cell is empty"))
}

fn cell_set(vm: &Vm, a: Args) -> PyResult<Value> {
    cell(&a.pos[0]).set(assigned(&a).cloned());
    Ok(vm.none.clone())
}

fn cell_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let c = &a.pos[0];
    Ok(vm.new_str(match cell(c).get() {
        Some(v) => format!(
            "<cell at {}: {} object at {}>",
            addr(c),
            vm.type_name(&v),
            addr(&v)
        ),
        None => format!("<cell at {}: empty>", addr(c)),
    }))
}

pub fn init(vm: &Vm) {
    let t = vm.types.function.clone();
    vm.add_getset(&t, "__name__", f_name, Some(f_set_name));
    vm.add_getset(&t, "__qualname__", f_qualname, Some(f_set_qualname));
    vm.add_getset(&t, "__doc__", f_doc, Some(f_set_doc));
    vm.add_getset(&t, "__module__", f_module, Some(f_set_module));
    vm.add_getset(&t, "__defaults__", f_defaults, Some(f_set_defaults));
    vm.add_getset(&t, "__kwdefaults__", f_kwdefaults, Some(f_set_kwdefaults));
    vm.add_getset(&t, "__code__", f_code, Some(f_set_code));
    vm.add_getset(&t, "__globals__", f_globals, Some(readonly));
    vm.add_getset(&t, "__builtins__", f_builtins, Some(readonly));
    vm.add_getset(&t, "__closure__", f_closure, Some(readonly));
    vm.add_getset(
        &t,
        "__annotations__",
        f_annotations,
        Some(f_set_annotations),
    );
    vm.add_getset(&t, "__dict__", f_dict, Some(f_set_dict));
    vm.add_method(&t, "__repr__", f_repr);
    vm.add_method(&t, "__get__", f_get);
    vm.add_method(&t, "__call__", f_call);
    vm.add_method_kind(&t, "__new__", f_new, MethodKind::Static);

    // Other attributes of bound methods (`__name__`, `__qualname__`, `__module__`, ...) are
    // forwarded to the function by attribute lookup.
    let t = vm.types.method.clone();
    vm.add_getset(&t, "__self__", m_self, None);
    vm.add_getset(&t, "__func__", m_func, None);
    vm.add_getset(&t, "__doc__", m_doc, None);
    // Builtin types carry a `__module__` in their dict, which would hide the forwarding.
    vm.add_getset(&t, "__module__", m_module, None);
    vm.add_method(&t, "__repr__", m_repr);
    vm.add_method(&t, "__eq__", m_eq);
    vm.add_method(&t, "__ne__", m_ne);
    vm.add_method(&t, "__hash__", m_hash);
    vm.add_method(&t, "__call__", m_call);
    vm.add_method_kind(&t, "__new__", m_new, MethodKind::Static);

    let t = vm.types.builtin_function.clone();
    vm.add_getset(&t, "__name__", bf_name, None);
    vm.add_getset(&t, "__qualname__", bf_qualname, None);
    vm.add_getset(&t, "__self__", bf_self, None);
    vm.add_getset(&t, "__module__", bf_module, None);
    vm.add_getset(&t, "__doc__", |vm, _a| Ok(vm.none.clone()), None);
    vm.add_method(&t, "__repr__", bf_repr);
    vm.add_method(&t, "__eq__", bf_eq);
    vm.add_method(&t, "__ne__", bf_ne);
    vm.add_method(&t, "__hash__", bf_hash);
    vm.add_method(&t, "__call__", bf_call);

    let t = vm.types.method_descriptor.clone();
    vm.add_getset(&t, "__name__", md_name, None);
    vm.add_getset(&t, "__qualname__", md_qualname, None);
    vm.add_getset(&t, "__objclass__", md_objclass, None);
    vm.add_getset(&t, "__doc__", |vm, _a| Ok(vm.none.clone()), None);
    vm.add_method(&t, "__repr__", md_repr);
    vm.add_method(&t, "__get__", md_get);
    vm.add_method(&t, "__call__", md_call);

    init_code(vm);

    let t = vm.types.cell.clone();
    vm.add_getset(&t, "cell_contents", cell_get, Some(cell_set));
    vm.add_method(&t, "__repr__", cell_repr);
    vm.add_method_kind(&t, "__new__", cell_new, MethodKind::Static);
}

/// `types.CellType(value)`, or `CellType()` for an empty cell.
fn cell_new(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("cell() takes no keyword arguments"));
    }
    let n = a.pos.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("cell expected at most 1 argument, got {n}")));
    }
    Ok(vm.new_cell(a.pos.get(1).cloned()))
}

/// `types.MethodType(function, instance)`.
fn m_new(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            a.pos.len() - 1
        )));
    }
    if !super::functions::is_callable(vm, &a.pos[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if a.pos[2].is(&vm.none) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.new_method(a.pos[1].clone(), a.pos[2].clone()))
}
