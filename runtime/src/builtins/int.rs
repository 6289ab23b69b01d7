//! `int` and `bool`: arithmetic (small-int fast paths, big ints via num-bigint), comparisons, conversions.

use crate::bytecode::BinOp;
use crate::object::int::IntRef;
use crate::object::native::{Args, MethodKind};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

/// `x op y` on two small ints; None when the operator needs the general path.
#[inline]
pub fn small_binop(vm: &Vm, x: i64, y: i64, op: BinOp) -> Option<PyResult<Value>> {
    Some(Ok(match op {
        BinOp::Add => vm.new_int(x + y),
        BinOp::Sub => vm.new_int(x - y),
        BinOp::Mul => match x.checked_mul(y) {
            Some(r) => vm.new_int(r),
            None => vm.new_bigint(BigInt::from(x as i128 * y as i128)),
        },
        BinOp::FloorDiv => {
            if y == 0 {
                return Some(Err(vm.zero_division("integer division or modulo by zero")));
            }
            vm.new_int(Integer::div_floor(&x, &y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Some(Err(vm.zero_division("integer modulo by zero")));
            }
            vm.new_int(Integer::mod_floor(&x, &y))
        }
        BinOp::And => vm.new_int(x & y),
        BinOp::Or => vm.new_int(x | y),
        BinOp::Xor => vm.new_int(x ^ y),
        BinOp::TrueDiv => {
            if y == 0 {
                return Some(Err(vm.zero_division("division by zero")));
            }
            return Some(int_truediv(vm, &BigInt::from(x), &BigInt::from(y)));
        }
        _ => return None,
    }))
}

fn int_truediv(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_zero() {
        return Err(vm.zero_division("division by zero"));
    }
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1u64 << 53) && y.unsigned_abs() < (1u64 << 53) {
            return Ok(vm.new_float(x as f64 / y as f64));
        }
    }
    // Correctly rounded division of big ints: scale the dividend so the integer quotient has
    // 55..57 bits, fold any remainder into a sticky low bit, and let the one u64 -> f64
    // conversion do the single rounding (converting a and b to floats first would round twice).
    if a.is_zero() {
        let neg = b.is_negative();
        return Ok(vm.new_float(if neg { -0.0 } else { 0.0 }));
    }
    let negative = a.is_negative() != b.is_negative();
    let (na, nb) = (a.abs(), b.abs());
    let shift = nb.bits() as i64 - na.bits() as i64 + 55;
    let (n, d) = if shift >= 0 {
        (na << (shift as usize), nb)
    } else {
        (na, nb << ((-shift) as usize))
    };
    let (q, r) = n.div_rem(&d);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    let mut x = q as f64;
    // x * 2^-shift, in steps that neither overflow nor underflow on the way.
    let mut e = -shift;
    while e > 0 {
        let step = e.min(1000);
        x *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        x /= 2f64.powi(step as i32);
        e += step;
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(vm.new_float(if negative { -x } else { x }))
}

/// `a op b` for two ints of any size.
pub fn int_binop(vm: &Vm, a: &IntRef, b: &IntRef, op: BinOp) -> PyResult<Value> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Some(r) = small_binop(vm, *x, *y, op) {
            return r;
        }
    }
    // The common operations borrow a big operand instead of copying it.
    let (xs, ys);
    let xr: &BigInt = match a {
        IntRef::Big(v) => v,
        IntRef::Small(i) => {
            xs = BigInt::from(*i);
            &xs
        }
    };
    let yr: &BigInt = match b {
        IntRef::Big(v) => v,
        IntRef::Small(i) => {
            ys = BigInt::from(*i);
            &ys
        }
    };
    match op {
        BinOp::Add => return Ok(vm.new_bigint(xr + yr)),
        BinOp::Sub => return Ok(vm.new_bigint(xr - yr)),
        BinOp::Mul => return Ok(vm.new_bigint(xr * yr)),
        BinOp::And => return Ok(vm.new_bigint(xr & yr)),
        BinOp::Or => return Ok(vm.new_bigint(xr | yr)),
        BinOp::Xor => return Ok(vm.new_bigint(xr ^ yr)),
        _ => {}
    }
    let x = a.to_big();
    let y = b.to_big();
    Ok(match op {
        BinOp::Add => vm.new_bigint(x + y),
        BinOp::Sub => vm.new_bigint(x - y),
        BinOp::Mul => vm.new_bigint(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            vm.new_bigint(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            vm.new_bigint(x.mod_floor(&y))
        }
        BinOp::TrueDiv => return int_truediv(vm, &x, &y),
        BinOp::And => vm.new_bigint(x & y),
        BinOp::Or => vm.new_bigint(x | y),
        BinOp::Xor => vm.new_bigint(x ^ y),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = y
                .to_u64()
                .ok_or_else(|| vm.overflow_error("too many digits in integer"))?;
            if s > (1 << 32) && !x.is_zero() {
                return Err(vm.memory_error());
            }
            vm.new_bigint(x << s)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match y.to_u64() {
                Some(s) => vm.new_bigint(x >> s),
                None => vm.new_int(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                // As CPython, both operands become floats first (a huge one cannot).
                let to_float = |v: &BigInt| match v.to_f64() {
                    Some(f) if f.is_finite() => Ok(f),
                    _ => Err(vm.overflow_error("int too large to convert to float")),
                };
                let fx = to_float(&x)?;
                let fy = to_float(&y)?;
                if fx == 0.0 {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                return Ok(vm.new_float(fx.powf(fy)));
            }
            // 0, 1 and -1 to any power are known without computing it (CPython's loop
            // stays small for them too).
            if x.is_zero() || x.is_one() || (-&x).is_one() {
                let odd = y.bit(0);
                return Ok(vm.new_int(match () {
                    _ if y.is_zero() => 1,
                    _ if x.is_zero() => 0,
                    _ if x.is_one() || !odd => 1,
                    _ => -1,
                }));
            }
            let e = y.to_u32().ok_or_else(|| vm.memory_error())?;
            if e > 1 && x.bits() as u128 * e as u128 > (1u128 << 34) {
                return Err(vm.memory_error());
            }
            vm.new_bigint(Pow::pow(x, e))
        }
        BinOp::MatMul => return Ok(vm.not_implemented.clone()),
    })
}

pub fn init(vm: &Vm) {
    let t = vm.types.int.clone();
    vm.add_method_kind(&t, "__new__", int_new, MethodKind::Static);
    vm.add_method(&t, "__repr__", int_repr);
    vm.add_method(&t, "__hash__", int_hash);
    vm.add_method(&t, "__bool__", int_bool);
    vm.add_method(&t, "__index__", int_index);
    vm.add_method(&t, "__int__", int_index);
    vm.add_method(&t, "__float__", int_float);
    vm.add_method(&t, "__neg__", int_neg);
    vm.add_method(&t, "__pos__", int_pos);
    vm.add_method(&t, "__abs__", int_abs);
    vm.add_method(&t, "__invert__", int_invert);
    vm.add_method(&t, "__format__", int_format);
    vm.add_method(&t, "bit_length", int_bit_length);
    vm.add_method(&t, "conjugate", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "int.conjugate")?;
        int_index(vm, a)
    });
    macro_rules! binops {
        ($($name:literal $rname:literal $op:expr;)*) => {$(
            vm.add_method(&t, $name, |vm, a| int_op(vm, a, $op, false));
            vm.add_method(&t, $rname, |vm, a| int_op(vm, a, $op, true));
        )*};
    }
    binops! {
        "__add__" "__radd__" BinOp::Add;
        "__sub__" "__rsub__" BinOp::Sub;
        "__mul__" "__rmul__" BinOp::Mul;
        "__truediv__" "__rtruediv__" BinOp::TrueDiv;
        "__floordiv__" "__rfloordiv__" BinOp::FloorDiv;
        "__mod__" "__rmod__" BinOp::Mod;
        "__pow__" "__rpow__" BinOp::Pow;
        "__lshift__" "__rlshift__" BinOp::LShift;
        "__rshift__" "__rrshift__" BinOp::RShift;
        "__and__" "__rand__" BinOp::And;
        "__or__" "__ror__" BinOp::Or;
        "__xor__" "__rxor__" BinOp::Xor;
    }
    for (name, op) in [
        ("__lt__", crate::bytecode::CmpOp::Lt),
        ("__le__", crate::bytecode::CmpOp::Le),
        ("__eq__", crate::bytecode::CmpOp::Eq),
        ("__ne__", crate::bytecode::CmpOp::Ne),
        ("__gt__", crate::bytecode::CmpOp::Gt),
        ("__ge__", crate::bytecode::CmpOp::Ge),
    ] {
        let f: crate::object::native::NativeFn = match op {
            crate::bytecode::CmpOp::Lt => |vm, a| int_cmp(vm, a, crate::bytecode::CmpOp::Lt),
            crate::bytecode::CmpOp::Le => |vm, a| int_cmp(vm, a, crate::bytecode::CmpOp::Le),
            crate::bytecode::CmpOp::Eq => |vm, a| int_cmp(vm, a, crate::bytecode::CmpOp::Eq),
            crate::bytecode::CmpOp::Ne => |vm, a| int_cmp(vm, a, crate::bytecode::CmpOp::Ne),
            crate::bytecode::CmpOp::Gt => |vm, a| int_cmp(vm, a, crate::bytecode::CmpOp::Gt),
            crate::bytecode::CmpOp::Ge => |vm, a| int_cmp(vm, a, crate::bytecode::CmpOp::Ge),
        };
        vm.add_method(&t, name, f);
    }
    vm.add_method(&t, "__divmod__", |vm, a| int_divmod(vm, a, false));
    vm.add_method(&t, "__rdivmod__", |vm, a| int_divmod(vm, a, true));
    let b = vm.types.bool_.clone();
    vm.add_method_kind(&b, "__new__", bool_new, MethodKind::Static);
    vm.add_method(&b, "__repr__", bool_repr);
    vm.add_method(&b, "__and__", |vm, a| bool_op(vm, a, BinOp::And));
    vm.add_method(&b, "__or__", |vm, a| bool_op(vm, a, BinOp::Or));
    vm.add_method(&b, "__xor__", |vm, a| bool_op(vm, a, BinOp::Xor));
    vm.add_method(&b, "__rand__", |vm, a| bool_op(vm, a, BinOp::And));
    vm.add_method(&b, "__ror__", |vm, a| bool_op(vm, a, BinOp::Or));
    vm.add_method(&b, "__rxor__", |vm, a| bool_op(vm, a, BinOp::Xor));
    init_extra(vm);
    vm.add_method(&t, "__pow__", int_pow3);
}

fn int_op(vm: &Vm, a: Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (x, y) = a.operands(vm, "int op", reflected)?;
    match (vm.as_int(x), vm.as_int(y)) {
        (Some(p), Some(q)) => int_binop(vm, &p, &q, op),
        _ => Ok(vm.not_implemented.clone()),
    }
}

/// `int.__divmod__` / `int.__rdivmod__`: `(x // y, x % y)` for two ints.
fn int_divmod(vm: &Vm, a: Args, reflected: bool) -> PyResult<Value> {
    let (x, y) = a.operands(vm, "int op", reflected)?;
    match (vm.as_int(x), vm.as_int(y)) {
        (Some(p), Some(q)) => {
            let d = int_binop(vm, &p, &q, BinOp::FloorDiv)?;
            let m = int_binop(vm, &p, &q, BinOp::Mod)?;
            Ok(vm.new_tuple2(d, m))
        }
        _ => Ok(vm.not_implemented.clone()),
    }
}

fn int_cmp(vm: &Vm, a: Args, op: crate::bytecode::CmpOp) -> PyResult<Value> {
    a.check(vm, "int compare", 2, 2)?;
    let x = vm.as_int(&a.pos[0]).unwrap();
    if let Some(y) = vm.as_int(&a.pos[1]) {
        let o = match (&x, &y) {
            (IntRef::Small(p), IntRef::Small(q)) => p.cmp(q),
            _ => x.to_big().cmp(&y.to_big()),
        };
        return Ok(vm.bool_val(crate::vm::protocol::cmp_ord(o, op)));
    }
    // As in CPython, `int.__eq__(1, 1.0)` is NotImplemented: the operators get their
    // answer from float's reflected method.
    Ok(vm.not_implemented.clone())
}

fn bool_op(vm: &Vm, a: Args, op: BinOp) -> PyResult<Value> {
    let (x, y) = (&a.pos[0], &a.pos[1]);
    if vm.is_exact(x, &vm.types.bool_) && vm.is_exact(y, &vm.types.bool_) {
        let p = x.is(&vm.true_);
        let q = y.is(&vm.true_);
        return Ok(vm.bool_val(match op {
            BinOp::And => p & q,
            BinOp::Or => p | q,
            _ => p ^ q,
        }));
    }
    int_op(vm, a, op, false)
}

pub fn int_to_string(r: &IntRef) -> String {
    match r {
        IntRef::Small(i) => i.to_string(),
        IntRef::Big(b) => b.to_string(),
    }
}

/// `sys.get_int_max_str_digits()`: the most decimal digits an int may be converted from or to
/// (0: no limit).
pub static INT_MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(4300);

/// Fails when a decimal conversion of `ndigits` digits passes `sys.set_int_max_str_digits`'s
/// limit; `to_int` gives the parsing message (which names the count).
pub fn check_str_digits(vm: &Vm, ndigits: usize, to_int: bool) -> PyResult<()> {
    let limit = INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
    if limit == 0 || ndigits <= limit {
        return Ok(());
    }
    Err(vm.value_error(if to_int {
        format!("Exceeds the limit ({limit} digits) for integer string conversion: value has {ndigits} digits; use sys.set_int_max_str_digits() to increase the limit")
    } else {
        format!("Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
    }))
}

fn int_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    let r = vm.as_int(&a.pos[0]).unwrap();
    let s = int_to_string(&r);
    check_str_digits(vm, s.trim_start_matches('-').len(), false)?;
    Ok(vm.new_str(s))
}

fn bool_repr(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.intern(if a.pos[0].is(&vm.true_) {
        "True"
    } else {
        "False"
    }))
}

fn int_hash(vm: &Vm, a: Args) -> PyResult<Value> {
    let h = vm.hash_int_value(&a.pos[0])?;
    Ok(vm.new_int(h))
}

fn int_bool(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.bool_val(!vm.as_int(&a.pos[0]).unwrap().is_zero()))
}

fn int_index(vm: &Vm, a: Args) -> PyResult<Value> {
    let r = vm.as_int(&a.pos[0]).unwrap();
    Ok(match r {
        IntRef::Small(i) => vm.new_int(i),
        IntRef::Big(b) => vm.new_bigint(b.clone()),
    })
}

fn int_float(vm: &Vm, a: Args) -> PyResult<Value> {
    match vm.as_int(&a.pos[0]).unwrap().to_f64() {
        Some(f) => Ok(vm.new_float(f)),
        None => Err(vm.overflow_error("int too large to convert to float")),
    }
}

fn int_neg(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_bigint(-vm.as_int(&a.pos[0]).unwrap().to_big()))
}

fn int_pos(vm: &Vm, a: Args) -> PyResult<Value> {
    int_index(vm, a)
}

fn int_abs(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_bigint(vm.as_int(&a.pos[0]).unwrap().to_big().abs()))
}

fn int_invert(vm: &Vm, a: Args) -> PyResult<Value> {
    Ok(vm.new_bigint(-(vm.as_int(&a.pos[0]).unwrap().to_big()) - 1))
}

fn int_bit_length(vm: &Vm, a: Args) -> PyResult<Value> {
    crate::builtins::str::args::check_noargs(vm, &a, "int.bit_length")?;
    Ok(vm.new_int(vm.as_int(&a.pos[0]).unwrap().to_big().bits() as i64))
}

fn int_format(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__format__", 2, 2)?;
    if !vm.is_str(&a.pos[1]) {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            if vm.is_none(&a.pos[1]) {
                "None".to_string()
            } else {
                crate::builtins::str::args::arg_type_name(vm, &a.pos[1])
            }
        )));
    }
    crate::builtins::format::format_int(vm, &a.pos[0], vm.str_ref(&a.pos[1]))
}

/// `int(x=0, base=10)`.
fn int_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    let given = a.pos.len() - 1 + a.kwnames.len();
    if given > 2 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({given} given)")));
    }
    for k in a.kwnames {
        if vm.str_ref(k) != "base" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for int()",
                vm.str_ref(k)
            )));
        }
    }
    let x = a.pos.get(1).cloned();
    let base = a.pos.get(2).cloned().or_else(|| a.kw(vm, "base"));
    let v = match x {
        None if base.is_some() => return Err(vm.type_error("int() missing string argument")),
        None => vm.new_int(0),
        Some(x) => match base {
            Some(b) => {
                let b = vm.int_to_i64(&vm.index(&b)?)?;
                if !vm.is_str(&x) && vm.as_bytes(&x).is_none() && vm.as_bytearray(&x).is_none() {
                    return Err(vm.type_error("int() can't convert non-string with explicit base"));
                }
                parse_int_of(vm, &x, b)?
            }
            None => int_from(vm, &x)?,
        },
    };
    if cls.is(&vm.types.int) {
        return Ok(v);
    }
    let big = vm.as_int(&v).unwrap().to_big();
    Ok(vm.new_instance(cls, crate::object::int::IntData { v: big }))
}

/// `int(x, base)` for a str, bytes or bytearray `x`. Bytes parse as ASCII text, and a bad
/// literal is reported with the bytes' repr (`b'12x'`, for a bytearray too), as in CPython.
fn parse_int_of(vm: &Vm, x: &Value, base: i64) -> PyResult<Value> {
    if vm.is_str(x) {
        return parse_int(vm, &vm.str_of(x), base);
    }
    let data: Vec<u8> = match vm.as_bytearray(x) {
        // SAFETY: a shared read of the buffer; nothing runs while it is borrowed.
        Some(b) => unsafe { b.b.get() }.clone(),
        None => vm.as_bytes(x).unwrap_or(&[]).to_vec(),
    };
    let text = std::str::from_utf8(&data).ok().filter(|t| t.is_ascii());
    // Non-ASCII bytes never parse; "\x01" stands in to get the base check and the error.
    match parse_int(vm, text.unwrap_or("\x01"), base) {
        Err(e) if vm.err_matches(&e, &vm.exc.value_error) && is_bad_literal(vm, &e) => {
            let shown = vm.repr_string(&vm.new_bytes(data))?;
            Err(vm.value_error(format!(
                "invalid literal for int() with base {base}: {shown}"
            )))
        }
        r => r,
    }
}

#[cold]
fn is_bad_literal(vm: &Vm, e: &crate::vm::PyErr) -> bool {
    vm.str(&e.0)
        .map(|m| vm.str_of(&m).starts_with("invalid literal"))
        .unwrap_or(false)
}

/// `int(x)` for one argument.
pub fn int_from(vm: &Vm, x: &Value) -> PyResult<Value> {
    if vm.is_exact(x, &vm.types.int) {
        return Ok(x.clone());
    }
    // A float subclass with its own `__int__` has it called (below), as PyNumber_Long.
    if let Some(f) = vm
        .as_float(x)
        .filter(|_| !vm.heap_overrides(x, &vm.names.int, &vm.types.float))
    {
        if f.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        return Ok(vm.new_bigint(num_bigint::BigInt::from_f64_trunc(f)));
    }
    if (vm.is_str(x)
        && !crate::builtins::float::str_sub_converts(
            vm,
            x,
            &[&vm.names.int, &vm.names.index, &vm.names.trunc],
        ))
        || vm.as_bytes(x).is_some()
        || vm.as_bytearray(x).is_some()
    {
        return parse_int_of(vm, x, 10);
    }
    // The conversion dunders must return ints (an int subclass is narrowed to int).
    let exact = |r: Value, name: &str| -> PyResult<Value> {
        match vm.as_int(&r) {
            Some(i) if vm.is_int(&r) => {
                if vm.is_exact(&r, &vm.types.int) {
                    Ok(r)
                } else {
                    Ok(vm.new_bigint(i.to_big()))
                }
            }
            _ => Err(vm.type_error(format!(
                "{name} returned non-int (type {})",
                vm.type_name(&r)
            ))),
        }
    };
    if let Some(r) = vm.call_special(x, &vm.names.int, &[])? {
        return exact(r, "__int__");
    }
    if let Some(r) = vm.call_special(x, &vm.names.index, &[])? {
        return exact(r, "__index__");
    }
    if let Some(r) = vm.call_special(x, &vm.names.trunc, &[])? {
        if vm.is_int(&r) {
            return exact(r, "__trunc__");
        }
        if vm.lookup_special(&r, &vm.names.index).is_none() {
            return Err(vm.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                vm.type_name(&r)
            )));
        }
        return vm.index(&r);
    }
    // Other buffers (memoryview, array) parse as a bytes copy of their contents.
    if let Some(b) = crate::builtins::memoryview::view_bytes(vm, x) {
        return int_from(vm, &vm.new_bytes(b));
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

trait FromF64Trunc {
    fn from_f64_trunc(f: f64) -> BigInt;
}
impl FromF64Trunc for BigInt {
    fn from_f64_trunc(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default()
    }
}

/// Parses an int literal as `int(s, base)` does (underscores, prefixes, whitespace).
pub fn parse_int(vm: &Vm, s: &str, base: i64) -> PyResult<Value> {
    let err = || {
        vm.value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::builtins::str::repr_str(s)
        ))
    };
    if base != 0 && !(2..=36).contains(&base) {
        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    // Unicode spaces become ' ' and decimal digits of any script become ASCII,
    // as CPython does before parsing; other non-ASCII characters are invalid.
    let norm: String = s
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if crate::builtins::str::unicode::is_space(c) {
                ' '
            } else if let Some(d) = crate::builtins::str::unicode::decimal_value(c) {
                char::from_digit(d, 10).unwrap_or('?')
            } else {
                '?'
            }
        })
        .collect();
    let t = norm.trim_matches(|c: char| c.is_ascii_whitespace() || ('\x1c'..='\x1f').contains(&c));
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let mut base = base as u32;
    let mut digits: &str = &lower;
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if (base == 0 || base == b) && lower.starts_with(p) {
            digits = &lower[2..];
            digits = digits.strip_prefix('_').unwrap_or(digits);
            base = b;
        }
    }
    if base == 0 {
        if lower.len() > 1 && lower.starts_with('0') && lower.chars().any(|c| c != '0' && c != '_')
        {
            return Err(err());
        }
        base = 10;
    }
    if digits.is_empty()
        || digits.starts_with(['_', '+', '-'])
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(err());
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if base == 10 {
        check_str_digits(vm, clean.len(), true)?;
    }
    match BigInt::parse_bytes(clean.as_bytes(), base) {
        Some(v) => Ok(vm.new_bigint(if neg { -v } else { v })),
        None => Err(err()),
    }
}

fn bool_new(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check_new(vm, "bool", 1)?;
    match a.pos.get(1) {
        None => Ok(vm.false_.clone()),
        Some(x) => Ok(vm.bool_val(vm.truthy(x)?)),
    }
}

/// Registers the int methods beyond arithmetic: attributes, byte conversions, rounding.
fn init_extra(vm: &Vm) {
    let t = vm.types.int.clone();
    vm.add_getset(&t, "real", int_index, None);
    vm.add_getset(&t, "imag", |vm, _| Ok(vm.new_int(0)), None);
    vm.add_getset(&t, "numerator", int_index, None);
    vm.add_getset(&t, "denominator", |vm, _| Ok(vm.new_int(1)), None);
    vm.add_method(&t, "to_bytes", int_to_bytes);
    vm.add_method_kind(&t, "from_bytes", int_from_bytes, MethodKind::Class);
    vm.add_method(&t, "as_integer_ratio", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "int.as_integer_ratio")?;
        let n = int_index(vm, a)?;
        Ok(vm.new_tuple(vec![n, vm.new_int(1)]))
    });
    vm.add_method(&t, "bit_count", |vm, a| {
        crate::builtins::str::args::check_noargs(vm, &a, "int.bit_count")?;
        let b = vm.as_int(&a.pos[0]).unwrap().to_big();
        let n: u64 = b
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as u64)
            .sum();
        Ok(vm.new_int(n as i64))
    });
    vm.add_method(&t, "__round__", int_round);
    vm.add_method(&t, "__trunc__", int_index);
    vm.add_method(&t, "__floor__", int_index);
    vm.add_method(&t, "__ceil__", int_index);
    vm.add_method(&t, "__getnewargs__", |vm, a| {
        let n = int_index(vm, a)?;
        Ok(vm.new_tuple(vec![n]))
    });
}

/// Reads `byteorder` (positional at `idx` or keyword); 'big' when absent.
fn byteorder_arg(vm: &Vm, a: &Args, idx: usize, fname: &str) -> PyResult<bool> {
    let Some(v) = a.pos.get(idx).cloned().or_else(|| a.kw(vm, "byteorder")) else {
        return Ok(false);
    };
    if !vm.is_str(&v) {
        return Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            crate::builtins::str::args::arg_type_name(vm, &v)
        )));
    }
    match vm.str_of(&v).as_str() {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

/// Argument Clinic's count check of `to_bytes`/`from_bytes` (two positional parameters).
fn at_most_two_positional(vm: &Vm, a: &Args, fname: &str) -> PyResult<()> {
    let n = a.pos.len().saturating_sub(1);
    if n > 2 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 2 positional arguments ({n} given)"
        )));
    }
    Ok(())
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &Vm, a: Args) -> PyResult<Value> {
    at_most_two_positional(vm, &a, "to_bytes")?;
    a.check_pos(vm, "to_bytes", 1, 3)?;
    a.only_kw(vm, "to_bytes", &["length", "byteorder", "signed"])?;
    let length = match a.pos.get(1).cloned().or_else(|| a.kw(vm, "length")) {
        Some(l) if vm.as_int(&l).is_some_and(|i| i.to_i64().is_none()) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        Some(l) => vm.index_isize(&l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(vm, &a, 2, "to_bytes")?;
    let signed = match a.kw(vm, "signed") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let v = vm.as_int(&a.pos[0]).unwrap().to_big();
    if v.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    let mut bytes = if signed {
        v.to_signed_bytes_le()
    } else {
        v.to_bytes_le().1
    };
    // Minimal encodings of 0 are one byte; zero-length output is fine for 0.
    if v.is_zero() {
        bytes.clear();
    }
    // (CPython gives -1 in no bytes, as the sign extension of nothing.)
    if signed && length == 0 && bytes == [0xff] {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    if length > (1usize << 40) {
        return Err(vm.new_exception(&vm.exc.memory_error, vec![]));
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; subclasses get `cls(value)`.
fn int_from_bytes(vm: &Vm, a: Args) -> PyResult<Value> {
    at_most_two_positional(vm, &a, "from_bytes")?;
    a.check_pos(vm, "from_bytes", 1, 3)?;
    a.only_kw(vm, "from_bytes", &["bytes", "byteorder", "signed"])?;
    let cls = &a.pos[0];
    let Some(src) = a.pos.get(1).cloned().or_else(|| a.kw(vm, "bytes")) else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder_arg(vm, &a, 2, "from_bytes")?;
    let signed = match a.kw(vm, "signed") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    // As PyObject_Bytes: an int is no sequence of bytes (bytes(3) would be three zeros).
    if vm.is_int(&src) && vm.lookup_special(&src, &vm.intern("__bytes__")).is_none() {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(&src)
        )));
    }
    let mut data: Vec<u8> = match vm.as_bytes(&src) {
        Some(b) => b.to_vec(),
        None => {
            if vm.is_str(&src) {
                return Err(vm.type_error("cannot convert 'str' object to bytes"));
            }
            let b = vm.call(&vm.types.bytes.clone(), &[src])?;
            vm.as_bytes(&b).map(|b| b.to_vec()).unwrap_or_default()
        }
    };
    if !little {
        data.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    };
    let v = vm.new_bigint(v);
    if cls.is(&vm.types.int) {
        return Ok(v);
    }
    vm.call(cls, &[v])
}

/// `int.__round__(ndigits=None)`: negative ndigits round half to even at 10**-ndigits.
fn int_round(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__round__", 1, 2)?;
    // (`round(x, None)` calls `__round__()`; an explicit None is not an integer.)
    let Some(nd) = a.pos.get(1) else {
        return int_index(vm, a);
    };
    let Some(nd) = vm.as_int(nd).map(|n| n.to_big()) else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(nd)
        )));
    };
    if !nd.is_negative() {
        return int_index(vm, a);
    }
    let x = vm.as_int(&a.pos[0]).unwrap().to_big();
    // Beyond the int's own digit count the result is always 0.
    let Some(k) = (-nd).to_u32().filter(|k| (*k as u64) < 100_000) else {
        return Ok(vm.new_int(0));
    };
    let m: BigInt = Pow::pow(BigInt::from(10), k);
    let (q, r) = x.div_mod_floor(&m);
    let twice: BigInt = &r * 2;
    let up = match twice.cmp(&m) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => q.is_odd(),
    };
    let q = if up { q + 1 } else { q };
    Ok(vm.new_bigint(q * m))
}

/// Three-argument `pow(base, exp, mod)` on ints (negative exponents use the modular inverse).
pub fn int_pow_mod(vm: &Vm, b: &IntRef, e: &IntRef, m: &IntRef) -> PyResult<Value> {
    let (b, e, m) = (b.to_big(), e.to_big(), m.to_big());
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let am = m.abs();
    let (base, exp) = if e.is_negative() {
        // Extended Euclid on (b mod |m|, |m|).
        let bm = b.mod_floor(&am);
        let g = bm.extended_gcd(&am);
        if !g.gcd.is_one_value() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        (g.x.mod_floor(&am), -e)
    } else {
        (b, e)
    };
    let mut r = base.modpow(&exp, &am);
    if m.is_negative() && !r.is_zero() {
        r -= &am;
    }
    if am == BigInt::from(1) {
        r = BigInt::zero();
    }
    Ok(vm.new_bigint(r))
}

trait IsOneValue {
    fn is_one_value(&self) -> bool;
}
impl IsOneValue for BigInt {
    fn is_one_value(&self) -> bool {
        *self == BigInt::from(1)
    }
}

/// `int.__pow__(self, other, mod=None)` as the 3-argument form reaches it.
fn int_pow3(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__pow__", 2, 3)?;
    match a.pos.get(2).filter(|m| !vm.is_none(m)) {
        None => int_op(vm, Args::new(&a.pos[..2]), BinOp::Pow, false),
        Some(m) => match (vm.as_int(&a.pos[0]), vm.as_int(&a.pos[1]), vm.as_int(m)) {
            (Some(b), Some(e), Some(m)) => int_pow_mod(vm, &b, &e, &m),
            _ => Ok(vm.not_implemented.clone()),
        },
    }
}

/// `pow(base, exp, mod)` with a modulus: ints directly, otherwise `base.__pow__(exp, mod)`.
pub fn pow3(vm: &Vm, b: &Value, e: &Value, m: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y), Some(z)) = (vm.as_int(b), vm.as_int(e), vm.as_int(m)) {
        return int_pow_mod(vm, &x, &y, &z);
    }
    let not_allowed = || {
        vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(b),
            vm.type_name(e),
            vm.type_name(m)
        ))
    };
    // float.__pow__ refuses a modulus outright, also when it is reached as the slot of
    // a float modulus after int's declined (`pow(2, 3, 1.5)`).
    let numeric = |v: &Value| vm.is_int(v) || vm.as_float(v).is_some();
    if vm.as_float(b).is_some()
        || (vm.is_int(b) && vm.as_float(e).is_some())
        || (vm.as_float(m).is_some() && numeric(b) && numeric(e))
    {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let ty = vm.type_of(b);
    if let Some(f) = vm.lookup(&ty, &vm.intern("__pow__")) {
        let r = vm.call(&f, &[b.clone(), e.clone(), m.clone()])?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    Err(not_allowed())
}
