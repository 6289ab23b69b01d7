//! The `str` payload: UTF-8 text with its length in code points and a cached hash.

use super::value::{alloc, Value};
use crate::vm::Vm;
use std::cell::Cell;

#[repr(C)]
pub struct StrData {
    pub s: Box<str>,
    /// Length in code points (`len()`); equals `s.len()` for ASCII text.
    pub char_len: usize,
    /// Cached hash; -1 until computed.
    pub hash: Cell<i64>,
    /// This object is the interpreter's interned copy of its text (identity comparisons suffice).
    pub interned: Cell<bool>,
    /// Non-ASCII text longer than `STRIDE` code points, indexed by position: the byte
    /// offsets of code points 0, STRIDE, 2*STRIDE..., built on first use, so that `s[i]`,
    /// slices and the iterator step at most STRIDE-1 code points instead of scanning
    /// from the start (loops over non-ASCII text were quadratic).
    offsets: std::cell::OnceCell<Box<PosIndex>>,
}

/// Where code points lie in non-ASCII text (see `StrData::offsets`).
struct PosIndex {
    /// Byte offsets of code points 0, STRIDE, 2*STRIDE...
    every: Vec<usize>,
    /// The last position looked up and its byte offset: a loop over the text steps from
    /// there (one code point per iteration) instead of from the anchor before it.
    last: Cell<(usize, usize)>,
}

/// Code points between two entries of `StrData::offsets`.
const STRIDE: usize = 32;

/// The length of the UTF-8 sequence that starts with byte `b`.
#[inline]
fn utf8_len(b: u8) -> usize {
    match b {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

impl StrData {
    pub fn new(s: Box<str>) -> StrData {
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrData {
            char_len,
            ..StrData::new_unscanned(s)
        }
    }

    /// A payload whose `char_len` the caller sets (it knows it without a scan).
    fn new_unscanned(s: Box<str>) -> StrData {
        StrData {
            s,
            char_len: 0,
            hash: Cell::new(-1),
            interned: Cell::new(false),
            offsets: std::cell::OnceCell::new(),
        }
    }

    /// Appends `tail` (of `tail_chars` code points) to text that nobody else can see (its
    /// only reference is the caller's): one reallocation, usually in place, so a string
    /// built up piece by piece takes linear time.
    pub fn append_unshared(&mut self, tail: &str, tail_chars: usize) {
        let mut s = std::mem::take(&mut self.s).into_string();
        // Exactly what is needed: the allocator's size classes leave room to grow in place
        // (doubling here would be undone by the box's shrink and copy every time).
        s.reserve_exact(tail.len());
        s.push_str(tail);
        self.s = s.into_boxed_str();
        self.char_len += tail_chars;
        self.hash.set(-1);
        self.offsets = std::cell::OnceCell::new();
    }

    /// The byte offset of code point `i` (0 <= i < char_len) of non-ASCII text.
    fn offset_of(&self, i: usize) -> usize {
        if self.char_len <= STRIDE {
            return self
                .s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b);
        }
        let idx = self.offsets.get_or_init(|| {
            Box::new(PosIndex {
                every: self
                    .s
                    .char_indices()
                    .step_by(STRIDE)
                    .map(|(b, _)| b)
                    .collect(),
                last: Cell::new((0, 0)),
            })
        });
        // From the last position when `i` is at most STRIDE ahead of it, else from the
        // anchor at or before `i`.
        let (lc, lb) = idx.last.get();
        let (mut at, mut b) = if i >= lc && i - lc < STRIDE {
            (lc, lb)
        } else {
            let k = i / STRIDE;
            (k * STRIDE, idx.every[k])
        };
        let bytes = self.s.as_bytes();
        while at < i {
            // Past one UTF-8 sequence: its length is given by its first byte.
            b += utf8_len(bytes[b]);
            at += 1;
        }
        idx.last.set((i, b));
        b
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// The `i`-th code point (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            let b = self.offset_of(i);
            self.s[b..].chars().next().unwrap_or('\0')
        }
    }

    /// Byte offset of code point `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else if i >= self.char_len {
            self.s.len()
        } else {
            self.offset_of(i)
        }
    }

    /// The substring of code points `start..end`.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.s[a..b]
    }
}

impl Vm {
    /// A new str object.
    pub fn new_str(&self, s: impl Into<Box<str>>) -> Value {
        let s: Box<str> = s.into();
        if s.is_empty() {
            return self.empty_str.clone();
        }
        if s.len() == 1 {
            return self.ascii_chars[s.as_bytes()[0] as usize].clone();
        }
        alloc(self.types.str_.ptr() as *const _, StrData::new(s))
    }

    /// A new str of text known to be ASCII (its length in code points is its length in
    /// bytes, without a scan).
    pub fn new_str_ascii(&self, s: &str) -> Value {
        debug_assert!(s.is_ascii());
        if s.len() <= 1 {
            return self.new_str(s);
        }
        let mut d = StrData::new_unscanned(s.into());
        d.char_len = s.len();
        alloc(self.types.str_.ptr() as *const _, d)
    }

    /// `a + b` of two strs (subclasses too): the text built at its final size, and its
    /// length in code points the sum of theirs (no scan of the result). As CPython, an
    /// empty operand gives the other one itself when that is an exact str.
    pub fn str_concat(&self, va: &Value, vb: &Value) -> Value {
        let (Some(a), Some(b)) = (self.as_str_data(va), self.as_str_data(vb)) else {
            unreachable!("str_concat of a non-str")
        };
        if b.s.is_empty() && self.is_exact_str(va) {
            return va.clone();
        }
        if a.s.is_empty() && self.is_exact_str(vb) {
            return vb.clone();
        }
        if b.s.is_empty() || a.s.is_empty() {
            return self.new_str(if a.s.is_empty() { &*b.s } else { &*a.s });
        }
        let mut s = String::with_capacity(a.s.len() + b.s.len());
        s.push_str(&a.s);
        s.push_str(&b.s);
        let mut d = StrData::new_unscanned(s.into_boxed_str());
        d.char_len = a.char_len + b.char_len;
        alloc(self.types.str_.ptr() as *const _, d)
    }

    /// The decimal text of a machine integer (`str(i)`, `repr(i)`, `f"{i}"`), written
    /// into a buffer on the stack: one allocation, where `to_string` made a `String` and
    /// then shrank it into the str's box.
    pub fn small_int_str(&self, i: i64) -> Value {
        if (0..10).contains(&i) {
            return self.ascii_chars[b'0' as usize + i as usize].clone();
        }
        let mut buf = [0u8; 20];
        let mut at = buf.len();
        let mut n = i.unsigned_abs();
        loop {
            at -= 1;
            buf[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        if i < 0 {
            at -= 1;
            buf[at] = b'-';
        }
        // SAFETY: ASCII digits and a sign.
        self.new_str(unsafe { std::str::from_utf8_unchecked(&buf[at..]) })
    }

    /// The str of one character: the shared one for ASCII, the interned one for the rest
    /// of latin-1 (made on first use: 128 fewer objects at start-up), else a new one.
    #[inline]
    pub fn char_str(&self, c: char) -> Value {
        if c.is_ascii() {
            return self.ascii_chars[c as usize].clone();
        }
        let mut buf = [0u8; 4];
        let s = &*c.encode_utf8(&mut buf);
        if (c as u32) < 256 {
            return self.intern(s);
        }
        self.new_str(s)
    }

    /// Whether the text `s` has been interned already.
    pub fn is_interned_text(&self, s: &str) -> bool {
        self.interned.borrow().contains_key(s)
    }

    /// The interned str for `s` (one object per distinct text).
    pub fn intern(&self, s: &str) -> Value {
        if let Some(v) = self.interned.borrow().get(s) {
            return v.clone();
        }
        let v = alloc(self.types.str_.ptr() as *const _, StrData::new(s.into()));
        unsafe { v.payload::<StrData>() }.interned.set(true);
        self.interned.borrow_mut().insert(s.into(), v.clone());
        v
    }

    /// The interned version of a str value (identity if already interned).
    #[inline(always)]
    pub fn intern_value(&self, v: &Value) -> Value {
        let d = unsafe { v.payload::<StrData>() };
        if d.interned.get() {
            return v.clone();
        }
        self.intern_value_slow(v)
    }

    #[inline(never)]
    fn intern_value_slow(&self, v: &Value) -> Value {
        let d = unsafe { v.payload::<StrData>() };
        if let Some(i) = self.interned.borrow().get(&*d.s) {
            return i.clone();
        }
        // Only exact strs become the interned copy (a subclass instance may carry attributes).
        if !self.is_exact_str(v) {
            return self.intern(&d.s);
        }
        d.interned.set(true);
        self.interned.borrow_mut().insert(d.s.clone(), v.clone());
        v.clone()
    }

    /// Is `v` a str (or subclass)?
    #[inline]
    pub fn is_str(&self, v: &Value) -> bool {
        self.has_layout(v, super::typeobj::Layout::Str)
    }

    /// Is `v` exactly a str?
    #[inline(always)]
    pub fn is_exact_str(&self, v: &Value) -> bool {
        match v.header() {
            Some(h) => std::ptr::eq(h.ty.get() as *const u8, self.types.str_.ptr() as *const u8),
            None => false,
        }
    }

    /// The text of a value known to be a str.
    #[inline]
    pub fn str_ref<'a>(&self, v: &'a Value) -> &'a str {
        // SAFETY: callers check `is_str` first.
        unsafe { &v.payload::<StrData>().s }
    }

    /// The text of `v` if it is a str, else the empty string.
    pub fn str_of(&self, v: &Value) -> String {
        if self.is_str(v) {
            self.str_ref(v).to_string()
        } else {
            String::new()
        }
    }

    /// `v` is a str equal to `s`.
    pub fn str_eq(&self, v: &Value, s: &str) -> bool {
        self.is_str(v) && self.str_ref(v) == s
    }

    /// The str payload if `v` is a str.
    pub fn as_str_data<'a>(&self, v: &'a Value) -> Option<&'a StrData> {
        if self.is_str(v) {
            Some(unsafe { v.payload::<StrData>() })
        } else {
            None
        }
    }

    /// The hash of a str (CPython-compatible semantics: equal strs hash equal; seeded per `PYTHONHASHSEED`).
    pub fn str_hash(&self, d: &StrData) -> i64 {
        let h = d.hash.get();
        if h != -1 {
            return h;
        }
        let mut h = crate::object::hash::hash_str(self.hash_key, &d.s);
        if h == -1 {
            h = -2;
        }
        d.hash.set(h);
        h
    }
}
