//! The JSON encoder behind `json.dumps`: one pass over the value into a String, with
//! CPython's output (separators, indent, key coercion, float reprs, `default`, circular
//! reference checks, `allow_nan`) and messages.

use crate::object::float::float_repr;
use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::depth::Depth;
use crate::vm::{PyResult, Vm};
use std::collections::HashSet;
use std::fmt::Write;

struct Encoder<'a> {
    vm: &'a Vm,
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Value,
    markers: HashSet<usize>,
    level: usize,
    out: String,
}

const WHILE: &str = " while encoding a JSON object";

/// `_json.encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
/// item_separator, key_separator, default)`: the whole document as one str.
pub fn encode(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "encode", 10, 10)?;
    let p = a.pos;
    let sep = |v: &Value| -> PyResult<String> {
        if vm.is_str(v) {
            Ok(vm.str_ref(v).to_string())
        } else {
            Err(vm.type_error(format!(
                "make_encoder() argument 6 must be str, not {}",
                crate::builtins::str::args::arg_type_name(vm, v)
            )))
        }
    };
    let indent = if vm.is_none(&p[6]) {
        None
    } else {
        Some(sep(&p[6])?)
    };
    let mut e = Encoder {
        vm,
        skipkeys: vm.truthy(&p[1])?,
        ensure_ascii: vm.truthy(&p[2])?,
        check_circular: vm.truthy(&p[3])?,
        allow_nan: vm.truthy(&p[4])?,
        sort_keys: vm.truthy(&p[5])?,
        indent,
        item_sep: sep(&p[7])?,
        key_sep: sep(&p[8])?,
        default: p[9].clone(),
        markers: HashSet::new(),
        level: 0,
        out: String::new(),
    };
    e.value(&p[0])?;
    Ok(vm.new_str(e.out))
}

/// `_json.encode_str(s, ensure_ascii)`: a str as a JSON string literal.
pub fn encode_str(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "encode_str", 2, 2)?;
    if !vm.is_str(&a.pos[0]) {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name(&a.pos[0])
        )));
    }
    let mut out = String::new();
    write_string(&mut out, vm.str_ref(&a.pos[0]), vm.truthy(&a.pos[1])?);
    Ok(vm.new_str(out))
}

/// Appends `s` as a quoted JSON string.
pub fn write_string(out: &mut String, s: &str, ensure_ascii: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let plain = if ensure_ascii {
            (' '..='~').contains(&c) && c != '"' && c != '\\'
        } else {
            c >= ' ' && c != '"' && c != '\\'
        };
        if plain {
            continue;
        }
        out.push_str(&s[start..i]);
        start = i + c.len_utf8();
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            _ => {
                let n = c as u32;
                if n >= 0x10000 {
                    let v = n - 0x10000;
                    let hi = 0xd800 | (v >> 10);
                    let lo = 0xdc00 | (v & 0x3ff);
                    let _ = write!(out, "\\u{hi:04x}\\u{lo:04x}");
                } else {
                    let _ = write!(out, "\\u{n:04x}");
                }
            }
        }
    }
    out.push_str(&s[start..bytes.len()]);
    out.push('"');
}

impl Encoder<'_> {
    fn float_text(&self, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(float_repr(x));
        }
        if !self.allow_nan {
            let msg = if self.indent.is_some() {
                // The pure-Python encoder (used with indent) names the value.
                format!(
                    "Out of range float values are not JSON compliant: {}",
                    float_repr(x)
                )
            } else {
                "Out of range float values are not JSON compliant".to_string()
            };
            return Err(self.vm.value_error(msg));
        }
        Ok(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn int_text(&self, v: &Value) -> String {
        match self.vm.as_int(v) {
            Some(crate::object::int::IntRef::Small(i)) => i.to_string(),
            Some(crate::object::int::IntRef::Big(b)) => b.to_string(),
            None => String::new(),
        }
    }

    /// Writes a scalar if `v` is one; false for containers and other objects.
    fn scalar(&mut self, v: &Value) -> PyResult<bool> {
        let vm = self.vm;
        if v.is(&vm.none) {
            self.out.push_str("null");
        } else if v.is(&vm.true_) {
            self.out.push_str("true");
        } else if v.is(&vm.false_) {
            self.out.push_str("false");
        } else if vm.is_str(v) {
            write_string(&mut self.out, vm.str_ref(v), self.ensure_ascii);
        } else if vm.is_int(v) {
            let t = self.int_text(v);
            self.out.push_str(&t);
        } else if let Some(x) = vm.as_float(v) {
            let t = self.float_text(x)?;
            self.out.push_str(&t);
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    fn value(&mut self, v: &Value) -> PyResult<()> {
        if self.scalar(v)? {
            return Ok(());
        }
        let vm = self.vm;
        if vm.as_list(v).is_some() || vm.as_tuple(v).is_some() {
            return self.array(v);
        }
        if vm.as_dict(v).is_some() {
            return self.object(v);
        }
        let id = self.mark(v)?;
        let r = vm.call(&self.default, std::slice::from_ref(v))?;
        {
            let _d = Depth::enter(vm, WHILE)?;
            self.value(&r)?;
        }
        self.unmark(id);
        Ok(())
    }

    fn mark(&mut self, v: &Value) -> PyResult<Option<usize>> {
        if !self.check_circular {
            return Ok(None);
        }
        let id = v.raw();
        if !self.markers.insert(id) {
            return Err(self.vm.value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn unmark(&mut self, id: Option<usize>) {
        if let Some(id) = id {
            self.markers.remove(&id);
        }
    }

    /// Starts a nested level: the newline and indent before the first item (if indenting).
    fn open(&mut self) {
        if let Some(ind) = &self.indent {
            self.level += 1;
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    fn separator(&mut self) {
        self.out.push_str(&self.item_sep);
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    fn close(&mut self) {
        if let Some(ind) = &self.indent {
            self.level -= 1;
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    fn array(&mut self, v: &Value) -> PyResult<()> {
        let vm = self.vm;
        // Subclasses are read through their own iteration (CPython's PySequence_Fast).
        // With an indent CPython encodes in Python, which first asks `not lst`.
        let items: Vec<Value> = if vm.is_exact(v, &vm.types.list) {
            vm.as_list(v).map(|l| l.snapshot()).unwrap_or_default()
        } else if vm.is_exact(v, &vm.types.tuple) {
            vm.as_tuple(v).map(|t| t.to_vec()).unwrap_or_default()
        } else if self.indent.is_some() && !vm.truthy(v)? {
            Vec::new()
        } else {
            vm.collect(v)?
        };
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        let id = self.mark(v)?;
        let _d = Depth::enter(vm, WHILE)?;
        self.out.push('[');
        self.open();
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.separator();
            }
            self.value(x)?;
        }
        self.close();
        self.out.push(']');
        self.unmark(id);
        Ok(())
    }

    /// A dict key as JSON object-key text; None when it is skipped.
    fn key_text(&self, k: &Value) -> PyResult<Option<String>> {
        let vm = self.vm;
        if vm.is_str(k) {
            return Ok(Some(vm.str_ref(k).to_string()));
        }
        if let Some(x) = vm.as_float(k) {
            return Ok(Some(self.float_text(x)?));
        }
        if k.is(&vm.true_) {
            return Ok(Some("true".into()));
        }
        if k.is(&vm.false_) {
            return Ok(Some("false".into()));
        }
        if k.is(&vm.none) {
            return Ok(Some("null".into()));
        }
        if vm.is_int(k) {
            return Ok(Some(self.int_text(k)));
        }
        if self.skipkeys {
            return Ok(None);
        }
        Err(vm.type_error(format!(
            "keys must be str, int, float, bool or None, not {}",
            vm.type_name(k)
        )))
    }

    fn object(&mut self, v: &Value) -> PyResult<()> {
        let vm = self.vm;
        let Some(d) = vm.as_dict(v) else {
            return Ok(());
        };
        // An empty dict (its own size; with an indent, its truth as CPython's Python
        // encoder asks) is `{}` whatever a subclass's items() would say.
        let empty = if self.indent.is_some() && !vm.is_exact(v, &vm.types.dict) {
            !vm.truthy(v)?
        } else {
            d.is_empty()
        };
        if empty {
            self.out.push_str("{}");
            return Ok(());
        }
        let id = self.mark(v)?;
        let _d = Depth::enter(vm, WHILE)?;
        let mut items: Vec<(Value, Value)> = if vm.is_exact(v, &vm.types.dict) {
            d.items()
        } else {
            // Subclasses (OrderedDict...) are read through their items(), as CPython does.
            let f = vm.getattr(v, &vm.intern("items"))?;
            let it = vm.call(&f, &[])?;
            let mut out = Vec::new();
            for pair in vm.collect(&it)? {
                let kv = vm.collect(&pair)?;
                if kv.len() != 2 {
                    return Err(vm.value_error("items must return tuples of 2 items"));
                }
                out.push((kv[0].clone(), kv[1].clone()));
            }
            out
        };
        if items.is_empty() {
            self.out.push_str("{}");
            self.unmark(id);
            return Ok(());
        }
        if self.sort_keys {
            items = sort_items(vm, items)?;
        }
        self.out.push('{');
        self.open();
        let mut first = true;
        for (k, x) in items.iter() {
            let Some(kt) = self.key_text(k)? else {
                continue;
            };
            if !first {
                self.separator();
            }
            first = false;
            write_string(&mut self.out, &kt, self.ensure_ascii);
            self.out.push_str(&self.key_sep);
            self.value(x)?;
        }
        self.close();
        self.out.push('}');
        self.unmark(id);
        Ok(())
    }
}

/// `sorted(items)` of (key, value) pairs, with Python's comparison and errors.
fn sort_items(vm: &Vm, items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let all_str = items.iter().all(|(k, _)| vm.is_exact_str(k));
    if all_str {
        let mut items = items;
        items.sort_by(|a, b| vm.str_ref(&a.0).cmp(vm.str_ref(&b.0)));
        return Ok(items);
    }
    let pairs: Vec<Value> = items
        .into_iter()
        .map(|(k, v)| vm.new_tuple(vec![k, v]))
        .collect();
    let list = vm.new_list(pairs);
    let bd = vm
        .module_dict(&vm.builtins)
        .ok_or_else(|| vm.runtime_error("builtins are gone"))?;
    let sorted = vm
        .dict_get_str_key(vm.as_dict(&bd).unwrap(), "sorted")
        .ok_or_else(|| vm.runtime_error("builtins.sorted is gone"))?;
    let r = vm.call(&sorted, &[list])?;
    let mut out = Vec::new();
    for t in vm.collect(&r)? {
        let kv = vm.tuple_items(&t);
        out.push((kv[0].clone(), kv[1].clone()));
    }
    Ok(out)
}
