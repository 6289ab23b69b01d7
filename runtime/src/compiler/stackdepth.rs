//! Maximum stack depth of a code object: a walk over the control-flow graph
//! using `stack_effect` from the opcode table. It also records, in each
//! handler-setup pseudo-instruction, the depth the exception table will cut
//! the stack to.

use crate::bytecode::opcode::stack_effect;

use super::ir::{Cfg, Op};

/// Computes max_stack; an inconsistency is a compiler bug, reported as text.
pub fn max_stack(cfg: &mut Cfg) -> Result<u32, String> {
    max_stack_inner(cfg).map_err(|e| {
        if std::env::var("EMBER_DEBUG_CFG").is_ok() {
            format!("{e}\n{}", dump(cfg))
        } else {
            e
        }
    })
}

/// The blocks as text, for debugging the compiler.
pub fn dump(cfg: &Cfg) -> String {
    let mut out = String::new();
    for &b in &cfg.order {
        out.push_str(&format!("block {b}:\n"));
        for i in &cfg.blocks[b].instrs {
            out.push_str(&format!("    {:?} {} {:?}\n", i.op, i.arg, i.target));
        }
    }
    out
}

fn max_stack_inner(cfg: &mut Cfg) -> Result<u32, String> {
    let next = cfg.next_in_order();
    let mut depth_at: Vec<Option<i64>> = vec![None; cfg.blocks.len()];
    let mut work: Vec<usize> = Vec::new();
    let mut max: i64 = 0;
    let Some(&entry) = cfg.order.first() else {
        return Ok(0);
    };
    depth_at[entry] = Some(0);
    work.push(entry);

    let reach = |b: usize,
                 d: i64,
                 depth_at: &mut Vec<Option<i64>>,
                 work: &mut Vec<usize>|
     -> Result<(), String> {
        match depth_at[b] {
            None => {
                depth_at[b] = Some(d);
                work.push(b);
                Ok(())
            }
            Some(old) if old == d => Ok(()),
            Some(old) => Err(format!(
                "inconsistent stack depth at block {b}: {old} vs {d}"
            )),
        }
    };

    while let Some(b) = work.pop() {
        let mut d = depth_at[b].unwrap_or(0);
        let mut terminated = false;
        for i in 0..cfg.blocks[b].instrs.len() {
            let instr = &cfg.blocks[b].instrs[i];
            match instr.op {
                Op::SetupFinally | Op::SetupCleanup | Op::SetupWith => {
                    let (table_depth, entry_depth) = match instr.op {
                        Op::SetupFinally => (d, d + 1),
                        Op::SetupCleanup => (d, d + 2),
                        _ => (d - 1, d + 1),
                    };
                    if table_depth < 0 {
                        return Err(format!("negative handler depth in block {b}"));
                    }
                    let target = instr.target.ok_or("setup without a handler")?;
                    cfg.blocks[b].instrs[i].arg = table_depth as u32;
                    max = max.max(entry_depth);
                    reach(target, entry_depth, &mut depth_at, &mut work)?;
                }
                Op::PopBlock => {}
                Op::Real(op) => {
                    if let Some(target) = instr.target {
                        let jd = d + stack_effect(op, instr.arg, true) as i64;
                        if jd < 0 {
                            return Err(format!("stack underflow at {} in block {b}", op.name()));
                        }
                        max = max.max(jd);
                        reach(target, jd, &mut depth_at, &mut work)?;
                    }
                    let is_term = instr.is_terminator();
                    d += stack_effect(op, instr.arg, false) as i64;
                    if d < 0 && !is_term {
                        return Err(format!("stack underflow at {} in block {b}", op.name()));
                    }
                    max = max.max(d);
                    if is_term {
                        terminated = true;
                        break;
                    }
                }
            }
        }
        if !terminated {
            if let Some(n) = next[b] {
                reach(n, d, &mut depth_at, &mut work)?;
            }
        }
    }
    Ok(max.max(0) as u32)
}
