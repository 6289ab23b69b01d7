//! Converting rows to and from a polars `DataFrame` (the Parquet schema).

use crate::record::{Row, RowKind};
use polars::prelude::*;

pub fn to_frame(rows: &[Row]) -> PolarsResult<DataFrame> {
    let s = |f: fn(&Row) -> String| rows.iter().map(f).collect::<Vec<String>>();
    let cols = vec![
        Column::new("benchmark".into(), s(|r| r.benchmark.clone())),
        Column::new("config".into(), s(|r| r.config.clone())),
        Column::new(
            "process".into(),
            rows.iter().map(|r| r.process).collect::<Vec<u32>>(),
        ),
        Column::new(
            "kind".into(),
            rows.iter().map(|r| r.kind.as_str()).collect::<Vec<&str>>(),
        ),
        Column::new(
            "name".into(),
            rows.iter()
                .map(|r| r.name.clone())
                .collect::<Vec<Option<String>>>(),
        ),
        Column::new(
            "idx".into(),
            rows.iter().map(|r| r.idx).collect::<Vec<u32>>(),
        ),
        Column::new(
            "value".into(),
            rows.iter().map(|r| r.value).collect::<Vec<Option<f64>>>(),
        ),
        Column::new(
            "loops".into(),
            rows.iter().map(|r| r.loops).collect::<Vec<u64>>(),
        ),
        Column::new(
            "time_enabled".into(),
            rows.iter()
                .map(|r| r.time_enabled)
                .collect::<Vec<Option<u64>>>(),
        ),
        Column::new(
            "time_running".into(),
            rows.iter()
                .map(|r| r.time_running)
                .collect::<Vec<Option<u64>>>(),
        ),
        Column::new(
            "rss_kb".into(),
            rows.iter().map(|r| r.rss_kb).collect::<Vec<Option<i64>>>(),
        ),
        Column::new(
            "steady_after".into(),
            rows.iter()
                .map(|r| r.steady_after)
                .collect::<Vec<Option<u32>>>(),
        ),
        Column::new(
            "message".into(),
            rows.iter()
                .map(|r| r.message.clone())
                .collect::<Vec<Option<String>>>(),
        ),
        Column::new(
            "started".into(),
            rows.iter().map(|r| r.started).collect::<Vec<f64>>(),
        ),
    ];
    DataFrame::new(rows.len(), cols)
}

pub fn from_frame(df: &DataFrame) -> PolarsResult<Vec<Row>> {
    let bench = df.column("benchmark")?.str()?;
    let config = df.column("config")?.str()?;
    let process = df.column("process")?.u32()?;
    let kind = df.column("kind")?.str()?;
    let name = df.column("name")?.str()?;
    let idx = df.column("idx")?.u32()?;
    let value = df.column("value")?.f64()?;
    let loops = df.column("loops")?.u64()?;
    let te = df.column("time_enabled")?.u64()?;
    let tr = df.column("time_running")?.u64()?;
    let rss = df.column("rss_kb")?.i64()?;
    let steady = df.column("steady_after")?.u32()?;
    let message = df.column("message")?.str()?;
    let started = df.column("started")?.f64()?;
    let mut rows = Vec::with_capacity(df.height());
    for i in 0..df.height() {
        let k = kind.get(i).unwrap_or_default();
        let kind = RowKind::parse(k)
            .ok_or_else(|| polars_err!(ComputeError: "unknown row kind `{}`", k))?;
        rows.push(Row {
            benchmark: bench.get(i).unwrap_or_default().to_string(),
            config: config.get(i).unwrap_or_default().to_string(),
            process: process.get(i).unwrap_or_default(),
            kind,
            name: name.get(i).map(str::to_string),
            idx: idx.get(i).unwrap_or_default(),
            value: value.get(i),
            loops: loops.get(i).unwrap_or_default(),
            time_enabled: te.get(i),
            time_running: tr.get(i),
            rss_kb: rss.get(i),
            steady_after: steady.get(i),
            message: message.get(i).map(str::to_string),
            started: started.get(i).unwrap_or_default(),
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_roundtrip_keeps_nulls() {
        let rows = crate::store::tests::rows();
        let df = to_frame(&rows).unwrap();
        assert_eq!(df.height(), 4);
        assert_eq!(df.column("value").unwrap().null_count(), 2);
        assert_eq!(from_frame(&df).unwrap(), rows);
        assert_eq!(to_frame(&[]).unwrap().height(), 0);
    }
}
