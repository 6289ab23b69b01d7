//! `str`: repr with CPython's quoting, concatenation, comparison and the common methods.

use crate::bytecode::{BinOp, CmpOp};
use crate::object::native::{Args, MethodKind};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

/// `repr(s)` for a str: single quotes unless the text has ' and no ".
pub fn repr_str(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(q);
    out
}

/// Printable per Python's `str.isprintable` (approximated: not control, not separator other than space).
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || (0x7f..0xa0).contains(&u) {
        return false;
    }
    if c == ' ' {
        return true;
    }
    !(c.is_whitespace()
        || u == 0xad
        || (0xd800..0xe000).contains(&u)
        || (0xfff0..0xfffa).contains(&u))
}

pub fn init(vm: &Vm) {
    let t = vm.types.str_.clone();
    vm.add_method_kind(&t, "__new__", str_new, MethodKind::Static);
    vm.add_method(&t, "__repr__", |vm, a| {
        Ok(vm.new_str(repr_str(vm.str_ref(&a.pos[0]))))
    });
    vm.add_method(&t, "__str__", |vm, a| {
        if vm.is_exact_str(&a.pos[0]) {
            Ok(a.pos[0].clone())
        } else {
            Ok(vm.new_str(vm.str_ref(&a.pos[0])))
        }
    });
    vm.add_method(&t, "__hash__", |vm, a| {
        Ok(vm.new_int(vm.str_hash(vm.as_str_data(&a.pos[0]).unwrap())))
    });
    vm.add_method(&t, "__len__", |vm, a| {
        Ok(vm.new_int_usize(vm.as_str_data(&a.pos[0]).unwrap().char_len))
    });
    vm.add_method(&t, "__add__", str_add);
    vm.add_method(&t, "__mul__", str_mul);
    vm.add_method(&t, "__rmul__", str_mul);
    vm.add_method(&t, "__mod__", |vm, a| {
        crate::builtins::format::percent_format(vm, &a.pos[0], &a.pos[1])
    });
    vm.add_method(&t, "__contains__", |vm, a| {
        if !vm.is_str(&a.pos[1]) {
            return Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                vm.type_name(&a.pos[1])
            )));
        }
        Ok(vm.bool_val(vm.str_ref(&a.pos[0]).contains(vm.str_ref(&a.pos[1]))))
    });
    vm.add_method(&t, "__getitem__", str_getitem);
    vm.add_method(&t, "__iter__", |vm, a| {
        Ok(vm.new_seq_iter(a.pos[0].clone(), "str_iterator"))
    });
    vm.add_method(&t, "__format__", |vm, a| {
        a.check(vm, "__format__", 2, 2)?;
        crate::builtins::format::format_str(vm, vm.str_ref(&a.pos[0]), vm.str_ref(&a.pos[1]))
    });
    for (name, op) in [
        ("__lt__", CmpOp::Lt),
        ("__le__", CmpOp::Le),
        ("__eq__", CmpOp::Eq),
        ("__ne__", CmpOp::Ne),
        ("__gt__", CmpOp::Gt),
        ("__ge__", CmpOp::Ge),
    ] {
        let f: crate::object::native::NativeFn = match op {
            CmpOp::Lt => |vm, a| str_cmp(vm, a, CmpOp::Lt),
            CmpOp::Le => |vm, a| str_cmp(vm, a, CmpOp::Le),
            CmpOp::Eq => |vm, a| str_cmp(vm, a, CmpOp::Eq),
            CmpOp::Ne => |vm, a| str_cmp(vm, a, CmpOp::Ne),
            CmpOp::Gt => |vm, a| str_cmp(vm, a, CmpOp::Gt),
            CmpOp::Ge => |vm, a| str_cmp(vm, a, CmpOp::Ge),
        };
        vm.add_method(&t, name, f);
    }
    vm.add_method(&t, "join", str_join);
    vm.add_method(&t, "split", str_split);
    vm.add_method(&t, "strip", |vm, a| strip(vm, a, true, true));
    vm.add_method(&t, "lstrip", |vm, a| strip(vm, a, true, false));
    vm.add_method(&t, "rstrip", |vm, a| strip(vm, a, false, true));
    vm.add_method(&t, "upper", |vm, a| {
        Ok(vm.new_str(vm.str_ref(&a.pos[0]).to_uppercase()))
    });
    vm.add_method(&t, "lower", |vm, a| {
        Ok(vm.new_str(vm.str_ref(&a.pos[0]).to_lowercase()))
    });
    vm.add_method(&t, "startswith", |vm, a| affix(vm, a, true));
    vm.add_method(&t, "endswith", |vm, a| affix(vm, a, false));
    vm.add_method(&t, "replace", str_replace);
    vm.add_method(&t, "find", |vm, a| {
        a.check(vm, "find", 2, 2)?;
        let s = vm.str_ref(&a.pos[0]);
        Ok(match s.find(vm.str_ref(&a.pos[1])) {
            Some(b) => vm.new_int_usize(s[..b].chars().count()),
            None => vm.new_int(-1),
        })
    });
    vm.add_method(&t, "count", |vm, a| {
        a.check(vm, "count", 2, 2)?;
        let s = vm.str_ref(&a.pos[0]);
        let sub = vm.str_ref(&a.pos[1]);
        let n = if sub.is_empty() {
            s.chars().count() + 1
        } else {
            s.matches(sub).count()
        };
        Ok(vm.new_int_usize(n))
    });
    vm.add_method(&t, "format", |vm, a| {
        crate::builtins::format::str_format_method(vm, a)
    });
    vm.add_method(&t, "isdigit", |vm, a| {
        let s = vm.str_ref(&a.pos[0]);
        Ok(vm.bool_val(!s.is_empty() && s.chars().all(|c| c.is_ascii_digit())))
    });
    vm.add_method(&t, "isalpha", |vm, a| {
        let s = vm.str_ref(&a.pos[0]);
        Ok(vm.bool_val(!s.is_empty() && s.chars().all(|c| c.is_alphabetic())))
    });
    vm.add_method(&t, "isspace", |vm, a| {
        let s = vm.str_ref(&a.pos[0]);
        Ok(vm.bool_val(!s.is_empty() && s.chars().all(|c| c.is_whitespace())))
    });
    vm.add_method(&t, "encode", |vm, a| {
        Ok(vm.new_bytes(vm.str_ref(&a.pos[0]).as_bytes().to_vec()))
    });
}

fn str_new(vm: &Vm, a: Args) -> PyResult<Value> {
    let cls = &a.pos[0];
    let v = match a.pos.get(1) {
        None => vm.empty_str.clone(),
        Some(x) => vm.str(x)?,
    };
    if cls.is(&vm.types.str_) {
        return Ok(v);
    }
    Ok(vm.new_instance(cls, crate::object::str::StrData::new(vm.str_ref(&v).into())))
}

fn str_add(vm: &Vm, a: Args) -> PyResult<Value> {
    if !vm.is_str(&a.pos[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let mut s = String::with_capacity(vm.str_ref(&a.pos[0]).len() + vm.str_ref(&a.pos[1]).len());
    s.push_str(vm.str_ref(&a.pos[0]));
    s.push_str(vm.str_ref(&a.pos[1]));
    Ok(vm.new_str(s))
}

fn str_mul(vm: &Vm, a: Args) -> PyResult<Value> {
    let (s, n) = if vm.is_str(&a.pos[0]) {
        (&a.pos[0], &a.pos[1])
    } else {
        (&a.pos[1], &a.pos[0])
    };
    let Some(k) = vm.as_int(n) else {
        return Ok(vm.not_implemented.clone());
    };
    let k = k
        .to_i64()
        .ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"))?;
    let text = vm.str_ref(s);
    if k <= 0 {
        return Ok(vm.empty_str.clone());
    }
    if (text.len() as u128) * (k as u128) > (1u128 << 36) {
        return Err(vm.memory_error());
    }
    Ok(vm.new_str(text.repeat(k as usize)))
}

fn str_cmp(vm: &Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    if !vm.is_str(&a.pos[1]) {
        return Ok(vm.not_implemented.clone());
    }
    let o = vm.str_ref(&a.pos[0]).cmp(vm.str_ref(&a.pos[1]));
    Ok(vm.bool_val(crate::vm::protocol::cmp_ord(o, op)))
}

fn str_getitem(vm: &Vm, a: Args) -> PyResult<Value> {
    let d = vm.as_str_data(&a.pos[0]).unwrap();
    let key = &a.pos[1];
    if vm.is_exact(key, &vm.types.slice) {
        let (start, stop, step) = vm.slice_indices(key, d.char_len)?;
        if step == 1 {
            if start >= stop {
                return Ok(vm.empty_str.clone());
            }
            return Ok(vm.new_str(d.slice(start as usize, stop as usize)));
        }
        let chars: Vec<char> = d.s.chars().collect();
        let mut out = String::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(chars[i as usize]);
            i += step;
        }
        return Ok(vm.new_str(out));
    }
    let i = vm.index_isize(key).map_err(|_| {
        vm.type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name(key)
        ))
    })?;
    let n = d.char_len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("string index out of range"));
    }
    let c = d.char_at(j as usize);
    let mut buf = [0u8; 4];
    Ok(vm.new_str(&*c.encode_utf8(&mut buf)))
}

fn str_join(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "join", 2, 2)?;
    let sep = vm.str_ref(&a.pos[0]);
    let items = vm.collect(&a.pos[1])?;
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

fn str_split(vm: &Vm, a: Args) -> PyResult<Value> {
    let s = vm.str_ref(&a.pos[0]);
    let sep = a.pos.get(1).cloned().or_else(|| a.kw(vm, "sep"));
    let maxsplit = match a.pos.get(2).cloned().or_else(|| a.kw(vm, "maxsplit")) {
        Some(m) => vm.int_to_i64(&m)?,
        None => -1,
    };
    let parts: Vec<String> = match sep {
        Some(sep) if !vm.is_none(&sep) => {
            let sep = vm.str_ref(&sep);
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if maxsplit < 0 {
                s.split(sep).map(String::from).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep)
                    .map(String::from)
                    .collect()
            }
        }
        _ => {
            let mut out = Vec::new();
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(rest.to_string());
                    break;
                }
                match rest.find(char::is_whitespace) {
                    Some(i) => {
                        out.push(rest[..i].to_string());
                        rest = rest[i..].trim_start();
                    }
                    None => {
                        out.push(rest.to_string());
                        break;
                    }
                }
            }
            out
        }
    };
    Ok(vm.new_list(parts.into_iter().map(|p| vm.new_str(p)).collect()))
}

fn strip(vm: &Vm, a: Args, left: bool, right: bool) -> PyResult<Value> {
    let s = vm.str_ref(&a.pos[0]);
    let chars: Option<Vec<char>> = match a.pos.get(1) {
        Some(c) if !vm.is_none(c) => Some(vm.str_ref(c).chars().collect()),
        _ => None,
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => c.is_whitespace(),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(vm.new_str(r))
}

fn affix(vm: &Vm, a: Args, start: bool) -> PyResult<Value> {
    let s = vm.str_ref(&a.pos[0]);
    let test = |p: &str| {
        if start {
            s.starts_with(p)
        } else {
            s.ends_with(p)
        }
    };
    let arg = a
        .pos
        .get(1)
        .ok_or_else(|| vm.type_error("startswith() takes at least 1 argument (0 given)"))?;
    if let Some(t) = vm.as_tuple(arg) {
        for p in t {
            if test(vm.str_ref(p)) {
                return Ok(vm.true_.clone());
            }
        }
        return Ok(vm.false_.clone());
    }
    if !vm.is_str(arg) {
        return Err(vm.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            if start { "startswith" } else { "endswith" },
            vm.type_name(arg)
        )));
    }
    Ok(vm.bool_val(test(vm.str_ref(arg))))
}

fn str_replace(vm: &Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "replace", 3, 4)?;
    let s = vm.str_ref(&a.pos[0]);
    let old = vm.str_ref(&a.pos[1]);
    let new = vm.str_ref(&a.pos[2]);
    let count = match a.pos.get(3) {
        Some(c) => vm.int_to_i64(c)?,
        None => -1,
    };
    Ok(vm.new_str(if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    }))
}

#[allow(dead_code)]
fn unused(_: BinOp) {}
