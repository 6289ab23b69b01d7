//! Exception-table construction. Codegen brackets protected regions with
//! Setup*/PopBlock pseudo-instructions; here each real instruction learns its
//! innermost handler by walking the control-flow graph with a stack of
//! handlers (as CPython's label_exception_targets), and the pseudo
//! instructions become NOPs. `assemble.rs` then merges runs of instructions
//! with the same handler into table entries.

use crate::bytecode::opcode::Opcode;
use crate::bytecode::ExceptionEntry;

use super::ir::{Cfg, Handler, Op};

/// Assigns handlers; needs the depths recorded by `stackdepth::max_stack`.
pub fn label_handlers(cfg: &mut Cfg) -> Result<(), String> {
    let next = cfg.next_in_order();
    let mut stack_at: Vec<Option<Vec<Handler>>> = vec![None; cfg.blocks.len()];
    let Some(&entry) = cfg.order.first() else {
        return Ok(());
    };
    stack_at[entry] = Some(Vec::new());
    let mut work = vec![entry];
    while let Some(b) = work.pop() {
        let mut stack = stack_at[b].clone().unwrap_or_default();
        let mut terminated = false;
        let mut pending: Vec<(usize, Vec<Handler>)> = Vec::new();
        for instr in cfg.blocks[b].instrs.iter_mut() {
            match instr.op {
                Op::SetupFinally | Op::SetupCleanup | Op::SetupWith => {
                    let target = instr.target.ok_or("setup without a handler")?;
                    // The handler itself runs under the handlers outside this region.
                    pending.push((target, stack.clone()));
                    stack.push(Handler {
                        block: target,
                        depth: instr.arg,
                        lasti: instr.op != Op::SetupFinally,
                    });
                    *instr = nop_like(instr);
                }
                Op::PopBlock => {
                    stack.pop();
                    *instr = nop_like(instr);
                }
                Op::Real(_) => {
                    instr.handler = stack.last().copied();
                    if let Some(t) = instr.target {
                        pending.push((t, stack.clone()));
                    }
                    if instr.is_terminator() {
                        terminated = true;
                        break;
                    }
                }
            }
        }
        if !terminated {
            if let Some(n) = next[b] {
                pending.push((n, stack.clone()));
            }
        }
        for (t, s) in pending {
            if stack_at[t].is_none() {
                stack_at[t] = Some(s);
                work.push(t);
            }
        }
    }
    // Pseudo-instructions in unreachable blocks become NOPs too.
    for block in cfg.blocks.iter_mut() {
        for instr in block.instrs.iter_mut() {
            if !matches!(instr.op, Op::Real(_)) {
                *instr = nop_like(instr);
            }
        }
    }
    Ok(())
}

fn nop_like(instr: &super::ir::Instr) -> super::ir::Instr {
    super::ir::Instr {
        op: Op::Real(Opcode::NOP),
        arg: 0,
        target: None,
        loc: instr.loc,
        handler: None,
    }
}

/// Merges consecutive instructions with the same handler into entries;
/// `handlers[i]` is instruction i's (handler index, depth, lasti).
pub fn build_table(handlers: &[Option<(u32, u32, bool)>]) -> Vec<ExceptionEntry> {
    let mut table: Vec<ExceptionEntry> = Vec::new();
    let mut i = 0;
    while i < handlers.len() {
        let Some((handler, depth, lasti)) = handlers[i] else {
            i += 1;
            continue;
        };
        let start = i;
        while i < handlers.len() && handlers[i] == Some((handler, depth, lasti)) {
            i += 1;
        }
        table.push(ExceptionEntry {
            start: start as u32,
            end: i as u32,
            handler,
            depth,
            lasti,
        });
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_runs() {
        let h = [
            None,
            Some((9, 0, false)),
            Some((9, 0, false)),
            Some((12, 1, true)),
            None,
            Some((9, 0, false)),
        ];
        let t = build_table(&h);
        assert_eq!(t.len(), 3);
        assert_eq!((t[0].start, t[0].end, t[0].handler), (1, 3, 9));
        assert_eq!((t[1].start, t[1].end, t[1].lasti), (3, 4, true));
        assert_eq!((t[2].start, t[2].end), (5, 6));
    }
}
