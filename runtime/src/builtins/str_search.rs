//! str searching: find/rfind/index/rindex/count and startswith/endswith, with start/end
//! arguments interpreted in code points as CPython does.

use super::args::{adjust, check_tuple, slice_arg, Dotted};
use crate::object::native::Args;
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm, t: &Value) {
    vm.add_method(t, "find", |vm, a| {
        let r = find(vm, a, "find", false)?;
        Ok(vm.new_int(r))
    });
    vm.add_method(t, "rfind", |vm, a| {
        let r = find(vm, a, "rfind", true)?;
        Ok(vm.new_int(r))
    });
    vm.add_method(t, "index", |vm, a| index(vm, a, "index", false));
    vm.add_method(t, "rindex", |vm, a| index(vm, a, "rindex", true));
    vm.add_method(t, "count", count);
    vm.add_method(t, "startswith", |vm, a| affix(vm, a, "startswith"));
    vm.add_method(t, "endswith", |vm, a| affix(vm, a, "endswith"));
}

/// The substring argument of find/count/partition: must be a str.
pub fn str_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a str> {
    if !vm.is_str(v) {
        return Err(vm.type_error(format!("must be str, not {}", vm.type_name(v))));
    }
    Ok(vm.str_ref(v))
}

/// Code points in `s`.
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Parses `(sub[, start[, end]])` and returns (sub, start, end) adjusted to the string.
fn parse<'a>(vm: &Vm, a: &'a Args, name: &str) -> PyResult<(&'a str, usize, i64, i64)> {
    check_tuple(vm, a, &Dotted("str", name), name, 1, 3)?;
    let sub = str_arg(vm, &a.pos[1])?;
    let start = slice_arg(vm, a.pos.get(2))?;
    let end = slice_arg(vm, a.pos.get(3))?;
    let len = vm.as_str_data(&a.pos[0]).unwrap().char_len;
    let (s, e) = adjust(start, end, len);
    Ok((sub, char_count(sub), s, e))
}

fn find(vm: &Vm, a: Args, name: &str, reverse: bool) -> PyResult<i64> {
    let (sub, sublen, s, e) = parse(vm, &a, name)?;
    if e - s < sublen as i64 {
        return Ok(-1);
    }
    let d = vm.as_str_data(&a.pos[0]).unwrap();
    let hay = d.slice(s as usize, e as usize);
    let pos = if sub.is_empty() {
        Some(if reverse { hay.len() } else { 0 })
    } else if reverse {
        super::find::rfind(hay, sub)
    } else {
        super::find::find(hay, sub)
    };
    Ok(match pos {
        Some(p) => s + char_count(&hay[..p]) as i64,
        None => -1,
    })
}

fn index(vm: &Vm, a: Args, name: &str, reverse: bool) -> PyResult<Value> {
    match find(vm, a, name, reverse)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(vm.new_int(i)),
    }
}

fn count(vm: &Vm, a: Args) -> PyResult<Value> {
    let (sub, sublen, s, e) = parse(vm, &a, "count")?;
    if e - s < sublen as i64 {
        return Ok(vm.new_int(0));
    }
    if sub.is_empty() {
        return Ok(vm.new_int(e - s + 1));
    }
    let d = vm.as_str_data(&a.pos[0]).unwrap();
    let hay = d.slice(s as usize, e as usize);
    Ok(vm.new_int_usize(super::find::count(hay, sub)))
}

fn affix(vm: &Vm, a: Args, name: &str) -> PyResult<Value> {
    check_tuple(vm, &a, &Dotted("str", name), name, 1, 3)?;
    let start = slice_arg(vm, a.pos.get(2))?;
    let end = slice_arg(vm, a.pos.get(3))?;
    let d = vm.as_str_data(&a.pos[0]).unwrap();
    let (s, e) = adjust(start, end, d.char_len);
    let test = |p: &str| -> bool {
        let plen = char_count(p) as i64;
        if e - s < plen {
            return false;
        }
        let hay = d.slice(s as usize, e as usize);
        if name == "startswith" {
            hay.starts_with(p)
        } else {
            hay.ends_with(p)
        }
    };
    let arg = &a.pos[1];
    if let Some(t) = vm.as_tuple(arg) {
        for p in t {
            if !vm.is_str(p) {
                return Err(vm.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(p)
                )));
            }
            if test(vm.str_ref(p)) {
                return Ok(vm.true_.clone());
            }
        }
        return Ok(vm.false_.clone());
    }
    if !vm.is_str(arg) {
        return Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(arg)
        )));
    }
    Ok(vm.bool_val(test(vm.str_ref(arg))))
}
