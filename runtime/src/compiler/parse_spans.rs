//! The spans CPython's parser gives some SyntaxErrors, found again from the tokens: Python 2's
//! `print x` inside brackets, `if x = 3:`, and misordered call arguments.

use ruff_python_ast::token::TokenKind as K;
use ruff_text_size::{TextRange, TextSize};

use super::parse_comma::{is_expression, tokens};

fn is_open(k: K) -> bool {
    matches!(k, K::Lpar | K::Lsqb | K::Lbrace)
}

fn is_close(k: K) -> bool {
    matches!(k, K::Rpar | K::Rsqb | K::Rbrace)
}

/// Python 2's `print x` (or `exec x`) where an expression starts, the error found at `at`
/// (the start of `x`): the statement's name and the span from it to the end of the
/// expressions after it.
pub fn legacy_call(source: &str, at: TextSize) -> Option<(&'static str, TextRange)> {
    let toks = tokens(source);
    let ei = toks.iter().position(|(_, r)| r.start() == at)?;
    if ei == 0 || toks[ei - 1].0 != K::Name {
        return None;
    }
    let name_r = toks[ei - 1].1;
    let name = match &source[name_r.to_std_range()] {
        "print" => "print",
        "exec" => "exec",
        _ => return None,
    };
    // The name must start an expression.
    if ei >= 2 && !matches!(toks[ei - 2].0, k if is_open(k) || k == K::Comma || k == K::Newline) {
        return None;
    }
    let mut depth = 0usize;
    let mut end = None;
    for &(k, r) in &toks[ei..] {
        match k {
            k if is_open(k) => depth += 1,
            k if is_close(k) && depth == 0 => break,
            k if is_close(k) => depth -= 1,
            K::Newline | K::EndOfFile | K::Semi => break,
            _ => {}
        }
        if depth == 0 && is_expression(&source[at.to_usize()..r.end().to_usize()]) {
            end = Some(r.end());
        }
    }
    Some((name, TextRange::new(name_r.start(), end?)))
}

/// For `NAME = expr` where a condition belongs (`if x = 3:`), the `=` at `eq`: the span from
/// the target to the end of the operand after `=` (CPython's `bitwise_or`), and whether the
/// target is a plain name. An attribute, subscript or call target gives its own span.
pub fn misplaced_assign(source: &str, eq: TextSize) -> Option<(TextRange, bool)> {
    let toks = tokens(source);
    let ei = toks
        .iter()
        .position(|(k, r)| r.start() == eq && *k == K::Equal)?;
    // The target: a primary (names, dots and bracketed trailers) before the `=`.
    let mut depth = 0usize;
    let mut first = None;
    let mut i = ei;
    while i > 0 {
        i -= 1;
        let k = toks[i].0;
        match k {
            k if is_close(k) => depth += 1,
            k if is_open(k) && depth == 0 => break,
            k if is_open(k) => depth -= 1,
            _ if depth > 0 => {}
            K::Name | K::Dot => {}
            _ => break,
        }
        first = Some(i);
    }
    let first = first?;
    if depth != 0 {
        return None;
    }
    let target = TextRange::new(toks[first].1.start(), toks[ei - 1].1.end());
    if first + 1 != ei {
        return Some((target, false));
    }
    // The operand after `=`: up to a comparison, boolean operator or separator.
    let mut depth = 0usize;
    let mut end = None;
    for &(k, r) in &toks[ei + 1..] {
        match k {
            k if is_open(k) => depth += 1,
            k if is_close(k) && depth == 0 => break,
            k if is_close(k) => depth -= 1,
            _ if depth > 0 => {}
            K::Comma
            | K::Colon
            | K::Newline
            | K::EndOfFile
            | K::Semi
            | K::Equal
            | K::ColonEqual
            | K::EqEqual
            | K::NotEqual
            | K::Less
            | K::LessEqual
            | K::Greater
            | K::GreaterEqual
            | K::And
            | K::Or
            | K::Not
            | K::If
            | K::Else
            | K::For
            | K::In
            | K::Is
            | K::Lambda => break,
            _ => {}
        }
        end = Some(r.end());
    }
    let end = end?;
    let operand = &source[toks[ei].1.end().to_usize()..end.to_usize()];
    if !is_expression(operand) {
        return None;
    }
    Some((TextRange::new(target.start(), end), true))
}

/// The opening parenthesis of the call whose arguments hold `at`, and its closing one.
fn call_parens(toks: &[(K, TextRange)], at: TextSize) -> Option<(usize, usize)> {
    let ei = toks.iter().position(|(_, r)| r.start() >= at)?;
    let mut depth = 0usize;
    let mut open = None;
    for i in (0..ei).rev() {
        match toks[i].0 {
            k if is_close(k) => depth += 1,
            K::Lpar if depth == 0 => {
                open = Some(i);
                break;
            }
            k if is_open(k) && depth == 0 => return None,
            k if is_open(k) => depth -= 1,
            _ => {}
        }
    }
    let open = open?;
    let mut depth = 0usize;
    for (i, &(k, _)) in toks.iter().enumerate().skip(ei) {
        match k {
            k if is_open(k) => depth += 1,
            K::Rpar if depth == 0 => return Some((open, i)),
            k if is_close(k) && depth == 0 => return None,
            k if is_close(k) => depth -= 1,
            _ => {}
        }
    }
    None
}

/// `f(**a, *b)`: the arguments before the `*b` found at `at`.
pub fn arguments_before(source: &str, at: TextSize) -> Option<TextRange> {
    let toks = tokens(source);
    let (open, _) = call_parens(&toks, at)?;
    let ei = toks.iter().position(|(_, r)| r.start() >= at)?;
    if ei < 2 || toks[ei - 1].0 != K::Comma || ei - 1 <= open + 1 {
        return None;
    }
    Some(TextRange::new(
        toks[open + 1].1.start(),
        toks[ei - 2].1.end(),
    ))
}

/// `f(a=1, 2)`: CPython reports a positional argument after keywords at the token after the
/// arguments, the call's `)`.
pub fn closing_paren(source: &str, at: TextSize) -> Option<TextRange> {
    let toks = tokens(source);
    let (_, close) = call_parens(&toks, at)?;
    Some(toks[close].1)
}
