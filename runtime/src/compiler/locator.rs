//! Byte offsets to lines and columns: instruction locations (0-based byte
//! columns, as CPython's co_positions) and error positions (1-based
//! character columns, as SyntaxError.offset).

use crate::bytecode::Location;
use ruff_source_file::{LineIndex, OneIndexed};
use ruff_text_size::{TextRange, TextSize};

use super::error::{CompileError, CompileErrorKind};

pub struct Locator<'s> {
    source: &'s str,
    index: LineIndex,
    filename: String,
}

impl<'s> Locator<'s> {
    pub fn new(source: &'s str, filename: &str) -> Locator<'s> {
        Locator {
            source,
            index: LineIndex::from_source_text(source),
            filename: filename.to_string(),
        }
    }

    pub fn source(&self) -> &'s str {
        self.source
    }

    pub fn filename(&self) -> &str {
        &self.filename
    }

    fn clamp(&self, offset: TextSize) -> TextSize {
        offset.min(TextSize::of(self.source))
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: TextSize) -> u32 {
        self.index.line_index(self.clamp(offset)).get() as u32
    }

    /// Byte offset where the 1-based line starts.
    pub fn line_start(&self, line: u32) -> TextSize {
        let line = OneIndexed::new(line.max(1) as usize).unwrap_or(OneIndexed::MIN);
        self.index.line_start(line, self.source)
    }

    /// 0-based byte column of an offset.
    pub fn byte_col(&self, offset: TextSize) -> u32 {
        let offset = self.clamp(offset);
        let line = self.line_of(offset);
        (offset - self.line_start(line)).to_u32()
    }

    /// 1-based character column of an offset (SyntaxError.offset).
    pub fn char_col(&self, offset: TextSize) -> u32 {
        let offset = self.clamp(offset);
        let start = self.line_start(self.line_of(offset));
        let text = self
            .source
            .get(start.to_usize()..offset.to_usize())
            .unwrap_or("");
        text.chars().count() as u32 + 1
    }

    /// The source line (with its newline) holding `offset`.
    pub fn line_text(&self, line: u32) -> Option<String> {
        let start = self.line_start(line).to_usize();
        let rest = self.source.get(start..)?;
        let end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
        Some(rest[..end].to_string())
    }

    /// The instruction location of a node.
    pub fn location(&self, range: TextRange) -> Location {
        Location {
            line: self.line_of(range.start()),
            end_line: self.line_of(range.end()),
            col: self.byte_col(range.start()),
            end_col: self.byte_col(range.end()),
        }
    }

    /// A compile error at `range`, with the source line as `text`.
    pub fn error(
        &self,
        kind: CompileErrorKind,
        msg: impl Into<String>,
        range: TextRange,
    ) -> CompileError {
        let line = self.line_of(range.start());
        CompileError {
            kind,
            msg: msg.into(),
            filename: self.filename.clone(),
            line,
            col: self.char_col(range.start()),
            end_line: self.line_of(range.end()),
            end_col: self.char_col(range.end()),
            // The parser's source lines end with a newline, even the last one.
            text: self.line_text(line).map(|mut t| {
                if !t.ends_with('\n') {
                    t.push('\n');
                }
                t
            }),
            symtable: false,
        }
    }

    /// A SyntaxError raised by the compiler proper. CPython takes its `text` from the
    /// file named `filename` (not from the source compiled), so code compiled under a
    /// name that is no file (`<string>`, `-c`) has none.
    pub fn semantic_error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        let mut e = self.error(CompileErrorKind::SyntaxError, msg, range);
        e.text = file_line(&self.filename, e.line);
        e
    }
}

/// Line `line` (1-based, with its newline) of the file `filename`, if it can be read.
fn file_line(filename: &str, line: u32) -> Option<String> {
    let text = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&text);
    let l = text
        .split_inclusive('\n')
        .nth((line as usize).checked_sub(1)?)?;
    Some(l.to_string())
}
