//! History across stored runs: the mean time of each (benchmark, config) and
//! each config's geometric-mean speed-up over the reference, run by run
//! (oldest first), labelled by the Ember commit when there is one.

use crate::stats::dataset::Dataset;
use crate::stats::table::summarize;
use crate::store::StoredRun;
use polars::prelude::PolarsResult;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub run: String,
    /// Commit (short) or the run's date: what the x axis shows.
    pub label: String,
    pub value: f64,
}

/// One line of a history chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub config: String,
    /// `None`: the geometric-mean speed-up over the reference.
    pub benchmark: Option<String>,
    pub points: Vec<Point>,
}

/// The configuration a label like `cpython@run` names.
pub fn base_name(label: &str) -> &str {
    label.split('@').next().unwrap_or(label)
}

fn label_of(run: &StoredRun, config: &str) -> String {
    run.meta
        .configs
        .iter()
        .find(|c| c.name == config)
        .and_then(|c| c.ember_commit.clone())
        .map(|c| c.chars().take(9).collect())
        .unwrap_or_else(|| run.meta.run_id.chars().take(13).collect())
}

/// Series for every config in `configs` that appears in at least two of
/// `runs` (which must be comparable; callers filter them), over `benches`
/// only, so a run that measured other benchmarks does not move the mean.
pub fn history(
    runs: &[&StoredRun],
    configs: &[String],
    reference: &str,
    benches: &[String],
) -> PolarsResult<Vec<Series>> {
    let configs: Vec<&str> = configs.iter().map(|c| base_name(c)).collect();
    let reference = base_name(reference);
    let mut per_bench: BTreeMap<(String, String), Vec<Point>> = BTreeMap::new();
    let mut geo: BTreeMap<String, Vec<Point>> = BTreeMap::new();
    for run in runs {
        for s in summarize(&run.rows)? {
            if configs.contains(&s.config.as_str())
                && benches.contains(&s.benchmark)
                && s.mean.is_finite()
            {
                per_bench
                    .entry((s.config.clone(), s.benchmark.clone()))
                    .or_default()
                    .push(Point {
                        run: run.meta.run_id.clone(),
                        label: label_of(run, &s.config),
                        value: s.mean,
                    });
            }
        }
        let names: Vec<String> = run.meta.configs.iter().map(|c| c.name.clone()).collect();
        if !names.iter().any(|n| n == reference) {
            continue;
        }
        let mut order = vec![reference.to_string()];
        order.extend(names.iter().filter(|n| *n != reference).cloned());
        let ds = Dataset::from_rows(&run.rows, &order, BTreeMap::new());
        for c in order.iter().skip(1) {
            if !configs.contains(&c.as_str()) {
                continue;
            }
            if let Some((_, g)) = ds.geomean(reference, c, benches) {
                geo.entry(c.clone()).or_default().push(Point {
                    run: run.meta.run_id.clone(),
                    label: label_of(run, c),
                    value: 1.0 / g.estimate,
                });
            }
        }
    }
    let mut out: Vec<Series> = geo
        .into_iter()
        .filter(|(_, p)| p.len() >= 2)
        .map(|(config, points)| Series {
            config,
            benchmark: None,
            points,
        })
        .collect();
    out.extend(
        per_bench
            .into_iter()
            .filter(|(_, p)| p.len() >= 2)
            .map(|((config, b), points)| Series {
                config,
                benchmark: Some(b),
                points,
            }),
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn run(id: &str, scale: f64) -> StoredRun {
        let src = super::super::tests::fixture();
        let mut meta = src.meta.clone();
        meta.run_id = id.into();
        let rows = src
            .rows
            .into_iter()
            .map(|mut r| {
                if r.config == "jit" {
                    r.value = r.value.map(|v| v * scale);
                }
                r
            })
            .collect();
        StoredRun {
            path: PathBuf::new(),
            meta,
            rows,
        }
    }

    #[test]
    fn series_need_two_runs() {
        let a = run("r1", 1.0);
        let b = run("r2", 0.5);
        let configs = vec!["baseline".to_string(), "jit".to_string()];
        let benches: Vec<String> = ["richards", "nbody"].map(String::from).to_vec();
        assert!(history(&[&a], &configs, "baseline", &benches)
            .unwrap()
            .is_empty());
        let h = history(&[&a, &b], &configs, "baseline", &benches).unwrap();
        let g = h.iter().find(|s| s.benchmark.is_none()).unwrap();
        assert_eq!(g.config, "jit");
        assert_eq!(g.points.len(), 2);
        assert!(g.points[1].value > 1.9 * g.points[0].value);
        assert_eq!(g.points[0].label, "abc1234");
        assert!(h
            .iter()
            .any(|s| s.benchmark.as_deref() == Some("richards") && s.config == "baseline"));
        assert_eq!(base_name("cpython@r1"), "cpython");
    }
}
