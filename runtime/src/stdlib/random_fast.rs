//! Fast paths for `Random.randrange`, `randint`, `choice` and `shuffle`: when the instance
//! uses the stock generator (its `_randbelow` is `_randbelow_with_getrandbits` and its
//! `getrandbits` is the Rust one) and the arguments are plain ints, the work is done here
//! with exactly the draws the Python code makes. Anything else goes to the Python versions
//! in `random.py` (`_randrange`, `_randint`, `_choice`, `_shuffle`).

use super::random::{mt_of, random_getrandbits, Mt};
use crate::object::native::{Args, MethodDescrData, NativeFn};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive};

/// Whether `f` is the method descriptor of the Rust function `func`.
fn is_native(vm: &Vm, f: &Value, func: NativeFn) -> bool {
    vm.is_exact(f, &vm.types.method_descriptor)
        && unsafe { f.payload::<MethodDescrData>() }.func as usize == func as usize
}

thread_local! {
    /// `_randbelow`, `_randbelow_with_getrandbits` and `getrandbits`, interned once.
    static NAMES: std::cell::OnceCell<[Value; 3]> = const { std::cell::OnceCell::new() };
    /// The version tag of the last type found to draw with the stock generator (0: none).
    /// A tag is never reused and changes with any change to the type or a base, so a
    /// match answers without the three MRO lookups (`go` calls `choice` 200,000 times).
    static STOCK_VERSION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The instance draws integers with the stock `_randbelow` over the Rust `getrandbits`.
fn stock(vm: &Vm, me: &Value) -> PyResult<bool> {
    let [below_n, with_bits_n, bits_n] = NAMES.with(|n| {
        n.get_or_init(|| {
            [
                vm.intern("_randbelow"),
                vm.intern("_randbelow_with_getrandbits"),
                vm.intern("getrandbits"),
            ]
        })
        .clone()
    });
    if let Some(attrs) = vm.attrs_of(me) {
        if attrs.has_state() {
            for n in [&below_n, &bits_n] {
                if attrs.get(vm, n)?.is_some() {
                    return Ok(false);
                }
            }
        }
    }
    let ty = vm.type_of(me);
    let version = unsafe { crate::object::typeobj::type_data(&ty) }
        .version
        .get();
    if version != 0 && STOCK_VERSION.with(|v| v.get()) == version {
        return Ok(true);
    }
    let below = vm.lookup(&ty, &below_n);
    let with_bits = vm.lookup(&ty, &with_bits_n);
    let bits = vm.lookup(&ty, &bits_n);
    let yes = match (below, with_bits, bits) {
        (Some(a), Some(b), Some(g)) => a.is(&b) && is_native(vm, &g, random_getrandbits),
        _ => false,
    };
    if yes {
        STOCK_VERSION.with(|v| v.set(version));
    }
    Ok(yes)
}

/// `self.<name>(*args)`: the Python fallback.
fn fallback(vm: &Vm, me: &Value, name: &str, args: &[Value], a: &Args) -> PyResult<Value> {
    let f = vm.getattr(me, &vm.intern(name))?;
    vm.call_kw(&f, &[args, a.kwvalues].concat(), a.kwnames)
}

/// k random bits (k <= 64), drawn as getrandbits(k) draws them.
fn bits64(mt: &mut Mt, k: u32) -> u64 {
    if k == 0 {
        return 0;
    }
    if k <= 32 {
        return (mt.next_u32() >> (32 - k)) as u64;
    }
    let lo = mt.next_u32() as u64;
    let hi = (mt.next_u32() >> (64 - k)) as u64;
    lo | (hi << 32)
}

/// k random bits for any k, as getrandbits(k).
fn bits_big(mt: &mut Mt, k: u64) -> BigInt {
    let words = ((k - 1) / 32 + 1) as usize;
    let mut out = Vec::with_capacity(words);
    let mut left = k as i64;
    for _ in 0..words {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left -= 32;
    }
    BigInt::from_slice(Sign::Plus, &out)
}

/// A random int in [0, n) for n > 0, by rejection on n.bit_length() bits.
fn below_u64(mt: &mut Mt, n: u64) -> u64 {
    let k = 64 - n.leading_zeros();
    loop {
        let r = bits64(mt, k);
        if r < n {
            return r;
        }
    }
}

fn below_big(mt: &mut Mt, n: &BigInt) -> BigInt {
    if let Some(small) = n.to_u64() {
        return BigInt::from(below_u64(mt, small));
    }
    let k = n.bits();
    loop {
        let r = bits_big(mt, k);
        if &r < n {
            return r;
        }
    }
}

fn exact_int(vm: &Vm, v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small() {
        return Some(BigInt::from(i));
    }
    if vm.is_exact(v, &vm.types.int) {
        return vm.as_int(v).map(|r| r.to_big());
    }
    None
}

/// `randrange(start, stop=None, step=1)`.
pub fn randrange(vm: &Vm, a: Args) -> PyResult<Value> {
    let me = a.pos[0].clone();
    let rest = &a.pos[1..];
    if a.has_kw() || rest.is_empty() || rest.len() > 3 || !stock(vm, &me)? {
        return fallback(vm, &me, "_randrange", rest, &a);
    }
    // Fast path only for plain ints (and stop None with the default step).
    let stop_given = rest.len() >= 2 && !vm.is_none(&rest[1]);
    let step_one = rest.len() < 3 || rest[2].as_small() == Some(1);
    let ints: Option<Vec<BigInt>> = rest
        .iter()
        .enumerate()
        .filter(|(i, v)| !(*i == 1 && vm.is_none(v)))
        .map(|(_, v)| exact_int(vm, v))
        .collect();
    let Some(ints) = ints else {
        return fallback(vm, &me, "_randrange", rest, &a);
    };
    if !stop_given && !step_one {
        return fallback(vm, &me, "_randrange", rest, &a);
    }
    let mt = mt_of(vm, &me)?;
    let start = &ints[0];
    if !stop_given {
        if start.is_positive() {
            return Ok(vm.new_bigint(below_big(mt, start)));
        }
        return Err(vm.value_error("empty range for randrange()"));
    }
    let stop = &ints[1];
    let step = ints.get(2).cloned().unwrap_or_else(BigInt::one);
    let width = stop - start;
    if step.is_one() {
        if width.is_positive() {
            return Ok(vm.new_bigint(start + below_big(mt, &width)));
        }
        return Err(vm.value_error(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )));
    }
    let n = if step.is_positive() {
        num_integer::Integer::div_floor(&(&width + &step - 1), &step)
    } else if step.is_negative() {
        num_integer::Integer::div_floor(&(&width + &step + 1), &step)
    } else {
        return Err(vm.value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(vm.value_error("empty range for randrange()"));
    }
    Ok(vm.new_bigint(start + step * below_big(mt, &n)))
}

/// `randint(a, b)`: `randrange(a, b + 1)` when randrange is the stock one.
pub fn randint(vm: &Vm, a: Args) -> PyResult<Value> {
    let me = a.pos[0].clone();
    let rest = &a.pos[1..];
    let own = vm
        .lookup(&vm.type_of(&me), &vm.intern("randrange"))
        .is_some_and(|f| is_native(vm, &f, randrange));
    let no_instance_override = match vm.attrs_of(&me) {
        Some(at) => at.get(vm, &vm.intern("randrange"))?.is_none(),
        None => true,
    };
    if a.has_kw() || rest.len() != 2 || !own || !no_instance_override {
        return fallback(vm, &me, "_randint", rest, &a);
    }
    let (Some(lo), Some(hi)) = (exact_int(vm, &rest[0]), exact_int(vm, &rest[1])) else {
        return fallback(vm, &me, "_randint", rest, &a);
    };
    let stop = vm.new_bigint(hi + 1);
    let start = vm.new_bigint(lo);
    randrange(vm, Args::new(&[me, start, stop]))
}

/// `choice(seq)`.
pub fn choice(vm: &Vm, a: Args) -> PyResult<Value> {
    let me = a.pos[0].clone();
    let rest = &a.pos[1..];
    if a.has_kw() || rest.len() != 1 || !stock(vm, &me)? {
        return fallback(vm, &me, "_choice", rest, &a);
    }
    let seq = &rest[0];
    let n = vm.len(seq)?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let mt = mt_of(vm, &me)?;
    let i = below_u64(mt, n as u64);
    if let Some(l) = vm.as_list(seq) {
        if vm.is_exact(seq, &vm.types.list) {
            if let Some(v) = l.get(i as usize) {
                return Ok(v);
            }
        }
    }
    vm.getitem(seq, &vm.new_int(i as i64))
}

/// `shuffle(x)`: Fisher-Yates from the end, as the Python version.
pub fn shuffle(vm: &Vm, a: Args) -> PyResult<Value> {
    let me = a.pos[0].clone();
    let rest = &a.pos[1..];
    if a.has_kw() || rest.len() != 1 || !stock(vm, &me)? {
        return fallback(vm, &me, "_shuffle", rest, &a);
    }
    let x = &rest[0];
    let n = vm.len(x)?;
    let exact_list = vm.is_exact(x, &vm.types.list);
    for i in (1..n).rev() {
        let j = below_u64(mt_of(vm, &me)?, (i + 1) as u64) as usize;
        if exact_list {
            if let Some(l) = vm.as_list(x) {
                if let (Some(xi), Some(xj)) = (l.get(i), l.get(j)) {
                    l.set(i, xj);
                    l.set(j, xi);
                    continue;
                }
            }
        }
        let (iv, jv) = (vm.new_int(i as i64), vm.new_int(j as i64));
        let xj = vm.getitem(x, &jv)?;
        let xi = vm.getitem(x, &iv)?;
        vm.setitem(x, &iv, xj)?;
        vm.setitem(x, &jv, xi)?;
    }
    Ok(vm.none.clone())
}
