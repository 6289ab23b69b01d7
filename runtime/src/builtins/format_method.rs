//! `str.format` and `str.format_map`: the replacement-field grammar
//! (`{name.attr[key]!conv:spec}`), automatic/manual numbering and nested specs, with
//! CPython's parsing order and error messages.

use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

/// Numbering state shared by the whole format string, nested specs included.
#[derive(PartialEq, Clone, Copy)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

struct Ctx<'a> {
    args: Option<&'a [Value]>,
    kw: &'a dyn Fn(&str) -> PyResult<Value>,
    numbering: Numbering,
    next_auto: usize,
}

/// An all-digits name as an index; `None` when it is not all digits (or empty).
fn integer(vm: &Vm, s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let t: String = s.iter().collect();
    match t.parse::<u64>() {
        Ok(n) if n <= i64::MAX as u64 => Ok(Some(n as usize)),
        _ => Err(vm.value_error("Too many decimal digits in format string")),
    }
}

/// Looks up a field name (`first.attr[key]...`), applying each accessor as it is parsed.
fn field_object(vm: &Vm, cx: &mut Ctx, name: &[char]) -> PyResult<Value> {
    let split = name
        .iter()
        .position(|c| *c == '.' || *c == '[')
        .unwrap_or(name.len());
    let first = &name[..split];
    let mut idx = integer(vm, first)?;
    let empty = first.is_empty();
    if empty || idx.is_some() {
        if cx.numbering == Numbering::Unset {
            cx.numbering = if empty {
                Numbering::Auto
            } else {
                Numbering::Manual
            };
        }
        if cx.numbering == Numbering::Manual && empty {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if cx.numbering == Numbering::Auto && !empty {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            idx = Some(cx.next_auto);
            cx.next_auto += 1;
        }
    }
    let mut obj = match idx {
        None => (cx.kw)(&first.iter().collect::<String>())?,
        Some(n) => {
            let args = cx
                .args
                .ok_or_else(|| vm.value_error("Format string contains positional fields"))?;
            args.get(n).cloned().ok_or_else(|| {
                vm.index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                ))
            })?
        }
    };
    let mut i = split;
    while i < name.len() {
        let attr = name[i] == '.';
        if !attr && name[i] != '[' {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
        i += 1;
        let st = i;
        if attr {
            while i < name.len() && name[i] != '.' && name[i] != '[' {
                i += 1;
            }
        } else {
            while i < name.len() && name[i] != ']' {
                i += 1;
            }
            if i >= name.len() {
                return Err(vm.value_error("Missing ']' in format string"));
            }
        }
        let part = &name[st..i];
        if !attr {
            i += 1;
        }
        if part.is_empty() {
            return Err(vm.value_error("Empty attribute in format string"));
        }
        let text: String = part.iter().collect();
        obj = if attr {
            vm.getattr(&obj, &vm.intern(&text))?
        } else {
            let key = match integer(vm, part)? {
                Some(n) => vm.new_int(n as i64),
                None => vm.new_str(text.as_str()),
            };
            vm.getitem(&obj, &key)?
        };
    }
    Ok(obj)
}

/// Renders the replacement field starting at `f[start]` (just after its `{`); returns the
/// index just past it. Like CPython, it parses straight through the rest of the string:
/// brackets in the name may hold braces, and a spec ends at its matching `}`.
fn markup(
    vm: &Vm,
    cx: &mut Ctx,
    f: &[char],
    start: usize,
    depth: u32,
    out: &mut String,
) -> PyResult<usize> {
    let mut i = start;
    let mut c = '\0';
    while i < f.len() {
        c = f[i];
        i += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while i < f.len() && f[i] != ']' {
                    i += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name = &f[start..i.saturating_sub(1).max(start)];
    let mut conv = None;
    let mut spec: &[char] = &[];
    let mut expand = false;
    if c == '!' || c == ':' {
        let mut spec_wanted = true;
        if c == '!' {
            if i >= f.len() {
                return Err(vm.value_error("end of string while looking for conversion specifier"));
            }
            conv = Some(f[i]);
            i += 1;
            if i < f.len() {
                let n = f[i];
                i += 1;
                if n == '}' {
                    spec_wanted = false;
                } else if n != ':' {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            }
        }
        if spec_wanted {
            let st = i;
            let mut count = 1;
            let mut end = None;
            while i < f.len() {
                let ch = f[i];
                i += 1;
                if ch == '{' {
                    expand = true;
                    count += 1;
                } else if ch == '}' {
                    count -= 1;
                    if count == 0 {
                        end = Some(i - 1);
                        break;
                    }
                }
            }
            match end {
                Some(e) => spec = &f[st..e],
                None => return Err(vm.value_error("unmatched '{' in format spec")),
            }
        }
    } else if c != '}' {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    let obj = field_object(vm, cx, name)?;
    let obj = match conv {
        None => obj,
        Some('r') => vm.repr(&obj)?,
        Some('s') => vm.str(&obj)?,
        Some('a') => crate::builtins::functions::ascii_of(vm, &obj)?,
        Some(k) => {
            let shown = if (k as u32) > 32 && (k as u32) < 127 {
                k.to_string()
            } else {
                format!("\\x{:x}", k as u32)
            };
            return Err(vm.value_error(format!("Unknown conversion specifier {shown}")));
        }
    };
    let spec = if expand {
        let mut s = String::new();
        render(vm, cx, spec, depth - 1, &mut s)?;
        s
    } else {
        spec.iter().collect()
    };
    // Exact ints, floats and strs are formatted directly (no spec object, no
    // `__format__` lookup); a str with no spec is itself.
    let s = if v_is_plain_str(vm, &obj) && spec.is_empty() {
        out.push_str(vm.str_ref(&obj));
        return Ok(i);
    } else if obj.is_small() || vm.is_exact(&obj, &vm.types.int) {
        crate::builtins::format::format_int(vm, &obj, &spec)?
    } else if let Some(x) = vm.exact_float(&obj) {
        crate::builtins::format::format_float(vm, x, &spec)?
    } else if v_is_plain_str(vm, &obj) {
        crate::builtins::format::format_str(vm, vm.str_ref(&obj), &spec)?
    } else {
        vm.format(&obj, Some(&vm.new_str(spec)))?
    };
    out.push_str(vm.str_ref(&s));
    Ok(i)
}

fn v_is_plain_str(vm: &Vm, v: &Value) -> bool {
    vm.is_exact_str(v)
}

/// Renders a format string (or a nested spec, with a smaller `depth`).
fn render(vm: &Vm, cx: &mut Ctx, f: &[char], depth: u32, out: &mut String) -> PyResult<()> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut i = 0;
    while i < f.len() {
        let c = f[i];
        i += 1;
        if c != '{' && c != '}' {
            out.push(c);
            continue;
        }
        if i < f.len() && f[i] == c {
            out.push(c);
            i += 1;
            continue;
        }
        if c == '}' {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if i >= f.len() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        i = markup(vm, cx, f, i, depth, out)?;
    }
    Ok(())
}

/// Formats `fmt` with positional `args` (none for `format_map`) and keyword lookup `kw`.
pub fn format_with(
    vm: &Vm,
    fmt: &str,
    args: Option<&[Value]>,
    kw: &dyn Fn(&str) -> PyResult<Value>,
) -> PyResult<Value> {
    let f: Vec<char> = fmt.chars().collect();
    let mut cx = Ctx {
        args,
        kw,
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let mut out = String::new();
    render(vm, &mut cx, &f, 2, &mut out)?;
    Ok(vm.new_str(out))
}

/// `str.format(*args, **kwargs)`.
pub fn str_format_method(vm: &Vm, a: Args) -> PyResult<Value> {
    let text = vm.str_ref(&a.pos[0]);
    if !text.is_empty() && !text.contains(['{', '}']) {
        // Nothing to replace: the string itself, as CPython returns it (a str
        // subclass's instance included).
        return Ok(a.pos[0].clone());
    }
    let kw = |name: &str| -> PyResult<Value> {
        a.kw(vm, name).ok_or_else(|| vm.key_error(vm.new_str(name)))
    };
    format_with(vm, vm.str_ref(&a.pos[0]), Some(&a.pos[1..]), &kw)
}
