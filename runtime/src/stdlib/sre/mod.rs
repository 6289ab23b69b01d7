//! Ember's own regular-expression engine behind the `re` module: a parser with CPython's
//! error messages, a compiler to a small program, and a backtracking matcher with an
//! explicit stack; `module.rs` exposes it as `_ember_sre`.

/// Runs `$body` with `$s` bound to the subject's units as `&[u8]` or `&[u32]`.
macro_rules! sre_with_input {
    ($inp:expr, $s:ident => $body:expr) => {
        match $inp {
            $crate::stdlib::registry_re::sre::subject::Input::B($s) => $body,
            $crate::stdlib::registry_re::sre::subject::Input::W($s) => $body,
        }
    };
}

pub mod ast;
pub mod classes;
pub mod compile;
pub mod compile_unit;
pub mod cset;
pub mod escape;
pub mod first;
pub mod fold;
pub mod match_obj;
pub mod matcher;
pub mod module;
pub mod parse;
pub mod pattern_obj;
pub mod prog;
pub mod search;
pub mod sub;
pub mod subject;
pub mod template;
pub mod tokens;
pub mod width;
