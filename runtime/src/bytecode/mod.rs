//! Ember's bytecode: the opcode table, code objects and their text form.
pub mod code;
pub mod opcode;

pub use code::{CodeObject, Const, ExceptionEntry, Location, Mode};
pub use opcode::{BinOp, CmpOp, Opcode};
pub mod dis;
