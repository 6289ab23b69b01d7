//! Mann–Whitney U test (two-sided, normal approximation with tie correction),
//! valid for unequal sample sizes.

use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MannWhitney {
    /// Pairs (a, b) with a > b, ties counting one half.
    pub u: f64,
    pub z: f64,
    pub p: f64,
}

/// Standard normal CDF via the Abramowitz–Stegun 7.1.26 erf approximation
/// (error below 1.5e-7, plenty for a p-value).
pub fn normal_cdf(z: f64) -> f64 {
    let x = z.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * x);
    let poly = t
        * (0.254_829_592
            + t * (-0.284_496_736
                + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erf = 1.0 - poly * (-x * x).exp();
    if z >= 0.0 {
        0.5 * (1.0 + erf)
    } else {
        0.5 * (1.0 - erf)
    }
}

pub fn test(a: &[f64], b: &[f64]) -> Option<MannWhitney> {
    let (n1, n2) = (a.len() as f64, b.len() as f64);
    if a.is_empty() || b.is_empty() {
        return None;
    }
    // Rank the pooled sample with average ranks for ties.
    let mut pooled: Vec<(f64, bool)> = a
        .iter()
        .map(|&v| (v, true))
        .chain(b.iter().map(|&v| (v, false)))
        .collect();
    pooled.sort_by(|x, y| x.0.total_cmp(&y.0));
    let n = pooled.len();
    let mut rank_sum_a = 0.0;
    let mut tie_term = 0.0;
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j + 1 < n && pooled[j + 1].0 == pooled[i].0 {
            j += 1;
        }
        let avg_rank = (i + j) as f64 / 2.0 + 1.0;
        let t = (j - i + 1) as f64;
        tie_term += t * t * t - t;
        rank_sum_a += pooled[i..=j].iter().filter(|x| x.1).count() as f64 * avg_rank;
        i = j + 1;
    }
    let u = rank_sum_a - n1 * (n1 + 1.0) / 2.0;
    let nf = n as f64;
    let var = n1 * n2 / 12.0 * ((nf + 1.0) - tie_term / (nf * (nf - 1.0)));
    if var <= 0.0 {
        return Some(MannWhitney { u, z: 0.0, p: 1.0 });
    }
    let z = (u - n1 * n2 / 2.0) / var.sqrt();
    Some(MannWhitney {
        u,
        z,
        p: 2.0 * (1.0 - normal_cdf(z.abs())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_cdf_known_points() {
        assert!((normal_cdf(0.0) - 0.5).abs() < 1e-7);
        assert!((normal_cdf(1.959_964) - 0.975).abs() < 1e-6);
        assert!((normal_cdf(-1.0) - 0.158_655_25).abs() < 1e-6);
    }

    #[test]
    fn separated_and_identical_samples() {
        let a = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0];
        let b = [11.0, 12.0, 13.0, 14.0, 15.0];
        let r = test(&a, &b).unwrap();
        assert_eq!(r.u, 0.0);
        // Exact two-sided p is 2/C(13,5) = 0.0016; normal approx ~0.003.
        assert!(r.p < 0.01, "{r:?}");
        let same = test(&a, &a).unwrap();
        assert!((same.p - 1.0).abs() < 1e-6 && same.u == 32.0, "{same:?}");
        let ties = test(&[1.0, 1.0], &[1.0, 1.0, 1.0]).unwrap();
        assert_eq!(ties.p, 1.0);
        assert!(test(&[], &a).is_none());
    }

    #[test]
    fn textbook_example() {
        // U for a = {1,3,5}, b = {2,4}: pairs a>b are (3,2),(5,2),(5,4) = 3.
        let r = test(&[1.0, 3.0, 5.0], &[2.0, 4.0]).unwrap();
        assert_eq!(r.u, 3.0);
    }
}
