//! Control-flow clean-up after exception labelling: code after a jump,
//! return or raise in the same block is dropped, NOPs are removed, jumps to
//! unconditional jumps go straight to the final target, and blocks no path
//! reaches are removed.

use crate::bytecode::opcode::Opcode;

use super::ir::{BlockId, Cfg, Op};

pub fn optimize(cfg: &mut Cfg) {
    truncate_after_terminators(cfg);
    remove_nops(cfg);
    thread_jumps(cfg);
    remove_unreachable(cfg);
}

fn truncate_after_terminators(cfg: &mut Cfg) {
    for block in cfg.blocks.iter_mut() {
        if let Some(pos) = block.instrs.iter().position(|i| i.is_terminator()) {
            block.instrs.truncate(pos + 1);
        }
    }
}

fn remove_nops(cfg: &mut Cfg) {
    for block in cfg.blocks.iter_mut() {
        block.instrs.retain(|i| !i.is(Opcode::NOP));
    }
}

/// The block where control really lands when entering `b`: empty blocks fall through.
fn landing(cfg: &Cfg, next: &[Option<BlockId>], mut b: BlockId) -> Option<BlockId> {
    let mut steps = 0;
    while cfg.blocks[b].instrs.is_empty() {
        b = next[b]?;
        steps += 1;
        if steps > cfg.blocks.len() {
            return None;
        }
    }
    Some(b)
}

/// Follows chains of unconditional jumps from `target`.
fn final_target(cfg: &Cfg, next: &[Option<BlockId>], target: BlockId) -> BlockId {
    let mut t = target;
    let mut steps = 0;
    while let Some(land) = landing(cfg, next, t) {
        let first = &cfg.blocks[land].instrs[0];
        match (first.is_unconditional_jump(), first.target) {
            (true, Some(next_t)) if steps <= cfg.blocks.len() => {
                t = next_t;
                steps += 1;
            }
            _ => break,
        }
    }
    t
}

fn thread_jumps(cfg: &mut Cfg) {
    let next = cfg.next_in_order();
    for b in 0..cfg.blocks.len() {
        for i in 0..cfg.blocks[b].instrs.len() {
            let instr = &cfg.blocks[b].instrs[i];
            // Every jump can go straight past an unconditional jump: those leave
            // the stack alone, so the stack at the final target is the same.
            let threadable = matches!(instr.op, Op::Real(_));
            if let (true, Some(t)) = (threadable, instr.target) {
                let ft = final_target(cfg, &next, t);
                cfg.blocks[b].instrs[i].target = Some(ft);
            }
        }
    }
}

fn remove_unreachable(cfg: &mut Cfg) {
    let next = cfg.next_in_order();
    let mut seen = vec![false; cfg.blocks.len()];
    let Some(&entry) = cfg.order.first() else {
        return;
    };
    let mut work = vec![entry];
    seen[entry] = true;
    while let Some(b) = work.pop() {
        let mut succ = Vec::new();
        for instr in &cfg.blocks[b].instrs {
            if let Some(t) = instr.target {
                succ.push(t);
            }
            if let Some(h) = instr.handler {
                succ.push(h.block);
            }
        }
        if cfg.falls_through(b) {
            if let Some(n) = next[b] {
                succ.push(n);
            }
        }
        for s in succ {
            if !seen[s] {
                seen[s] = true;
                work.push(s);
            }
        }
    }
    cfg.order.retain(|b| seen[*b]);
    for (b, block) in cfg.blocks.iter_mut().enumerate() {
        if !seen[b] {
            block.instrs.clear();
        }
    }
}
