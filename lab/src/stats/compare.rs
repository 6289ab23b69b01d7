//! Comparing configurations: the verdict for one ratio (noise threshold and
//! interval), and the geometric mean across benchmarks with its interval.

use super::bootstrap::{self, Interval, CONFIDENCE, RESAMPLES};
use super::mannwhitney::{self, MannWhitney};
use super::Sample;
use crate::rng::Rng;
use serde::Serialize;
use std::fmt;

/// Changes smaller than this (1%) are reported as "same".
pub const NOISE: f64 = 0.01;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Faster,
    Slower,
    /// Within the noise threshold.
    Same,
    /// Above the noise threshold, but the interval includes no change.
    Uncertain,
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Verdict::Faster => "faster",
            Verdict::Slower => "slower",
            Verdict::Same => "same",
            Verdict::Uncertain => "uncertain",
        })
    }
}

/// The verdict for a time ratio (other / reference).
pub fn verdict(r: &Interval) -> Verdict {
    if (r.estimate - 1.0).abs() < NOISE {
        Verdict::Same
    } else if r.high < 1.0 {
        Verdict::Faster
    } else if r.low > 1.0 {
        Verdict::Slower
    } else {
        Verdict::Uncertain
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    pub ratio: Interval,
    pub verdict: Verdict,
    /// On process means: independent units, any sizes.
    pub mann_whitney: Option<MannWhitney>,
}

pub fn compare(reference: &Sample, other: &Sample, seed: u64) -> Option<Comparison> {
    if reference.is_empty() || other.is_empty() {
        return None;
    }
    let ratio = bootstrap::ratio(reference, other, seed);
    Some(Comparison {
        verdict: verdict(&ratio),
        mann_whitney: mannwhitney::test(&reference.process_means(), &other.process_means()),
        ratio,
    })
}

/// Geometric mean of the time ratios of `pairs` (reference, other), with a
/// joint hierarchical bootstrap interval.
pub fn geomean(pairs: &[(&Sample, &Sample)], seed: u64) -> Option<Interval> {
    let pairs: Vec<_> = pairs
        .iter()
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        .collect();
    if pairs.is_empty() {
        return None;
    }
    let geo = |ratios: &mut dyn Iterator<Item = f64>| {
        let (sum, n) = ratios.fold((0.0, 0usize), |(s, n), r| (s + r.ln(), n + 1));
        (sum / n as f64).exp()
    };
    let mean = |s: &Sample| super::summary::mean(&s.all());
    let estimate = geo(&mut pairs.iter().map(|(a, b)| mean(b) / mean(a)));
    let mut rng = Rng::new(seed);
    let draws = (0..RESAMPLES)
        .map(|_| {
            geo(&mut pairs.iter().map(|(a, b)| {
                bootstrap::resample_mean(b, &mut rng) / bootstrap::resample_mean(a, &mut rng)
            }))
        })
        .collect();
    Some(bootstrap::percentile_interval(estimate, draws, CONFIDENCE))
}

/// How a time ratio reads to people: "1.25x faster", "1.10x slower".
pub fn describe_ratio(r: f64) -> String {
    if !r.is_finite() {
        "n/a".into()
    } else if r <= 1.0 {
        format!("{:.2}x faster", 1.0 / r)
    } else {
        format!("{:.2}x slower", r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(estimate: f64, low: f64, high: f64) -> Interval {
        Interval {
            estimate,
            low,
            high,
        }
    }

    #[test]
    fn verdicts() {
        assert_eq!(verdict(&iv(0.995, 0.9, 1.1)), Verdict::Same);
        assert_eq!(
            verdict(&iv(1.005, 1.001, 1.009)),
            Verdict::Same,
            "significant but below noise"
        );
        assert_eq!(verdict(&iv(0.8, 0.75, 0.85)), Verdict::Faster);
        assert_eq!(verdict(&iv(1.2, 1.1, 1.3)), Verdict::Slower);
        assert_eq!(verdict(&iv(1.2, 0.9, 1.5)), Verdict::Uncertain);
        assert_eq!(describe_ratio(0.8), "1.25x faster");
        assert_eq!(describe_ratio(1.1), "1.10x slower");
    }

    #[test]
    fn compare_and_geomean_known_ratios() {
        let a = Sample::new(vec![vec![1.0, 1.01], vec![0.99, 1.0], vec![1.0, 1.0]]);
        let half = Sample::new(vec![vec![0.5, 0.505], vec![0.495, 0.5], vec![0.5, 0.5]]);
        let double = Sample::new(vec![vec![2.0, 2.02], vec![1.98, 2.0]]);
        let c = compare(&a, &half, 1).unwrap();
        assert!((c.ratio.estimate - 0.5).abs() < 1e-9);
        assert_eq!(c.verdict, Verdict::Faster);
        assert!(c.mann_whitney.unwrap().u > 0.0);
        // Geometric mean of 0.5 and 2.0 is exactly 1.
        let g = geomean(&[(&a, &half), (&a, &double)], 3).unwrap();
        assert!((g.estimate - 1.0).abs() < 1e-9, "{g:?}");
        assert!(g.contains(1.0));
        assert_eq!(
            geomean(&[(&a, &half)], 3).unwrap().estimate,
            c.ratio.estimate
        );
        assert!(geomean(&[], 1).is_none());
        assert!(compare(&Sample::default(), &a, 1).is_none());
    }
}
