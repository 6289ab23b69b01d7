//! The `float` payload and its Python repr (shortest round-trip digits).

use super::typeobj::Layout;
use super::value::{alloc, free_obj, Obj, ObjHeader, Value};
use crate::vm::Vm;
use std::cell::Cell;

#[repr(C)]
pub struct FloatData {
    pub v: f64,
}

/// Freed float objects kept for reuse: float arithmetic allocates on every result.
/// The list is linked through the freed objects' payloads (as CPython's free list),
/// so taking and giving back one costs a few instructions and no bookkeeping memory.
#[derive(Clone, Copy)]
struct FreeList {
    head: *mut ObjHeader,
    len: usize,
}

thread_local! {
    static FREE: Cell<FreeList> = const { Cell::new(FreeList { head: std::ptr::null_mut(), len: 0 }) };
}

const FREE_MAX: usize = 256;

/// The link to the next free float, stored where the value was.
///
/// # Safety
/// `p` is a float object's header.
#[inline(always)]
unsafe fn link(p: *mut ObjHeader) -> *mut *mut ObjHeader {
    &mut (*(p as *mut Obj<FloatData>)).data as *mut FloatData as *mut *mut ObjHeader
}

/// The dealloc of exact floats: keep the memory for the next float. Never inlined, so
/// that its address identifies exact floats (see `dealloc::release`).
///
/// # Safety
/// `p` is an exact float whose count reached zero.
#[inline(never)]
pub unsafe fn free_float(p: *mut ObjHeader) {
    keep_float(p)
}

/// `free_float`'s body, inlined into the release path.
///
/// # Safety
/// As `free_float`.
#[inline(always)]
pub unsafe fn keep_float(p: *mut ObjHeader) {
    let l = FREE.with(|f| f.get());
    if l.len < FREE_MAX {
        *link(p) = l.head;
        FREE.with(|f| {
            f.set(FreeList {
                head: p,
                len: l.len + 1,
            })
        });
    } else {
        free_obj::<FloatData>(p);
    }
}

impl Vm {
    // Out of line: inlined into the interpreter loop, it changes the loop's register
    // allocation and costs more elsewhere than it saves (measured, richards and go).
    #[inline(never)]
    pub fn new_float(&self, f: f64) -> Value {
        let l = FREE.with(|c| c.get());
        if !l.head.is_null() {
            // SAFETY: a float freed by `free_float`; its header's type is still float
            // and its payload holds the next free one.
            unsafe {
                let p = l.head;
                FREE.with(|c| {
                    c.set(FreeList {
                        head: *link(p),
                        len: l.len - 1,
                    })
                });
                let o = p as *mut Obj<FloatData>;
                (*o).header.refcnt.set(1);
                (*o).data.v = f;
                return Value::from_owned_ptr(p as *const ObjHeader);
            }
        }
        alloc(self.types.float.ptr() as *const _, FloatData { v: f })
    }

    /// `v`'s value if it is a float (or subclass).
    #[inline]
    pub fn as_float(&self, v: &Value) -> Option<f64> {
        if let Some(h) = v.header() {
            if std::ptr::eq(h.ty.get() as *const u8, self.types.float.ptr() as *const u8)
                || self.has_layout(v, Layout::Float)
            {
                return Some(unsafe { v.payload::<FloatData>().v });
            }
        }
        None
    }
}

/// `repr(x)` of a float, as CPython prints it.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let e = shortest_e(x);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if neg { "-" } else { "" };
    if (-4..16).contains(&exp) {
        // Positional notation.
        let n = digits.len() as i32;
        if exp >= 0 {
            let int_len = exp + 1;
            if n <= int_len {
                format!("{sign}{}{}.0", digits, "0".repeat((int_len - n) as usize))
            } else {
                format!(
                    "{sign}{}.{}",
                    &digits[..int_len as usize],
                    &digits[int_len as usize..]
                )
            }
        } else {
            format!("{sign}0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        }
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits.clone()
        };
        let es = if exp < 0 { "-" } else { "+" };
        format!("{sign}{m}e{es}{:02}", exp.abs())
    }
}

/// The shortest digits of `x` (finite, nonzero) that read back as `x`, in `{:e}` form.
/// Rust's `{:e}` gives them, but where two shortest candidates are equally near `x` it
/// takes the larger, and CPython's repr (David Gay's algorithm) the even one:
/// `repr(1.43228912353515625)` is `1.4322891235351562`. Such a tie needs the exact value
/// to end in 5 just past the shortest digits (`may_tie`); then the same number of digits
/// correctly rounded, which Rust's fixed precision does with ties to even, is taken.
fn shortest_e(x: f64) -> String {
    let e = format!("{:e}", x);
    if may_tie(x) {
        let n = e
            .bytes()
            .take_while(|&b| b != b'e')
            .filter(u8::is_ascii_digit)
            .count();
        if n > 1 {
            let r = format!("{:.*e}", n - 1, x);
            if r.parse::<f64>() == Ok(x) {
                return r;
            }
        }
    }
    e
}

/// Whether the exact decimal value of `x` has at most 18 significant digits: only then
/// can it lie halfway between two shortest (at most 17-digit) candidates. `x` is
/// `m * 2^e` with `m` odd; for `e >= 0` it is an integer whose last significant digit is
/// not a 5 past 17 digits, and for `e < 0` its digits are those of `m * 5^-e`.
fn may_tie(x: f64) -> bool {
    let bits = x.abs().to_bits();
    let biased = (bits >> 52) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let tz = m.trailing_zeros();
    let (m, e) = (m >> tz, e + tz as i32);
    if e >= 0 || e < -27 {
        return false;
    }
    // (m < 2^53 and 5^27 < 2^63: the product fits in 128 bits.)
    (m as u128) * 5u128.pow((-e) as u32) < 10u128.pow(18)
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn reprs_match_cpython() {
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(1.5e300), "1.5e+300");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(123.456), "123.456");
        // Ties between two shortest candidates go to the even one, as in CPython.
        assert_eq!(float_repr(1.43228912353515625), "1.4322891235351562");
        assert_eq!(float_repr(-1.43228912353515625), "-1.4322891235351562");
        assert_eq!(float_repr(187739.0 / 131072.0), "1.4323348999023438");
        assert_eq!(float_repr(0.375), "0.375");
        assert_eq!(float_repr(2.5e-3), "0.0025");
        assert_eq!(float_repr(2.0), "2.0");
        assert_eq!(float_repr(1.0 / 3.0), "0.3333333333333333");
        assert_eq!(float_repr(f64::INFINITY), "inf");
        assert_eq!(float_repr(1.2345e-7), "1.2345e-07");
    }
}
