//! The methods bytes and bytearray share: searching, splitting, stripping, padding, ASCII case
//! mapping and predicates, joining, replacing, translation tables and decoding.

use super::super::str::args::{
    adjust, arg, check_kw, check_noargs, check_one, check_tuple, check_varargs, index_arg,
    slice_arg,
};
use super::{
    buffer_arg, byte_value, bytes_view, data, find_sub, kind, new_like, rfind_sub, BYTE_RANGE,
};
use crate::object::native::{Args, MethodKind, NativeFn};
use crate::object::value::Value;
use crate::vm::{PyResult, Vm};

fn q(vm: &Vm, a: &Args, name: &str) -> String {
    format!("{}.{name}", kind(vm, &a.pos[0]))
}

pub fn init(vm: &Vm, t: &Value) {
    let fns: [(&'static str, NativeFn); 26] = [
        ("find", |vm, a| find_m(vm, a, "find")),
        ("rfind", |vm, a| find_m(vm, a, "rfind")),
        ("index", |vm, a| find_m(vm, a, "index")),
        ("rindex", |vm, a| find_m(vm, a, "rindex")),
        ("count", count),
        ("startswith", |vm, a| affix(vm, a, "startswith")),
        ("endswith", |vm, a| affix(vm, a, "endswith")),
        ("split", |vm, a| split(vm, a, "split")),
        ("rsplit", |vm, a| split(vm, a, "rsplit")),
        ("partition", |vm, a| partition(vm, a, "partition")),
        ("rpartition", |vm, a| partition(vm, a, "rpartition")),
        ("strip", |vm, a| strip(vm, a, "strip")),
        ("lstrip", |vm, a| strip(vm, a, "lstrip")),
        ("rstrip", |vm, a| strip(vm, a, "rstrip")),
        ("center", |vm, a| justify(vm, a, "center")),
        ("ljust", |vm, a| justify(vm, a, "ljust")),
        ("rjust", |vm, a| justify(vm, a, "rjust")),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("splitlines", splitlines),
        ("join", join),
        ("replace", replace),
        ("removeprefix", |vm, a| remove_affix(vm, a, "removeprefix")),
        ("removesuffix", |vm, a| remove_affix(vm, a, "removesuffix")),
        ("translate", translate),
        ("decode", decode),
    ];
    for (name, f) in fns {
        vm.add_method(t, name, f);
    }
    vm.add_method_kind(t, "maketrans", maketrans, MethodKind::Static);
    let maps: [(&'static str, NativeFn); 5] = [
        ("lower", |vm, a| {
            map(vm, a, "lower", |b| b.to_ascii_lowercase())
        }),
        ("upper", |vm, a| {
            map(vm, a, "upper", |b| b.to_ascii_uppercase())
        }),
        ("swapcase", |vm, a| map(vm, a, "swapcase", swapcase)),
        ("capitalize", |vm, a| map(vm, a, "capitalize", capitalize)),
        ("title", |vm, a| map(vm, a, "title", title)),
    ];
    for (name, f) in maps {
        vm.add_method(t, name, f);
    }
    let preds: [(&'static str, NativeFn); 8] = [
        ("isalnum", |vm, a| {
            pred(vm, a, "isalnum", |b| {
                !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
            })
        }),
        ("isalpha", |vm, a| {
            pred(vm, a, "isalpha", |b| {
                !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
            })
        }),
        ("isdigit", |vm, a| {
            pred(vm, a, "isdigit", |b| {
                !b.is_empty() && b.iter().all(u8::is_ascii_digit)
            })
        }),
        ("isspace", |vm, a| {
            pred(vm, a, "isspace", |b| {
                !b.is_empty() && b.iter().all(|c| is_space(*c))
            })
        }),
        ("isascii", |vm, a| pred(vm, a, "isascii", |b| b.is_ascii())),
        ("islower", |vm, a| {
            pred(vm, a, "islower", |b| {
                b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
            })
        }),
        ("isupper", |vm, a| {
            pred(vm, a, "isupper", |b| {
                b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
            })
        }),
        ("istitle", |vm, a| pred(vm, a, "istitle", istitle)),
    ];
    for (name, f) in preds {
        vm.add_method(t, name, f);
    }
}

/// ASCII whitespace as bytes methods see it (no \x1c-\x1f, unlike str).
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn map(vm: &Vm, a: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    check_noargs(vm, &a, &q(vm, &a, name))?;
    let r = f(data(vm, &a.pos[0]));
    Ok(new_like(vm, &a.pos[0], r))
}

fn pred(vm: &Vm, a: Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    check_noargs(vm, &a, &q(vm, &a, name))?;
    Ok(vm.bool_val(f(data(vm, &a.pos[0]))))
}

fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| {
            if c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn capitalize(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn title(b: &[u8]) -> Vec<u8> {
    let mut prev = false;
    b.iter()
        .map(|&c| {
            let r = if prev {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn istitle(b: &[u8]) -> bool {
    let (mut cased, mut prev) = (false, false);
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

/// The needle of find/count/index: a byte value or a bytes-like object.
fn sub_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if vm.is_int(v) || vm.lookup_special(v, &vm.names.index).is_some() {
        return Ok(vec![byte_value(vm, v, BYTE_RANGE)?]);
    }
    bytes_view(vm, v).ok_or_else(|| {
        vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn parse_find(vm: &Vm, a: &Args, name: &str) -> PyResult<(Vec<u8>, i64, i64)> {
    check_tuple(vm, a, &q(vm, a, name), name, 1, 3)?;
    // (CPython parses start and end before it looks at the needle.)
    let start = slice_arg(vm, a.pos.get(2))?;
    let end = slice_arg(vm, a.pos.get(3))?;
    let sub = sub_arg(vm, &a.pos[1])?;
    let (s, e) = adjust(start, end, data(vm, &a.pos[0]).len());
    Ok((sub, s, e))
}

fn find_m(vm: &Vm, a: Args, name: &str) -> PyResult<Value> {
    let (sub, s, e) = parse_find(vm, &a, name)?;
    let mut r = -1;
    if e - s >= sub.len() as i64 {
        let hay = &data(vm, &a.pos[0])[s as usize..e as usize];
        let p = if name.starts_with('r') {
            rfind_sub(hay, &sub)
        } else {
            find_sub(hay, &sub)
        };
        if let Some(p) = p {
            r = s + p as i64;
        }
    }
    if r == -1 && name.ends_with("index") {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(vm.new_int(r))
}

/// Non-overlapping occurrences of a non-empty `sub` in `hay`.
fn count_in(hay: &[u8], sub: &[u8]) -> usize {
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find_sub(&hay[i..], sub) {
        n += 1;
        i += p + sub.len();
    }
    n
}

fn count(vm: &Vm, a: Args) -> PyResult<Value> {
    let (sub, s, e) = parse_find(vm, &a, "count")?;
    if e - s < sub.len() as i64 {
        return Ok(vm.new_int(0));
    }
    if sub.is_empty() {
        return Ok(vm.new_int(e - s + 1));
    }
    let hay = &data(vm, &a.pos[0])[s as usize..e as usize];
    Ok(vm.new_int_usize(count_in(hay, &sub)))
}

fn affix(vm: &Vm, a: Args, name: &str) -> PyResult<Value> {
    check_tuple(vm, &a, &q(vm, &a, name), name, 1, 3)?;
    let start = slice_arg(vm, a.pos.get(2))?;
    let end = slice_arg(vm, a.pos.get(3))?;
    let pats: Vec<Vec<u8>> = if let Some(t) = vm.as_tuple(&a.pos[1]) {
        t.iter()
            .map(|p| buffer_arg(vm, p))
            .collect::<PyResult<_>>()?
    } else {
        match bytes_view(vm, &a.pos[1]) {
            Some(p) => vec![p],
            None => {
                return Err(vm.type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    vm.type_name(&a.pos[1])
                )))
            }
        }
    };
    let b = data(vm, &a.pos[0]);
    let (s, e) = adjust(start, end, b.len());
    let hit = pats.iter().any(|p| {
        if e - s < p.len() as i64 {
            return false;
        }
        let hay = &b[s as usize..e as usize];
        if name == "startswith" {
            hay.starts_with(p)
        } else {
            hay.ends_with(p)
        }
    });
    Ok(vm.bool_val(hit))
}

fn maxsplit_arg(vm: &Vm, v: Option<Value>) -> PyResult<usize> {
    match v {
        None => Ok(usize::MAX),
        Some(v) => {
            let n = index_arg(vm, &v)?;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
    }
}

fn split_ws(b: &[u8], max: usize, reverse: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    if !reverse {
        let mut i = 0;
        while i < b.len() {
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            if i == b.len() {
                break;
            }
            if out.len() == max {
                out.push(&b[i..]);
                break;
            }
            let st = i;
            while i < b.len() && !is_space(b[i]) {
                i += 1;
            }
            out.push(&b[st..i]);
        }
    } else {
        let mut i = b.len();
        while i > 0 {
            while i > 0 && is_space(b[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if out.len() == max {
                out.push(&b[..i]);
                break;
            }
            let end = i;
            while i > 0 && !is_space(b[i - 1]) {
                i -= 1;
            }
            out.push(&b[i..end]);
        }
        out.reverse();
    }
    out
}

fn split_sep<'a>(b: &'a [u8], sep: &[u8], max: usize, reverse: bool) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    if !reverse {
        let mut i = 0;
        while out.len() < max {
            match find_sub(&b[i..], sep) {
                Some(p) => {
                    out.push(&b[i..i + p]);
                    i += p + sep.len();
                }
                None => break,
            }
        }
        out.push(&b[i..]);
    } else {
        let mut end = b.len();
        while out.len() < max {
            match rfind_sub(&b[..end], sep) {
                Some(p) => {
                    out.push(&b[p + sep.len()..end]);
                    end = p;
                }
                None => break,
            }
        }
        out.push(&b[..end]);
        out.reverse();
    }
    out
}

fn split(vm: &Vm, a: Args, name: &str) -> PyResult<Value> {
    check_kw(vm, &a, name, &["sep", "maxsplit"])?;
    let sep = match arg(vm, &a, 0, "sep") {
        Some(s) if !vm.is_none(&s) => Some(buffer_arg(vm, &s)?),
        _ => None,
    };
    let max = maxsplit_arg(vm, arg(vm, &a, 1, "maxsplit"))?;
    let reverse = name == "rsplit";
    let b = data(vm, &a.pos[0]).to_vec();
    let parts = match &sep {
        Some(s) if s.is_empty() => return Err(vm.value_error("empty separator")),
        Some(s) => split_sep(&b, s, max, reverse),
        None => split_ws(&b, max, reverse),
    };
    let this = &a.pos[0];
    Ok(vm.new_list(
        parts
            .into_iter()
            .map(|p| new_like(vm, this, p.to_vec()))
            .collect(),
    ))
}

fn partition(vm: &Vm, a: Args, name: &str) -> PyResult<Value> {
    check_one(vm, &a, &q(vm, &a, name))?;
    let sep = buffer_arg(vm, &a.pos[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let this = &a.pos[0];
    let b = data(vm, this).to_vec();
    let found = if name == "rpartition" {
        rfind_sub(&b, &sep)
    } else {
        find_sub(&b, &sep)
    };
    let parts: [Vec<u8>; 3] = match found {
        Some(i) => [b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()],
        None if name == "rpartition" => [Vec::new(), Vec::new(), b],
        None => [b, Vec::new(), Vec::new()],
    };
    Ok(vm.new_tuple(parts.into_iter().map(|p| new_like(vm, this, p)).collect()))
}

fn strip(vm: &Vm, a: Args, name: &str) -> PyResult<Value> {
    check_varargs(vm, &a, &q(vm, &a, name), name, 0, 1)?;
    let set = match a.pos.get(1) {
        Some(s) if !vm.is_none(s) => Some(buffer_arg(vm, s)?),
        _ => None,
    };
    let this = &a.pos[0];
    let b = data(vm, this);
    let strip_it = |c: &u8| match &set {
        Some(s) => s.contains(c),
        None => is_space(*c),
    };
    let mut st = 0;
    let mut en = b.len();
    if name != "rstrip" {
        while st < en && strip_it(&b[st]) {
            st += 1;
        }
    }
    if name != "lstrip" {
        while en > st && strip_it(&b[en - 1]) {
            en -= 1;
        }
    }
    if st == 0 && en == b.len() && vm.is_exact(this, &vm.types.bytes) {
        return Ok(this.clone());
    }
    Ok(new_like(vm, this, b[st..en].to_vec()))
}

fn justify(vm: &Vm, a: Args, name: &str) -> PyResult<Value> {
    check_varargs(vm, &a, &q(vm, &a, name), name, 1, 2)?;
    let width = index_arg(vm, &a.pos[1])?;
    let fill = match a.pos.get(2) {
        None => b' ',
        Some(f) => match bytes_view(vm, f) {
            Some(v) if v.len() == 1 => v[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    crate::builtins::str::args::arg_type_name(vm, f)
                )))
            }
        },
    };
    let this = &a.pos[0];
    let b = data(vm, this);
    let len = b.len() as i64;
    if width <= len {
        if vm.is_exact(this, &vm.types.bytes) {
            return Ok(this.clone());
        }
        return Ok(new_like(vm, this, b.to_vec()));
    }
    if width > 1 << 36 {
        return Err(vm.memory_error());
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
    let mut out = vec![fill; left as usize];
    out.extend_from_slice(b);
    out.extend(std::iter::repeat(fill).take(right as usize));
    Ok(new_like(vm, this, out))
}

fn zfill(vm: &Vm, a: Args) -> PyResult<Value> {
    check_one(vm, &a, &q(vm, &a, "zfill"))?;
    let width = index_arg(vm, &a.pos[1])?;
    let this = &a.pos[0];
    let b = data(vm, this);
    if width <= b.len() as i64 {
        return Ok(new_like(vm, this, b.to_vec()));
    }
    if width > 1 << 36 {
        return Err(vm.memory_error());
    }
    let fill = width as usize - b.len();
    let mut out = Vec::with_capacity(width as usize);
    let body = match b.first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c);
            &b[1..]
        }
        _ => b,
    };
    out.extend(std::iter::repeat(b'0').take(fill));
    out.extend_from_slice(body);
    Ok(new_like(vm, this, out))
}

fn expandtabs(vm: &Vm, a: Args) -> PyResult<Value> {
    check_kw(vm, &a, "expandtabs", &["tabsize"])?;
    let tab = match arg(vm, &a, 0, "tabsize") {
        Some(t) => super::super::str::args::c_int_arg(vm, &t)?,
        None => 8,
    };
    let this = &a.pos[0];
    let b = data(vm, this);
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in b {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    if out.len() as u128 + n as u128 > (1u128 << 36) {
                        return Err(vm.overflow_error("result too long"));
                    }
                    col += n;
                    out.extend(std::iter::repeat(b' ').take(n as usize));
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_like(vm, this, out))
}

fn splitlines(vm: &Vm, a: Args) -> PyResult<Value> {
    check_kw(vm, &a, "splitlines", &["keepends"])?;
    let keep = match arg(vm, &a, 0, "keepends") {
        Some(k) => super::super::str::args::c_int_arg(vm, &k)? != 0,
        None => false,
    };
    let this = &a.pos[0];
    let b = data(vm, this).to_vec();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let st = i;
        while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let eol = i;
        if i < b.len() {
            i += if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
        out.push(new_like(
            vm,
            this,
            b[st..if keep { i } else { eol }].to_vec(),
        ));
    }
    Ok(vm.new_list(out))
}

fn join(vm: &Vm, a: Args) -> PyResult<Value> {
    check_one(vm, &a, &q(vm, &a, "join"))?;
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
    let sep = data(vm, &a.pos[0]).to_vec();
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = bytes_view(vm, x) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(x)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(new_like(vm, &a.pos[0], out))
}

fn replace(vm: &Vm, a: Args) -> PyResult<Value> {
    check_varargs(vm, &a, &q(vm, &a, "replace"), "replace", 2, 3)?;
    let old = buffer_arg(vm, &a.pos[1])?;
    let new = buffer_arg(vm, &a.pos[2])?;
    let count = match a.pos.get(3) {
        Some(c) => index_arg(vm, c)?,
        None => -1,
    };
    let mut left = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let b = data(vm, &a.pos[0]).to_vec();
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(&new);
                left -= 1;
            } else {
                out.extend_from_slice(&b[i..]);
                return Ok(new_like(vm, &a.pos[0], out));
            }
            out.push(c);
        }
        if left > 0 {
            out.extend_from_slice(&new);
        }
    } else {
        let mut i = 0;
        while left > 0 {
            match find_sub(&b[i..], &old) {
                Some(p) => {
                    out.extend_from_slice(&b[i..i + p]);
                    out.extend_from_slice(&new);
                    i += p + old.len();
                    left -= 1;
                }
                None => break,
            }
        }
        out.extend_from_slice(&b[i..]);
    }
    Ok(new_like(vm, &a.pos[0], out))
}

fn remove_affix(vm: &Vm, a: Args, name: &str) -> PyResult<Value> {
    check_one(vm, &a, &q(vm, &a, name))?;
    let p = buffer_arg(vm, &a.pos[1])?;
    let this = &a.pos[0];
    let b = data(vm, this);
    let r = if name == "removeprefix" {
        b.strip_prefix(&p[..])
    } else {
        b.strip_suffix(&p[..])
    };
    match r {
        Some(r) if !p.is_empty() => Ok(new_like(vm, this, r.to_vec())),
        _ if vm.is_exact(this, &vm.types.bytes) => Ok(this.clone()),
        _ => Ok(new_like(vm, this, b.to_vec())),
    }
}

fn translate(vm: &Vm, a: Args) -> PyResult<Value> {
    let n = a.pos.len() - 1;
    for k in a.kwnames {
        if !vm.str_eq(k, "delete") {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for translate()",
                vm.str_of(k)
            )));
        }
    }
    if n == 0 {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    if n + a.kwnames.len() > 2 {
        return Err(vm.type_error(format!(
            "translate() takes at most 2 arguments ({} given)",
            n + a.kwnames.len()
        )));
    }
    let table = if vm.is_none(&a.pos[1]) {
        None
    } else {
        let t = buffer_arg(vm, &a.pos[1])?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match arg(vm, &a, 1, "delete") {
        Some(d) => buffer_arg(vm, &d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = data(vm, &a.pos[0])
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(new_like(vm, &a.pos[0], out))
}

fn maketrans(vm: &Vm, a: Args) -> PyResult<Value> {
    if a.has_kw() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            a.pos.len()
        )));
    }
    let from = buffer_arg(vm, &a.pos[0])?;
    let to = buffer_arg(vm, &a.pos[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255).collect();
    for (f, r) in from.iter().zip(to.iter()) {
        t[*f as usize] = *r;
    }
    Ok(vm.new_bytes(t))
}

fn decode(vm: &Vm, a: Args) -> PyResult<Value> {
    use super::super::str::codecs;
    check_kw(vm, &a, "decode", &["encoding", "errors"])?;
    let (enc, errors) = codecs::enc_args(vm, &a, "decode", 1)?;
    let codec = match enc.as_deref() {
        None => codecs::Codec::Utf8,
        Some(e) => codecs::text_lookup(vm, e, "decode")?,
    };
    let errors = errors.as_deref().unwrap_or("strict");
    let name = enc.as_deref().unwrap_or("utf-8");
    if let Some(r) = codecs::via_registered_handler(vm, &a.pos[0], name, errors, false) {
        return r;
    }
    let b = data(vm, &a.pos[0]).to_vec();
    let s = codecs::decode(vm, &b, codec, errors)?;
    Ok(vm.new_str(s))
}
