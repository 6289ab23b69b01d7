//! Results organised for comparison: samples per (benchmark, config), tags,
//! and the comparisons built on them (per benchmark, geometric mean, per tag,
//! N×N matrix).

use super::bootstrap::Interval;
use super::compare::{self, Comparison};
use super::Sample;
use crate::record::{Row, RowKind};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default)]
pub struct Dataset {
    /// Configs in the order of the comparison (the first is the reference).
    pub configs: Vec<String>,
    pub benchmarks: Vec<String>,
    pub samples: BTreeMap<(String, String), Sample>,
    pub failures: BTreeMap<(String, String), String>,
    pub tags: BTreeMap<String, Vec<String>>,
}

/// A stable seed per (benchmark, config) so results do not depend on the
/// order in which comparisons are made (FNV-1a).
pub fn seed_for(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain([0xff]) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

#[derive(Clone, Debug, Serialize)]
pub struct BenchComparison {
    pub benchmark: String,
    pub config: String,
    pub reference: String,
    pub comparison: Comparison,
}

#[derive(Clone, Debug, Serialize)]
pub struct TagSummary {
    pub tag: String,
    pub benchmarks: usize,
    pub geomean: Interval,
}

impl Dataset {
    /// Builds from rows; `configs` fixes the order (rows of other configs
    /// are ignored), `tags` maps benchmark names to tags.
    pub fn from_rows(
        rows: &[Row],
        configs: &[String],
        tags: BTreeMap<String, Vec<String>>,
    ) -> Dataset {
        let mut per: BTreeMap<(String, String), BTreeMap<u32, Vec<f64>>> = BTreeMap::new();
        let mut d = Dataset {
            configs: configs.to_vec(),
            tags,
            ..Dataset::default()
        };
        for r in rows.iter().filter(|r| configs.contains(&r.config)) {
            if !d.benchmarks.contains(&r.benchmark) {
                d.benchmarks.push(r.benchmark.clone());
            }
            let key = (r.benchmark.clone(), r.config.clone());
            match (r.kind, r.value) {
                (RowKind::Value, Some(v)) => per
                    .entry(key)
                    .or_default()
                    .entry(r.process)
                    .or_default()
                    .push(v),
                (RowKind::Failure, _) => {
                    d.failures
                        .insert(key, r.message.clone().unwrap_or_default());
                }
                _ => {}
            }
        }
        d.samples = per
            .into_iter()
            .map(|(k, p)| (k, Sample::new(p.into_values().collect())))
            .collect();
        d
    }

    pub fn sample(&self, bench: &str, config: &str) -> Option<&Sample> {
        self.samples
            .get(&(bench.to_string(), config.to_string()))
            .filter(|s| !s.is_empty())
    }

    pub fn reference(&self) -> &str {
        &self.configs[0]
    }

    /// Every benchmark × non-reference config compared with the reference.
    pub fn comparisons(&self) -> Vec<BenchComparison> {
        let reference = self.reference();
        let mut out = Vec::new();
        for b in &self.benchmarks {
            for c in self.configs.iter().skip(1) {
                if let (Some(r), Some(o)) = (self.sample(b, reference), self.sample(b, c)) {
                    if let Some(comparison) = compare::compare(r, o, seed_for(&[b, reference, c])) {
                        out.push(BenchComparison {
                            benchmark: b.clone(),
                            config: c.clone(),
                            reference: reference.to_string(),
                            comparison,
                        });
                    }
                }
            }
        }
        out
    }

    /// Geometric mean of `config`'s time ratio to `reference` over `benches`
    /// (those where both have values).
    pub fn geomean(
        &self,
        reference: &str,
        config: &str,
        benches: &[String],
    ) -> Option<(usize, Interval)> {
        let pairs: Vec<(&Sample, &Sample)> = benches
            .iter()
            .filter_map(|b| Some((self.sample(b, reference)?, self.sample(b, config)?)))
            .collect();
        let mut seed_parts: Vec<&str> = vec![reference, config];
        seed_parts.extend(benches.iter().map(|s| s.as_str()));
        compare::geomean(&pairs, seed_for(&seed_parts)).map(|g| (pairs.len(), g))
    }

    /// Per-tag geometric means of `config` against the reference.
    pub fn by_tag(&self, config: &str) -> Vec<TagSummary> {
        let mut tags: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for b in &self.benchmarks {
            for t in self.tags.get(b).into_iter().flatten() {
                tags.entry(t).or_default().push(b.clone());
            }
        }
        tags.into_iter()
            .filter_map(|(tag, benches)| {
                let (n, g) = self.geomean(self.reference(), config, &benches)?;
                Some(TagSummary {
                    tag: tag.to_string(),
                    benchmarks: n,
                    geomean: g,
                })
            })
            .collect()
    }

    /// `m[i][j]`: geometric-mean time ratio of config j to config i.
    pub fn matrix(&self) -> Vec<Vec<Option<Interval>>> {
        self.configs
            .iter()
            .map(|ci| {
                self.configs
                    .iter()
                    .map(|cj| {
                        if ci == cj {
                            None
                        } else {
                            self.geomean(ci, cj, &self.benchmarks).map(|(_, g)| g)
                        }
                    })
                    .collect()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<Row> {
        let mut out = Vec::new();
        let mut push = |b: &str, c: &str, p: u32, v: f64| {
            let mut r = Row::new(b, c, p, RowKind::Value);
            r.value = Some(v);
            out.push(r);
        };
        for p in 0..4 {
            let jitter = 1.0 + 0.001 * p as f64;
            push("x", "a", p, 1.0 * jitter);
            push("x", "b", p, 0.5 * jitter);
            push("x", "c", p, 0.25 * jitter);
            push("y", "a", p, 2.0 * jitter);
            push("y", "b", p, 2.0 * jitter);
            push("y", "c", p, 1.0 * jitter);
        }
        let mut f = Row::new("z", "b", 0, RowKind::Failure);
        f.message = Some("timeout".into());
        out.push(f);
        out
    }

    fn ds() -> Dataset {
        let tags = BTreeMap::from([
            ("x".to_string(), vec!["oo".to_string()]),
            ("y".to_string(), vec!["oo".to_string(), "num".to_string()]),
        ]);
        Dataset::from_rows(&rows(), &["a".into(), "b".into(), "c".into()], tags)
    }

    #[test]
    fn builds_samples_and_failures() {
        let d = ds();
        assert_eq!(d.benchmarks, vec!["x", "y", "z"]);
        assert_eq!(d.sample("x", "a").unwrap().processes.len(), 4);
        assert_eq!(d.failures[&("z".to_string(), "b".to_string())], "timeout");
        assert!(d.sample("z", "b").is_none());
    }

    #[test]
    fn comparisons_geomean_tags_matrix() {
        let d = ds();
        let c = d.comparisons();
        assert_eq!(c.len(), 4);
        let xb = c
            .iter()
            .find(|c| c.benchmark == "x" && c.config == "b")
            .unwrap();
        assert!((xb.comparison.ratio.estimate - 0.5).abs() < 1e-9);
        assert_eq!(xb.comparison.verdict, compare::Verdict::Faster);
        let yb = c
            .iter()
            .find(|c| c.benchmark == "y" && c.config == "b")
            .unwrap();
        assert_eq!(yb.comparison.verdict, compare::Verdict::Same);
        let (n, g) = d.geomean("a", "b", &d.benchmarks).unwrap();
        assert_eq!(n, 2);
        assert!((g.estimate - 0.5f64.sqrt()).abs() < 1e-9);
        let tags = d.by_tag("c");
        assert_eq!(
            tags.iter().map(|t| t.tag.as_str()).collect::<Vec<_>>(),
            vec!["num", "oo"]
        );
        assert!((tags[0].geomean.estimate - 0.5).abs() < 1e-9);
        let m = d.matrix();
        assert!(m[0][0].is_none());
        // c vs b: x 0.5, y 0.5 -> 0.5; and the inverse the other way.
        assert!((m[1][2].as_ref().unwrap().estimate - 0.5).abs() < 1e-9);
        assert!((m[2][1].as_ref().unwrap().estimate - 2.0).abs() < 1e-9);
        // Order independence of seeds.
        assert_eq!(seed_for(&["a", "b"]), seed_for(&["a", "b"]));
        assert_ne!(seed_for(&["ab", ""]), seed_for(&["a", "b"]));
    }
}
