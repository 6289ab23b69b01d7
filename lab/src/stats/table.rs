//! Per (benchmark, config) summaries of the measured values, aggregated with
//! polars over the stored long table.

use crate::record::Row;
use polars::prelude::*;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummaryRow {
    pub benchmark: String,
    pub config: String,
    pub n: u32,
    pub mean: f64,
    pub median: f64,
    pub std_dev: f64,
    pub cv: f64,
}

/// Summaries of `value` rows, in order of first appearance.
// polars' eager group-by aggregations are deprecated in favour of the lazy
// engine, which costs several minutes of build for no gain here.
#[allow(deprecated)]
pub fn summarize(rows: &[Row]) -> PolarsResult<Vec<SummaryRow>> {
    let df = crate::store::frame::to_frame(rows)?;
    let mask = df.column("kind")?.str()?.equal("value");
    let values = df.filter(&mask)?;
    if values.height() == 0 {
        return Ok(Vec::new());
    }
    let keys = ["benchmark", "config"];
    let g = values.group_by_stable(keys)?;
    let sel = g.select(["value"]);
    let mean = sel.mean()?;
    let median = sel.median()?;
    let std = sel.std(1)?;
    let count = sel.count()?;
    let bench = mean.column("benchmark")?.str()?;
    let config = mean.column("config")?.str()?;
    let m = mean.column("value_mean")?.f64()?;
    let md = median.column("value_median")?.f64()?;
    let sd = std.column("value_agg_std")?.f64()?;
    let n = count.column("value_count")?.cast(&DataType::UInt32)?;
    let n = n.u32()?;
    Ok((0..mean.height())
        .map(|i| {
            let mean = m.get(i).unwrap_or(f64::NAN);
            // A single value has no spread: polars gives null, we give 0.
            let std_dev = sd.get(i).unwrap_or(0.0);
            SummaryRow {
                benchmark: bench.get(i).unwrap_or_default().to_string(),
                config: config.get(i).unwrap_or_default().to_string(),
                n: n.get(i).unwrap_or_default(),
                mean,
                median: md.get(i).unwrap_or(f64::NAN),
                std_dev,
                cv: std_dev / mean,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::RowKind;
    use crate::stats::summary;

    #[test]
    fn agrees_with_plain_rust() {
        let vals = [[1.0, 2.0, 4.0], [10.0, 10.0, 13.0]];
        let mut rows = Vec::new();
        for (ci, c) in ["a", "b"].iter().enumerate() {
            for (i, v) in vals[ci].iter().enumerate() {
                let mut r = Row::new("bench", c, i as u32, RowKind::Value);
                r.value = Some(*v);
                rows.push(r);
            }
            let mut w = Row::new("bench", c, 0, RowKind::Warmup);
            w.value = Some(1000.0);
            rows.push(w);
        }
        let s = summarize(&rows).unwrap();
        assert_eq!(s.len(), 2);
        for (ci, row) in s.iter().enumerate() {
            let d = summary::describe(&vals[ci]);
            assert_eq!(row.n, 3);
            assert!((row.mean - d.mean).abs() < 1e-12, "warm-ups must not count");
            assert!((row.median - d.median).abs() < 1e-12);
            assert!((row.std_dev - d.std_dev).abs() < 1e-12);
        }
        assert_eq!(s[0].config, "a");
        assert!(summarize(&[]).unwrap().is_empty());
    }
}
