//! The combinatoric iterators of `itertools`: product, permutations, combinations and
//! combinations_with_replacement. Each materialises its input pools and advances a vector
//! of indices (no Python code runs while the state is borrowed).

use super::itertools::ssize_arg;
use super::native_type::{check_cls, iter_type, parse_args, NativeIter};
use crate::object::native::Args;
use crate::object::traverse::Container;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};

const M: &str = "itertools";

// ---- product ----

pub struct Product {
    pools: Vec<Vec<Value>>,
    /// None before the first result.
    indices: RefCell<Option<Vec<usize>>>,
    done: Cell<bool>,
}

impl Container for Product {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        self.pools.iter().flatten().for_each(f)
    }
    fn clear_refs(&self) {}
}

impl NativeIter for Product {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.done.get() {
            return Ok(None);
        }
        let mut st = self.indices.borrow_mut();
        match st.as_mut() {
            None => {
                if self.pools.iter().any(|p| p.is_empty()) {
                    self.done.set(true);
                    return Ok(None);
                }
                *st = Some(vec![0; self.pools.len()]);
            }
            Some(idx) => {
                let mut i = idx.len();
                loop {
                    if i == 0 {
                        self.done.set(true);
                        return Ok(None);
                    }
                    i -= 1;
                    idx[i] += 1;
                    if idx[i] < self.pools[i].len() {
                        break;
                    }
                    idx[i] = 0;
                }
            }
        }
        let idx = st.as_ref().unwrap();
        let items = idx
            .iter()
            .zip(self.pools.iter())
            .map(|(&i, p)| p[i].clone())
            .collect();
        Ok(Some(vm.new_tuple(items)))
    }
}

fn product_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, "product")?;
    let mut repeat = 1i64;
    for (k, v) in a.kwnames.iter().zip(a.kwvalues.iter()) {
        if vm.str_eq(k, "repeat") {
            repeat = ssize_arg(vm, v)?;
        } else {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for product()",
                vm.str_of(k)
            )));
        }
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::new();
    for x in &a.pos[1..] {
        base.push(vm.collect(x)?);
    }
    let mut pools = Vec::new();
    if !base.is_empty() {
        let total = (base.len() as u128) * (repeat as u128);
        if total > isize::MAX as u128 / 8 {
            return Err(vm.overflow_error("repeat argument too large"));
        }
        for _ in 0..repeat {
            pools.extend(base.iter().cloned());
        }
    }
    Ok(vm.alloc_instance(
        &a.pos[0],
        Product {
            pools,
            indices: RefCell::new(None),
            done: Cell::new(false),
        },
    ))
}

// ---- permutations, combinations, combinations_with_replacement ----

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Permutations,
    Combinations,
    WithReplacement,
}

pub struct Comb {
    pool: Vec<Value>,
    r: usize,
    kind: Kind,
    indices: RefCell<Option<Vec<usize>>>,
    /// For permutations only.
    cycles: RefCell<Vec<usize>>,
    done: Cell<bool>,
}

impl Container for Comb {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        self.pool.iter().for_each(f)
    }
    fn clear_refs(&self) {}
}

impl Comb {
    /// The first index vector, or None when there is no result at all.
    fn first(&self) -> Option<Vec<usize>> {
        let (n, r) = (self.pool.len(), self.r);
        match self.kind {
            Kind::Permutations => {
                if r > n {
                    return None;
                }
                *self.cycles.borrow_mut() = (0..r).map(|i| n - i).collect();
                Some((0..n).collect())
            }
            Kind::Combinations => (r <= n).then(|| (0..r).collect()),
            Kind::WithReplacement => (n > 0 || r == 0).then(|| vec![0; r]),
        }
    }

    /// Advances `idx` in place; false when exhausted.
    fn advance(&self, idx: &mut [usize]) -> bool {
        let (n, r) = (self.pool.len(), self.r);
        match self.kind {
            Kind::Permutations => {
                let mut cycles = self.cycles.borrow_mut();
                for i in (0..r).rev() {
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        // Rotate indices[i:] left by one.
                        idx[i..].rotate_left(1);
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        idx.swap(i, n - j);
                        return true;
                    }
                }
                false
            }
            Kind::Combinations => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else {
                    return false;
                };
                idx[i] += 1;
                for j in i + 1..r {
                    idx[j] = idx[j - 1] + 1;
                }
                true
            }
            Kind::WithReplacement => {
                let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
                    return false;
                };
                let v = idx[i] + 1;
                for x in idx[i..].iter_mut() {
                    *x = v;
                }
                true
            }
        }
    }
}

impl NativeIter for Comb {
    fn next(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.done.get() {
            return Ok(None);
        }
        let mut st = self.indices.borrow_mut();
        match st.as_mut() {
            None => match self.first() {
                Some(v) => *st = Some(v),
                None => {
                    self.done.set(true);
                    return Ok(None);
                }
            },
            Some(idx) => {
                if !self.advance(idx) {
                    self.done.set(true);
                    return Ok(None);
                }
            }
        }
        let idx = st.as_ref().unwrap();
        let items = idx[..self.r]
            .iter()
            .map(|&i| self.pool[i].clone())
            .collect();
        Ok(Some(vm.new_tuple(items)))
    }
}

fn comb_obj(vm: &Vm, cls: &Value, pool: Vec<Value>, r: usize, kind: Kind) -> Value {
    vm.alloc_instance(
        cls,
        Comb {
            pool,
            r,
            kind,
            indices: RefCell::new(None),
            cycles: RefCell::new(Vec::new()),
            done: Cell::new(false),
        },
    )
}

fn permutations_new(vm: &Vm, a: Args) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, "permutations")?;
    let rest = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    let p = parse_args(vm, &rest, "permutations", &["iterable", "r"], 1)?;
    let pool = vm.collect(p[0].as_ref().unwrap())?;
    let r = match p[1].as_ref().filter(|r| !vm.is_none(r)) {
        None => pool.len() as i64,
        Some(r) => {
            if !vm.is_int(r) {
                return Err(vm.type_error("Expected int as r"));
            }
            vm.int_to_i64(r)
                .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))?
        }
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok(comb_obj(
        vm,
        &a.pos[0],
        pool,
        r as usize,
        Kind::Permutations,
    ))
}

fn comb_new(vm: &Vm, a: Args, name: &str, kind: Kind) -> PyResult<Value> {
    check_cls(vm, &a.pos[0], M, name)?;
    let rest = Args::with_kw(&a.pos[1..], a.kwnames, a.kwvalues);
    let p = parse_args(vm, &rest, name, &["iterable", "r"], 2)?;
    let r = ssize_arg(vm, p[1].as_ref().unwrap())?;
    let pool = vm.collect(p[0].as_ref().unwrap())?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    // The index vector has r entries (with replacement, even for a short pool).
    if kind == Kind::WithReplacement && r > (1 << 32) {
        return Err(vm.memory_error());
    }
    Ok(comb_obj(vm, &a.pos[0], pool, r as usize, kind))
}

fn combinations_new(vm: &Vm, a: Args) -> PyResult<Value> {
    comb_new(vm, a, "combinations", Kind::Combinations)
}

fn cwr_new(vm: &Vm, a: Args) -> PyResult<Value> {
    comb_new(
        vm,
        a,
        "combinations_with_replacement",
        Kind::WithReplacement,
    )
}

pub fn init(vm: &Vm, m: &Value) {
    iter_type::<Product>(vm, m, M, "product", product_new);
    iter_type::<Comb>(vm, m, M, "permutations", permutations_new);
    iter_type::<Comb>(vm, m, M, "combinations", combinations_new);
    iter_type::<Comb>(vm, m, M, "combinations_with_replacement", cwr_new);
}
