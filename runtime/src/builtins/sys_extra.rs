//! More of `sys`: object sizes (`getsizeof` and the builtin types' `__sizeof__`), reference
//! counts, the trace/profile/audit hooks, the switch interval, `displayhook`, and the module
//! name lists.

use crate::object::native::{new_builtin, Args, NativeFn};
use crate::object::typeobj::{tflags, type_data, Layout};
use crate::object::value::{Value, UNTRACKED};
use crate::stdlib::registry_system::sysutil::parse;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

/// The state behind sys's hook functions (one interpreter, one thread).
pub struct SysState {
    /// Set by `sys.settrace`. Ember keeps it for `gettrace` but does not call it yet.
    pub trace: RefCell<Option<Value>>,
    /// Set by `sys.setprofile`. Kept for `getprofile`; not called yet.
    pub profile: RefCell<Option<Value>>,
    /// `sys.setswitchinterval`, in whole microseconds as CPython keeps it.
    pub switch_us: Cell<u64>,
    /// `sys.addaudithook`'s hooks, in the order added.
    pub audit_hooks: RefCell<Vec<Value>>,
    /// `sys.set_asyncgen_hooks`: called on an async generator's first iteration, and
    /// (the one current then) when it is freed unfinished.
    pub asyncgen_firstiter: RefCell<Option<Value>>,
    pub asyncgen_finalizer: RefCell<Option<Value>>,
    /// The finalizer each started async generator took at its first iteration, by address
    /// (an entry goes when the generator is freed).
    /// (Keyed by address with the word hasher: one insert and one removal per async
    /// generator.)
    pub asyncgen_finalizers: RefCell<crate::object::word_hash::WordMap<usize, Option<Value>>>,
    /// `sys_info.py` has not run yet in this interpreter (`sys::materialize_info`).
    pub info_pending: Cell<bool>,
}

impl Default for SysState {
    fn default() -> SysState {
        SysState {
            trace: RefCell::new(None),
            profile: RefCell::new(None),
            switch_us: Cell::new(5000),
            audit_hooks: RefCell::new(Vec::new()),
            asyncgen_firstiter: RefCell::new(None),
            asyncgen_finalizer: RefCell::new(None),
            asyncgen_finalizers: RefCell::new(Default::default()),
            info_pending: Cell::new(false),
        }
    }
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: a hook left out stays as it
/// is, None clears it.
fn set_asyncgen_hooks(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check_pos(vm, "set_asyncgen_hooks", 0, 2)?;
    let names = ["firstiter", "finalizer"];
    for k in a.kwnames.iter() {
        if !names.iter().any(|n| vm.str_eq(k, n)) {
            return Err(vm.type_error(format!(
                "set_asyncgen_hooks() got an unexpected keyword argument '{}'",
                vm.str_of(k)
            )));
        }
    }
    let given: Vec<Option<Value>> = names
        .iter()
        .enumerate()
        .map(|(i, n)| a.pos.get(i).cloned().or_else(|| a.kw(vm, n)))
        .collect();
    // Both are checked before either is set, as CPython does.
    for (v, n) in given.iter().zip(names) {
        if let Some(v) = v.as_ref().filter(|v| !vm.is_none(v)) {
            if !crate::builtins::functions::is_callable(vm, v) {
                return Err(
                    vm.type_error(format!("callable {n} expected, got {}", vm.type_name(v)))
                );
            }
        }
    }
    let cells = [
        &vm.sys_state.asyncgen_firstiter,
        &vm.sys_state.asyncgen_finalizer,
    ];
    for (v, c) in given.into_iter().zip(cells) {
        if let Some(v) = v {
            *c.borrow_mut() = (!vm.is_none(&v)).then_some(v);
        }
    }
    Ok(vm.none.clone())
}

/// Ember's own copyright line (CPython's `sys.copyright` names its own holders).
const COPYRIGHT: &str = "Copyright (c) The Ember authors.\nAll Rights Reserved.";

/// Adds the functions and values of this file to sys's namespace `dd`, and the `__sizeof__`
/// methods of the builtin types that lacked one.
pub fn init(vm: &Vm, dd: &crate::object::dict::DictData) {
    let fns: [(&'static str, NativeFn); 13] = [
        ("set_asyncgen_hooks", set_asyncgen_hooks),
        // The pair as a plain tuple: sys_info.py makes it `asyncgen_hooks(...)`.
        // (Wrapped by `sys_info.py` as `get_asyncgen_hooks`.)
        ("_get_asyncgen_hooks", |vm, a| {
            a.check(vm, "get_asyncgen_hooks", 0, 0)?;
            let get = |c: &RefCell<Option<Value>>| c.borrow().clone().unwrap_or(vm.none.clone());
            Ok(vm.new_tuple(vec![
                get(&vm.sys_state.asyncgen_firstiter),
                get(&vm.sys_state.asyncgen_finalizer),
            ]))
        }),
        ("getsizeof", getsizeof),
        ("getrefcount", |vm, a| {
            a.check(vm, "sys.getrefcount", 1, 1)?;
            // The count seen here includes the argument list's reference, which stands in
            // for CPython's temporary reference to the argument.
            let n = a.pos[0].refcount();
            Ok(if n == usize::MAX {
                // Tagged small ints have no count: report a large one, as for an immortal.
                vm.new_int(u32::MAX as i64)
            } else {
                vm.new_int_usize(n)
            })
        }),
        ("settrace", |vm, a| {
            a.check(vm, "sys.settrace", 1, 1)?;
            set_hook(vm, &vm.sys_state.trace, &a.pos[0]);
            Ok(vm.none.clone())
        }),
        ("gettrace", |vm, a| {
            a.check(vm, "sys.gettrace", 0, 0)?;
            Ok(vm
                .sys_state
                .trace
                .borrow()
                .clone()
                .unwrap_or_else(|| vm.none.clone()))
        }),
        ("setprofile", |vm, a| {
            a.check(vm, "sys.setprofile", 1, 1)?;
            set_hook(vm, &vm.sys_state.profile, &a.pos[0]);
            Ok(vm.none.clone())
        }),
        ("getprofile", |vm, a| {
            a.check(vm, "sys.getprofile", 0, 0)?;
            Ok(vm
                .sys_state
                .profile
                .borrow()
                .clone()
                .unwrap_or_else(|| vm.none.clone()))
        }),
        ("getswitchinterval", |vm, a| {
            a.check(vm, "sys.getswitchinterval", 0, 0)?;
            Ok(vm.new_float(1e-6 * vm.sys_state.switch_us.get() as f64))
        }),
        ("setswitchinterval", |vm, a| {
            a.check(vm, "sys.setswitchinterval", 1, 1)?;
            let x = crate::builtins::math::to_double(vm, &a.pos[0])?;
            if x <= 0.0 || x.is_nan() {
                return Err(vm.value_error("switch interval must be strictly positive"));
            }
            vm.sys_state.switch_us.set((1e6 * x) as u64);
            Ok(vm.none.clone())
        }),
        ("displayhook", displayhook),
        ("addaudithook", addaudithook),
        ("audit", |vm, a| {
            if a.has_kw() {
                return Err(vm.type_error("audit() takes no keyword arguments"));
            }
            let Some(event) = a.pos.first() else {
                return Err(
                    vm.type_error("audit() missing 1 required positional argument: 'event'")
                );
            };
            if vm.sys_state.audit_hooks.borrow().is_empty() {
                return Ok(vm.none.clone());
            }
            if !vm.is_str(event) {
                return Err(vm.type_error(format!(
                    "expected str for argument 'event', not {}",
                    vm.type_name(event)
                )));
            }
            audit(vm, event, vm.new_tuple(a.pos[1..].to_vec()))?;
            Ok(vm.none.clone())
        }),
    ];
    for (n, f) in fns {
        vm.dict_set_str(dd, n, new_builtin(vm, n, f, None));
    }
    // `__displayhook__` is the same function, kept for restoring `displayhook`.
    if let Some(hook) = vm.dict_get_str_key(dd, "displayhook") {
        vm.dict_set_str(dd, "__displayhook__", hook);
    }
    vm.dict_set_str(dd, "copyright", vm.new_str(COPYRIGHT));
    vm.dict_set_str(dd, "meta_path", vm.new_list(Vec::new()));
    vm.dict_set_str(dd, "path_hooks", vm.new_list(Vec::new()));
    vm.dict_set_str(dd, "path_importer_cache", vm.new_dict());
    let orig: Vec<Value> = std::env::args_os()
        .map(|s| vm.new_str(s.to_string_lossy().as_ref()))
        .collect();
    vm.dict_set_str(dd, "orig_argv", vm.new_list(orig));
    sizeof_methods(vm);
}

/// `sys.builtin_module_names` and `sys.stdlib_module_names`, made at their first use
/// (`Vm::getattr`'s fallback for the sys module): listing every module's name touches
/// pages of the binary scattered among the frozen sources, which cost start-up about
/// 3 MB of resident memory and 0.3 ms. Until then `dir(sys)` does not list them.
pub fn lazy_attr(
    vm: &Vm,
    module: &Value,
    d: &crate::object::dict::DictData,
    name: &Value,
) -> Option<Value> {
    let is_sys = unsafe { vm.sys.get() }
        .as_ref()
        .is_some_and(|s| s.is(module));
    if !is_sys || !vm.is_exact_str(name) {
        return None;
    }
    super::sys::materialize_info(vm, module);
    if let Some(v) = vm.dict_get_str(d, name) {
        return Some(v);
    }
    let n = vm.str_ref(name);
    if n != "builtin_module_names" && n != "stdlib_module_names" {
        return None;
    }
    let (builtin, stdlib) = module_names();
    let builtin = builtin.iter().map(|n| vm.new_str(*n)).collect();
    vm.dict_set_str(d, "builtin_module_names", vm.new_tuple(builtin));
    let stdlib = stdlib.iter().map(|n| vm.new_str(*n)).collect();
    if let Ok(s) = vm.new_frozenset(stdlib) {
        vm.dict_set_str(d, "stdlib_module_names", s);
    }
    vm.dict_get_str_key(d, n)
}

/// (`builtin_module_names`, `stdlib_module_names`): the modules made in Rust (sorted), and
/// every top-level module name the standard library provides.
fn module_names() -> (Vec<&'static str>, Vec<&'static str>) {
    // Made at start-up rather than through the stdlib registries.
    const BUILT_IN: [&str; 4] = ["builtins", "gc", "math", "sys"];
    let mut builtin: Vec<&str> = BUILT_IN.to_vec();
    let mut all: Vec<&str> = BUILT_IN.to_vec();
    for n in crate::stdlib::module_names() {
        let top = n.split('.').next().unwrap_or(n);
        all.push(top);
        if crate::stdlib::frozen_source(n).is_none() && !n.contains('.') {
            builtin.push(n);
        }
    }
    builtin.sort_unstable();
    builtin.dedup();
    all.sort_unstable();
    all.dedup();
    (builtin, all)
}

fn set_hook(vm: &Vm, slot: &RefCell<Option<Value>>, f: &Value) {
    let new = if vm.is_none(f) { None } else { Some(f.clone()) };
    // The old hook is dropped after the slot is updated (its finaliser may run code).
    let old = std::mem::replace(&mut *slot.borrow_mut(), new);
    drop(old);
}

/// Calls every audit hook with `(event, args)`.
fn audit(vm: &Vm, event: &Value, args: Value) -> PyResult<()> {
    let hooks = vm.sys_state.audit_hooks.borrow().clone();
    for h in hooks {
        vm.call(&h, &[event.clone(), args.clone()])?;
    }
    Ok(())
}

/// `sys.addaudithook(hook)`: the hooks already there see a `sys.addaudithook` event first;
/// if one raises a RuntimeError (or subclass) the hook is silently not added.
fn addaudithook(vm: &Vm, a: Args) -> PyResult<Value> {
    let p = parse(vm, &a, "addaudithook", &["hook"], 1, 1)?;
    let hook = p[0].clone().unwrap();
    if let Err(e) = audit(vm, &vm.new_str("sys.addaudithook"), vm.empty_tuple.clone()) {
        if vm.isinstance_type(&e.0, &vm.exc.runtime_error) {
            return Ok(vm.none.clone());
        }
        return Err(e);
    }
    vm.sys_state.audit_hooks.borrow_mut().push(hook);
    Ok(vm.none.clone())
}

/// `sys.displayhook(value)`: shows `repr(value)` on sys.stdout and keeps it as `builtins._`
/// (None is neither shown nor kept).
fn displayhook(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "sys.displayhook", 1, 1)?;
    let v = &a.pos[0];
    if vm.is_none(v) {
        return Ok(vm.none.clone());
    }
    let bd = vm.as_dict(&vm.builtins_dict).unwrap();
    // Cleared first, so that the repr below does not see the previous value.
    vm.dict_set_str(bd, "_", vm.none.clone());
    let out = match vm.sys_attr("stdout") {
        Some(o) if !vm.is_none(&o) => o,
        _ => {
            return Err(vm.new_exception_msg(&vm.exc.runtime_error, "lost sys.stdout"));
        }
    };
    let text = vm.repr_string(v)?;
    crate::builtins::sys::write_to(vm, &out, &text)?;
    crate::builtins::sys::write_to(vm, &out, "\n")?;
    vm.dict_set_str(bd, "_", v.clone());
    Ok(vm.none.clone())
}

/// `sys.getsizeof(object[, default])`: `type(object).__sizeof__(object)`, plus the collector's
/// header for container types (and the managed-dict pre-header of plain classes), as CPython.
fn getsizeof(vm: &Vm, a: Args) -> PyResult<Value> {
    let p = parse(vm, &a, "getsizeof", &["object", "default"], 1, 2)?;
    let obj = p[0].clone().unwrap();
    match sizeof(vm, &obj) {
        Ok(n) => Ok(vm.new_int_usize(n)),
        Err(e) => match &p[1] {
            Some(d) if vm.isinstance_type(&e.0, &vm.exc.type_error) => Ok(d.clone()),
            _ => Err(e),
        },
    }
}

fn sizeof(vm: &Vm, obj: &Value) -> PyResult<usize> {
    let Some(m) = vm.lookup_special(obj, &vm.names.sizeof) else {
        return Err(vm.type_error(format!(
            "Type {} doesn't define __sizeof__",
            vm.type_name(obj)
        )));
    };
    let r = vm.call_bound_special(&m, obj, &[])?;
    let Some(n) = vm.as_int(&r) else {
        return Err(vm.type_error("an integer is required"));
    };
    let n = match n.to_i64() {
        Some(n) => n,
        None => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
        }
    };
    if n < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    Ok(n as usize + pre_header(vm, obj))
}

/// The bytes CPython keeps before an object: the collector's links (16) for container
/// types, and two more words for a plain class's instances (their managed dict).
fn pre_header(vm: &Vm, obj: &Value) -> usize {
    let t = vm.type_of(obj);
    // SAFETY: `t` is a type object.
    let td = unsafe { type_data(&t) };
    let heap = td.has_flag(tflags::HEAPTYPE);
    let gc = heap
        || match td.layout {
            Layout::Tuple
            | Layout::List
            | Layout::Dict
            | Layout::Set
            | Layout::FrozenSet
            | Layout::Type
            | Layout::Exception
            | Layout::Property
            | Layout::Wrapper => true,
            Layout::Opaque => {
                vm.is_exact(obj, &vm.types.slice)
                    || obj.header().is_some_and(|h| h.gc.get() != UNTRACKED)
            }
            _ => false,
        };
    let managed_dict = heap
        && td.layout == Layout::Object
        && td.has_flag(tflags::HAS_ATTRS)
        && !td.has_flag(tflags::NO_DICT);
    (if gc { 16 } else { 0 }) + (if managed_dict { 16 } else { 0 })
}

/// CPython's `int.__sizeof__`: the header and at least one 30-bit digit.
fn int_size(vm: &Vm, v: &Value) -> usize {
    let bits = match vm.as_int(v) {
        Some(crate::object::int::IntRef::Small(i)) => 64 - i.unsigned_abs().leading_zeros() as u64,
        Some(crate::object::int::IntRef::Big(b)) => b.bits(),
        None => 0,
    };
    24 + 4 * (bits.div_ceil(30).max(1) as usize)
}

/// CPython's dict size for `n` items: the object, and (when not empty) a keys table grown
/// as insertion grows it, with 16-byte entries when every key is a str, else 24.
fn dict_size(n: usize, str_keys: bool) -> usize {
    if n == 0 {
        return 48;
    }
    let mut slots = 8usize;
    while n > slots * 2 / 3 {
        // Growth to the next power of two at or above three times the usable size.
        let want = (slots * 2 / 3) * 3;
        while slots < want {
            slots *= 2;
        }
    }
    let usable = slots * 2 / 3;
    let index_bytes = if slots <= 128 {
        1
    } else if slots <= 0x10000 {
        2
    } else if slots <= 0x1_0000_0000 {
        4
    } else {
        8
    };
    let entry = if str_keys { 16 } else { 24 };
    48 + 32 + slots * index_bytes + usable * entry
}

fn sizeof_methods(vm: &Vm) {
    let t = vm.types.int.clone();
    vm.add_method(&t, "__sizeof__", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "int.__sizeof__")?;
        Ok(vm.new_int_usize(int_size(vm, &a.pos[0])))
    });
    let t = vm.types.float.clone();
    vm.add_method(&t, "__sizeof__", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "float.__sizeof__")?;
        Ok(vm.new_int(24))
    });
    let t = vm.types.complex.clone();
    vm.add_method(&t, "__sizeof__", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "complex.__sizeof__")?;
        Ok(vm.new_int(32))
    });
    let t = vm.types.tuple.clone();
    vm.add_method(&t, "__sizeof__", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "tuple.__sizeof__")?;
        let n = vm.as_tuple(&a.pos[0]).map_or(0, |t| t.len());
        Ok(vm.new_int_usize(24 + 8 * n))
    });
    let t = vm.types.list.clone();
    vm.add_method(&t, "__sizeof__", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "list.__sizeof__")?;
        // The vector's capacity stands for CPython's allocated slots (the same for lists
        // built whole; close for lists grown by appends).
        let cap = vm
            .as_list(&a.pos[0])
            .map_or(0, |l| unsafe { l.items.get().capacity() });
        Ok(vm.new_int_usize(40 + 8 * cap))
    });
    let t = vm.types.dict.clone();
    vm.add_method(&t, "__sizeof__", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "dict.__sizeof__")?;
        let d = vm.as_dict(&a.pos[0]).unwrap();
        let n = d.len();
        let str_keys = n > 0 && d.keys().iter().all(|k| vm.is_exact_str(k));
        Ok(vm.new_int_usize(dict_size(n, str_keys)))
    });
    for t in [vm.types.set.clone(), vm.types.frozenset.clone()] {
        vm.add_method(&t, "__sizeof__", |vm, a| {
            crate::builtins::str::args::check_noargs(vm, &a, "set.__sizeof__")?;
            // The object holds a table of 8; a larger one is allocated apart.
            let slots = vm
                .as_set(&a.pos[0])
                .map_or(0, |s| unsafe { s.d.table.get().entries.len() });
            Ok(vm.new_int_usize(200 + if slots > 8 { 16 * slots } else { 0 }))
        });
    }
    let t = vm.types.range.clone();
    vm.add_method(&t, "__sizeof__", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "range.__sizeof__")?;
        Ok(vm.new_int(48))
    });
    let t = vm.types.function.clone();
    vm.add_method(&t, "__sizeof__", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "function.__sizeof__")?;
        Ok(vm.new_int(136))
    });
    let t = vm.types.slice.clone();
    vm.add_method(&t, "__sizeof__", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "slice.__sizeof__")?;
        Ok(vm.new_int(40))
    });
}
