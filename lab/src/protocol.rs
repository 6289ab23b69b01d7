//! The measurement protocol (processes, values, warm-ups, loops): one protocol
//! is used for every configuration of a comparison and stored with the results.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// How many warm-up values each worker discards before measuring.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Warmups {
    Fixed(u32),
    /// The harness detects steady state itself (needed for JIT configurations)
    /// and reports after how many warm-ups it got there.
    Auto,
}

#[derive(Debug, Error, PartialEq)]
#[error("warm-ups must be a number or `auto`, not `{0}`")]
pub struct WarmupsParseError(String);

impl FromStr for Warmups {
    type Err = WarmupsParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.eq_ignore_ascii_case("auto") {
            return Ok(Warmups::Auto);
        }
        s.parse()
            .map(Warmups::Fixed)
            .map_err(|_| WarmupsParseError(s.to_string()))
    }
}

impl fmt::Display for Warmups {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warmups::Fixed(n) => write!(f, "{n}"),
            Warmups::Auto => f.write_str("auto"),
        }
    }
}

impl From<Warmups> for String {
    fn from(w: Warmups) -> String {
        w.to_string()
    }
}

impl TryFrom<String> for Warmups {
    type Error = WarmupsParseError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// The protocol of a run. `loops = None` means "calibrate per benchmark on
/// the reference configuration"; the calibrated loops then apply to all.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Protocol {
    pub processes: u32,
    pub values: u32,
    pub warmups: Warmups,
    pub loops: Option<u64>,
    /// Minimum seconds per value that calibration aims for.
    pub min_time: f64,
}

/// Presets selectable from the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    Default,
    Fast,
    Rigorous,
}

impl Protocol {
    pub fn preset(p: Preset) -> Protocol {
        // Default follows pyperf's total of about 60 values per benchmark but
        // with fewer, longer processes; rigorous detects steady state.
        let (processes, values, warmups) = match p {
            Preset::Default => (10, 5, Warmups::Fixed(1)),
            Preset::Fast => (3, 3, Warmups::Fixed(1)),
            Preset::Rigorous => (20, 10, Warmups::Auto),
        };
        Protocol {
            processes,
            values,
            warmups,
            loops: None,
            min_time: 0.1,
        }
    }

    /// Whether two runs can be compared: everything but the calibrated loops
    /// must agree, because the loops are recorded per benchmark.
    pub fn comparable(&self, other: &Protocol) -> bool {
        self.processes == other.processes
            && self.values == other.values
            && self.warmups == other.warmups
            && self.min_time == other.min_time
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} processes x {} values, warm-ups {}, loops {}, min time {} s",
            self.processes,
            self.values,
            self.warmups,
            self.loops
                .map(|l| l.to_string())
                .unwrap_or_else(|| "calibrated".into()),
            self.min_time
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warmups_parse_and_roundtrip() {
        assert_eq!("auto".parse::<Warmups>(), Ok(Warmups::Auto));
        assert_eq!("3".parse::<Warmups>(), Ok(Warmups::Fixed(3)));
        assert!("x".parse::<Warmups>().is_err());
        let json = serde_json::to_string(&Warmups::Auto).unwrap();
        assert_eq!(json, "\"auto\"");
        assert_eq!(
            serde_json::from_str::<Warmups>("\"7\"").unwrap(),
            Warmups::Fixed(7)
        );
    }

    #[test]
    fn presets_and_comparability() {
        let fast = Protocol::preset(Preset::Fast);
        let rigorous = Protocol::preset(Preset::Rigorous);
        assert!(fast.processes < rigorous.processes);
        assert_eq!(rigorous.warmups, Warmups::Auto);
        assert!(!fast.comparable(&rigorous));
        let mut calibrated = fast.clone();
        calibrated.loops = Some(64);
        assert!(
            fast.comparable(&calibrated),
            "loops are per benchmark, not protocol"
        );
    }
}
