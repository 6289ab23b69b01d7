//! What the dashboard and the HTML report show, computed once from stored
//! rows with the lab's statistics: speed-ups against a chosen reference with
//! their intervals, geometric means, distributions, derived counters and the
//! runtime's own statistics. Both faces only lay this out.

pub mod aggregate;
pub mod history;

use crate::record::{Row, RowKind, RunMeta};
use crate::stats::bootstrap::Interval;
use crate::stats::compare::Verdict;
use crate::stats::dataset::Dataset;
use crate::stats::table::{summarize, SummaryRow};
use aggregate::NamedMean;
use std::collections::BTreeMap;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ViewError {
    #[error("no configuration `{0}` in these results ({1})")]
    NoSuchConfig(String, String),
    #[error("these results hold no configurations")]
    Empty,
    #[error("aggregating results: {0}")]
    Polars(#[from] polars::prelude::PolarsError),
}

/// Results to look at: one run, or several merged (`app::merge`).
#[derive(Clone, Debug)]
pub struct Source {
    pub meta: RunMeta,
    pub rows: Vec<Row>,
    /// Configurations in the run's order (labels as in `rows`).
    pub configs: Vec<String>,
    /// The run ids merged into this source.
    pub runs: Vec<String>,
}

/// One benchmark × configuration against the reference.
#[derive(Clone, Debug, PartialEq)]
pub struct Speedup {
    pub benchmark: String,
    pub config: String,
    /// Time ratio config / reference with its bootstrap interval.
    pub ratio: Interval,
    pub verdict: Verdict,
    /// Mann–Whitney p-value on process means, when computable.
    pub p_value: Option<f64>,
}

/// Speed-up (reference time / config time) and its interval from a time ratio.
pub fn speedup_of(r: &Interval) -> (f64, f64, f64) {
    (1.0 / r.estimate, 1.0 / r.high, 1.0 / r.low)
}

impl Speedup {
    pub fn speedup(&self) -> (f64, f64, f64) {
        speedup_of(&self.ratio)
    }
}

/// Geometric mean of one configuration against another over the benchmarks
/// both ran, with the verdict counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Geo {
    pub config: String,
    pub against: String,
    pub benchmarks: usize,
    pub ratio: Interval,
    pub faster: usize,
    pub slower: usize,
    pub same: usize,
    pub uncertain: usize,
}

/// Counters turned into rates people read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Derived {
    pub ipc: Option<f64>,
    /// Branch misses per branch.
    pub branch_miss_rate: Option<f64>,
    /// Cache misses per 1000 instructions.
    pub cache_mpki: Option<f64>,
    pub instructions: Option<f64>,
    /// Counters of this (benchmark, config) that were multiplexed.
    pub multiplexed: u32,
}

#[derive(Clone, Debug)]
pub struct View {
    pub meta: RunMeta,
    pub runs: Vec<String>,
    /// Reference first, then the others in the run's order.
    pub configs: Vec<String>,
    pub reference: String,
    pub benchmarks: Vec<String>,
    pub speedups: Vec<Speedup>,
    /// Every other configuration against the reference.
    pub geomeans: Vec<Geo>,
    /// Every configuration against CPython, when CPython ran and is not the reference.
    pub vs_cpython: Vec<Geo>,
    pub cpython: Option<String>,
    pub summaries: Vec<SummaryRow>,
    /// Measured values per (benchmark, config), all processes together.
    pub values: BTreeMap<(String, String), Vec<f64>>,
    pub failures: BTreeMap<(String, String), String>,
    pub counters: Vec<NamedMean>,
    pub runtime_stats: Vec<NamedMean>,
    /// Whether the machine had a PMU (hardware counters can exist).
    pub pmu: bool,
}

fn tags_of(meta: &RunMeta) -> BTreeMap<String, Vec<String>> {
    meta.benchmarks
        .iter()
        .map(|b| (b.name.clone(), b.tags.clone()))
        .collect()
}

/// The geometric mean of `config` against `against` with verdict counts.
fn geo(ds: &Dataset, against: &str, config: &str) -> Option<Geo> {
    let (n, ratio) = ds.geomean(against, config, &ds.benchmarks)?;
    let mut g = Geo {
        config: config.to_string(),
        against: against.to_string(),
        benchmarks: n,
        ratio,
        faster: 0,
        slower: 0,
        same: 0,
        uncertain: 0,
    };
    for b in &ds.benchmarks {
        let (Some(a), Some(o)) = (ds.sample(b, against), ds.sample(b, config)) else {
            continue;
        };
        let seed = crate::stats::dataset::seed_for(&[b, against, config]);
        if let Some(c) = crate::stats::compare::compare(a, o, seed) {
            match c.verdict {
                Verdict::Faster => g.faster += 1,
                Verdict::Slower => g.slower += 1,
                Verdict::Same => g.same += 1,
                Verdict::Uncertain => g.uncertain += 1,
            }
        }
    }
    Some(g)
}

/// The name CPython runs under in `configs`, if any.
pub fn cpython_of(configs: &[String]) -> Option<String> {
    configs
        .iter()
        .find(|c| *c == "cpython" || c.starts_with("cpython@"))
        .cloned()
}

impl View {
    /// Builds the view with `reference` (default: the first configuration).
    pub fn build(src: &Source, reference: Option<&str>) -> Result<View, ViewError> {
        let mut configs = src.configs.clone();
        if configs.is_empty() {
            return Err(ViewError::Empty);
        }
        if let Some(r) = reference {
            let pos = configs
                .iter()
                .position(|c| c == r)
                .ok_or_else(|| ViewError::NoSuchConfig(r.to_string(), configs.join(", ")))?;
            let c = configs.remove(pos);
            configs.insert(0, c);
        }
        let ds = Dataset::from_rows(&src.rows, &configs, tags_of(&src.meta));
        let reference = configs[0].clone();
        let speedups = ds
            .comparisons()
            .into_iter()
            .map(|c| Speedup {
                benchmark: c.benchmark,
                config: c.config,
                verdict: c.comparison.verdict,
                p_value: c.comparison.mann_whitney.map(|m| m.p),
                ratio: c.comparison.ratio,
            })
            .collect();
        let geomeans = configs
            .iter()
            .skip(1)
            .filter_map(|c| geo(&ds, &reference, c))
            .collect();
        let cpython = cpython_of(&configs);
        let vs_cpython = match &cpython {
            Some(cp) if *cp != reference => configs
                .iter()
                .filter(|c| *c != cp)
                .filter_map(|c| geo(&ds, cp, c))
                .collect(),
            _ => Vec::new(),
        };
        let values = ds
            .samples
            .iter()
            .map(|(k, s)| (k.clone(), s.all()))
            .collect();
        let in_view: Vec<Row> = src
            .rows
            .iter()
            .filter(|r| configs.contains(&r.config))
            .cloned()
            .collect();
        Ok(View {
            meta: src.meta.clone(),
            runs: src.runs.clone(),
            reference,
            benchmarks: ds.benchmarks.clone(),
            speedups,
            geomeans,
            vs_cpython,
            cpython,
            summaries: summarize(&in_view)?,
            values,
            failures: ds.failures.clone(),
            counters: aggregate::by_name(&in_view, RowKind::Counter)?,
            runtime_stats: aggregate::by_name(&in_view, RowKind::RuntimeStat)?,
            pmu: src.meta.doctor.pmu,
            configs,
        })
    }

    pub fn speedup(&self, bench: &str, config: &str) -> Option<&Speedup> {
        self.speedups
            .iter()
            .find(|s| s.benchmark == bench && s.config == config)
    }

    pub fn summary(&self, bench: &str, config: &str) -> Option<&SummaryRow> {
        self.summaries
            .iter()
            .find(|s| s.benchmark == bench && s.config == config)
    }

    pub fn failure(&self, bench: &str, config: &str) -> Option<&str> {
        self.failures
            .get(&(bench.to_string(), config.to_string()))
            .map(String::as_str)
    }

    pub fn counter(&self, bench: &str, config: &str, name: &str) -> Option<&NamedMean> {
        self.counters
            .iter()
            .find(|c| c.benchmark == bench && c.config == config && c.name == name)
    }

    /// IPC, branch-miss rate and cache misses per 1000 instructions.
    pub fn derived(&self, bench: &str, config: &str) -> Derived {
        let get = |n: &str| self.counter(bench, config, n).and_then(|c| c.mean);
        let ratio = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) if b > 0.0 => Some(a / b),
            _ => None,
        };
        let instructions = get("instructions").or_else(|| get("callgrind-instructions"));
        Derived {
            ipc: ratio(get("instructions"), get("cycles")),
            branch_miss_rate: ratio(get("branch-misses"), get("branches")),
            cache_mpki: ratio(get("cache-misses"), get("instructions")).map(|r| r * 1000.0),
            instructions,
            multiplexed: self
                .counters
                .iter()
                .filter(|c| c.benchmark == bench && c.config == config)
                .map(|c| c.multiplexed)
                .sum(),
        }
    }

    /// Whether any hardware counter produced a value.
    pub fn has_hw_counters(&self) -> bool {
        self.counters.iter().any(|c| {
            c.mean.is_some() && ["instructions", "cycles", "branches"].contains(&c.name.as_str())
        })
    }

    /// Runtime statistics of one (benchmark, config): name → mean.
    pub fn stats_of(&self, bench: &str, config: &str) -> Vec<(&str, f64)> {
        self.runtime_stats
            .iter()
            .filter(|s| s.benchmark == bench && s.config == config)
            .filter_map(|s| Some((s.name.as_str(), s.mean?)))
            .collect()
    }

    /// Runtime statistics people ask for first: hit rates of every
    /// `X.hits`/`X.misses` pair, then counts whose names mention JIT
    /// compiles, deopts or invalidations; the rest as they are.
    pub fn stat_lines(&self, bench: &str, config: &str) -> Vec<(String, String)> {
        let stats = self.stats_of(bench, config);
        let get = |n: &str| stats.iter().find(|(k, _)| *k == n).map(|(_, v)| *v);
        let mut out = Vec::new();
        let mut used: Vec<&str> = Vec::new();
        for (k, hits) in &stats {
            if let Some(base) = k.strip_suffix(".hits") {
                let miss_name = format!("{base}.misses");
                if let Some(m) = get(&miss_name) {
                    let total = hits + m;
                    let text = if total > 0.0 {
                        format!("{:.1}% of {total:.0}", 100.0 * hits / total)
                    } else {
                        "no lookups".to_string()
                    };
                    out.push((format!("{base} hit rate"), text));
                    used.push(k);
                    if let Some((mk, _)) = stats.iter().find(|(n, _)| *n == miss_name) {
                        used.push(mk);
                    }
                }
            }
        }
        let rank = |k: &str| {
            let k = k.to_lowercase();
            if k.contains("compile") {
                0
            } else if k.contains("deopt") {
                1
            } else if k.contains("invalidat") || k.contains("watch") {
                2
            } else {
                3
            }
        };
        let mut rest: Vec<&(&str, f64)> = stats.iter().filter(|(k, _)| !used.contains(k)).collect();
        rest.sort_by_key(|(k, _)| rank(k));
        for (k, v) in rest {
            out.push((k.to_string(), fmt_count(*v)));
        }
        out
    }
}

/// A count or measure in a compact form: 1234 → "1234", 1.5e9 → "1.50e9".
pub fn fmt_count(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e7 {
        format!("{v:.0}")
    } else if v.abs() >= 1e7 {
        format!("{v:.2e}")
    } else {
        format!("{v:.3}")
    }
}

/// A speed-up with its interval: "1.23x [1.10, 1.35]".
pub fn fmt_speedup(s: (f64, f64, f64)) -> String {
    format!("{:.2}x [{:.2}, {:.2}]", s.0, s.1, s.2)
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::record::{BenchMeta, ConfigMeta};

    fn cm(name: &str) -> ConfigMeta {
        ConfigMeta {
            name: name.into(),
            kind: if name == "cpython" {
                "external".into()
            } else {
                "ember".into()
            },
            description: String::new(),
            executable: format!("/bin/{name}"),
            version: "3.11".into(),
            features: vec![],
            ember_commit: Some("abc1234".into()),
            args: vec![],
        }
    }

    /// Fixed results: three benchmarks on baseline, jit and cpython; hardware
    /// counters for all; runtime statistics for jit only; one failure.
    pub fn fixture() -> Source {
        let mut meta = crate::store::tests::meta("20260101-000000-aaaa");
        meta.configs = ["baseline", "jit", "cpython"].map(cm).to_vec();
        meta.doctor.pmu = true;
        meta.benchmarks = ["richards", "nbody", "nqueens"]
            .iter()
            .map(|b| BenchMeta {
                name: b.to_string(),
                tags: vec!["oo".into()],
                kind: "bench".into(),
                loops: Some(4),
                calibration: vec![],
                calibrated_on: Some("baseline".into()),
            })
            .collect();
        let mut rows = Vec::new();
        let speed = |c: &str, b: &str| match (c, b) {
            ("baseline", _) => 1.0,
            ("jit", "richards") => 0.5,
            ("jit", "nbody") => 0.8,
            ("jit", _) => 1.0,
            ("cpython", "nbody") => 0.9,
            (_, _) => 0.7,
        };
        for (bi, b) in ["richards", "nbody", "nqueens"].iter().enumerate() {
            let base = 0.010 * (bi + 1) as f64;
            for c in ["baseline", "jit", "cpython"] {
                if *b == "nqueens" && c == "jit" {
                    let mut f = Row::new(b, c, 0, RowKind::Failure);
                    f.message = Some(
                        "worker exited with 1: ValueError: boom\n--- stderr ---\nTraceback\nValueError: boom"
                            .into(),
                    );
                    rows.push(f);
                    continue;
                }
                for p in 0..3u32 {
                    for v in 0..3u32 {
                        let mut r = Row::new(b, c, p, RowKind::Value);
                        let jitter = 1.0 + 0.004 * p as f64 + 0.001 * v as f64;
                        r.value = Some(base * speed(c, b) * jitter);
                        r.idx = v;
                        r.loops = 4;
                        rows.push(r);
                    }
                    let counters = [
                        ("instructions", 2.0e9),
                        ("cycles", 1.0e9 * speed(c, b)),
                        ("branches", 4.0e8),
                        ("branch-misses", 4.0e6),
                        ("cache-misses", 2.0e5),
                    ];
                    for (i, (n, v)) in counters.iter().enumerate() {
                        let mut r = Row::new(b, c, p, RowKind::Counter);
                        r.name = Some(n.to_string());
                        r.value = Some(*v);
                        r.idx = i as u32;
                        if *n == "cycles" && p == 0 {
                            r.message = Some("multiplexed".into());
                        }
                        rows.push(r);
                    }
                    if c == "jit" {
                        for (n, v) in [
                            ("inline_cache.load_attr.hits", 900.0),
                            ("inline_cache.load_attr.misses", 100.0),
                            ("jit.compiles", 12.0),
                            ("jit.deopts.type_guard", 3.0),
                            ("dict_watcher.invalidations", 2.0),
                        ] {
                            let mut r = Row::new(b, c, p, RowKind::RuntimeStat);
                            r.name = Some(n.into());
                            r.value = Some(v);
                            rows.push(r);
                        }
                    }
                }
            }
        }
        Source {
            meta,
            rows,
            configs: vec!["baseline".into(), "jit".into(), "cpython".into()],
            runs: vec!["20260101-000000-aaaa".into()],
        }
    }

    #[test]
    fn builds_speedups_geomeans_and_derived() {
        let v = View::build(&fixture(), None).unwrap();
        assert_eq!(v.reference, "baseline");
        let s = v.speedup("richards", "jit").unwrap();
        assert!((s.speedup().0 - 2.0).abs() < 1e-9);
        assert_eq!(s.verdict, Verdict::Faster);
        assert!(v.speedup("nqueens", "jit").is_none());
        assert!(v.failure("nqueens", "jit").unwrap().contains("boom"));
        assert_eq!(v.geomeans.len(), 2);
        assert_eq!(v.geomeans[0].config, "jit");
        assert_eq!(v.geomeans[0].benchmarks, 2);
        assert_eq!(v.geomeans[0].faster, 2);
        assert_eq!(v.vs_cpython.len(), 2, "baseline and jit against cpython");
        let d = v.derived("richards", "jit");
        assert!((d.ipc.unwrap() - 4.0).abs() < 1e-9);
        assert!((d.branch_miss_rate.unwrap() - 0.01).abs() < 1e-12);
        assert!((d.cache_mpki.unwrap() - 0.1).abs() < 1e-12);
        assert_eq!(d.multiplexed, 1);
        let lines = v.stat_lines("richards", "jit");
        assert_eq!(lines[0].0, "inline_cache.load_attr hit rate");
        assert_eq!(lines[0].1, "90.0% of 1000");
        assert_eq!(lines[1].0, "jit.compiles");
        assert!(v.stat_lines("richards", "baseline").is_empty());
    }

    #[test]
    fn reference_can_be_chosen() {
        let v = View::build(&fixture(), Some("cpython")).unwrap();
        assert_eq!(v.configs, vec!["cpython", "baseline", "jit"]);
        assert!(v.vs_cpython.is_empty(), "cpython is the reference");
        let e = View::build(&fixture(), Some("pypy")).unwrap_err();
        assert!(e.to_string().contains("no configuration `pypy`"));
    }
}
