//! Pieces of CPython's uncaught-exception printout beyond the stack: the `__notes__` lines,
//! the `File/text/^^^` header of a SyntaxError made by user code, and `sys.tracebacklimit`.

use super::Vm;
use crate::object::value::Value;

impl Vm {
    /// The lines CPython prints after the exception line for `__notes__`: each note's
    /// str() (its lines kept apart), or the repr of a `__notes__` that is not a sequence.
    pub fn notes_text(&self, e: &Value) -> String {
        let Ok(Some(notes)) = self.getattr_opt(e, &self.intern("__notes__")) else {
            return String::new();
        };
        // A str is a sequence too: CPython prints each of its characters as a note.
        if !self.looks_like_sequence(&notes) {
            let r = self
                .repr_string(&notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            return format!("{r}\n");
        }
        let items = match self.collect(&notes) {
            Ok(v) => v,
            Err(_) => return String::new(),
        };
        let mut out = String::new();
        for note in items {
            match self.str_string(&note) {
                Ok(s) => out.push_str(&s),
                Err(_) => out.push_str("<note str() failed>"),
            }
            out.push('\n');
        }
        out
    }

    fn looks_like_sequence(&self, v: &Value) -> bool {
        self.as_list(v).is_some()
            || self.as_tuple(v).is_some()
            || self
                .getattr_opt(&self.type_of(v), &self.intern("__getitem__"))
                .ok()
                .flatten()
                .is_some()
                && self.as_dict(v).is_none()
    }

    /// For a SyntaxError whose location CPython can read: the `  File "f", line N` line, the
    /// source text with its `^^^` line, and the message to print after the type name.
    pub fn syntax_error_header(&self, e: &Value) -> Option<(String, Value)> {
        if !self.isinstance_type(e, &self.exc.syntax_error) {
            return None;
        }
        let attr = |n: &str| self.getattr_opt(e, &self.intern(n)).ok().flatten();
        let int_of = |v: &Value| self.as_int(v).and_then(|i| i.to_i64());
        let msg = attr("msg")?;
        let filename = match attr("filename") {
            Some(f) if !self.is_none(&f) => self.str_string(&f).ok()?,
            Some(_) => "<string>".to_string(),
            None => return None,
        };
        // A lineno that is not an int makes CPython print the exception plainly.
        let lineno = int_of(&attr("lineno")?)?;
        let offset = match attr("offset") {
            Some(v) if self.is_none(&v) => -1,
            Some(v) => int_of(&v)?,
            None => return None,
        };
        let exact = self.type_of(e).is(&self.exc.syntax_error);
        let (end_lineno, mut end_offset) = if exact {
            let end_l = match attr("end_lineno") {
                Some(v) if !self.is_none(&v) => int_of(&v)?,
                _ => lineno,
            };
            let end_o = match attr("end_offset") {
                Some(v) if !self.is_none(&v) => int_of(&v)?,
                _ => -1,
            };
            (end_l, end_o)
        } else {
            (lineno, -1)
        };
        let mut out = format!("  File \"{filename}\", line {lineno}\n");
        if let Some(text) = attr("text").filter(|t| !self.is_none(t)) {
            let text = self.str_string(&text).ok()?;
            let size = text.len() as i64;
            // Only the first line of a multi-line range is shown, marked to its end.
            if end_lineno > lineno {
                end_offset = size;
            }
            if end_offset > size + 1 {
                end_offset = size + 1;
            }
            out.push_str(&error_text(offset, end_offset, &text));
        }
        Some((out, msg))
    }

    /// `sys.tracebacklimit` when it is an int (CPython's uncaught printer honours it).
    pub fn traceback_limit(&self) -> Option<i64> {
        let v = self.sys_attr("tracebacklimit")?;
        if self.isinstance_type(&v, &self.types.int) {
            self.as_int(&v).map(|i| {
                i.to_i64()
                    .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX })
            })
        } else {
            None
        }
    }
}

/// CPython's `print_error_text`: the source line without its indentation and a caret line
/// from 1-based `offset` for `end_offset - offset` columns (byte columns, as CPython).
fn error_text(offset: i64, end_offset: i64, text: &str) -> String {
    // Saturating arithmetic: the offsets come from user code and may be extreme.
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset.saturating_sub(offset)
    } else {
        1
    };
    let mut offset = offset.saturating_sub(1);
    let mut t = text;
    while let Some(rest) = t.strip_prefix([' ', '\t', '\x0c']) {
        t = rest;
        offset = offset.saturating_sub(1);
    }
    let mut len = t.len() as i64;
    if t.ends_with('\n') {
        len -= 1;
    }
    if offset > len {
        offset = len;
    }
    // Skip whole lines before the offset when the text holds several.
    while let Some(nl) = t.find('\n') {
        let inl = nl as i64;
        if inl >= offset {
            break;
        }
        t = &t[nl + 1..];
        len -= inl + 1;
        offset = offset.saturating_sub(inl + 1);
    }
    let mut out = format!("    {t}");
    if t.as_bytes().get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return out;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(offset as usize));
    out.push_str(&"^".repeat(carets.max(0) as usize));
    out.push('\n');
    out
}
