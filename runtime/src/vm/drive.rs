//! Driving a generator from native code: `list(g)`, `set(g)` and the like hand the
//! generator's frame a sink, and the hot loop gives each yielded value to it and runs
//! on, instead of leaving the loop, the frame and `gen_resume` once per value.
//!
//! A sink takes a value only where that runs no Python code (a list append; a set add
//! whose hash and comparisons are native), so nothing can observe that the generator
//! is still "running" while the value is stored. A value it refuses is yielded as
//! usual: the consumer stores it the ordinary way and drives the generator again.

use super::Vm;
use crate::object::set::SetData;
use crate::object::value::Value;

/// Where a driven generator's values go (a frame's `sink`; `None` for every frame that
/// is not being driven, generators resumed by `next()` or inline included).
#[derive(Clone, Copy, Debug, Default)]
pub enum Sink {
    #[default]
    None,
    /// Appended to this vector.
    Vec(*mut Vec<Value>),
    /// Added to this set (or refused, when adding would run Python code).
    Set(*const SetData),
    /// Summed into this integer (`sum()`): small ints, while the total fits an i64.
    SumInt(*mut i64),
}

impl Sink {
    #[inline(always)]
    pub fn is_some(&self) -> bool {
        !matches!(self, Sink::None)
    }
}

impl Vm {
    /// Offers `v`, yielded by a driven generator, to `sink`; gives it back when storing
    /// it would run Python code.
    ///
    /// # Safety
    /// The sink's pointer is live: `gen_drive`'s caller holds what it points to for the
    /// whole run, and touches it only between runs.
    #[inline(never)]
    pub(super) unsafe fn sink_accept(&self, sink: Sink, v: Value) -> Result<(), Value> {
        match sink {
            Sink::None => Err(v),
            Sink::Vec(out) => {
                (*out).push(v);
                Ok(())
            }
            Sink::Set(s) => self.set_add_nocode(&*s, v),
            Sink::SumInt(acc) => match v.as_small().and_then(|x| (*acc).checked_add(x)) {
                Some(n) => {
                    *acc = n;
                    Ok(())
                }
                None => Err(v),
            },
        }
    }

    /// Runs exact generator `g` with its values going to `sink`: Ok(None) once it has
    /// returned, Ok(Some(v)) when it yielded `v` and the sink refused it (the generator
    /// is suspended after that yield, as after `next(g)`), or the error that left it.
    pub fn gen_drive(&self, g: &Value, sink: Sink) -> PyResult<Option<Value>> {
        match self.gen_resume_into(g, self.none.clone(), None, sink)? {
            crate::builtins::generator::SendResult::Yield(v) => Ok(Some(v)),
            crate::builtins::generator::SendResult::Return(_) => Ok(None),
        }
    }

    /// Collects the rest of exact generator `g` into `out`.
    pub fn gen_collect(&self, g: &Value, out: &mut Vec<Value>) -> PyResult<()> {
        // (The list sink never refuses; a value from the cold loop's yield comes back.)
        while let Some(v) = self.gen_drive(g, Sink::Vec(out as *mut Vec<Value>))? {
            out.push(v);
        }
        Ok(())
    }
}

use super::PyResult;
