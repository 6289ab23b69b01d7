//! The disassembler: a stable text form of a code object and, after it, of
//! every code object in its constants (depth first, as `dis.dis` does).
//!
//! Per code object: a header (name, qualname, counts, flags, variable
//! names), then one line per instruction — source line when it changes,
//! `>>` on jump targets, index, opcode name, argument and its meaning in
//! parentheses — then the exception table (`start to last -> handler
//! [depth] lasti`, ranges inclusive as in `dis`). No addresses appear, so
//! the text can be compared in tests.

use std::fmt::{self, Write};

use super::code::{flags, CodeObject, Const};
use super::opcode::{decode, ArgKind, BinOp, CmpOp, Opcode};

/// The whole disassembly of `code` and its nested code objects.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    write_code(&mut out, code, true);
    out
}

/// One code object shown with other instruction words (its shadow copy), without
/// its nested code objects.
pub fn disassemble_words(code: &CodeObject, words: &[u32]) -> String {
    let mut shown = code.clone();
    shown.instructions = words.to_vec();
    let mut out = String::new();
    write_code(&mut out, &shown, false);
    out
}

impl fmt::Display for CodeObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&disassemble(self))
    }
}

fn flag_names(fl: u32) -> String {
    let table = [
        (flags::OPTIMIZED, "OPTIMIZED"),
        (flags::NEWLOCALS, "NEWLOCALS"),
        (flags::VARARGS, "VARARGS"),
        (flags::VARKEYWORDS, "VARKEYWORDS"),
        (flags::NESTED, "NESTED"),
        (flags::GENERATOR, "GENERATOR"),
        (flags::COROUTINE, "COROUTINE"),
        (flags::ASYNC_GENERATOR, "ASYNC_GENERATOR"),
    ];
    let names: Vec<&str> = table
        .iter()
        .filter(|(b, _)| fl & b != 0)
        .map(|(_, n)| *n)
        .collect();
    names.join(", ")
}

fn list(names: &[String]) -> String {
    names.join(", ")
}

fn write_code(out: &mut String, code: &CodeObject, nested: bool) {
    let _ = writeln!(
        out,
        "Disassembly of <code {}, file \"{}\", line {}>:",
        code.name, code.filename, code.firstlineno
    );
    let _ = writeln!(out, "  qualname: {}", code.qualname);
    let _ = writeln!(
        out,
        "  argcount: {}, posonlyargcount: {}, kwonlyargcount: {}, max_stack: {}",
        code.argcount, code.posonlyargcount, code.kwonlyargcount, code.max_stack
    );
    let _ = writeln!(
        out,
        "  flags: 0x{:x} ({})",
        code.flags,
        flag_names(code.flags)
    );
    let _ = writeln!(out, "  varnames: ({})", list(&code.varnames));
    let _ = writeln!(out, "  cellvars: ({})", list(&code.cellvars));
    let _ = writeln!(out, "  freevars: ({})", list(&code.freevars));
    if code.cell2arg.iter().any(|c| c.is_some()) {
        let shown: Vec<String> = code
            .cell2arg
            .iter()
            .map(|c| c.map(|i| i.to_string()).unwrap_or_else(|| "-".into()))
            .collect();
        let _ = writeln!(out, "  cell2arg: ({})", shown.join(", "));
    }

    // Instructions that are jumped to or handle exceptions get a `>>` marker.
    let mut targets = vec![false; code.instructions.len() + 1];
    for &word in &code.instructions {
        let (op, arg) = decode(word);
        if let Some(op) = Opcode::from_u8(op) {
            if op.arg_kind() == ArgKind::Jump && (arg as usize) < targets.len() {
                targets[arg as usize] = true;
            }
        }
    }
    for e in &code.exception_table {
        if (e.handler as usize) < targets.len() {
            targets[e.handler as usize] = true;
        }
    }

    let mut last_line = None;
    for (i, &word) in code.instructions.iter().enumerate() {
        let line = code.locations.get(i).map(|l| l.line);
        let line_text = if line != last_line {
            last_line = line;
            line.map(|l| l.to_string()).unwrap_or_default()
        } else {
            String::new()
        };
        if !line_text.is_empty() && i > 0 {
            out.push('\n');
        }
        let marker = if targets[i] { ">>" } else { "  " };
        let (opbyte, arg) = decode(word);
        match Opcode::from_u8(opbyte) {
            Some(op) => {
                let meaning = arg_meaning(code, op, arg);
                let argtext = if op.arg_kind() == ArgKind::None {
                    String::new()
                } else {
                    arg.to_string()
                };
                let mut row = format!(
                    "{line_text:>4} {marker}{i:>5} {:<22} {argtext:>4}",
                    op.name()
                );
                if let Some(m) = meaning {
                    let _ = write!(row, " ({m})");
                }
                let _ = writeln!(out, "{}", row.trim_end());
            }
            None => {
                let _ = writeln!(out, "{line_text:>4} {marker}{i:>5} <{opbyte}> {arg}");
            }
        }
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end.saturating_sub(1),
                e.handler,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
    for c in code.consts.iter().filter(|_| nested) {
        if let Const::Code(inner) = c {
            out.push('\n');
            write_code(out, inner, true);
        }
    }
}

fn arg_meaning(code: &CodeObject, op: Opcode, arg: u32) -> Option<String> {
    let i = arg as usize;
    match op.arg_kind() {
        ArgKind::None => None,
        ArgKind::Const => Some(
            code.consts
                .get(i)
                .map(const_repr)
                .unwrap_or_else(|| "<bad const>".into()),
        ),
        ArgKind::Name => Some(
            code.names
                .get(i)
                .cloned()
                .unwrap_or_else(|| "<bad name>".into()),
        ),
        ArgKind::Local => Some(
            code.varnames
                .get(i)
                .cloned()
                .unwrap_or_else(|| "<bad local>".into()),
        ),
        ArgKind::Deref => {
            let name = if i < code.cellvars.len() {
                code.cellvars.get(i)
            } else {
                code.freevars.get(i - code.cellvars.len())
            };
            Some(name.cloned().unwrap_or_else(|| "<bad cell>".into()))
        }
        ArgKind::Jump => Some(format!("to {arg}")),
        ArgKind::BinOp => Some(match BinOp::decode(arg) {
            Some((b, true)) => format!("{}=", b.symbol()),
            Some((b, false)) => b.symbol().to_string(),
            None => "<bad op>".into(),
        }),
        ArgKind::CmpOp => Some(
            CmpOp::decode(arg)
                .map(|c| c.symbol().to_string())
                .unwrap_or_else(|| "<bad op>".into()),
        ),
        ArgKind::Num => num_meaning(op, arg),
    }
}

fn num_meaning(op: Opcode, arg: u32) -> Option<String> {
    match op {
        Opcode::IS_OP => Some(if arg == 1 { "is not" } else { "is" }.into()),
        Opcode::CONTAINS_OP => Some(if arg == 1 { "not in" } else { "in" }.into()),
        Opcode::FORMAT_VALUE => {
            let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
            let spec = if arg & 4 != 0 { "with format" } else { "" };
            let parts: Vec<&str> = [conv, spec].into_iter().filter(|s| !s.is_empty()).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        Opcode::MAKE_FUNCTION => {
            let names = ["defaults", "kwdefaults", "annotations", "closure"];
            let parts: Vec<&str> = names
                .iter()
                .enumerate()
                .filter(|(b, _)| arg & (1 << b) != 0)
                .map(|(_, n)| *n)
                .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        Opcode::UNPACK_EX => Some(format!("{} before, {} after", arg & 0xff, arg >> 8)),
        _ => None,
    }
}

/// A float as Python's repr writes it (shortest round-trip digits).
pub fn float_repr(f: f64) -> String {
    crate::object::float::float_repr(f)
}

/// Python repr of a float inside a complex (no `.0` on integral values).
fn complex_part(f: f64) -> String {
    let r = float_repr(f);
    r.strip_suffix(".0").map(|s| s.to_string()).unwrap_or(r)
}

/// Python's repr of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_control() || c == '\u{ad}' || ('\u{2028}'..='\u{2029}').contains(&c) => {
                if (c as u32) < 0x100 {
                    let _ = write!(out, "\\x{:02x}", c as u32);
                } else if (c as u32) < 0x10000 {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                } else {
                    let _ = write!(out, "\\U{:08x}", c as u32);
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's repr of bytes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

/// A constant in Python syntax.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::True => "True".into(),
        Const::False => "False".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex { re, im } => {
            if *re == 0.0 && re.is_sign_positive() {
                format!("{}j", complex_part(*im))
            } else {
                let sign = if *im < 0.0 || (*im == 0.0 && im.is_sign_negative()) {
                    "-"
                } else {
                    "+"
                };
                format!("({}{}{}j)", complex_part(*re), sign, complex_part(im.abs()))
            }
        }
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => bytes_repr(b),
        Const::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Const::FrozenSet(items) => {
            if items.is_empty() {
                "frozenset()".into()
            } else {
                let inner: Vec<String> = items.iter().map(const_repr).collect();
                format!("frozenset({{{}}})", inner.join(", "))
            }
        }
        Const::Code(code) => format!(
            "<code object {}, file \"{}\", line {}>",
            code.name, code.filename, code.firstlineno
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_python() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-2.5), "-2.5");
        assert_eq!(float_repr(123.456), "123.456");
        assert_eq!(float_repr(f64::INFINITY), "inf");
    }

    #[test]
    fn const_reprs_match_python() {
        assert_eq!(const_repr(&Const::Str("it's".into())), "\"it's\"");
        assert_eq!(const_repr(&Const::Str("a\nb".into())), "'a\\nb'");
        assert_eq!(
            const_repr(&Const::Bytes(b"\x00a'".to_vec())),
            "b\"\\x00a'\""
        );
        assert_eq!(
            const_repr(&Const::Tuple(vec![Const::Int(1.into())])),
            "(1,)"
        );
        assert_eq!(const_repr(&Const::Complex { re: 0.0, im: 2.0 }), "2j");
        assert_eq!(
            const_repr(&Const::Complex { re: 1.0, im: -2.5 }),
            "(1-2.5j)"
        );
        assert_eq!(const_repr(&Const::FrozenSet(vec![])), "frozenset()");
    }
}
