//! Function, lambda and class definitions and comprehensions: each compiles
//! its body into a nested code object, then builds the function with
//! MAKE_FUNCTION (defaults, keyword defaults, annotations, closure).

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use crate::bytecode::code::flags;
use crate::bytecode::opcode::Opcode;
use crate::bytecode::{CodeObject, Const};

use super::codegen::{has_annotations, split_docstring, CResult, Compiler, NameCtx};
use super::ir::Op;
use super::symtable::{ScopeId, ScopeKind};

/// MAKE_FUNCTION flag bits.
const MF_DEFAULTS: u32 = 1;
const MF_KWDEFAULTS: u32 = 2;
const MF_ANNOTATIONS: u32 = 4;
const MF_CLOSURE: u32 = 8;

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    fn scope_of_node(&self, range: TextRange) -> CResult<ScopeId> {
        self.table
            .scope_for(range)
            .ok_or_else(|| self.internal("no scope for a nested code object"))
    }

    fn decorators(&mut self, decorators: &'a [ast::Decorator]) -> CResult {
        for d in decorators {
            self.expr(&d.expression)?;
            self.emit(Opcode::PUSH_NULL, 0);
        }
        Ok(())
    }

    /// Calls the decorators innermost first, each at its own expression's location.
    fn apply_decorators(&mut self, decorators: &'a [ast::Decorator]) {
        for d in decorators.iter().rev() {
            let saved = self.set_loc(d.expression.range());
            self.emit(Opcode::CALL, 1);
            self.restore_loc(saved);
        }
    }

    /// Pushes the defaults tuple and keyword-defaults dict; returns MAKE_FUNCTION flags.
    fn defaults(&mut self, params: &'a ast::Parameters) -> CResult<u32> {
        let mut fl = 0;
        let positional: Vec<&'a Expr> = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !positional.is_empty() {
            let consts: Option<Vec<Const>> = positional.iter().map(|d| self.fold(d)).collect();
            match consts {
                Some(c) => self.load_const(Const::Tuple(c)),
                None => {
                    for d in &positional {
                        self.expr(d)?;
                    }
                    self.emit(Opcode::BUILD_TUPLE, positional.len() as u32);
                }
            }
            fl |= MF_DEFAULTS;
        }
        let kw: Vec<&'a ast::ParameterWithDefault> = params
            .kwonlyargs
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !kw.is_empty() {
            for p in &kw {
                let name = self.mangle(p.parameter.name.as_str());
                self.load_const(Const::Str(name));
                if let Some(d) = &p.default {
                    self.expr(d)?;
                }
            }
            self.emit(Opcode::BUILD_MAP, kw.len() as u32);
            fl |= MF_KWDEFAULTS;
        }
        Ok(fl)
    }

    /// Pushes the annotations tuple (name, value, ...); returns the MAKE_FUNCTION flag.
    fn annotations(
        &mut self,
        params: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> CResult<u32> {
        let mut n = 0;
        let mut ordered: Vec<&'a ast::Parameter> = Vec::new();
        ordered.extend(
            params
                .posonlyargs
                .iter()
                .chain(&params.args)
                .map(|p| &p.parameter),
        );
        if let Some(v) = &params.vararg {
            ordered.push(v);
        }
        ordered.extend(params.kwonlyargs.iter().map(|p| &p.parameter));
        if let Some(k) = &params.kwarg {
            ordered.push(k);
        }
        for p in ordered {
            if let Some(a) = &p.annotation {
                let name = self.mangle(p.name.as_str());
                self.load_const(Const::Str(name));
                self.annotation(a)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Const::Str("return".into()));
            self.annotation(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(0);
        }
        self.emit(Opcode::BUILD_TUPLE, 2 * n);
        Ok(MF_ANNOTATIONS)
    }

    /// Pushes the closure tuple for `code` and the code itself, then MAKE_FUNCTION.
    fn make_function(&mut self, code: CodeObject, mut fl: u32) -> CResult {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                self.load_closure(name)?;
            }
            self.emit(Opcode::BUILD_TUPLE, code.freevars.len() as u32);
            fl |= MF_CLOSURE;
        }
        self.load_code(code);
        self.emit(Opcode::MAKE_FUNCTION, fl);
        Ok(())
    }

    fn set_arg_counts(&mut self, params: &ast::Parameters) {
        let u = self.u();
        u.argcount = (params.posonlyargs.len() + params.args.len()) as u32;
        u.posonlyargcount = params.posonlyargs.len() as u32;
        u.kwonlyargcount = params.kwonlyargs.len() as u32;
        if params.vararg.is_some() {
            u.flags |= flags::VARARGS;
        }
        if params.kwarg.is_some() {
            u.flags |= flags::VARKEYWORDS;
        }
    }

    pub fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        if let Some(tp) = &f.type_params {
            return Err(self.error(
                "not supported yet: type parameter lists (Python 3.12)",
                tp.range,
            ));
        }
        self.decorators(&f.decorator_list)?;
        let mut fl = self.defaults(&f.parameters)?;
        fl |= self.annotations(&f.parameters, f.returns.as_deref())?;

        let scope = self.scope_of_node(f.range)?;
        self.enter_unit(scope, f.name.as_str(), f.range);
        self.set_arg_counts(&f.parameters);
        let body: &'a [ast::Stmt] = &f.body;
        let rest = match split_docstring(body) {
            Some((doc, rest)) => {
                self.const_index(Const::Str(doc));
                rest
            }
            None => {
                self.const_index(Const::None);
                body
            }
        };
        let r = self.body(rest);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        if let Some(last) = body.last() {
            self.set_loc(last.range());
        }
        self.load_const(Const::None);
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.exit_unit()?;

        self.make_function(code, fl)?;
        self.apply_decorators(&f.decorator_list);
        self.name_op(f.name.as_str(), NameCtx::Store)
    }

    pub fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        let fl = match &l.parameters {
            Some(p) => self.defaults(p)?,
            None => 0,
        };
        let scope = self.scope_of_node(l.range)?;
        self.enter_unit(scope, "<lambda>", l.range);
        if let Some(p) = &l.parameters {
            self.set_arg_counts(p);
        }
        // A lambda has no docstring: consts[0] is None.
        self.const_index(Const::None);
        if let Err(e) = self.expr(&l.body) {
            self.units.pop();
            return Err(e);
        }
        if self.table.scopes[scope].is_generator {
            self.emit(Opcode::POP_TOP, 0);
            self.load_const(Const::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.exit_unit()?;
        self.make_function(code, fl)
    }

    pub fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        if let Some(tp) = &c.type_params {
            return Err(self.error(
                "not supported yet: type parameter lists (Python 3.12)",
                tp.range,
            ));
        }
        self.decorators(&c.decorator_list)?;
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        self.emit(Opcode::PUSH_NULL, 0);

        let scope = self.scope_of_node(c.range)?;
        self.enter_unit(scope, c.name.as_str(), c.range);
        let r = self.class_body(c, scope);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.exit_unit()?;
        self.make_function(code, 0)?;
        self.load_const(Const::Str(c.name.as_str().to_string()));

        let empty = ast::Arguments {
            range: TextRange::default(),
            node_index: Default::default(),
            args: Box::new([]),
            keywords: Default::default(),
        };
        let args: &ast::Arguments = c.arguments.as_deref().unwrap_or(&empty);
        let simple = !args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !args.keywords.iter().any(|k| k.arg.is_none());
        if let Some(a) = c.arguments.as_deref() {
            self.class_call(a, simple)?;
        } else {
            self.emit(Opcode::CALL, 2);
        }
        self.apply_decorators(&c.decorator_list);
        self.name_op(c.name.as_str(), NameCtx::Store)
    }

    /// Calls `__build_class__(func, name, *bases, **keywords)`; func and name are pushed.
    fn class_call(&mut self, a: &'a ast::Arguments, simple: bool) -> CResult {
        if simple {
            for b in a.args.iter() {
                self.expr(b)?;
            }
            for k in a.keywords.iter() {
                self.expr(&k.value)?;
            }
            let n = 2 + (a.args.len() + a.keywords.len()) as u32;
            if a.keywords.is_empty() {
                self.emit(Opcode::CALL, n);
            } else {
                let names = a
                    .keywords
                    .iter()
                    .map(|k| {
                        Const::Str(
                            k.arg
                                .as_ref()
                                .map(|x| x.as_str().to_string())
                                .unwrap_or_default(),
                        )
                    })
                    .collect();
                self.load_const(Const::Tuple(names));
                self.emit(Opcode::CALL_KW, n);
            }
            return Ok(());
        }
        self.emit(Opcode::BUILD_LIST, 2);
        for b in a.args.iter() {
            match b {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Opcode::LIST_EXTEND, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(Opcode::LIST_APPEND, 1);
                }
            }
        }
        self.emit(Opcode::LIST_TO_TUPLE, 0);
        let has_kw = !a.keywords.is_empty();
        if has_kw {
            self.kwargs_dict(&a.keywords)?;
        }
        self.emit(Opcode::CALL_FUNCTION_EX, u32::from(has_kw));
        Ok(())
    }

    fn class_body(&mut self, c: &'a ast::StmtClassDef, scope: ScopeId) -> CResult {
        self.emit_name(Opcode::LOAD_NAME, "__name__");
        self.emit_name(Opcode::STORE_NAME, "__module__");
        let qualname = self.unit().qualname.clone();
        self.load_const(Const::Str(qualname));
        self.emit_name(Opcode::STORE_NAME, "__qualname__");
        let body: &'a [ast::Stmt] = &c.body;
        if has_annotations(body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        let rest = match split_docstring(body) {
            Some((doc, rest)) => {
                let saved = self.set_loc(body[0].range());
                self.load_const(Const::Str(doc));
                self.emit_name(Opcode::STORE_NAME, "__doc__");
                self.restore_loc(saved);
                rest
            }
            None => body,
        };
        self.body(rest)?;
        if let Some(last) = body.last() {
            self.set_loc(last.range());
        }
        if self.table.scopes[scope].needs_class_cell {
            self.load_closure("__class__")?;
            self.emit_name(Opcode::STORE_NAME, "__classcell__");
            // The body returns the cell too, so `__build_class__` can check that the
            // metaclass passed `__classcell__` on to `type.__new__`.
            self.load_closure("__class__")?;
        } else {
            self.load_const(Const::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        Ok(())
    }

    // ----- comprehensions ----------------------------------------------

    pub fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (kind, name, generators, elt, value): (
            CompKind,
            &str,
            &'a [ast::Comprehension],
            &'a Expr,
            Option<&'a Expr>,
        ) = match e {
            Expr::ListComp(c) => (CompKind::List, "<listcomp>", &c.generators, &c.elt, None),
            Expr::SetComp(c) => (CompKind::Set, "<setcomp>", &c.generators, &c.elt, None),
            Expr::Generator(c) => (CompKind::Gen, "<genexpr>", &c.generators, &c.elt, None),
            Expr::DictComp(c) => match &c.key {
                Some(k) => (
                    CompKind::Dict,
                    "<dictcomp>",
                    &c.generators,
                    k,
                    Some(&c.value),
                ),
                None => {
                    return Err(self.error(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    ))
                }
            },
            _ => return Err(self.internal("not a comprehension")),
        };
        let Some(first) = generators.first() else {
            return Err(self.error("invalid syntax", e.range()));
        };
        let scope = self.scope_of_node(e.range())?;
        let is_async = self.table.scopes[scope].is_coroutine();
        if is_async && kind != CompKind::Gen {
            let here = &self.table.scopes[self.unit().scope];
            let ok = (here.kind == ScopeKind::Function && here.is_async_def)
                || here.kind == ScopeKind::Comprehension;
            if !ok {
                return Err(self.error(
                    "asynchronous comprehension outside of an asynchronous function",
                    e.range(),
                ));
            }
        }

        self.enter_unit(scope, name, e.range());
        self.u().argcount = 1;
        let r = self.comprehension_body(kind, generators, elt, value);
        if let Err(err) = r {
            self.units.pop();
            return Err(err);
        }
        let code = self.exit_unit()?;
        self.make_function(code, 0)?;
        self.emit(Opcode::PUSH_NULL, 0);
        self.iter_operand(&first.iter)?;
        self.emit(
            if first.is_async {
                Opcode::GET_AITER
            } else {
                Opcode::GET_ITER
            },
            0,
        );
        self.emit(Opcode::CALL, 1);
        if is_async && kind != CompKind::Gen {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.load_const(Const::None);
            self.yield_from_loop();
        }
        Ok(())
    }

    fn comprehension_body(
        &mut self,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        match kind {
            CompKind::List => self.emit(Opcode::BUILD_LIST, 0),
            CompKind::Set => self.emit(Opcode::BUILD_SET, 0),
            CompKind::Dict => self.emit(Opcode::BUILD_MAP, 0),
            CompKind::Gen => {}
        }
        self.comprehension_generator(kind, generators, 0, elt, value)?;
        if kind == CompKind::Gen {
            self.load_const(Const::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        index: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let gen = &generators[index];
        let saved = self.set_loc(gen.range);
        let start = self.new_block();
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        if index == 0 {
            // The iterator made by the caller arrives as the argument `.0`.
            self.name_op(".0", NameCtx::Load)?;
        } else {
            self.iter_operand(&gen.iter)?;
            self.emit(
                if gen.is_async {
                    Opcode::GET_AITER
                } else {
                    Opcode::GET_ITER
                },
                0,
            );
        }
        self.use_block(start);
        if gen.is_async {
            self.emit_setup(Op::SetupFinally, anchor);
            self.emit(Opcode::GET_ANEXT, 0);
            self.load_const(Const::None);
            self.yield_from_loop();
            self.emit_pop_block();
        } else {
            self.emit_jump(Opcode::FOR_ITER, anchor);
            self.next_block();
        }
        self.store_target(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, false, if_cleanup)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(kind, generators, index + 1, elt, value)?;
        } else {
            // Items below the value: one iterator per generator, then the container.
            let depth = (index + 2) as u32;
            let saved_elt = self.set_loc(elt.range());
            match kind {
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Opcode::YIELD_VALUE, 0);
                    self.emit(Opcode::POP_TOP, 0);
                }
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Opcode::LIST_APPEND, depth);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Opcode::SET_ADD, depth);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Opcode::MAP_ADD, depth);
                }
            }
            self.restore_loc(saved_elt);
        }
        self.use_block(if_cleanup);
        self.emit_jump(Opcode::JUMP_BACKWARD, start);
        self.use_block(anchor);
        if gen.is_async {
            self.emit(Opcode::END_ASYNC_FOR, 0);
        }
        self.restore_loc(saved);
        Ok(())
    }
}
