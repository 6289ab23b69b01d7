//! The import system: `sys.modules`, Rust and frozen standard-library modules, `.py` files and
//! packages found on `sys.path`, relative imports, and `from m import name` of submodules.

use super::{PyResult, Vm};
use crate::object::value::Value;

impl Vm {
    /// IMPORT_NAME: imports `name` and returns the top package, or the named module itself
    /// when `fromlist` is non-empty.
    pub fn import_name(
        &self,
        name: &Value,
        globals: &Value,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let level = level.as_small().unwrap_or(0);
        let rel = self.str_of(name);
        let full = if level > 0 {
            let base = self.resolve_package(globals, level)?;
            match (base.is_empty(), rel.is_empty()) {
                (_, true) => base,
                (true, false) => rel.clone(),
                (false, false) => format!("{base}.{rel}"),
            }
        } else {
            if rel.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            rel.clone()
        };
        // Import every prefix (packages first).
        let mut cur = String::new();
        let mut top: Option<Value> = None;
        let mut last = self.none.clone();
        for part in full.split('.') {
            if !cur.is_empty() {
                cur.push('.');
            }
            cur.push_str(part);
            last = self.import_module(&cur)?;
            if top.is_none() {
                top = Some(last.clone());
            }
        }
        let has_from = !self.is_none(fromlist) && self.truthy(fromlist)?;
        if has_from {
            return Ok(last);
        }
        if level > 0 {
            // `from . import x` style without fromlist never happens; `import .x` is not Python.
            return Ok(last);
        }
        // `import a.b.c` binds `a`: the first component of the name as written.
        Ok(top.unwrap_or(last))
    }

    /// The package a relative import of `level` dots starts from.
    fn resolve_package(&self, globals: &Value, level: i64) -> PyResult<String> {
        let gd = self.as_dict(globals).unwrap();
        let pkg = match self.dict_get_str_key(gd, "__package__") {
            Some(p) if self.is_str(&p) => self.str_of(&p),
            _ => {
                let name = self
                    .dict_get_str_key(gd, "__name__")
                    .map(|n| self.str_of(&n))
                    .unwrap_or_default();
                if self.dict_get_str_key(gd, "__path__").is_some() {
                    name
                } else {
                    name.rsplit_once('.')
                        .map(|(p, _)| p.to_string())
                        .unwrap_or_default()
                }
            }
        };
        if pkg.is_empty() {
            return Err(self.new_exception_msg(
                &self.exc.import_error,
                "attempted relative import with no known parent package",
            ));
        }
        let mut parts: Vec<&str> = pkg.split('.').collect();
        for _ in 1..level {
            if parts.pop().is_none() || parts.is_empty() {
                return Err(self.new_exception_msg(
                    &self.exc.import_error,
                    "attempted relative import beyond top-level package",
                ));
            }
        }
        Ok(parts.join("."))
    }

    /// Imports one module by its full dotted name (its parent package already imported).
    pub fn import_module(&self, name: &str) -> PyResult<Value> {
        let md = self.as_dict(&self.modules).unwrap();
        if let Some(m) = self.dict_get_str_key(md, name) {
            // (A None entry blocks the import, as CPython's import system has it.)
            if self.is_none(&m) {
                let e = self.new_exception_msg(
                    &self.exc.module_not_found_error,
                    format!("import of {name} halted; None in sys.modules"),
                );
                if let Some(a) = self.attrs_of(&e.0) {
                    let _ = a.set(self, &self.intern("name"), self.new_str(name), None);
                }
                return Err(e);
            }
            return Ok(m);
        }
        if let Some(m) = crate::stdlib::native_module(self, name) {
            let m = m?;
            self.dict_set_str(md, name, m.clone());
            self.bind_in_parent(name, &m)?;
            return Ok(m);
        }
        if let Some((src, is_pkg)) = crate::stdlib::frozen_source(name) {
            return self.exec_module_source(name, src, &format!("<frozen {name}>"), is_pkg);
        }
        let (dirs, leaf) = self.search_dirs(name)?;
        for dir in dirs {
            let dir = self.str_of(&dir);
            let base = if dir.is_empty() { ".".to_string() } else { dir };
            let pkg_init = format!("{base}/{leaf}/__init__.py");
            if std::path::Path::new(&pkg_init).is_file() {
                return self.exec_module_file(name, &pkg_init);
            }
            let file = format!("{base}/{leaf}.py");
            if std::path::Path::new(&file).is_file() {
                return self.exec_module_file(name, &file);
            }
        }
        Err(self.no_module(name))
    }

    /// For `ember -m name`: the source and path of module `name` (a package runs its
    /// `__main__` submodule), with parent packages imported as CPython's runpy does.
    pub fn main_module_source(&self, name: &str) -> PyResult<(String, String)> {
        if let Some((parent, _)) = name.rsplit_once('.') {
            // Every ancestor package, outermost first.
            let mut pkg = String::new();
            for part in parent.split('.') {
                if !pkg.is_empty() {
                    pkg.push('.');
                }
                pkg.push_str(part);
                self.import_module(&pkg)?;
            }
        }
        if let Some((src, is_pkg)) = crate::stdlib::frozen_source(name) {
            if is_pkg {
                return self.main_module_source(&format!("{name}.__main__"));
            }
            return Ok((src.to_string(), format!("<frozen {name}>")));
        }
        let (dirs, leaf) = self.search_dirs(name)?;
        for dir in dirs {
            let dir = self.str_of(&dir);
            let base = if dir.is_empty() { ".".to_string() } else { dir };
            if std::path::Path::new(&format!("{base}/{leaf}/__init__.py")).is_file() {
                self.import_module(name)?;
                return self.main_module_source(&format!("{name}.__main__"));
            }
            let file = format!("{base}/{leaf}.py");
            if std::path::Path::new(&file).is_file() {
                let bytes = std::fs::read(&file)
                    .map_err(|e| self.new_exception_msg(&self.exc.import_error, e.to_string()))?;
                let src = crate::compiler::decode_source(&bytes, &file)
                    .map_err(|e| self.syntax_error_from(&e))?;
                let abs = std::fs::canonicalize(&file)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or(file);
                return Ok((src, abs));
            }
        }
        Err(self.no_module(name))
    }

    /// Where module `name` is searched: its parent package's `__path__` for a submodule,
    /// `sys.path` for a top-level module; with the last name component.
    fn search_dirs(&self, name: &str) -> PyResult<(Vec<Value>, String)> {
        let md = self.as_dict(&self.modules).unwrap();
        Ok(match name.rsplit_once('.') {
            Some((parent, leaf)) => {
                let p = self
                    .dict_get_str_key(md, parent)
                    .ok_or_else(|| self.no_module(name))?;
                let path = self.getattr_opt(&p, &self.names.path)?.ok_or_else(|| {
                    self.new_exception_msg(
                        &self.exc.module_not_found_error,
                        format!("No module named '{name}'; '{parent}' is not a package"),
                    )
                })?;
                (self.collect(&path)?, leaf.to_string())
            }
            None => (
                self.sys_attr("path")
                    .map(|p| self.collect(&p))
                    .transpose()?
                    .unwrap_or_default(),
                name.to_string(),
            ),
        })
    }

    /// `e` is the ModuleNotFoundError for module `name` itself.
    fn missing_module_named(&self, e: &super::PyErr, name: &str) -> bool {
        self.isinstance_type(&e.0, &self.exc.module_not_found_error)
            && self
                .getattr_opt(&e.0, &self.intern("name"))
                .ok()
                .flatten()
                .is_some_and(|n| self.str_eq(&n, name))
    }

    fn no_module(&self, name: &str) -> super::PyErr {
        let e = self.new_exception_msg(
            &self.exc.module_not_found_error,
            format!("No module named '{name}'"),
        );
        if let Some(a) = self.attrs_of(&e.0) {
            let _ = a.set(self, &self.intern("name"), self.new_str(name), None);
        }
        e
    }

    /// After importing `a.b`, sets attribute `b` on package `a`.
    fn bind_in_parent(&self, name: &str, m: &Value) -> PyResult<()> {
        if let Some((parent, leaf)) = name.rsplit_once('.') {
            let md = self.as_dict(&self.modules).unwrap();
            if let Some(p) = self.dict_get_str_key(md, parent) {
                self.setattr(&p, &self.intern(leaf), m.clone())?;
            }
        }
        Ok(())
    }

    fn exec_module_file(&self, name: &str, path: &str) -> PyResult<Value> {
        let bytes = std::fs::read(path)
            .map_err(|e| self.new_exception_msg(&self.exc.import_error, e.to_string()))?;
        let src =
            crate::compiler::decode_source(&bytes, path).map_err(|e| self.syntax_error_from(&e))?;
        self.exec_module_source(name, &src, path, path.ends_with("__init__.py"))
    }

    /// Creates module `name` in `sys.modules` and runs `src` in it (removed again if it fails).
    fn exec_module_source(
        &self,
        name: &str,
        src: &str,
        path: &str,
        is_pkg: bool,
    ) -> PyResult<Value> {
        let code = crate::compiler::compile(src, path, crate::bytecode::Mode::Exec)
            .map_err(|e| self.syntax_error_from(&e))?;
        if path.starts_with("<frozen") {
            // Our own library's code: nothing to tell the program about.
            drop(crate::compiler::take_warnings());
        } else {
            self.report_compile_warnings(path)?;
        }
        let code = self.new_code(std::rc::Rc::new(code))?;
        let m = self.new_module(name);
        let d = self.module_dict(&m).unwrap();
        let dd = self.as_dict(&d).unwrap();
        if !path.starts_with("<frozen") {
            self.dict_set_str(dd, "__file__", self.new_str(path));
        }
        let package = if is_pkg {
            name
        } else {
            name.rsplit_once('.').map(|(p, _)| p).unwrap_or("")
        };
        self.dict_set_str(dd, "__package__", self.new_str(package));
        if is_pkg {
            let dir = std::path::Path::new(path)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            self.dict_set_str(dd, "__path__", self.new_list(vec![self.new_str(dir)]));
        }
        self.dict_set_str(dd, "__builtins__", self.builtins.clone());
        let md = self.as_dict(&self.modules).unwrap();
        self.dict_set_str(md, name, m.clone());
        if let Err(e) = self.run_code(&code, &d, None) {
            let _ = self.dict_del(md, &self.new_str(name));
            return Err(e);
        }
        // A module may replace itself in sys.modules.
        let m = self.dict_get_str_key(md, name).unwrap_or(m);
        self.bind_in_parent(name, &m)?;
        Ok(m)
    }

    /// IMPORT_FROM: `from m import name`, falling back to importing submodule `m.name`.
    pub fn import_from(&self, m: &Value, name: &Value) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(m, name)? {
            return Ok(v);
        }
        let mname = self
            .getattr_opt(m, &self.names.name)?
            .map(|n| self.str_of(&n))
            .unwrap_or_default();
        let sub = format!("{mname}.{}", self.str_of(name));
        // A submodule already in sys.modules (put there by hand, or imported under the
        // package without being bound to it), as CPython's IMPORT_FROM finds it.
        if let Some(v) = self
            .as_dict(&self.modules)
            .and_then(|d| self.dict_get_str_key(d, &sub))
        {
            return Ok(v);
        }
        if self.getattr_opt(m, &self.names.path)?.is_some() {
            match self.import_module(&sub) {
                Ok(v) => return Ok(v),
                // Only "no such submodule" becomes "cannot import name" (CPython's
                // _handle_fromlist); an error raised while running it propagates.
                Err(e) if self.missing_module_named(&e, &sub) => {}
                Err(e) => return Err(e),
            }
        }
        let origin = self
            .getattr_opt(m, &self.names.file)?
            .map(|f| self.str_of(&f))
            .unwrap_or_else(|| "unknown location".to_string());
        Err(self.new_exception_msg(
            &self.exc.import_error,
            format!(
                "cannot import name '{}' from '{mname}' ({origin})",
                self.str_of(name)
            ),
        ))
    }

    pub fn import_star(&self, m: &Value, locals: &Value) -> PyResult<()> {
        crate::builtins::sys::materialize_info(self, m);
        let d = self
            .module_dict(m)
            .ok_or_else(|| self.type_error("import * from a non-module"))?;
        let dd = self.as_dict(&d).unwrap();
        let names = match self.dict_get_str_key(dd, "__all__") {
            Some(all) => self.collect(&all)?,
            None => dd
                .keys()
                .into_iter()
                .filter(|k| !self.str_of(k).starts_with('_'))
                .collect(),
        };
        for n in names {
            let v = self.getattr(m, &n)?;
            self.mapping_set(locals, n, v)?;
        }
        Ok(())
    }
}
