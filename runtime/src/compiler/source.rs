//! Source bytes to text (PEP 263): a UTF-8 BOM, a `coding:` cookie in the
//! first two lines, UTF-8 by default; latin-1 and ASCII are the other
//! encodings Ember reads.

use super::error::{CompileError, CompileErrorKind};

/// The encodings a cookie may name (after CPython's normalisation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

fn syntax_error(msg: String, filename: &str, line: u32) -> CompileError {
    let mut e = CompileError::bare(CompileErrorKind::SyntaxError, msg, filename);
    e.line = line;
    e
}

/// The cookie's encoding name from one line, if the line is a comment
/// matching `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
fn cookie_in_line(line: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(line).ok().or_else(|| {
        // A latin-1 line may still hold an ASCII cookie: look at its ASCII prefix.
        let end = line
            .iter()
            .position(|b| !b.is_ascii())
            .unwrap_or(line.len());
        std::str::from_utf8(&line[..end]).ok()
    })?;
    let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
    let comment = trimmed.strip_prefix('#')?;
    let mut search = comment;
    while let Some(pos) = search.find("coding") {
        let after = &search[pos + 6..];
        if let Some(rest) = after.strip_prefix([':', '=']) {
            let rest = rest.trim_start_matches([' ', '\t']);
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-' || *c == '.')
                .collect();
            if !name.is_empty() {
                return Some(name);
            }
        }
        search = after;
    }
    None
}

/// Whether a line holds only whitespace or a comment (so the cookie may be on the next).
fn is_blank_or_comment(line: &[u8]) -> bool {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    i >= line.len() || matches!(line[i], b'#' | b'\n' | b'\r')
}

/// CPython's `get_normal_name` plus the aliases Python's codec registry knows.
fn normalise(name: &str) -> Option<Encoding> {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    let base = |prefix: &str| lower == prefix || lower.starts_with(&format!("{prefix}-"));
    if base("utf-8") || lower == "utf8" || lower == "u8" || lower == "utf" || lower == "cp65001" {
        Some(Encoding::Utf8)
    } else if base("latin-1")
        || base("iso-8859-1")
        || base("iso-latin-1")
        || matches!(
            lower.as_str(),
            "latin1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" | "iso-ir-100"
        )
    {
        Some(Encoding::Latin1)
    } else if matches!(
        lower.as_str(),
        "ascii"
            | "us-ascii"
            | "646"
            | "us"
            | "ansi-x3.4-1968"
            | "ansi-x3.4-1986"
            | "iso646-us"
            | "cp367"
            | "csascii"
            | "ibm367"
            | "iso-ir-6"
    ) {
        Some(Encoding::Ascii)
    } else {
        None
    }
}

/// Splits off the first `n` lines (with their newlines).
fn first_lines(bytes: &[u8], n: usize) -> Vec<&[u8]> {
    let mut lines = Vec::new();
    let mut rest = bytes;
    while lines.len() < n && !rest.is_empty() {
        let end = rest
            .iter()
            .position(|b| *b == b'\n')
            .map(|i| i + 1)
            .unwrap_or(rest.len());
        lines.push(&rest[..end]);
        rest = &rest[end..];
    }
    lines
}

/// Decodes a source file's bytes to text, as CPython's tokenizer does when it
/// runs a file: errors use the messages `python3.11 file.py` prints.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let lines = first_lines(body, 2);
    let mut cookie = None;
    if let Some(first) = lines.first() {
        if let Some(name) = cookie_in_line(first) {
            cookie = Some((name, 1));
        } else if is_blank_or_comment(first) {
            if let Some(second) = lines.get(1) {
                cookie = cookie_in_line(second).map(|name| (name, 2));
            }
        }
    }
    let encoding = match &cookie {
        None => Encoding::Utf8,
        Some((name, line)) => match normalise(name) {
            Some(enc) => {
                if bom && enc != Encoding::Utf8 {
                    let shown = if enc == Encoding::Latin1 {
                        "iso-8859-1"
                    } else {
                        name.as_str()
                    };
                    return Err(syntax_error(
                        format!("encoding problem: {shown} with BOM"),
                        filename,
                        *line,
                    ));
                }
                enc
            }
            None => {
                return Err(syntax_error(
                    format!("encoding problem: {name}"),
                    filename,
                    *line,
                ))
            }
        },
    };
    let text = match encoding {
        Encoding::Latin1 => body.iter().map(|b| *b as char).collect(),
        Encoding::Ascii => {
            if !body.is_ascii() {
                let name = cookie.map(|(n, _)| n).unwrap_or_default();
                return Err(syntax_error(
                    format!("encoding problem: {name}"),
                    filename,
                    1,
                ));
            }
            String::from_utf8_lossy(body).into_owned()
        }
        Encoding::Utf8 => match std::str::from_utf8(body) {
            Ok(s) => s.to_string(),
            Err(err) => {
                let at = err.valid_up_to();
                let line = body[..at].iter().filter(|b| **b == b'\n').count() as u32 + 1;
                let byte = body.get(at).copied().unwrap_or(0);
                let msg = if cookie.is_some() {
                    // A declared utf-8 that does not decode.
                    format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {at}: invalid start byte")
                } else {
                    format!(
                        "Non-UTF-8 code starting with '\\x{byte:02x}' in file {filename} on line {line}, \
                         but no encoding declared; see https://peps.python.org/pep-0263/ for details"
                    )
                };
                return Err(syntax_error(msg, filename, line));
            }
        },
    };
    check_no_nul(&text, filename)?;
    Ok(text)
}

/// CPython 3.11's tokenizer stops a line at a NUL byte and then reports the
/// rest as bad syntax; we report the NUL itself, with the message 3.11 gives
/// for a NUL it sees as a character.
pub fn check_no_nul(text: &str, filename: &str) -> Result<(), CompileError> {
    if let Some(pos) = text.find('\0') {
        let before = &text[..pos];
        let line = before.matches('\n').count() as u32 + 1;
        let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
        let col = text[line_start..pos].chars().count() as u32 + 1;
        let line_end = text[pos..]
            .find('\n')
            .map(|i| pos + i + 1)
            .unwrap_or(text.len());
        return Err(CompileError {
            kind: CompileErrorKind::SyntaxError,
            msg: "invalid non-printable character U+0000".to_string(),
            filename: filename.to_string(),
            line,
            col,
            end_line: line,
            end_col: col + 1,
            text: Some(text[line_start..line_end].replace('\0', "")),
            symtable: false,
        });
    }
    Ok(())
}
