//! `_ast_parse`: parses source with Ember's front end and builds the `ast` module's nodes.
//!
//! `parse(source, filename, mode, classes, singletons)` calls `classes[name](**fields)` for
//! each node of ruff's tree, mapped to CPython 3.11's shapes (f-strings as `JoinedStr`,
//! `elif` as a nested `If`, ...); operators and contexts come from `singletons`. Positions
//! are CPython's: 1-based lines, 0-based UTF-8 byte columns.

use ruff_python_ast::{self as ast, Expr, Mod, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::bytecode::Mode;
use crate::compiler::Locator;
use crate::object::native::Args;
use crate::object::value::Value;
use crate::stdlib::registry_data::native_type::add_fn;
use crate::vm::{PyResult, Vm};

struct Conv<'a, 's> {
    vm: &'a Vm,
    src: &'a Locator<'s>,
    classes: Value,
    singletons: Value,
}

type Fields<'f> = Vec<(&'f str, Value)>;

impl Conv<'_, '_> {
    fn lookup(&self, dict: &Value, name: &str) -> PyResult<Value> {
        let d = self.vm.as_dict(dict).unwrap();
        self.vm
            .dict_get_str_key(d, name)
            .ok_or_else(|| self.vm.type_error(format!("ast: no node class {name}")))
    }

    fn single(&self, name: &str) -> PyResult<Value> {
        self.lookup(&self.singletons, name)
    }

    /// `classes[name](**fields)`, with positions when `range` is given.
    fn node(&self, name: &str, mut fields: Fields, range: Option<TextRange>) -> PyResult<Value> {
        let cls = self.lookup(&self.classes, name)?;
        if let Some(r) = range {
            let s = self.src;
            let (start, end) = (r.start(), r.end());
            fields.push(("lineno", self.vm.new_int(s.line_of(start) as i64)));
            fields.push(("col_offset", self.vm.new_int(s.byte_col(start) as i64)));
            fields.push(("end_lineno", self.vm.new_int(s.line_of(end) as i64)));
            fields.push(("end_col_offset", self.vm.new_int(s.byte_col(end) as i64)));
        }
        let mut args = Vec::with_capacity(fields.len());
        let mut names = Vec::with_capacity(fields.len());
        for (k, v) in fields {
            names.push(self.vm.intern(k));
            args.push(v);
        }
        self.vm.call_kw(&cls, &args, &names)
    }

    fn str(&self, s: &str) -> Value {
        self.vm.new_str(s)
    }

    fn opt_str(&self, s: Option<&ast::Identifier>) -> Value {
        s.map(|i| self.str(i.as_str()))
            .unwrap_or_else(|| self.vm.none.clone())
    }

    fn int(&self, b: bool) -> Value {
        self.vm.new_int(b as i64)
    }

    fn list<T>(&self, items: &[T], f: impl Fn(&T) -> PyResult<Value>) -> PyResult<Value> {
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            out.push(f(it)?);
        }
        Ok(self.vm.new_list(out))
    }

    fn exprs(&self, items: &[Expr]) -> PyResult<Value> {
        self.list(items, |e| self.expr(e))
    }

    fn stmts(&self, items: &[Stmt]) -> PyResult<Value> {
        self.list(items, |s| self.stmt(s))
    }

    fn opt_expr(&self, e: Option<&Expr>) -> PyResult<Value> {
        match e {
            Some(e) => self.expr(e),
            None => Ok(self.vm.none.clone()),
        }
    }

    fn module(&self, m: &Mod, mode: &str) -> PyResult<Value> {
        match (m, mode) {
            (Mod::Expression(e), _) => {
                self.node("Expression", vec![("body", self.expr(&e.body)?)], None)
            }
            (Mod::Module(m), "single") => {
                self.node("Interactive", vec![("body", self.stmts(&m.body)?)], None)
            }
            (Mod::Module(m), _) => self.node(
                "Module",
                vec![
                    ("body", self.stmts(&m.body)?),
                    ("type_ignores", self.vm.new_list(vec![])),
                ],
                None,
            ),
        }
    }

    /// Where `def`/`class` (or `async`) starts: CPython's position of a decorated definition.
    fn def_start(
        &self,
        range: TextRange,
        name: &ast::Identifier,
        has_decorators: bool,
    ) -> TextRange {
        if !has_decorators {
            return range;
        }
        let text = self.src.source();
        let skip_back = |mut i: usize| {
            let b = text.as_bytes();
            while i > 0 && matches!(b[i - 1], b' ' | b'\t' | b'\x0c' | b'\\' | b'\n' | b'\r') {
                i -= 1;
            }
            i
        };
        let name_start = name.range().start().to_usize();
        let mut start = skip_back(name_start);
        for kw in ["def", "class"] {
            if text[..start].ends_with(kw) {
                start -= kw.len();
                break;
            }
        }
        let before = skip_back(start);
        if text[..before].ends_with("async") {
            start = before - 5;
        }
        TextRange::new(TextSize::new(start as u32), range.end())
    }

    fn stmt(&self, s: &Stmt) -> PyResult<Value> {
        self.vm.check_native_stack()?;
        let vm = self.vm;
        let none = || vm.none.clone();
        let r = Some(s.range());
        match s {
            Stmt::FunctionDef(f) => {
                let kind = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                let decos = self.list(&f.decorator_list, |d| self.expr(&d.expression))?;
                let at = self.def_start(f.range, &f.name, !f.decorator_list.is_empty());
                self.node(
                    kind,
                    vec![
                        ("name", self.str(f.name.as_str())),
                        ("args", self.parameters(Some(&f.parameters))?),
                        ("body", self.stmts(&f.body)?),
                        ("decorator_list", decos),
                        ("returns", self.opt_expr(f.returns.as_deref())?),
                        ("type_comment", none()),
                    ],
                    Some(at),
                )
            }
            Stmt::ClassDef(c) => {
                let decos = self.list(&c.decorator_list, |d| self.expr(&d.expression))?;
                let at = self.def_start(c.range, &c.name, !c.decorator_list.is_empty());
                let (bases, keywords) = match &c.arguments {
                    Some(a) => (
                        self.exprs(&a.args)?,
                        self.list(&a.keywords, |k| self.keyword(k))?,
                    ),
                    None => (vm.new_list(vec![]), vm.new_list(vec![])),
                };
                self.node(
                    "ClassDef",
                    vec![
                        ("name", self.str(c.name.as_str())),
                        ("bases", bases),
                        ("keywords", keywords),
                        ("body", self.stmts(&c.body)?),
                        ("decorator_list", decos),
                    ],
                    Some(at),
                )
            }
            Stmt::Return(x) => self.node(
                "Return",
                vec![("value", self.opt_expr(x.value.as_deref())?)],
                r,
            ),
            Stmt::Delete(x) => self.node("Delete", vec![("targets", self.exprs(&x.targets)?)], r),
            Stmt::Assign(x) => self.node(
                "Assign",
                vec![
                    ("targets", self.exprs(&x.targets)?),
                    ("value", self.expr(&x.value)?),
                    ("type_comment", none()),
                ],
                r,
            ),
            Stmt::AugAssign(x) => self.node(
                "AugAssign",
                vec![
                    ("target", self.expr(&x.target)?),
                    ("op", self.single(operator_name(x.op))?),
                    ("value", self.expr(&x.value)?),
                ],
                r,
            ),
            Stmt::AnnAssign(x) => self.node(
                "AnnAssign",
                vec![
                    ("target", self.expr(&x.target)?),
                    ("annotation", self.expr(&x.annotation)?),
                    ("value", self.opt_expr(x.value.as_deref())?),
                    ("simple", self.int(x.simple)),
                ],
                r,
            ),
            Stmt::For(x) => self.node(
                if x.is_async { "AsyncFor" } else { "For" },
                vec![
                    ("target", self.expr(&x.target)?),
                    ("iter", self.expr(&x.iter)?),
                    ("body", self.stmts(&x.body)?),
                    ("orelse", self.stmts(&x.orelse)?),
                    ("type_comment", none()),
                ],
                r,
            ),
            Stmt::While(x) => self.node(
                "While",
                vec![
                    ("test", self.expr(&x.test)?),
                    ("body", self.stmts(&x.body)?),
                    ("orelse", self.stmts(&x.orelse)?),
                ],
                r,
            ),
            Stmt::If(x) => {
                // `elif` clauses become an `If` in the `orelse` of the one before, from the end.
                let mut orelse = vm.new_list(vec![]);
                for clause in x.elif_else_clauses.iter().rev() {
                    orelse = match &clause.test {
                        None => self.stmts(&clause.body)?,
                        Some(test) => {
                            let range = TextRange::new(clause.range.start(), x.range.end());
                            let n = self.node(
                                "If",
                                vec![
                                    ("test", self.expr(test)?),
                                    ("body", self.stmts(&clause.body)?),
                                    ("orelse", orelse),
                                ],
                                Some(range),
                            )?;
                            vm.new_list(vec![n])
                        }
                    };
                }
                self.node(
                    "If",
                    vec![
                        ("test", self.expr(&x.test)?),
                        ("body", self.stmts(&x.body)?),
                        ("orelse", orelse),
                    ],
                    r,
                )
            }
            Stmt::With(x) => {
                let items = self.list(&x.items, |w| {
                    self.node(
                        "withitem",
                        vec![
                            ("context_expr", self.expr(&w.context_expr)?),
                            ("optional_vars", self.opt_expr(w.optional_vars.as_deref())?),
                        ],
                        None,
                    )
                })?;
                self.node(
                    if x.is_async { "AsyncWith" } else { "With" },
                    vec![
                        ("items", items),
                        ("body", self.stmts(&x.body)?),
                        ("type_comment", none()),
                    ],
                    r,
                )
            }
            Stmt::Match(x) => {
                let cases = self.list(&x.cases, |c| {
                    self.node(
                        "match_case",
                        vec![
                            ("pattern", self.pattern(&c.pattern)?),
                            ("guard", self.opt_expr(c.guard.as_deref())?),
                            ("body", self.stmts(&c.body)?),
                        ],
                        None,
                    )
                })?;
                self.node(
                    "Match",
                    vec![("subject", self.expr(&x.subject)?), ("cases", cases)],
                    r,
                )
            }
            Stmt::Raise(x) => self.node(
                "Raise",
                vec![
                    ("exc", self.opt_expr(x.exc.as_deref())?),
                    ("cause", self.opt_expr(x.cause.as_deref())?),
                ],
                r,
            ),
            Stmt::Try(x) => {
                let handlers = self.list(&x.handlers, |h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    self.node(
                        "ExceptHandler",
                        vec![
                            ("type", self.opt_expr(h.type_.as_deref())?),
                            ("name", self.opt_str(h.name.as_ref())),
                            ("body", self.stmts(&h.body)?),
                        ],
                        Some(h.range),
                    )
                })?;
                self.node(
                    if x.is_star { "TryStar" } else { "Try" },
                    vec![
                        ("body", self.stmts(&x.body)?),
                        ("handlers", handlers),
                        ("orelse", self.stmts(&x.orelse)?),
                        ("finalbody", self.stmts(&x.finalbody)?),
                    ],
                    r,
                )
            }
            Stmt::Assert(x) => self.node(
                "Assert",
                vec![
                    ("test", self.expr(&x.test)?),
                    ("msg", self.opt_expr(x.msg.as_deref())?),
                ],
                r,
            ),
            Stmt::Import(x) => self.node("Import", vec![("names", self.aliases(&x.names)?)], r),
            Stmt::ImportFrom(x) => self.node(
                "ImportFrom",
                vec![
                    ("module", self.opt_str(x.module.as_ref())),
                    ("names", self.aliases(&x.names)?),
                    ("level", vm.new_int(x.level as i64)),
                ],
                r,
            ),
            Stmt::Global(x) => {
                let names = self.list(&x.names, |n| Ok(self.str(n.as_str())))?;
                self.node("Global", vec![("names", names)], r)
            }
            Stmt::Nonlocal(x) => {
                let names = self.list(&x.names, |n| Ok(self.str(n.as_str())))?;
                self.node("Nonlocal", vec![("names", names)], r)
            }
            Stmt::Expr(x) => self.node("Expr", vec![("value", self.expr(&x.value)?)], r),
            Stmt::Pass(_) => self.node("Pass", vec![], r),
            Stmt::Break(_) => self.node("Break", vec![], r),
            Stmt::Continue(_) => self.node("Continue", vec![], r),
            // The parser rejects these for Python 3.11.
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {
                Err(vm.value_error("ast: statement not supported in Python 3.11"))
            }
        }
    }

    fn aliases(&self, names: &[ast::Alias]) -> PyResult<Value> {
        self.list(names, |a| {
            self.node(
                "alias",
                vec![
                    ("name", self.str(a.name.as_str())),
                    ("asname", self.opt_str(a.asname.as_ref())),
                ],
                Some(a.range),
            )
        })
    }

    fn keyword(&self, k: &ast::Keyword) -> PyResult<Value> {
        self.node(
            "keyword",
            vec![
                ("arg", self.opt_str(k.arg.as_ref())),
                ("value", self.expr(&k.value)?),
            ],
            Some(k.range),
        )
    }

    fn arg(&self, p: &ast::Parameter) -> PyResult<Value> {
        // CPython's `arg` starts at the name, after any `*` or `**`.
        let end = p
            .annotation
            .as_ref()
            .map_or(p.name.range.end(), |a| a.range().end());
        self.node(
            "arg",
            vec![
                ("arg", self.str(p.name.as_str())),
                ("annotation", self.opt_expr(p.annotation.as_deref())?),
                ("type_comment", self.vm.none.clone()),
            ],
            Some(TextRange::new(p.name.range.start(), end)),
        )
    }

    fn opt_arg(&self, p: Option<&ast::Parameter>) -> PyResult<Value> {
        match p {
            Some(p) => self.arg(p),
            None => Ok(self.vm.none.clone()),
        }
    }

    fn parameters(&self, p: Option<&ast::Parameters>) -> PyResult<Value> {
        let empty = ast::Parameters::default();
        let p = p.unwrap_or(&empty);
        let plain = |v: &[ast::ParameterWithDefault]| self.list(v, |a| self.arg(&a.parameter));
        let mut defaults = vec![];
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(d) = &a.default {
                defaults.push(self.expr(d)?);
            }
        }
        let kw_defaults = self.list(&p.kwonlyargs, |a| self.opt_expr(a.default.as_deref()))?;
        self.node(
            "arguments",
            vec![
                ("posonlyargs", plain(&p.posonlyargs)?),
                ("args", plain(&p.args)?),
                ("vararg", self.opt_arg(p.vararg.as_deref())?),
                ("kwonlyargs", plain(&p.kwonlyargs)?),
                ("kw_defaults", kw_defaults),
                ("kwarg", self.opt_arg(p.kwarg.as_deref())?),
                ("defaults", self.vm.new_list(defaults)),
            ],
            None,
        )
    }

    fn ctx(&self, c: ast::ExprContext) -> PyResult<Value> {
        self.single(match c {
            ast::ExprContext::Store => "Store",
            ast::ExprContext::Del => "Del",
            _ => "Load",
        })
    }

    fn comprehensions(&self, gens: &[ast::Comprehension]) -> PyResult<Value> {
        self.list(gens, |g| {
            self.node(
                "comprehension",
                vec![
                    ("target", self.expr(&g.target)?),
                    ("iter", self.expr(&g.iter)?),
                    ("ifs", self.exprs(&g.ifs)?),
                    ("is_async", self.int(g.is_async)),
                ],
                None,
            )
        })
    }

    fn constant(&self, value: Value, kind: Option<&str>, r: Option<TextRange>) -> PyResult<Value> {
        let kind = kind
            .map(|k| self.str(k))
            .unwrap_or_else(|| self.vm.none.clone());
        self.node("Constant", vec![("value", value), ("kind", kind)], r)
    }

    fn expr(&self, e: &Expr) -> PyResult<Value> {
        self.vm.check_native_stack()?;
        let vm = self.vm;
        let r = Some(e.range());
        match e {
            Expr::BoolOp(x) => self.node(
                "BoolOp",
                vec![
                    (
                        "op",
                        self.single(if x.op == ast::BoolOp::And {
                            "And"
                        } else {
                            "Or"
                        })?,
                    ),
                    ("values", self.exprs(&x.values)?),
                ],
                r,
            ),
            Expr::Named(x) => self.node(
                "NamedExpr",
                vec![
                    ("target", self.expr(&x.target)?),
                    ("value", self.expr(&x.value)?),
                ],
                r,
            ),
            Expr::BinOp(x) => self.node(
                "BinOp",
                vec![
                    ("left", self.expr(&x.left)?),
                    ("op", self.single(operator_name(x.op))?),
                    ("right", self.expr(&x.right)?),
                ],
                r,
            ),
            Expr::UnaryOp(x) => {
                let op = match x.op {
                    ast::UnaryOp::Invert => "Invert",
                    ast::UnaryOp::Not => "Not",
                    ast::UnaryOp::UAdd => "UAdd",
                    ast::UnaryOp::USub => "USub",
                };
                self.node(
                    "UnaryOp",
                    vec![
                        ("op", self.single(op)?),
                        ("operand", self.expr(&x.operand)?),
                    ],
                    r,
                )
            }
            Expr::Lambda(x) => self.node(
                "Lambda",
                vec![
                    ("args", self.parameters(x.parameters.as_deref())?),
                    ("body", self.expr(&x.body)?),
                ],
                r,
            ),
            Expr::If(x) => self.node(
                "IfExp",
                vec![
                    ("test", self.expr(&x.test)?),
                    ("body", self.expr(&x.body)?),
                    ("orelse", self.expr(&x.orelse)?),
                ],
                r,
            ),
            Expr::Dict(x) => {
                let keys = self.list(&x.items, |i| self.opt_expr(i.key.as_ref()))?;
                let values = self.list(&x.items, |i| self.expr(&i.value))?;
                self.node("Dict", vec![("keys", keys), ("values", values)], r)
            }
            Expr::Set(x) => self.node("Set", vec![("elts", self.exprs(&x.elts)?)], r),
            Expr::ListComp(x) => self.node(
                "ListComp",
                vec![
                    ("elt", self.expr(&x.elt)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
                r,
            ),
            Expr::SetComp(x) => self.node(
                "SetComp",
                vec![
                    ("elt", self.expr(&x.elt)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
                r,
            ),
            Expr::DictComp(x) => self.node(
                "DictComp",
                vec![
                    ("key", self.opt_expr(x.key.as_deref())?),
                    ("value", self.expr(&x.value)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
                r,
            ),
            Expr::Generator(x) => self.node(
                "GeneratorExp",
                vec![
                    ("elt", self.expr(&x.elt)?),
                    ("generators", self.comprehensions(&x.generators)?),
                ],
                r,
            ),
            Expr::Await(x) => self.node("Await", vec![("value", self.expr(&x.value)?)], r),
            Expr::Yield(x) => self.node(
                "Yield",
                vec![("value", self.opt_expr(x.value.as_deref())?)],
                r,
            ),
            Expr::YieldFrom(x) => self.node("YieldFrom", vec![("value", self.expr(&x.value)?)], r),
            Expr::Compare(x) => {
                let ops = self.list(&x.ops, |o| self.single(cmp_name(*o)))?;
                self.node(
                    "Compare",
                    vec![
                        ("left", self.expr(&x.left)?),
                        ("ops", ops),
                        ("comparators", self.exprs(&x.comparators)?),
                    ],
                    r,
                )
            }
            Expr::Call(x) => {
                let a = &x.arguments;
                // A lone generator argument's range is the call's parentheses, as CPython's.
                let args = if let [Expr::Generator(g)] = &a.args[..] {
                    if a.keywords.is_empty() && !g.parenthesized {
                        vec![self.node(
                            "GeneratorExp",
                            vec![
                                ("elt", self.expr(&g.elt)?),
                                ("generators", self.comprehensions(&g.generators)?),
                            ],
                            Some(a.range),
                        )?]
                    } else {
                        vec![self.expr(&a.args[0])?]
                    }
                } else {
                    let mut v = Vec::with_capacity(a.args.len());
                    for e in a.args.iter() {
                        v.push(self.expr(e)?);
                    }
                    v
                };
                self.node(
                    "Call",
                    vec![
                        ("func", self.expr(&x.func)?),
                        ("args", vm.new_list(args)),
                        ("keywords", self.list(&a.keywords, |k| self.keyword(k))?),
                    ],
                    r,
                )
            }
            Expr::FString(x) => {
                let mut parts = Parts::default();
                for p in x.value.iter() {
                    match p {
                        ast::FStringPart::Literal(s) => parts.text.push_str(&s.value),
                        ast::FStringPart::FString(f) => {
                            self.fstring_elements(&f.elements, &mut parts, x.range, f.range)?
                        }
                    }
                }
                let values = parts.finish(self, x.range)?;
                self.node("JoinedStr", vec![("values", values)], r)
            }
            Expr::StringLiteral(x) => {
                let kind = x.value.is_unicode().then_some("u");
                self.constant(self.str(x.value.to_str()), kind, r)
            }
            Expr::BytesLiteral(x) => {
                self.constant(vm.new_bytes(x.value.bytes().collect()), None, r)
            }
            Expr::NumberLiteral(x) => {
                let v = match &x.value {
                    ast::Number::Int(i) => match crate::compiler::int_value(i) {
                        Some(b) => vm.new_bigint(b),
                        None => return Err(vm.value_error("ast: bad int literal")),
                    },
                    ast::Number::Float(f) => vm.new_float(*f),
                    ast::Number::Complex { real, imag } => vm.new_complex(*real, *imag),
                };
                self.constant(v, None, r)
            }
            Expr::BooleanLiteral(x) => {
                let v = if x.value {
                    vm.true_.clone()
                } else {
                    vm.false_.clone()
                };
                self.constant(v, None, r)
            }
            Expr::NoneLiteral(_) => self.constant(vm.none.clone(), None, r),
            Expr::EllipsisLiteral(_) => self.constant(vm.ellipsis.clone(), None, r),
            Expr::Attribute(x) => self.node(
                "Attribute",
                vec![
                    ("value", self.expr(&x.value)?),
                    ("attr", self.str(x.attr.as_str())),
                    ("ctx", self.ctx(x.ctx)?),
                ],
                r,
            ),
            Expr::Subscript(x) => self.node(
                "Subscript",
                vec![
                    ("value", self.expr(&x.value)?),
                    ("slice", self.expr(&x.slice)?),
                    ("ctx", self.ctx(x.ctx)?),
                ],
                r,
            ),
            Expr::Starred(x) => self.node(
                "Starred",
                vec![("value", self.expr(&x.value)?), ("ctx", self.ctx(x.ctx)?)],
                r,
            ),
            Expr::Name(x) => self.node(
                "Name",
                vec![("id", self.str(x.id.as_str())), ("ctx", self.ctx(x.ctx)?)],
                r,
            ),
            Expr::List(x) => self.node(
                "List",
                vec![("elts", self.exprs(&x.elts)?), ("ctx", self.ctx(x.ctx)?)],
                r,
            ),
            Expr::Tuple(x) => self.node(
                "Tuple",
                vec![("elts", self.exprs(&x.elts)?), ("ctx", self.ctx(x.ctx)?)],
                r,
            ),
            Expr::Slice(x) => self.node(
                "Slice",
                vec![
                    ("lower", self.opt_expr(x.lower.as_deref())?),
                    ("upper", self.opt_expr(x.upper.as_deref())?),
                    ("step", self.opt_expr(x.step.as_deref())?),
                ],
                r,
            ),
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => {
                Err(vm.value_error("ast: expression not supported in Python 3.11"))
            }
        }
    }

    /// The pieces of one f-string: its text and `FormattedValue`s, in `parts`. As in CPython
    /// 3.11, they have the position of the whole (concatenated) string, except a format
    /// spec: it has that of its own f-string part (`part`), and so has its text when it
    /// holds no replacement field.
    fn fstring_elements(
        &self,
        elements: &ast::InterpolatedStringElements,
        parts: &mut Parts,
        whole: TextRange,
        part: TextRange,
    ) -> PyResult<()> {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => parts.text.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(d) = &i.debug_text {
                        parts.text.push_str(d.leading());
                        parts.text.push_str(d.expression());
                        parts.text.push_str(d.trailing());
                    }
                    let mut conversion = i.conversion as i8 as i64;
                    if i.debug_text.is_some() && conversion == -1 && i.format_spec.is_none() {
                        conversion = b'r' as i64;
                    }
                    let spec = match &i.format_spec {
                        Some(s) => {
                            let mut inner = Parts::default();
                            self.fstring_elements(&s.elements, &mut inner, whole, part)?;
                            let nested = s.elements.interpolations().next().is_some();
                            let values = inner.finish(self, if nested { whole } else { part })?;
                            self.node("JoinedStr", vec![("values", values)], Some(part))?
                        }
                        None => self.vm.none.clone(),
                    };
                    let fv = self.node(
                        "FormattedValue",
                        vec![
                            ("value", self.expr(&i.expression)?),
                            ("conversion", self.vm.new_int(conversion)),
                            ("format_spec", spec),
                        ],
                        Some(whole),
                    )?;
                    parts.flush(self, whole)?;
                    parts.values.push(fv);
                }
            }
        }
        Ok(())
    }

    fn pattern(&self, p: &Pattern) -> PyResult<Value> {
        self.vm.check_native_stack()?;
        let vm = self.vm;
        let r = Some(p.range());
        let patterns = |ps: &[Pattern]| self.list(ps, |p| self.pattern(p));
        match p {
            Pattern::MatchValue(x) => {
                self.node("MatchValue", vec![("value", self.expr(&x.value)?)], r)
            }
            Pattern::MatchSingleton(x) => {
                let v = match x.value {
                    ast::Singleton::None => vm.none.clone(),
                    ast::Singleton::True => vm.true_.clone(),
                    ast::Singleton::False => vm.false_.clone(),
                };
                self.node("MatchSingleton", vec![("value", v)], r)
            }
            Pattern::MatchSequence(x) => self.node(
                "MatchSequence",
                vec![("patterns", patterns(&x.patterns)?)],
                r,
            ),
            Pattern::MatchMapping(x) => self.node(
                "MatchMapping",
                vec![
                    ("keys", self.exprs(&x.keys)?),
                    ("patterns", patterns(&x.patterns)?),
                    ("rest", self.opt_str(x.rest.as_ref())),
                ],
                r,
            ),
            Pattern::MatchClass(x) => {
                let kws = &x.arguments.keywords;
                self.node(
                    "MatchClass",
                    vec![
                        ("cls", self.expr(&x.cls)?),
                        ("patterns", patterns(&x.arguments.patterns)?),
                        (
                            "kwd_attrs",
                            self.list(kws, |k| Ok(self.str(k.attr.as_str())))?,
                        ),
                        (
                            "kwd_patterns",
                            self.list(kws, |k| self.pattern(&k.pattern))?,
                        ),
                    ],
                    r,
                )
            }
            Pattern::MatchStar(x) => self.node(
                "MatchStar",
                vec![("name", self.opt_str(x.name.as_ref()))],
                r,
            ),
            Pattern::MatchAs(x) => {
                let inner = match &x.pattern {
                    Some(p) => self.pattern(p)?,
                    None => vm.none.clone(),
                };
                self.node(
                    "MatchAs",
                    vec![("pattern", inner), ("name", self.opt_str(x.name.as_ref()))],
                    r,
                )
            }
            Pattern::MatchOr(x) => {
                self.node("MatchOr", vec![("patterns", patterns(&x.patterns)?)], r)
            }
        }
    }
}

/// The values of a `JoinedStr` being built: finished nodes and the text not yet in one.
#[derive(Default)]
struct Parts {
    values: Vec<Value>,
    text: String,
}

impl Parts {
    fn flush(&mut self, c: &Conv, whole: TextRange) -> PyResult<()> {
        if !self.text.is_empty() {
            let s = c.str(&std::mem::take(&mut self.text));
            self.values.push(c.constant(s, None, Some(whole))?);
        }
        Ok(())
    }

    fn finish(mut self, c: &Conv, whole: TextRange) -> PyResult<Value> {
        self.flush(c, whole)?;
        Ok(c.vm.new_list(self.values))
    }
}

fn operator_name(op: ast::Operator) -> &'static str {
    use ast::Operator::*;
    match op {
        Add => "Add",
        Sub => "Sub",
        Mult => "Mult",
        MatMult => "MatMult",
        Div => "Div",
        Mod => "Mod",
        Pow => "Pow",
        LShift => "LShift",
        RShift => "RShift",
        BitOr => "BitOr",
        BitXor => "BitXor",
        BitAnd => "BitAnd",
        FloorDiv => "FloorDiv",
    }
}

fn cmp_name(op: ast::CmpOp) -> &'static str {
    use ast::CmpOp::*;
    match op {
        Eq => "Eq",
        NotEq => "NotEq",
        Lt => "Lt",
        LtE => "LtE",
        Gt => "Gt",
        GtE => "GtE",
        Is => "Is",
        IsNot => "IsNot",
        In => "In",
        NotIn => "NotIn",
    }
}

/// `parse(source, filename, mode, classes, singletons)`: the tree of `source` as node objects.
fn parse(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "parse", 5, 5)?;
    let (source, filename, mode) = (&a.pos[0], &a.pos[1], &a.pos[2]);
    let filename = vm.str_of(filename);
    let text = if vm.is_str(source) {
        vm.str_of(source)
    } else if let Some(b) = vm.as_bytes(source) {
        crate::compiler::decode_source(b, &filename).map_err(|e| vm.syntax_error_from(&e))?
    } else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let mode_name = vm.str_of(mode);
    let mode = match mode_name.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => {
            return Err(
                vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
            )
        }
    };
    let (tree, src) = crate::compiler::parse_tree(&text, &filename, mode)
        .map_err(|e| vm.syntax_error_from(&e))?;
    let conv = Conv {
        vm,
        src: &src,
        classes: a.pos[3].clone(),
        singletons: a.pos[4].clone(),
    };
    if vm.as_dict(&conv.classes).is_none() || vm.as_dict(&conv.singletons).is_none() {
        return Err(vm.type_error("parse() needs dicts of node classes"));
    }
    conv.module(&tree, &mode_name)
}

pub fn make(vm: &Vm) -> PyResult<Value> {
    let m = vm.new_module("_ast_parse");
    add_fn(vm, &m, "parse", parse);
    Ok(m)
}
