//! Parsing with ruff, targeting Python 3.11: newer syntax (PEP 695 type
//! parameters and aliases, PEP 701 f-strings, ...) is rejected, and ruff's
//! errors are turned into CPython's SyntaxErrors.

use ruff_python_ast::{Mod, PythonVersion};
use ruff_python_parser::{self as parser, ParseOptions};

use crate::bytecode::Mode;

use super::brackets::{self, BracketIssue};
use super::error::{CompileError, CompileErrorKind};
use super::indent;
use super::locator::Locator;
use super::parse_errors;

pub fn parse(source: &str, mode: Mode, src: &Locator) -> Result<Mod, CompileError> {
    // The tokenizer's nesting limit comes first: the parser must not recurse deeper.
    let issue = brackets::scan(source);
    if let Some(BracketIssue::TooDeep(r)) = &issue {
        return Err(src.error(
            CompileErrorKind::SyntaxError,
            "too many nested parentheses",
            *r,
        ));
    }
    let parser_mode = match mode {
        Mode::Eval => parser::Mode::Expression,
        Mode::Exec | Mode::Single => parser::Mode::Module,
    };
    let options = ParseOptions::from(parser_mode).with_target_version(PythonVersion::PY311);
    let tab_error = indent::check_tabs(source);
    let tab_err = |r| {
        let mut e = src.error(
            CompileErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            r,
        );
        e.end_col = 0;
        e
    };
    let parsed = match parser::parse(source, options) {
        Ok(p) => p,
        Err(err) => {
            // The tokenizer raises TabError when it reaches the line, unless the parser failed before.
            if let Some(r) = tab_error {
                if src.line_of(err.location.start()) >= src.line_of(r.start()) {
                    return Err(tab_err(r));
                }
            }
            let mut e = parse_errors::convert(&err, source, src, issue.as_ref());
            if mode == Mode::Eval && !source.ends_with('\n') {
                eval_without_newline(&mut e, &err, source, src);
            }
            return Err(e);
        }
    };
    if let Some(r) = tab_error {
        return Err(tab_err(r));
    }
    if let Some(unsupported) = parsed.unsupported_syntax_errors().first() {
        return Err(parse_errors::unsupported(unsupported, src));
    }

    let tree = parsed.into_syntax();
    if mode == Mode::Single {
        if let Mod::Module(m) = &tree {
            check_single(&m.body, source, src)?;
        }
    }
    Ok(tree)
}

/// `compile(..., 'single')` takes one statement: a compound statement, or the simple
/// statements of one logical line. CPython's errors for nothing and for more.
fn check_single(
    body: &[ruff_python_ast::Stmt],
    source: &str,
    src: &Locator,
) -> Result<(), CompileError> {
    use ruff_python_ast::Stmt;
    use ruff_text_size::{Ranged, TextRange, TextSize};
    let Some(first) = body.first() else {
        // Only blank lines and comments: "invalid syntax" at the start.
        let mut e = src.error(
            CompileErrorKind::SyntaxError,
            "invalid syntax",
            TextRange::empty(TextSize::from(0)),
        );
        e.col = 0;
        e.end_col = 0;
        if source.is_empty() {
            e.line = 0;
            e.end_line = 0;
            e.text = Some(String::new());
        }
        return Err(e);
    };
    let simple = !matches!(
        first,
        Stmt::If(_)
            | Stmt::For(_)
            | Stmt::While(_)
            | Stmt::FunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::With(_)
            | Stmt::Try(_)
            | Stmt::Match(_)
    );
    let first_line = src.line_of(first.start());
    // The last statement of the first logical line (`a; b` share it).
    let mut last = first;
    for st in &body[1..] {
        if !simple || src.line_of(st.start()) != src.line_of(last.end()) {
            if !simple {
                // After a compound statement the next one is a syntax error at its first
                // token.
                let start = st.start();
                let rest = &source[usize::from(start)..];
                let len = rest
                    .char_indices()
                    .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
                    .map_or(rest.len(), |(i, _)| i)
                    .max(rest.chars().next().map_or(0, char::len_utf8));
                let range = TextRange::at(start, TextSize::from(len as u32));
                let mut e = src.error(CompileErrorKind::SyntaxError, "invalid syntax", range);
                if let Some(t) = e.text.as_mut() {
                    if !source[usize::from(start)..].contains('\n') {
                        t.pop();
                    }
                }
                return Err(e);
            }
            // At the newline that ends the first logical line.
            let end = usize::from(last.end());
            let nl = source[end..].find('\n').map_or(source.len(), |i| end + i);
            let mut e = src.error(
                CompileErrorKind::SyntaxError,
                "multiple statements found while compiling a single statement",
                TextRange::empty(TextSize::from(nl as u32)),
            );
            let _ = first_line;
            e.end_col = e.col;
            return Err(e);
        }
        last = st;
    }
    Ok(())
}

/// `eval` of a string without a final newline: CPython's tokenizer adds none, so the last
/// line's text has none, and a missing expression at the very end is at column 0.
fn eval_without_newline(
    e: &mut CompileError,
    err: &parser::ParseError,
    source: &str,
    src: &Locator,
) {
    if e.line != src.line_of(ruff_text_size::TextSize::of(source)) {
        return;
    }
    if let Some(t) = e.text.as_mut() {
        if t.ends_with('\n') {
            t.pop();
        }
    }
    if matches!(err.error, parser::ParseErrorType::ExpectedExpression)
        && err.location.start().to_usize() == source.len()
    {
        e.col = 0;
        e.end_col = 0;
    }
}
