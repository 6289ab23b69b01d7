//! `itertools.groupby` (with its `_grouper` sub-iterators) and `itertools.tee` (`_tee`
//! iterators sharing one buffer).

use super::itertools::{clear_opt, get_opt, set_opt, visit_opt};
use super::native_type::{
    check_cls, check_positional, iter_type, iter_type_with, module_type, no_kw, parse_args,
    NativeIter,
};
use crate::bytecode::CmpOp;
use crate::object::native::Args;
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

const M: &str = "itertools";

// ---- groupby ----

pub struct GroupBy {
    it: Value,
    keyfunc: Option<Value>,
    tgtkey: RefCell<Option<Value>>,
    currkey: RefCell<Option<Value>>,
    currvalue: RefCell<Option<Value>>,
    /// Bumped each time a new group starts: older groupers see a different number and stop.
    generation: Cell<u64>,
    grouper_type: Value,
}

impl Container for GroupBy {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.it);
        if let Some(k) = &self.keyfunc {
            f(k);
        }
        visit_opt(&self.tgtkey, f);
        visit_opt(&self.currkey, f);
        visit_opt(&self.currvalue, f);
    }
    fn clear_refs(&self) {
        clear_opt(&self.tgtkey);
        clear_opt(&self.currkey);
        clear_opt(&self.currvalue);
    }
}

impl GroupBy {
    /// Reads the next value and its key; false at the end of the input.
    fn step(&self, vm: &Vm) -> PyResult<bool> {
        let Some(v) = vm.next(&self.it)? else {
            return Ok(false);
        };
        let key = match &self.keyfunc {
            Some(f) => vm.call(f, std::slice::from_ref(&v))?,
            None => v.clone(),
        };
        set_opt(&self.currvalue, Some(v));
        set_opt(&self.currkey, Some(key));
        Ok(true)
    }
}

fn eq(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    let r = vm.compare(a, b, CmpOp::Eq)?;
    vm.truthy(&r)
}

fn groupby_next(vm: &Vm, a: Args) -> PyResult<Value> {
    let me = &a.pos[0];
    let g = unsafe { me.payload::<GroupBy>() };
    g.generation.set(g.generation.get() + 1);
    // Skip the rest of the current group.
    loop {
        match (get_opt(&g.currkey), get_opt(&g.tgtkey)) {
            (None, _) => {}
            (Some(_), None) => break,
            (Some(c), Some(t)) => {
                if !eq(vm, &t, &c)? {
                    break;
                }
            }
        }
        if !g.step(vm)? {
            return Err(vm.stop_iteration(None));
        }
    }
    let key = get_opt(&g.currkey).unwrap_or_else(|| vm.none.clone());
    set_opt(&g.tgtkey, Some(key.clone()));
    let grouper = vm.alloc_instance(
        &g.grouper_type,
        Grouper {
            parent: me.clone(),
            tgtkey: key.clone(),
            generation: g.generation.get(),
        },
    );
    Ok(vm.new_tuple(vec![key, grouper]))
}

fn groupby_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, "groupby")?;
    let rest = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    let p = parse_args(vm, &rest, "groupby", &["iterable", "key"], 1)?;
    let it = vm.iter(p[0].as_ref().unwrap())?;
    let keyfunc = p[1].clone().filter(|k| !vm.is_none(k));
    let grouper_type = module_type(vm, M, "_grouper")?;
    Ok(vm.alloc_instance(
        &a.pos[0],
        GroupBy {
            it,
            keyfunc,
            tgtkey: RefCell::new(None),
            currkey: RefCell::new(None),
            currvalue: RefCell::new(None),
            generation: Cell::new(0),
            grouper_type,
        },
    ))
}

pub struct Grouper {
    parent: Value,
    tgtkey: Value,
    generation: u64,
}

impl Container for Grouper {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.parent);
        f(&self.tgtkey);
    }
    fn clear_refs(&self) {}
}

impl NativeIter for Grouper {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let g = unsafe { self.parent.payload::<GroupBy>() };
        if g.generation.get() != self.generation {
            return Ok(None);
        }
        if get_opt(&g.currvalue).is_none() && !g.step(vm)? {
            return Ok(None);
        }
        let Some(ck) = get_opt(&g.currkey) else {
            return Ok(None);
        };
        if !eq(vm, &self.tgtkey, &ck)? {
            return Ok(None);
        }
        let v = g.currvalue.borrow_mut().take();
        set_opt(&g.currkey, None);
        Ok(v)
    }
}

fn grouper_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, "_grouper")?;
    Err(vm.type_error("cannot create 'itertools._grouper' instances"))
}

// ---- tee ----

/// The buffer shared by the `_tee` iterators made from one input.
struct TeeShared {
    it: Option<Value>,
    buf: VecDeque<Value>,
    /// Stream index of `buf[0]`.
    base: usize,
    /// Each iterator's stream position (None once it is gone).
    positions: Vec<Option<usize>>,
    running: bool,
}

impl TeeShared {
    /// Drops buffered items every iterator has passed; returns them to be dropped by the
    /// caller once the shared state is no longer borrowed.
    fn trim(&mut self) -> Vec<Value> {
        let min = self.positions.iter().flatten().min().copied();
        let mut out = Vec::new();
        let upto = min.unwrap_or(self.base + self.buf.len());
        while self.base < upto {
            match self.buf.pop_front() {
                Some(v) => out.push(v),
                None => break,
            }
            self.base += 1;
        }
        out
    }
}

pub struct Tee {
    shared: Rc<RefCell<TeeShared>>,
    slot: usize,
}

impl Drop for Tee {
    fn drop(&mut self) {
        // A failed borrow (dropped while the buffer is in use) only delays trimming.
        let dropped = match self.shared.try_borrow_mut() {
            Ok(mut s) => {
                if let Some(p) = s.positions.get_mut(self.slot) {
                    *p = None;
                }
                s.trim()
            }
            Err(_) => Vec::new(),
        };
        drop(dropped);
    }
}

impl Container for Tee {
    // The shared buffer is held by several objects; it is not reported (a cycle through
    // it is not collected, which is safe).
    fn visit(&self, _f: &mut dyn FnMut(&Value)) {}
    fn clear_refs(&self) {}
}

impl NativeIter for Tee {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let it = {
            let mut s = self.shared.borrow_mut();
            let pos = s.positions[self.slot].unwrap_or(0);
            if pos < s.base + s.buf.len() {
                let v = s.buf[pos - s.base].clone();
                s.positions[self.slot] = Some(pos + 1);
                let dropped = s.trim();
                drop(s);
                drop(dropped);
                return Ok(Some(v));
            }
            if s.running {
                return Err(vm.runtime_error("cannot re-enter the tee iterator"));
            }
            match s.it.clone() {
                Some(it) => {
                    s.running = true;
                    it
                }
                None => return Ok(None),
            }
        };
        let r = vm.next(&it);
        let mut s = self.shared.borrow_mut();
        s.running = false;
        match r {
            Ok(Some(v)) => {
                s.buf.push_back(v.clone());
                let pos = s.positions[self.slot].unwrap_or(0);
                s.positions[self.slot] = Some(pos + 1);
                let dropped = s.trim();
                drop(s);
                drop(dropped);
                Ok(Some(v))
            }
            Ok(None) => {
                let old = s.it.take();
                drop(s);
                drop(old);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

/// A new `_tee` at the position of the iterator in `slot` of `shared` (or at the start).
fn tee_at(vm: &Vm, ty: &Value, shared: &Rc<RefCell<TeeShared>>, from: Option<usize>) -> Value {
    let slot = {
        let mut s = shared.borrow_mut();
        let pos = from.and_then(|i| s.positions[i]).unwrap_or(s.base);
        s.positions.push(Some(pos));
        s.positions.len() - 1
    };
    vm.alloc_instance(
        ty,
        Tee {
            shared: shared.clone(),
            slot,
        },
    )
}

/// A `_tee` reading from the iterator `it`.
fn tee_from_iter(vm: &Vm, ty: &Value, it: Value) -> Value {
    let shared = Rc::new(RefCell::new(TeeShared {
        it: Some(it),
        buf: VecDeque::new(),
        base: 0,
        positions: Vec::new(),
        running: false,
    }));
    tee_at(vm, ty, &shared, None)
}

fn tee_copy(vm: &Vm, a: Args) -> PyResult<Value> {
    let t = unsafe { a.pos[0].payload::<Tee>() };
    Ok(tee_at(vm, &vm.type_of(&a.pos[0]), &t.shared, Some(t.slot)))
}

fn tee_type_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, "_tee")?;
    no_kw(vm, &a, "_tee")?;
    check_positional(vm, "_tee", a.pos.len() - 1, 1, 1)?;
    let it = vm.iter(&a.pos[1])?;
    if vm.type_of(&it).is(&a.pos[0]) {
        return tee_copy(vm, Args::new(std::slice::from_ref(&it)));
    }
    Ok(tee_from_iter(vm, &a.pos[0], it))
}

fn tee_fn(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    check_positional(vm, "tee", a.pos.len(), 1, 2)?;
    let n = match a.pos.get(1) {
        Some(v) => super::itertools::ssize_arg(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let it = vm.iter(&a.pos[0])?;
    if n == 0 {
        return Ok(vm.new_tuple(Vec::new()));
    }
    let tee_ty = module_type(vm, M, "_tee")?;
    let first = if vm.lookup_special(&it, &vm.intern("__copy__")).is_some() {
        it
    } else {
        tee_from_iter(vm, &tee_ty, it)
    };
    let mut out = vec![first.clone()];
    let copy = vm.getattr(&first, &vm.intern("__copy__"))?;
    for _ in 1..n {
        out.push(vm.call(&copy, &[])?);
    }
    Ok(vm.new_tuple(out))
}

pub fn init(vm: &Vm, m: &Value) {
    // groupby's `__next__` needs the object itself (to hand it to its groupers).
    iter_type_with::<GroupBy>(vm, m, M, "groupby", groupby_new, groupby_next);
    iter_type::<Grouper>(vm, m, M, "_grouper", grouper_new);
    let t = iter_type::<Tee>(vm, m, M, "_tee", tee_type_new);
    vm.add_method(&t, "__copy__", tee_copy);
    super::native_type::add_fn(vm, m, "tee", tee_fn);
}
