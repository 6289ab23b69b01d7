//! A light scan of the source for bracket problems, done before parsing:
//! CPython's tokenizer limits nesting to 200 brackets (the parser must not
//! recurse deeper), and its messages for unclosed or mismatched brackets come
//! from the tokenizer, which the ruff parser does not mirror.

use ruff_text_size::{TextRange, TextSize};

/// CPython's MAXLEVEL: the tokenizer's bracket stack size.
pub const MAX_NESTING: usize = 200;

/// A bracket problem found by the scan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BracketIssue {
    /// More than `MAX_NESTING` open brackets: always an error.
    TooDeep(TextRange),
    /// A closing bracket with nothing open.
    Unmatched { close: char, at: TextRange },
    /// A closing bracket of the wrong kind.
    Mismatch {
        close: char,
        open: char,
        open_line: u32,
        close_line: u32,
        at: TextRange,
    },
    /// Still open at the end of the source (innermost one).
    NeverClosed { open: char, at: TextRange },
}

fn one_char(offset: usize, c: char) -> TextRange {
    let start = TextSize::new(offset as u32);
    TextRange::at(start, TextSize::new(c.len_utf8() as u32))
}

/// Scans `source`, skipping strings and comments. Returns the first issue.
pub fn scan(source: &str) -> Option<BracketIssue> {
    let bytes = source.as_bytes();
    let mut stack: Vec<(char, usize, u32)> = Vec::new();
    let mut line = 1u32;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => line += 1,
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\\' => {
                // A line continuation: skip the escaped character (the newline).
                if i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                    line += 1;
                }
                i += 2;
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < bytes.len() && bytes[i + 1] == b && bytes[i + 2] == b;
                let mut j = if triple { i + 3 } else { i + 1 };
                loop {
                    if j >= bytes.len() {
                        // Unterminated string: the parser reports it.
                        return None;
                    }
                    let c = bytes[j];
                    if c == b'\\' {
                        if j + 1 < bytes.len() && bytes[j + 1] == b'\n' {
                            line += 1;
                        }
                        j += 2;
                        continue;
                    }
                    if c == b'\n' {
                        if !triple {
                            // Unterminated single-quoted string: leave it to the parser.
                            break;
                        }
                        line += 1;
                    }
                    if c == b {
                        if !triple {
                            j += 1;
                            break;
                        }
                        if j + 2 < bytes.len() && bytes[j + 1] == b && bytes[j + 2] == b {
                            j += 3;
                            break;
                        }
                    }
                    j += 1;
                }
                i = j;
                continue;
            }
            b'(' | b'[' | b'{' => {
                if stack.len() >= MAX_NESTING {
                    return Some(BracketIssue::TooDeep(one_char(i, b as char)));
                }
                stack.push((b as char, i, line));
            }
            b')' | b']' | b'}' => {
                let close = b as char;
                match stack.pop() {
                    None => {
                        return Some(BracketIssue::Unmatched {
                            close,
                            at: one_char(i, close),
                        })
                    }
                    Some((open, _, open_line)) => {
                        let expected = match open {
                            '(' => ')',
                            '[' => ']',
                            _ => '}',
                        };
                        if expected != close {
                            return Some(BracketIssue::Mismatch {
                                close,
                                open,
                                open_line,
                                close_line: line,
                                at: one_char(i, close),
                            });
                        }
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    stack.last().map(|(open, at, _)| BracketIssue::NeverClosed {
        open: *open,
        at: one_char(*at, *open),
    })
}

impl BracketIssue {
    /// CPython's message for the issue.
    pub fn message(&self) -> String {
        match self {
            BracketIssue::TooDeep(_) => "too many nested parentheses".to_string(),
            BracketIssue::Unmatched { close, .. } => format!("unmatched '{close}'"),
            BracketIssue::Mismatch {
                close,
                open,
                open_line,
                close_line,
                ..
            } => {
                if open_line == close_line {
                    format!(
                        "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                    )
                } else {
                    format!("closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {open_line}")
                }
            }
            BracketIssue::NeverClosed { open, .. } => format!("'{open}' was never closed"),
        }
    }

    pub fn range(&self) -> TextRange {
        match self {
            BracketIssue::TooDeep(r) => *r,
            BracketIssue::Unmatched { at, .. }
            | BracketIssue::Mismatch { at, .. }
            | BracketIssue::NeverClosed { at, .. } => *at,
        }
    }
}

/// The innermost bracket still open at byte offset `at` (strings and comments skipped).
pub fn innermost_open(source: &str, at: TextSize) -> Option<char> {
    let end = at.to_usize().min(source.len());
    let prefix = source.get(..end)?;
    open_brackets(prefix).and_then(|stack| stack.last().copied())
}

/// The brackets open at the end of `source`, or None on a bracket error.
fn open_brackets(source: &str) -> Option<Vec<char>> {
    let mut stack = Vec::new();
    let bytes = source.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\\' => {
                i += 2;
                continue;
            }
            q @ (b'\'' | b'"') => {
                let triple = i + 2 < bytes.len() && bytes[i + 1] == q && bytes[i + 2] == q;
                i += if triple { 3 } else { 1 };
                while i < bytes.len() {
                    if bytes[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if bytes[i] == b'\n' && !triple {
                        break;
                    }
                    if bytes[i] == q
                        && (!triple
                            || (i + 2 < bytes.len() && bytes[i + 1] == q && bytes[i + 2] == q))
                    {
                        i += if triple { 3 } else { 1 };
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b @ (b'(' | b'[' | b'{') => stack.push(b as char),
            b')' | b']' | b'}' => {
                stack.pop()?;
            }
            _ => {}
        }
        i += 1;
    }
    Some(stack)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_issues() {
        assert_eq!(scan("x = (1, [2])"), None);
        assert_eq!(scan("x = ')' + \"(\" # ("), None);
        assert!(matches!(
            scan("x = (1,"),
            Some(BracketIssue::NeverClosed { open: '(', .. })
        ));
        assert!(matches!(
            scan("x = )"),
            Some(BracketIssue::Unmatched { close: ')', .. })
        ));
        assert!(matches!(
            scan("x = (1,\n 2]"),
            Some(BracketIssue::Mismatch {
                open_line: 1,
                close_line: 2,
                ..
            })
        ));
        let deep = format!("x = {}1{}", "(".repeat(201), ")".repeat(201));
        assert!(matches!(scan(&deep), Some(BracketIssue::TooDeep(_))));
        let ok = format!("x = {}1{}", "(".repeat(200), ")".repeat(200));
        assert_eq!(scan(&ok), None);
        assert_eq!(scan("'''(\n'''"), None);
    }
}
