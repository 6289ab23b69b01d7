//! Running programs: module code, `-c` strings and files; printing tracebacks; `SystemExit`.

use super::frame::Frame;
use super::{PyErr, PyResult, Vm};
use crate::compiler::{CompileError, CompileErrorKind};
use crate::object::function::CodeData;
use crate::object::value::Value;

impl Vm {
    /// Runs a code object with `globals` (and `locals`, default the globals) as its namespace.
    pub fn run_code(
        &self,
        code: &Value,
        globals: &Value,
        locals: Option<&Value>,
    ) -> PyResult<Value> {
        let gd = self.as_dict(globals).unwrap();
        if self.dict_get_str_key(gd, "__builtins__").is_none() {
            self.dict_set_str(gd, "__builtins__", self.builtins.clone());
        }
        let cd = unsafe { code.payload::<CodeData>() };
        let builtins = match self.dict_get_str_key(gd, "__builtins__") {
            Some(b) if self.as_dict(&b).is_some() => b,
            Some(b) => self
                .module_dict(&b)
                .unwrap_or_else(|| self.builtins_dict.clone()),
            None => self.builtins_dict.clone(),
        };
        let frame = Box::new(Frame {
            code: code.clone(),
            func: None,
            globals: globals.clone(),
            builtins,
            locals_dict: Some(locals.cloned().unwrap_or_else(|| globals.clone())),
            fast: vec![None; cd.code.varnames.len()],
            cells: Vec::new(),
            stack: Vec::with_capacity(cd.code.max_stack as usize),
            ip: 0,
            lasti: 0,
            saved_exc: None,
            reraising: false,
            lasti_set: false,
            sink: Default::default(),
        });
        self.run_frame_call(frame)
    }

    /// The SyntaxError (or IndentationError...) for a compile error.
    pub fn syntax_error_from(&self, e: &CompileError) -> PyErr {
        let ty = match e.kind {
            CompileErrorKind::RecursionError => {
                return self.new_exception_msg(&self.exc.recursion_error, e.msg.clone())
            }
            CompileErrorKind::SyntaxError => self.exc.syntax_error.clone(),
            CompileErrorKind::IndentationError => self.find_exc("IndentationError"),
            CompileErrorKind::TabError => self.find_exc("TabError"),
        };
        let err = self.new_exception_msg(&ty, e.msg.clone());
        let text = e
            .text
            .as_ref()
            .map(|t| self.new_str(t.as_str()))
            .unwrap_or_else(|| self.none.clone());
        // The tokenizer's indentation errors have no end column (-1), TabError 0.
        let end_offset = if e.kind == CompileErrorKind::IndentationError && e.end_col == 0 {
            -1
        } else {
            e.end_col as i64
        };
        // args = (msg, (filename, lineno, offset, text, end_lineno, end_offset)), as CPython's.
        let details = self.new_tuple(vec![
            self.new_str(e.filename.as_str()),
            self.new_int(e.line as i64),
            self.new_int(e.col as i64),
            text.clone(),
            self.new_int(e.end_line as i64),
            self.new_int(end_offset),
        ]);
        let args = if e.symtable {
            self.new_tuple(vec![self.new_str(e.msg.as_str())])
        } else {
            self.new_tuple(vec![self.new_str(e.msg.as_str()), details])
        };
        let old = unsafe { std::mem::replace(self.exc_data(&err.0).args.get_mut(), args) };
        drop(old);
        if let Some(a) = self.attrs_of(&err.0) {
            let set = |n: &str, v: Value| {
                let _ = a.set(self, &self.intern(n), v, None);
            };
            set("msg", self.new_str(e.msg.as_str()));
            set("filename", self.new_str(e.filename.as_str()));
            set("lineno", self.new_int(e.line as i64));
            set("offset", self.new_int(e.col as i64));
            set("end_lineno", self.new_int(e.end_line as i64));
            set("end_offset", self.new_int(end_offset));
            set("text", text);
            set("__ember_display__", self.new_str(e.to_string()));
        }
        err
    }

    pub fn find_exc(&self, name: &str) -> Value {
        self.exc
            .by_name
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| t.clone())
            .unwrap_or_else(|| self.exc.exception.clone())
    }

    /// The full traceback text CPython prints for an uncaught exception (with chained causes).
    pub fn format_exception(&self, e: &Value) -> String {
        let mut out = String::new();
        self.format_chain(e, &mut out, &mut Vec::new());
        out
    }

    fn format_chain(&self, e: &Value, out: &mut String, seen: &mut Vec<usize>) {
        let mut ctx = GroupCtx::default();
        self.format_exc(e, &mut ctx, out, seen);
    }

    /// One exception with its chain, as CPython's `TracebackException.format`; exception
    /// groups print their members in boxes (`+-+---- 1 ----`), indented by group depth.
    fn format_exc(&self, e: &Value, ctx: &mut GroupCtx, out: &mut String, seen: &mut Vec<usize>) {
        if !self.is_exception_instance(e) {
            ctx.emit(
                out,
                &format!("{}\n", self.repr_string(e).unwrap_or_default()),
                '|',
            );
            return;
        }
        // The chain, outermost last: (message before it, exception).
        let mut chain: Vec<(Option<&str>, Value)> = Vec::new();
        let mut cur = Some(e.clone());
        while let Some(x) = cur {
            // The exception asked for always prints (a group member may also be in a
            // chain printed before); its causes and contexts print once.
            if seen.contains(&x.raw()) && !chain.is_empty() {
                break;
            }
            seen.push(x.raw());
            let d = self.exc_data(&x);
            let next = if let Some(c) = d.cause() {
                Some((CAUSE_MSG, c))
            } else if let Some(c) = d.context().filter(|_| !d.suppress_context.get()) {
                Some((CONTEXT_MSG, c))
            } else {
                None
            };
            // The message says how `x` relates to its cause, printed just before `x`.
            chain.push((next.as_ref().map(|(m, _)| *m), x));
            cur = next.map(|(_, c)| c);
        }
        for (msg, x) in chain.into_iter().rev() {
            if let Some(m) = msg {
                ctx.emit(out, m, '|');
            }
            let members = if self.isinstance_type(&x, &self.exc.base_exception_group) {
                self.getattr_opt(&x, &self.intern("exceptions"))
                    .ok()
                    .flatten()
                    .and_then(|t| self.as_tuple(&t).map(|t| t.to_vec()))
            } else {
                None
            };
            let Some(members) = members else {
                let stack = self.stack_text(&x);
                if !stack.is_empty() {
                    ctx.emit(out, "Traceback (most recent call last):\n", '|');
                    ctx.emit(out, &stack, '|');
                }
                ctx.emit(out, &self.exception_tail(&x), '|');
                continue;
            };
            if ctx.depth > MAX_GROUP_DEPTH {
                ctx.emit(
                    out,
                    &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                    '|',
                );
                continue;
            }
            let toplevel = ctx.depth == 0;
            if toplevel {
                ctx.depth += 1;
            }
            let stack = self.stack_text(&x);
            if !stack.is_empty() {
                let margin = if toplevel { '+' } else { '|' };
                ctx.emit(
                    out,
                    "Exception Group Traceback (most recent call last):\n",
                    margin,
                );
                ctx.emit(out, &stack, '|');
            }
            ctx.emit(out, &self.exception_tail(&x), '|');
            let n = members.len().min(MAX_GROUP_WIDTH + 1);
            ctx.need_close = false;
            for i in 0..n {
                let last = i == n - 1;
                if last {
                    ctx.need_close = true;
                }
                let truncated = i >= MAX_GROUP_WIDTH;
                let title = if truncated {
                    "...".to_string()
                } else {
                    (i + 1).to_string()
                };
                out.push_str(&format!(
                    "{}{}+---------------- {title} ----------------\n",
                    ctx.indent(),
                    if i == 0 { "+-" } else { "  " }
                ));
                ctx.depth += 1;
                if truncated {
                    let rest = members.len() - MAX_GROUP_WIDTH;
                    let s = if rest > 1 { "s" } else { "" };
                    ctx.emit(out, &format!("and {rest} more exception{s}\n"), '|');
                } else {
                    self.format_exc(&members[i], ctx, out, seen);
                }
                if last && ctx.need_close {
                    out.push_str(&format!(
                        "{}+------------------------------------\n",
                        ctx.indent()
                    ));
                    ctx.need_close = false;
                }
                ctx.depth -= 1;
            }
            if toplevel {
                ctx.depth = 0;
            }
        }
    }

    /// An unraisable exception as CPython's default `sys.unraisablehook` prints it: its own
    /// traceback (or, without one, the running frame's line) and its line, no chain.
    pub fn format_unraisable(&self, e: &Value) -> String {
        if !self.is_exception_instance(e) {
            return format!("{}\n", self.repr_string(e).unwrap_or_default());
        }
        self.give_running_frame(e);
        let mut out = String::new();
        let stack = self.stack_text(e);
        if !stack.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&stack);
        }
        out.push_str(&format!("{}\n", self.exception_line(e)));
        out
    }

    /// An unraisable exception without a traceback gets the running frame's line, as
    /// CPython's `PyErr_WriteUnraisable` does.
    pub fn give_running_frame(&self, e: &Value) {
        if !self.is_exception_instance(e) {
            return;
        }
        let d = self.exc_data(e);
        if unsafe { d.traceback.get().is_empty() } {
            let frames = unsafe { self.frames.get().clone() };
            if let Some(&p) = frames.last() {
                // SAFETY: frames on the stack are alive while they run.
                let f = unsafe { &*p };
                let cd = f.code_data();
                let at = f.ip.saturating_sub(1);
                let line = cd.code.locations.get(at).map(|l| l.line).unwrap_or(0);
                let entry = crate::object::exception::TbEntry {
                    filename: cd.filename.clone(),
                    name: cd.name.clone(),
                    line,
                    code: f.code.clone(),
                    lasti: at as u32,
                };
                unsafe { d.traceback.get_mut().push(entry) };
            }
        }
    }

    /// The `  File "...", line N, in f` lines (with source and column markers) of an
    /// exception's traceback; runs of one repeated entry collapse after three as CPython's.
    fn stack_text(&self, e: &Value) -> String {
        let mut out = String::new();
        let tb = unsafe { self.exc_data(e).traceback.get().clone() };
        // CPython prints at most sys.tracebacklimit (1000) entries, the innermost ones.
        let limit = self
            .traceback_limit()
            .map(|l| l.max(0) as usize)
            .unwrap_or(TRACEBACK_LIMIT);
        if limit == 0 {
            return out;
        }
        let skip = tb.len().saturating_sub(limit);
        let mut last: Option<(String, u32, String)> = None;
        let mut count = 0usize;
        for entry in tb.iter().rev().skip(skip) {
            let fname = self.str_of(&entry.filename);
            let name = self.str_of(&entry.name);
            let key = (fname.clone(), entry.line, name.clone());
            if last.as_ref() != Some(&key) {
                repeated_line(&mut out, count);
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            out.push_str(&format!(
                "  File \"{fname}\", line {}, in {name}\n",
                entry.line
            ));
            if let Some(line) = source_line(&fname, entry.line) {
                // As CPython's C traceback printer: the indentation goes, trailing blanks stay.
                let shown = line
                    .trim_end_matches(['\n', '\r'])
                    .trim_start_matches([' ', '\t', '\x0c']);
                out.push_str(&format!("    {shown}\n"));
                let cd = unsafe { entry.code.payload::<CodeData>() };
                if let Some(loc) = cd.code.locations.get(entry.lasti as usize) {
                    if let Some(marks) = crate::builtins::traceback_carets::caret_line(*loc, &line)
                    {
                        out.push_str(&marks);
                    }
                }
            }
        }
        repeated_line(&mut out, count);
        out
    }

    /// The exception line with, before it, a SyntaxError's location and, after it, the notes.
    fn exception_tail(&self, e: &Value) -> String {
        let has_display = self
            .attrs_of(e)
            .and_then(|a| {
                a.get(self, &self.intern("__ember_display__"))
                    .ok()
                    .flatten()
            })
            .is_some();
        let mut out = String::new();
        match self.syntax_error_header(e).filter(|_| !has_display) {
            Some((header, msg)) => {
                out.push_str(&header);
                let name = self.exception_type_name(e);
                if self.is_none(&msg) {
                    out.push_str(&name);
                } else {
                    match self.str_string(&msg) {
                        Ok(s) if s.is_empty() => out.push_str(&name),
                        Ok(s) => out.push_str(&format!("{name}: {s}")),
                        Err(_) => out.push_str(&format!("{name}: <exception str() failed>")),
                    }
                }
                out.push('\n');
                // CPython looks for notes on the message it printed in place of the
                // exception, so a located SyntaxError's notes never print.
                out.push_str(&self.notes_text(&msg));
            }
            None => {
                out.push_str(&format!("{}\n", self.exception_line(e)));
                out.push_str(&self.notes_text(e));
            }
        }
        out
    }

    /// The exception's class as tracebacks name it (`module.Qualname` outside builtins
    /// and `__main__`).
    fn exception_type_name(&self, e: &Value) -> String {
        let ty = self.type_of(e);
        let td = unsafe { crate::object::typeobj::type_data(&ty) };
        // (A `__module__` that is not a str prints as `<unknown>`, as in CPython.)
        let module = self
            .as_dict(&td.dict)
            .and_then(|d| self.dict_get_str_key(d, "__module__"))
            .map(|m| {
                if self.is_str(&m) {
                    self.str_of(&m)
                } else {
                    "<unknown>".to_string()
                }
            })
            .unwrap_or_default();
        let qn = unsafe { td.qualname.get().clone() };
        if module.is_empty() || module == "builtins" || module == "__main__" {
            qn
        } else {
            format!("{module}.{qn}")
        }
    }

    /// `TypeError: message` (the last line of a traceback).
    pub fn exception_line(&self, e: &Value) -> String {
        if let Some(a) = self.attrs_of(e) {
            if let Ok(Some(disp)) = a.get(self, &self.intern("__ember_display__")) {
                return self.str_of(&disp).trim_end().to_string();
            }
        }
        let name = self.exception_type_name(e);
        let line = match self.str_string(e) {
            Ok(s) if s.is_empty() => name,
            Ok(s) => format!("{name}: {s}"),
            Err(_) => format!("{name}: <exception str() failed>"),
        };
        match self.suggestion_for(e) {
            Some(s) => format!("{line}. Did you mean: '{s}'?"),
            None => line,
        }
    }

    /// Handles an exception that reached the top: prints it (or exits for SystemExit); returns the status.
    pub fn report_uncaught(&self, e: &PyErr) -> i32 {
        crate::builtins::functions::flush_stdout();
        if self.isinstance_type(&e.0, &self.exc.system_exit) {
            let code = crate::builtins::exceptions::system_exit_code(self, &e.0);
            if self.is_none(&code) {
                return 0;
            }
            if let Some(i) = self.as_int(&code) {
                return i.to_i64().map(|v| v as i32).unwrap_or(-1);
            }
            eprintln!("{}", self.str_string(&code).unwrap_or_default());
            return 1;
        }
        self.call_excepthook(&e.0);
        // (Only KeyboardInterrupt itself: CPython exits 1 for a subclass.)
        if self.type_of(&e.0).is(&self.exc.keyboard_interrupt) {
            return EXIT_SIGINT;
        }
        1
    }

    /// Prints exception `e` as an uncaught one (through `sys.excepthook`), SystemExit
    /// included: `ember -i` reports a program's exit this way and goes on.
    pub fn print_uncaught(&self, e: &PyErr) {
        crate::builtins::functions::flush_stdout();
        self.call_excepthook(&e.0);
    }

    /// Prints an uncaught exception through `sys.excepthook` (when a program replaced it),
    /// as CPython's PyErr_Print: a failing hook is reported before the original exception.
    fn call_excepthook(&self, e: &Value) {
        let builtin = self.sys_attr("__excepthook__");
        let hook = match self.sys_attr("excepthook") {
            Some(h) if builtin.as_ref().is_some_and(|b| b.is(&h)) => None,
            Some(h) => Some(h),
            None => {
                eprintln!("sys.excepthook is missing");
                None
            }
        };
        let Some(hook) = hook else {
            eprint!("{}", self.format_exception(e));
            return;
        };
        let ty = self.type_of(e);
        let tb = crate::builtins::exceptions::traceback_of(self, e);
        if let Err(err) = self.call(&hook, &[ty, e.clone(), tb]) {
            crate::builtins::functions::flush_stdout();
            eprintln!("Error in sys.excepthook:");
            eprint!("{}", self.format_exception(&err.0));
            eprintln!("\nOriginal exception was:");
            eprint!("{}", self.format_exception(e));
        }
    }
}

fn source_line(filename: &str, line: u32) -> Option<String> {
    if line == 0 {
        return None;
    }
    let text = std::fs::read_to_string(filename).ok()?;
    text.lines().nth(line as usize - 1).map(|l| l.to_string())
}

/// The status `report_uncaught` gives for an uncaught KeyboardInterrupt: the process should
/// then end by SIGINT, as CPython's does (a shell sees 130).
pub const EXIT_SIGINT: i32 = -2;

/// Entries of one repeated line printed before `[Previous line repeated N more times]`.
const RECURSIVE_CUTOFF: usize = 3;
/// CPython's default `sys.tracebacklimit`.
const TRACEBACK_LIMIT: usize = 1000;

fn repeated_line(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}

const CAUSE_MSG: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MSG: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";
/// CPython's defaults for printing exception groups.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Where a traceback being printed is inside exception groups.
#[derive(Default)]
struct GroupCtx {
    depth: usize,
    need_close: bool,
}

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` with every line prefixed by the group margin (`| ` or `+ `).
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}
