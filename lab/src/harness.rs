//! The benchmark harness protocol as seen from the lab: the arguments given to
//! `bench.py` and the JSON object it reports.

use crate::protocol::Warmups;
use serde::{Deserialize, Serialize};
use std::path::Path;
use thiserror::Error;

/// Exit status with which the harness reports a failed result check.
pub const EXIT_CHECK_FAILED: i32 = 3;

/// What one harness process reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HarnessOutput {
    pub name: String,
    pub loops: u64,
    #[serde(default)]
    pub calibration: Vec<(u64, f64)>,
    #[serde(default)]
    pub warmups: Vec<f64>,
    pub values: Vec<f64>,
    #[serde(default)]
    pub steady_after: Option<u32>,
    #[serde(default)]
    pub check: Option<String>,
    #[serde(default)]
    pub implementation: Option<String>,
    #[serde(default)]
    pub version: Option<String>,
}

#[derive(Debug, Error)]
pub enum HarnessError {
    #[error("harness output is not the expected JSON object: {0}")]
    BadJson(#[from] serde_json::Error),
    #[error("harness reported no values")]
    NoValues,
    #[error("harness reported a non-finite or negative value {0}")]
    BadValue(f64),
}

impl HarnessOutput {
    pub fn parse(text: &str) -> Result<HarnessOutput, HarnessError> {
        // The harness may print other lines on stdout before its JSON line;
        // the report is the last non-empty line.
        let line = text
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        let out: HarnessOutput = serde_json::from_str(line.trim())?;
        if out.values.is_empty() {
            return Err(HarnessError::NoValues);
        }
        if let Some(v) = out
            .values
            .iter()
            .chain(&out.warmups)
            .find(|v| !v.is_finite() || **v < 0.0)
        {
            return Err(HarnessError::BadValue(*v));
        }
        Ok(out)
    }
}

/// Arguments for one harness invocation.
#[derive(Clone, Debug, PartialEq)]
pub struct HarnessArgs {
    /// `0` asks the harness to calibrate.
    pub loops: u64,
    pub values: u32,
    pub warmups: Warmups,
    pub min_time: f64,
    /// `(ctl, ack)` file descriptors of the counter handshake, if any.
    pub handshake: Option<(i32, i32)>,
}

impl HarnessArgs {
    pub fn to_args(&self, output: &Path) -> Vec<String> {
        let mut a = vec![
            "--loops".into(),
            self.loops.to_string(),
            "--values".into(),
            self.values.to_string(),
            "--warmups".into(),
            self.warmups.to_string(),
            "--min-time".into(),
            self.min_time.to_string(),
            "--output".into(),
            output.display().to_string(),
        ];
        if let Some((ctl, ack)) = self.handshake {
            a.extend([
                "--ctl-fd".into(),
                ctl.to_string(),
                "--ack-fd".into(),
                ack.to_string(),
            ]);
        }
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_report_after_noise() {
        let text = "some print\n{\"name\":\"x\",\"loops\":4,\"calibration\":[[1,0.01],[2,0.02]],\
                    \"warmups\":[0.1],\"values\":[0.2,0.3],\"steady_after\":null,\"check\":\"ok\",\
                    \"implementation\":\"cpython\",\"version\":\"3.11.2\"}\n";
        let out = HarnessOutput::parse(text).unwrap();
        assert_eq!(out.loops, 4);
        assert_eq!(out.calibration, vec![(1, 0.01), (2, 0.02)]);
        assert_eq!(out.values, vec![0.2, 0.3]);
        assert_eq!(out.steady_after, None);
    }

    #[test]
    fn rejects_empty_and_garbage() {
        assert!(matches!(
            HarnessOutput::parse("nope"),
            Err(HarnessError::BadJson(_))
        ));
        let empty = "{\"name\":\"x\",\"loops\":1,\"values\":[]}";
        assert!(matches!(
            HarnessOutput::parse(empty),
            Err(HarnessError::NoValues)
        ));
        let neg = "{\"name\":\"x\",\"loops\":1,\"values\":[-1.0]}";
        assert!(matches!(
            HarnessOutput::parse(neg),
            Err(HarnessError::BadValue(_))
        ));
    }

    #[test]
    fn builds_arguments() {
        let args = HarnessArgs {
            loops: 0,
            values: 3,
            warmups: Warmups::Auto,
            min_time: 0.1,
            handshake: Some((5, 6)),
        };
        let v = args.to_args(Path::new("/tmp/o.json"));
        assert_eq!(
            v.join(" "),
            "--loops 0 --values 3 --warmups auto --min-time 0.1 --output /tmp/o.json --ctl-fd 5 --ack-fd 6"
        );
    }
}
