//! Exception handling: try/except, try/finally, try/except*, with and
//! async with, in CPython 3.11's zero-cost style (handler regions become the
//! exception table; see `exctable.rs`).

use ruff_python_ast as ast;

use crate::bytecode::opcode::Opcode;
use crate::bytecode::Const;

use super::codegen::{CResult, Compiler, FBlock, FKind, NameCtx};
use super::ir::Op;
use super::symtable::ScopeKind;

impl<'a> Compiler<'a> {
    pub fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.finalbody.is_empty() {
            if t.is_star {
                self.try_star_except(t)
            } else {
                self.try_except(t)
            }
        } else {
            self.try_finally(t)
        }
    }

    /// The shared exceptional-exit clean-up: restore the previous exception and re-raise.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let body = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();

        // The protected body (with any except clauses inside it).
        self.emit_setup(Op::SetupFinally, end);
        self.use_block(body);
        let loc = self.u().loc;
        self.push_fblock_full(FBlock {
            kind: FKind::FinallyTry,
            start: Some(body),
            exit: Some(end),
            finally: Some(&t.finalbody),
            name: None,
            loc,
        });
        if !t.handlers.is_empty() {
            if t.is_star {
                self.try_star_except(t)?;
            } else {
                self.try_except(t)?;
            }
        } else {
            self.body(&t.body)?;
        }
        self.emit_pop_block();
        self.pop_fblock();
        // The finally body on the normal path.
        self.body(&t.finalbody)?;
        self.emit_jump(Opcode::JUMP, exit);

        // The finally body on the exceptional path.
        self.use_block(end);
        self.emit_setup(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FKind::FinallyEnd, Some(end), None);
        self.body(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(exit);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let body = self.new_block();
        let except = self.new_block();
        let orelse = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();

        self.emit_setup(Op::SetupFinally, except);
        self.use_block(body);
        self.push_fblock(FKind::TryExcept, Some(body), None);
        self.body(&t.body)?;
        self.pop_fblock();
        self.emit_pop_block();
        self.emit_jump(Opcode::JUMP, orelse);

        self.use_block(except);
        self.emit_setup(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FKind::ExceptionHandler, None, None);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let saved = self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", h.range));
            }
            let next = self.new_block();
            if let Some(ty) = &h.type_ {
                // CHECK_EXC_MATCH keeps the exception and pushes the test (no COPY needed).
                self.expr(ty)?;
                self.emit(Opcode::CHECK_EXC_MATCH, 0);
                self.emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
                self.next_block();
            }
            match &h.name {
                Some(name) => {
                    let name = name.as_str().to_string();
                    let cleanup_end = self.new_block();
                    let cleanup_body = self.new_block();
                    self.name_op(&name, NameCtx::Store)?;
                    // `as name` is deleted on the way out, even by an exception.
                    self.emit_setup(Op::SetupCleanup, cleanup_end);
                    self.use_block(cleanup_body);
                    let loc = self.u().loc;
                    self.push_fblock_full(FBlock {
                        kind: FKind::HandlerCleanup,
                        start: Some(cleanup_body),
                        exit: None,
                        finally: None,
                        name: Some(name.clone()),
                        loc,
                    });
                    self.body(&h.body)?;
                    self.pop_fblock();
                    self.emit_pop_block();
                    self.emit_pop_block();
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.load_const(Const::None);
                    self.name_op(&name, NameCtx::Store)?;
                    self.name_op(&name, NameCtx::Del)?;
                    self.emit_jump(Opcode::JUMP, end);

                    self.use_block(cleanup_end);
                    self.load_const(Const::None);
                    self.name_op(&name, NameCtx::Store)?;
                    self.name_op(&name, NameCtx::Del)?;
                    self.emit(Opcode::RERAISE, 1);
                }
                None => {
                    let cleanup_body = self.new_block();
                    self.emit(Opcode::POP_TOP, 0);
                    self.use_block(cleanup_body);
                    self.push_fblock(FKind::HandlerCleanup, Some(cleanup_body), None);
                    self.body(&h.body)?;
                    self.pop_fblock();
                    self.emit_pop_block();
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.emit_jump(Opcode::JUMP, end);
                }
            }
            self.use_block(next);
            self.restore_loc(saved);
        }
        self.pop_fblock();
        // No clause matched: re-raise, restoring the previous exception via `cleanup`.
        self.emit(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(orelse);
        self.body(&t.orelse)?;
        self.use_block(end);
        Ok(())
    }

    /// `try: ... except* E: ...` (CPython 3.11's compiler_try_star_except).
    fn try_star_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let body = self.new_block();
        let except = self.new_block();
        let orelse = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();

        self.emit_setup(Op::SetupFinally, except);
        self.use_block(body);
        self.push_fblock(FKind::TryExcept, Some(body), None);
        self.body(&t.body)?;
        self.pop_fblock();
        self.emit_pop_block();
        self.emit_jump(Opcode::JUMP, orelse);

        self.use_block(except);
        self.emit_setup(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FKind::ExceptionGroupHandler, None, None);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let saved = self.set_loc(h.range);
            let next = self.new_block();
            let no_match = self.new_block();
            let with_error = self.new_block();
            if i == 0 {
                // Stack: prev, orig, [], exc — `orig` and the list of raised survive all clauses.
                self.emit(Opcode::COPY, 1);
                self.emit(Opcode::BUILD_LIST, 0);
                self.emit(Opcode::SWAP, 2);
            }
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range));
            };
            self.expr(ty)?;
            self.emit(Opcode::CHECK_EG_MATCH, 0);
            self.emit(Opcode::COPY, 1);
            self.emit_jump(Opcode::POP_JUMP_IF_NONE, no_match);
            self.next_block();
            let name = h.name.as_ref().map(|n| n.as_str().to_string());
            match &name {
                Some(nm) => self.name_op(nm, NameCtx::Store)?,
                None => self.emit(Opcode::POP_TOP, 0),
            }
            self.emit_setup(Op::SetupCleanup, with_error);
            let loc = self.u().loc;
            self.push_fblock_full(FBlock {
                kind: FKind::HandlerCleanup,
                start: None,
                exit: None,
                finally: None,
                name: name.clone(),
                loc,
            });
            self.body(&h.body)?;
            self.pop_fblock();
            self.emit_pop_block();
            if let Some(nm) = &name {
                self.load_const(Const::None);
                self.name_op(nm, NameCtx::Store)?;
                self.name_op(nm, NameCtx::Del)?;
            }
            self.emit_jump(Opcode::JUMP, next);

            // The clause raised: collect what it raised and go on.
            self.use_block(with_error);
            if let Some(nm) = &name {
                self.load_const(Const::None);
                self.name_op(nm, NameCtx::Store)?;
                self.name_op(nm, NameCtx::Del)?;
            }
            self.emit(Opcode::LIST_APPEND, 3);
            self.emit(Opcode::POP_TOP, 0);
            self.emit_jump(Opcode::JUMP, next);

            self.use_block(no_match);
            self.emit(Opcode::POP_TOP, 0);

            self.use_block(next);
            if i + 1 == n {
                // Stack: prev, orig, list, rest: the unhandled rest joins the list.
                self.emit(Opcode::LIST_APPEND, 1);
                self.emit(Opcode::PREP_RERAISE_STAR, 0);
                self.emit(Opcode::COPY, 1);
                self.emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise_star);
                self.next_block();
                self.emit(Opcode::POP_TOP, 0);
                self.emit_pop_block();
                self.emit(Opcode::POP_EXCEPT, 0);
                self.emit_jump(Opcode::JUMP, end);
            }
            self.restore_loc(saved);
        }
        self.pop_fblock();
        self.use_block(reraise_star);
        self.emit_pop_block();
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(orelse);
        self.body(&t.orelse)?;
        self.use_block(end);
        Ok(())
    }

    /// `with a as x, b as y:` is `with a as x: with b as y:`; `item` is the one to compile.
    pub fn with_stmt(&mut self, w: &'a ast::StmtWith, item: usize) -> CResult {
        let is_async = w.is_async;
        if is_async && item == 0 {
            let scope = &self.table.scopes[self.unit().scope];
            if !(scope.kind == ScopeKind::Function && scope.is_async_def) {
                return Err(self.error("'async with' outside async function", w.range));
            }
        }
        let Some(it) = w.items.get(item) else {
            return self.body(&w.body);
        };
        // CPython 3.11 gives the with-statement's location to every item's setup and exit.
        let saved = self.set_loc(w.range);
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();

        self.expr(&it.context_expr)?;
        if is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
            self.emit(Opcode::GET_AWAITABLE, 1);
            self.load_const(Const::None);
            self.yield_from_loop();
        } else {
            self.emit(Opcode::BEFORE_WITH, 0);
        }
        self.emit_setup(Op::SetupWith, final_);
        self.use_block(block);
        self.push_fblock(
            if is_async {
                FKind::AsyncWith
            } else {
                FKind::With
            },
            Some(block),
            Some(final_),
        );
        match &it.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        self.restore_loc(saved);
        if item + 1 < w.items.len() {
            self.with_stmt(w, item + 1)?;
        } else {
            self.body(&w.body)?;
        }
        self.pop_fblock();
        let saved = self.set_loc(w.range);
        self.emit_pop_block();
        // Normal exit: exit(None, None, None).
        self.call_exit_with_nones();
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Const::None);
            self.yield_from_loop();
        }
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Opcode::JUMP, exit);

        // Exceptional exit: exit(type, value, tb); a true result suppresses.
        self.use_block(final_);
        self.emit_setup(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Const::None);
            self.yield_from_loop();
        }
        let suppress = self.new_block();
        self.emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.next_block();
        self.emit(Opcode::RERAISE, 2);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(suppress);
        self.emit(Opcode::POP_TOP, 0);
        self.emit_pop_block();
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.use_block(exit);
        self.restore_loc(saved);
        Ok(())
    }
}
