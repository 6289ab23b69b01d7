//! Polars group-bys over the stored long table for what the faces show
//! beside the timings: counters and runtime statistics per (benchmark,
//! config, name).

use crate::record::{Row, RowKind};
use polars::prelude::*;

/// The mean of one named counter or statistic over a (benchmark, config).
#[derive(Clone, Debug, PartialEq)]
pub struct NamedMean {
    pub benchmark: String,
    pub config: String,
    pub name: String,
    /// `None` when no worker produced a value (unsupported counter).
    pub mean: Option<f64>,
    /// Workers whose reading was multiplexed (a scaled estimate).
    pub multiplexed: u32,
    /// Readings in the group, with or without a value.
    pub readings: u32,
}

/// Means by (benchmark, config, name) of the rows of `kind`, in order of
/// first appearance.
// polars' eager group-by aggregations are deprecated in favour of the lazy
// engine, which the lab does not build (see lab/README.md).
#[allow(deprecated)]
pub fn by_name(rows: &[Row], kind: RowKind) -> PolarsResult<Vec<NamedMean>> {
    let picked: Vec<Row> = rows.iter().filter(|r| r.kind == kind).cloned().collect();
    if picked.is_empty() {
        return Ok(Vec::new());
    }
    let mut df = crate::store::frame::to_frame(&picked)?;
    let mux: Vec<f64> = picked
        .iter()
        .map(|r| f64::from(u8::from(r.message.as_deref() == Some("multiplexed"))))
        .collect();
    df.with_column(Column::new("mux".into(), mux))?;
    df.with_column(Column::new("one".into(), vec![1.0f64; picked.len()]))?;
    let g = df.group_by_stable(["benchmark", "config", "name"])?;
    let sel = g.select(["value", "mux", "one"]);
    let means = sel.mean()?;
    let sums = sel.sum()?;
    let bench = means.column("benchmark")?.str()?;
    let config = means.column("config")?.str()?;
    let name = means.column("name")?.str()?;
    let mean = means.column("value_mean")?.f64()?;
    let mux = sums.column("mux_sum")?.f64()?;
    let n = sums.column("one_sum")?.f64()?;
    Ok((0..means.height())
        .map(|i| NamedMean {
            benchmark: bench.get(i).unwrap_or_default().to_string(),
            config: config.get(i).unwrap_or_default().to_string(),
            name: name.get(i).unwrap_or("?").to_string(),
            mean: mean.get(i),
            multiplexed: mux.get(i).unwrap_or(0.0) as u32,
            readings: n.get(i).unwrap_or(0.0) as u32,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn means_and_flags_per_name() {
        let mut rows = Vec::new();
        for (p, v, msg) in [(0, Some(10.0), None), (1, Some(20.0), Some("multiplexed"))] {
            let mut r = Row::new("b", "c", p, RowKind::Counter);
            r.name = Some("cycles".into());
            r.value = v;
            r.message = msg.map(str::to_string);
            rows.push(r);
        }
        let mut u = Row::new("b", "c", 0, RowKind::Counter);
        u.name = Some("instructions".into());
        u.message = Some("hardware counters unavailable on this machine".into());
        rows.push(u);
        let mut s = Row::new("b", "c", 0, RowKind::RuntimeStat);
        s.name = Some("jit.compiles".into());
        s.value = Some(3.0);
        rows.push(s);
        let c = by_name(&rows, RowKind::Counter).unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].name, "cycles");
        assert_eq!(
            (c[0].mean, c[0].multiplexed, c[0].readings),
            (Some(15.0), 1, 2)
        );
        assert_eq!((c[1].mean, c[1].readings), (None, 1));
        let s = by_name(&rows, RowKind::RuntimeStat).unwrap();
        assert_eq!(s[0].mean, Some(3.0));
        assert!(by_name(&[], RowKind::Counter).unwrap().is_empty());
    }
}
