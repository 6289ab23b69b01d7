//! Assignment and deletion targets: names, attributes, subscripts and
//! (starred) tuple/list unpacking.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use crate::bytecode::opcode::Opcode;

use super::codegen::{CResult, Compiler, NameCtx};

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub fn describe(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

impl<'a> Compiler<'a> {
    pub fn store_target(&mut self, t: &'a Expr) -> CResult {
        self.enter_nested(t.range())?;
        let r = self.store_target_inner(t);
        self.leave_nested();
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), NameCtx::Store),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let saved = self.set_loc(a.range);
                let attr = self.mangle(a.attr.as_str());
                self.emit_name(Opcode::STORE_ATTR, &attr);
                self.restore_loc(saved);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let saved = self.set_loc(s.range);
                self.emit(Opcode::STORE_SUBSCR, 0);
                self.restore_loc(saved);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack_into(elts, t)
            }
            Expr::Starred(s) => Err(self.error(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => Err(self.error(
                format!("cannot assign to {}", describe(other)),
                other.range(),
            )),
        }
    }

    fn unpack_into(&mut self, elts: &'a [Expr], whole: &'a Expr) -> CResult {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(_) = e {
                if star.is_some() {
                    return Err(
                        self.error("multiple starred expressions in assignment", whole.range())
                    );
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let before = i as u32;
                let after = (elts.len() - i - 1) as u32;
                if before >= 256 || after >= (1 << 16) {
                    return Err(self.error(
                        "too many expressions in star-unpacking assignment",
                        whole.range(),
                    ));
                }
                let saved = self.set_loc(whole.range());
                self.emit(Opcode::UNPACK_EX, before | (after << 8));
                self.restore_loc(saved);
            }
            None => {
                // The unpacking fails at the target's location, as CPython reports it.
                let saved = self.set_loc(whole.range());
                self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32);
                self.restore_loc(saved);
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    pub fn delete_target(&mut self, t: &'a Expr) -> CResult {
        self.enter_nested(t.range())?;
        let r = match t {
            Expr::Name(n) => {
                // Each deleted name has its own location (a failing `del` marks it).
                let saved = self.set_loc(n.range);
                let r = self.name_op(n.id.as_str(), NameCtx::Del);
                self.restore_loc(saved);
                r
            }
            Expr::Attribute(a) => {
                self.expr(&a.value).map(|_| ())?;
                let attr = self.mangle(a.attr.as_str());
                let saved = self.set_loc(a.range);
                self.emit_name(Opcode::DELETE_ATTR, &attr);
                self.restore_loc(saved);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let saved = self.set_loc(s.range);
                self.emit(Opcode::DELETE_SUBSCR, 0);
                self.restore_loc(saved);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().try_for_each(|e| self.delete_target(e))
            }
            other => Err(self.error(format!("cannot delete {}", describe(other)), other.range())),
        };
        self.leave_nested();
        r
    }
}
