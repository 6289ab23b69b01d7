//! TabError detection: CPython compares each logical line's indentation
//! measured with tabs to 8 columns and with tabs to 1 column; if the two
//! measures disagree on whether a line indents, dedents or continues a
//! block, the mix of tabs and spaces is ambiguous and it raises TabError.

use ruff_text_size::{TextRange, TextSize};

/// The byte offset of the first logical line whose indentation is inconsistent.
pub fn check_tabs(source: &str) -> Option<TextRange> {
    let bytes = source.as_bytes();
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    let mut depth = 0i64;
    let mut i = 0;
    let mut line_start = true;
    while i < bytes.len() {
        if line_start && depth == 0 {
            // Measure the indentation of this physical line.
            let start = i;
            let (mut col, mut alt) = (0usize, 0usize);
            while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\x0c') {
                match bytes[i] {
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    _ => {
                        col = 0;
                        alt = 0;
                    }
                }
                i += 1;
            }
            line_start = false;
            let blank = i >= bytes.len() || matches!(bytes[i], b'#' | b'\n' | b'\r' | b'\\');
            if !blank {
                let (top_col, top_alt) = *stack.last().unwrap_or(&(0, 0));
                let bad = if col == top_col {
                    alt != top_alt
                } else if col > top_col {
                    if alt <= top_alt {
                        true
                    } else {
                        stack.push((col, alt));
                        false
                    }
                } else {
                    while stack.len() > 1 && stack.last().is_some_and(|t| col < t.0) {
                        stack.pop();
                    }
                    // An unmatched dedent is the parser's IndentationError, not ours.
                    stack.last().is_some_and(|t| col == t.0 && alt != t.1)
                };
                if bad {
                    return Some(TextRange::empty(TextSize::new(start as u32)));
                }
            }
            continue;
        }
        match bytes[i] {
            b'\n' => {
                line_start = true;
                i += 1;
            }
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'\\' => i += 2,
            b'(' | b'[' | b'{' => {
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = (depth - 1).max(0);
                i += 1;
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
            }
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_inconsistent_tabs() {
        assert!(check_tabs("if True:\n        a\n\tb\n").is_some());
        assert!(check_tabs("if 1:\n\tpass\n        pass\n").is_some());
        assert_eq!(check_tabs("if 1:\n\tpass\n\tpass\n"), None);
        assert_eq!(check_tabs("if 1:\n    x = (1,\n\t2)\n"), None);
        assert_eq!(check_tabs("s = '''\n\tx\n        y'''\n"), None);
    }
}
