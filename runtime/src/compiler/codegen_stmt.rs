//! Statements: assignments, control flow (if, while, for), return, break,
//! continue, raise, assert, import, delete, global and expression
//! statements. Functions and classes are in `codegen_func.rs`, try/with in
//! `codegen_try.rs`, match in `codegen_pattern.rs`.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use crate::bytecode::opcode::{BinOp, Opcode};
use crate::bytecode::{Const, Mode};

use super::codegen::{CResult, Compiler, FKind, NameCtx};
use super::fold;
use super::symtable::ScopeKind;

/// The BINARY_OP operator of an AST operator.
pub fn binop_of(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

impl<'a> Compiler<'a> {
    pub fn body(&mut self, stmts: &'a [Stmt]) -> CResult {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.enter_nested(s.range())?;
        let saved = self.set_loc(s.range());
        let r = self.stmt_inner(s);
        self.restore_loc(saved);
        self.leave_nested();
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => self.return_stmt(r),
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.delete_target(t)),
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::TypeAlias(t) => Err(self.error(
                "not supported yet: type alias statements (Python 3.12)",
                t.range,
            )),
            Stmt::For(f) => {
                if f.is_async {
                    self.async_for(f)
                } else {
                    self.for_stmt(f)
                }
            }
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => self.with_stmt(w, 0),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Opcode::RAISE_VARARGS, n);
                self.next_block();
                Ok(())
            }
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Assert(a) => self.assert_stmt(a),
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => self.expr_stmt(&e.value),
            Stmt::Break(b) => {
                let Some(lp) = self.unwind_fblock_stack(false, true, b.range)? else {
                    return Err(self.error("'break' outside loop", b.range));
                };
                self.unwind_fblock(&lp, false)?;
                if let Some(exit) = lp.exit {
                    self.emit_jump(Opcode::JUMP, exit);
                }
                self.next_block();
                Ok(())
            }
            Stmt::Continue(c) => {
                let Some(lp) = self.unwind_fblock_stack(false, true, c.range)? else {
                    return Err(self.error("'continue' not properly in loop", c.range));
                };
                if let Some(start) = lp.start {
                    self.emit_jump(Opcode::JUMP, start);
                }
                self.next_block();
                Ok(())
            }
            Stmt::IpyEscapeCommand(c) => Err(self.error("invalid syntax", c.range)),
        }
    }

    fn expr_stmt(&mut self, value: &'a Expr) -> CResult {
        if self.mode == Mode::Single && self.units.len() == 1 {
            // Interactive mode shows the value: sys.displayhook(value), as PRINT_EXPR would.
            self.load_const(Const::Int(0.into()));
            self.load_const(Const::None);
            self.emit_name(Opcode::IMPORT_NAME, "sys");
            self.emit_name(Opcode::LOAD_METHOD, "displayhook");
            self.expr(value)?;
            self.emit(Opcode::CALL, 1);
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        }
        // A constant expression statement (a stray string, `...`) does nothing.
        if fold::is_literal(value) {
            return Ok(());
        }
        self.expr(value)?;
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult {
        let scope = &self.table.scopes[self.unit().scope];
        if !scope.kind.is_function_like() {
            return Err(self.error("'return' outside function", r.range));
        }
        if r.value.is_some() && scope.is_generator && scope.is_coroutine() {
            return Err(self.error("'return' with value in async generator", r.range));
        }
        let constant = r.value.as_deref().and_then(|v| self.fold(v));
        let preserve = r.value.is_some() && constant.is_none();
        if preserve {
            if let Some(v) = &r.value {
                self.expr(v)?;
            }
        }
        self.unwind_fblock_stack(preserve, false, r.range)?;
        if !preserve {
            self.load_const(constant.unwrap_or(Const::None));
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        self.next_block();
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = binop_of(a.op).encode(true);
        match &*a.target {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), NameCtx::Load)?;
                self.expr(&a.value)?;
                self.emit(Opcode::BINARY_OP, op);
                self.name_op(n.id.as_str(), NameCtx::Store)
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Opcode::COPY, 1);
                let attr = self.mangle(at.attr.as_str());
                self.emit_name(Opcode::LOAD_ATTR, &attr);
                self.expr(&a.value)?;
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 2);
                self.emit_name(Opcode::STORE_ATTR, &attr);
                Ok(())
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.expr(&a.value)?;
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
                Ok(())
            }
            other => Err(self.error(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    super::targets::describe(other)
                ),
                other.range(),
            )),
        }
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let kind = self.unit().kind;
        match &*a.target {
            Expr::Name(n) if a.simple => {
                // Module and class annotations go to __annotations__; function ones are not evaluated.
                if kind == ScopeKind::Module || kind == ScopeKind::Class {
                    self.annotation(&a.annotation)?;
                    self.emit_name(Opcode::LOAD_NAME, "__annotations__");
                    let name = self.mangle(n.id.as_str());
                    self.load_const(Const::Str(name));
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.expr(&at.value)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
                self.ann_not_stored(&a.annotation, kind)?;
            }
            Expr::Subscript(sub) => {
                if a.value.is_none() {
                    self.expr(&sub.value)?;
                    self.emit(Opcode::POP_TOP, 0);
                    self.expr(&sub.slice)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
                self.ann_not_stored(&a.annotation, kind)?;
            }
            Expr::Name(_) => self.ann_not_stored(&a.annotation, kind)?,
            other => {
                let what = match other {
                    Expr::Tuple(_) => "only single target (not tuple) can be annotated",
                    Expr::List(_) => "only single target (not list) can be annotated",
                    _ => "illegal target for annotation",
                };
                return Err(self.error(what, other.range()));
            }
        }
        Ok(())
    }

    /// An annotation of a complex target: evaluated (and dropped) at module and class level.
    fn ann_not_stored(&mut self, ann: &'a Expr, kind: ScopeKind) -> CResult {
        if (kind == ScopeKind::Module || kind == ScopeKind::Class) && !self.future_annotations {
            self.expr(ann)?;
            self.emit(Opcode::POP_TOP, 0);
        }
        Ok(())
    }

    /// Pushes an annotation's value: the expression, or its source text under
    /// `from __future__ import annotations`.
    pub fn annotation(&mut self, ann: &'a Expr) -> CResult {
        if self.future_annotations {
            let text = self
                .src
                .source()
                .get(ann.range().to_std_range())
                .unwrap_or("")
                .to_string();
            self.load_const(Const::Str(text));
            Ok(())
        } else {
            self.expr(ann)
        }
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let end = self.new_block();
        let mut next = self.new_block();
        self.jump_if(&i.test, false, next)?;
        self.body(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(Opcode::JUMP, end);
            self.use_block(next);
            next = self.new_block();
            let saved = self.set_loc(clause.range);
            if let Some(t) = &clause.test {
                self.jump_if(t, false, next)?;
            }
            self.restore_loc(saved);
            self.body(&clause.body)?;
        }
        self.use_block(next);
        self.use_block(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let constant = self.fold(&w.test).map(|c| fold::truthy(&c));
        if constant == Some(false) {
            // `while 0:` never runs its body.
            return self.body(&w.orelse);
        }
        let start = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_block(start);
        self.push_fblock(FKind::WhileLoop, Some(start), Some(end));
        if constant.is_none() {
            self.jump_if(&w.test, false, anchor)?;
        }
        self.body(&w.body)?;
        self.emit_jump(Opcode::JUMP_BACKWARD, start);
        self.pop_fblock();
        self.use_block(anchor);
        self.body(&w.orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        let start = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.iter_operand(&f.iter)?;
        self.emit(Opcode::GET_ITER, 0);
        self.use_block(start);
        self.push_fblock(FKind::ForLoop, Some(start), Some(end));
        self.emit_jump(Opcode::FOR_ITER, cleanup);
        self.next_block();
        self.store_target(&f.target)?;
        self.body(&f.body)?;
        self.emit_jump(Opcode::JUMP_BACKWARD, start);
        self.pop_fblock();
        self.use_block(cleanup);
        self.body(&f.orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn async_for(&mut self, f: &'a ast::StmtFor) -> CResult {
        let scope = &self.table.scopes[self.unit().scope];
        if !(scope.kind == ScopeKind::Function && scope.is_async_def)
            && scope.kind != ScopeKind::Comprehension
        {
            return Err(self.error("'async for' outside async function", f.range));
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.expr(&f.iter)?;
        self.emit(Opcode::GET_AITER, 0);
        self.use_block(start);
        self.push_fblock(FKind::ForLoop, Some(start), Some(end));
        self.emit_setup(super::ir::Op::SetupFinally, except);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Const::None);
        self.yield_from_loop();
        self.emit_pop_block();
        self.store_target(&f.target)?;
        self.body(&f.body)?;
        self.emit_jump(Opcode::JUMP_BACKWARD, start);
        self.pop_fblock();
        self.use_block(except);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        self.body(&f.orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn assert_stmt(&mut self, a: &'a ast::StmtAssert) -> CResult {
        let end = self.new_block();
        self.jump_if(&a.test, true, end)?;
        // CPython 3.11's conditional jumps leave a comparison's location set, so the
        // AssertionError is raised at the last comparison the test branches on.
        let saved = last_branch_compare(&a.test).map(|r| self.set_loc(r));
        self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
        if let Some(m) = &a.msg {
            self.emit(Opcode::PUSH_NULL, 0);
            self.expr(m)?;
            self.emit(Opcode::CALL, 1);
        }
        self.emit(Opcode::RAISE_VARARGS, 1);
        if let Some(saved) = saved {
            self.restore_loc(saved);
        }
        self.use_block(end);
        Ok(())
    }

    fn import(&mut self, i: &'a ast::StmtImport) -> CResult {
        // Every instruction of an import has the statement's location (as CPython 3.11,
        // whose tracebacks mark the whole statement).
        for alias in &i.names {
            let name = alias.name.as_str();
            self.load_const(Const::Int(0.into()));
            self.load_const(Const::None);
            self.emit_name(Opcode::IMPORT_NAME, name);
            match &alias.asname {
                Some(asname) => {
                    // `import a.b.c as d` binds the submodule: walk the attributes.
                    let parts: Vec<&str> = name.split('.').collect();
                    for (k, part) in parts.iter().enumerate().skip(1) {
                        self.emit_name(Opcode::IMPORT_FROM, part);
                        if k + 1 < parts.len() {
                            self.emit(Opcode::SWAP, 2);
                            self.emit(Opcode::POP_TOP, 0);
                        }
                    }
                    self.name_op(asname.as_str(), NameCtx::Store)?;
                    if parts.len() > 1 {
                        self.emit(Opcode::POP_TOP, 0);
                    }
                }
                None => {
                    let top = name.split('.').next().unwrap_or(name);
                    self.name_op(top, NameCtx::Store)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        if module == "__future__" {
            self.check_future(i)?;
        }
        let star = i.names.iter().any(|a| a.name.as_str() == "*");
        if star && self.unit().kind != ScopeKind::Module {
            let at = i
                .names
                .iter()
                .find(|a| a.name.as_str() == "*")
                .map(|a| a.range)
                .unwrap_or(i.range);
            return Err(self.error("import * only allowed at module level", at));
        }
        let names: Vec<Const> = i
            .names
            .iter()
            .map(|a| Const::Str(a.name.as_str().to_string()))
            .collect();
        self.load_const(Const::Int(i.level.into()));
        self.load_const(Const::Tuple(names));
        self.emit_name(Opcode::IMPORT_NAME, module);
        if star {
            self.emit(Opcode::IMPORT_STAR, 0);
            return Ok(());
        }
        for alias in &i.names {
            self.emit_name(Opcode::IMPORT_FROM, alias.name.as_str());
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(bound.as_str(), NameCtx::Store)?;
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    fn check_future(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        const FEATURES: &[&str] = &[
            "nested_scopes",
            "generators",
            "division",
            "absolute_import",
            "with_statement",
            "print_function",
            "unicode_literals",
            "barry_as_FLUFL",
            "generator_stop",
            "annotations",
        ];
        for alias in &i.names {
            let name = alias.name.as_str();
            if name == "braces" {
                return Err(self.error("not a chance", i.range));
            }
            if !FEATURES.contains(&name) {
                return Err(self.error(format!("future feature {name} is not defined"), i.range));
            }
        }
        Ok(())
    }
}

/// The range of the last comparison a conditional jump on `e` evaluates as a branch
/// condition (through `not`, `and`/`or` and conditional expressions), if any.
fn last_branch_compare(e: &Expr) -> Option<ruff_text_size::TextRange> {
    match e {
        Expr::Compare(c) => Some(c.range),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => last_branch_compare(&u.operand),
        Expr::BoolOp(b) => b.values.iter().filter_map(last_branch_compare).last(),
        Expr::If(i) => [&*i.test, &*i.body, &*i.orelse]
            .into_iter()
            .filter_map(last_branch_compare)
            .last(),
        _ => None,
    }
}
