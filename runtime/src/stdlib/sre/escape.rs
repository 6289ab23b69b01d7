//! Backslash escapes in patterns, inside and outside character sets.

use super::ast::{At, Cat};
use super::parse::State;
use super::tokens::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Esc {
    Lit(u32),
    /// `\d \w \s` and negations; true for Unicode meaning.
    Cat(Cat, bool),
    At(At),
    Backref(usize),
}

fn simple(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => '\\' as u32,
        _ => return None,
    })
}

fn category(c: char, uni: bool) -> Option<Esc> {
    Some(match c {
        'd' => Esc::Cat(Cat::Digit, uni),
        'D' => Esc::Cat(Cat::NotDigit, uni),
        's' => Esc::Cat(Cat::Space, uni),
        'S' => Esc::Cat(Cat::NotSpace, uni),
        'w' => Esc::Cat(Cat::Word, uni),
        'W' => Esc::Cat(Cat::NotWord, uni),
        _ => return None,
    })
}

/// `\x..`, `\u....`, `\U........`: Some(result) when `c` introduces one of them.
fn hex_escape(t: &mut Tokens, c: char, esc: &mut String) -> Option<PResult<Esc>> {
    let n = match c {
        'x' => 2,
        'u' if t.is_str => 4,
        'U' if t.is_str => 8,
        _ => return None,
    };
    let digits = match t.get_while(n, is_hex) {
        Ok(d) => d,
        Err(e) => return Some(Err(e)),
    };
    for &d in &digits {
        esc.push(ch(d));
    }
    if digits.len() != n {
        let l = esc.chars().count();
        return Some(Err(t.error(format!("incomplete escape {esc}"), l)));
    }
    let v = hex_value(&digits);
    if v > 0x10ffff {
        let l = esc.chars().count();
        return Some(Err(t.error(format!("bad escape {esc}"), l)));
    }
    Some(Ok(Esc::Lit(v)))
}

fn named(t: &mut Tokens) -> PResult<Esc> {
    if !t.eat('{')? {
        return Err(t.error("missing {", 0));
    }
    let name = t.get_until('}', "character name")?;
    if let Some(c) = crate::stdlib::registry_text::unicodedata::char_named(&name) {
        return Ok(Esc::Lit(c as u32));
    }
    Err(t.error(
        format!("undefined character name {}", py_repr(&name)),
        name.chars().count() + 4,
    ))
}

/// An escape inside a character set.
pub fn class_escape(t: &mut Tokens, tok: Tk, uni: bool) -> PResult<Esc> {
    let c = match tok {
        Tk::E(c) => c,
        Tk::C(c) => return Ok(Esc::Lit(c)),
    };
    let cc = ch(c);
    if let Some(v) = simple(cc).or(if cc == 'b' { Some(8) } else { None }) {
        return Ok(Esc::Lit(v));
    }
    if let Some(e) = category(cc, uni) {
        return Ok(e);
    }
    let mut esc = format!("\\{cc}");
    if let Some(r) = hex_escape(t, cc, &mut esc) {
        return r;
    }
    if cc == 'N' && t.is_str {
        return named(t);
    }
    if is_oct(c) {
        let more = t.get_while(2, is_oct)?;
        let mut d = vec![c];
        d.extend(&more);
        for &x in &more {
            esc.push(ch(x));
        }
        let v = oct_value(&d);
        if v > 0o377 {
            let l = esc.chars().count();
            return Err(t.error(
                format!("octal escape value {esc} outside of range 0-0o377"),
                l,
            ));
        }
        return Ok(Esc::Lit(v));
    }
    if is_digit(c) || is_ascii_letter(c) {
        return Err(t.error(format!("bad escape {esc}"), 2));
    }
    Ok(Esc::Lit(c))
}

/// An escape outside a character set.
pub fn escape(t: &mut Tokens, tok: Tk, st: &State, uni: bool) -> PResult<Esc> {
    let c = match tok {
        Tk::E(c) => c,
        Tk::C(c) => return Ok(Esc::Lit(c)),
    };
    let cc = ch(c);
    match cc {
        'A' => return Ok(Esc::At(At::Begin)),
        'Z' => return Ok(Esc::At(At::EndString)),
        'b' => return Ok(Esc::At(At::Boundary(uni))),
        'B' => return Ok(Esc::At(At::NotBoundary(uni))),
        _ => {}
    }
    if let Some(e) = category(cc, uni) {
        return Ok(e);
    }
    if let Some(v) = simple(cc) {
        return Ok(Esc::Lit(v));
    }
    let mut esc = format!("\\{cc}");
    if let Some(r) = hex_escape(t, cc, &mut esc) {
        return r;
    }
    if cc == 'N' && t.is_str {
        return named(t);
    }
    if cc == '0' {
        let more = t.get_while(2, is_oct)?;
        let mut d = vec![c];
        d.extend(&more);
        return Ok(Esc::Lit(oct_value(&d)));
    }
    if is_digit(c) {
        let mut digits = vec![c];
        if let Some(n) = t.next_char().filter(|&n| is_digit(n)) {
            t.get()?;
            digits.push(n);
            if is_oct(c) && is_oct(n) {
                if let Some(m) = t.next_char().filter(|&m| is_oct(m)) {
                    t.get()?;
                    digits.push(m);
                    let v = oct_value(&digits);
                    if v > 0o377 {
                        let s: String = digits.iter().map(|&d| ch(d)).collect();
                        return Err(t.error(
                            format!("octal escape value \\{s} outside of range 0-0o377"),
                            4,
                        ));
                    }
                    return Ok(Esc::Lit(v));
                }
            }
        }
        let g = digits
            .iter()
            .fold(0usize, |a, &d| a * 10 + (d - '0' as u32) as usize);
        let elen = digits.len() + 1;
        if g < st.groups() {
            if !st.check_group(g) {
                return Err(t.error("cannot refer to an open group", elen));
            }
            st.check_lookbehind_group(g, t)?;
            return Ok(Esc::Backref(g));
        }
        return Err(t.error(format!("invalid group reference {g}"), elen - 1));
    }
    if is_ascii_letter(c) {
        return Err(t.error(format!("bad escape {esc}"), 2));
    }
    Ok(Esc::Lit(c))
}
