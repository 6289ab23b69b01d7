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

    Ok(parsed.into_syntax())
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
