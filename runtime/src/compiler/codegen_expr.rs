//! Expressions: operators, comparisons (chained, short-circuit), boolean
//! operators, conditional jumps, containers (with star-unpacking), subscripts
//! and slices, attributes, f-strings, `await`/`yield`/`yield from`, walrus.
//! Calls are in `codegen_call.rs`; lambdas and comprehensions in `codegen_func.rs`.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use crate::bytecode::opcode::{CmpOp, Opcode};
use crate::bytecode::Const;

use super::codegen::{CResult, Compiler, NameCtx};
use super::codegen_stmt::binop_of;
use super::fold;
use super::ir::BlockId;
use super::symtable::ScopeKind;

/// Containers with more items than this are built incrementally, so the
/// stack stays small (CPython's STACK_USE_GUIDELINE).
const STACK_USE_GUIDELINE: usize = 30;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    List,
    Tuple,
    Set,
}

/// One piece of an f-string: literal text or a replacement field.
enum Piece<'a> {
    Text(String),
    Field(&'a ast::InterpolatedElement),
}

impl<'a> Compiler<'a> {
    /// Folds a constant expression, if it is one.
    pub fn fold(&self, e: &Expr) -> Option<Const> {
        fold::fold(e)
    }

    pub fn expr(&mut self, e: &'a Expr) -> CResult {
        self.enter_nested(e.range())?;
        let saved = self.set_loc(e.range());
        let r = self.expr_inner(e);
        self.restore_loc(saved);
        self.leave_nested();
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        if matches!(
            e,
            Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::Tuple(_) | Expr::Name(_)
        ) || fold::is_literal(e)
        {
            if let Some(c) = self.fold(e) {
                self.load_const(c);
                return Ok(());
            }
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_block();
                let op = if b.op == ast::BoolOp::And {
                    Opcode::JUMP_IF_FALSE_OR_POP
                } else {
                    Opcode::JUMP_IF_TRUE_OR_POP
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                        self.next_block();
                    }
                }
                self.use_block(end);
                Ok(())
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::COPY, 1);
                self.store_target(&n.target)
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Opcode::BINARY_OP, binop_of(b.op).encode(false));
                Ok(())
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => Opcode::UNARY_INVERT,
                    ast::UnaryOp::Not => Opcode::UNARY_NOT,
                    ast::UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    ast::UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                };
                self.emit(op, 0);
                Ok(())
            }
            Expr::Lambda(l) => self.lambda(l),
            Expr::If(i) => {
                let end = self.new_block();
                let orelse = self.new_block();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(Opcode::JUMP, end);
                self.use_block(orelse);
                self.expr(&i.orelse)?;
                self.use_block(end);
                Ok(())
            }
            Expr::Dict(d) => self.dict(d),
            Expr::Set(s) => self.sequence(&s.elts, Seq::Set),
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                self.comprehension(e)
            }
            Expr::Await(a) => {
                self.check_await(a.range)?;
                self.expr(&a.value)?;
                if matches!(&*a.value, Expr::Call(_)) {
                    self.mark_awaited_call();
                }
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.load_const(Const::None);
                self.yield_from_loop();
                Ok(())
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Opcode::YIELD_VALUE, 0);
                Ok(())
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.load_const(Const::None);
                self.yield_from_loop();
                Ok(())
            }
            Expr::Compare(c) => self.compare(c),
            Expr::Call(c) => self.call(c),
            Expr::FString(f) => self.fstring(f),
            Expr::TString(t) => {
                Err(self.error("not supported yet: template strings (Python 3.14)", t.range))
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                let c = fold::literal(e).ok_or_else(|| self.error("invalid literal", e.range()))?;
                self.load_const(c);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let attr = self.mangle(a.attr.as_str());
                self.emit_name(Opcode::LOAD_ATTR, &attr);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.check_subscript(s.range, &s.value, &s.slice);
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Opcode::BINARY_SUBSCR, 0);
                Ok(())
            }
            Expr::Starred(s) => Err(self.error("can't use starred expression here", s.range)),
            Expr::Name(n) => self.name_op(n.id.as_str(), NameCtx::Load),
            Expr::List(l) => self.sequence(&l.elts, Seq::List),
            Expr::Tuple(t) => self.sequence(&t.elts, Seq::Tuple),
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Const::None),
                    }
                }
                if let Some(step) = &s.step {
                    self.expr(step)?;
                    n = 3;
                }
                self.emit(Opcode::BUILD_SLICE, n);
                Ok(())
            }
            Expr::IpyEscapeCommand(c) => Err(self.error("invalid syntax", c.range)),
        }
    }

    /// `await f(...)`: the CALL just emitted becomes CALL_AWAITED, so that the runtime may
    /// run an `async def` callee eagerly (feature `eager-coro`; it is CALL otherwise); a
    /// CALL_FUNCTION_EX gets its bit 1, which tells asyncio.gather it is awaited at once. The
    /// bytecode does not depend on the build, so disassembly stays the same in all builds.
    fn mark_awaited_call(&mut self) {
        let cur = self.u().cfg.current;
        if let Some(last) = self.u().cfg.blocks[cur].instrs.last_mut() {
            if last.is(Opcode::CALL) {
                last.op = crate::compiler::ir::Op::Real(Opcode::CALL_AWAITED);
            } else if last.is(Opcode::CALL_FUNCTION_EX) {
                last.arg |= 2;
            }
        }
    }

    fn check_await(&self, range: ruff_text_size::TextRange) -> CResult {
        let scope = &self.table.scopes[self.unit().scope];
        match scope.kind {
            ScopeKind::Module | ScopeKind::Class => {
                Err(self.error("'await' outside function", range))
            }
            ScopeKind::Function if scope.is_async_def => Ok(()),
            ScopeKind::Comprehension => Ok(()),
            _ => Err(self.error("'await' outside async function", range)),
        }
    }

    /// Lists, tuples and sets, with `*` unpacking and big displays built incrementally.
    fn sequence(&mut self, elts: &'a [Expr], kind: Seq) -> CResult {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        // All-constant displays load one constant.
        if !has_star && elts.len() > 2 && kind != Seq::Tuple {
            let consts: Option<Vec<Const>> = elts.iter().map(|e| self.fold(e)).collect();
            if let Some(items) = consts {
                match kind {
                    Seq::List => {
                        self.emit(Opcode::BUILD_LIST, 0);
                        self.load_const(Const::Tuple(items));
                        self.emit(Opcode::LIST_EXTEND, 1);
                    }
                    _ => {
                        self.emit(Opcode::BUILD_SET, 0);
                        self.load_const(Const::FrozenSet(items));
                        self.emit(Opcode::SET_UPDATE, 1);
                    }
                }
                return Ok(());
            }
        }
        if !has_star && elts.len() <= STACK_USE_GUIDELINE {
            for e in elts {
                self.expr(e)?;
            }
            let op = match kind {
                Seq::List => Opcode::BUILD_LIST,
                Seq::Tuple => Opcode::BUILD_TUPLE,
                Seq::Set => Opcode::BUILD_SET,
            };
            self.emit(op, elts.len() as u32);
            return Ok(());
        }
        // Incremental: a list (or set) first, items appended or extended, then converted.
        let (build, add, extend) = match kind {
            Seq::Set => (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE),
            _ => (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND),
        };
        let leading = elts
            .iter()
            .take_while(|e| !matches!(e, Expr::Starred(_)))
            .count()
            .min(STACK_USE_GUIDELINE);
        for e in &elts[..leading] {
            self.expr(e)?;
        }
        self.emit(build, leading as u32);
        for e in &elts[leading..] {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(add, 1);
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Opcode::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let items = &d.items;
        let mut built = false;
        let mut i = 0;
        while i < items.len() {
            if items[i].key.is_none() {
                // `**m`
                if !built {
                    self.emit(Opcode::BUILD_MAP, 0);
                    built = true;
                }
                self.expr(&items[i].value)?;
                self.emit(Opcode::DICT_UPDATE, 1);
                i += 1;
                continue;
            }
            // A run of key: value pairs, at most 16 at a time.
            let mut j = i;
            while j < items.len() && items[j].key.is_some() && j - i < 16 {
                j += 1;
            }
            self.dict_chunk(&items[i..j])?;
            if built {
                self.emit(Opcode::DICT_UPDATE, 1);
            }
            built = true;
            i = j;
        }
        if !built {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }

    fn dict_chunk(&mut self, items: &'a [ast::DictItem]) -> CResult {
        let keys: Option<Vec<Const>> = items
            .iter()
            .map(|it| it.key.as_ref().and_then(|k| self.fold(k)))
            .collect();
        match keys {
            Some(keys) if items.len() > 1 => {
                for it in items {
                    self.expr(&it.value)?;
                }
                self.load_const(Const::Tuple(keys));
                self.emit(Opcode::BUILD_CONST_KEY_MAP, items.len() as u32);
            }
            _ => {
                for it in items {
                    if let Some(k) = &it.key {
                        self.expr(k)?;
                    }
                    self.expr(&it.value)?;
                }
                self.emit(Opcode::BUILD_MAP, items.len() as u32);
            }
        }
        Ok(())
    }

    /// Emits the comparison instruction for one operator.
    fn cmp_op(&mut self, op: ast::CmpOp) {
        match op {
            ast::CmpOp::Eq => self.emit(Opcode::COMPARE_OP, CmpOp::Eq as u32),
            ast::CmpOp::NotEq => self.emit(Opcode::COMPARE_OP, CmpOp::Ne as u32),
            ast::CmpOp::Lt => self.emit(Opcode::COMPARE_OP, CmpOp::Lt as u32),
            ast::CmpOp::LtE => self.emit(Opcode::COMPARE_OP, CmpOp::Le as u32),
            ast::CmpOp::Gt => self.emit(Opcode::COMPARE_OP, CmpOp::Gt as u32),
            ast::CmpOp::GtE => self.emit(Opcode::COMPARE_OP, CmpOp::Ge as u32),
            ast::CmpOp::Is => self.emit(Opcode::IS_OP, 0),
            ast::CmpOp::IsNot => self.emit(Opcode::IS_OP, 1),
            ast::CmpOp::In => self.emit(Opcode::CONTAINS_OP, 0),
            ast::CmpOp::NotIn => self.emit(Opcode::CONTAINS_OP, 1),
        }
    }

    /// The iterable of a `for` loop or comprehension: a set display of constants is loaded as
    /// one constant frozenset (as CPython's AST optimizer does), so the loop walks that
    /// frozenset's table order.
    pub fn iter_operand(&mut self, e: &'a Expr) -> CResult {
        if let Expr::Set(s) = e {
            if !s.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                if let Some(items) = s
                    .elts
                    .iter()
                    .map(|x| self.fold(x))
                    .collect::<Option<Vec<_>>>()
                {
                    self.load_const(Const::FrozenSet(items));
                    return Ok(());
                }
            }
        }
        self.expr(e)
    }

    /// A comparison operand; `x in [1, 2]` tests against a constant tuple.
    fn compare_operand(&mut self, op: ast::CmpOp, e: &'a Expr) -> CResult {
        if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
            if let Expr::List(l) = e {
                if !l.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                    if let Some(items) = l
                        .elts
                        .iter()
                        .map(|x| self.fold(x))
                        .collect::<Option<Vec<_>>>()
                    {
                        self.load_const(Const::Tuple(items));
                        return Ok(());
                    }
                }
            }
        }
        self.expr(e)
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.check_compare(c);
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compare_operand(c.ops[0], &c.comparators[0])?;
            self.cmp_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        let end = self.new_block();
        for i in 0..n - 1 {
            self.compare_operand(c.ops[i], &c.comparators[i])?;
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.cmp_op(c.ops[i]);
            self.emit_jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
            self.next_block();
        }
        self.compare_operand(c.ops[n - 1], &c.comparators[n - 1])?;
        self.cmp_op(c.ops[n - 1]);
        self.emit_jump(Opcode::JUMP, end);
        self.use_block(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.use_block(end);
        Ok(())
    }

    /// Jumps to `target` when `e` is truthy (`cond`) or falsy (`!cond`),
    /// short-circuiting `not`, `and`, `or` without materialising booleans.
    pub fn jump_if(&mut self, e: &'a Expr, cond: bool, target: BlockId) -> CResult {
        self.enter_nested(e.range())?;
        let saved = self.set_loc(e.range());
        let r = self.jump_if_inner(e, cond, target);
        self.restore_loc(saved);
        self.leave_nested();
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, cond: bool, target: BlockId) -> CResult {
        if let Some(c) = self.fold(e) {
            if fold::truthy(&c) == cond {
                self.emit_jump(Opcode::JUMP, target);
                self.next_block();
            }
            return Ok(());
        }
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !cond, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                // `a and b` jumps away on false as soon as one is false; on true only if all are.
                let next = if is_and == cond {
                    Some(self.new_block())
                } else {
                    None
                };
                for (i, v) in b.values.iter().enumerate() {
                    if i + 1 < n {
                        match next {
                            Some(nx) => self.jump_if(v, !cond, nx)?,
                            None => self.jump_if(v, cond, target)?,
                        }
                    } else {
                        self.jump_if(v, cond, target)?;
                    }
                }
                if let Some(nx) = next {
                    self.use_block(nx);
                }
                return Ok(());
            }
            Expr::Compare(c)
                if c.ops.len() == 1 && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot) =>
            {
                if let Expr::NoneLiteral(_) = &c.comparators[0] {
                    self.check_compare(c);
                    self.expr(&c.left)?;
                    let is = c.ops[0] == ast::CmpOp::Is;
                    let op = if is == cond {
                        Opcode::POP_JUMP_IF_NONE
                    } else {
                        Opcode::POP_JUMP_IF_NOT_NONE
                    };
                    self.emit_jump(op, target);
                    self.next_block();
                    return Ok(());
                }
            }
            _ => {}
        }
        self.expr(e)?;
        let op = if cond {
            Opcode::POP_JUMP_IF_TRUE
        } else {
            Opcode::POP_JUMP_IF_FALSE
        };
        self.emit_jump(op, target);
        self.next_block();
        Ok(())
    }

    // ----- f-strings ---------------------------------------------------

    fn fstring_pieces(elements: &'a ast::InterpolatedStringElements, out: &mut Vec<Piece<'a>>) {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => push_text(out, &l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(dbg) = &i.debug_text {
                        push_text(
                            out,
                            &format!("{}{}{}", dbg.leading(), dbg.expression(), dbg.trailing()),
                        );
                    }
                    out.push(Piece::Field(i));
                }
            }
        }
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut pieces = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => push_text(&mut pieces, &s.value),
                ast::FStringPart::FString(fs) => Self::fstring_pieces(&fs.elements, &mut pieces),
            }
        }
        self.emit_pieces(pieces)
    }

    /// Pushes one str made of the pieces.
    fn emit_pieces(&mut self, pieces: Vec<Piece<'a>>) -> CResult {
        if pieces.is_empty() {
            self.load_const(Const::Str(String::new()));
            return Ok(());
        }
        let n = pieces.len();
        for p in pieces {
            match p {
                Piece::Text(t) => self.load_const(Const::Str(t)),
                Piece::Field(i) => self.format_field(i)?,
            }
        }
        if n > 1 {
            self.emit(Opcode::BUILD_STRING, n as u32);
        }
        Ok(())
    }

    fn format_field(&mut self, i: &'a ast::InterpolatedElement) -> CResult {
        self.expr(&i.expression)?;
        let mut conversion = match i.conversion {
            ast::ConversionFlag::None => 0,
            ast::ConversionFlag::Str => 1,
            ast::ConversionFlag::Repr => 2,
            ast::ConversionFlag::Ascii => 3,
        };
        // `f"{x=}"` shows the repr unless a conversion or spec says otherwise.
        if i.debug_text.is_some() && conversion == 0 && i.format_spec.is_none() {
            conversion = 2;
        }
        let mut arg = conversion;
        if let Some(spec) = &i.format_spec {
            let mut pieces = Vec::new();
            Self::fstring_pieces(&spec.elements, &mut pieces);
            self.emit_pieces(pieces)?;
            arg |= 4;
        }
        self.emit(Opcode::FORMAT_VALUE, arg);
        Ok(())
    }
}

fn push_text(out: &mut Vec<Piece<'_>>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Piece::Text(t)) = out.last_mut() {
        t.push_str(text);
    } else {
        out.push(Piece::Text(text.to_string()));
    }
}
