//! ruff's parse errors as CPython 3.11's SyntaxErrors: the common messages
//! (`invalid syntax`, `expected ':'`, indentation errors, unterminated
//! strings, bracket errors, invalid targets) with CPython's positions.

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType, UnsupportedSyntaxError};
use ruff_text_size::{TextRange, TextSize};

use super::brackets::BracketIssue;
use super::error::{CompileError, CompileErrorKind};
use super::locator::Locator;

pub fn convert(
    err: &ParseError,
    source: &str,
    src: &Locator,
    issue: Option<&BracketIssue>,
) -> CompileError {
    let range = err.location;
    // Bracket errors come from CPython's tokenizer, before the parser sees the tokens after them.
    if let Some(b) = issue {
        let at = b.range();
        let reported_earlier = match b {
            BracketIssue::NeverClosed { .. } => false,
            _ => range.start() < at.start(),
        };
        if !reported_earlier
            && !matches!(
                &err.error,
                ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError)
            )
        {
            let mut e = src.error(CompileErrorKind::SyntaxError, b.message(), at);
            if matches!(b, BracketIssue::NeverClosed { .. }) {
                e.end_col = 0;
            }
            return e;
        }
    }
    let syntax =
        |msg: &str, r: TextRange| src.error(CompileErrorKind::SyntaxError, msg.to_string(), r);
    match &err.error {
        ParseErrorType::Lexical(lex) => lexical(lex, range, source, src),
        ParseErrorType::UnexpectedIndentation => {
            let line = src.line_of(range.start());
            let start = first_non_blank(source, src.line_start(line));
            let mut e = src.error(
                CompileErrorKind::IndentationError,
                "unexpected indent",
                TextRange::empty(start),
            );
            e.end_col = 0;
            e
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Indent,
            ..
        } => expected_indent(range, source, src),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            ..
        } => syntax("expected ':'", range),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Lpar,
            ..
        } => syntax("expected '('", range),
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget
        | ParseErrorType::InvalidNamedAssignmentTarget => syntax(
            &format!("cannot assign to {}", describe_source(source, range)),
            range,
        ),
        ParseErrorType::InvalidAugmentedAssignmentTarget => syntax(
            &format!(
                "'{}' is an illegal expression for augmented assignment",
                describe_source(source, range)
            ),
            range,
        ),
        ParseErrorType::InvalidDeleteTarget => syntax(
            &format!("cannot delete {}", describe_source(source, range)),
            range,
        ),
        ParseErrorType::PositionalAfterKeywordArgument => {
            syntax("positional argument follows keyword argument", range)
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => syntax(
            "positional argument follows keyword argument unpacking",
            range,
        ),
        ParseErrorType::InvalidArgumentUnpackingOrder => syntax(
            "iterable argument unpacking follows keyword argument unpacking",
            range,
        ),
        ParseErrorType::IterableUnpackingInComprehension => {
            syntax("iterable unpacking cannot be used in comprehension", range)
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            syntax("Generator expression must be parenthesized", range)
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            syntax("non-default argument follows default argument", range)
        }
        ParseErrorType::ParamAfterVarKeywordParam => {
            syntax("arguments cannot follow var-keyword argument", range)
        }
        ParseErrorType::ExpectedKeywordParam => syntax("named arguments must follow bare *", range),
        ParseErrorType::VarParameterWithDefault => {
            syntax("var-positional argument cannot have default value", range)
        }
        ParseErrorType::FStringError(f) => {
            syntax(&format!("f-string: {}", fstring_message(f)), range)
        }
        ParseErrorType::InvalidStarredExpressionUsage => {
            syntax("can't use starred expression here", range)
        }
        ParseErrorType::InvalidMatchPatternTarget => syntax("cannot use '_' as a target", range),
        _ => syntax("invalid syntax", range),
    }
}

fn fstring_message(f: &ruff_python_parser::InterpolatedStringErrorType) -> &'static str {
    use ruff_python_parser::InterpolatedStringErrorType as F;
    match f {
        F::UnclosedLbrace => "expecting '}'",
        F::InvalidConversionFlag => "invalid conversion character: expected 's', 'r', or 'a'",
        F::SingleRbrace => "single '}' is not allowed",
        F::UnterminatedString => "unterminated string",
        F::UnterminatedTripleQuotedString => "unterminated triple-quoted string",
        F::LambdaWithoutParentheses => "lambda expressions are not allowed without parentheses",
        F::ConversionFlagNotImmediatelyAfterExclamation => {
            "conversion type must come right after the exclamanation mark"
        }
        F::NewlineInFormatSpec => {
            "newlines are not allowed in format specifiers when using single quotes"
        }
    }
}

fn first_non_blank(source: &str, start: TextSize) -> TextSize {
    let rest = source.get(start.to_usize()..).unwrap_or("");
    let skip = rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len();
    start + TextSize::new(skip as u32)
}

fn lexical(lex: &LexicalErrorType, range: TextRange, source: &str, src: &Locator) -> CompileError {
    match lex {
        LexicalErrorType::IndentationError => {
            let line = src.line_of(range.start());
            let line_start = src.line_start(line);
            let end = source[line_start.to_usize()..]
                .find('\n')
                .map(|i| line_start.to_usize() + i)
                .unwrap_or(source.len());
            let mut e = src.error(
                CompileErrorKind::IndentationError,
                "unindent does not match any outer indentation level",
                TextRange::empty(TextSize::new(end as u32)),
            );
            e.end_col = 0;
            e
        }
        LexicalErrorType::UnclosedStringError => {
            let line = src.line_of(range.start());
            let mut e = src.error(
                CompileErrorKind::SyntaxError,
                format!("unterminated string literal (detected at line {line})"),
                TextRange::empty(range.start()),
            );
            e.end_col = e.col;
            e
        }
        LexicalErrorType::Eof => {
            let last = src.line_of(TextSize::of(source));
            let mut e = src.error(
                CompileErrorKind::SyntaxError,
                format!("unterminated triple-quoted string literal (detected at line {last})"),
                TextRange::empty(range.start()),
            );
            e.end_col = e.col;
            e
        }
        LexicalErrorType::LineContinuationError => src.error(
            CompileErrorKind::SyntaxError,
            "unexpected character after line continuation character",
            range,
        ),
        LexicalErrorType::InvalidByteLiteral => src.error(
            CompileErrorKind::SyntaxError,
            "bytes can only contain ASCII literal characters",
            range,
        ),
        LexicalErrorType::FStringError(f) => src.error(
            CompileErrorKind::SyntaxError,
            format!("f-string: {}", fstring_message(f)),
            range,
        ),
        LexicalErrorType::OtherError(msg) => {
            let m = msg.to_string();
            let text = if m.contains("leading zeros") {
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".to_string()
            } else if m.starts_with("Invalid decimal")
                || m.contains("ParseIntError")
                || m.contains("Invalid number")
            {
                "invalid decimal literal".to_string()
            } else {
                "invalid syntax".to_string()
            };
            src.error(CompileErrorKind::SyntaxError, text, range)
        }
        LexicalErrorType::UnrecognizedToken { tok } => {
            let msg = if tok.is_control() || *tok == '\u{a0}' {
                format!("invalid non-printable character U+{:04X}", *tok as u32)
            } else if tok.is_alphanumeric() {
                format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
            } else {
                "invalid syntax".to_string()
            };
            src.error(CompileErrorKind::SyntaxError, msg, range)
        }
        _ => src.error(CompileErrorKind::SyntaxError, "invalid syntax", range),
    }
}

/// "expected an indented block after 'if' statement on line 1": finds the
/// header line the block belongs to.
fn expected_indent(range: TextRange, source: &str, src: &Locator) -> CompileError {
    let err_line = src.line_of(range.start());
    let mut header = None;
    let mut line = err_line;
    while line > 1 {
        line -= 1;
        let text = src.line_text(line).unwrap_or_default();
        let t = text.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        header = Some((line, t.to_string()));
        break;
    }
    let msg = match header {
        Some((line, text)) => {
            let word: String = text
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let rest = text[word.len()..].trim_start();
            let word = if word == "async" {
                rest.chars().take_while(|c| c.is_alphanumeric()).collect()
            } else {
                word
            };
            match word.as_str() {
                "def" => {
                    format!("expected an indented block after function definition on line {line}")
                }
                "class" => {
                    format!("expected an indented block after class definition on line {line}")
                }
                "if" | "elif" | "else" | "for" | "while" | "with" | "try" | "finally" | "match"
                | "case" => {
                    format!("expected an indented block after '{word}' statement on line {line}")
                }
                "except" => {
                    if rest.starts_with('*') {
                        format!(
                            "expected an indented block after 'except*' statement on line {line}"
                        )
                    } else {
                        format!(
                            "expected an indented block after 'except' statement on line {line}"
                        )
                    }
                }
                _ => "expected an indented block".to_string(),
            }
        }
        None => "expected an indented block".to_string(),
    };
    let start = first_non_blank(source, src.line_start(err_line));
    let text = src.line_text(err_line).unwrap_or_default();
    let end = start + TextSize::new(text.trim().len() as u32);
    src.error(
        CompileErrorKind::IndentationError,
        msg,
        TextRange::new(start, end.max(start)),
    )
}

/// The CPython description of the expression written at `range`, from its source text.
fn describe_source(source: &str, range: TextRange) -> &'static str {
    let text = source.get(range.to_std_range()).unwrap_or("").trim();
    match ruff_python_parser::parse_expression(text) {
        Ok(p) => super::targets::describe(&p.syntax().body),
        Err(_) => "expression",
    }
}

pub fn unsupported(u: &UnsupportedSyntaxError, src: &Locator) -> CompileError {
    use ruff_python_parser::UnsupportedSyntaxErrorKind as K;
    let msg = match u.kind {
        K::TypeParameterList => "expected '('",
        K::UnparenthesizedExceptionTypes => "multiple exception types must be parenthesized",
        // The kind's enum is private to ruff: tell its variants apart by name.
        K::Pep701FString(kind) => match format!("{kind:?}").as_str() {
            "Backslash" => "f-string expression part cannot include a backslash",
            "Comment" => "f-string expression part cannot include '#'",
            _ => "f-string: expecting '}'",
        },
        K::UnpackingInComprehension(_) => "iterable unpacking cannot be used in comprehension",
        _ => "invalid syntax",
    };
    src.error(CompileErrorKind::SyntaxError, msg, u.range)
}
