//! Hierarchical bootstrap of the ratio of means of two samples (processes
//! first, then values within each drawn process). See the module docs of
//! `stats` for the method.

use super::Sample;
use crate::rng::Rng;
use serde::Serialize;

/// Number of resamples; 2000 keeps the 2.5% tails to ~50 points each.
pub const RESAMPLES: usize = 2000;
pub const CONFIDENCE: f64 = 0.95;

/// One hierarchical resample's mean.
pub fn resample_mean(s: &Sample, rng: &mut Rng) -> f64 {
    let p = s.processes.len();
    let mut sum = 0.0;
    let mut n = 0usize;
    for _ in 0..p {
        let proc_values = &s.processes[rng.below(p)];
        for _ in 0..proc_values.len() {
            sum += proc_values[rng.below(proc_values.len())];
            n += 1;
        }
    }
    sum / n as f64
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Interval {
    pub estimate: f64,
    pub low: f64,
    pub high: f64,
}

impl Interval {
    pub fn contains(&self, x: f64) -> bool {
        self.low <= x && x <= self.high
    }
}

/// Percentile interval of `draws` around `estimate`.
pub fn percentile_interval(estimate: f64, mut draws: Vec<f64>, confidence: f64) -> Interval {
    draws.retain(|d| d.is_finite());
    let a = (1.0 - confidence) / 2.0;
    Interval {
        estimate,
        low: super::summary::quantile(&draws, a),
        high: super::summary::quantile(&draws, 1.0 - a),
    }
}

/// Time ratio `mean(other) / mean(reference)` with its bootstrap interval.
pub fn ratio(reference: &Sample, other: &Sample, seed: u64) -> Interval {
    let estimate = super::summary::mean(&other.all()) / super::summary::mean(&reference.all());
    let mut rng = Rng::new(seed);
    let draws = (0..RESAMPLES)
        .map(|_| resample_mean(other, &mut rng) / resample_mean(reference, &mut rng))
        .collect();
    percentile_interval(estimate, draws, CONFIDENCE)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Approximately normal values by summing uniforms (Irwin–Hall).
    pub fn normalish(rng: &mut Rng, mean: f64, sd: f64) -> f64 {
        let s: f64 = (0..12).map(|_| rng.unit()).sum::<f64>() - 6.0;
        mean + sd * s
    }

    fn sample(
        rng: &mut Rng,
        procs: usize,
        vals: usize,
        mean: f64,
        proc_sd: f64,
        val_sd: f64,
    ) -> Sample {
        Sample::new(
            (0..procs)
                .map(|_| {
                    let m = normalish(rng, mean, proc_sd);
                    (0..vals).map(|_| normalish(rng, m, val_sd)).collect()
                })
                .collect(),
        )
    }

    #[test]
    fn deterministic_for_a_seed() {
        let mut g = Rng::new(1);
        let a = sample(&mut g, 10, 5, 1.0, 0.02, 0.01);
        let b = sample(&mut g, 10, 5, 0.8, 0.02, 0.01);
        assert_eq!(ratio(&a, &b, 9), ratio(&a, &b, 9));
        let r = ratio(&a, &b, 9);
        assert!(r.contains(0.8) && !r.contains(1.0), "{r:?}");
    }

    #[test]
    fn covers_the_true_ratio_about_95_percent() {
        // Same true means: the interval should contain 1 in ~95% of trials.
        let mut g = Rng::new(2);
        let trials = 200;
        let covered = (0..trials)
            .filter(|&t| {
                let a = sample(&mut g, 8, 4, 1.0, 0.03, 0.01);
                let b = sample(&mut g, 8, 4, 1.0, 0.03, 0.01);
                ratio(&a, &b, t).contains(1.0)
            })
            .count();
        // Percentile intervals with 8 processes under-cover a little.
        assert!((170..=200).contains(&covered), "covered {covered}/{trials}");
    }

    #[test]
    fn hierarchy_widens_interval_for_correlated_values() {
        // Big between-process variance, tiny within: a flat bootstrap would
        // treat 50 values as independent; ours must see only 5 processes.
        let mut g = Rng::new(3);
        let a = sample(&mut g, 5, 10, 1.0, 0.05, 0.001);
        let b = sample(&mut g, 5, 10, 1.0, 0.05, 0.001);
        let hier = ratio(&a, &b, 4);
        let flat_a = Sample::new(a.all().into_iter().map(|v| vec![v]).collect());
        let flat_b = Sample::new(b.all().into_iter().map(|v| vec![v]).collect());
        let flat = ratio(&flat_a, &flat_b, 4);
        assert!(
            hier.high - hier.low > 1.5 * (flat.high - flat.low),
            "{hier:?} vs {flat:?}"
        );
    }

    #[test]
    fn unequal_sizes_work() {
        let mut g = Rng::new(5);
        let a = sample(&mut g, 3, 2, 1.0, 0.01, 0.01);
        let b = sample(&mut g, 12, 7, 2.0, 0.01, 0.01);
        let r = ratio(&a, &b, 1);
        assert!(r.contains(2.0) || (r.low - 2.0).abs() < 0.05, "{r:?}");
        assert!(r.low > 1.5);
    }
}
