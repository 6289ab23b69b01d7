//! The column-marker line CPython 3.11 prints under a traceback entry's source line
//! (`^^^^`, or `~~^~~` for binary operations and subscripts), from an instruction's location.

use crate::bytecode::Location;
use ruff_python_ast::{Expr, Mod, Stmt};
use ruff_python_parser::{self as parser, Mode, ParseOptions};
use ruff_text_size::Ranged;

/// CPython's traceback `IS_WHITESPACE`: the characters skipped around operators.
fn is_ws(c: u8) -> bool {
    c == b' ' || c == b'\t' || c == 0x0c
}

/// Character index of byte offset `byte` in `s` (clamped to the end, as CPython's helper).
fn char_offset(s: &str, byte: usize) -> usize {
    let byte = byte.min(s.len());
    // A column inside a multi-byte character counts the characters before it.
    let mut b = byte;
    while b > 0 && !s.is_char_boundary(b) {
        b -= 1;
    }
    s[..b].chars().count()
}

/// The `~~^~~` anchors of a source segment as character offsets into it (for traceback.py).
pub fn anchors_in(segment: &str) -> Option<(usize, usize)> {
    let (l, r) = anchors(segment)?;
    Some((char_offset(segment, l), char_offset(segment, r)))
}

/// Where the secondary markers go inside the marked segment (byte offsets into it) and
/// which characters to use: CPython parses the segment alone and looks for an operator
/// (BinOp) or the bracketed part of a subscript.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let options = ParseOptions::from(Mode::Module);
    let parsed = parser::parse(segment, options).ok()?;
    let Mod::Module(m) = parsed.into_syntax() else {
        return None;
    };
    let Some(Stmt::Expr(stmt)) = m.body.first() else {
        return None;
    };
    let bytes = segment.as_bytes();
    match &*stmt.value {
        Expr::BinOp(b) => {
            let left_end = b.left.end().to_usize();
            let right_start = b.right.start().to_usize();
            // The first non-blank byte after the left operand: a closing parenthesis there
            // is marked too, as CPython 3.11 does.
            let i = (left_end..right_start).find(|&i| bytes.get(i).is_some_and(|&c| !is_ws(c)))?;
            let mut right = i + 1;
            if right < right_start && bytes.get(right).is_some_and(|&c| !is_ws(c)) {
                right += 1;
            }
            Some((i, right))
        }
        Expr::Subscript(s) => Some((s.value.end().to_usize(), s.slice.end().to_usize() + 1)),
        _ => None,
    }
}

/// The marker line (with its newline) for `loc` under source line `line` (without newline),
/// or None where CPython prints none: no position, or markers spanning the whole line.
pub fn caret_line(loc: Location, line: &str) -> Option<String> {
    if loc.line == 0 || loc.end_line == 0 {
        return None;
    }
    let line = line.trim_end_matches(['\n', '\r']);
    let start = char_offset(line, loc.col as usize);
    let mut end = char_offset(line, loc.end_col as usize);
    let mut secondary: Option<(usize, usize)> = None;
    if loc.line == loc.end_line {
        let first_byte = loc.col as usize;
        let end_byte = (loc.end_col as usize).min(line.len());
        if let Some(seg) = line.get(first_byte..end_byte) {
            if let Some((l, r)) = anchors(seg) {
                secondary = Some((char_offset(seg, l) + start, char_offset(seg, r) + start));
            }
        }
    } else {
        // A multi-line expression is marked to the last non-blank character of its first line.
        end = line
            .char_indices()
            .filter(|&(_, c)| !(c == ' ' || c == '\t' || c == '\x0c'))
            .last()
            .map(|(b, _)| char_offset(line, b) + 1)
            .unwrap_or(0);
    }
    let indent = line
        .chars()
        .take_while(|&c| c == ' ' || c == '\t' || c == '\x0c')
        .count();
    // Trailing blanks count as part of the line (CPython keeps them), so a marker that
    // stops before them is printed.
    let stripped_len = line.chars().count() - indent;
    if end.saturating_sub(start) == stripped_len && secondary.is_none() {
        return None;
    }
    let (primary, second) = if secondary.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    let mut out = String::from("    ");
    for c in indent..end {
        let ch = if c < start {
            ' '
        } else if secondary.is_some_and(|(l, r)| l <= c && c < r) {
            second
        } else {
            primary
        };
        out.push(ch);
    }
    out.push('\n');
    Some(out)
}
