//! Hashing: CPython-compatible numeric hashes (so `hash(1) == hash(1.0) == hash(True)`) and SipHash-1-3 for text.

/// The modulus of CPython's numeric hash (2**61 - 1).
pub const MODULUS: u64 = (1 << 61) - 1;
pub const HASH_INF: i64 = 314159;

/// hash() of an int that fits i64.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    // Below the modulus in magnitude an int is its own hash (no 128-bit division).
    if i > -(MODULUS as i64) && i < MODULUS as i64 {
        return if i == -1 { -2 } else { i };
    }
    hash_i64_wide(i)
}

#[inline(never)]
fn hash_i64_wide(i: i64) -> i64 {
    let m = MODULUS as i128;
    let mut r = (i as i128).rem_euclid(m) as i64;
    if i < 0 {
        r = -(((-(i as i128)) % m) as i64);
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

/// hash() of a big int given as sign and magnitude digits (base 2**32, little-endian).
pub fn hash_big(negative: bool, digits: &[u32]) -> i64 {
    let mut acc: u64 = 0;
    for d in digits.iter().rev() {
        // acc = (acc * 2**32 + d) mod MODULUS
        let wide = ((acc as u128) << 32) + *d as u128;
        acc = (wide % MODULUS as u128) as u64;
    }
    let mut r = acc as i64;
    if negative {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

/// hash() of float object `obj` holding `x`: a NaN hashes by identity, as in CPython
/// 3.10+ (distinct NaNs spread over a set or dict instead of piling on one slot).
pub fn hash_float_obj(obj: &super::value::Value, x: f64) -> i64 {
    if x.is_nan() {
        return crate::builtins::object::identity_hash(obj);
    }
    hash_f64(x)
}

/// hash() of a float value, equal to the hash of an equal int or fraction (0 for a
/// NaN; `hash_float_obj` gives a NaN object's own hash).
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut m, mut e) = frexp(x.abs());
    let sign: i64 = if x < 0.0 { -1 } else { 1 };
    let mut acc: u64 = 0;
    while m != 0.0 {
        acc = ((acc << 28) & MODULUS) | (acc >> (61 - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        acc += y;
        if acc >= MODULUS {
            acc -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    acc = ((acc << e) & MODULUS) | (acc >> (61 - e));
    let mut r = acc as i64 * sign;
    if r == -1 {
        r = -2;
    }
    r
}

/// Splits x (finite, >= 0) into m in [0.5, 1) and e with x = m * 2**e.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// Combines element hashes as CPython's tuple hash (xxHash-based) does.
pub fn hash_tuple(items: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut t = TupleHasher::new();
    for h in items {
        t.add(h);
    }
    t.finish(len)
}

/// CPython's tuple hash (xxHash-based), fed one element hash at a time.
pub struct TupleHasher(u64);

const XX_P1: u64 = 11400714785074694791;
const XX_P2: u64 = 14029467366897019727;
const XX_P5: u64 = 2870177450012600261;

impl TupleHasher {
    #[inline]
    pub fn new() -> TupleHasher {
        TupleHasher(XX_P5)
    }

    #[inline]
    pub fn add(&mut self, h: i64) {
        let acc = self.0.wrapping_add((h as u64).wrapping_mul(XX_P2));
        self.0 = acc.rotate_left(31).wrapping_mul(XX_P1);
    }

    #[inline]
    pub fn finish(self, len: usize) -> i64 {
        let acc = self.0.wrapping_add(len as u64 ^ (XX_P5 ^ 3527539));
        if acc == u64::MAX {
            return 1546275796;
        }
        acc as i64
    }
}

impl Default for TupleHasher {
    fn default() -> Self {
        Self::new()
    }
}

/// SipHash-1-3 of `data` with key (k0, k1).
pub fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    #[inline(always)]
    fn round(v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64) {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13);
        *v1 ^= *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16);
        *v3 ^= *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21);
        *v3 ^= *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17);
        *v1 ^= *v2;
        *v2 = v2.rotate_left(32);
    }
    let len = data.len();
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let rest = chunks.remainder();
    let mut b: u64 = (len as u64) << 56;
    for (i, byte) in rest.iter().enumerate() {
        b |= (*byte as u64) << (8 * i);
    }
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^ v1 ^ v2 ^ v3
}

/// hash() of a str: SipHash-1-3 over the text in CPython's internal encoding
/// (1, 2 or 4 bytes per code point, by the widest code point), so that with
/// `PYTHONHASHSEED=0` the values equal CPython's.
pub fn hash_str(key: (u64, u64), s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let h = if max < 0x100 {
        if s.is_ascii() {
            siphash13(key.0, key.1, s.as_bytes())
        } else {
            let buf: Vec<u8> = s.chars().map(|c| c as u8).collect();
            siphash13(key.0, key.1, &buf)
        }
    } else if max < 0x10000 {
        let buf: Vec<u8> = s.chars().flat_map(|c| (c as u16).to_le_bytes()).collect();
        siphash13(key.0, key.1, &buf)
    } else {
        let buf: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
        siphash13(key.0, key.1, &buf)
    };
    h as i64
}

/// hash() of bytes (same function as str, over the raw bytes).
pub fn hash_bytes(key: (u64, u64), b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    siphash13(key.0, key.1, b) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_agree() {
        assert_eq!(hash_i64(1), hash_f64(1.0));
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(hash_f64(0.5), 1152921504606846976);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1e300), 1224995262755759164);
        let mut d = vec![0u32; 31];
        d.push(256);
        assert_eq!(hash_big(false, &d), 16777216);
    }

    #[test]
    fn int_hash_fast_path_agrees_with_the_division() {
        let m = MODULUS as i64;
        for i in [
            0,
            1,
            -1,
            -2,
            2,
            m - 2,
            m - 1,
            m,
            m + 1,
            -m + 1,
            -m,
            -m - 1,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ] {
            let expect = if (i as i128).abs() >= m as i128 || i == -1 {
                hash_i64_wide(i)
            } else {
                i
            };
            assert_eq!(hash_i64(i), expect, "hash({i})");
            assert_eq!(hash_i64(i), hash_i64_wide(i), "hash({i})");
        }
        // CPython 3.11: hash(2**61 - 1) == 0, hash(-(2**61 - 1)) == 0, hash(2**62) == 2.
        assert_eq!(hash_i64(m), 0);
        assert_eq!(hash_i64(-m), 0);
        assert_eq!(hash_i64(1 << 62), 2);
    }

    #[test]
    fn str_hash_matches_cpython_with_zero_seed() {
        // CPython 3.11, PYTHONHASHSEED=0: hash("a") == 4644417185603328019 (siphash13).
        assert_eq!(hash_str((0, 0), "a"), 4644417185603328019);
        assert_eq!(hash_str((0, 0), "é"), 6047309291227476195);
        assert_eq!(hash_str((0, 0), "€"), -5529981157763016009);
    }

    #[test]
    fn tuple_hash_matches_cpython() {
        // hash((1, 2)) on CPython 3.11 (64-bit).
        assert_eq!(hash_tuple([1i64, 2].into_iter(), 2), -3550055125485641917);
        assert_eq!(hash_tuple(std::iter::empty(), 0), 5740354900026072187);
    }
}
