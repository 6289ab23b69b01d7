//! Case-insensitive matching: simple case mappings and the groups of characters that
//! compare equal under IGNORECASE (CPython's rule: equal lowercase, or a special group).

use super::ast::Fold;

/// Lowercase letters that also match other lowercase letters (Unicode data: characters
/// sharing an uppercase form, e.g. `s` and long s).
const EXTRA: &[&[u32]] = &[
    &[105, 305],
    &[115, 383],
    &[181, 956],
    &[837, 953, 8126],
    &[912, 8147],
    &[944, 8163],
    &[946, 976],
    &[949, 1013],
    &[952, 977],
    &[954, 1008],
    &[960, 982],
    &[961, 1009],
    &[962, 963],
    &[966, 981],
    &[1074, 7296],
    &[1076, 7297],
    &[1086, 7298],
    &[1089, 7299],
    &[1090, 7300, 7301],
    &[1098, 7302],
    &[1123, 7303],
    &[7304, 42571],
    &[7777, 7835],
    &[64261, 64262],
];

/// Characters whose lowercase is the first entry but which are not its uppercase
/// (Kelvin sign, Angstrom sign, Ohm sign, dotted capital I, capital sharp s, theta symbol,
/// titlecase digraphs).
const REVERSE: &[(u32, u32)] = &[
    (0x6b, 0x212a),
    (0xe5, 0x212b),
    (0x3c9, 0x2126),
    (0x69, 0x130),
    (0xdf, 0x1e9e),
    (0x3b8, 0x3f4),
    (0x1c6, 0x1c5),
    (0x1c9, 0x1c8),
    (0x1cc, 0x1cb),
    (0x1f3, 0x1f2),
];

/// Unicode simple lowercase mapping.
pub fn lower(c: u32) -> u32 {
    if c < 0x80 {
        return if (b'A' as u32..=b'Z' as u32).contains(&c) {
            c + 32
        } else {
            c
        };
    }
    let ch = match char::from_u32(c) {
        Some(ch) => ch,
        None => return c,
    };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(a), None) => a as u32,
        // Only U+0130 lowercases to two characters; its simple mapping is the first.
        (Some(a), Some(_)) => a as u32,
        _ => c,
    }
}

/// Unicode simple uppercase mapping.
pub fn upper(c: u32) -> u32 {
    if c < 0x80 {
        return if (b'a' as u32..=b'z' as u32).contains(&c) {
            c - 32
        } else {
            c
        };
    }
    let ch = match char::from_u32(c) {
        Some(ch) => ch,
        None => return c,
    };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(a), None) => a as u32,
        _ => c,
    }
}

pub fn ascii_lower(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// The key two characters must share to match each other in a back-reference.
#[inline]
pub fn key(c: u32, fold: Fold) -> u32 {
    match fold {
        Fold::None => c,
        Fold::Ascii => ascii_lower(c),
        Fold::Uni => lower(c),
    }
}

/// Every character that matches `c` under `fold` (including `c`).
pub fn equivalents(c: u32, fold: Fold) -> Vec<u32> {
    let mut out = vec![c];
    let add = |x: u32, out: &mut Vec<u32>| {
        if !out.contains(&x) {
            out.push(x)
        }
    };
    match fold {
        Fold::None => {}
        Fold::Ascii => {
            if c < 0x80 {
                add(ascii_lower(c), &mut out);
                if (b'a' as u32..=b'z' as u32).contains(&c) {
                    add(c - 32, &mut out);
                }
            }
        }
        Fold::Uni => {
            let l = lower(c);
            let mut lows = vec![l];
            for g in EXTRA {
                if g.contains(&l) {
                    for &x in g.iter() {
                        if !lows.contains(&x) {
                            lows.push(x);
                        }
                    }
                }
            }
            for &l in &lows {
                add(l, &mut out);
                let u = upper(l);
                if lower(u) == l {
                    add(u, &mut out);
                }
                for &(lo, x) in REVERSE {
                    if lo == l {
                        add(x, &mut out);
                    }
                }
            }
            // Characters such as the titlecase digraphs map to `l` only through lower().
            let u = upper(c);
            if lows.contains(&lower(u)) {
                add(u, &mut out);
            }
        }
    }
    out
}
