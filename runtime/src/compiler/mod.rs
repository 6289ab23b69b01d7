//! The compiler from Python 3.11 source to Ember bytecode (see README.md).
//!
//! Pipeline: decode (`source.rs`) → bracket scan (`brackets.rs`) → parse
//! with ruff (`parse.rs`, errors mapped to CPython's messages in
//! `parse_errors.rs`) → `from __future__` checks (`future.rs`) → symbol
//! table (`symtable_build.rs`, `symtable.rs`) → code generation
//! (`codegen*.rs`, `targets.rs`, constant folding in `fold.rs`) → per code
//! object: stack depth (`stackdepth.rs`), exception table (`exctable.rs`),
//! flow clean-up (`flow.rs`), assembly (`assemble.rs`).

mod assemble;
mod brackets;
mod codegen;
mod codegen_call;
mod codegen_expr;
mod codegen_func;
mod codegen_pattern;
mod codegen_stmt;
mod codegen_try;
mod error;
mod exctable;
mod flow;
mod fold;
mod future;
mod indent;
mod ir;
mod locator;
mod parse;
mod parse_comma;
mod parse_errors;
mod parse_spans;
mod source;
mod stackdepth;
pub mod symtable;
mod symtable_build;
mod targets;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_errors;
mod warnings;

pub use warnings::{take as take_warnings, CompileWarning};

use ruff_python_ast::Mod;

use crate::bytecode::{CodeObject, Mode};

pub use error::{CompileError, CompileErrorKind};
pub use fold::int_value;
pub use locator::Locator;
pub use source::decode_source;

use codegen::Compiler;
use symtable_build::BuildError;

/// Compiles Python 3.11 source to a code object (`compile(source, filename, mode)`).
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    warnings::clear();
    source::check_no_nul(source, filename)?;
    let src = Locator::new(source, filename);
    let parsed = parse::parse(source, mode, &src)?;
    let (body, expr) = match &parsed {
        Mod::Module(m) => (&m.body[..], None),
        Mod::Expression(e) => (&[][..], Some(&*e.body)),
    };
    let future_annotations = future::check(body, &src)?;
    let table = match symtable_build::build(body, expr, future_annotations) {
        Ok(t) => t,
        Err(BuildError::Syntax(e)) => {
            // Ember checks yields here; CPython's compiler (full args) does.
            let cpython_symtable = !matches!(
                e.msg.as_str(),
                "'yield' outside function" | "'yield from' inside async function"
            );
            let mut err = src.semantic_error(e.msg, e.range);
            err.symtable = cpython_symtable;
            return Err(err);
        }
        Err(BuildError::TooDeep(range)) => {
            let mut e = src.error(
                CompileErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
                range,
            );
            e.text = None;
            return Err(e);
        }
    };
    let mut compiler = Compiler::new(&table, &src, mode, future_annotations);
    match expr {
        Some(e) => compiler.compile_eval(e),
        None => compiler.compile_module(body),
    }
}

/// The syntax tree of `source` and its locator, for the `ast` module (parser errors only).
pub fn parse_tree<'s>(
    source: &'s str,
    filename: &str,
    mode: Mode,
) -> Result<(Mod, Locator<'s>), CompileError> {
    source::check_no_nul(source, filename)?;
    let src = Locator::new(source, filename);
    let tree = parse::parse(source, mode, &src)?;
    Ok((tree, src))
}

/// Symbol table of a module, for tests and tools.
pub fn symbol_table(source: &str) -> Result<symtable::SymbolTable, CompileError> {
    let src = Locator::new(source, "<symtable>");
    let parsed = parse::parse(source, Mode::Exec, &src)?;
    let Mod::Module(m) = &parsed else {
        return Ok(symtable::SymbolTable::default());
    };
    let future_annotations = future::check(&m.body, &src)?;
    symtable_build::build(&m.body, None, future_annotations).map_err(|e| match e {
        BuildError::Syntax(e) => src.semantic_error(e.msg, e.range),
        BuildError::TooDeep(range) => src.error(
            CompileErrorKind::RecursionError,
            "maximum recursion depth exceeded during compilation",
            range,
        ),
    })
}
