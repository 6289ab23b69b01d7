//! The `\d \w \s` categories, with Unicode (str patterns) or ASCII meaning.

use super::ast::Cat;
use crate::builtins::str::unicode as uni;

#[inline]
pub fn is_word(c: u32, unicode: bool) -> bool {
    if c < 0x80 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    unicode && char::from_u32(c).map_or(false, uni::is_alnum)
}

#[inline]
pub fn is_digit(c: u32, unicode: bool) -> bool {
    if c < 0x80 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    unicode && char::from_u32(c).map_or(false, uni::is_decimal)
}

#[inline]
pub fn is_space(c: u32, unicode: bool) -> bool {
    if c < 0x80 {
        return matches!(c, 9..=13 | 32) || (unicode && (0x1c..=0x1f).contains(&c));
    }
    unicode && char::from_u32(c).map_or(false, uni::is_space)
}

pub fn in_cat(cat: Cat, c: u32, unicode: bool) -> bool {
    match cat {
        Cat::Digit => is_digit(c, unicode),
        Cat::NotDigit => !is_digit(c, unicode),
        Cat::Word => is_word(c, unicode),
        Cat::NotWord => !is_word(c, unicode),
        Cat::Space => is_space(c, unicode),
        Cat::NotSpace => !is_space(c, unicode),
    }
}
