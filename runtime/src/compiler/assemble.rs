//! Lays the blocks out as instruction words: resolves jump targets to
//! instruction indices (choosing JUMP or JUMP_BACKWARD by direction), drops
//! jumps to the next instruction, and produces the locations and the
//! exception table.

use crate::bytecode::opcode::{encode, Opcode};
use crate::bytecode::{ExceptionEntry, Location};

use super::exctable::build_table;
use super::ir::{Cfg, Instr, Op};

/// Largest argument an instruction word holds (Ember never needs EXTENDED_ARG).
const MAX_ARG: u32 = (1 << 24) - 1;

pub struct Assembled {
    pub instructions: Vec<u32>,
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionEntry>,
}

/// Start index of every block for the current layout.
fn block_starts(cfg: &Cfg) -> (Vec<u32>, u32) {
    let mut starts = vec![u32::MAX; cfg.blocks.len()];
    let mut pos = 0u32;
    for &b in &cfg.order {
        starts[b] = pos;
        pos += cfg.blocks[b].instrs.len() as u32;
    }
    (starts, pos)
}

pub fn assemble(cfg: &mut Cfg) -> Result<Assembled, String> {
    // Jumps to the very next instruction do nothing: drop them until none is left.
    loop {
        let (starts, _) = block_starts(cfg);
        let mut removed = false;
        let mut pos = 0u32;
        for &b in &cfg.order.clone() {
            // Positions are those of the layout before this round: removing a
            // jump to the next instruction keeps every other such pair adjacent.
            cfg.blocks[b].instrs.retain(|ins| {
                let is_next =
                    ins.is(Opcode::JUMP) && ins.target.map(|t| starts[t]) == Some(pos + 1);
                pos += 1;
                removed |= is_next;
                !is_next
            });
        }
        if !removed {
            break;
        }
    }

    let (starts, total) = block_starts(cfg);
    let mut instructions = Vec::with_capacity(total as usize);
    let mut locations = Vec::with_capacity(total as usize);
    let mut handlers = Vec::with_capacity(total as usize);
    for &b in &cfg.order {
        for ins in &cfg.blocks[b].instrs {
            let index = instructions.len() as u32;
            let (op, arg) = resolve(ins, index, &starts, total)?;
            if arg > MAX_ARG {
                return Err(
                    "code object too large (an instruction argument does not fit in 24 bits)"
                        .into(),
                );
            }
            instructions.push(encode(op, arg));
            locations.push(ins.loc);
            let h = match ins.handler {
                Some(h) => {
                    let at = starts
                        .get(h.block)
                        .copied()
                        .filter(|s| *s < total)
                        .ok_or("handler block was removed")?;
                    Some((at, h.depth, h.lasti))
                }
                None => None,
            };
            handlers.push(h);
        }
    }
    Ok(Assembled {
        instructions,
        locations,
        exception_table: build_table(&handlers),
    })
}

fn resolve(ins: &Instr, index: u32, starts: &[u32], total: u32) -> Result<(Opcode, u32), String> {
    let Op::Real(op) = ins.op else {
        return Err("pseudo-instruction left at assembly".into());
    };
    let Some(target) = ins.target else {
        return Ok((op, ins.arg));
    };
    let at = starts.get(target).copied().unwrap_or(u32::MAX);
    if at >= total {
        return Err(format!("jump target of {} is outside the code", op.name()));
    }
    let op = match op {
        Opcode::JUMP | Opcode::JUMP_BACKWARD => {
            if at <= index {
                Opcode::JUMP_BACKWARD
            } else {
                Opcode::JUMP
            }
        }
        other => other,
    };
    Ok((op, at))
}
