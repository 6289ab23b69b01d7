//! Scopes and name resolution: which names are local, global (declared or
//! implicit), free or cell in each function, class, module, lambda and
//! comprehension. `symtable_build.rs` records the raw facts from the AST;
//! `analyze` below resolves them as CPython 3.11 does.

use std::collections::{HashMap, HashSet};

use ruff_text_size::TextRange;

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions use fast locals and closures.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// What a name resolves to in one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// Raw facts about a name in a scope (CPython's DEF_* flags).
pub mod flag {
    pub const DEF_GLOBAL: u32 = 1;
    pub const DEF_LOCAL: u32 = 2;
    pub const DEF_PARAM: u32 = 4;
    pub const DEF_NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const DEF_FREE_CLASS: u32 = 32;
    pub const DEF_IMPORT: u32 = 64;
    pub const DEF_ANNOT: u32 = 128;
    pub const DEF_COMP_ITER: u32 = 256;
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: NameScope,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    pub symbols: HashMap<String, Symbol>,
    /// Names in the order first seen (for stable varnames).
    pub order: Vec<String>,
    /// Parameter names in order (positional, keyword-only, *args, **kwargs).
    pub params: Vec<String>,
    pub is_generator: bool,
    /// `async def`.
    pub is_async_def: bool,
    /// A comprehension with `async for` or `await`.
    pub is_async_comprehension: bool,
    /// A class whose methods use `super` or `__class__`.
    pub needs_class_cell: bool,
    /// The class name used for private name mangling inside this scope.
    pub private: Option<String>,
    pub range: TextRange,
}

impl Scope {
    pub fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>, range: TextRange) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            symbols: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            is_generator: false,
            is_async_def: false,
            is_async_comprehension: false,
            needs_class_cell: false,
            private: None,
            range,
        }
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map(|s| s.flags).unwrap_or(0)
    }

    /// Adds flags to a name; returns the flags it had before.
    pub fn add(&mut self, name: &str, flags: u32) -> u32 {
        match self.symbols.get_mut(name) {
            Some(sym) => {
                let old = sym.flags;
                sym.flags |= flags;
                old
            }
            None => {
                self.symbols.insert(
                    name.to_string(),
                    Symbol {
                        flags,
                        scope: NameScope::GlobalImplicit,
                    },
                );
                self.order.push(name.to_string());
                0
            }
        }
    }

    /// Resolution of a name; unknown names are implicit globals.
    pub fn scope_of(&self, name: &str) -> NameScope {
        self.symbols
            .get(name)
            .map(|s| s.scope)
            .unwrap_or(NameScope::GlobalImplicit)
    }

    /// A coroutine-like code object: `async def`, or an async comprehension.
    pub fn is_coroutine(&self) -> bool {
        self.is_async_def || self.is_async_comprehension
    }

    /// Names with the given resolution, sorted (CPython sorts cell and free variables).
    fn names_where(&self, pred: impl Fn(&Symbol) -> bool) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| pred(s))
            .map(|(n, _)| n.clone())
            .collect();
        names.sort();
        names
    }

    pub fn cellvars(&self) -> Vec<String> {
        let mut cells = self.names_where(|s| s.scope == NameScope::Cell);
        if self.kind == ScopeKind::Class
            && self.needs_class_cell
            && !cells.iter().any(|c| c == "__class__")
        {
            cells.push("__class__".to_string());
            cells.sort();
        }
        // Parameters that are cells come first, in parameter order (as CPython's
        // `co_cellvars` lists them), then the other cells sorted.
        let (mut args, rest): (Vec<String>, Vec<String>) =
            cells.into_iter().partition(|c| self.params.contains(c));
        args.sort_by_key(|c| self.params.iter().position(|p| p == c));
        args.extend(rest);
        args
    }

    pub fn freevars(&self) -> Vec<String> {
        self.names_where(|s| s.scope == NameScope::Free || s.flags & flag::DEF_FREE_CLASS != 0)
    }

    /// Fast locals: parameters first, then other local and cell names in order
    /// of first appearance (cells that are not parameters live only in cells).
    pub fn varnames(&self) -> Vec<String> {
        let mut names = self.params.clone();
        for name in &self.order {
            let sym = &self.symbols[name];
            if sym.scope == NameScope::Local
                && sym.flags & flag::DEF_PARAM == 0
                && !names.contains(name)
            {
                names.push(name.clone());
            }
        }
        names
    }
}

/// An error found while resolving names, with the node to report at.
#[derive(Clone, Debug)]
pub struct ScopeError {
    pub msg: String,
    pub range: TextRange,
}

#[derive(Clone, Debug, Default)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Scope of each function, class, lambda or comprehension node, by its range.
    pub by_range: HashMap<(u32, u32), ScopeId>,
    /// Where each `global`/`nonlocal` directive for (scope, name) was written.
    pub directives: HashMap<(ScopeId, String), TextRange>,
}

impl SymbolTable {
    pub fn scope_for(&self, range: TextRange) -> Option<ScopeId> {
        self.by_range
            .get(&(range.start().to_u32(), range.end().to_u32()))
            .copied()
    }

    /// Resolves every scope (CPython's analyze_block), from the module down.
    pub fn analyze(&mut self) -> Result<(), ScopeError> {
        if self.scopes.is_empty() {
            return Ok(());
        }
        self.analyze_block(0, None, &HashSet::new())?;
        Ok(())
    }

    fn analyze_block(
        &mut self,
        id: ScopeId,
        bound_in: Option<&HashSet<String>>,
        global_in: &HashSet<String>,
    ) -> Result<HashSet<String>, ScopeError> {
        // Copies, as CPython's analyze_child_block: this scope's declarations
        // change what its children see, not what its siblings see.
        let mut bound: Option<HashSet<String>> = bound_in.cloned();
        let mut global = global_in.clone();
        let mut local: HashSet<String> = HashSet::new();
        let mut free: HashSet<String> = HashSet::new();
        let mut scopes: HashMap<String, NameScope> = HashMap::new();
        let mut newglobal: HashSet<String> = HashSet::new();
        let mut newbound: HashSet<String> = HashSet::new();
        let kind = self.scopes[id].kind;

        // Class namespaces are invisible to nested functions: pass down what
        // the class itself sees, before its own names are added.
        if kind == ScopeKind::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
        }

        let order = self.scopes[id].order.clone();
        for name in &order {
            let flags = self.scopes[id].flags(name);
            let scope = if flags & flag::DEF_GLOBAL != 0 {
                if flags & flag::DEF_NONLOCAL != 0 {
                    return Err(self.directive_error(
                        id,
                        name,
                        format!("name '{name}' is nonlocal and global"),
                    ));
                }
                global.insert(name.clone());
                if let Some(b) = bound.as_mut() {
                    b.remove(name);
                }
                NameScope::GlobalExplicit
            } else if flags & flag::DEF_NONLOCAL != 0 {
                if !bound.as_ref().is_some_and(|b| b.contains(name)) {
                    return Err(self.directive_error(
                        id,
                        name,
                        format!("no binding for nonlocal '{name}' found"),
                    ));
                }
                free.insert(name.clone());
                NameScope::Free
            } else if flags & flag::DEF_BOUND != 0 {
                local.insert(name.clone());
                global.remove(name);
                NameScope::Local
            } else if bound.as_ref().is_some_and(|b| b.contains(name)) {
                free.insert(name.clone());
                NameScope::Free
            } else if global.contains(name) {
                NameScope::GlobalImplicit
            } else {
                NameScope::GlobalImplicit
            };
            scopes.insert(name.clone(), scope);
        }

        if kind != ScopeKind::Class {
            if kind.is_function_like() {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }

        let mut newfree: HashSet<String> = HashSet::new();
        let children = self.scopes[id].children.clone();
        for child in children {
            let child_free = self.analyze_block(child, Some(&newbound), &newglobal)?;
            newfree.extend(child_free);
        }

        if kind.is_function_like() {
            // Locals captured by children become cells.
            for (name, scope) in scopes.iter_mut() {
                if *scope == NameScope::Local && newfree.remove(name) {
                    *scope = NameScope::Cell;
                }
            }
        } else if kind == ScopeKind::Class && newfree.remove("__class__") {
            self.scopes[id].needs_class_cell = true;
        }

        // Record the results, then pass children's unresolved free names through.
        let scope = &mut self.scopes[id];
        for (name, s) in &scopes {
            if let Some(sym) = scope.symbols.get_mut(name) {
                sym.scope = *s;
            }
        }
        for name in &newfree {
            if let Some(sym) = scope.symbols.get_mut(name) {
                if kind == ScopeKind::Class && sym.flags & (flag::DEF_BOUND | flag::DEF_GLOBAL) != 0
                {
                    sym.flags |= flag::DEF_FREE_CLASS;
                }
                continue;
            }
            if bound.as_ref().is_some_and(|b| !b.contains(name)) || bound.is_none() {
                continue;
            }
            scope.symbols.insert(
                name.clone(),
                Symbol {
                    flags: 0,
                    scope: NameScope::Free,
                },
            );
            scope.order.push(name.clone());
        }
        free.extend(newfree);
        Ok(free)
    }

    fn directive_error(&self, id: ScopeId, name: &str, msg: String) -> ScopeError {
        let range = self
            .directives
            .get(&(id, name.to_string()))
            .copied()
            .unwrap_or(self.scopes[id].range);
        ScopeError { msg, range }
    }
}

/// Private name mangling: `__x` inside class `C` is `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}
