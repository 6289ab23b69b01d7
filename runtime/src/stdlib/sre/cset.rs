//! Compiled character sets and single-character matchers, with a bitmap for Latin-1.

use super::ast::{Fold, Item, Set};
use super::classes::in_cat;
use super::fold::{equivalents, lower, upper};

pub struct CSet {
    negate: bool,
    items: Vec<Item>,
    fold: Fold,
    /// The answer for code points below 256, computed once.
    bits: [u64; 4],
}

impl CSet {
    pub fn new(set: &Set, fold: Fold) -> CSet {
        let mut s = CSet {
            negate: set.negate,
            items: set.items.clone(),
            fold,
            bits: [0; 4],
        };
        for c in 0..256u32 {
            if s.slow(c) {
                s.bits[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        s
    }

    fn raw(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            Item::Ch(x) => x == c,
            Item::Range(lo, hi) => lo <= c && c <= hi,
            Item::Cat(cat, uni) => in_cat(cat, c, uni),
        })
    }

    fn slow(&self, c: u32) -> bool {
        let hit = match self.fold {
            Fold::None => self.raw(c),
            // The usual hits (the character or its simple other case) need no list.
            Fold::Uni if self.raw(c) || self.raw(lower(c)) || self.raw(upper(c)) => true,
            f => equivalents(c, f).into_iter().any(|x| self.raw(x)),
        };
        hit != self.negate
    }

    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        if c < 256 {
            self.bits[(c >> 6) as usize] & (1 << (c & 63)) != 0
        } else {
            self.slow(c)
        }
    }

    /// Could this set match some code point at or above 256?
    pub fn may_match_wide(&self) -> bool {
        if self.negate {
            return true;
        }
        self.items.iter().any(|it| match *it {
            Item::Ch(x) => x >= 256 || self.fold == Fold::Uni,
            Item::Range(_, hi) => hi >= 256 || self.fold == Fold::Uni,
            Item::Cat(..) => true,
        })
    }

    pub fn bits(&self) -> [u64; 4] {
        self.bits
    }
}

/// What one step of a pattern matches: exactly one character.
pub enum Unit {
    Lit(u32),
    /// A letter under IGNORECASE with one other case.
    Lit2(u32, u32),
    LitN(Box<[u32]>),
    /// `.` without DOTALL.
    Any,
    AnyAll,
    Set(Box<CSet>),
}

impl Unit {
    pub fn lit(c: u32, fold: Fold) -> Unit {
        let eq = equivalents(c, fold);
        match eq.len() {
            1 => Unit::Lit(c),
            2 => Unit::Lit2(eq[0], eq[1]),
            _ => Unit::LitN(eq.into_boxed_slice()),
        }
    }

    #[inline(always)]
    pub fn matches(&self, c: u32) -> bool {
        match self {
            Unit::Lit(x) => *x == c,
            Unit::Lit2(a, b) => *a == c || *b == c,
            Unit::LitN(v) => v.contains(&c),
            Unit::Any => c != '\n' as u32,
            Unit::AnyAll => true,
            Unit::Set(s) => s.matches(c),
        }
    }

    /// The Latin-1 characters it matches, and whether it may match wider ones.
    pub fn first(&self) -> ([u64; 4], bool) {
        let mut bits = [0u64; 4];
        let mut set = |c: u32| {
            if c < 256 {
                bits[(c >> 6) as usize] |= 1 << (c & 63)
            }
        };
        match self {
            Unit::Lit(x) => {
                set(*x);
                (bits, *x >= 256)
            }
            Unit::Lit2(a, b) => {
                set(*a);
                set(*b);
                (bits, *a >= 256 || *b >= 256)
            }
            Unit::LitN(v) => {
                v.iter().for_each(|&c| set(c));
                (bits, v.iter().any(|&c| c >= 256))
            }
            Unit::Any => {
                let mut b = [!0u64; 4];
                b[0] &= !(1 << 10);
                (b, true)
            }
            Unit::AnyAll => ([!0u64; 4], true),
            Unit::Set(s) => (s.bits(), s.may_match_wide()),
        }
    }
}
