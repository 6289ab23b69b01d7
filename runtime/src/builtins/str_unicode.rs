//! Unicode character properties and case mappings as CPython 3.11 (Unicode 14.0) sees them.

#[path = "str_unicode_tables.rs"]
mod tables;

/// Is `c` in one of the sorted inclusive ranges?
fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let u = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < u {
                std::cmp::Ordering::Less
            } else if lo > u {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn in_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// `str.isspace` for one character (Python's whitespace, which adds \x1c-\x1f to Unicode's).
pub fn is_space(c: char) -> bool {
    matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ') || (c as u32 >= 0x80 && c.is_whitespace())
}

/// Line boundaries of `str.splitlines`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(tables::ALPHA, c)
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::DECIMAL, c)
}

/// The value of a decimal digit (category Nd) of any script.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let u = c as u32;
    let i = tables::DECIMAL_ZEROS.partition_point(|&z| z <= u);
    let z = *tables::DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (u - z < 10).then_some(u - z)
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::DIGIT, c)
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::NUMERIC, c)
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_ranges(tables::PRINTABLE, c)
}

pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_ranges(tables::ID_START, c)
}

pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(tables::ID_CONTINUE, c)
}

pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(tables::LOWER, c)
}

pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(tables::UPPER, c)
}

/// Category Lt.
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(tables::TITLE, c)
}

pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

fn is_case_ignorable(c: char) -> bool {
    in_ranges(tables::CASE_IGNORABLE, c)
}

/// Rust's tables are newer than Unicode 14.0; these letters had no mapping then.
fn unmapped(c: char) -> bool {
    !c.is_ascii() && in_ranges(tables::NO_CASE_MAP, c)
}

pub fn push_upper(out: &mut String, c: char) {
    if unmapped(c) {
        out.push(c)
    } else {
        out.extend(c.to_uppercase())
    }
}

/// Lowercase of a single character (no final-sigma context).
pub fn push_lower_char(out: &mut String, c: char) {
    if unmapped(c) {
        out.push(c)
    } else {
        out.extend(c.to_lowercase())
    }
}

pub fn push_title(out: &mut String, c: char) {
    match in_map(tables::TITLE_MAP, c) {
        Some(t) => out.push_str(t),
        None => push_upper(out, c),
    }
}

pub fn push_casefold(out: &mut String, c: char) {
    match in_map(tables::CASEFOLD_MAP, c) {
        Some(t) => out.push_str(t),
        None => push_lower_char(out, c),
    }
}

/// Lowercase of `chars[i]`, where a capital sigma becomes final sigma at the end of a word.
pub fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        return push_lower_char(out, c);
    }
    out.push(if final_sigma(chars, i) {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    });
}

/// Unicode's Final_Sigma condition: a cased letter before (skipping case-ignorables), none after.
fn final_sigma(chars: &[char], i: usize) -> bool {
    let cased = |c: char| in_ranges(tables::CASED_PROBE, c);
    let mut j = i;
    loop {
        if j == 0 {
            return false;
        }
        j -= 1;
        if !is_case_ignorable(chars[j]) {
            break;
        }
    }
    if !cased(chars[j]) {
        return false;
    }
    let mut k = i + 1;
    while k < chars.len() && is_case_ignorable(chars[k]) {
        k += 1;
    }
    k == chars.len() || !cased(chars[k])
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_casefold(&mut out, c);
    }
    out
}

pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.capitalize`: the first character titlecased (since 3.8), the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `str.title`: titlecase after an uncased character, lowercase after a cased one.
pub fn title(s: &str) -> String {
    if s.is_ascii() {
        // (ASCII letters are the only cased ASCII characters.)
        let mut prev_cased = false;
        let out: Vec<u8> = s
            .bytes()
            .map(|b| {
                let r = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                r
            })
            .collect();
        // SAFETY: ASCII in, ASCII out.
        return unsafe { String::from_utf8_unchecked(out) };
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.istitle`.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.islower`: at least one cased character, and no uppercase or titlecase ones.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_id_start(c) => it.all(is_id_continue),
        _ => false,
    }
}
