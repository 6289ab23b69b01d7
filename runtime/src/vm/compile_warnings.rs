//! Reporting the compiler's SyntaxWarnings: through `warnings.warn_explicit` once the
//! warnings module is loaded (its filters apply), else printed as its default would.

use super::{PyResult, Vm};

impl Vm {
    /// Reports the warnings of the compilation that just finished for `filename`.
    pub fn report_compile_warnings(&self, filename: &str) -> PyResult<()> {
        for w in crate::compiler::take_warnings() {
            if let Err(e) = self.warn_syntax(filename, w.line, &w.msg) {
                // A warning turned into an error is CPython's SyntaxError at that place.
                if self.isinstance_type(&e.0, &self.find_exc("SyntaxWarning")) {
                    return Err(self.syntax_error_from(&w.error));
                }
                return Err(e);
            }
        }
        Ok(())
    }

    fn warn_syntax(&self, filename: &str, line: u32, msg: &str) -> PyResult<()> {
        let category = self.find_exc("SyntaxWarning");
        let md = self.as_dict(&self.modules);
        let warnings = md.and_then(|d| self.dict_get_str_key(d, "warnings"));
        if let Some(m) = warnings {
            if let Some(f) = self.getattr_opt(&m, &self.intern("warn_explicit"))? {
                let args = [
                    self.new_str(msg),
                    category,
                    self.new_str(filename),
                    self.new_int(line as i64),
                ];
                self.call(&f, &args)?;
                return Ok(());
            }
        }
        crate::builtins::functions::flush_stdout();
        eprintln!("{filename}:{line}: SyntaxWarning: {msg}");
        let text = std::fs::read_to_string(filename).ok();
        if let Some(src) = text
            .as_deref()
            .and_then(|t| t.lines().nth((line as usize).saturating_sub(1)))
        {
            eprintln!("  {}", src.trim());
        }
        Ok(())
    }
}
