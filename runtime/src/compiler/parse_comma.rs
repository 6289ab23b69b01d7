//! CPython's "invalid syntax. Perhaps you forgot a comma?": inside brackets, two expressions
//! side by side (`f(a b)`, `[1 2]`, `{'k': 1 'j': 2}`). The error spans both expressions.

use ruff_python_ast::token::TokenKind as K;
use ruff_python_parser::{self as parser, Mode, ParseOptions};
use ruff_text_size::{TextRange, TextSize};

/// The range from the start of the expression before `at` to the end of the expression that
/// starts at `at`, when both are whole expressions inside the same brackets.
pub fn missing_comma(source: &str, at: TextSize) -> Option<TextRange> {
    super::brackets::innermost_open(source, at)?;
    let toks = tokens(source);
    let ei = toks.iter().position(|(_, r)| r.start() == at)?;
    // The first token of the expression before: back to a separator at this nesting level.
    let mut depth = 0usize;
    let mut first = None;
    let mut i = ei;
    while i > 0 {
        i -= 1;
        let k = toks[i].0;
        match k {
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth == 0 => {
                if i > 0 && matches!(toks[i - 1].0, K::FStringStart | K::FStringMiddle) {
                    return None;
                }
                // A function's parameters are not expressions.
                if i > 1 && toks[i - 1].0 == K::Name && toks[i - 2].0 == K::Def {
                    return None;
                }
                break;
            }
            K::Lpar | K::Lsqb | K::Lbrace => depth -= 1,
            K::Comma | K::Colon | K::Equal | K::ColonEqual | K::Else | K::If if depth == 0 => break,
            // CPython makes no guess after a `**` in a dict display.
            K::DoubleStar
                if depth == 0 && super::brackets::innermost_open(source, at) == Some('{') =>
            {
                return None
            }
            K::Star | K::DoubleStar
                if depth == 0
                    && i > 0
                    && matches!(
                        toks[i - 1].0,
                        K::Lpar | K::Lsqb | K::Lbrace | K::Comma | K::Colon
                    ) =>
            {
                break
            }
            K::For | K::Async | K::Newline | K::Semi | K::Def | K::Class | K::Lambda
                if depth == 0 =>
            {
                return None
            }
            _ => {}
        }
        first = Some(i);
    }
    let first = first?;
    let (k0, r0) = toks[first];
    let text0 = &source[r0.to_std_range()];
    // CPython leaves out `NAME STRING` (Python 2's print) and soft keywords.
    if k0.is_soft_keyword() || matches!(text0, "_" | "match" | "case" | "type") {
        return None;
    }
    if k0 == K::Name && matches!(toks.get(first + 1), Some((K::String | K::FStringStart, _))) {
        return None;
    }
    if first + 1 == ei && (text0 == "print" || text0 == "exec") {
        return None;
    }
    let a = TextRange::new(r0.start(), toks[ei - 1].1.end());
    if !is_expression(&source[a.to_std_range()]) {
        return None;
    }
    // The longest expression starting at `at`, up to the next separator at this level.
    let mut depth = 0usize;
    let mut end = None;
    for &(k, r) in &toks[ei..] {
        match k {
            K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
            K::Rpar | K::Rsqb | K::Rbrace if depth == 0 => break,
            K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
            K::Comma | K::Colon | K::Equal | K::For if depth == 0 => break,
            K::Newline | K::EndOfFile | K::Semi => break,
            _ => {}
        }
        if depth == 0 && is_expression(&source[at.to_usize()..r.end().to_usize()]) {
            end = Some(r.end());
        }
    }
    Some(TextRange::new(a.start(), end?))
}

pub(super) fn is_expression(text: &str) -> bool {
    parser::parse_expression(&format!("({text}\n)")).is_ok()
}

/// The span CPython gives "expected 'else' after 'if' expression": from the start of the
/// conditional expression's body to the end of its condition, which ends before `at`.
pub fn ternary_range(source: &str, at: TextSize) -> Option<TextRange> {
    let toks = tokens(source);
    let ei = toks.iter().position(|(_, r)| r.start() >= at)?;
    let mut depth = 0usize;
    let mut i = ei;
    // The `if` of the conditional expression.
    let if_idx = loop {
        if i == 0 {
            return None;
        }
        i -= 1;
        match toks[i].0 {
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth == 0 => return None,
            K::Lpar | K::Lsqb | K::Lbrace => depth -= 1,
            K::If if depth == 0 => break i,
            K::Newline if depth == 0 => return None,
            _ => {}
        }
    };
    let mut first = None;
    let mut i = if_idx;
    while i > 0 {
        i -= 1;
        let k = toks[i].0;
        match k {
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth == 0 => break,
            K::Lpar | K::Lsqb | K::Lbrace => depth -= 1,
            K::Not | K::And | K::Or | K::Is | K::In | K::Await | K::None | K::True | K::False => {}
            K::For if depth == 0 => return None,
            _ if depth == 0 && (k.is_non_soft_keyword() || is_separator(k)) => break,
            _ => {}
        }
        first = Some(i);
    }
    let first = first?;
    Some(TextRange::new(toks[first].1.start(), toks[ei - 1].1.end()))
}

fn is_separator(k: K) -> bool {
    matches!(
        k,
        K::Comma | K::Colon | K::Equal | K::ColonEqual | K::Newline | K::Semi | K::Rarrow
    ) || k.as_augmented_assign_operator().is_some()
}

pub(super) fn tokens(source: &str) -> Vec<(K, TextRange)> {
    let parsed = parser::parse_unchecked(source, ParseOptions::from(Mode::Module));
    parsed
        .tokens()
        .iter()
        .map(|t| t.as_tuple())
        .filter(|(k, _)| !k.is_trivia())
        .collect()
}

/// The end of the token that starts at `at`.
pub fn token_end_at(source: &str, at: TextSize) -> Option<TextSize> {
    tokens(source)
        .into_iter()
        .find(|(_, r)| r.start() == at)
        .map(|(_, r)| r.end())
}
