//! Code generation core: the compiler state, one `Unit` per code object
//! being compiled, instruction emission, constants and names, name
//! resolution to opcodes, and the frame-block stack used to unwind
//! `return`/`break`/`continue` out of loops, `try` and `with`.
//! Statements, expressions, calls, functions, exception handling and
//! patterns are compiled in the `codegen_*.rs` files.

use std::collections::HashMap;
use std::rc::Rc;

use ruff_python_ast::Stmt;
use ruff_text_size::{Ranged, TextRange};

use crate::bytecode::code::flags;
use crate::bytecode::opcode::Opcode;
use crate::bytecode::{CodeObject, Const, Location, Mode};

use super::error::{CompileError, CompileErrorKind};
use super::ir::{BlockId, Cfg, Op};
use super::locator::Locator;
use super::symtable::{mangle, NameScope, ScopeId, ScopeKind, SymbolTable};
use super::symtable_build::MAX_DEPTH;
use super::{assemble, exctable, flow, stackdepth};

pub type CResult<T = ()> = Result<T, CompileError>;

/// What a frame block is, for unwinding (CPython's fblocktype).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    /// Inside an except clause body; `name` says whether `as name` must be cleared.
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
}

#[derive(Clone, Debug)]
pub struct FBlock<'a> {
    pub kind: FKind,
    /// Loop start (continue target).
    pub start: Option<BlockId>,
    /// Loop exit (break target).
    pub exit: Option<BlockId>,
    /// The `finally` body to replay when unwinding a FinallyTry.
    pub finally: Option<&'a [Stmt]>,
    /// The `except ... as name` to clear when unwinding a HandlerCleanup.
    pub name: Option<String>,
    pub loc: Location,
}

/// One code object under construction.
pub struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub cfg: Cfg,
    pub consts: Vec<Const>,
    const_index: HashMap<String, u32>,
    pub names: Vec<String>,
    name_index: HashMap<String, u32>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub firstlineno: u32,
    pub fblocks: Vec<FBlock<'a>>,
    pub loc: Location,
    pub private: Option<String>,
}

impl<'a> Unit<'a> {
    fn var_index(&mut self, name: &str) -> u32 {
        if let Some(i) = self.varnames.iter().position(|v| v == name) {
            return i as u32;
        }
        self.varnames.push(name.to_string());
        (self.varnames.len() - 1) as u32
    }

    fn deref_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|v| v == name) {
            return Some(i as u32);
        }
        self.freevars
            .iter()
            .position(|v| v == name)
            .map(|i| (self.cellvars.len() + i) as u32)
    }
}

/// A key identifying equal constants (so each is stored once); code objects are never shared.
fn const_key(c: &Const) -> Option<String> {
    Some(match c {
        Const::None => "N".into(),
        Const::True => "T".into(),
        Const::False => "F".into(),
        Const::Ellipsis => "E".into(),
        Const::Int(i) => format!("i{i}"),
        Const::Float(f) => format!("f{}", f.to_bits()),
        Const::Complex { re, im } => format!("c{},{}", re.to_bits(), im.to_bits()),
        Const::Str(s) => format!("s{s}"),
        Const::Bytes(b) => format!("b{b:?}"),
        Const::Tuple(items) => {
            let mut k = String::from("t(");
            for i in items {
                k.push_str(&const_key(i)?);
                k.push('\u{0}');
            }
            k.push(')');
            k
        }
        Const::FrozenSet(items) => {
            let mut k = String::from("z(");
            for i in items {
                k.push_str(&const_key(i)?);
                k.push('\u{0}');
            }
            k.push(')');
            k
        }
        Const::Code(_) => return None,
    })
}

pub struct Compiler<'a> {
    pub table: &'a SymbolTable,
    pub src: &'a Locator<'a>,
    pub units: Vec<Unit<'a>>,
    pub future_annotations: bool,
    pub mode: Mode,
    depth: usize,
}

impl<'a> Compiler<'a> {
    pub fn new(
        table: &'a SymbolTable,
        src: &'a Locator<'a>,
        mode: Mode,
        future_annotations: bool,
    ) -> Compiler<'a> {
        Compiler {
            table,
            src,
            units: Vec::new(),
            future_annotations,
            mode,
            depth: 0,
        }
    }

    // ----- units -------------------------------------------------------

    pub fn u(&mut self) -> &mut Unit<'a> {
        // A unit is pushed before any code is generated; see `enter_unit`.
        let n = self.units.len();
        &mut self.units[n.saturating_sub(1)]
    }

    pub fn unit(&self) -> &Unit<'a> {
        &self.units[self.units.len().saturating_sub(1)]
    }

    /// Starts a code object for `scope`.
    pub fn enter_unit(&mut self, scope: ScopeId, name: &str, range: TextRange) {
        let s = &self.table.scopes[scope];
        let qualname = self.qualname_for(name, scope);
        let mut unit = Unit {
            scope,
            kind: s.kind,
            name: name.to_string(),
            qualname,
            cfg: Cfg::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: if s.kind.is_function_like() {
                s.varnames()
            } else {
                Vec::new()
            },
            cellvars: s.cellvars(),
            freevars: s.freevars(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            firstlineno: if s.kind == ScopeKind::Module {
                1
            } else {
                self.src.line_of(range.start())
            },
            fblocks: Vec::new(),
            loc: self.src.location(TextRange::empty(range.start())),
            private: s.private.clone(),
        };
        if s.kind.is_function_like() {
            unit.flags |= flags::OPTIMIZED | flags::NEWLOCALS;
            // Nested: some enclosing scope (not only the parent) is a function.
            if self.units.iter().any(|p| p.kind.is_function_like()) {
                unit.flags |= flags::NESTED;
            }
            if s.is_generator && s.is_coroutine() {
                unit.flags |= flags::ASYNC_GENERATOR;
            } else if s.is_generator {
                unit.flags |= flags::GENERATOR;
            } else if s.is_coroutine() {
                unit.flags |= flags::COROUTINE;
            }
        }
        unit.loc.line = unit.firstlineno;
        self.units.push(unit);
    }

    /// CPython's qualified names: `f.<locals>.g`, `C.m`; a function declared
    /// global in its parent gets its bare name.
    fn qualname_for(&self, name: &str, scope: ScopeId) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.kind == ScopeKind::Module {
            return name.to_string();
        }
        let s = &self.table.scopes[scope];
        if matches!(s.kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.table.scopes[parent.scope].scope_of(&mangled) == NameScope::GlobalExplicit {
                return name.to_string();
            }
        }
        if parent.kind.is_function_like() {
            format!("{}.<locals>.{}", parent.qualname, name)
        } else {
            format!("{}.{}", parent.qualname, name)
        }
    }

    /// Finishes the current unit: optimises, assembles and returns its code object.
    pub fn exit_unit(&mut self) -> CResult<CodeObject> {
        let Some(mut unit) = self.units.pop() else {
            return Err(self.internal("no code object to finish"));
        };
        let filename = self.src.filename().to_string();
        let internal = |m: String| {
            CompileError::bare(
                CompileErrorKind::SyntaxError,
                format!("internal compiler error in {}: {m}", unit.qualname),
                &filename,
            )
        };
        let max_stack = stackdepth::max_stack(&mut unit.cfg).map_err(internal)?;
        exctable::label_handlers(&mut unit.cfg).map_err(internal)?;
        flow::optimize(&mut unit.cfg);
        let asm = assemble::assemble(&mut unit.cfg).map_err(internal)?;
        let cell2arg = unit
            .cellvars
            .iter()
            .map(|c| {
                let total = unit.argcount
                    + unit.kwonlyargcount
                    + u32::from(unit.flags & flags::VARARGS != 0)
                    + u32::from(unit.flags & flags::VARKEYWORDS != 0);
                unit.varnames
                    .iter()
                    .take(total as usize)
                    .position(|v| v == c)
                    .map(|i| i as u32)
            })
            .collect();
        Ok(CodeObject {
            name: unit.name,
            qualname: unit.qualname,
            filename,
            firstlineno: unit.firstlineno,
            argcount: unit.argcount,
            posonlyargcount: unit.posonlyargcount,
            kwonlyargcount: unit.kwonlyargcount,
            flags: unit.flags,
            instructions: asm.instructions,
            locations: asm.locations,
            consts: unit.consts,
            names: unit.names,
            varnames: unit.varnames,
            cellvars: unit.cellvars,
            freevars: unit.freevars,
            cell2arg,
            exception_table: asm.exception_table,
            max_stack,
        })
    }

    // ----- errors and depth --------------------------------------------

    pub fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.src.semantic_error(msg, range)
    }

    pub fn internal(&self, msg: &str) -> CompileError {
        CompileError::bare(
            CompileErrorKind::SyntaxError,
            format!("internal compiler error: {msg}"),
            self.src.filename(),
        )
    }

    /// Counts one level of recursion; fails past the limit instead of overflowing the stack.
    pub fn enter_nested(&mut self, range: TextRange) -> CResult {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let mut e = self.src.error(
                CompileErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
                range,
            );
            e.text = None;
            return Err(e);
        }
        Ok(())
    }

    pub fn leave_nested(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    // ----- locations ---------------------------------------------------

    pub fn set_loc(&mut self, range: TextRange) -> Location {
        let loc = self.src.location(range);
        std::mem::replace(&mut self.u().loc, loc)
    }

    pub fn restore_loc(&mut self, loc: Location) {
        self.u().loc = loc;
    }

    // ----- emission ----------------------------------------------------

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        let loc = self.u().loc;
        self.u().cfg.emit(Op::Real(op), arg, None, loc);
    }

    pub fn emit_jump(&mut self, op: Opcode, target: BlockId) {
        let loc = self.u().loc;
        self.u().cfg.emit(Op::Real(op), 0, Some(target), loc);
    }

    pub fn emit_setup(&mut self, op: Op, handler: BlockId) {
        let loc = self.u().loc;
        self.u().cfg.emit(op, 0, Some(handler), loc);
    }

    pub fn emit_pop_block(&mut self) {
        let loc = self.u().loc;
        self.u().cfg.emit(Op::PopBlock, 0, None, loc);
    }

    pub fn new_block(&mut self) -> BlockId {
        self.u().cfg.new_block()
    }

    pub fn use_block(&mut self, b: BlockId) {
        self.u().cfg.use_block(b);
    }

    /// Starts a fresh block after the current one (after a terminator, so
    /// that following code is a separate, possibly unreachable, block).
    pub fn next_block(&mut self) {
        let b = self.new_block();
        self.use_block(b);
    }

    pub fn const_index(&mut self, c: Const) -> u32 {
        let u = self.u();
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(i) = u.const_index.get(k) {
                return *i;
            }
        }
        u.consts.push(c);
        let i = (u.consts.len() - 1) as u32;
        if let Some(k) = key {
            u.const_index.insert(k, i);
        }
        i
    }

    pub fn load_const(&mut self, c: Const) {
        let i = self.const_index(c);
        self.emit(Opcode::LOAD_CONST, i);
    }

    pub fn load_code(&mut self, code: CodeObject) {
        let u = self.u();
        u.consts.push(Const::Code(Rc::new(code)));
        let i = (u.consts.len() - 1) as u32;
        self.emit(Opcode::LOAD_CONST, i);
    }

    pub fn name_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.name_index.get(name) {
            return *i;
        }
        u.names.push(name.to_string());
        let i = (u.names.len() - 1) as u32;
        u.name_index.insert(name.to_string(), i);
        i
    }

    /// Emits an instruction whose argument is a (mangled) name.
    pub fn emit_name(&mut self, op: Opcode, name: &str) {
        let i = self.name_index(name);
        self.emit(op, i);
    }

    pub fn mangle(&self, name: &str) -> String {
        mangle(self.unit().private.as_deref(), name)
    }

    // ----- names -------------------------------------------------------

    /// Load, store or delete of a variable, with the opcode its scope calls for.
    pub fn name_op(&mut self, name: &str, ctx: NameCtx) -> CResult {
        let mangled = self.mangle(name);
        let (scope_id, kind) = (self.unit().scope, self.unit().kind);
        let mut scope = self.table.scopes[scope_id].scope_of(&mangled);
        if kind == ScopeKind::Class && mangled == "__class__" && scope == NameScope::GlobalImplicit
        {
            // `__class__` in a class body is an ordinary name (the cell is implicit).
            scope = NameScope::Local;
        }
        enum Kind {
            Fast,
            Deref,
            Global,
            Name,
        }
        let how = match scope {
            NameScope::Free | NameScope::Cell => Kind::Deref,
            NameScope::Local if kind.is_function_like() => Kind::Fast,
            NameScope::GlobalImplicit if kind.is_function_like() => Kind::Global,
            NameScope::GlobalExplicit => Kind::Global,
            _ => Kind::Name,
        };
        match how {
            Kind::Fast => {
                let i = self.u().var_index(&mangled);
                let op = match ctx {
                    NameCtx::Load => Opcode::LOAD_FAST,
                    NameCtx::Store => Opcode::STORE_FAST,
                    NameCtx::Del => Opcode::DELETE_FAST,
                };
                self.emit(op, i);
            }
            Kind::Deref => {
                let Some(i) = self.unit().deref_index(&mangled) else {
                    return Err(self.internal(&format!("no cell for '{mangled}'")));
                };
                let op = match ctx {
                    NameCtx::Load if kind == ScopeKind::Class => Opcode::LOAD_CLASSDEREF,
                    NameCtx::Load => Opcode::LOAD_DEREF,
                    NameCtx::Store => Opcode::STORE_DEREF,
                    NameCtx::Del => Opcode::DELETE_DEREF,
                };
                self.emit(op, i);
            }
            Kind::Global => {
                let op = match ctx {
                    NameCtx::Load => Opcode::LOAD_GLOBAL,
                    NameCtx::Store => Opcode::STORE_GLOBAL,
                    NameCtx::Del => Opcode::DELETE_GLOBAL,
                };
                self.emit_name(op, &mangled);
            }
            Kind::Name => {
                let op = match ctx {
                    NameCtx::Load => Opcode::LOAD_NAME,
                    NameCtx::Store => Opcode::STORE_NAME,
                    NameCtx::Del => Opcode::DELETE_NAME,
                };
                self.emit_name(op, &mangled);
            }
        }
        Ok(())
    }

    /// Pushes the cell of `name` (for a closure tuple).
    pub fn load_closure(&mut self, name: &str) -> CResult {
        match self.unit().deref_index(name) {
            Some(i) => {
                self.emit(Opcode::LOAD_CLOSURE, i);
                Ok(())
            }
            None => Err(self.internal(&format!("no cell to close over for '{name}'"))),
        }
    }

    // ----- frame blocks and unwinding ----------------------------------

    pub fn push_fblock(&mut self, kind: FKind, start: Option<BlockId>, exit: Option<BlockId>) {
        let loc = self.u().loc;
        self.u().fblocks.push(FBlock {
            kind,
            start,
            exit,
            finally: None,
            name: None,
            loc,
        });
    }

    pub fn push_fblock_full(&mut self, fb: FBlock<'a>) {
        self.u().fblocks.push(fb);
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// Emits the exit of a `with` block's context manager: `exit(None, None, None)`.
    pub fn call_exit_with_nones(&mut self) {
        self.emit(Opcode::PUSH_NULL, 0);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Opcode::CALL, 3);
    }

    /// Leaves one frame block early (for return/break/continue). With
    /// `preserve_tos` the value on top of the stack (a return value) is kept.
    pub fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match fb.kind {
            FKind::WhileLoop | FKind::ExceptionHandler | FKind::ExceptionGroupHandler => {}
            FKind::ForLoop => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FKind::TryExcept => self.emit_pop_block(),
            FKind::FinallyTry => {
                self.emit_pop_block();
                if preserve_tos {
                    self.push_fblock(FKind::PopValue, None, None);
                }
                if let Some(body) = fb.finally {
                    self.body(body)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit_pop_block();
                self.emit(Opcode::POP_EXCEPT, 0);
            }
            FKind::With | FKind::AsyncWith => {
                let saved = self.u().loc;
                self.u().loc = fb.loc;
                self.emit_pop_block();
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if fb.kind == FKind::AsyncWith {
                    self.emit(Opcode::GET_AWAITABLE, 2);
                    self.load_const(Const::None);
                    self.yield_from_loop();
                }
                self.emit(Opcode::POP_TOP, 0);
                self.u().loc = saved;
            }
            FKind::HandlerCleanup => {
                if fb.name.is_some() {
                    self.emit_pop_block();
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit_pop_block();
                self.emit(Opcode::POP_EXCEPT, 0);
                if let Some(name) = &fb.name {
                    self.load_const(Const::None);
                    self.name_op(name, NameCtx::Store)?;
                    self.name_op(name, NameCtx::Del)?;
                }
            }
            FKind::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    /// Unwinds frame blocks from the innermost outwards. With `stop_at_loop`,
    /// stops at the innermost loop and returns it (still on the stack).
    pub fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
        range: TextRange,
    ) -> CResult<Option<FBlock<'a>>> {
        let mut popped: Vec<FBlock<'a>> = Vec::new();
        let mut found = None;
        let result = loop {
            let Some(top) = self.u().fblocks.last().cloned() else {
                break Ok(());
            };
            if top.kind == FKind::ExceptionGroupHandler {
                break Err(self.error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    range,
                ));
            }
            if stop_at_loop && matches!(top.kind, FKind::WhileLoop | FKind::ForLoop) {
                found = Some(top);
                break Ok(());
            }
            self.u().fblocks.pop();
            // The block is off the stack while its clean-up is compiled, so a
            // `return` inside a replayed `finally` does not replay it again.
            let r = self.unwind_fblock(&top, preserve_tos);
            popped.push(top);
            if let Err(e) = r {
                break Err(e);
            }
        };
        while let Some(fb) = popped.pop() {
            self.u().fblocks.push(fb);
        }
        result.map(|_| found)
    }

    /// The SEND/YIELD_VALUE loop of `yield from` and `await`; the receiver and
    /// the value to send are on the stack, the result is left on it.
    pub fn yield_from_loop(&mut self) {
        let start = self.new_block();
        let exit = self.new_block();
        self.use_block(start);
        self.emit_jump(Opcode::SEND, exit);
        self.next_block();
        self.emit(Opcode::YIELD_VALUE, 1);
        self.emit_jump(Opcode::JUMP_BACKWARD, start);
        self.use_block(exit);
    }

    // ----- module entry ------------------------------------------------

    /// Compiles a module body (Exec or Single mode).
    pub fn compile_module(&mut self, body: &'a [Stmt]) -> CResult<CodeObject> {
        self.enter_unit(0, "<module>", TextRange::default());
        let mut rest = body;
        if self.mode == Mode::Exec {
            if let Some((doc, tail)) = split_docstring(body) {
                let saved = self.set_loc(body[0].range());
                self.load_const(Const::Str(doc));
                self.name_op("__doc__", NameCtx::Store)?;
                self.restore_loc(saved);
                rest = tail;
            }
        }
        if has_annotations(body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        self.body(rest)?;
        // The implicit `return None` has no line of its own: it takes the last statement's.
        if let Some(last) = body.last() {
            self.set_loc(last.range());
        }
        self.load_const(Const::None);
        self.emit(Opcode::RETURN_VALUE, 0);
        self.exit_unit()
    }

    pub fn compile_eval(&mut self, expr: &'a ruff_python_ast::Expr) -> CResult<CodeObject> {
        self.enter_unit(0, "<module>", TextRange::default());
        self.expr(expr)?;
        self.emit(Opcode::RETURN_VALUE, 0);
        self.exit_unit()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameCtx {
    Load,
    Store,
    Del,
}

/// The docstring of a body: a first statement that is a plain string literal.
pub fn split_docstring(body: &[Stmt]) -> Option<(String, &[Stmt])> {
    let first = body.first()?;
    if let Stmt::Expr(e) = first {
        if let ruff_python_ast::Expr::StringLiteral(s) = &*e.value {
            return Some((s.value.to_str().to_string(), &body[1..]));
        }
    }
    None
}

/// Whether a module or class body has annotated assignments (outside nested
/// functions and classes), so it needs SETUP_ANNOTATIONS.
pub fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ruff_python_ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}
