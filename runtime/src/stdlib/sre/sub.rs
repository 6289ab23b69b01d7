//! `Pattern.sub` and `Pattern.subn`: replacement by template or by a function.

use super::match_obj::{new_match, MatchData};
use super::pattern_obj::{convert_error, me, subject, units, PatternData};
use super::search::find_all;
use super::subject::{Out, Subject};
use super::template::{parse_template, Piece};
use crate::object::native::Args;
use crate::object::value::Value;
use crate::stdlib::registry_data::native_type::parse_args;
use crate::vm::{PyResult, Vm};

/// The parsed template `t` for pattern `p`.
pub fn template_for(vm: &Vm, p: &PatternData, t: &Value) -> PyResult<Vec<Piece>> {
    let (pieces, same) = template_any(vm, p, t)?;
    if !same {
        return Err(mismatch(vm, p, t, 0));
    }
    Ok(pieces)
}

/// The parsed template and whether its kind (str or bytes) is the pattern's.
fn template_any(vm: &Vm, p: &PatternData, t: &Value) -> PyResult<(Vec<Piece>, bool)> {
    let (u, is_str) = match units(vm, t) {
        Some(x) => x,
        None => {
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(t)
            )))
        }
    };
    let pieces =
        parse_template(&u, is_str, p.groups, &p.names).map_err(|e| convert_error(vm, e, t))?;
    Ok((pieces, is_str == p.is_str))
}

/// CPython's error from joining a replacement of the wrong kind (item `i` of the parts).
fn mismatch(vm: &Vm, p: &PatternData, v: &Value, i: usize) -> crate::vm::PyErr {
    vm.type_error(format!(
        "sequence item {i}: expected {}, {} found",
        if p.is_str {
            "str instance"
        } else {
            "a bytes-like object"
        },
        vm.type_name(v)
    ))
}

fn push_units(out: &mut Out, u: &[u32]) {
    match out {
        Out::S(s) => s.extend(u.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))),
        Out::B(b) => b.extend(u.iter().map(|&c| c as u8)),
    }
}

fn expand_slots(vm: &Vm, s: &Subject, slots: &[usize], pieces: &[Piece], out: &mut Out) {
    for pc in pieces {
        match pc {
            Piece::Lit(u) => push_units(out, u),
            Piece::Group(g) => {
                let (a, b) = (slots[2 * g], slots[2 * g + 1]);
                if a != usize::MAX && b != usize::MAX {
                    s.push_slice(vm, out, a, b);
                }
            }
        }
    }
}

pub fn expand_into(vm: &Vm, m: &MatchData, pieces: &[Piece], out: &mut Out) {
    expand_slots(vm, &m.subj, &m.slots, pieces, out)
}

enum Repl {
    Pieces(Vec<Piece>),
    Call(Value),
}

fn subx(vm: &Vm, a: Args, name: &str, with_count: bool) -> PyResult<Value> {
    let p = me(&a);
    let args = parse_args(
        vm,
        &Args {
            pos: &a.pos[1..],
            kwnames: a.kwnames,
            kwvalues: a.kwvalues,
        },
        name,
        &["repl", "string", "count"],
        2,
    )?;
    let repl = args[0].clone().unwrap_or_else(|| vm.none.clone());
    let string = args[1].clone().unwrap_or_else(|| vm.none.clone());
    let count = match &args[2] {
        Some(v) => vm.index_isize(v)?,
        None => 0,
    };
    let s = subject(vm, p, &string)?;
    let mut wrong_kind = false;
    let repl_obj = repl.clone();
    let repl = if crate::builtins::functions::is_callable(vm, &repl) {
        Repl::Call(repl)
    } else {
        let (pieces, same) = template_any(vm, p, &repl)?;
        wrong_kind = !same;
        Repl::Pieces(pieces)
    };
    // Collect the matches first: the subject cannot change while a callback runs.
    // One flat array of every match's slots (no allocation per match).
    let stride = p.prog.nslots;
    let mut flat: Vec<usize> = Vec::new();
    let mut lasts: Vec<usize> = Vec::new();
    // A negative count replaces nothing (CPython).
    if count >= 0 {
        sre_with_input!(s.input(vm), u => find_all(&p.prog, u, 0, s.len, count as usize, |slots, li| {
            flat.extend_from_slice(slots);
            lasts.push(li);
        }));
    }
    let n = lasts.len();
    if n == 0 {
        let same = if s.is_str {
            vm.is_exact_str(&string)
        } else {
            vm.as_bytes(&string).is_some()
        };
        let r = if same {
            string.clone()
        } else {
            s.slice(vm, 0, s.len)
        };
        if with_count {
            return Ok(vm.new_tuple(vec![r, vm.new_int(0)]));
        }
        return Ok(r);
    }
    let mut out = Out::for_subject(&s);
    let mut last = 0;
    let mut items = 0usize;
    for (k, &li) in lasts.iter().enumerate() {
        let slots = &flat[k * stride..(k + 1) * stride];
        let (b, e) = (slots[0], slots[1]);
        if last < b {
            s.push_slice(vm, &mut out, last, b);
            items += 1;
        }
        match &repl {
            Repl::Pieces(_) if wrong_kind => return Err(mismatch(vm, p, &repl_obj, items)),
            Repl::Pieces(pcs) => expand_slots(vm, &s, slots, pcs, &mut out),
            Repl::Call(f) => {
                let m = new_match(
                    vm,
                    &p.match_ty,
                    MatchData {
                        pattern: a.pos[0].clone(),
                        subj: s.share(),
                        pos: 0,
                        endpos: s.len,
                        slots: slots.to_vec(),
                        lastindex: li,
                    },
                );
                let r = vm.call(f, &[m])?;
                if !r.is(&vm.none) {
                    let ok = if s.is_str {
                        vm.is_str(&r)
                    } else {
                        crate::builtins::bytes::bytes_view(vm, &r).is_some()
                    };
                    if !ok {
                        return Err(vm.type_error(format!(
                            "sequence item {items}: expected {}, {} found",
                            if s.is_str {
                                "str instance"
                            } else {
                                "a bytes-like object"
                            },
                            vm.type_name(&r)
                        )));
                    }
                    out.push_value(vm, &r);
                    items += 1;
                }
            }
        }
        last = e;
    }
    if last < s.len {
        s.push_slice(vm, &mut out, last, s.len);
    }
    let r = out.finish(vm);
    if with_count {
        return Ok(vm.new_tuple(vec![r, vm.new_int_usize(n)]));
    }
    Ok(r)
}

pub fn sub(vm: &Vm, a: Args) -> PyResult<Value> {
    subx(vm, a, "sub", false)
}

pub fn subn(vm: &Vm, a: Args) -> PyResult<Value> {
    subx(vm, a, "subn", true)
}
