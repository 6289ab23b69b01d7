//! Ember: a Python 3.11 runtime. The library holds the compiler, the object
//! model and the interpreter; `main.rs` is the `ember` command line.
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod embed;
pub mod object;
pub mod stdlib;
pub mod vm;
