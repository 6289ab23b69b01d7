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
            // CPython reports an unclosed bracket only when the parser ran into the end of the file.
            BracketIssue::NeverClosed { .. } => !only_trivia_after(source, range.start()),
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
                // At the end of the input CPython's tokenizer still holds the last line,
                // newline added; an earlier line is re-read without it.
                if src.line_of(TextSize::of(source)) > e.line
                    && !only_trivia_after(source, src.line_start(e.line + 1))
                {
                    return tokenizer_text(e);
                }
                return e;
            }
            // The tokenizer reports a stray or mismatched bracket as one point.
            e.end_col = e.col;
            return tokenizer_text(e);
        }
    }
    let syntax = |msg: &str, r: TextRange| {
        let mut e = src.error(CompileErrorKind::SyntaxError, msg.to_string(), r);
        // CPython's NEWLINE token ends where it starts, on its own line.
        if matches!(source.get(r.to_std_range()), Some("\n" | "\r\n")) {
            e.end_line = e.line;
            e.end_col = e.col;
        }
        e
    };
    if let ParseErrorType::ExpectedToken {
        expected: TokenKind::Comma | TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace,
        ..
    } = &err.error
    {
        if let Some((name, r)) = super::parse_spans::legacy_call(source, range.start()) {
            return syntax(
                &format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                r,
            );
        }
    }
    if let ParseErrorType::ExpectedToken {
        expected:
            TokenKind::Comma | TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace | TokenKind::Colon,
        ..
    } = &err.error
    {
        if let Some(r) = super::parse_comma::missing_comma(source, range.start()) {
            // CPython's parser reads one token past the second expression; when that runs
            // into the end of the file inside a bracket never closed, or lies on a later
            // line than that bracket, the tokenizer's "'(' was never closed" wins.
            if let Some(b @ BracketIssue::NeverClosed { at, .. }) = issue {
                let next = next_token_start(source, r.end());
                if next.is_none_or(|n| src.line_of(n) > src.line_of(at.start())) {
                    let mut e = src.error(CompileErrorKind::SyntaxError, b.message(), *at);
                    e.end_col = 0;
                    if src.line_of(TextSize::of(source)) > e.line
                        && !only_trivia_after(source, src.line_start(e.line + 1))
                    {
                        return tokenizer_text(e);
                    }
                    return e;
                }
            }
            let mut e = syntax("invalid syntax. Perhaps you forgot a comma?", r);
            if e.end_line != e.line {
                // CPython measures an end on a later line against the first line's text.
                let len = e.text.as_deref().map_or(0, |t| t.chars().count() as u32);
                e.end_col = e.end_col.min(len);
            }
            return e;
        }
    }
    match &err.error {
        ParseErrorType::Lexical(lex) => {
            let e = lexical(lex, range, source, src);
            // A stray ASCII character is the parser's "invalid syntax" in CPython.
            if e.kind == CompileErrorKind::SyntaxError && e.msg != "invalid syntax" {
                tokenizer_text(e)
            } else {
                e
            }
        }
        ParseErrorType::UnexpectedIndentation => {
            let line = src.line_of(range.start());
            let start = first_non_blank(source, src.line_start(line));
            let mut e = src.error(
                CompileErrorKind::IndentationError,
                "unexpected indent",
                TextRange::empty(start),
            );
            // CPython's offset is the width of the indentation.
            e.col = e.col.saturating_sub(1).max(1);
            e.end_col = 0;
            e
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Indent,
            ..
        } => expected_indent(range, source, src),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found: TokenKind::Equal,
        } => match super::parse_spans::misplaced_assign(source, range.start()) {
            Some((r, false)) => syntax(
                &format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    describe_source(source, r)
                ),
                r,
            ),
            found => syntax(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                found.map_or(range, |(r, _)| r),
            ),
        },
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found,
        } => {
            if super::brackets::innermost_open(source, range.start()) == Some('{') {
                syntax("':' expected after dictionary key", range)
            } else if matches!(found, TokenKind::Newline) {
                // At the end of the line CPython points at the line's end, not past it.
                syntax("expected ':'", TextRange::empty(range.start()))
            } else if colon_only_at_newline(source, range.start(), src) {
                syntax("invalid syntax", range)
            } else {
                syntax("expected ':'", range)
            }
        }
        // CPython asks for the `else` only when no ':' follows the condition.
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Else,
            found: TokenKind::Colon,
        } => syntax("invalid syntax", range),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Else,
            ..
        } => syntax(
            "expected 'else' after 'if' expression",
            super::parse_comma::ternary_range(source, range.start()).unwrap_or(range),
        ),
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Comma,
            found,
        } if is_aug_op(*found) => {
            let line_start = src.line_start(src.line_of(range.start()));
            let start = first_non_blank(source, line_start);
            let text = source
                .get(start.to_usize()..range.start().to_usize())
                .unwrap_or("");
            let end = start + TextSize::new(text.trim_end().len() as u32);
            syntax(
                "'tuple' is an illegal expression for augmented assignment",
                TextRange::new(start, end.max(start)),
            )
        }
        ParseErrorType::ExpectedExpression
            if source
                .get(range.start().to_usize()..)
                .is_some_and(|r| r.starts_with('}'))
                && source
                    .get(..range.start().to_usize())
                    .is_some_and(|b| b.trim_end().ends_with('{')) =>
        {
            syntax("f-string: empty expression not allowed", range)
        }
        // `f"{:x}"`, `f"{!r}"`, `f"{=}"`: CPython names the character that came too early.
        ParseErrorType::ExpectedExpression
            if source
                .get(range.start().to_usize()..)
                .is_some_and(|r| r.starts_with([':', '!', '=']))
                && source
                    .get(..range.start().to_usize())
                    .is_some_and(|b| b.trim_end().ends_with('{')) =>
        {
            let c = source[range.start().to_usize()..]
                .chars()
                .next()
                .unwrap_or(':');
            syntax(
                &format!("f-string: expression required before '{c}'"),
                range,
            )
        }
        ParseErrorType::OtherError(msg) => other_error(msg, range, source, src),
        ParseErrorType::SimpleStatementsOnSameLine | ParseErrorType::UnexpectedExpressionToken => {
            same_line(range, source, src)
        }
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Lpar,
            ..
        } => syntax("expected '('", range),
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget
        | ParseErrorType::InvalidNamedAssignmentTarget => {
            syntax(&assign_message(source, range), range)
        }
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
        ParseErrorType::PositionalAfterKeywordArgument => syntax(
            "positional argument follows keyword argument",
            super::parse_spans::closing_paren(source, range.start()).unwrap_or(range),
        ),
        ParseErrorType::PositionalAfterKeywordUnpacking => syntax(
            "positional argument follows keyword argument unpacking",
            super::parse_spans::closing_paren(source, range.start()).unwrap_or(range),
        ),
        ParseErrorType::InvalidArgumentUnpackingOrder => syntax(
            "iterable argument unpacking follows keyword argument unpacking",
            super::parse_spans::arguments_before(source, range.start()).unwrap_or(range),
        ),
        ParseErrorType::IterableUnpackingInComprehension => {
            if source
                .get(range.to_std_range())
                .is_some_and(|t| t.starts_with("**"))
                || source
                    .get(..range.start().to_usize())
                    .is_some_and(|b| b.ends_with("**"))
            {
                syntax("dict unpacking cannot be used in dict comprehension", range)
            } else {
                syntax("iterable unpacking cannot be used in comprehension", range)
            }
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
            let before = source.get(..range.start().to_usize()).unwrap_or("");
            let after = source.get(range.end().to_usize()..).unwrap_or("");
            let after_trim = after.trim_start_matches([' ', '\t']);
            if after_trim.starts_with(':')
                && super::brackets::innermost_open(source, range.start()) == Some('{')
            {
                // `{*a: 1}`: CPython's parser stops at the ':'.
                let colon = range.end() + TextSize::of(&after[..after.len() - after_trim.len()]);
                syntax("invalid syntax", TextRange::at(colon, TextSize::new(1)))
            } else if starred_operand_position(before) {
                // `1 + *a`, `not *a`, `a == *b`: CPython's grammar has no starred
                // expression there, so its parser stops at the '*'.
                syntax(
                    "invalid syntax",
                    TextRange::at(range.start(), TextSize::new(1)),
                )
            } else if before.trim_end().ends_with('(') && after_trim.starts_with(')') {
                // A parenthesized starred expression (CPython's invalid_group).
                syntax("cannot use starred expression here", range)
            } else {
                syntax("can't use starred expression here", range)
            }
        }
        ParseErrorType::InvalidMatchPatternTarget => syntax("cannot use '_' as a target", range),
        // `case 1 + 1` / `case 1j + 1j`: a number on the wrong side of a complex literal (a
        // name there is plain invalid syntax).
        ParseErrorType::ExpectedImaginaryNumber | ParseErrorType::ExpectedRealNumber
            if source.get(range.to_std_range()).is_some_and(|t| {
                t.trim_start_matches('-')
                    .starts_with(|c: char| c.is_ascii_digit() || c == '.')
            }) =>
        {
            if matches!(err.error, ParseErrorType::ExpectedImaginaryNumber) {
                syntax("imaginary number required in complex literal", range)
            } else {
                syntax("real number required in complex literal", range)
            }
        }
        _ => syntax("invalid syntax", range),
    }
}

/// Whether a starred expression after `before` (the source up to its '*') stands where
/// only a plain expression can: the operand of an operator, or after a keyword such as
/// `not`, `and`, `if` or `await`. Places where the grammar takes one (after '=', ',',
/// an opening bracket, `return`, a statement's `for ... in`) are the compiler's business.
fn starred_operand_position(before: &str) -> bool {
    let b = before.trim_end_matches([' ', '\t']);
    let Some(last) = b.chars().last() else {
        return false;
    };
    if "+-*/%@&|^~<>".contains(last) {
        return true;
    }
    if last == '=' {
        // Comparisons, not assignments (`x = *a`, `x += *a`: the compiler's error).
        return ["==", "!=", "<=", ">="].iter().any(|op| b.ends_with(op))
            && !["<<=", ">>="].iter().any(|op| b.ends_with(op));
    }
    let word_start = b
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + b[i..].chars().next().map_or(1, char::len_utf8));
    match &b[word_start..] {
        "not" | "and" | "or" | "is" | "if" | "elif" | "else" | "await" | "assert" | "while" => true,
        "in" => {
            // A `for` statement's iterable takes starred items; a comparison does not.
            let line = b[..word_start]
                .rsplit('\n')
                .next()
                .unwrap_or("")
                .trim_start();
            !(line.starts_with("for ") || line.starts_with("async for "))
        }
        _ => false,
    }
}

/// Whether the compound statement whose header holds `at` asks for its ':' only before a newline
/// (CPython's `if x y:` is "invalid syntax"; `def f() x` is "expected ':'").
fn colon_only_at_newline(source: &str, at: TextSize, src: &Locator) -> bool {
    let start = first_non_blank(source, src.line_start(src.line_of(at)));
    let head = source.get(start.to_usize()..at.to_usize()).unwrap_or("");
    let head = head
        .strip_prefix("async ")
        .map(str::trim_start)
        .unwrap_or(head);
    let word: String = head
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    match word.as_str() {
        "if" | "elif" | "while" | "for" | "class" | "with" | "match" | "case" => true,
        "except" => !head[word.len()..]
            .trim()
            .trim_start_matches('*')
            .trim()
            .is_empty(),
        _ => false,
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

/// CPython's tokenizer errors carry the source line without its newline.
fn tokenizer_text(mut e: CompileError) -> CompileError {
    if let Some(t) = e.text.as_mut() {
        while t.ends_with(['\n', '\r']) {
            t.pop();
        }
    }
    e
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
            let text = source.get(range.start().to_usize()..).unwrap_or("");
            let body = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let msg = if body.starts_with("'''") || body.starts_with("\"\"\"") {
                let last = src.line_of(TextSize::of(source));
                format!("unterminated triple-quoted string literal (detected at line {last})")
            } else {
                format!(
                    "unterminated string literal (detected at line {})",
                    src.line_of(range.start())
                )
            };
            let mut e = src.error(
                CompileErrorKind::SyntaxError,
                msg,
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
        LexicalErrorType::LineContinuationError => {
            let mut e = src.error(
                CompileErrorKind::SyntaxError,
                "unexpected character after line continuation character",
                range,
            );
            e.col += 1;
            e.end_col = 0;
            e
        }
        LexicalErrorType::UnicodeError => src.error(
            CompileErrorKind::SyntaxError,
            "(unicode error) 'unicodeescape' codec can't decode bytes: malformed escape sequence",
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
        LexicalErrorType::OtherError(_) => number_error(range, source, src),
        LexicalErrorType::UnrecognizedToken { tok } => {
            // CPython's tokenizer takes any non-ASCII character for an identifier and
            // rejects it there; ASCII ones it does not know reach the parser.
            let msg = if tok.is_control() || *tok == '\u{a0}' {
                format!("invalid non-printable character U+{:04X}", *tok as u32)
            } else if !tok.is_ascii() {
                format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
            } else {
                "invalid syntax".to_string()
            };
            let mut e = src.error(CompileErrorKind::SyntaxError, msg, range);
            if !tok.is_ascii() {
                e.end_col = e.col;
            }
            e
        }
        _ => src.error(CompileErrorKind::SyntaxError, "invalid syntax", range),
    }
}

/// "expected an indented block after 'if' statement on line 1": finds the
/// header line the block belongs to.
fn expected_indent(range: TextRange, source: &str, src: &Locator) -> CompileError {
    let err_line = src.line_of(range.start());
    if let Some(e) = header_at_eof(err_line, source, src) {
        return e;
    }
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
        Some((line, text)) => block_message(line, &text),
        None => "expected an indented block".to_string(),
    };
    // CPython points at the first token of the line that should have been indented.
    let start = first_non_blank(source, src.line_start(err_line));
    let text = src.line_text(err_line).unwrap_or_default();
    let end = super::parse_comma::token_end_at(source, start)
        .unwrap_or(start + TextSize::new(text.trim().len() as u32));
    src.error(
        CompileErrorKind::IndentationError,
        msg,
        TextRange::new(start, end.max(start)),
    )
}

/// A compound statement's header as the last statement of the file, its body missing
/// (`try:` at the end): CPython's tokenizer runs into the end of the file, so the error
/// names this header and stands at the end of the file's last line, without an end.
fn header_at_eof(err_line: u32, source: &str, src: &Locator) -> Option<CompileError> {
    // (The error may stand on the blank end of the file, after the header.)
    let is_trivia = |l: u32| {
        let t = src.line_text(l).unwrap_or_default();
        let t = t.trim();
        t.is_empty() || t.starts_with('#')
    };
    let mut err_line = err_line;
    while err_line > 1 && is_trivia(err_line) {
        err_line -= 1;
    }
    let text = src.line_text(err_line)?;
    let code = without_comment(&text);
    if !code.trim_end().ends_with(':') {
        return None;
    }
    let line_end = src.line_start(err_line) + TextSize::of(text.as_str());
    if !only_trivia_after(source, line_end) {
        return None;
    }
    let indent = |t: &str| t.len() - t.trim_start_matches([' ', '\t', '\x0c']).len();
    // `if x:` then an unindented `if y:`: the first header is the one without a body.
    let mut line = err_line;
    while line > 1 {
        line -= 1;
        let prev = src.line_text(line).unwrap_or_default();
        let t = prev.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        if without_comment(&prev).trim_end().ends_with(':') && indent(&prev) >= indent(&text) {
            return None;
        }
        break;
    }
    let msg = block_message(err_line, code.trim());
    let body = source
        .strip_suffix('\n')
        .map(|b| b.strip_suffix('\r').unwrap_or(b))
        .unwrap_or(source);
    let last_end = TextSize::of(body);
    let mut e = src.error(
        CompileErrorKind::IndentationError,
        msg,
        TextRange::empty(last_end),
    );
    e.end_line = e.line;
    e.end_col = 0;
    Some(e)
}

/// A source line up to its comment (a '#' outside quotes).
fn without_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '#' => return &line[..i],
            None if c == '\'' || c == '"' => quote = Some(c),
            None => {}
        }
    }
    line
}

/// "expected an indented block after ... on line N" for the header `text` on `line`.
fn block_message(line: u32, text: &str) -> String {
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
                format!("expected an indented block after 'except*' statement on line {line}")
            } else {
                format!("expected an indented block after 'except' statement on line {line}")
            }
        }
        _ => "expected an indented block".to_string(),
    }
}

/// The CPython description of the expression written at `range`, from its source text.
fn describe_source(source: &str, range: TextRange) -> &'static str {
    let text = source.get(range.to_std_range()).unwrap_or("").trim();
    if text.starts_with('*') {
        return "starred";
    }
    match ruff_python_parser::parse_expression(&format!("({text})")) {
        Ok(p) => super::targets::describe(&p.syntax().body),
        Err(_) => "expression",
    }
}

pub fn unsupported(u: &UnsupportedSyntaxError, src: &Locator) -> CompileError {
    use ruff_python_parser::UnsupportedSyntaxErrorKind as K;
    let msg = match u.kind {
        K::TypeParameterList => "expected '('",
        K::TypeAliasStatement => {
            // CPython stops at the alias name, the token after the soft keyword `type`.
            let text = src.source().get(u.range.start().to_usize()..).unwrap_or("");
            let word = text.find(char::is_whitespace).unwrap_or(0);
            let skip = word + (text[word..].len() - text[word..].trim_start().len());
            let at = u.range.start() + TextSize::new(skip as u32);
            return src.error(
                CompileErrorKind::SyntaxError,
                "invalid syntax",
                TextRange::at(at, TextSize::new(1)),
            );
        }
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

fn is_aug_op(t: TokenKind) -> bool {
    matches!(
        t,
        TokenKind::PlusEqual
            | TokenKind::MinusEqual
            | TokenKind::StarEqual
            | TokenKind::SlashEqual
            | TokenKind::DoubleSlashEqual
            | TokenKind::PercentEqual
            | TokenKind::DoubleStarEqual
            | TokenKind::AtEqual
            | TokenKind::AmperEqual
            | TokenKind::VbarEqual
            | TokenKind::CircumflexEqual
            | TokenKind::LeftShiftEqual
            | TokenKind::RightShiftEqual
    )
}

/// Whether only whitespace and comments follow `at`.
/// Where the first token after `at` starts (blanks, newlines, comments and line
/// continuations skipped); None at the end of the source.
fn next_token_start(source: &str, at: TextSize) -> Option<TextSize> {
    let rest = source.get(at.to_usize()..)?;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            ' ' | '\t' | '\x0c' | '\r' | '\n' => {}
            '\\' if matches!(chars.peek(), Some((_, '\n' | '\r'))) => {}
            '#' => while chars.next_if(|&(_, c)| c != '\n').is_some() {},
            _ => return Some(at + TextSize::new(i as u32)),
        }
    }
    None
}

fn only_trivia_after(source: &str, at: TextSize) -> bool {
    let rest = source.get(at.to_usize()..).unwrap_or("");
    rest.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#')
    })
}

/// ruff messages that are CPython's with a capital first letter.
fn other_error(msg: &str, range: TextRange, source: &str, src: &Locator) -> CompileError {
    if msg.starts_with("Cannot have both 'except' and 'except*'") {
        // At the first handler of the other kind: its `except` or `except*` keyword.
        let rest = source.get(range.start().to_usize()..).unwrap_or("");
        let len = if rest.starts_with("except*") { 7 } else { 6 };
        return src.error(
            CompileErrorKind::SyntaxError,
            "cannot have both 'except' and 'except*' on the same 'try'",
            TextRange::at(range.start(), TextSize::new(len)),
        );
    }
    if msg.starts_with("Expected an indented block") {
        return expected_indent(range, source, src);
    }
    if msg.starts_with("Expected `except` or `finally` after `try` block") {
        const MSG: &str = "expected 'except' or 'finally' block";
        if !range.is_empty() {
            return src.error(CompileErrorKind::SyntaxError, MSG, range);
        }
        // At the end of the input CPython points just past the last line's text (its end
        // column, -1, is not kept here).
        let before = source.get(..range.start().to_usize()).unwrap_or("");
        let at = TextSize::new(before.trim_end().len() as u32);
        let mut e = src.error(CompileErrorKind::SyntaxError, MSG, TextRange::empty(at));
        e.end_line = e.line;
        e.end_col = e.col;
        return e;
    }
    if msg.starts_with("Bytes literal cannot be mixed") {
        let mut e = src.error(
            CompileErrorKind::SyntaxError,
            "cannot mix bytes and nonbytes literals",
            TextRange::empty(range.end()),
        );
        e.end_col = e.col;
        return e;
    }
    let mut chars = msg.chars();
    let lower = match chars.next() {
        Some(f) => f.to_lowercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    };
    const KNOWN: &[&str] = &[
        "only single target (not list) can be annotated",
        "only single target (not tuple) can be annotated",
        "illegal target for annotation",
        "assignment expression cannot be used in a comprehension iterable expression",
    ];
    let text = if KNOWN.contains(&lower.as_str()) {
        lower
    } else {
        "invalid syntax".to_string()
    };
    src.error(CompileErrorKind::SyntaxError, text, range)
}

/// Where the word (identifier or number characters) ending at `at` starts.
fn word_before(source: &str, at: usize) -> (usize, &str) {
    let before = source.get(..at).unwrap_or("");
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map(|(i, _)| i)
        .unwrap_or(at);
    (start, &before[start..])
}

/// Two simple statements on a line: often a malformed number (`1_`, `1e`) or Python 2's `print x`.
fn same_line(range: TextRange, source: &str, src: &Locator) -> CompileError {
    let at = range.start().to_usize();
    let (start, word) = word_before(source, at);
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        // A bad number literal is the tokenizer's error.
        return tokenizer_text(number_error(
            TextRange::new(TextSize::new(start as u32), range.end()),
            source,
            src,
        ));
    }
    let line_start = src.line_start(src.line_of(range.start()));
    let stmt_start = first_non_blank(source, line_start);
    let stmt = source.get(stmt_start.to_usize()..).unwrap_or("");
    for name in ["print", "exec"] {
        if stmt.starts_with(name)
            && stmt[name.len()..].starts_with(' ')
            && stmt_start.to_usize() + name.len() <= at
        {
            let end = stmt.find('\n').unwrap_or(stmt.len());
            let r = TextRange::new(
                stmt_start,
                stmt_start + TextSize::new(stmt[..end].trim_end().len() as u32),
            );
            return src.error(
                CompileErrorKind::SyntaxError,
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                r,
            );
        }
    }
    src.error(CompileErrorKind::SyntaxError, "invalid syntax", range)
}

/// A malformed number literal starting at `range.start()`.
fn number_error(range: TextRange, source: &str, src: &Locator) -> CompileError {
    let at = range.start().to_usize();
    let text: String = source
        .get(at..)
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.')
        .collect();
    let lower = text.to_ascii_lowercase();
    let one = |msg: String, offset: usize| {
        let pos = TextSize::new((at + offset) as u32);
        let mut e = src.error(CompileErrorKind::SyntaxError, msg, TextRange::empty(pos));
        e.end_col = e.col;
        e
    };
    for (prefix, kind, radix) in [
        ("0x", "hexadecimal", 16u32),
        ("0o", "octal", 8),
        ("0b", "binary", 2),
    ] {
        if let Some(digits) = lower.strip_prefix(prefix) {
            if let Some((i, c)) = digits
                .char_indices()
                .find(|(_, c)| *c != '_' && !c.is_digit(radix))
            {
                if c.is_ascii_digit() {
                    return one(format!("invalid digit '{c}' in {kind} literal"), 2 + i);
                }
            }
            return one(format!("invalid {kind} literal"), 2);
        }
    }
    let digits_only = text.chars().all(|c| c.is_ascii_digit() || c == '_');
    if text.len() > 1
        && text.starts_with('0')
        && digits_only
        && text.chars().any(|c| c != '0' && c != '_')
    {
        let mut e = src.error(
            CompileErrorKind::SyntaxError,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            TextRange::at(range.start(), TextSize::new(1)),
        );
        e.end_col = e.col + 1;
        return e;
    }
    let bad = text
        .find("__")
        .or_else(|| text.ends_with('_').then(|| text.len() - 1))
        .or_else(|| bad_exponent(source.get(at..).unwrap_or("")).map(|i| i.saturating_sub(1)))
        .unwrap_or(0);
    one("invalid decimal literal".to_string(), bad)
}

/// Where CPython's tokenizer stops in a decimal literal with a malformed exponent: at the
/// `e` when no digit or sign follows it, after the sign when no digit follows that, and at
/// the letter that follows the exponent's digits.
fn bad_exponent(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_' || b[i] == b'.') {
        i += 1;
    }
    if !matches!(b.get(i), Some(b'e' | b'E')) {
        return None;
    }
    let e = i;
    i += 1;
    if matches!(b.get(i), Some(b'+' | b'-')) {
        i += 1;
        if !b.get(i).is_some_and(|c| c.is_ascii_digit()) {
            return Some(i);
        }
    } else if !b.get(i).is_some_and(|c| c.is_ascii_digit()) {
        return Some(e);
    }
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    b.get(i)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
        .then_some(i)
}

/// Whether a plain `=` (not part of a comparison or `:=`) comes later in `text` on the same
/// line, outside brackets.
fn chained_assign(text: &str) -> bool {
    let b = text.as_bytes();
    let mut depth = 0i32;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b'\n' | b';' if depth <= 0 => return false,
            b'#' | b'\'' | b'"' => return false,
            b'=' if depth == 0 => {
                let prev = if i > 0 { b[i - 1] } else { b' ' };
                let next = b.get(i + 1).copied().unwrap_or(b' ');
                if next != b'=' && !matches!(prev, b'=' | b'!' | b'<' | b'>' | b':') {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// "cannot assign to X", with CPython's hint when a plain `=` follows the target.
fn assign_message(source: &str, range: TextRange) -> String {
    use ruff_python_ast::Expr;
    let text = source.get(range.to_std_range()).unwrap_or("").trim();
    let before = source
        .get(..range.start().to_usize())
        .unwrap_or("")
        .trim_end();
    if text.starts_with("yield") && !before.ends_with('(') {
        return "assignment to yield expression not possible".to_string();
    }
    let Ok(parsed) = ruff_python_parser::parse_expression(&format!("({text})")) else {
        return "cannot assign to expression".to_string();
    };
    let e: &Expr = &parsed.syntax().body;
    let what = super::targets::describe(e);
    let walrus = source
        .get(range.end().to_usize()..)
        .unwrap_or("")
        .trim_start_matches([')', ' ', '\t'])
        .starts_with(":=");
    if walrus {
        return format!("cannot use assignment expressions with {what}");
    }
    let no_hint = matches!(
        e,
        Expr::Compare(_)
            | Expr::If(_)
            | Expr::Generator(_)
            | Expr::Lambda(_)
            | Expr::BoolOp(_)
            | Expr::NoneLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::Starred(_)
    ) || matches!(e, Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not);
    // Parentheses around the target do not change the hint.
    let after = source
        .get(range.end().to_usize()..)
        .unwrap_or("")
        .trim_start()
        .trim_start_matches([')', ' ', '\t']);
    // The hint needs a plain operand after the `=` (CPython's `bitwise_or`), not itself
    // followed by another `=`.
    let rhs = after.strip_prefix('=').unwrap_or("").trim_start();
    let word: String = rhs
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let operand = !rhs.starts_with('*')
        && !matches!(word.as_str(), "lambda" | "not" | "yield")
        && !chained_assign(rhs);
    let plain_assign = after.starts_with('=') && !after.starts_with("==") && operand;
    // A target after an earlier `target =` of the same statement gets no hint (CPython's
    // hint comes from reading the statement's first expression).
    let prev = before.trim_end_matches(['(', ' ', '\t']);
    let after_assign = prev.ends_with('=')
        && !prev[..prev.len() - 1].ends_with(|c: char| "=!<>+-*/%&|^@:".contains(c));
    if plain_assign && !no_hint && !after_assign {
        format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
    } else {
        format!("cannot assign to {what}")
    }
}
