//! The SyntaxWarnings CPython 3.11's compiler gives for code that can only fail
//! (`"is" with a literal`, `'int' object is not callable; perhaps you missed a comma?`,
//! not subscriptable, bad index types), collected for the runtime to report.

use std::cell::RefCell;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::TextRange;

use super::codegen::Compiler;
use super::fold;
use crate::bytecode::Const;

/// One warning: its message and where (the SyntaxError it becomes under an "error"
/// filter points there).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub msg: String,
    pub error: super::CompileError,
    pub line: u32,
}

thread_local! {
    // Filled while compiling; the runtime takes them after `compile` returns.
    static PENDING: RefCell<Vec<CompileWarning>> = const { RefCell::new(Vec::new()) };
}

/// The warnings of the last compilation on this thread (cleared by taking them).
pub fn take() -> Vec<CompileWarning> {
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

/// Forgets warnings left by an earlier compilation.
pub(super) fn clear() {
    PENDING.with(|p| p.borrow_mut().clear());
}

/// The Python type name of a constant.
fn const_type(c: &Const) -> &'static str {
    match c {
        Const::None => "NoneType",
        Const::True | Const::False => "bool",
        Const::Ellipsis => "ellipsis",
        Const::Int(_) => "int",
        Const::Float(_) => "float",
        Const::Complex { .. } => "complex",
        Const::Str(_) => "str",
        Const::Bytes(_) => "bytes",
        Const::Tuple(_) => "tuple",
        Const::FrozenSet(_) => "frozenset",
        Const::Code(_) => "code",
    }
}

/// What CPython's `infer_type` knows of an expression (after constant folding).
fn infer_type(e: &Expr) -> Option<&'static str> {
    if let Some(c) = fold::fold(e) {
        return Some(const_type(&c));
    }
    Some(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) => "str",
        _ => return None,
    })
}

impl<'a> Compiler<'a> {
    fn warn_at(&self, msg: String, at: TextRange) {
        let line = self.src.line_of(at.start());
        let error = self.src.semantic_error(msg.clone(), at);
        PENDING.with(|p| p.borrow_mut().push(CompileWarning { msg, error, line }));
    }

    /// `1()`, `(a, b)()`, `[x]()`: a call of something that is never callable.
    pub(super) fn check_caller(&self, call: TextRange, func: &Expr) {
        let flagged = fold::fold(func).is_some()
            || matches!(
                func,
                Expr::Tuple(_)
                    | Expr::List(_)
                    | Expr::ListComp(_)
                    | Expr::Dict(_)
                    | Expr::DictComp(_)
                    | Expr::Set(_)
                    | Expr::SetComp(_)
                    | Expr::Generator(_)
                    | Expr::FString(_)
            );
        if let (true, Some(t)) = (flagged, infer_type(func)) {
            self.warn_at(
                format!("'{t}' object is not callable; perhaps you missed a comma?"),
                call,
            );
        }
    }

    /// `1[0]`, `{x}[0]`, `[1, 2]['a']`, `'abc'[None]`: subscripts that always fail.
    pub(super) fn check_subscript(&self, sub: TextRange, value: &Expr, index: &Expr) {
        let folded = fold::fold(value);
        let not_subscriptable = match &folded {
            Some(c) => matches!(
                c,
                Const::None
                    | Const::Ellipsis
                    | Const::Int(_)
                    | Const::True
                    | Const::False
                    | Const::Float(_)
                    | Const::Complex { .. }
                    | Const::FrozenSet(_)
            ),
            None => matches!(
                value,
                Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_)
            ),
        };
        if not_subscriptable {
            if let Some(t) = infer_type(value) {
                self.warn_at(
                    format!("'{t}' object is not subscriptable; perhaps you missed a comma?"),
                    sub,
                );
            }
            return;
        }
        let Some(index_type) = infer_type(index) else {
            return;
        };
        if matches!(index_type, "int" | "bool") || matches!(index, Expr::Slice(_)) {
            return;
        }
        let sequence = match &folded {
            Some(c) => matches!(c, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_)),
            None => matches!(
                value,
                Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::FString(_)
            ),
        };
        if let (true, Some(t)) = (sequence, infer_type(value)) {
            self.warn_at(
                format!(
                    "{t} indices must be integers or slices, not {index_type}; \
                     perhaps you missed a comma?"
                ),
                sub,
            );
        }
    }

    /// `x is 1`, `x is not 'a'`: identity tests against a literal.
    pub(super) fn check_compare(&self, c: &ast::ExprCompare) {
        let literal = |e: &Expr| {
            fold::fold(e).is_some_and(|k| {
                !matches!(
                    k,
                    Const::None | Const::True | Const::False | Const::Ellipsis
                )
            })
        };
        let mut left: &Expr = &c.left;
        for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
            let word = match op {
                ast::CmpOp::Is => Some(("is", "==")),
                ast::CmpOp::IsNot => Some(("is not", "!=")),
                _ => None,
            };
            if let Some((is, eq)) = word {
                if literal(left) || literal(right) {
                    self.warn_at(
                        format!("\"{is}\" with a literal. Did you mean \"{eq}\"?"),
                        c.range,
                    );
                    return;
                }
            }
            left = right;
        }
    }
}
