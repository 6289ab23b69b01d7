//! The object model: value words, object headers, types and every builtin payload.
//! See `README.md` in this folder for the memory layouts generated code relies on.
pub mod bytes;
pub mod complex;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod gc;
pub mod generator;
pub mod hash;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod member_table;
pub mod misc;
pub mod module;
pub mod native;
pub mod set;
pub mod str;
pub mod thin_values;
pub mod traverse;
pub mod tuple;
#[cfg(feature = "type-cache")]
pub mod type_cache;
pub mod typeobj;
pub mod value;
pub mod weakref;
pub mod word_hash;

pub use value::Value;
