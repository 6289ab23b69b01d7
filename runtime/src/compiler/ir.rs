//! The compiler's intermediate form: basic blocks of instructions whose jump
//! arguments are block ids, plus the pseudo-instructions that mark
//! exception-handler regions (turned into the exception table later).

use crate::bytecode::opcode::Opcode;
use crate::bytecode::Location;

pub type BlockId = usize;

/// A real opcode, or a pseudo-instruction that never reaches the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Real(Opcode),
    /// Instructions up to the matching `PopBlock` are protected by the
    /// handler `target`, entered with the exception pushed.
    SetupFinally,
    /// As SetupFinally, but the handler also gets the raising instruction's index (lasti).
    SetupCleanup,
    /// As SetupCleanup, for a `with` body: the handler's depth excludes the
    /// `__enter__` result that is on the stack at the setup.
    SetupWith,
    /// Ends the innermost handler region.
    PopBlock,
}

/// The exception handler covering an instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub block: BlockId,
    pub depth: u32,
    pub lasti: bool,
}

#[derive(Clone, Debug)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
    pub target: Option<BlockId>,
    pub loc: Location,
    pub handler: Option<Handler>,
}

impl Instr {
    pub fn is(&self, op: Opcode) -> bool {
        self.op == Op::Real(op)
    }

    /// No instruction after this one in the block runs.
    pub fn is_terminator(&self) -> bool {
        matches!(
            self.op,
            Op::Real(
                Opcode::JUMP
                    | Opcode::JUMP_BACKWARD
                    | Opcode::RETURN_VALUE
                    | Opcode::RAISE_VARARGS
                    | Opcode::RERAISE
            )
        )
    }

    pub fn is_unconditional_jump(&self) -> bool {
        matches!(self.op, Op::Real(Opcode::JUMP | Opcode::JUMP_BACKWARD))
    }
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub instrs: Vec<Instr>,
}

/// The blocks of one code object, in layout order.
#[derive(Clone, Debug)]
pub struct Cfg {
    pub blocks: Vec<Block>,
    /// Layout order: a block falls through to the next one here.
    pub order: Vec<BlockId>,
    pub current: BlockId,
}

impl Default for Cfg {
    fn default() -> Self {
        Cfg::new()
    }
}

impl Cfg {
    pub fn new() -> Cfg {
        Cfg {
            blocks: vec![Block::default()],
            order: vec![0],
            current: 0,
        }
    }

    /// A new block, not yet placed.
    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }

    /// Places `b` after the current block and makes it current.
    pub fn use_block(&mut self, b: BlockId) {
        self.order.push(b);
        self.current = b;
    }

    pub fn emit(&mut self, op: Op, arg: u32, target: Option<BlockId>, loc: Location) {
        let cur = self.current;
        self.blocks[cur].instrs.push(Instr {
            op,
            arg,
            target,
            loc,
            handler: None,
        });
    }

    /// The block after `b` in layout order (for fall-through), per block id.
    pub fn next_in_order(&self) -> Vec<Option<BlockId>> {
        let mut next = vec![None; self.blocks.len()];
        for pair in self.order.windows(2) {
            next[pair[0]] = Some(pair[1]);
        }
        next
    }

    /// Whether control can run off the end of block `b` into the next one.
    pub fn falls_through(&self, b: BlockId) -> bool {
        self.blocks[b]
            .instrs
            .last()
            .is_none_or(|i| !i.is_terminator())
    }
}
