//! Constant folding of literal expressions: numbers, strings, bytes,
//! tuples of constants, unary and binary arithmetic on them. Anything that
//! would raise (division by zero, negative shifts) or build a large value
//! (`2**100000`, `'a' * 10**8`) is left for run time, as CPython's AST
//! optimiser does.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use ruff_python_ast::{self as ast, Expr, Number};

use crate::bytecode::Const;

use super::symtable_build::MAX_DEPTH;

/// Folded ints may have at most this many bits (CPython's MAX_INT_SIZE).
const MAX_INT_BITS: u64 = 128;
/// Folded tuples may have at most this many items (MAX_COLLECTION_SIZE).
const MAX_COLLECTION: usize = 256;
/// Folded str/bytes may have at most this many units (MAX_STR_SIZE).
const MAX_STR: usize = 4096;

/// The value of an int literal, whatever its base and underscores.
pub fn int_value(i: &ast::Int) -> Option<BigInt> {
    if let Some(v) = i.as_i64() {
        return Some(BigInt::from(v));
    }
    let text: String = i.to_string().chars().filter(|c| *c != '_').collect();
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// A literal's constant (no folding of operators).
pub fn literal(e: &Expr) -> Option<Const> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => Const::Int(int_value(i)?),
            Number::Float(f) => Const::Float(*f),
            Number::Complex { real, imag } => Const::Complex {
                re: *real,
                im: *imag,
            },
        },
        Expr::StringLiteral(s) => Const::Str(s.value.to_str().to_string()),
        Expr::BytesLiteral(b) => Const::Bytes(b.value.bytes().collect()),
        Expr::BooleanLiteral(b) => {
            if b.value {
                Const::True
            } else {
                Const::False
            }
        }
        Expr::NoneLiteral(_) => Const::None,
        Expr::EllipsisLiteral(_) => Const::Ellipsis,
        _ => return None,
    })
}

/// Whether an expression is a plain literal (a statement of it does nothing).
pub fn is_literal(e: &Expr) -> bool {
    matches!(
        e,
        Expr::NumberLiteral(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
    )
}

/// Python truthiness of a constant.
pub fn truthy(c: &Const) -> bool {
    match c {
        Const::None | Const::False => false,
        Const::True | Const::Ellipsis | Const::Code(_) => true,
        Const::Int(i) => !i.is_zero(),
        Const::Float(f) => *f != 0.0,
        Const::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
    }
}

/// Folds `e` to a constant if it is made of literals only.
pub fn fold(e: &Expr) -> Option<Const> {
    fold_at(e, 0)
}

fn fold_at(e: &Expr, depth: usize) -> Option<Const> {
    if depth > MAX_DEPTH {
        return None;
    }
    match e {
        Expr::Name(n) if n.id.as_str() == "__debug__" => Some(Const::True),
        Expr::Tuple(t) => {
            let mut items = Vec::with_capacity(t.elts.len());
            for el in &t.elts {
                items.push(fold_at(el, depth + 1)?);
            }
            Some(Const::Tuple(items))
        }
        Expr::UnaryOp(u) => {
            let v = fold_at(&u.operand, depth + 1)?;
            unary(u.op, v)
        }
        Expr::BinOp(b) => {
            let l = fold_at(&b.left, depth + 1)?;
            let r = fold_at(&b.right, depth + 1)?;
            binary(b.op, l, r)
        }
        _ => literal(e),
    }
}

fn unary(op: ast::UnaryOp, v: Const) -> Option<Const> {
    match (op, v) {
        (ast::UnaryOp::Not, v) => Some(if truthy(&v) {
            Const::False
        } else {
            Const::True
        }),
        (ast::UnaryOp::USub, Const::Int(i)) => Some(Const::Int(-i)),
        (ast::UnaryOp::USub, Const::Float(f)) => Some(Const::Float(-f)),
        (ast::UnaryOp::USub, Const::Complex { re, im }) => {
            Some(Const::Complex { re: -re, im: -im })
        }
        (ast::UnaryOp::UAdd, c @ (Const::Int(_) | Const::Float(_) | Const::Complex { .. })) => {
            Some(c)
        }
        (ast::UnaryOp::Invert, Const::Int(i)) => Some(Const::Int(-i - 1)),
        _ => None,
    }
}

fn int_to_f64(i: &BigInt) -> Option<f64> {
    let f = i.to_f64()?;
    f.is_finite().then_some(f)
}

fn small_int(c: &Const) -> Option<i64> {
    match c {
        Const::Int(i) => i.to_i64(),
        Const::True => Some(1),
        Const::False => Some(0),
        _ => None,
    }
}

fn binary(op: ast::Operator, l: Const, r: Const) -> Option<Const> {
    use ast::Operator::*;
    match (&l, &r) {
        (Const::Int(a), Const::Int(b)) => int_binary(op, a, b).map(Const::Int),
        (Const::Float(_) | Const::Int(_), Const::Float(_) | Const::Int(_)) => {
            let a = match &l {
                Const::Float(f) => *f,
                Const::Int(i) => int_to_f64(i)?,
                _ => return None,
            };
            let b = match &r {
                Const::Float(f) => *f,
                Const::Int(i) => int_to_f64(i)?,
                _ => return None,
            };
            let v = match op {
                Add => a + b,
                Sub => a - b,
                Mult => a * b,
                Div if b != 0.0 => a / b,
                _ => return None,
            };
            v.is_finite().then_some(Const::Float(v))
        }
        (Const::Str(a), Const::Str(b)) if op == Add => (a.chars().count() + b.chars().count()
            <= MAX_STR)
            .then(|| Const::Str(format!("{a}{b}"))),
        (Const::Bytes(a), Const::Bytes(b)) if op == Add => {
            (a.len() + b.len() <= MAX_STR).then(|| {
                let mut v = a.clone();
                v.extend_from_slice(b);
                Const::Bytes(v)
            })
        }
        (Const::Tuple(a), Const::Tuple(b)) if op == Add => (a.len() + b.len() <= MAX_COLLECTION)
            .then(|| {
                let mut v = a.clone();
                v.extend(b.iter().cloned());
                Const::Tuple(v)
            }),
        (Const::Str(_) | Const::Bytes(_) | Const::Tuple(_), _)
        | (_, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_))
            if op == Mult =>
        {
            let (seq, n) = if matches!(l, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_)) {
                (&l, &r)
            } else {
                (&r, &l)
            };
            let n = small_int(n)?.max(0) as usize;
            repeat(seq, n)
        }
        _ => None,
    }
}

fn repeat(seq: &Const, n: usize) -> Option<Const> {
    match seq {
        Const::Str(s) => {
            let len = s.chars().count().checked_mul(n)?;
            (len <= MAX_STR).then(|| Const::Str(s.repeat(n)))
        }
        Const::Bytes(b) => {
            let len = b.len().checked_mul(n)?;
            (len <= MAX_STR).then(|| Const::Bytes(b.repeat(n)))
        }
        Const::Tuple(t) => {
            let len = t.len().checked_mul(n)?;
            (len <= MAX_COLLECTION)
                .then(|| Const::Tuple(t.iter().cloned().cycle().take(len).collect()))
        }
        _ => None,
    }
}

fn int_binary(op: ast::Operator, a: &BigInt, b: &BigInt) -> Option<BigInt> {
    use ast::Operator::*;
    let fits = |v: BigInt| (v.bits() <= MAX_INT_BITS).then_some(v);
    match op {
        Add => fits(a + b),
        Sub => fits(a - b),
        Mult => {
            if !a.is_zero() && !b.is_zero() && a.bits() + b.bits() > MAX_INT_BITS {
                return None;
            }
            fits(a * b)
        }
        FloorDiv if !b.is_zero() => Some(a.div_floor(b)),
        Mod if !b.is_zero() => Some(a.mod_floor(b)),
        Pow => {
            if b.is_negative() {
                return None;
            }
            let e = b.to_u64()?;
            if !a.is_zero()
                && a.abs() != BigInt::from(1)
                && a.bits().saturating_mul(e) > MAX_INT_BITS
            {
                return None;
            }
            let e32 = u32::try_from(e).ok()?;
            fits(num_traits::pow::pow(a.clone(), e32 as usize))
        }
        LShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64()?;
            if a.is_zero() {
                return Some(BigInt::zero());
            }
            if a.bits() + s > MAX_INT_BITS {
                return None;
            }
            Some(a << s as usize)
        }
        RShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64().unwrap_or(u64::MAX).min(MAX_INT_BITS * 2);
            // Python's >> floors: the same as BigInt's arithmetic shift.
            Some(a >> s as usize)
        }
        BitAnd => Some(a & b),
        BitOr => Some(a | b),
        BitXor => Some(a ^ b),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruff_python_parser::parse_expression;

    fn f(src: &str) -> Option<Const> {
        let parsed = parse_expression(src).ok()?;
        fold(&parsed.syntax().body)
    }

    #[test]
    fn folds_arithmetic() {
        assert_eq!(f("1 + 2 * 3"), Some(Const::Int(7.into())));
        assert_eq!(f("-5 // 2"), Some(Const::Int((-3).into())));
        assert_eq!(f("-5 % 3"), Some(Const::Int(1.into())));
        assert_eq!(f("2 ** 10"), Some(Const::Int(1024.into())));
        assert_eq!(f("1 << 4"), Some(Const::Int(16.into())));
        assert_eq!(f("-9 >> 1"), Some(Const::Int((-5).into())));
        assert_eq!(f("~5"), Some(Const::Int((-6).into())));
        assert_eq!(f("1.5 * 2"), Some(Const::Float(3.0)));
        assert_eq!(f("'ab' + 'c'"), Some(Const::Str("abc".into())));
        assert_eq!(f("'ab' * 2"), Some(Const::Str("abab".into())));
        assert_eq!(
            f("(1, 2) + (3,)"),
            Some(Const::Tuple(vec![
                Const::Int(1.into()),
                Const::Int(2.into()),
                Const::Int(3.into())
            ]))
        );
        assert_eq!(f("not 0"), Some(Const::True));
        assert_eq!(f("0xff_ff"), Some(Const::Int(65535.into())));
    }

    #[test]
    fn leaves_raising_and_huge_alone() {
        assert_eq!(f("1 / 0"), None);
        assert_eq!(f("1 // 0"), None);
        assert_eq!(f("1 % 0"), None);
        assert_eq!(f("1 << -1"), None);
        assert_eq!(f("2 ** 100000"), None);
        assert_eq!(f("2 ** -1"), None);
        assert_eq!(f("'a' * 10 ** 8"), None);
        assert_eq!(f("(1,) * 1000"), None);
        assert_eq!(f("1 << 1000"), None);
        assert_eq!(f("1e308 * 10"), None);
        assert_eq!(f("x + 1"), None);
    }

    #[test]
    fn big_literals() {
        let big = f("123456789012345678901234567890").unwrap();
        assert_eq!(
            big,
            Const::Int("123456789012345678901234567890".parse().unwrap())
        );
        let hex = f("0xFFFFFFFFFFFFFFFFFFFF").unwrap();
        assert_eq!(
            hex,
            Const::Int(BigInt::parse_bytes(b"FFFFFFFFFFFFFFFFFFFF", 16).unwrap())
        );
    }
}
