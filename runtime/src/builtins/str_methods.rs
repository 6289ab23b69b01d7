//! str methods other than searching: case mapping, predicates, stripping, padding, splitting,
//! joining, replacing, tabs, translation tables, encoding and `format_map`.

use super::args::{arg, check_kw, check_noargs, check_one, check_varargs, index_arg, Dotted};
use super::codecs;
use super::search::{char_count, str_arg};
use super::unicode as uni;
use crate::object::native::{Args, MethodKind, NativeFn};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm, t: &Value) {
    let maps: [(&'static str, NativeFn); 6] = [
        ("lower", |vm, a| map_text(vm, a, "str.lower", uni::lower)),
        ("upper", |vm, a| map_text(vm, a, "str.upper", uni::upper)),
        ("casefold", |vm, a| {
            map_text(vm, a, "str.casefold", uni::casefold)
        }),
        ("swapcase", |vm, a| {
            map_text(vm, a, "str.swapcase", uni::swapcase)
        }),
        ("title", |vm, a| map_text(vm, a, "str.title", uni::title)),
        ("capitalize", |vm, a| {
            map_text(vm, a, "str.capitalize", uni::capitalize)
        }),
    ];
    for (name, f) in maps {
        vm.add_method(t, name, f);
    }
    let preds: [(&'static str, NativeFn); 13] = [
        ("isalpha", |vm, a| {
            all_chars(vm, a, "str.isalpha", uni::is_alpha)
        }),
        ("isalnum", |vm, a| {
            all_chars(vm, a, "str.isalnum", uni::is_alnum)
        }),
        ("isdecimal", |vm, a| {
            all_chars(vm, a, "str.isdecimal", uni::is_decimal)
        }),
        ("isdigit", |vm, a| {
            all_chars(vm, a, "str.isdigit", uni::is_digit)
        }),
        ("isnumeric", |vm, a| {
            all_chars(vm, a, "str.isnumeric", uni::is_numeric)
        }),
        ("isspace", |vm, a| {
            all_chars(vm, a, "str.isspace", uni::is_space)
        }),
        ("isprintable", |vm, a| {
            check_noargs(vm, &a, "str.isprintable")?;
            let s = vm.str_ref(&a.pos[0]);
            Ok(vm.bool_val(s.chars().all(uni::is_printable)))
        }),
        ("isascii", |vm, a| {
            check_noargs(vm, &a, "str.isascii")?;
            Ok(vm.bool_val(vm.str_ref(&a.pos[0]).is_ascii()))
        }),
        ("isidentifier", |vm, a| {
            whole(vm, a, "str.isidentifier", uni::isidentifier)
        }),
        ("islower", |vm, a| whole(vm, a, "str.islower", uni::islower)),
        ("isupper", |vm, a| whole(vm, a, "str.isupper", uni::isupper)),
        ("istitle", |vm, a| whole(vm, a, "str.istitle", uni::istitle)),
        ("__sizeof__", |vm, a| {
            // CPython's compact layout: header plus (len + 1) units of 1, 2 or 4 bytes.
            check_noargs(vm, &a, "str.__sizeof__")?;
            let d = vm.as_str_data(&a.pos[0]).unwrap();
            let max = d.s.chars().map(|c| c as u32).max().unwrap_or(0);
            let n = d.char_len + 1;
            let size = match max {
                0..=0x7f => 48 + n,
                0x80..=0xff => 72 + n,
                0x100..=0xffff => 72 + 2 * n,
                _ => 72 + 4 * n,
            };
            Ok(vm.new_int_usize(size))
        }),
    ];
    for (name, f) in preds {
        vm.add_method(t, name, f);
    }
    vm.add_method(t, "strip", |vm, a| strip(vm, a, "strip", true, true));
    vm.add_method(t, "lstrip", |vm, a| strip(vm, a, "lstrip", true, false));
    vm.add_method(t, "rstrip", |vm, a| strip(vm, a, "rstrip", false, true));
    vm.add_method(t, "center", |vm, a| justify(vm, a, "center"));
    vm.add_method(t, "ljust", |vm, a| justify(vm, a, "ljust"));
    vm.add_method(t, "rjust", |vm, a| justify(vm, a, "rjust"));
    vm.add_method(t, "zfill", zfill);
    vm.add_method(t, "split", |vm, a| split(vm, a, "split", false));
    vm.add_method(t, "rsplit", |vm, a| split(vm, a, "rsplit", true));
    vm.add_method(t, "splitlines", splitlines);
    vm.add_method(t, "partition", |vm, a| partition(vm, a, false));
    vm.add_method(t, "rpartition", |vm, a| partition(vm, a, true));
    vm.add_method(t, "join", join);
    vm.add_method(t, "replace", replace);
    vm.add_method(t, "expandtabs", expandtabs);
    vm.add_method(t, "removeprefix", |vm, a| remove_affix(vm, a, true));
    vm.add_method(t, "removesuffix", |vm, a| remove_affix(vm, a, false));
    vm.add_method(t, "encode", encode);
    vm.add_method(t, "translate", translate);
    vm.add_method_kind(t, "maketrans", maketrans, MethodKind::Static);
    vm.add_method(t, "format_map", format_map);
}

/// Returns `self` unchanged when it is an exact str and the text did not change.
fn same_or_new(vm: &Vm, this: &Value, s: String) -> Value {
    if vm.is_exact_str(this) && vm.str_ref(this) == s {
        return this.clone();
    }
    vm.new_str(s)
}

fn map_text(vm: &Vm, a: Args, qual: &str, f: fn(&str) -> String) -> PyResult<Value> {
    check_noargs(vm, &a, qual)?;
    Ok(vm.new_str(f(vm.str_ref(&a.pos[0]))))
}

fn all_chars(vm: &Vm, a: Args, qual: &str, f: fn(char) -> bool) -> PyResult<Value> {
    check_noargs(vm, &a, qual)?;
    let s = vm.str_ref(&a.pos[0]);
    Ok(vm.bool_val(!s.is_empty() && s.chars().all(f)))
}

fn whole(vm: &Vm, a: Args, qual: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    check_noargs(vm, &a, qual)?;
    Ok(vm.bool_val(f(vm.str_ref(&a.pos[0]))))
}

fn strip(vm: &Vm, a: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_varargs(vm, &a, &Dotted("str", name), name, 0, 1)?;
    let s = vm.str_ref(&a.pos[0]);
    let set: Option<Vec<char>> = match a.pos.get(1) {
        None => None,
        Some(c) if vm.is_none(c) => None,
        Some(c) if vm.is_str(c) => Some(vm.str_ref(c).chars().collect()),
        Some(_) => return Err(vm.type_error(format!("{name} arg must be None or str"))),
    };
    let pred = |c: char| match &set {
        Some(cs) => cs.contains(&c),
        None => uni::is_space(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.len() && vm.is_exact_str(&a.pos[0]) {
        return Ok(a.pos[0].clone());
    }
    Ok(vm.new_str(r))
}

fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    if !vm.is_str(v) {
        return Err(vm.type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(v)
        )));
    }
    let mut it = vm.str_ref(v).chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error("The fill character must be exactly one character long")),
    }
}

fn justify(vm: &Vm, a: Args, name: &str) -> PyResult<Value> {
    check_varargs(vm, &a, &Dotted("str", name), name, 1, 2)?;
    let width = index_arg(vm, &a.pos[1])?;
    let fill = fill_char(vm, a.pos.get(2))?;
    let d = vm.as_str_data(&a.pos[0]).unwrap();
    let len = d.char_len as i64;
    if width <= len {
        return Ok(same_or_new(vm, &a.pos[0], d.s.to_string()));
    }
    let marg = width - len;
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    if (width as u128) * 4 > (1u128 << 36) {
        return Err(vm.memory_error());
    }
    let mut out = String::with_capacity(d.s.len() + marg as usize);
    out.extend(std::iter::repeat(fill).take(left as usize));
    out.push_str(&d.s);
    out.extend(std::iter::repeat(fill).take(right as usize));
    Ok(vm.new_str(out))
}

fn zfill(vm: &Vm, a: Args) -> PyResult<Value> {
    check_one(vm, &a, "str.zfill")?;
    let width = index_arg(vm, &a.pos[1])?;
    let d = vm.as_str_data(&a.pos[0]).unwrap();
    let len = d.char_len as i64;
    if width <= len {
        return Ok(same_or_new(vm, &a.pos[0], d.s.to_string()));
    }
    if (width as u128) > (1u128 << 36) {
        return Err(vm.memory_error());
    }
    let fill = (width - len) as usize;
    let s = &d.s;
    let mut out = String::with_capacity(s.len() + fill);
    let body = match s.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &s[1..]
        }
        _ => &s[..],
    };
    out.extend(std::iter::repeat('0').take(fill));
    out.push_str(body);
    Ok(vm.new_str(out))
}

/// The `maxsplit` argument: -1 (or any negative) means no limit.
fn maxsplit_arg(vm: &Vm, v: Option<Value>) -> PyResult<usize> {
    match v {
        None => Ok(usize::MAX),
        Some(v) => {
            let n = index_arg(vm, &v)?;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
    }
}

fn split(vm: &Vm, a: Args, name: &str, reverse: bool) -> PyResult<Value> {
    check_kw(vm, &a, name, &["sep", "maxsplit"])?;
    let s = vm.str_ref(&a.pos[0]);
    let sep = arg(vm, &a, 0, "sep");
    let max = maxsplit_arg(vm, arg(vm, &a, 1, "maxsplit"))?;
    let parts: Vec<&str> = match sep {
        Some(sep) if !vm.is_none(&sep) => {
            if !vm.is_str(&sep) {
                return Err(
                    vm.type_error(format!("must be str or None, not {}", vm.type_name(&sep)))
                );
            }
            let sep = vm.str_ref(&sep);
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if reverse {
                let mut v: Vec<&str> = s.rsplitn(max.saturating_add(1), sep).collect();
                v.reverse();
                v
            } else {
                let mut v = Vec::new();
                let mut from = 0;
                for p in super::find::positions(s, sep, max) {
                    v.push(&s[from..p]);
                    from = p + sep.len();
                }
                v.push(&s[from..]);
                v
            }
        }
        _ if !reverse && s.is_ascii() => {
            // ASCII text split on whitespace: its words made directly.
            let words = split_ascii_whitespace(s, max);
            return Ok(vm.new_list(words.map(|w| vm.new_str_ascii(w)).collect()));
        }
        _ => split_whitespace(s, max, reverse),
    };
    Ok(vm.new_list(parts.into_iter().map(|p| vm.new_str(p)).collect()))
}

/// Python's ASCII whitespace (`str.isspace`): \t-\r, \x1c-\x1f and the space.
static ASCII_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = matches!(c as u8, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f);
        c += 1;
    }
    t
};

/// The words of ASCII text `s` split on whitespace runs, at most `max` times from the
/// left (the rest, trailing whitespace and all, is the last word): by bytes, where the
/// Unicode test decoded every character (3 to 4 times CPython's time).
fn split_ascii_whitespace(s: &str, max: usize) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut n = 0;
    std::iter::from_fn(move || {
        while i < b.len() && ASCII_SPACE[b[i] as usize] {
            i += 1;
        }
        if i == b.len() {
            return None;
        }
        let start = i;
        if n == max {
            i = b.len();
        } else {
            while i < b.len() && !ASCII_SPACE[b[i] as usize] {
                i += 1;
            }
        }
        n += 1;
        Some(&s[start..i])
    })
}

/// Splitting on runs of whitespace, at most `max` times, from the left or the right.
pub fn split_whitespace(s: &str, max: usize, reverse: bool) -> Vec<&str> {
    let mut out = Vec::new();
    if !reverse && s.is_ascii() {
        return split_ascii_whitespace(s, max).collect();
    }
    if !reverse {
        let mut rest = s.trim_start_matches(uni::is_space);
        while !rest.is_empty() {
            if out.len() == max {
                out.push(rest);
                break;
            }
            match rest.find(uni::is_space) {
                Some(i) => {
                    out.push(&rest[..i]);
                    rest = rest[i..].trim_start_matches(uni::is_space);
                }
                None => {
                    out.push(rest);
                    break;
                }
            }
        }
    } else {
        let mut rest = s.trim_end_matches(uni::is_space);
        while !rest.is_empty() {
            if out.len() == max {
                out.push(rest);
                break;
            }
            match rest.rfind(uni::is_space) {
                Some(i) => {
                    let c = rest[i..].chars().next().map_or(1, char::len_utf8);
                    out.push(&rest[i + c..]);
                    rest = rest[..i].trim_end_matches(uni::is_space);
                }
                None => {
                    out.push(rest);
                    break;
                }
            }
        }
        out.reverse();
    }
    out
}

fn splitlines(vm: &Vm, a: Args) -> PyResult<Value> {
    check_kw(vm, &a, "splitlines", &["keepends"])?;
    let keep = match arg(vm, &a, 0, "keepends") {
        Some(k) => super::args::c_int_arg(vm, &k)? != 0,
        None => false,
    };
    let s = vm.str_ref(&a.pos[0]);
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    let mut line_start = 0;
    while let Some((i, c)) = it.next() {
        if !uni::is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                end += 1;
            }
        }
        out.push(vm.new_str(&s[line_start..if keep { end } else { i }]));
        line_start = end;
    }
    if line_start < s.len() {
        out.push(vm.new_str(&s[line_start..]));
    }
    Ok(vm.new_list(out))
}

fn partition(vm: &Vm, a: Args, reverse: bool) -> PyResult<Value> {
    check_one(
        vm,
        &a,
        if reverse {
            "str.rpartition"
        } else {
            "str.partition"
        },
    )?;
    let s = vm.str_ref(&a.pos[0]);
    let sep = str_arg(vm, &a.pos[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => vec![
            vm.new_str(&s[..i]),
            a.pos[1].clone(),
            vm.new_str(&s[i + sep.len()..]),
        ],
        None if reverse => vec![vm.empty_str.clone(), vm.empty_str.clone(), a.pos[0].clone()],
        None => vec![a.pos[0].clone(), vm.empty_str.clone(), vm.empty_str.clone()],
    };
    let parts = parts
        .into_iter()
        .map(|p| {
            if vm.is_exact_str(&p) {
                p
            } else {
                vm.new_str(vm.str_ref(&p))
            }
        })
        .collect();
    Ok(vm.new_tuple(parts))
}

fn join(vm: &Vm, a: Args) -> PyResult<Value> {
    check_one(vm, &a, "str.join")?;
    let sep = vm.str_ref(&a.pos[0]);
    let it = match vm.iter(&a.pos[1]) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error) => {
            return Err(vm.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut items = Vec::new();
    while let Some(x) = vm.next(&it)? {
        items.push(x);
    }
    if items.len() == 1 && vm.is_exact_str(&items[0]) {
        return Ok(items[0].clone());
    }
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if !vm.is_str(it) {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(it)
            )));
        }
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(vm.str_ref(it));
    }
    Ok(vm.new_str(out))
}

fn replace(vm: &Vm, a: Args) -> PyResult<Value> {
    check_varargs(vm, &a, "str.replace", "replace", 2, 3)?;
    for i in 1..=2 {
        if !vm.is_str(&a.pos[i]) {
            return Err(vm.type_error(format!(
                "replace() argument {i} must be str, not {}",
                crate::builtins::str::args::arg_type_name(vm, &a.pos[i])
            )));
        }
    }
    let s = vm.str_ref(&a.pos[0]);
    let old = vm.str_ref(&a.pos[1]);
    let new = vm.str_ref(&a.pos[2]);
    let count = match a.pos.get(3) {
        Some(c) => index_arg(vm, c)?,
        None => -1,
    };
    let n = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if old.is_empty() {
        let matches = (char_count(s) + 1).min(n);
        if matches == 0 {
            return Ok(same_or_new(vm, &a.pos[0], s.to_string()));
        }
        let size = s.len() as u128 + (matches as u128) * (new.len() as u128);
        if size > (1u128 << 36) {
            return Err(vm.overflow_error("replace string is too long"));
        }
        return Ok(vm.new_str(s.replacen(old, new, matches)));
    }
    // One search: the matches' offsets, then the text built at its final size.
    let at = super::find::positions(s, old, n);
    if at.is_empty() {
        return Ok(same_or_new(vm, &a.pos[0], s.to_string()));
    }
    let size = s.len() as u128 + (at.len() as u128) * (new.len() as u128);
    if size > (1u128 << 36) {
        return Err(vm.overflow_error("replace string is too long"));
    }
    let mut out = String::with_capacity(s.len() - at.len() * old.len() + at.len() * new.len());
    let mut from = 0;
    for p in at {
        out.push_str(&s[from..p]);
        out.push_str(new);
        from = p + old.len();
    }
    out.push_str(&s[from..]);
    Ok(vm.new_str(out))
}

fn expandtabs(vm: &Vm, a: Args) -> PyResult<Value> {
    check_kw(vm, &a, "expandtabs", &["tabsize"])?;
    let tab = match arg(vm, &a, 0, "tabsize") {
        Some(t) => super::args::c_int_arg(vm, &t)?,
        None => 8,
    };
    let s = vm.str_ref(&a.pos[0]);
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    if out.len() as u128 + n as u128 > (1u128 << 36) {
                        return Err(vm.overflow_error("result too long"));
                    }
                    col += n;
                    out.extend(std::iter::repeat(' ').take(n as usize));
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(same_or_new(vm, &a.pos[0], out))
}

fn remove_affix(vm: &Vm, a: Args, prefix: bool) -> PyResult<Value> {
    let name = if prefix {
        "removeprefix"
    } else {
        "removesuffix"
    };
    check_one(vm, &a, &Dotted("str", name))?;
    if !vm.is_str(&a.pos[1]) {
        return Err(vm.type_error(format!(
            "{name}() argument must be str, not {}",
            crate::builtins::str::args::arg_type_name(vm, &a.pos[1])
        )));
    }
    let s = vm.str_ref(&a.pos[0]);
    let p = vm.str_ref(&a.pos[1]);
    let r = if prefix {
        s.strip_prefix(p)
    } else {
        s.strip_suffix(p)
    };
    match r {
        Some(r) if !p.is_empty() => Ok(vm.new_str(r)),
        _ => Ok(same_or_new(vm, &a.pos[0], s.to_string())),
    }
}

fn encode(vm: &Vm, a: Args) -> PyResult<Value> {
    check_kw(vm, &a, "encode", &["encoding", "errors"])?;
    let (enc, errors) = codecs::enc_args(vm, &a, "encode", 1)?;
    let codec = match enc.as_deref() {
        None => codecs::Codec::Utf8,
        Some(e) => codecs::text_lookup(vm, e, "encode")?,
    };
    let errors = errors.as_deref().unwrap_or("strict");
    let name = enc.as_deref().unwrap_or("utf-8");
    if let Some(r) = codecs::via_registered_handler(vm, &a.pos[0], name, errors, true) {
        return r;
    }
    let b = codecs::encode(vm, &a.pos[0], codec, errors)?;
    Ok(vm.new_bytes(b))
}

/// What a translation table maps one character to.
enum Mapped {
    Keep,
    Delete,
    Text(String),
}

fn translate_one(vm: &Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let r = match vm.getitem(table, &vm.new_int(c as i64)) {
        Ok(r) => r,
        Err(e) if vm.err_matches(&e, &vm.exc.lookup_error) => return Ok(Mapped::Keep),
        Err(e) => return Err(e),
    };
    if vm.is_none(&r) {
        return Ok(Mapped::Delete);
    }
    if vm.is_int(&r) {
        let cp = vm.as_int(&r).and_then(|i| i.to_i64()).unwrap_or(-1);
        return match u32::try_from(cp).ok().and_then(char::from_u32) {
            Some(ch) => Ok(Mapped::Text(ch.to_string())),
            None if (0..0x110000).contains(&cp) => Ok(Mapped::Text('\u{fffd}'.to_string())),
            None => Err(vm.value_error("character mapping must be in range(0x110000)")),
        };
    }
    if vm.is_str(&r) {
        return Ok(Mapped::Text(vm.str_ref(&r).to_string()));
    }
    Err(vm.type_error("character mapping must return integer, None or str"))
}

fn translate(vm: &Vm, a: Args) -> PyResult<Value> {
    check_one(vm, &a, "str.translate")?;
    let table = &a.pos[1];
    let s = vm.str_ref(&a.pos[0]).to_string();
    // Only a plain dict's answers can be kept: other tables may have side effects.
    // (ASCII answers in an array, others in a map: a hash per character cost 5 times
    // CPython's time.)
    let cacheable = vm.is_exact(table, &vm.types.dict);
    let mut ascii: [Option<Mapped>; 128] = std::array::from_fn(|_| None);
    let mut other: std::collections::HashMap<char, Mapped> = Default::default();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let known = if (c as u32) < 128 {
            ascii[c as usize].as_ref()
        } else {
            other.get(&c)
        };
        if let Some(m) = known {
            push_mapped(&mut out, c, m);
            continue;
        }
        let m = translate_one(vm, table, c)?;
        push_mapped(&mut out, c, &m);
        if cacheable {
            if (c as u32) < 128 {
                ascii[c as usize] = Some(m);
            } else {
                other.insert(c, m);
            }
        }
    }
    Ok(same_or_new(vm, &a.pos[0], out))
}

fn push_mapped(out: &mut String, c: char, m: &Mapped) {
    match m {
        Mapped::Keep => out.push(c),
        Mapped::Delete => {}
        Mapped::Text(t) => out.push_str(t),
    }
}

fn maketrans(vm: &Vm, a: Args) -> PyResult<Value> {
    // Static method: no self in `a.pos`.
    if a.has_kw() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    let n = a.pos.len();
    if n == 0 {
        return Err(vm.type_error("maketrans expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")));
    }
    let out = vm.new_dict();
    let d = vm.as_dict(&out).unwrap();
    if n == 1 {
        let Some(src) = vm.as_dict(&a.pos[0]) else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            let key = if vm.is_str(&k) {
                let mut it = vm.str_ref(&k).chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => vm.new_int(c as i64),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if vm.is_int(&k) {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set(d, key, v)?;
        }
        return Ok(out);
    }
    // (Argument Clinic checks the str parameters before the body looks at the first.)
    for (i, v) in a.pos.iter().enumerate().skip(1) {
        if !vm.is_str(v) {
            return Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                crate::builtins::str::args::arg_type_name(vm, v)
            )));
        }
    }
    if !vm.is_str(&a.pos[0]) {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    }
    let x: Vec<char> = vm.str_ref(&a.pos[0]).chars().collect();
    let y: Vec<char> = vm.str_ref(&a.pos[1]).chars().collect();
    if x.len() != y.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (c, r) in x.iter().zip(y.iter()) {
        vm.dict_set(d, vm.new_int(*c as i64), vm.new_int(*r as i64))?;
    }
    if let Some(z) = a.pos.get(2) {
        for c in vm.str_ref(z).chars() {
            vm.dict_set(d, vm.new_int(c as i64), vm.none.clone())?;
        }
    }
    Ok(out)
}

/// `str.format_map(mapping)`: `format(**mapping)` without copying, so `__missing__` works.
fn format_map(vm: &Vm, a: Args) -> PyResult<Value> {
    check_one(vm, &a, "str.format_map")?;
    let kw = |name: &str| vm.getitem(&a.pos[1], &vm.new_str(name));
    crate::builtins::format_method::format_with(vm, vm.str_ref(&a.pos[0]), None, &kw)
}
