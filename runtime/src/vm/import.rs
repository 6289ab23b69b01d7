//! The import system: `sys.modules`, builtin modules, and `.py` files found on `sys.path`.

use super::{PyResult, Vm};
use crate::object::value::Value;

impl Vm {
    /// IMPORT_NAME: imports `name` (absolute, level 0 only for now) and returns the top package
    /// (or the module itself when `fromlist` is non-empty).
    pub fn import_name(
        &self,
        name: &Value,
        globals: &Value,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let _ = globals;
        if level.as_small().unwrap_or(0) != 0 {
            return Err(self.new_exception_msg(
                &self.exc.import_error,
                "relative imports are not supported yet",
            ));
        }
        let full = self.str_of(name);
        let mut parts = full.split('.');
        let top_name = parts.next().unwrap_or("").to_string();
        let top = self.import_module(&top_name)?;
        let mut cur_name = top_name;
        let mut last = top.clone();
        for p in parts {
            cur_name = format!("{cur_name}.{p}");
            last = self.import_module(&cur_name)?;
        }
        let has_from = !self.is_none(fromlist) && self.truthy(fromlist)?;
        Ok(if has_from { last } else { top })
    }

    /// Imports one module by its full dotted name.
    pub fn import_module(&self, name: &str) -> PyResult<Value> {
        let md = self.as_dict(&self.modules).unwrap();
        if let Some(m) = self.dict_get_str_key(md, name) {
            return Ok(m);
        }
        let path = self
            .sys_attr("path")
            .map(|p| self.collect(&p))
            .transpose()?
            .unwrap_or_default();
        let rel = name.replace('.', "/");
        for dir in path {
            let dir = self.str_of(&dir);
            let base = if dir.is_empty() { ".".to_string() } else { dir };
            for cand in [
                format!("{base}/{rel}.py"),
                format!("{base}/{rel}/__init__.py"),
            ] {
                if std::path::Path::new(&cand).is_file() {
                    return self.exec_module_file(name, &cand);
                }
            }
        }
        Err(self.new_exception_msg(
            &self.exc.module_not_found_error,
            format!("No module named '{name}'"),
        ))
    }

    fn exec_module_file(&self, name: &str, path: &str) -> PyResult<Value> {
        let bytes = std::fs::read(path)
            .map_err(|e| self.new_exception_msg(&self.exc.import_error, e.to_string()))?;
        let src =
            crate::compiler::decode_source(&bytes, path).map_err(|e| self.syntax_error_from(&e))?;
        let code = crate::compiler::compile(&src, path, crate::bytecode::Mode::Exec)
            .map_err(|e| self.syntax_error_from(&e))?;
        let code = self.new_code(std::rc::Rc::new(code))?;
        let m = self.new_module(name);
        let d = self.module_dict(&m).unwrap();
        self.dict_set_str(self.as_dict(&d).unwrap(), "__file__", self.new_str(path));
        self.dict_set_str(
            self.as_dict(&d).unwrap(),
            "__builtins__",
            self.builtins.clone(),
        );
        self.dict_set_str(self.as_dict(&self.modules).unwrap(), name, m.clone());
        if let Err(e) = self.run_code(&code, &d, None) {
            let _ = self.dict_del(self.as_dict(&self.modules).unwrap(), &self.new_str(name));
            return Err(e);
        }
        Ok(m)
    }

    pub fn import_from(&self, m: &Value, name: &Value) -> PyResult<Value> {
        match self.getattr_opt(m, name)? {
            Some(v) => Ok(v),
            None => {
                let mname = self
                    .getattr_opt(m, &self.names.name)?
                    .map(|n| self.str_of(&n))
                    .unwrap_or_default();
                Err(self.new_exception_msg(
                    &self.exc.import_error,
                    format!(
                        "cannot import name '{}' from '{mname}' (unknown location)",
                        self.str_of(name)
                    ),
                ))
            }
        }
    }

    pub fn import_star(&self, m: &Value, locals: &Value) -> PyResult<()> {
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
