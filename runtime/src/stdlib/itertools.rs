//! The `itertools` module: lazy iterators, each a native type with its own payload.
//! This file has the module and the simple iterators; grouping and `tee` are in
//! `itertools_group.rs`, the combinatoric ones in `itertools_comb.rs`.
//!
//! State lives in `RefCell`s whose borrows never span a call into Python code (a key
//! function may re-enter the iterator), so re-entrancy cannot panic.

use super::itertools_comb;
use super::itertools_group;
use super::native_type::{check_cls, check_positional, iter_type, no_kw, parse_args, NativeIter};
use crate::bytecode::BinOp;
use crate::object::native::{Args, MethodKind};
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

const M: &str = "itertools";

/// Visits an optional value.
pub fn visit_opt(v: &RefCell<Option<Value>>, f: &mut dyn FnMut(&Value)) {
    if let Ok(b) = v.try_borrow() {
        if let Some(x) = b.as_ref() {
            f(x);
        }
    }
}

/// Replaces an optional value, dropping the old one after the borrow ends.
pub fn set_opt(cell: &RefCell<Option<Value>>, v: Option<Value>) {
    let old = cell.replace(v);
    drop(old);
}

/// Empties a cell for the cycle collector (skipped if it is in use).
pub fn clear_opt(cell: &RefCell<Option<Value>>) {
    let old = cell.try_borrow_mut().map(|mut b| b.take());
    drop(old);
}

/// Clones an optional value out of its cell.
pub fn get_opt(cell: &RefCell<Option<Value>>) -> Option<Value> {
    cell.borrow().clone()
}

/// `next(it)` on an iterator held in a cell that is emptied at exhaustion.
fn next_in(vm: &Vm, cell: &RefCell<Option<Value>>) -> PyResult<Option<Value>> {
    let Some(it) = get_opt(cell) else {
        return Ok(None);
    };
    match vm.next(&it)? {
        Some(v) => Ok(Some(v)),
        None => {
            set_opt(cell, None);
            Ok(None)
        }
    }
}

/// `PyNumber_Check`: ints, floats, complex numbers and objects with a numeric conversion.
fn is_number(vm: &Vm, v: &Value) -> bool {
    vm.is_int(v)
        || vm.as_float(v).is_some()
        || vm.as_complex(v).is_some()
        || vm.lookup_special(v, &vm.names.index).is_some()
        || vm.lookup_special(v, &vm.names.int).is_some()
        || vm.lookup_special(v, &vm.names.float).is_some()
}

// ---- count ----

pub struct Count {
    next: RefCell<Value>,
    step: Value,
}

impl Container for Count {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.next.try_borrow() {
            f(&b);
        }
        f(&self.step);
    }
    fn clear_refs(&self) {}
}

impl NativeIter for Count {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let cur = self.next.borrow().clone();
        let new = vm.binary_op(&cur, &self.step, BinOp::Add, false)?;
        let old = self.next.replace(new);
        drop(old);
        Ok(Some(cur))
    }
}

fn count_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, "count")?;
    let rest = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    let p = parse_args(vm, &rest, "count", &["start", "step"], 0)?;
    let start = p[0].clone().unwrap_or_else(|| vm.new_int(0));
    let step = p[1].clone().unwrap_or_else(|| vm.new_int(1));
    if !is_number(vm, &start) || !is_number(vm, &step) {
        return Err(vm.type_error("a number is required"));
    }
    Ok(vm.alloc_instance(
        &a.pos[0],
        Count {
            next: RefCell::new(start),
            step,
        },
    ))
}

fn count_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = unsafe { a.pos[0].payload::<Count>() };
    let cur = d.next.borrow().clone();
    let step_is_one = vm.is_int(&d.step) && vm.int_to_i64(&d.step).ok() == Some(1);
    let s = if step_is_one {
        format!("count({})", vm.repr_string(&cur)?)
    } else {
        format!(
            "count({}, {})",
            vm.repr_string(&cur)?,
            vm.repr_string(&d.step)?
        )
    };
    Ok(vm.new_str(s))
}

// ---- cycle ----

pub struct Cycle {
    it: RefCell<Option<Value>>,
    saved: RefCell<Vec<Value>>,
    index: Cell<usize>,
}

impl Container for Cycle {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        visit_opt(&self.it, f);
        if let Ok(b) = self.saved.try_borrow() {
            b.iter().for_each(f);
        }
    }
    fn clear_refs(&self) {
        clear_opt(&self.it);
        let old = self
            .saved
            .try_borrow_mut()
            .map(|mut b| std::mem::take(&mut *b));
        drop(old);
    }
}

impl NativeIter for Cycle {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if let Some(v) = next_in(vm, &self.it)? {
            self.saved.borrow_mut().push(v.clone());
            return Ok(Some(v));
        }
        let saved = self.saved.borrow();
        if saved.is_empty() {
            return Ok(None);
        }
        let i = self.index.get() % saved.len();
        self.index.set(i + 1);
        Ok(Some(saved[i].clone()))
    }
}

fn cycle_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, "cycle")?;
    no_kw(vm, &a, "cycle")?;
    check_positional(vm, "cycle", a.pos.len() - 1, 1, 1)?;
    let it = vm.iter(&a.pos[1])?;
    Ok(vm.alloc_instance(
        &a.pos[0],
        Cycle {
            it: RefCell::new(Some(it)),
            saved: RefCell::new(Vec::new()),
            index: Cell::new(0),
        },
    ))
}

// ---- repeat ----

pub struct Repeat {
    obj: Value,
    /// Remaining count, or None for forever.
    times: Cell<Option<usize>>,
}

impl Container for Repeat {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.obj)
    }
    fn clear_refs(&self) {}
}

impl NativeIter for Repeat {
    fn next(&self, _vm: &Vm) -> PyResult<Option<Value>> {
        match self.times.get() {
            None => Ok(Some(self.obj.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                self.times.set(Some(n - 1));
                Ok(Some(self.obj.clone()))
            }
        }
    }
}

/// An `n`-style (Py_ssize_t) argument: ints and `__index__` objects.
pub fn ssize_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    if !vm.is_int(v) && vm.lookup_special(v, &vm.names.index).is_none() {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    }
    let i = vm.index(v)?;
    vm.int_to_i64(&i)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

fn repeat_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, "repeat")?;
    let rest = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    let p = parse_args(vm, &rest, "repeat", &["object", "times"], 1)?;
    let times = match &p[1] {
        Some(t) => Some(ssize_arg(vm, t)?.max(0) as usize),
        None => None,
    };
    Ok(vm.alloc_instance(
        &a.pos[0],
        Repeat {
            obj: p[0].clone().unwrap(),
            times: Cell::new(times),
        },
    ))
}

fn repeat_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = unsafe { a.pos[0].payload::<Repeat>() };
    let o = vm.repr_string(&d.obj)?;
    Ok(vm.new_str(match d.times.get() {
        None => format!("repeat({o})"),
        Some(n) => format!("repeat({o}, {n})"),
    }))
}

fn repeat_length_hint(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = unsafe { a.pos[0].payload::<Repeat>() };
    match d.times.get() {
        None => Err(vm.type_error("len() of unsized object")),
        Some(n) => Ok(vm.new_int_usize(n)),
    }
}

// ---- accumulate ----

pub struct Accumulate {
    it: Value,
    func: Option<Value>,
    total: RefCell<Option<Value>>,
    initial: RefCell<Option<Value>>,
}

impl Container for Accumulate {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.it);
        if let Some(x) = &self.func {
            f(x);
        }
        visit_opt(&self.total, f);
        visit_opt(&self.initial, f);
    }
    fn clear_refs(&self) {
        clear_opt(&self.total);
        clear_opt(&self.initial);
    }
}

impl NativeIter for Accumulate {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if let Some(init) = self.initial.borrow_mut().take() {
            set_opt(&self.total, Some(init.clone()));
            return Ok(Some(init));
        }
        let Some(v) = vm.next(&self.it)? else {
            return Ok(None);
        };
        let new = match get_opt(&self.total) {
            None => v,
            Some(t) => match &self.func {
                Some(f) => vm.call(f, &[t, v])?,
                None => vm.binary_op(&t, &v, BinOp::Add, false)?,
            },
        };
        set_opt(&self.total, Some(new.clone()));
        Ok(Some(new))
    }
}

fn accumulate_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, "accumulate")?;
    let rest = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    // `initial` is keyword-only.
    if rest.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "accumulate() takes at most 2 positional arguments ({} given)",
            rest.pos.len()
        )));
    }
    let p = parse_args(vm, &rest, "accumulate", &["iterable", "func", "initial"], 1)?;
    let it = vm.iter(p[0].as_ref().unwrap())?;
    let func = p[1].clone().filter(|f| !vm.is_none(f));
    let initial = p[2].clone().filter(|f| !vm.is_none(f));
    Ok(vm.alloc_instance(
        &a.pos[0],
        Accumulate {
            it,
            func,
            total: RefCell::new(None),
            initial: RefCell::new(initial),
        },
    ))
}

// ---- chain ----

pub struct Chain {
    source: RefCell<Option<Value>>,
    active: RefCell<Option<Value>>,
}

impl Container for Chain {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        visit_opt(&self.source, f);
        visit_opt(&self.active, f);
    }
    fn clear_refs(&self) {
        clear_opt(&self.source);
        clear_opt(&self.active);
    }
}

impl NativeIter for Chain {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        loop {
            if let Some(v) = next_in(vm, &self.active)? {
                return Ok(Some(v));
            }
            match next_in(vm, &self.source)? {
                Some(iterable) => {
                    let it = vm.iter(&iterable)?;
                    set_opt(&self.active, Some(it));
                }
                None => return Ok(None),
            }
        }
    }
}

fn chain_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, "chain")?;
    no_kw(vm, &a, "chain")?;
    let src = vm.iter(&vm.new_tuple(a.pos[1..].to_vec()))?;
    Ok(vm.alloc_instance(
        &a.pos[0],
        Chain {
            source: RefCell::new(Some(src)),
            active: RefCell::new(None),
        },
    ))
}

fn chain_from_iterable(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("chain.from_iterable() takes no keyword arguments"));
    }
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            a.pos.len() - 1
        )));
    }
    check_cls(vm, &a.pos[0], M, "chain")?;
    let src = vm.iter(&a.pos[1])?;
    Ok(vm.alloc_instance(
        &a.pos[0],
        Chain {
            source: RefCell::new(Some(src)),
            active: RefCell::new(None),
        },
    ))
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap, pairwise ----

pub struct Compress {
    data: Value,
    selectors: Value,
}

impl Container for Compress {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.data);
        f(&self.selectors);
    }
    fn clear_refs(&self) {}
}

impl NativeIter for Compress {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = vm.next(&self.data)? else {
                return Ok(None);
            };
            let Some(s) = vm.next(&self.selectors)? else {
                return Ok(None);
            };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
        }
    }
}

fn compress_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, "compress")?;
    let rest = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    let p = parse_args(vm, &rest, "compress", &["data", "selectors"], 2)?;
    let data = vm.iter(p[0].as_ref().unwrap())?;
    let selectors = vm.iter(p[1].as_ref().unwrap())?;
    Ok(vm.alloc_instance(&a.pos[0], Compress { data, selectors }))
}

/// A predicate and an iterator, for dropwhile/takewhile/filterfalse/starmap.
pub struct PredIter {
    func: Value,
    it: Value,
    /// dropwhile: done dropping; takewhile: stopped.
    flag: Cell<bool>,
}

impl Container for PredIter {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.func);
        f(&self.it);
    }
    fn clear_refs(&self) {}
}

pub struct DropWhile(PredIter);
pub struct TakeWhile(PredIter);
pub struct FilterFalse(PredIter);
pub struct StarMap(PredIter);

macro_rules! container_newtype {
    ($t:ty) => {
        impl Container for $t {
            fn visit(&self, f: &mut dyn FnMut(&Value)) {
                self.0.visit(f)
            }
            fn clear_refs(&self) {}
        }
    };
}
container_newtype!(DropWhile);
container_newtype!(TakeWhile);
container_newtype!(FilterFalse);
container_newtype!(StarMap);

impl NativeIter for DropWhile {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let d = &self.0;
        loop {
            let Some(v) = vm.next(&d.it)? else {
                return Ok(None);
            };
            if d.flag.get() {
                return Ok(Some(v));
            }
            let r = vm.call(&d.func, std::slice::from_ref(&v))?;
            if !vm.truthy(&r)? {
                d.flag.set(true);
                return Ok(Some(v));
            }
        }
    }
}

impl NativeIter for TakeWhile {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let d = &self.0;
        if d.flag.get() {
            return Ok(None);
        }
        let Some(v) = vm.next(&d.it)? else {
            return Ok(None);
        };
        let r = vm.call(&d.func, std::slice::from_ref(&v))?;
        if vm.truthy(&r)? {
            return Ok(Some(v));
        }
        d.flag.set(true);
        Ok(None)
    }
}

impl NativeIter for FilterFalse {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let d = &self.0;
        loop {
            let Some(v) = vm.next(&d.it)? else {
                return Ok(None);
            };
            let keep = if vm.is_none(&d.func) || d.func.is(&vm.types.bool_) {
                !vm.truthy(&v)?
            } else {
                let r = vm.call(&d.func, std::slice::from_ref(&v))?;
                !vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        }
    }
}

impl NativeIter for StarMap {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let d = &self.0;
        let Some(v) = vm.next(&d.it)? else {
            return Ok(None);
        };
        let args = if vm.is_exact(&v, &vm.types.tuple) {
            vm.tuple_items(&v).to_vec()
        } else {
            vm.collect(&v)?
        };
        vm.call(&d.func, &args).map(Some)
    }
}

fn pred_args(vm: &Vm, a: &Args, name: &str) -> PyResult<PredIter> {
    check_cls(vm, &a.pos[0], M, name)?;
    no_kw(vm, a, name)?;
    check_positional(vm, name, a.pos.len() - 1, 2, 2)?;
    let it = vm.iter(&a.pos[2])?;
    Ok(PredIter {
        func: a.pos[1].clone(),
        it,
        flag: Cell::new(false),
    })
}

fn dropwhile_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let p = pred_args(vm, &a, "dropwhile")?;
    Ok(vm.alloc_instance(&a.pos[0], DropWhile(p)))
}

fn takewhile_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let p = pred_args(vm, &a, "takewhile")?;
    Ok(vm.alloc_instance(&a.pos[0], TakeWhile(p)))
}

fn filterfalse_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let p = pred_args(vm, &a, "filterfalse")?;
    Ok(vm.alloc_instance(&a.pos[0], FilterFalse(p)))
}

fn starmap_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let p = pred_args(vm, &a, "starmap")?;
    Ok(vm.alloc_instance(&a.pos[0], StarMap(p)))
}

pub struct Pairwise {
    it: RefCell<Option<Value>>,
    old: RefCell<Option<Value>>,
}

impl Container for Pairwise {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        visit_opt(&self.it, f);
        visit_opt(&self.old, f);
    }
    fn clear_refs(&self) {
        clear_opt(&self.it);
        clear_opt(&self.old);
    }
}

impl NativeIter for Pairwise {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let old = match get_opt(&self.old) {
            Some(o) => o,
            None => match next_in(vm, &self.it)? {
                Some(o) => {
                    set_opt(&self.old, Some(o.clone()));
                    o
                }
                None => return Ok(None),
            },
        };
        match next_in(vm, &self.it)? {
            Some(new) => {
                set_opt(&self.old, Some(new.clone()));
                Ok(Some(vm.new_tuple(vec![old, new])))
            }
            None => {
                set_opt(&self.old, None);
                Ok(None)
            }
        }
    }
}

fn pairwise_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, "pairwise")?;
    no_kw(vm, &a, "pairwise")?;
    check_positional(vm, "pairwise", a.pos.len() - 1, 1, 1)?;
    let it = vm.iter(&a.pos[1])?;
    Ok(vm.alloc_instance(
        &a.pos[0],
        Pairwise {
            it: RefCell::new(Some(it)),
            old: RefCell::new(None),
        },
    ))
}

// ---- islice ----

pub struct ISlice {
    it: RefCell<Option<Value>>,
    /// Index of the next item to return.
    next: Cell<usize>,
    /// None for no limit.
    stop: Option<usize>,
    step: usize,
    /// Items consumed so far.
    cnt: Cell<usize>,
}

impl Container for ISlice {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        visit_opt(&self.it, f)
    }
    fn clear_refs(&self) {
        clear_opt(&self.it);
    }
}

impl NativeIter for ISlice {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let Some(it) = get_opt(&self.it) else {
            return Ok(None);
        };
        while self.cnt.get() < self.next.get() {
            if vm.next(&it)?.is_none() {
                set_opt(&self.it, None);
                return Ok(None);
            }
            self.cnt.set(self.cnt.get() + 1);
        }
        if let Some(stop) = self.stop {
            if self.cnt.get() >= stop {
                set_opt(&self.it, None);
                return Ok(None);
            }
        }
        let Some(v) = vm.next(&it)? else {
            set_opt(&self.it, None);
            return Ok(None);
        };
        self.cnt.set(self.cnt.get() + 1);
        let mut nx = self.next.get().saturating_add(self.step);
        if let Some(stop) = self.stop {
            nx = nx.min(stop);
        }
        self.next.set(nx);
        Ok(Some(v))
    }
}

/// A slice index: None, or an int in 0..=isize::MAX; Err(()) when invalid.
fn islice_index(vm: &Vm, v: &Value) -> Result<Option<usize>, ()> {
    if vm.is_none(v) {
        return Ok(None);
    }
    if !vm.is_int(v) && vm.lookup_special(v, &vm.names.index).is_none() {
        return Err(());
    }
    let i = vm.index(v).map_err(|_| ())?;
    match vm.int_to_i64(&i) {
        Ok(n) if n >= 0 => Ok(Some(n as usize)),
        _ => Err(()),
    }
}

fn islice_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, "islice")?;
    no_kw(vm, &a, "islice")?;
    let args = &a.pos[1..];
    check_positional(vm, "islice", args.len(), 2, 4)?;
    let stop_err = || {
        vm.value_error(
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        )
    };
    let idx_err = || {
        vm.value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    };
    // A negative stop other than -1 gets the "Indices" message, as in CPython.
    let stop_of = |v: &Value| -> PyResult<Option<usize>> {
        match islice_index(vm, v) {
            Ok(s) => Ok(s),
            Err(()) => {
                let neg = vm.is_int(v) && vm.int_to_i64(v).map(|n| n < -1).unwrap_or(false);
                Err(if neg { idx_err() } else { stop_err() })
            }
        }
    };
    let (start, stop) = if args.len() == 2 {
        (0, stop_of(&args[1])?)
    } else {
        let start = islice_index(vm, &args[1]);
        let stop = stop_of(&args[2])?;
        (start.map_err(|_| idx_err())?.unwrap_or(0), stop)
    };
    let step = match args.get(3) {
        Some(s) => match islice_index(vm, s) {
            Ok(None) => 1,
            Ok(Some(n)) if n >= 1 => n,
            _ => {
                return Err(vm.value_error("Step for islice() must be a positive integer or None."))
            }
        },
        None => 1,
    };
    let it = vm.iter(&args[0])?;
    Ok(vm.alloc_instance(
        &a.pos[0],
        ISlice {
            it: RefCell::new(Some(it)),
            next: Cell::new(start),
            stop,
            step,
            cnt: Cell::new(0),
        },
    ))
}

// ---- zip_longest ----

pub struct ZipLongest {
    its: RefCell<Vec<Option<Value>>>,
    active: Cell<usize>,
    fill: Value,
}

impl Container for ZipLongest {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.its.try_borrow() {
            b.iter().flatten().for_each(&mut *f);
        }
        f(&self.fill);
    }
    fn clear_refs(&self) {
        let old = self
            .its
            .try_borrow_mut()
            .map(|mut b| std::mem::take(&mut *b));
        drop(old);
    }
}

impl NativeIter for ZipLongest {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let n = self.its.borrow().len();
        if n == 0 || self.active.get() == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let it = self.its.borrow().get(i).cloned().flatten();
            match it {
                None => out.push(self.fill.clone()),
                Some(it) => match vm.next(&it)? {
                    Some(v) => out.push(v),
                    None => {
                        self.active.set(self.active.get() - 1);
                        if self.active.get() == 0 {
                            return Ok(None);
                        }
                        let old = self.its.borrow_mut()[i].take();
                        drop(old);
                        out.push(self.fill.clone());
                    }
                },
            }
        }
        Ok(Some(vm.new_tuple(out)))
    }
}

fn zip_longest_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, "zip_longest")?;
    let mut fill = vm.none.clone();
    for (k, v) in a.kwnames.iter().zip(a.kwvalues.iter()) {
        if vm.str_eq(k, "fillvalue") {
            fill = v.clone();
        } else {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
    }
    let mut its = Vec::new();
    for x in &a.pos[1..] {
        its.push(Some(vm.iter(x)?));
    }
    let n = its.len();
    Ok(vm.alloc_instance(
        &a.pos[0],
        ZipLongest {
            its: RefCell::new(its),
            active: Cell::new(n),
            fill,
        },
    ))
}

pub fn make(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("itertools");
    let c = iter_type::<Count>(vm, &m, M, "count", count_new);
    vm.add_method(&c, "__repr__", count_repr);
    iter_type::<Cycle>(vm, &m, M, "cycle", cycle_new);
    let r = iter_type::<Repeat>(vm, &m, M, "repeat", repeat_new);
    vm.add_method(&r, "__repr__", repeat_repr);
    vm.add_method(&r, "__length_hint__", repeat_length_hint);
    iter_type::<Accumulate>(vm, &m, M, "accumulate", accumulate_new);
    let ch = iter_type::<Chain>(vm, &m, M, "chain", chain_new);
    vm.add_method_kind(&ch, "from_iterable", chain_from_iterable, MethodKind::Class);
    iter_type::<Compress>(vm, &m, M, "compress", compress_new);
    iter_type::<DropWhile>(vm, &m, M, "dropwhile", dropwhile_new);
    iter_type::<TakeWhile>(vm, &m, M, "takewhile", takewhile_new);
    iter_type::<FilterFalse>(vm, &m, M, "filterfalse", filterfalse_new);
    iter_type::<StarMap>(vm, &m, M, "starmap", starmap_new);
    iter_type::<Pairwise>(vm, &m, M, "pairwise", pairwise_new);
    iter_type::<ISlice>(vm, &m, M, "islice", islice_new);
    iter_type::<ZipLongest>(vm, &m, M, "zip_longest", zip_longest_new);
    itertools_group::init(vm, &m);
    itertools_comb::init(vm, &m);
    Ok(m)
}
