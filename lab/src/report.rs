//! Rendering results for people and other tools: the comparison table (text
//! or Markdown), one run in detail, and exports (JSON, CSV, Markdown).

use crate::record::{Row, RowKind, RunMeta};
use crate::stats::compare::{describe_ratio, Verdict};
use crate::stats::dataset::Dataset;
use crate::stats::table::SummaryRow;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Seconds in a readable unit.
pub fn fmt_time(s: f64) -> String {
    if !s.is_finite() {
        return "n/a".into();
    }
    let (v, unit) = if s >= 1.0 {
        (s, "s")
    } else if s >= 1e-3 {
        (s * 1e3, "ms")
    } else if s >= 1e-6 {
        (s * 1e6, "us")
    } else {
        (s * 1e9, "ns")
    };
    format!("{v:.3} {unit}")
}

/// A simple table that renders as aligned text or as Markdown.
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|s| s.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn render(&self, markdown: bool) -> String {
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for r in &self.rows {
            for (i, c) in r.iter().enumerate() {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
        let line = |cells: &[String]| {
            let padded: Vec<String> = cells
                .iter()
                .enumerate()
                .map(|(i, c)| format!("{c:<w$}", w = widths[i]))
                .collect();
            if markdown {
                format!("| {} |", padded.join(" | "))
            } else {
                padded.join("  ").trim_end().to_string()
            }
        };
        let mut out = String::new();
        out.push_str(&line(&self.header));
        out.push('\n');
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        out.push_str(&if markdown {
            format!("| {} |", rule.join(" | "))
        } else {
            rule.join("  ")
        });
        out.push('\n');
        for r in &self.rows {
            out.push_str(&line(r));
            out.push('\n');
        }
        out
    }
}

/// The time ratio and its interval in the same unit, then in words.
fn ci_text(estimate: f64, low: f64, high: f64) -> String {
    format!(
        "{estimate:.3} [{low:.3}, {high:.3}] {}",
        describe_ratio(estimate)
    )
}

/// The comparison of every configuration with the reference (the first).
pub fn comparison(ds: &Dataset, summaries: &[SummaryRow], markdown: bool) -> String {
    let mut out = String::new();
    let reference = ds.reference();
    let summary: BTreeMap<(&str, &str), &SummaryRow> = summaries
        .iter()
        .map(|s| ((s.benchmark.as_str(), s.config.as_str()), s))
        .collect();
    let mut header = vec!["benchmark".to_string()];
    for c in &ds.configs {
        header.push(format!("{c} (mean ± sd)"));
    }
    for c in ds.configs.iter().skip(1) {
        header.push(format!("{c} vs {reference} (time ratio, 95% CI)"));
    }
    let mut t = Table {
        header,
        rows: Vec::new(),
    };
    let comps = ds.comparisons();
    for b in &ds.benchmarks {
        let mut row = vec![b.clone()];
        for c in &ds.configs {
            row.push(
                match (
                    summary.get(&(b.as_str(), c.as_str())),
                    ds.failures.get(&(b.clone(), c.clone())),
                ) {
                    (_, Some(_)) => "FAILED".into(),
                    (Some(s), None) => format!("{} ± {:.1}%", fmt_time(s.mean), 100.0 * s.cv),
                    (None, None) => "-".into(),
                },
            );
        }
        for c in ds.configs.iter().skip(1) {
            row.push(
                match comps.iter().find(|x| &x.benchmark == b && &x.config == c) {
                    Some(x) => {
                        let r = &x.comparison.ratio;
                        match x.comparison.verdict {
                            Verdict::Faster | Verdict::Slower => ci_text(r.estimate, r.low, r.high),
                            Verdict::Same => {
                                format!("{:.3} [{:.3}, {:.3}] same", r.estimate, r.low, r.high)
                            }
                            Verdict::Uncertain => {
                                format!("{} (uncertain)", ci_text(r.estimate, r.low, r.high))
                            }
                        }
                    }
                    None => "-".into(),
                },
            );
        }
        t.rows.push(row);
    }
    // Geometric means over benchmarks measured on both.
    let mut geo = vec!["geometric mean".to_string()];
    geo.extend(ds.configs.iter().map(|_| String::new()));
    for c in ds.configs.iter().skip(1) {
        geo.push(match ds.geomean(reference, c, &ds.benchmarks) {
            Some((n, g)) => format!("{} over {n}", ci_text(g.estimate, g.low, g.high)),
            None => "-".into(),
        });
    }
    t.rows.push(geo);
    out.push_str(&t.render(markdown));

    for c in ds.configs.iter().skip(1) {
        let counts = comps
            .iter()
            .filter(|x| &x.config == c)
            .fold(BTreeMap::new(), |mut m, x| {
                *m.entry(x.comparison.verdict.to_string()).or_insert(0) += 1;
                m
            });
        let parts: Vec<String> = counts.iter().map(|(k, v)| format!("{v} {k}")).collect();
        let _ = writeln!(
            out,
            "\n{c} vs {reference}: {}",
            if parts.is_empty() {
                "nothing compared".into()
            } else {
                parts.join(", ")
            }
        );
        let tags = ds.by_tag(c);
        if !tags.is_empty() {
            let mut tt = Table::new(&["tag", "benchmarks", "geometric mean (95% CI)"]);
            for tg in tags {
                tt.rows.push(vec![
                    tg.tag,
                    tg.benchmarks.to_string(),
                    ci_text(tg.geomean.estimate, tg.geomean.low, tg.geomean.high),
                ]);
            }
            out.push('\n');
            out.push_str(&tt.render(markdown));
        }
    }
    if ds.configs.len() > 2 {
        let _ = writeln!(
            out,
            "\nN×N matrix: geometric-mean time ratio of column to row"
        );
        let mut header = vec![""];
        header.extend(ds.configs.iter().map(|s| s.as_str()));
        let mut m = Table::new(&header);
        for (i, row) in ds.matrix().iter().enumerate() {
            let mut cells = vec![ds.configs[i].clone()];
            cells.extend(row.iter().map(|c| {
                c.as_ref()
                    .map(|g| format!("{:.3}", g.estimate))
                    .unwrap_or_else(|| "-".into())
            }));
            m.rows.push(cells);
        }
        out.push_str(&m.render(markdown));
    }
    if !ds.failures.is_empty() {
        let _ = writeln!(out, "\nFailed or skipped:");
        for ((b, c), msg) in &ds.failures {
            let first = msg.lines().next().unwrap_or("");
            let _ = writeln!(out, "  {b} on {c}: {first}");
        }
    }
    let _ = writeln!(
        out,
        "\nTime ratio = mean time of the config / mean time of {reference}; CI: hierarchical bootstrap; \"same\" means within 1%."
    );
    out
}

/// One run in detail: machine, protocol, configurations, per-benchmark
/// statistics, worker memory, counters and runtime statistics.
pub fn show(meta: &RunMeta, rows: &[Row], summaries: &[SummaryRow]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "run {}  (lab {})", meta.run_id, meta.lab_version);
    let _ = writeln!(
        out,
        "started {}  finished {}",
        meta.started,
        meta.finished.as_deref().unwrap_or("(interrupted)")
    );
    let _ = writeln!(
        out,
        "host {}  CPU {}  kernel {}",
        meta.host, meta.cpu_model, meta.kernel
    );
    let _ = writeln!(
        out,
        "protocol: {}  seed {}  counters {}",
        meta.protocol, meta.seed, meta.counters
    );
    for w in &meta.doctor.warnings {
        let _ = writeln!(out, "machine warning: {w}");
    }
    let _ = writeln!(out);
    let mut ct = Table::new(&[
        "config",
        "kind",
        "version",
        "executable",
        "features / commit",
    ]);
    for c in &meta.configs {
        let feats = if c.kind == "ember" {
            format!(
                "[{}] {}",
                c.features.join(","),
                c.ember_commit.as_deref().unwrap_or("")
            )
        } else {
            String::new()
        };
        ct.rows.push(vec![
            c.name.clone(),
            c.kind.clone(),
            c.version.clone(),
            c.executable.clone(),
            feats,
        ]);
    }
    out.push_str(&ct.render(false));
    let _ = writeln!(out);
    let mut worker: BTreeMap<(&str, &str), (i64, Vec<u32>, usize)> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.kind == RowKind::Worker) {
        let e = worker
            .entry((&r.benchmark, &r.config))
            .or_insert((0, Vec::new(), 0));
        e.0 = e.0.max(r.rss_kb.unwrap_or(0));
        e.1.extend(r.steady_after);
        e.2 += 1;
    }
    // Configurations in the run's order, not the order workers happened to run.
    let rank = |c: &str| {
        meta.configs
            .iter()
            .position(|m| m.name == c)
            .unwrap_or(usize::MAX)
    };
    let mut summaries: Vec<&SummaryRow> = summaries.iter().collect();
    summaries.sort_by_key(|s| {
        (
            meta.benchmarks
                .iter()
                .position(|b| b.name == s.benchmark)
                .unwrap_or(usize::MAX),
            rank(&s.config),
        )
    });
    let loops: BTreeMap<&str, Option<u64>> = meta
        .benchmarks
        .iter()
        .map(|b| (b.name.as_str(), b.loops))
        .collect();
    let mut t = Table::new(&[
        "benchmark",
        "config",
        "loops",
        "workers",
        "n",
        "mean",
        "median",
        "sd",
        "cv",
        "max RSS",
        "steady after",
    ]);
    for s in summaries {
        let w = worker.get(&(s.benchmark.as_str(), s.config.as_str()));
        t.rows.push(vec![
            s.benchmark.clone(),
            s.config.clone(),
            loops
                .get(s.benchmark.as_str())
                .copied()
                .flatten()
                .map(|l| l.to_string())
                .unwrap_or_default(),
            w.map(|w| w.2.to_string()).unwrap_or_default(),
            s.n.to_string(),
            fmt_time(s.mean),
            fmt_time(s.median),
            fmt_time(s.std_dev),
            format!("{:.1}%", 100.0 * s.cv),
            w.map(|w| format!("{:.1} MiB", w.0 as f64 / 1024.0))
                .unwrap_or_default(),
            w.filter(|w| !w.1.is_empty())
                .map(|w| {
                    format!(
                        "{:.1} (mean)",
                        w.1.iter().sum::<u32>() as f64 / w.1.len() as f64
                    )
                })
                .unwrap_or_default(),
        ]);
    }
    out.push_str(&t.render(false));
    // Counters: mean per worker; flags for unsupported and multiplexed.
    let mut counters: BTreeMap<(&str, &str, &str), (Vec<f64>, bool, Option<String>)> =
        BTreeMap::new();
    for r in rows.iter().filter(|r| r.kind == RowKind::Counter) {
        let e = counters
            .entry((&r.benchmark, &r.config, r.name.as_deref().unwrap_or("?")))
            .or_default();
        e.0.extend(r.value);
        e.1 |= r.message.as_deref() == Some("multiplexed");
        if r.value.is_none() {
            e.2 = r.message.clone();
        }
    }
    if !counters.is_empty() {
        let _ = writeln!(out, "\ncounters (mean per worker; perf counters cover the timed region, callgrind the whole process)");
        let mut ct = Table::new(&["benchmark", "config", "counter", "value", "note"]);
        for ((b, c, n), (vals, mux, note)) in &counters {
            let v = if vals.is_empty() {
                "-".into()
            } else {
                format!("{:.0}", crate::stats::summary::mean(vals))
            };
            let note = if *mux {
                "multiplexed (scaled estimate)".to_string()
            } else {
                note.clone().unwrap_or_default()
            };
            ct.rows
                .push(vec![b.to_string(), c.to_string(), n.to_string(), v, note]);
        }
        out.push_str(&ct.render(false));
    }
    let stats = rows
        .iter()
        .filter(|r| r.kind == RowKind::RuntimeStat)
        .count();
    if stats > 0 {
        let _ = writeln!(
            out,
            "\n{stats} runtime statistics stored (see `lab export`)"
        );
    }
    let failures: Vec<&Row> = rows.iter().filter(|r| r.kind == RowKind::Failure).collect();
    if !failures.is_empty() {
        let _ = writeln!(out, "\nfailures");
        for f in failures {
            let _ = writeln!(
                out,
                "  {} on {} (process {}): {}",
                f.benchmark,
                f.config,
                f.process,
                f.message.as_deref().unwrap_or("")
            );
        }
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Every row as CSV (one line per value, counter, …).
pub fn csv(rows: &[Row]) -> String {
    let mut out = String::from("benchmark,config,process,kind,name,idx,value,loops,time_enabled,time_running,rss_kb,steady_after,message,started\n");
    let o = |v: Option<String>| v.unwrap_or_default();
    for r in rows {
        let cells = [
            csv_field(&r.benchmark),
            csv_field(&r.config),
            r.process.to_string(),
            r.kind.as_str().to_string(),
            csv_field(&o(r.name.clone())),
            r.idx.to_string(),
            o(r.value.map(|v| v.to_string())),
            r.loops.to_string(),
            o(r.time_enabled.map(|v| v.to_string())),
            o(r.time_running.map(|v| v.to_string())),
            o(r.rss_kb.map(|v| v.to_string())),
            o(r.steady_after.map(|v| v.to_string())),
            csv_field(&o(r.message.clone())),
            r.started.to_string(),
        ];
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// The run's metadata and rows as one JSON document.
pub fn json(meta: &RunMeta, rows: &[Row]) -> serde_json::Result<String> {
    serde_json::to_string_pretty(&serde_json::json!({ "meta": meta, "rows": rows }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::table::summarize;

    fn rows() -> Vec<Row> {
        let mut v = Vec::new();
        for p in 0..3 {
            for (c, t) in [("ref", 0.010), ("new", 0.005)] {
                let mut r = Row::new("fib", c, p, RowKind::Value);
                r.value = Some(t * (1.0 + 0.001 * p as f64));
                v.push(r);
            }
        }
        let mut f = Row::new("broken", "new", 0, RowKind::Failure);
        f.message = Some("check failed: \"x\", y".into());
        v.push(f);
        v
    }

    #[test]
    fn formats_times() {
        assert_eq!(fmt_time(1.5), "1.500 s");
        assert_eq!(fmt_time(0.0123), "12.300 ms");
        assert_eq!(fmt_time(2e-6), "2.000 us");
        assert_eq!(fmt_time(f64::NAN), "n/a");
    }

    #[test]
    fn comparison_table_mentions_everything() {
        let rows = rows();
        let ds = Dataset::from_rows(&rows, &["ref".into(), "new".into()], BTreeMap::new());
        let text = comparison(&ds, &summarize(&rows).unwrap(), false);
        assert!(text.contains("2.00x faster"), "{text}");
        assert!(text.contains("geometric mean"));
        assert!(text.contains("FAILED"));
        assert!(text.contains("broken on new: check failed"));
        let md = comparison(&ds, &summarize(&rows).unwrap(), true);
        assert!(md.lines().next().unwrap().starts_with("| benchmark"));
        assert!(md.contains("| ---"));
    }

    #[test]
    fn csv_escapes_and_json_parses() {
        let rows = rows();
        let c = csv(&rows);
        assert_eq!(c.lines().count(), rows.len() + 1);
        assert!(c.contains("\"check failed: \"\"x\"\", y\""));
        let meta = crate::store::tests::meta("r1");
        let j: serde_json::Value = serde_json::from_str(&json(&meta, &rows).unwrap()).unwrap();
        assert_eq!(j["rows"].as_array().unwrap().len(), rows.len());
        assert_eq!(j["meta"]["run_id"], "r1");
        let s = show(&meta, &rows, &summarize(&rows).unwrap());
        assert!(s.contains("run r1") && s.contains("failures"));
    }
}
