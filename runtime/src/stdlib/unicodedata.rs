//! `unicodedata`: character properties of Unicode 14.0 (CPython 3.11's version) from
//! `unicodedata_tables`, names from `unicode_names2` and normalisation from
//! `unicode-normalization` (both limited to the characters 14.0 assigns).

use crate::object::native::{Args, NativeFn};
use crate::object::value::Value;
use crate::stdlib::registry_system::sysutil::{module, set};
use crate::stdlib::registry_text::unicodedata_tables as t;
use crate::vm::{PyResult, Vm};
use unicode_normalization::UnicodeNormalization;

/// The value of the range of `table` holding `cp`.
fn in_ranges<V: Copy>(table: &[(u32, u32, V)], cp: u32) -> Option<V> {
    let i = table.partition_point(|r| r.1 < cp);
    table.get(i).filter(|r| r.0 <= cp).map(|r| r.2)
}

fn category_of(cp: u32) -> &'static str {
    t::CATEGORY_NAMES[in_ranges(t::CATEGORY, cp).unwrap_or(0) as usize]
}

/// Unassigned in Unicode 14.0 (the crates know later versions).
fn unassigned(c: char) -> bool {
    in_ranges(t::CATEGORY, c as u32).is_none()
}

/// The one character of a `chr` argument, or CPython's TypeError (which numbers the
/// argument for the functions that take a second one).
fn char_arg(vm: &Vm, fname: &str, v: &Value) -> PyResult<char> {
    if vm.is_str(v) {
        let mut it = vm.str_ref(v).chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
    }
    let which = match fname {
        "name" | "decimal" | "digit" | "numeric" => "argument 1",
        _ => "argument",
    };
    Err(vm.type_error(format!(
        "{fname}() {which} must be a unicode character, not {}",
        crate::builtins::str::args::arg_type_name(vm, v)
    )))
}

fn str_arg<'a>(vm: &Vm, fname: &str, n: usize, v: &'a Value) -> PyResult<&'a str> {
    if vm.is_str(v) {
        return Ok(vm.str_ref(v));
    }
    Err(vm.type_error(format!(
        "{fname}() argument {n} must be str, not {}",
        crate::builtins::str::args::arg_type_name(vm, v)
    )))
}

/// A one-character property function: `f(chr)`.
macro_rules! prop {
    ($fname:ident, $name:literal, |$vm:ident, $c:ident| $body:expr) => {
        fn $fname($vm: &Vm, a: Args) -> PyResult<Value> {
            crate::stdlib::registry_system::sysutil::arity($vm, &a, $name, 1, 1)?;
            let $c = char_arg($vm, $name, &a.pos[0])? as u32;
            Ok($body)
        }
    };
}

prop!(category, "category", |vm, c| vm.new_str(category_of(c)));
prop!(bidirectional, "bidirectional", |vm, c| vm.new_str(
    t::BIDI_NAMES[in_ranges(t::BIDI, c).unwrap_or(0) as usize]
));
prop!(east_asian_width, "east_asian_width", |vm, c| vm.new_str(
    t::EAW_NAMES[in_ranges(t::EAW, c).unwrap_or(0) as usize]
));
prop!(combining, "combining", |vm, c| vm
    .new_int(in_ranges(t::COMBINING, c).unwrap_or(0) as i64));
prop!(mirrored, "mirrored", |vm, c| {
    let i = t::MIRRORED.partition_point(|r| r.1 < c);
    let m = t::MIRRORED.get(i).is_some_and(|r| r.0 <= c);
    vm.new_int(m as i64)
});

/// `decimal`, `digit` and `numeric`: `f(chr, default=<raise ValueError>)`.
fn numeric_prop(vm: &Vm, a: &Args, fname: &str, which: u8, msg: &str) -> PyResult<Value> {
    crate::stdlib::registry_system::sysutil::arity(vm, a, fname, 1, 2)?;
    let c = char_arg(vm, fname, &a.pos[0])? as u32;
    let row = t::NUMERIC
        .binary_search_by_key(&c, |r| r.0)
        .ok()
        .map(|i| t::NUMERIC[i]);
    let found = row.and_then(|(_, num, digit, dec)| match which {
        0 if dec >= 0 => Some(vm.new_int(dec as i64)),
        1 if digit >= 0 => Some(vm.new_int(digit as i64)),
        2 => Some(vm.new_float(num)),
        _ => None,
    });
    match (found, a.pos.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.value_error(msg.to_string())),
    }
}

fn decimal(vm: &Vm, a: Args) -> PyResult<Value> {
    numeric_prop(vm, &a, "decimal", 0, "not a decimal")
}

fn digit(vm: &Vm, a: Args) -> PyResult<Value> {
    numeric_prop(vm, &a, "digit", 1, "not a digit")
}

fn numeric(vm: &Vm, a: Args) -> PyResult<Value> {
    numeric_prop(vm, &a, "numeric", 2, "not a numeric character")
}

fn name(vm: &Vm, a: Args) -> PyResult<Value> {
    crate::stdlib::registry_system::sysutil::arity(vm, &a, "name", 1, 2)?;
    let c = char_arg(vm, "name", &a.pos[0])?;
    match (char_name(c), a.pos.get(1)) {
        (Some(n), _) => Ok(vm.new_str(n)),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.value_error("no such name")),
    }
}

/// The Unicode name of `c`, if it has one (as `unicodedata.name` and the `namereplace`
/// error handler report it).
pub fn char_name(c: char) -> Option<String> {
    if unassigned(c) {
        return None;
    }
    unicode_names2::name(c).map(|n| n.to_string())
}

/// The character named `name` (any case; aliases too), as `lookup` and re's `\N{}` find it.
pub fn char_named(name: &str) -> Option<char> {
    unicode_names2::character(name).filter(|&c| !unassigned(c))
}

fn lookup(vm: &Vm, a: Args) -> PyResult<Value> {
    crate::stdlib::registry_system::sysutil::arity(vm, &a, "lookup", 1, 1)?;
    let v = &a.pos[0];
    let text = if let Some(b) = crate::builtins::bytes::bytes_view(vm, v).filter(|_| !vm.is_str(v))
    {
        String::from_utf8_lossy(&b).into_owned()
    } else {
        str_arg(vm, "lookup", 1, v)?.to_string()
    };
    match char_named(&text) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.key_error(vm.new_str(format!("undefined character name '{text}'")))),
    }
}

/// The normalisation form named `form` applied to `s`.
fn normalized(vm: &Vm, fname: &str, a: &Args) -> PyResult<(String, String)> {
    crate::stdlib::registry_system::sysutil::arity(vm, a, fname, 2, 2)?;
    let form = str_arg(vm, fname, 1, &a.pos[0])?;
    let s = str_arg(vm, fname, 2, &a.pos[1])?;
    let run = |part: &str, out: &mut String| match form {
        "NFC" => out.extend(part.nfc()),
        "NFD" => out.extend(part.nfd()),
        "NFKC" => out.extend(part.nfkc()),
        _ => out.extend(part.nfkd()),
    };
    if !matches!(form, "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(vm.value_error("invalid normalization form"));
    }
    // Characters that 14.0 leaves unassigned have no decomposition there and block
    // reordering and composition: they are kept as they are, and the runs between
    // them normalised on their own.
    let mut out = String::with_capacity(s.len());
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if unassigned(c) && !c.is_ascii() {
            run(&s[start..i], &mut out);
            out.push(c);
            start = i + c.len_utf8();
        }
    }
    run(&s[start..], &mut out);
    Ok((s.to_string(), out))
}

fn normalize(vm: &Vm, a: Args) -> PyResult<Value> {
    let (s, out) = normalized(vm, "normalize", &a)?;
    if s == out {
        return Ok(a.pos[1].clone());
    }
    Ok(vm.new_str(out))
}

fn is_normalized(vm: &Vm, a: Args) -> PyResult<Value> {
    let (s, out) = normalized(vm, "is_normalized", &a)?;
    Ok(vm.bool_val(s == out))
}

pub fn make(vm: &Vm) -> PyResult<Value> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("category", category),
        ("bidirectional", bidirectional),
        ("east_asian_width", east_asian_width),
        ("combining", combining),
        ("mirrored", mirrored),
        ("decimal", decimal),
        ("digit", digit),
        ("numeric", numeric),
        ("name", name),
        ("lookup", lookup),
        ("normalize", normalize),
        ("is_normalized", is_normalized),
    ];
    let m = module(vm, "unicodedata", fns);
    set(vm, &m, "unidata_version", vm.new_str(t::UNIDATA_VERSION));
    Ok(m)
}
