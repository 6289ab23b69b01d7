//! The state of a run as it happens: owned events made from the runner's
//! progress notices (they cross a thread to the dashboard), and what they
//! add up to — queue, progress, ETA, the current worker's values, stability
//! and failures. Also the plain progress lines used when stdout is no terminal.

use crate::runner::Progress;
use crate::stats::summary;
use std::collections::BTreeMap;

/// A progress notice that owns its data.
#[derive(Clone, Debug, PartialEq)]
pub enum LiveEvent {
    Starting {
        bench: String,
        config: String,
        process: u32,
        calibration: bool,
    },
    Calibrated {
        bench: String,
        config: String,
        loops: u64,
    },
    Worker {
        bench: String,
        config: String,
        process: u32,
        of: u32,
        values: Vec<f64>,
        warmups: usize,
        steady_after: Option<u32>,
        multiplexed: usize,
    },
    Failed {
        bench: String,
        config: String,
        message: String,
    },
    /// A one-time notice from the executor (e.g. no PMU).
    Notice(String),
}

impl LiveEvent {
    pub fn from_progress(p: &Progress) -> LiveEvent {
        match *p {
            Progress::Starting {
                bench,
                config,
                process,
                calibration,
            } => LiveEvent::Starting {
                bench: bench.into(),
                config: config.into(),
                process,
                calibration,
            },
            Progress::Calibrated {
                bench,
                config,
                loops,
            } => LiveEvent::Calibrated {
                bench: bench.into(),
                config: config.into(),
                loops,
            },
            Progress::Worker {
                bench,
                config,
                process,
                of,
                values,
                warmups,
                steady_after,
                multiplexed,
                ..
            } => LiveEvent::Worker {
                bench: bench.into(),
                config: config.into(),
                process,
                of,
                values: values.to_vec(),
                warmups,
                steady_after,
                multiplexed,
            },
            Progress::Failed {
                bench,
                config,
                message,
            } => LiveEvent::Failed {
                bench: bench.into(),
                config: config.into(),
                message: message.into(),
            },
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BenchStatus {
    Waiting,
    Running,
    Done,
}

/// What the workers of one (bench, config) reported so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Seen {
    pub values: Vec<f64>,
    pub warmups: usize,
    pub steady_after: Option<u32>,
    pub multiplexed: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LiveFailure {
    pub bench: String,
    pub config: String,
    pub message: String,
    /// Seconds after the start of the run.
    pub at: f64,
}

/// What the run has done so far.
#[derive(Clone, Debug)]
pub struct LiveState {
    pub run_id: String,
    pub protocol: String,
    pub benchmarks: Vec<String>,
    pub configs: Vec<String>,
    pub processes: u32,
    /// Workers finished (or given up on, after a failure) per (bench, config).
    done: BTreeMap<(String, String), u32>,
    pub status: BTreeMap<String, BenchStatus>,
    /// (bench, config, process, calibrating) of the worker now running.
    pub current: Option<(String, String, u32, bool)>,
    /// Per (bench, config): its values as they arrived (configurations are
    /// interleaved, so each keeps its own), and its stability facts.
    pub seen: BTreeMap<(String, String), Seen>,
    /// The current (bench, config)'s entry of `seen`, kept in step.
    pub values: Vec<f64>,
    pub warmups: usize,
    pub steady_after: Option<u32>,
    pub multiplexed: usize,
    pub failures: Vec<LiveFailure>,
    pub notices: Vec<String>,
    pub loops: BTreeMap<String, u64>,
    /// Seconds since the start of the run (set by the caller's clock).
    pub elapsed: f64,
    pub finished: bool,
}

impl LiveState {
    pub fn new(
        run_id: &str,
        protocol: &str,
        benchmarks: Vec<String>,
        configs: Vec<String>,
        processes: u32,
    ) -> LiveState {
        LiveState {
            run_id: run_id.into(),
            protocol: protocol.into(),
            status: benchmarks
                .iter()
                .map(|b| (b.clone(), BenchStatus::Waiting))
                .collect(),
            benchmarks,
            configs,
            processes: processes.max(1),
            done: BTreeMap::new(),
            current: None,
            seen: BTreeMap::new(),
            values: Vec::new(),
            warmups: 0,
            steady_after: None,
            multiplexed: 0,
            failures: Vec::new(),
            notices: Vec::new(),
            loops: BTreeMap::new(),
            elapsed: 0.0,
            finished: false,
        }
    }

    pub fn total(&self) -> u32 {
        (self.benchmarks.len() * self.configs.len()) as u32 * self.processes
    }

    pub fn completed(&self) -> u32 {
        self.done.values().sum()
    }

    pub fn fraction(&self) -> f64 {
        if self.total() == 0 {
            return 1.0;
        }
        (self.completed() as f64 / self.total() as f64).clamp(0.0, 1.0)
    }

    /// Seconds left at the pace so far; `None` before the first worker.
    pub fn eta(&self) -> Option<f64> {
        let f = self.fraction();
        if f <= 0.0 || self.elapsed <= 0.0 {
            return None;
        }
        Some(self.elapsed / f - self.elapsed)
    }

    /// Coefficient of variation of the current values (None under 2 values).
    pub fn cv(&self) -> Option<f64> {
        (self.values.len() >= 2).then(|| {
            let s = summary::describe(&self.values);
            s.cv
        })
    }

    fn finish_bench_if_done(&mut self, bench: &str) {
        let all = self.configs.iter().all(|c| {
            self.done
                .get(&(bench.to_string(), c.clone()))
                .is_some_and(|d| *d >= self.processes)
        });
        if all {
            self.status.insert(bench.to_string(), BenchStatus::Done);
        }
    }

    /// Shows the `seen` entry of (bench, config) as the current one.
    fn show(&mut self, bench: &str, config: &str) {
        let s = self
            .seen
            .get(&(bench.to_string(), config.to_string()))
            .cloned()
            .unwrap_or_default();
        self.values = s.values;
        self.warmups = s.warmups;
        self.steady_after = s.steady_after;
        self.multiplexed = s.multiplexed;
    }

    pub fn apply(&mut self, e: LiveEvent) {
        match e {
            LiveEvent::Starting {
                bench,
                config,
                process,
                calibration,
            } => {
                self.show(&bench, &config);
                self.status.insert(bench.clone(), BenchStatus::Running);
                self.current = Some((bench, config, process, calibration));
            }
            LiveEvent::Calibrated { bench, loops, .. } => {
                self.loops.insert(bench, loops);
            }
            LiveEvent::Worker {
                bench,
                config,
                values,
                warmups,
                steady_after,
                multiplexed,
                ..
            } => {
                *self
                    .done
                    .entry((bench.clone(), config.clone()))
                    .or_default() += 1;
                let s = self
                    .seen
                    .entry((bench.clone(), config.clone()))
                    .or_default();
                s.values.extend(values);
                s.warmups = warmups;
                s.steady_after = steady_after;
                s.multiplexed += multiplexed;
                self.show(&bench, &config);
                self.finish_bench_if_done(&bench);
            }
            LiveEvent::Failed {
                bench,
                config,
                message,
            } => {
                // The runner gives up on this (bench, config): its remaining
                // workers count as done for the progress.
                self.done
                    .insert((bench.clone(), config.clone()), self.processes);
                self.failures.push(LiveFailure {
                    bench: bench.clone(),
                    config,
                    message,
                    at: self.elapsed,
                });
                self.finish_bench_if_done(&bench);
            }
            LiveEvent::Notice(n) => self.notices.push(n),
        }
    }

    /// One plain progress line for an event (stdout is not a terminal).
    pub fn line(&self, e: &LiveEvent) -> Option<String> {
        let head = format!(
            "[{}/{}{}]",
            self.completed(),
            self.total(),
            self.eta()
                .map(|s| format!(" ETA {}", fmt_duration(s)))
                .unwrap_or_default()
        );
        match e {
            LiveEvent::Starting { .. } => None,
            LiveEvent::Calibrated {
                bench,
                config,
                loops,
            } => Some(format!(
                "{head} {bench}: calibrated on {config}: {loops} loops"
            )),
            LiveEvent::Worker {
                bench,
                config,
                process,
                of,
                values,
                ..
            } => Some(format!(
                "{head} {bench} {config} process {}/{of}: mean {}{}",
                process + 1,
                crate::report::fmt_time(summary::mean(values)),
                self.cv()
                    .map(|c| format!(", cv {:.1}%", 100.0 * c))
                    .unwrap_or_default()
            )),
            LiveEvent::Failed {
                bench,
                config,
                message,
            } => Some(format!(
                "{head} {bench} {config} FAILED: {}",
                message.lines().next().unwrap_or("")
            )),
            LiveEvent::Notice(n) => Some(format!("note: {n}")),
        }
    }
}

/// "1:05", "12:00:03".
pub fn fmt_duration(s: f64) -> String {
    let s = if s.is_finite() { s.max(0.0) as u64 } else { 0 };
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;

    pub fn worker(bench: &str, config: &str, process: u32, v: f64) -> LiveEvent {
        LiveEvent::Worker {
            bench: bench.into(),
            config: config.into(),
            process,
            of: 3,
            values: vec![v, v * 1.01, v * 0.99],
            warmups: 1,
            steady_after: None,
            multiplexed: 0,
        }
    }

    pub fn starting(bench: &str, config: &str, process: u32) -> LiveEvent {
        LiveEvent::Starting {
            bench: bench.into(),
            config: config.into(),
            process,
            calibration: false,
        }
    }

    /// A run of three benchmarks on two configs, part-way through the second.
    pub fn midway() -> LiveState {
        let mut s = LiveState::new(
            "20260101-000000-aaaa",
            "3 procs × 3 values",
            vec!["richards".into(), "nbody".into(), "nqueens".into()],
            vec!["baseline".into(), "cpython".into()],
            3,
        );
        for p in 0..3 {
            for c in ["baseline", "cpython"] {
                s.apply(starting("richards", c, p));
                s.apply(worker(
                    "richards",
                    c,
                    p,
                    if c == "cpython" { 0.02 } else { 0.03 },
                ));
            }
        }
        s.apply(LiveEvent::Failed {
            bench: "nbody".into(),
            config: "baseline".into(),
            message: "worker exited with 1: ZeroDivisionError: division by zero\n--- stderr ---\nTraceback (most recent call last):\n  File \"bench.py\", line 3\nZeroDivisionError: division by zero".into(),
        });
        s.apply(starting("nbody", "cpython", 0));
        s.apply(worker("nbody", "cpython", 0, 0.05));
        s.apply(starting("nbody", "cpython", 1));
        s.elapsed = 30.0;
        s
    }

    #[test]
    fn progress_eta_and_status() {
        let s = midway();
        assert_eq!(s.total(), 18);
        // 6 richards workers, 3 for the failed config, 1 nbody/cpython.
        assert_eq!(s.completed(), 10);
        assert!((s.eta().unwrap() - 30.0 * (18.0 / 10.0 - 1.0)).abs() < 1e-9);
        assert_eq!(s.status["richards"], BenchStatus::Done);
        assert_eq!(s.status["nbody"], BenchStatus::Running);
        assert_eq!(s.status["nqueens"], BenchStatus::Waiting);
        assert_eq!(
            s.values.len(),
            3,
            "values of the running (bench, config) only"
        );
        assert_eq!(s.failures.len(), 1);
        assert!(s.cv().unwrap() > 0.0);
        let line = s.line(&worker("nbody", "cpython", 1, 0.05)).unwrap();
        assert!(
            line.starts_with("[10/18 ETA 0:24] nbody cpython process 2/3: mean 50."),
            "{line}"
        );
        assert_eq!(fmt_duration(3725.0), "1:02:05");
    }
}
