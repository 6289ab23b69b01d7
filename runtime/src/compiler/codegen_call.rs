//! Calls: plain calls (`f, NULL, args, CALL n`), method calls (LOAD_METHOD),
//! keyword calls (CALL_KW with a kwnames tuple), star-args calls
//! (CALL_FUNCTION_EX with a built tuple and dict) and zero-argument `super()`.

use std::collections::HashSet;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use crate::bytecode::opcode::Opcode;
use crate::bytecode::Const;

use super::codegen::{CResult, Compiler, NameCtx};
use super::symtable::NameScope;

/// Keyword arguments beyond this many go through CALL_FUNCTION_EX.
const MAX_PLAIN_ARGS: usize = 30;

impl<'a> Compiler<'a> {
    fn check_keywords(&self, keywords: &[ast::Keyword]) -> CResult {
        let mut seen = HashSet::new();
        for k in keywords {
            if let Some(arg) = &k.arg {
                if !seen.insert(arg.as_str()) {
                    return Err(self.error(
                        format!("keyword argument repeated: {}", arg.as_str()),
                        k.range,
                    ));
                }
            }
        }
        Ok(())
    }

    pub fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        self.check_keywords(&c.arguments.keywords)?;
        self.check_caller(c.range(), &c.func);
        let args = &c.arguments;
        let simple = !args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !args.keywords.iter().any(|k| k.arg.is_none())
            && args.args.len() + args.keywords.len() <= MAX_PLAIN_ARGS;

        if simple
            && args.args.is_empty()
            && args.keywords.is_empty()
            && self.zero_arg_super(&c.func)?
        {
            return Ok(());
        }
        if let (true, Expr::Attribute(attr)) = (simple, &*c.func) {
            // Method call: LOAD_METHOD leaves (method, self) or (attr, NULL).
            self.expr(&attr.value)?;
            let saved = self.set_loc(attr.range);
            let name = self.mangle(attr.attr.as_str());
            self.emit_name(Opcode::LOAD_METHOD, &name);
            self.restore_loc(saved);
            return self.call_args(args, c.range());
        }
        self.expr(&c.func)?;
        self.emit(Opcode::PUSH_NULL, 0);
        if simple {
            self.call_args(args, c.range())
        } else {
            self.call_ex(args)
        }
    }

    /// Pushes positional and keyword arguments and emits CALL or CALL_KW.
    fn call_args(&mut self, args: &'a ast::Arguments, range: ruff_text_size::TextRange) -> CResult {
        for a in args.args.iter() {
            self.expr(a)?;
        }
        for k in args.keywords.iter() {
            self.expr(&k.value)?;
        }
        let saved = self.set_loc(range);
        let n = (args.args.len() + args.keywords.len()) as u32;
        if args.keywords.is_empty() {
            self.emit(Opcode::CALL, n);
        } else {
            let names = args
                .keywords
                .iter()
                .map(|k| {
                    Const::Str(
                        k.arg
                            .as_ref()
                            .map(|a| a.as_str().to_string())
                            .unwrap_or_default(),
                    )
                })
                .collect();
            self.load_const(Const::Tuple(names));
            self.emit(Opcode::CALL_KW, n);
        }
        self.restore_loc(saved);
        Ok(())
    }

    /// `f(*a, **k)`: an args tuple and (if any keywords) a kwargs dict, then CALL_FUNCTION_EX.
    fn call_ex(&mut self, args: &'a ast::Arguments) -> CResult {
        if let [Expr::Starred(s)] = &*args.args {
            // A lone `*x` goes to the call as it is, as CPython's: the call converts it
            // (after any keywords are evaluated) and names the callee if it cannot.
            self.expr(&s.value)?;
        } else {
            self.args_tuple(&args.args)?;
        }
        let has_kw = !args.keywords.is_empty();
        if has_kw {
            self.kwargs_dict(&args.keywords)?;
        }
        self.emit(Opcode::CALL_FUNCTION_EX, u32::from(has_kw));
        Ok(())
    }

    /// Builds the positional arguments as one tuple (BUILD_LIST + LIST_EXTEND + LIST_TO_TUPLE).
    pub fn args_tuple(&mut self, args: &'a [Expr]) -> CResult {
        if let [Expr::Starred(s)] = args {
            // A lone `*x`: still converted, so the callee always receives a tuple.
            self.emit(Opcode::BUILD_LIST, 0);
            self.expr(&s.value)?;
            self.emit(Opcode::LIST_EXTEND, 1);
            self.emit(Opcode::LIST_TO_TUPLE, 0);
            return Ok(());
        }
        let leading = args
            .iter()
            .take_while(|a| !matches!(a, Expr::Starred(_)))
            .count()
            .min(MAX_PLAIN_ARGS);
        for a in &args[..leading] {
            self.expr(a)?;
        }
        self.emit(Opcode::BUILD_LIST, leading as u32);
        for a in &args[leading..] {
            match a {
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
        Ok(())
    }

    /// Builds the keyword arguments as one dict; `**m` merges with duplicate checks.
    pub fn kwargs_dict(&mut self, keywords: &'a [ast::Keyword]) -> CResult {
        self.emit(Opcode::BUILD_MAP, 0);
        let mut i = 0;
        while i < keywords.len() {
            match &keywords[i].arg {
                None => {
                    self.expr(&keywords[i].value)?;
                    self.emit(Opcode::DICT_MERGE, 1);
                    i += 1;
                }
                Some(_) => {
                    let mut j = i;
                    while j < keywords.len() && keywords[j].arg.is_some() && j - i < 16 {
                        j += 1;
                    }
                    for k in &keywords[i..j] {
                        let name = k
                            .arg
                            .as_ref()
                            .map(|a| a.as_str().to_string())
                            .unwrap_or_default();
                        self.load_const(Const::Str(name));
                        self.expr(&k.value)?;
                    }
                    self.emit(Opcode::BUILD_MAP, (j - i) as u32);
                    self.emit(Opcode::DICT_MERGE, 1);
                    i = j;
                }
            }
        }
        Ok(())
    }

    /// `super()` with no arguments inside a method: `super(__class__, first_arg)`.
    /// Returns false when the call is not one (then it compiles as a plain call).
    fn zero_arg_super(&mut self, func: &'a Expr) -> CResult<bool> {
        let Expr::Name(n) = func else {
            return Ok(false);
        };
        if n.id.as_str() != "super" {
            return Ok(false);
        }
        let scope = &self.table.scopes[self.unit().scope];
        // Only the builtin `super`, in a function with `__class__` available. A
        // comprehension is a function too (3.11 does not inline them): its first
        // argument is the iterator `.0`, which super() then rejects as CPython does.
        if !scope.kind.is_function_like() {
            return Ok(false);
        }
        if scope.scope_of("super") != NameScope::GlobalImplicit
            || scope.scope_of("__class__") != NameScope::Free
        {
            return Ok(false);
        }
        let Some(first) = scope.params.first().cloned() else {
            return Ok(false);
        };
        self.name_op("super", NameCtx::Load)?;
        self.emit(Opcode::PUSH_NULL, 0);
        self.name_op("__class__", NameCtx::Load)?;
        // The first parameter: a fast local, or a cell when an inner scope captures it.
        self.name_op(&first, NameCtx::Load)?;
        self.emit(Opcode::CALL, 2);
        Ok(true)
    }
}
