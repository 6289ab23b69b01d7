//! The pattern tokenizer shared by the pattern parser and the replacement-template parser:
//! a token is one character or a backslash with the character after it, and error
//! positions are counted the way CPython's `re` counts them.

/// A parse failure: CPython raises `re.error` for most, `OverflowError` for huge repeat counts.
#[derive(Debug, Clone)]
pub enum ReError {
    /// `re.error(msg, pattern, pos)`; `pos` is None for errors without a position.
    Re(String, Option<usize>),
    Overflow(String),
    Value(String),
    /// `IndexError` (unknown group name in a template).
    Index(String),
    /// Groups nested too deeply (CPython's parser runs out of recursion depth).
    Recursion,
}

pub type PResult<T> = Result<T, ReError>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tk {
    C(u32),
    /// A backslash followed by this character.
    E(u32),
}

impl Tk {
    pub fn len(self) -> usize {
        match self {
            Tk::C(_) => 1,
            Tk::E(_) => 2,
        }
    }
    pub fn is(self, c: char) -> bool {
        self == Tk::C(c as u32)
    }
    /// The token's text as it appears in the pattern.
    pub fn text(self) -> String {
        match self {
            Tk::C(c) => ch(c).to_string(),
            Tk::E(c) => format!("\\{}", ch(c)),
        }
    }
}

/// A code unit as a char (lone surrogates and bytes >= 0x80 come through as their code).
pub fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

pub struct Tokens<'a> {
    pub s: &'a [u32],
    pub is_str: bool,
    idx: usize,
    pub next: Option<Tk>,
}

impl<'a> Tokens<'a> {
    pub fn new(s: &'a [u32], is_str: bool) -> PResult<Tokens<'a>> {
        let mut t = Tokens {
            s,
            is_str,
            idx: 0,
            next: None,
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> PResult<()> {
        let i = self.idx;
        if i >= self.s.len() {
            self.next = None;
            return Ok(());
        }
        let c = self.s[i];
        if c == '\\' as u32 {
            match self.s.get(i + 1) {
                Some(&d) => {
                    self.next = Some(Tk::E(d));
                    self.idx = i + 2;
                }
                None => {
                    return Err(ReError::Re(
                        "bad escape (end of pattern)".into(),
                        Some(self.s.len() - 1),
                    ))
                }
            }
        } else {
            self.next = Some(Tk::C(c));
            self.idx = i + 1;
        }
        Ok(())
    }

    pub fn get(&mut self) -> PResult<Option<Tk>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    /// Consumes the next token when it is the plain character `c`.
    pub fn eat(&mut self, c: char) -> PResult<bool> {
        if self.next == Some(Tk::C(c as u32)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub fn next_is(&self, c: char) -> bool {
        self.next == Some(Tk::C(c as u32))
    }

    /// The plain character of the next token, if it is one.
    pub fn next_char(&self) -> Option<u32> {
        match self.next {
            Some(Tk::C(c)) => Some(c),
            _ => None,
        }
    }

    pub fn tell(&self) -> usize {
        self.idx - self.next.map(|t| t.len()).unwrap_or(0)
    }

    pub fn seek(&mut self, i: usize) -> PResult<()> {
        self.idx = i;
        self.advance()
    }

    pub fn error(&self, msg: impl Into<String>, offset: usize) -> ReError {
        let mut msg = msg.into();
        if !self.is_str {
            // CPython reports bytes patterns' errors with non-ASCII text backslash-escaped.
            msg = ascii_escape(&msg);
        }
        ReError::Re(msg, Some(self.tell().saturating_sub(offset)))
    }

    /// Up to `n` plain characters satisfying `ok`, consumed.
    pub fn get_while(&mut self, n: usize, ok: fn(u32) -> bool) -> PResult<Vec<u32>> {
        let mut out = Vec::new();
        for _ in 0..n {
            match self.next_char() {
                Some(c) if ok(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    /// Text up to `term` (consumed), for group names.
    pub fn get_until(&mut self, term: char, name: &str) -> PResult<String> {
        let mut out = String::new();
        let mut n = 0usize;
        loop {
            let c = self.get()?;
            match c {
                None => {
                    if n == 0 {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(self.error(format!("missing {term}, unterminated name"), n));
                }
                Some(t) if t.is(term) => {
                    if n == 0 {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    break;
                }
                Some(t) => {
                    out.push_str(&t.text());
                    n += t.len();
                }
            }
        }
        Ok(out)
    }
}

fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

pub fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}
pub fn is_oct(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}
pub fn is_hex(c: u32) -> bool {
    char::from_u32(c).map_or(false, |c| c.is_ascii_hexdigit())
}
pub fn is_ascii_letter(c: u32) -> bool {
    char::from_u32(c).map_or(false, |c| c.is_ascii_alphabetic())
}

/// Python's repr of a str (used in messages such as `unknown group name 'x'`).
pub fn py_repr(s: &str) -> String {
    crate::builtins::str::repr_str(s)
}

/// Python's `str.isidentifier`.
pub fn is_identifier(s: &str) -> bool {
    crate::builtins::str::unicode::isidentifier(s)
}

/// Value of a run of digits (an ASCII decimal number as `int()` reads it), None if not one.
pub fn parse_uint(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut v: u64 = 0;
    for b in s.bytes() {
        v = v.saturating_mul(10).saturating_add((b - b'0') as u64);
    }
    Some(v)
}

pub fn hex_value(d: &[u32]) -> u32 {
    d.iter()
        .fold(0u32, |a, &c| a * 16 + ch(c).to_digit(16).unwrap_or(0))
}

pub fn oct_value(d: &[u32]) -> u32 {
    d.iter().fold(0u32, |a, &c| a * 8 + (c - '0' as u32))
}
