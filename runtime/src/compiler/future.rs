//! `from __future__ import ...`: only at the top of a module (after the
//! docstring), and whether `annotations` (PEP 563) is on.

use ruff_python_ast::{Expr, Stmt};

use super::error::CompileError;
use super::locator::Locator;

/// Checks the placement of future imports; returns whether annotations are postponed.
pub fn check(body: &[Stmt], src: &Locator) -> Result<bool, CompileError> {
    let mut annotations = false;
    let mut at_top = true;
    for (i, stmt) in body.iter().enumerate() {
        match stmt {
            Stmt::ImportFrom(f)
                if f.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__")
                    && f.level == 0 =>
            {
                if !at_top {
                    return Err(src.semantic_error(
                        "from __future__ imports must occur at the beginning of the file",
                        f.range,
                    ));
                }
                if f.names.iter().any(|a| a.name.as_str() == "annotations") {
                    annotations = true;
                }
            }
            Stmt::Expr(e) if i == 0 && matches!(&*e.value, Expr::StringLiteral(_)) => {}
            _ => at_top = false,
        }
    }
    Ok(annotations)
}
