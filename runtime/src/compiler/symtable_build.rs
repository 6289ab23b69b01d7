//! Builds the symbol table from the AST: one scope per module, class,
//! function, lambda and comprehension, with the raw facts about each name
//! (bound, used, declared global/nonlocal, parameter). Also makes the
//! checks CPython's symtable makes (global/nonlocal misuse, duplicate
//! parameters, `yield` outside a function, walrus in comprehensions).

use ruff_python_ast::{self as ast, Expr, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::symtable::{flag, mangle, Scope, ScopeError, ScopeId, ScopeKind, SymbolTable};

/// Deepest AST nesting the passes recurse into before giving up.
pub const MAX_DEPTH: usize = 2000;

/// What stopped the build.
#[derive(Debug)]
pub enum BuildError {
    Syntax(ScopeError),
    TooDeep(TextRange),
}

type R = Result<(), BuildError>;

fn err(msg: impl Into<String>, range: TextRange) -> BuildError {
    BuildError::Syntax(ScopeError {
        msg: msg.into(),
        range,
    })
}

pub struct Builder {
    pub table: SymbolTable,
    current: ScopeId,
    depth: usize,
    future_annotations: bool,
    /// Inside the iterable of a comprehension (walrus is not allowed there).
    in_comp_iter: usize,
}

/// Builds and analyses the symbol table of a module or expression.
pub fn build(
    body: &[Stmt],
    expr: Option<&Expr>,
    future_annotations: bool,
) -> Result<SymbolTable, BuildError> {
    let mut table = SymbolTable::default();
    table.scopes.push(Scope::new(
        ScopeKind::Module,
        "top",
        None,
        TextRange::default(),
    ));
    let mut b = Builder {
        table,
        current: 0,
        depth: 0,
        future_annotations,
        in_comp_iter: 0,
    };
    for stmt in body {
        b.stmt(stmt)?;
    }
    if let Some(e) = expr {
        b.expr(e)?;
    }
    b.table.analyze().map_err(BuildError::Syntax)?;
    Ok(b.table)
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.table.scopes[self.current].private.as_deref(), name)
    }

    fn add(&mut self, name: &str, flags: u32, range: TextRange) -> R {
        let name = self.mangled(name);
        if flags & flag::DEF_PARAM != 0 && self.cur().flags(&name) & flag::DEF_PARAM != 0 {
            return Err(err(
                format!("duplicate argument '{name}' in function definition"),
                range,
            ));
        }
        self.cur().add(&name, flags);
        Ok(())
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, range: TextRange) -> ScopeId {
        let id = self.table.scopes.len();
        let mut scope = Scope::new(kind, name, Some(self.current), range);
        scope.private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.table.scopes[self.current].private.clone()
        };
        self.table.scopes.push(scope);
        self.table.scopes[self.current].children.push(id);
        self.table
            .by_range
            .insert((range.start().to_u32(), range.end().to_u32()), id);
        self.current = id;
        id
    }

    fn leave(&mut self, parent: ScopeId) {
        self.current = parent;
    }

    fn deeper(&mut self, range: TextRange) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(BuildError::TooDeep(range));
        }
        Ok(())
    }

    fn body(&mut self, stmts: &[Stmt]) -> R {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.deeper(s.range())?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn annotation(&mut self, e: &Expr) -> R {
        // Under `from __future__ import annotations` they are strings.
        if self.future_annotations {
            return Ok(());
        }
        self.expr(e)
    }

    fn parameters_outside(&mut self, params: &ast::Parameters, annotations: bool) -> R {
        // Defaults and annotations are evaluated in the enclosing scope.
        for p in params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
        {
            if let Some(d) = &p.default {
                self.expr(d)?;
            }
        }
        if annotations {
            for p in params.iter() {
                if let Some(a) = p.annotation() {
                    self.annotation(a)?;
                }
            }
        }
        Ok(())
    }

    fn parameters_inside(&mut self, params: &ast::Parameters) -> R {
        let mut names = Vec::new();
        for p in params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
        {
            names.push(&p.parameter);
        }
        if let Some(v) = &params.vararg {
            names.push(v);
        }
        if let Some(k) = &params.kwarg {
            names.push(k);
        }
        // CPython's order: positional, keyword-only, then *args, **kwargs.
        let mut ordered: Vec<&ast::Parameter> = Vec::new();
        ordered.extend(
            params
                .posonlyargs
                .iter()
                .chain(&params.args)
                .map(|p| &p.parameter),
        );
        ordered.extend(params.kwonlyargs.iter().map(|p| &p.parameter));
        if let Some(v) = &params.vararg {
            ordered.push(v);
        }
        if let Some(k) = &params.kwarg {
            ordered.push(k);
        }
        for p in ordered {
            let name = p.name.as_str();
            if name == "__debug__" {
                return Err(err("cannot assign to __debug__", p.name.range));
            }
            self.add(name, flag::DEF_PARAM, p.name.range)?;
            let mangled = self.mangled(name);
            self.cur().params.push(mangled);
        }
        Ok(())
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R {
        match s {
            Stmt::FunctionDef(f) => {
                self.add(f.name.as_str(), flag::DEF_LOCAL, f.name.range)?;
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.parameters_outside(&f.parameters, true)?;
                if let Some(r) = &f.returns {
                    self.annotation(r)?;
                }
                let parent = self.current;
                self.enter(ScopeKind::Function, f.name.as_str(), f.range);
                self.cur().is_async_def = f.is_async;
                self.parameters_inside(&f.parameters)?;
                self.body(&f.body)?;
                self.leave(parent);
            }
            Stmt::ClassDef(c) => {
                self.add(c.name.as_str(), flag::DEF_LOCAL, c.name.range)?;
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    self.arguments(args)?;
                }
                let parent = self.current;
                self.enter(ScopeKind::Class, c.name.as_str(), c.range);
                self.body(&c.body)?;
                self.leave(parent);
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.expr(t))?,
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                a.targets.iter().try_for_each(|t| self.expr(t))?;
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target)?;
                self.expr(&a.value)?;
                // The target is read too.
                if let Expr::Name(n) = &*a.target {
                    self.add(n.id.as_str(), flag::USE, n.range)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let name = self.mangled(n.id.as_str());
                    let cur = self.cur().flags(&name);
                    let kind = self.table.scopes[self.current].kind;
                    if cur & (flag::DEF_GLOBAL | flag::DEF_NONLOCAL) != 0
                        && kind != ScopeKind::Module
                        && a.simple
                    {
                        let which = if cur & flag::DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(err(
                            format!("annotated name '{}' can't be {which}", n.id),
                            n.range,
                        ));
                    }
                    if n.id.as_str() == "__debug__" {
                        return Err(err("cannot assign to __debug__", n.range));
                    }
                    if a.simple {
                        self.add(n.id.as_str(), flag::DEF_ANNOT | flag::DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.expr(&a.target)?;
                    }
                } else {
                    self.expr(&a.target)?;
                }
                let kind = self.table.scopes[self.current].kind;
                if !kind.is_function_like() {
                    self.annotation(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
            }
            Stmt::TypeAlias(t) => {
                self.expr(&t.name)?;
                self.expr(&t.value)?;
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.expr(&f.target)?;
                self.body(&f.body)?;
                self.body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.body(&w.body)?;
                self.body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.expr(t)?;
                    }
                    self.body(&clause.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(name) = &h.name {
                        self.add(name.as_str(), flag::DEF_LOCAL, name.range)?;
                    }
                    self.body(&h.body)?;
                }
                self.body(&t.orelse)?;
                self.body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(a) => a.as_str().to_string(),
                        None => alias
                            .name
                            .as_str()
                            .split('.')
                            .next()
                            .unwrap_or("")
                            .to_string(),
                    };
                    self.add(&bound, flag::DEF_IMPORT, alias.range)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add(bound.as_str(), flag::DEF_IMPORT, alias.range)?;
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    let mangled = self.mangled(name.as_str());
                    let cur = self.cur().flags(&mangled);
                    if cur & (flag::DEF_PARAM | flag::DEF_LOCAL | flag::USE | flag::DEF_ANNOT) != 0
                    {
                        let msg = if cur & flag::DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & flag::USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & flag::DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(err(msg, g.range));
                    }
                    self.add(name.as_str(), flag::DEF_GLOBAL, name.range)?;
                    let current = self.current;
                    self.table
                        .directives
                        .entry((current, mangled))
                        .or_insert(g.range);
                }
            }
            Stmt::Nonlocal(n) => {
                if self.table.scopes[self.current].kind == ScopeKind::Module {
                    return Err(err(
                        "nonlocal declaration not allowed at module level",
                        n.range,
                    ));
                }
                for name in &n.names {
                    let mangled = self.mangled(name.as_str());
                    let cur = self.cur().flags(&mangled);
                    if cur & (flag::DEF_PARAM | flag::DEF_LOCAL | flag::USE | flag::DEF_ANNOT) != 0
                    {
                        let msg = if cur & flag::DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & flag::USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & flag::DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(err(msg, n.range));
                    }
                    self.add(name.as_str(), flag::DEF_NONLOCAL, name.range)?;
                    let current = self.current;
                    self.table
                        .directives
                        .entry((current, mangled))
                        .or_insert(n.range);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn arguments(&mut self, args: &ast::Arguments) -> R {
        args.args.iter().try_for_each(|a| self.expr(a))?;
        args.keywords.iter().try_for_each(|k| self.expr(&k.value))
    }

    fn pattern(&mut self, p: &Pattern) -> R {
        self.deeper(p.range())?;
        let r = self.pattern_inner(p);
        self.depth -= 1;
        r
    }

    fn pattern_inner(&mut self, p: &Pattern) -> R {
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.pattern(p))?,
            Pattern::MatchMapping(m) => {
                m.keys.iter().try_for_each(|k| self.expr(k))?;
                m.patterns.iter().try_for_each(|p| self.pattern(p))?;
                if let Some(rest) = &m.rest {
                    self.add(rest.as_str(), flag::DEF_LOCAL, rest.range)?;
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                c.arguments
                    .patterns
                    .iter()
                    .try_for_each(|p| self.pattern(p))?;
                c.arguments
                    .keywords
                    .iter()
                    .try_for_each(|k| self.pattern(&k.pattern))?;
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add(n.as_str(), flag::DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.add(n.as_str(), flag::DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.pattern(p))?,
        }
        Ok(())
    }

    pub fn expr(&mut self, e: &Expr) -> R {
        self.deeper(e.range())?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        match e {
            Expr::BoolOp(b) => b.values.iter().try_for_each(|v| self.expr(v))?,
            Expr::Named(n) => {
                if self.in_comp_iter > 0 {
                    return Err(err(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        n.range,
                    ));
                }
                self.expr(&n.value)?;
                if let Expr::Name(target) = &*n.target {
                    self.named_target(target)?;
                } else {
                    self.expr(&n.target)?;
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.parameters_outside(p, false)?;
                }
                let parent = self.current;
                self.enter(ScopeKind::Lambda, "<lambda>", l.range);
                if let Some(p) = &l.parameters {
                    self.parameters_inside(p)?;
                }
                self.expr(&l.body)?;
                self.leave(parent);
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(s) => s.elts.iter().try_for_each(|v| self.expr(v))?,
            Expr::ListComp(c) => {
                self.comprehension("<listcomp>", e.range(), &c.generators, &[&c.elt])?
            }
            Expr::SetComp(c) => {
                self.comprehension("<setcomp>", e.range(), &c.generators, &[&c.elt])?
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension("<dictcomp>", e.range(), &c.generators, &elts)?
            }
            Expr::Generator(c) => {
                self.comprehension("<genexpr>", e.range(), &c.generators, &[&c.elt])?
            }
            Expr::Await(a) => {
                if self.table.scopes[self.current].kind == ScopeKind::Comprehension {
                    self.cur().is_async_comprehension = true;
                }
                self.expr(&a.value)?;
            }
            Expr::Yield(y) => {
                self.yield_here(e.range())?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.yield_here(e.range())?;
                if self.table.scopes[self.current].is_async_def {
                    return Err(err("'yield from' inside async function", e.range()));
                }
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                c.comparators.iter().try_for_each(|v| self.expr(v))?;
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                self.arguments(&c.arguments)?;
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => self.name(n)?,
            Expr::List(l) => l.elts.iter().try_for_each(|v| self.expr(v))?,
            Expr::Tuple(t) => t.elts.iter().try_for_each(|v| self.expr(v))?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> R {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    fn name(&mut self, n: &ast::ExprName) -> R {
        let id = n.id.as_str();
        match n.ctx {
            ast::ExprContext::Load | ast::ExprContext::Invalid => {
                self.add(id, flag::USE, n.range)?;
                // A bare `super` may need the enclosing class: make `__class__` visible.
                if id == "super" && self.table.scopes[self.current].kind.is_function_like() {
                    self.cur().add("__class__", flag::USE);
                }
            }
            ast::ExprContext::Store | ast::ExprContext::Del => {
                if id == "__debug__" {
                    let what = if n.ctx == ast::ExprContext::Del {
                        "cannot delete __debug__"
                    } else {
                        "cannot assign to __debug__"
                    };
                    return Err(err(what, n.range));
                }
                self.add(id, flag::DEF_LOCAL, n.range)?;
            }
        }
        Ok(())
    }

    fn yield_here(&mut self, range: TextRange) -> R {
        let scope = &self.table.scopes[self.current];
        match scope.kind {
            ScopeKind::Module | ScopeKind::Class => {
                return Err(err("'yield' outside function", range))
            }
            ScopeKind::Comprehension => {
                let what = match scope.name.as_str() {
                    "<listcomp>" => "'yield' inside list comprehension",
                    "<setcomp>" => "'yield' inside set comprehension",
                    "<dictcomp>" => "'yield' inside dict comprehension",
                    _ => "'yield' inside generator expression",
                };
                return Err(err(what, range));
            }
            _ => {}
        }
        self.cur().is_generator = true;
        Ok(())
    }

    /// A walrus target: in a comprehension it binds in the enclosing function
    /// (or module) scope, never in the comprehension itself.
    fn named_target(&mut self, target: &ast::ExprName) -> R {
        let name = self.mangled(target.id.as_str());
        if self.table.scopes[self.current].kind != ScopeKind::Comprehension {
            return self.name(target);
        }
        let mut id = self.current;
        loop {
            let scope = &self.table.scopes[id];
            match scope.kind {
                ScopeKind::Comprehension => {
                    if scope.flags(&name) & flag::DEF_COMP_ITER != 0 {
                        return Err(err(
                            format!("assignment expression cannot rebind comprehension iteration variable '{}'", target.id),
                            target.range,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let global = scope.flags(&name) & flag::DEF_GLOBAL != 0;
                    let cur_flag = if global {
                        flag::DEF_GLOBAL
                    } else {
                        flag::DEF_NONLOCAL
                    };
                    self.cur().add(&name, cur_flag);
                    self.table.scopes[id].add(&name, flag::DEF_LOCAL);
                    return Ok(());
                }
                ScopeKind::Module => {
                    self.cur().add(&name, flag::DEF_GLOBAL);
                    self.table.scopes[id].add(&name, flag::DEF_GLOBAL);
                    return Ok(());
                }
                ScopeKind::Class => {
                    return Err(err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.range,
                    ));
                }
            }
            match scope.parent {
                Some(p) => id = p,
                None => return Ok(()),
            }
        }
    }

    fn comprehension(
        &mut self,
        name: &str,
        range: TextRange,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
    ) -> R {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        // The first iterable is evaluated in the enclosing scope.
        self.in_comp_iter += 1;
        let r = self.expr(&first.iter);
        self.in_comp_iter -= 1;
        r?;
        let parent = self.current;
        self.enter(ScopeKind::Comprehension, name, range);
        if generators.iter().any(|g| g.is_async) {
            self.cur().is_async_comprehension = true;
        }
        if name == "<genexpr>" {
            self.cur().is_generator = true;
        }
        self.cur().add(".0", flag::DEF_PARAM);
        self.cur().params.push(".0".to_string());
        let saved_iter = self.in_comp_iter;
        self.in_comp_iter = 0;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.in_comp_iter += 1;
                let r = self.expr(&g.iter);
                self.in_comp_iter -= 1;
                r?;
            }
            self.comp_target(&g.target)?;
            g.ifs.iter().try_for_each(|c| self.expr(c))?;
        }
        for e in elts {
            self.expr(e)?;
        }
        self.in_comp_iter = saved_iter;
        self.leave(parent);
        Ok(())
    }

    fn comp_target(&mut self, target: &Expr) -> R {
        self.expr(target)?;
        let mut names = Vec::new();
        collect_store_names(target, &mut names);
        for n in names {
            self.add(&n, flag::DEF_COMP_ITER, target.range())?;
        }
        Ok(())
    }
}

fn collect_store_names(e: &Expr, out: &mut Vec<String>) {
    match e {
        Expr::Name(n) => out.push(n.id.as_str().to_string()),
        Expr::Tuple(t) => t.elts.iter().for_each(|e| collect_store_names(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| collect_store_names(e, out)),
        Expr::Starred(s) => collect_store_names(&s.value, out),
        _ => {}
    }
}
