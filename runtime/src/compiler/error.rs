//! `CompileError`: the SyntaxError (or IndentationError, TabError, RecursionError) a compilation raises.

use std::fmt;

/// Which Python exception a compile error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Nesting too deep for the compiler (CPython raises RecursionError too).
    RecursionError,
}

impl CompileErrorKind {
    /// The Python exception class name.
    pub fn name(self) -> &'static str {
        match self {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
            CompileErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A compile error with CPython's `SyntaxError` attributes: `line`/`col` are
/// `lineno`/`offset` (1-based, columns in characters), `end_line`/`end_col`
/// are `end_lineno`/`end_offset`, `text` the offending source line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    pub text: Option<String>,
    /// Raised by the symbol-table pass: CPython gives those SyntaxErrors only the
    /// message as `args` (the location is in the attributes alone).
    pub symtable: bool,
}

impl CompileError {
    /// An error without a position (filled in by the caller when known).
    pub fn bare(kind: CompileErrorKind, msg: impl Into<String>, filename: &str) -> CompileError {
        CompileError {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            line: 0,
            col: 0,
            end_line: 0,
            end_col: 0,
            text: None,
            symtable: false,
        }
    }

    pub fn is_syntax_error(&self) -> bool {
        self.kind != CompileErrorKind::RecursionError
    }
}

impl fmt::Display for CompileError {
    /// CPython's rendering of an uncaught SyntaxError: the file and line, the
    /// source line stripped of its indentation, carets under the range.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind == CompileErrorKind::RecursionError {
            return write!(f, "{}: {}", self.kind.name(), self.msg);
        }
        if self.line > 0 {
            writeln!(f, "  File \"{}\", line {}", self.filename, self.line)?;
        } else {
            writeln!(f, "  File \"{}\"", self.filename)?;
        }
        if let Some(text) = &self.text {
            let line = text.trim_end_matches(['\n', '\r']);
            let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
            let indent = line.chars().count() - stripped.chars().count();
            let shown = stripped.trim_end();
            if !shown.is_empty() {
                writeln!(f, "    {shown}")?;
                if self.col > 0 {
                    // Caret columns are 1-based character offsets into the line.
                    let start = (self.col as usize).saturating_sub(1).saturating_sub(indent);
                    let width = if self.end_line == self.line && self.end_col > self.col {
                        (self.end_col - self.col) as usize
                    } else {
                        1
                    };
                    let width = width.min(shown.chars().count().saturating_sub(start).max(1));
                    writeln!(f, "    {}{}", " ".repeat(start), "^".repeat(width))?;
                }
            }
        }
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}

impl std::error::Error for CompileError {}
