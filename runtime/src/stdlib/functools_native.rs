//! The `_functools` module: the native cores of `functools.partial` and of the wrapper
//! behind `lru_cache`, as CPython keeps them in C. `functools.py` derives its public classes
//! from these (the heap subclass gives instances their `__dict__` and weak references, and
//! holds the parts that are not hot: reprs, pickling, `__class_getitem__`).
//!
//! In Python, a partial call re-packed its arguments through a `*args, **kw` frame (4 to 5
//! times CPython's time) and a cache hit ran a Python wrapper (3.5 times).
//!
//! The bounded cache keeps CPython's design: the dict maps each key to a link of a doubly
//! linked list in recency order, so a hit touches no dict entry and the eviction is O(1).
//! No borrow of the payload's state spans a call into Python code (hashing, `__eq__`, the
//! user function, a finaliser run by dropping a value): values leaving the cache are dropped
//! after the borrow ends.

use super::native_type::{add_value, methods, new_type, set_new};
use crate::object::native::{Args, NativeFn};
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

thread_local! {
    /// The two native types, once `_functools` is made (for the subclass checks of `__new__`
    /// and for `partial`'s flattening of an inner partial).
    static TYPES: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

fn partial_type() -> Option<Value> {
    TYPES.with(|t| t.borrow().as_ref().map(|(p, _)| p.clone()))
}

fn lru_type() -> Option<Value> {
    TYPES.with(|t| t.borrow().as_ref().map(|(_, l)| l.clone()))
}

/// Checks the class given to a `__new__` against the native type `base`.
fn check_subclass(vm: &Vm, cls: &Value, base: &Option<Value>, name: &str) -> PyResult<()> {
    let base = base
        .as_ref()
        .ok_or_else(|| vm.runtime_error("_functools is not initialised"))?;
    if !vm.is_type(cls) {
        return Err(vm.type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    }
    if !vm.is_subtype(cls, base) {
        let n = unsafe { crate::object::typeobj::type_data(cls) }
            .name()
            .to_string();
        return Err(vm.type_error(format!(
            "{name}.__new__({n}): {n} is not a subtype of {name}"
        )));
    }
    Ok(())
}

// ---- partial ----

struct PartialState {
    func: Value,
    /// A tuple.
    args: Value,
    /// A dict with str keys.
    kw: Value,
}

pub struct Partial {
    /// None once the cycle collector cleared it.
    state: RefCell<Option<PartialState>>,
}

impl Container for Partial {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(Some(s)) = self.state.try_borrow().as_deref() {
            f(&s.func);
            f(&s.args);
            f(&s.kw);
        }
    }
    fn clear_refs(&self) {
        // (Dropped after the borrow ends: a finaliser may read this partial.)
        let old = self.state.try_borrow_mut().map(|mut s| s.take());
        drop(old);
    }
}

fn pt(v: &Value) -> &Partial {
    // SAFETY: the method descriptors check their receiver is a partial; a subclass's
    // instance holds the payload first (`layout_for`).
    unsafe { v.payload::<Partial>() }
}

/// The state of a partial, taken out of its cell (cheap: three references).
fn parts(vm: &Vm, p: &Partial) -> PyResult<(Value, Value, Value)> {
    match &*p.state.borrow() {
        Some(s) => Ok((s.func.clone(), s.args.clone(), s.kw.clone())),
        None => Err(vm.runtime_error("partial object was cleared by the cycle collector")),
    }
}

fn is_partial_call(vm: &Vm, f: &Value) -> bool {
    // A partial is flattened into a new one when it is called by our `__call__` (its type
    // overrides nothing) and has no attributes of its own, as in CPython.
    let Some(pty) = partial_type() else {
        return false;
    };
    if f.is_small() || !vm.isinstance_type(f, &pty) {
        return false;
    }
    let call = vm.intern("__call__");
    let mine = vm.lookup(&pty, &call);
    let theirs = vm.lookup(&vm.type_of(f), &call);
    let same = matches!((mine, theirs), (Some(a), Some(b)) if a.is(&b));
    same && !vm.attrs_of(f).is_some_and(|a| a.has_state())
}

fn partial_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    check_subclass(vm, cls, &partial_type(), "partial")?;
    let Some(first) = a.pos.get(1) else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    if !crate::builtins::functions::is_callable(vm, first) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let (func, mut args, kw) = if is_partial_call(vm, first) {
        let (f, inner_args, inner_kw) = parts(vm, pt(first))?;
        let mut args = vm.tuple_items(&inner_args).to_vec();
        args.reserve(a.pos.len() - 2);
        let kw = vm.new_dict();
        let d = vm.as_dict(&kw).unwrap();
        for (k, v) in vm.as_dict(&inner_kw).unwrap().items() {
            vm.dict_set(d, k, v)?;
        }
        (f, args, kw)
    } else {
        (
            first.clone(),
            Vec::with_capacity(a.pos.len() - 2),
            vm.new_dict(),
        )
    };
    args.extend_from_slice(&a.pos[2..]);
    let d = vm.as_dict(&kw).unwrap();
    for (k, v) in a.kwnames.iter().zip(a.kwvalues) {
        vm.dict_set(d, k.clone(), v.clone())?;
    }
    let state = PartialState {
        func,
        args: vm.new_tuple(args),
        kw,
    };
    Ok(super::native_type::new_obj(
        vm,
        cls,
        Partial {
            state: RefCell::new(Some(state)),
        },
    ))
}

/// `p(*args, **kw)`: `func(*p.args, *args, **{**p.keywords, **kw})`.
fn partial_call(vm: &Vm, a: Args) -> PyResult<Value> {
    let (func, pargs, pkw) = parts(vm, pt(&a.pos[0]))?;
    let pargs = vm.tuple_items(&pargs);
    let pkw_d = vm.as_dict(&pkw).unwrap();
    let given = &a.pos[1..];
    if pkw_d.is_empty() && a.kwnames.is_empty() {
        if pargs.is_empty() {
            return vm.call(&func, given);
        }
        let mut all = Vec::with_capacity(pargs.len() + given.len());
        all.extend_from_slice(pargs);
        all.extend_from_slice(given);
        return vm.call(&func, &all);
    }
    // Keywords: the partial's first, a call's keyword replacing one in place.
    let mut names: Vec<Value> = Vec::with_capacity(pkw_d.len() + a.kwnames.len());
    let mut values: Vec<Value> = Vec::with_capacity(names.capacity());
    // SAFETY: cloning the entries runs no code that could change the dict.
    for e in unsafe { pkw_d.table.get() }.iter() {
        if let (Some(k), Some(v)) = (&e.key, &e.value) {
            names.push(k.clone());
            values.push(v.clone());
        }
    }
    for (k, v) in a.kwnames.iter().zip(a.kwvalues) {
        match names.iter().position(|n| {
            n.is(k) || (vm.is_str(n) && vm.is_str(k) && vm.str_ref(n) == vm.str_ref(k))
        }) {
            Some(i) => values[i] = v.clone(),
            None => {
                names.push(k.clone());
                values.push(v.clone());
            }
        }
    }
    let mut all = Vec::with_capacity(pargs.len() + given.len() + values.len());
    all.extend_from_slice(pargs);
    all.extend_from_slice(given);
    all.extend(values);
    vm.call_kw(&func, &all, &names)
}

fn partial_func(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(parts(vm, pt(&a.pos[0]))?.0)
}

fn partial_args(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(parts(vm, pt(&a.pos[0]))?.1)
}

fn partial_keywords(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(parts(vm, pt(&a.pos[0]))?.2)
}

fn readonly(vm: &Vm, _a: Args) -> PyResult<Value> {
    Err(vm.attribute_error("readonly attribute"))
}

/// `p.__setstate__((func, args, keywords, dict))`, CPython's checks and messages.
fn partial_setstate(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__setstate__", 2, 2)?;
    let me = &a.pos[0];
    let Some(state) = vm.as_tuple(&a.pos[1]) else {
        return Err(vm.type_error("argument to __setstate__ must be a tuple"));
    };
    if state.len() != 4 {
        return Err(vm.type_error(format!("expected 4 items in state, got {}", state.len())));
    }
    let (func, args, kw, extra) = (&state[0], &state[1], &state[2], &state[3]);
    if !crate::builtins::functions::is_callable(vm, func)
        || vm.as_tuple(args).is_none()
        || (!vm.is_none(kw) && vm.as_dict(kw).is_none())
    {
        return Err(vm.type_error("invalid partial state"));
    }
    let args = vm.new_tuple(vm.tuple_items(args).to_vec());
    let new_kw = vm.new_dict();
    if let Some(src) = vm.as_dict(kw) {
        let d = vm.as_dict(&new_kw).unwrap();
        for (k, v) in src.items() {
            vm.dict_set(d, k, v)?;
        }
    }
    let old = pt(me).state.borrow_mut().replace(PartialState {
        func: func.clone(),
        args,
        kw: new_kw,
    });
    drop(old);
    if !vm.is_none(extra) {
        vm.setattr(me, &vm.intern("__dict__"), extra.clone())?;
    }
    Ok(vm.none.clone())
}

// ---- the lru_cache wrapper ----

/// One cached result of a bounded cache, in the recency list.
struct Link {
    key: Option<Value>,
    value: Option<Value>,
    hash: i64,
    prev: usize,
    next: usize,
}

/// The recency list of a bounded cache: links in a slab, `ROOT` the sentinel (its `next`
/// the least recently used link, its `prev` the most recent).
struct Links {
    slab: Vec<Link>,
    free: Vec<usize>,
}

const ROOT: usize = 0;

impl Links {
    fn new() -> Links {
        Links {
            slab: vec![Link {
                key: None,
                value: None,
                hash: 0,
                prev: ROOT,
                next: ROOT,
            }],
            free: Vec::new(),
        }
    }

    fn unlink(&mut self, i: usize) {
        let (p, n) = (self.slab[i].prev, self.slab[i].next);
        self.slab[p].next = n;
        self.slab[n].prev = p;
    }

    /// Puts link `i` last: the most recently used.
    fn push_back(&mut self, i: usize) {
        let last = self.slab[ROOT].prev;
        self.slab[i].prev = last;
        self.slab[i].next = ROOT;
        self.slab[last].next = i;
        self.slab[ROOT].prev = i;
    }

    fn alloc(&mut self, key: Value, value: Value, hash: i64) -> usize {
        let link = Link {
            key: Some(key),
            value: Some(value),
            hash,
            prev: ROOT,
            next: ROOT,
        };
        match self.free.pop() {
            Some(i) => {
                self.slab[i] = link;
                i
            }
            None => {
                self.slab.push(link);
                self.slab.len() - 1
            }
        }
    }
}

enum Kind {
    /// maxsize None: the dict maps keys to results.
    Unbounded,
    /// maxsize 0: every call is a miss.
    Uncached,
    /// The dict maps keys to link indices (small ints).
    Bounded(usize),
}

pub struct Lru {
    func: RefCell<Value>,
    kind: Kind,
    typed: bool,
    /// maxsize as given (None or an int), for cache_info().
    maxsize_obj: Value,
    info_type: RefCell<Value>,
    cache: Value,
    links: RefCell<Links>,
    hits: Cell<u64>,
    misses: Cell<u64>,
    kwd_mark: Value,
}

impl Container for Lru {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(v) = self.func.try_borrow() {
            f(&v);
        }
        if let Ok(v) = self.info_type.try_borrow() {
            f(&v);
        }
        f(&self.cache);
        if let Ok(l) = self.links.try_borrow() {
            for link in &l.slab {
                if let Some(k) = &link.key {
                    f(k);
                }
                if let Some(v) = &link.value {
                    f(v);
                }
            }
        }
    }
    fn clear_refs(&self) {
        let f = self
            .func
            .try_borrow_mut()
            .map(|mut v| std::mem::replace(&mut *v, Value::small(0)));
        let t = self
            .info_type
            .try_borrow_mut()
            .map(|mut v| std::mem::replace(&mut *v, Value::small(0)));
        let l = self
            .links
            .try_borrow_mut()
            .map(|mut l| std::mem::replace(&mut *l, Links::new()));
        drop((f, t, l));
        // (The cache dict is a container of its own: the collector clears it.)
    }
}

fn lru(v: &Value) -> &Lru {
    // SAFETY: as `pt`.
    unsafe { v.payload::<Lru>() }
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
fn lru_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    check_subclass(vm, cls, &lru_type(), "_lru_cache_wrapper")?;
    let p = super::native_type::bind_named(
        vm,
        &Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues),
        "_lru_cache_wrapper",
        &["user_function", "maxsize", "typed", "cache_info_type"],
        4,
    )?;
    let func = p[0].clone().unwrap();
    let maxsize_obj = p[1].clone().unwrap();
    if !crate::builtins::functions::is_callable(vm, &func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let kind = if vm.is_none(&maxsize_obj) {
        Kind::Unbounded
    } else if let Some(n) = vm.as_int(&maxsize_obj) {
        match n.to_i64() {
            Some(n) if n <= 0 => Kind::Uncached,
            Some(n) => Kind::Bounded(n as usize),
            None if n.is_negative() => Kind::Uncached,
            None => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        }
    } else {
        return Err(vm.type_error("maxsize should be integer or None"));
    };
    let typed = vm.truthy(&p[2].clone().unwrap())?;
    let kwd_mark = KWD_MARK
        .with(|m| m.borrow().clone())
        .ok_or_else(|| vm.runtime_error("_functools is not initialised"))?;
    let payload = Lru {
        func: RefCell::new(func),
        kind,
        typed,
        maxsize_obj,
        info_type: RefCell::new(p[3].clone().unwrap()),
        cache: vm.new_dict(),
        links: RefCell::new(Links::new()),
        hits: Cell::new(0),
        misses: Cell::new(0),
        kwd_mark,
    };
    Ok(super::native_type::new_obj(vm, cls, payload))
}

thread_local! {
    /// Separates positional from keyword parts of a key (one object for every cache).
    static KWD_MARK: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// The key of a call, as CPython builds it: a lone int or str argument stands for itself;
/// otherwise a tuple of the arguments, then (with keywords) the mark and the keyword
/// pairs, then (when typed) the type of every argument.
fn make_key(vm: &Vm, c: &Lru, args: &[Value], a: &Args) -> Value {
    if !c.typed && a.kwnames.is_empty() {
        if let [one] = args {
            if vm.is_exact(one, &vm.types.int) || vm.is_exact_str(one) || one.is_small() {
                return one.clone();
            }
        }
        return vm.new_tuple(args.to_vec());
    }
    let mut key = Vec::with_capacity(args.len() + 1 + 2 * a.kwnames.len());
    key.extend_from_slice(args);
    if !a.kwnames.is_empty() {
        key.push(c.kwd_mark.clone());
        for (k, v) in a.kwnames.iter().zip(a.kwvalues) {
            key.push(k.clone());
            key.push(v.clone());
        }
    }
    if c.typed {
        key.extend(args.iter().map(|v| vm.type_of(v)));
        key.extend(a.kwvalues.iter().map(|v| vm.type_of(v)));
    }
    vm.new_tuple(key)
}

fn call_user(vm: &Vm, c: &Lru, args: &[Value], a: &Args) -> PyResult<Value> {
    let func = c.func.borrow().clone();
    if a.kwnames.is_empty() {
        return vm.call(&func, args);
    }
    let mut all = Vec::with_capacity(args.len() + a.kwvalues.len());
    all.extend_from_slice(args);
    all.extend_from_slice(a.kwvalues);
    vm.call_kw(&func, &all, a.kwnames)
}

fn lru_call(vm: &Vm, a: Args) -> PyResult<Value> {
    let c = lru(&a.pos[0]);
    let args = &a.pos[1..];
    let maxsize = match c.kind {
        Kind::Uncached => {
            c.misses.set(c.misses.get() + 1);
            return call_user(vm, c, args, &a);
        }
        Kind::Unbounded => None,
        Kind::Bounded(n) => Some(n),
    };
    let key = make_key(vm, c, args, &a);
    let hash = vm.hash(&key)?;
    let d = vm.as_dict(&c.cache).unwrap();
    let found = vm.dict_get_hashed(d, &key, hash)?;
    let Some(maxsize) = maxsize else {
        if let Some(v) = found {
            c.hits.set(c.hits.get() + 1);
            return Ok(v);
        }
        c.misses.set(c.misses.get() + 1);
        let result = call_user(vm, c, args, &a)?;
        vm.dict_set_hashed(d, key, result.clone(), hash)?;
        return Ok(result);
    };
    if let Some(ix) = found.and_then(|v| v.as_small()) {
        let mut l = c.links.borrow_mut();
        let i = ix as usize;
        // (A cache cleared by an `__eq__` during the lookup leaves a stale index: a miss.)
        if i != ROOT && i < l.slab.len() && l.slab[i].key.is_some() {
            l.unlink(i);
            l.push_back(i);
            c.hits.set(c.hits.get() + 1);
            return Ok(l.slab[i].value.clone().unwrap());
        }
    }
    c.misses.set(c.misses.get() + 1);
    let result = call_user(vm, c, args, &a)?;
    // The call may have cached this key itself (recursion): keep that entry.
    if vm.dict_get_hashed(d, &key, hash)?.is_some() {
        return Ok(result);
    }
    let full = d.len() >= maxsize && c.links.borrow().slab[ROOT].next != ROOT;
    // The least recently used link is emptied and reused (its key and value are dropped
    // once no borrow is held).
    let mut evicted = None;
    if full {
        let (old_key, old_hash) = {
            let mut l = c.links.borrow_mut();
            let i = l.slab[ROOT].next;
            l.unlink(i);
            l.free.push(i);
            let link = &mut l.slab[i];
            evicted = link.value.take();
            (link.key.take(), link.hash)
        };
        if let Some(k) = old_key {
            // (The same key object: found by identity, no `__eq__`.)
            if let Some(ix) = vm.table_lookup(d, &k, old_hash)? {
                let removed = unsafe { d.table.get_mut().remove_at(ix) };
                d.bump();
                drop(removed);
            }
        }
    }
    let ix = {
        let mut l = c.links.borrow_mut();
        let ix = l.alloc(key.clone(), result.clone(), hash);
        l.push_back(ix);
        ix
    };
    vm.dict_set_hashed(d, key, Value::small(ix as i64), hash)?;
    drop(evicted);
    Ok(result)
}

fn lru_cache_info(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "cache_info", 1, 1)?;
    let c = lru(&a.pos[0]);
    let ty = c.info_type.borrow().clone();
    let currsize = match c.kind {
        Kind::Uncached => 0,
        _ => vm.as_dict(&c.cache).unwrap().len(),
    };
    vm.call(
        &ty,
        &[
            vm.new_int(c.hits.get() as i64),
            vm.new_int(c.misses.get() as i64),
            c.maxsize_obj.clone(),
            vm.new_int_usize(currsize),
        ],
    )
}

fn lru_cache_clear(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "cache_clear", 1, 1)?;
    let c = lru(&a.pos[0]);
    c.hits.set(0);
    c.misses.set(0);
    let old = std::mem::replace(&mut *c.links.borrow_mut(), Links::new());
    vm.dict_clear(vm.as_dict(&c.cache).unwrap());
    drop(old);
    Ok(vm.none.clone())
}

/// `wrapper.__get__(obj, type)`: bound to an instance as a method, as a function is.
fn lru_get(vm: &Vm, a: Args) -> PyResult<Value> {
    let me = &a.pos[0];
    match a.pos.get(1) {
        Some(obj) if !vm.is_none(obj) => Ok(vm.new_method(me.clone(), obj.clone())),
        _ => Ok(me.clone()),
    }
}

/// Pickled by name, as the function it wraps.
fn lru_reduce(vm: &Vm, a: Args) -> PyResult<Value> {
    vm.getattr(&a.pos[0], &vm.intern("__qualname__"))
}

fn lru_copy(_vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0].clone())
}

pub fn make(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("_functools");
    let p = new_type::<Partial>(vm, "functools", "partial");
    super::native_type::allow_subclasses::<Partial>(&p);
    set_new(vm, &p, partial_new);
    methods(
        vm,
        &p,
        &[
            ("__call__", partial_call as NativeFn),
            ("__setstate__", partial_setstate),
        ],
    );
    vm.add_getset(&p, "func", partial_func, Some(readonly));
    vm.add_getset(&p, "args", partial_args, Some(readonly));
    vm.add_getset(&p, "keywords", partial_keywords, Some(readonly));

    let l = new_type::<Lru>(vm, "functools", "_lru_cache_wrapper");
    super::native_type::allow_subclasses::<Lru>(&l);
    set_new(vm, &l, lru_new);
    methods(
        vm,
        &l,
        &[
            ("__call__", lru_call as NativeFn),
            ("__get__", lru_get),
            ("cache_info", lru_cache_info),
            ("cache_clear", lru_cache_clear),
            ("__reduce__", lru_reduce),
            ("__copy__", lru_copy),
            ("__deepcopy__", lru_copy),
        ],
    );
    let mark = vm.call(&vm.types.object, &[])?;
    // (Immortal: the thread's storage drops its reference after the interpreter is gone.)
    std::mem::forget(mark.clone());
    KWD_MARK.with(|k| *k.borrow_mut() = Some(mark));
    TYPES.with(|t| *t.borrow_mut() = Some((p.clone(), l.clone())));
    add_value(vm, &m, "partial", p);
    add_value(vm, &m, "_lru_cache_wrapper", l);
    Ok(m)
}
