//! Statistics of benchmark results.
//!
//! # Model
//! A benchmark on a configuration yields values `x[p][v]`: seconds per loop
//! for value `v` of worker process `p`. Values within a process share its
//! memory layout, hash seed and JIT decisions, so they are correlated; the
//! processes are the independent units. Everything below respects that.
//!
//! # Summaries ([`summary`])
//! mean `m = Σx/n`; median (mean of the two middle values when `n` is even);
//! sample standard deviation `s = sqrt(Σ(x-m)²/(n-1))`; coefficient of
//! variation `CV = s/m`.
//!
//! # Ratio of two configurations ([`bootstrap`])
//! The time ratio `r = mean(B)/mean(A)` (below 1: B is faster; speed-up is
//! `1/r`). Its confidence interval comes from a hierarchical (two-stage)
//! bootstrap: for each of `R` resamples, draw the processes of A with
//! replacement, then draw values with replacement within each drawn process,
//! and the same for B; the resampled ratio is `mean(B*)/mean(A*)`. The interval is the percentile interval
//! `[q(α/2), q(1-α/2)]` of the `R` resampled ratios (95% by default). The
//! generator is seeded, so the same data give the same interval. Resampling
//! whole processes first keeps the between-process variance that a flat
//! bootstrap of all values would hide (it would give falsely narrow
//! intervals).
//!
//! # Significance ([`compare`])
//! A change is reported only if it is both real and large enough to matter:
//! - `same` when `|r - 1| < 1%` (the noise threshold, as criterion.rs);
//! - `faster`/`slower` when the 95% interval excludes 1;
//! - otherwise `uncertain` (change above noise but interval includes 1).
//!
//! This needs no equal sample sizes (pyperf's t-test silently breaks when
//! sizes differ). A Mann–Whitney U test on process means is reported beside
//! it ([`mannwhitney`]): `U` counts pairs where A exceeds B (ties count
//! half), `z = (U - n₁n₂/2)/σ` with the tie-corrected
//! `σ² = n₁n₂/12 · ((n+1) - Σ(t³-t)/(n(n-1)))` and the two-sided normal
//! p-value.
//!
//! # Across benchmarks ([`compare::geomean`])
//! The geometric mean of the ratios `exp(Σ ln rᵢ / k)`. Its interval comes
//! from the same hierarchical bootstrap run jointly: in each resample every
//! benchmark's ratio is resampled and their geometric mean taken; the
//! percentile interval of those is reported. Per-tag breakdowns are the same
//! over the benchmarks carrying a tag; the N×N matrix is the geometric mean
//! for every ordered pair of configurations.

pub mod bootstrap;
pub mod compare;
pub mod dataset;
pub mod mannwhitney;
pub mod summary;
pub mod table;

/// Values of one (benchmark, configuration): one inner vector per process.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sample {
    pub processes: Vec<Vec<f64>>,
}

impl Sample {
    pub fn new(processes: Vec<Vec<f64>>) -> Sample {
        Sample {
            processes: processes.into_iter().filter(|p| !p.is_empty()).collect(),
        }
    }

    pub fn all(&self) -> Vec<f64> {
        self.processes.iter().flatten().copied().collect()
    }

    pub fn is_empty(&self) -> bool {
        self.processes.is_empty()
    }

    pub fn process_means(&self) -> Vec<f64> {
        self.processes.iter().map(|p| summary::mean(p)).collect()
    }
}
