//! Descriptive statistics: mean, median, standard deviation, CV.

use serde::Serialize;

pub fn mean(x: &[f64]) -> f64 {
    if x.is_empty() {
        return f64::NAN;
    }
    x.iter().sum::<f64>() / x.len() as f64
}

pub fn median(x: &[f64]) -> f64 {
    quantile(x, 0.5)
}

/// Linear-interpolation quantile (type 7, as numpy's default).
pub fn quantile(x: &[f64], q: f64) -> f64 {
    if x.is_empty() {
        return f64::NAN;
    }
    let mut s = x.to_vec();
    s.sort_by(|a, b| a.total_cmp(b));
    let h = (s.len() - 1) as f64 * q.clamp(0.0, 1.0);
    let lo = h.floor() as usize;
    let hi = h.ceil() as usize;
    s[lo] + (h - lo as f64) * (s[hi] - s[lo])
}

/// Sample standard deviation (n-1 denominator); 0 for a single value.
pub fn std_dev(x: &[f64]) -> f64 {
    if x.len() < 2 {
        return if x.is_empty() { f64::NAN } else { 0.0 };
    }
    let m = mean(x);
    (x.iter().map(|v| (v - m).powi(2)).sum::<f64>() / (x.len() - 1) as f64).sqrt()
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub n: usize,
    pub mean: f64,
    pub median: f64,
    pub std_dev: f64,
    /// Coefficient of variation, std_dev / mean.
    pub cv: f64,
    pub min: f64,
    pub max: f64,
}

pub fn describe(x: &[f64]) -> Summary {
    let m = mean(x);
    let s = std_dev(x);
    Summary {
        n: x.len(),
        mean: m,
        median: median(x),
        std_dev: s,
        cv: s / m,
        min: x.iter().copied().fold(f64::INFINITY, f64::min),
        max: x.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        let x = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
        let s = describe(&x);
        assert_eq!(s.mean, 5.0);
        assert_eq!(s.median, 4.5);
        // Population sd is 2; sample sd is sqrt(32/7).
        assert!((s.std_dev - (32.0f64 / 7.0).sqrt()).abs() < 1e-12);
        assert!((s.cv - s.std_dev / 5.0).abs() < 1e-12);
        assert_eq!((s.min, s.max), (2.0, 9.0));
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(quantile(&[1.0, 2.0, 3.0, 4.0, 5.0], 0.25), 2.0);
        assert_eq!(std_dev(&[1.0]), 0.0);
        assert!(mean(&[]).is_nan());
    }
}
