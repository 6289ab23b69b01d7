//! What a run stores: its metadata (machine, protocol, configurations) and a
//! long table of rows, one per value, warm-up, counter, runtime statistic,
//! worker or failure.

use crate::counters::CounterMode;
use crate::doctor::Report as DoctorReport;
use crate::protocol::Protocol;
use serde::{Deserialize, Serialize};

/// Metadata of one configuration as it ran.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConfigMeta {
    pub name: String,
    pub kind: String,
    pub description: String,
    pub executable: String,
    pub version: String,
    pub features: Vec<String>,
    pub ember_commit: Option<String>,
    pub args: Vec<String>,
}

/// Metadata of one benchmark in a run, including its calibration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BenchMeta {
    pub name: String,
    pub tags: Vec<String>,
    pub kind: String,
    /// Loops used for every configuration (None when the benchmark failed
    /// before calibration finished).
    pub loops: Option<u64>,
    pub calibration: Vec<(u64, f64)>,
    pub calibrated_on: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunMeta {
    pub run_id: String,
    pub lab_version: String,
    pub started: String,
    pub finished: Option<String>,
    pub host: String,
    pub cpu_model: String,
    pub kernel: String,
    pub doctor: DoctorReport,
    pub protocol: Protocol,
    pub seed: u64,
    pub counters: CounterMode,
    pub pin: Option<usize>,
    pub timeout_s: f64,
    /// The environment every worker got (nothing else is inherited).
    pub env: Vec<(String, String)>,
    pub selection: Vec<String>,
    pub configs: Vec<ConfigMeta>,
    pub benchmarks: Vec<BenchMeta>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    /// A measured value: seconds per loop (or per process for commands).
    Value,
    Warmup,
    /// A counter over the timed region; `value` is the raw count.
    Counter,
    /// A counter of the runtime's own (`-X stats`).
    RuntimeStat,
    /// One per worker: wall seconds, max RSS, steady state.
    Worker,
    /// The benchmark failed on this configuration; `message` says why.
    Failure,
}

impl RowKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RowKind::Value => "value",
            RowKind::Warmup => "warmup",
            RowKind::Counter => "counter",
            RowKind::RuntimeStat => "runtime_stat",
            RowKind::Worker => "worker",
            RowKind::Failure => "failure",
        }
    }

    pub fn parse(s: &str) -> Option<RowKind> {
        [
            RowKind::Value,
            RowKind::Warmup,
            RowKind::Counter,
            RowKind::RuntimeStat,
            RowKind::Worker,
            RowKind::Failure,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// One row of the long table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub benchmark: String,
    pub config: String,
    /// Worker index within (benchmark, config).
    pub process: u32,
    pub kind: RowKind,
    /// Counter or statistic name.
    pub name: Option<String>,
    /// Position within the worker's sequence.
    pub idx: u32,
    pub value: Option<f64>,
    pub loops: u64,
    pub time_enabled: Option<u64>,
    pub time_running: Option<u64>,
    pub rss_kb: Option<i64>,
    pub steady_after: Option<u32>,
    pub message: Option<String>,
    /// Unix time at which the worker started.
    pub started: f64,
}

impl Row {
    pub fn new(benchmark: &str, config: &str, process: u32, kind: RowKind) -> Row {
        Row {
            benchmark: benchmark.into(),
            config: config.into(),
            process,
            kind,
            name: None,
            idx: 0,
            value: None,
            loops: 0,
            time_enabled: None,
            time_running: None,
            rss_kb: None,
            steady_after: None,
            message: None,
            started: 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_roundtrip() {
        for k in [
            RowKind::Value,
            RowKind::Warmup,
            RowKind::Counter,
            RowKind::RuntimeStat,
            RowKind::Worker,
            RowKind::Failure,
        ] {
            assert_eq!(RowKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(RowKind::parse("nope"), None);
        let r = Row::new("b", "c", 2, RowKind::Value);
        assert_eq!((r.process, r.value), (2, None));
    }
}
