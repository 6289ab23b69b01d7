//! The run loop: calibrate each benchmark's loops once on the reference
//! configuration, then run worker processes for every configuration,
//! interleaved in blocks whose order is shuffled with the seed. Failures are
//! recorded and the run goes on. Processes are started by an [`Executor`],
//! so the loop is tested with a mock.

use crate::counters::Reading;
use crate::manifest::{BenchKind, Benchmark};
use crate::protocol::{Protocol, Warmups};
use crate::record::{BenchMeta, Row, RowKind};
use crate::rng::Rng;
use std::path::PathBuf;

/// A prepared configuration: what to execute and with which leading args.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub name: String,
    pub program: PathBuf,
    /// Arguments before the script (e.g. `-X name=value`).
    pub args: Vec<String>,
    /// Ember: pass `-X stats=<file>` and store the runtime's counters.
    pub runtime_stats: bool,
    /// Python language version it implements, for benchmarks' `min_python`.
    pub python: Option<(u32, u32)>,
}

impl Target {
    /// Why `bench` cannot run here, if it cannot.
    pub fn cannot_run(&self, bench: &Benchmark) -> Option<String> {
        match (bench.min_python, self.python) {
            (Some(need), Some(have)) if have < need => Some(format!(
                "skipped: needs Python {}.{}, `{}` implements {}.{}",
                need.0, need.1, self.name, have.0, have.1
            )),
            _ => None,
        }
    }
}

/// One worker to run. `loops == 0` asks the harness to calibrate.
#[derive(Clone, Debug)]
pub struct Job<'a> {
    pub bench: &'a Benchmark,
    pub target: &'a Target,
    pub process: u32,
    pub loops: u64,
    pub values: u32,
    pub warmups: Warmups,
    pub min_time: f64,
}

/// What a successful worker measured.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Measured {
    pub loops: u64,
    pub calibration: Vec<(u64, f64)>,
    pub warmups: Vec<f64>,
    pub values: Vec<f64>,
    pub steady_after: Option<u32>,
    pub rss_kb: i64,
    pub wall: f64,
    pub started: f64,
    pub counters: Vec<Reading>,
    pub runtime_stats: Vec<(String, f64)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailureKind {
    /// The benchmark's own result check failed (exit 3).
    Check,
    Crash,
    Timeout,
    /// It ran but reported nothing usable.
    BadOutput,
    Spawn,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    pub kind: FailureKind,
    pub message: String,
    pub rss_kb: Option<i64>,
}

pub trait Executor {
    fn execute(&mut self, job: &Job) -> Result<Measured, Failure>;
}

/// Progress notices for the user (and the live dashboard).
#[derive(Debug)]
pub enum Progress<'a> {
    /// A worker is about to start (`calibration`: the loops are being found).
    Starting {
        bench: &'a str,
        config: &'a str,
        process: u32,
        calibration: bool,
    },
    Calibrated {
        bench: &'a str,
        config: &'a str,
        loops: u64,
    },
    Worker {
        bench: &'a str,
        config: &'a str,
        process: u32,
        of: u32,
        mean: f64,
        /// The worker's measured values, its warm-ups and steady state.
        values: &'a [f64],
        warmups: usize,
        steady_after: Option<u32>,
        /// Counters of this worker that were multiplexed.
        multiplexed: usize,
    },
    Failed {
        bench: &'a str,
        config: &'a str,
        message: &'a str,
    },
}

/// Everything a run produced.
#[derive(Debug, Default)]
pub struct Outcome {
    pub rows: Vec<Row>,
    pub benchmarks: Vec<BenchMeta>,
}

pub struct Runner<'a> {
    pub protocol: Protocol,
    pub seed: u64,
    pub progress: &'a mut dyn FnMut(Progress),
    /// Called after each benchmark with everything so far (to store it).
    pub checkpoint: &'a mut dyn FnMut(&Outcome),
}

fn failure_row(bench: &str, config: &str, process: u32, f: &Failure) -> Row {
    let mut r = Row::new(bench, config, process, RowKind::Failure);
    r.message = Some(f.message.clone());
    r.rss_kb = f.rss_kb;
    r
}

/// The rows for one successful worker.
pub fn measured_rows(bench: &str, config: &str, process: u32, m: &Measured) -> Vec<Row> {
    let mut rows = Vec::new();
    let base = |kind| {
        let mut r = Row::new(bench, config, process, kind);
        r.loops = m.loops;
        r.started = m.started;
        r
    };
    let mut w = base(RowKind::Worker);
    w.value = Some(m.wall);
    w.rss_kb = Some(m.rss_kb);
    w.steady_after = m.steady_after;
    rows.push(w);
    for (i, v) in m.warmups.iter().enumerate() {
        let mut r = base(RowKind::Warmup);
        r.idx = i as u32;
        r.value = Some(*v);
        rows.push(r);
    }
    for (i, v) in m.values.iter().enumerate() {
        let mut r = base(RowKind::Value);
        r.idx = i as u32;
        r.value = Some(*v);
        rows.push(r);
    }
    for (i, c) in m.counters.iter().enumerate() {
        let mut r = base(RowKind::Counter);
        r.idx = i as u32;
        r.name = Some(c.name.clone());
        r.value = c.value.map(|v| v as f64);
        r.time_enabled = Some(c.time_enabled);
        r.time_running = Some(c.time_running);
        r.message = c
            .note
            .clone()
            .or_else(|| c.multiplexed().then(|| "multiplexed".into()));
        rows.push(r);
    }
    for (i, (name, v)) in m.runtime_stats.iter().enumerate() {
        let mut r = base(RowKind::RuntimeStat);
        r.idx = i as u32;
        r.name = Some(name.clone());
        r.value = Some(*v);
        rows.push(r);
    }
    rows
}

impl Runner<'_> {
    pub fn run(
        &mut self,
        benches: &[&Benchmark],
        targets: &[Target],
        exec: &mut dyn Executor,
    ) -> Outcome {
        let mut out = Outcome::default();
        let mut rng = Rng::new(self.seed);
        for bench in benches {
            let meta = self.run_bench(bench, targets, exec, &mut rng, &mut out.rows);
            out.benchmarks.push(meta);
            (self.checkpoint)(&out);
        }
        out
    }

    fn run_bench(
        &mut self,
        bench: &Benchmark,
        targets: &[Target],
        exec: &mut dyn Executor,
        rng: &mut Rng,
        rows: &mut Vec<Row>,
    ) -> BenchMeta {
        let p = &self.protocol;
        let mut meta = BenchMeta {
            name: bench.name.clone(),
            tags: bench.tags.clone(),
            kind: bench.kind.as_str().to_string(),
            loops: p.loops,
            calibration: Vec::new(),
            calibrated_on: None,
        };
        // Configurations whose language version is too old skip the
        // benchmark (recorded, not run).
        let mut failed = vec![false; targets.len()];
        for (i, t) in targets.iter().enumerate() {
            if let Some(why) = t.cannot_run(bench) {
                failed[i] = true;
                let f = Failure {
                    kind: FailureKind::Spawn,
                    message: why,
                    rss_kb: None,
                };
                (self.progress)(Progress::Failed {
                    bench: &bench.name,
                    config: &t.name,
                    message: &f.message,
                });
                rows.push(failure_row(&bench.name, &t.name, 0, &f));
            }
        }
        // Loops are calibrated once, on the reference, and then used for
        // every configuration: the same protocol for all. If the reference
        // cannot run the benchmark, that configuration fails and the next
        // one calibrates (recorded in `calibrated_on`), so the others go on.
        if bench.kind == BenchKind::Command {
            meta.loops = Some(1);
        } else if meta.loops.is_none() {
            for (i, target) in targets.iter().enumerate() {
                if failed[i] {
                    continue;
                }
                let job = Job {
                    bench,
                    target,
                    process: 0,
                    loops: 0,
                    values: 1,
                    warmups: Warmups::Fixed(0),
                    min_time: p.min_time,
                };
                (self.progress)(Progress::Starting {
                    bench: &bench.name,
                    config: &target.name,
                    process: 0,
                    calibration: true,
                });
                match exec.execute(&job) {
                    Ok(m) => {
                        meta.loops = Some(m.loops.max(1));
                        meta.calibration = m.calibration;
                        meta.calibrated_on = Some(target.name.clone());
                        (self.progress)(Progress::Calibrated {
                            bench: &bench.name,
                            config: &target.name,
                            loops: m.loops,
                        });
                        break;
                    }
                    Err(f) => {
                        failed[i] = true;
                        let f = Failure {
                            message: format!("calibration failed: {}", f.message),
                            ..f
                        };
                        (self.progress)(Progress::Failed {
                            bench: &bench.name,
                            config: &target.name,
                            message: &f.message,
                        });
                        rows.push(failure_row(&bench.name, &target.name, 0, &f));
                    }
                }
            }
            if meta.loops.is_none() {
                return meta;
            }
        }
        let loops = meta.loops.unwrap_or(1);
        let mut order: Vec<usize> = (0..targets.len()).collect();
        for process in 0..p.processes {
            // One block = one worker per configuration, in shuffled order, so
            // drift of the machine affects every configuration alike.
            rng.shuffle(&mut order);
            for &t in &order {
                if failed[t] {
                    continue;
                }
                let target = &targets[t];
                let job = Job {
                    bench,
                    target,
                    process,
                    loops,
                    values: p.values,
                    warmups: p.warmups,
                    min_time: p.min_time,
                };
                (self.progress)(Progress::Starting {
                    bench: &bench.name,
                    config: &target.name,
                    process,
                    calibration: false,
                });
                match exec.execute(&job) {
                    Ok(mut m) => {
                        m.loops = loops;
                        let mean = crate::stats::summary::mean(&m.values);
                        rows.extend(measured_rows(&bench.name, &target.name, process, &m));
                        (self.progress)(Progress::Worker {
                            bench: &bench.name,
                            config: &target.name,
                            process,
                            of: p.processes,
                            mean,
                            values: &m.values,
                            warmups: m.warmups.len(),
                            steady_after: m.steady_after,
                            multiplexed: m.counters.iter().filter(|c| c.multiplexed()).count(),
                        });
                    }
                    Err(f) => {
                        // Later processes would fail alike; the other
                        // configurations go on.
                        failed[t] = true;
                        (self.progress)(Progress::Failed {
                            bench: &bench.name,
                            config: &target.name,
                            message: &f.message,
                        });
                        rows.push(failure_row(&bench.name, &target.name, process, &f));
                    }
                }
            }
        }
        meta
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::Preset;

    /// A mock executor: each config has a speed; `bad` fails on a process.
    struct Mock {
        log: Vec<(String, String, u32, u64)>,
        bad: Option<(&'static str, &'static str, u32, FailureKind)>,
    }

    impl Executor for Mock {
        fn execute(&mut self, job: &Job) -> Result<Measured, Failure> {
            self.log.push((
                job.bench.name.clone(),
                job.target.name.clone(),
                job.process,
                job.loops,
            ));
            if let Some((b, c, p, kind)) = self.bad {
                if job.bench.name == b && job.target.name == c && job.process == p {
                    return Err(Failure {
                        kind,
                        message: "check failed: wrong answer".into(),
                        rss_kb: Some(1),
                    });
                }
            }
            let speed = if job.target.name == "fast" { 0.5 } else { 1.0 };
            if job.loops == 0 {
                return Ok(Measured {
                    loops: 16,
                    calibration: vec![(1, 0.01), (16, 0.16)],
                    values: vec![0.01],
                    ..Default::default()
                });
            }
            Ok(Measured {
                loops: job.loops,
                values: (0..job.values)
                    .map(|i| speed * (1.0 + 0.001 * i as f64))
                    .collect(),
                warmups: vec![speed * 2.0],
                rss_kb: 1000,
                ..Default::default()
            })
        }
    }

    fn bench(name: &str, kind: BenchKind) -> Benchmark {
        Benchmark {
            name: name.into(),
            description: String::new(),
            tags: vec!["t".into()],
            kind,
            script: None,
            args: vec![],
            command: vec![],
            min_python: if name == "new" { Some((3, 11)) } else { None },
        }
    }

    fn target(name: &str) -> Target {
        let python = Some(if name == "fast" { (3, 9) } else { (3, 11) });
        Target {
            name: name.into(),
            program: "/bin/true".into(),
            args: vec![],
            runtime_stats: false,
            python,
        }
    }

    fn run(mock: &mut Mock, seed: u64, benches: &[Benchmark]) -> (Outcome, usize, Vec<String>) {
        let mut checkpoints = 0;
        let mut notes = Vec::new();
        let mut progress = |p: Progress| notes.push(format!("{p:?}"));
        let mut checkpoint = |_: &Outcome| checkpoints += 1;
        let mut r = Runner {
            protocol: Protocol::preset(Preset::Fast),
            seed,
            progress: &mut progress,
            checkpoint: &mut checkpoint,
        };
        let refs: Vec<&Benchmark> = benches.iter().collect();
        let out = r.run(&refs, &[target("ref"), target("fast")], mock);
        (out, checkpoints, notes)
    }

    #[test]
    fn calibrates_once_on_reference_and_interleaves() {
        let mut mock = Mock {
            log: vec![],
            bad: None,
        };
        let (out, checkpoints, _) = run(&mut mock, 7, &[bench("a", BenchKind::Harness)]);
        // First job: calibration (loops 0) on the reference only.
        assert_eq!(mock.log[0], ("a".into(), "ref".into(), 0, 0));
        assert_eq!(mock.log.iter().filter(|j| j.3 == 0).count(), 1);
        // Then 3 blocks of one worker per config, all with the same loops.
        let jobs = &mock.log[1..];
        assert_eq!(jobs.len(), 6);
        assert!(jobs.iter().all(|j| j.3 == 16));
        for block in jobs.chunks(2) {
            let mut names: Vec<&str> = block.iter().map(|j| j.1.as_str()).collect();
            names.sort();
            assert_eq!(names, vec!["fast", "ref"]);
            assert_eq!(block[0].2, block[1].2);
        }
        assert_eq!(out.benchmarks[0].loops, Some(16));
        assert_eq!(out.benchmarks[0].calibrated_on.as_deref(), Some("ref"));
        assert_eq!(checkpoints, 1);
        let values = out.rows.iter().filter(|r| r.kind == RowKind::Value).count();
        assert_eq!(values, 2 * 3 * 3);
        assert!(out.rows.iter().all(|r| r.loops == 16));
    }

    #[test]
    fn seed_decides_block_order() {
        let orders = |seed| {
            let mut mock = Mock {
                log: vec![],
                bad: None,
            };
            run(&mut mock, seed, &[bench("a", BenchKind::Harness)]);
            mock.log
                .iter()
                .skip(1)
                .map(|j| j.1.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(orders(1), orders(1));
        let distinct: std::collections::BTreeSet<_> = (0..20).map(orders).collect();
        assert!(
            distinct.len() > 1,
            "block order never changes with the seed"
        );
    }

    #[test]
    fn failure_marks_config_and_run_goes_on() {
        let mut mock = Mock {
            log: vec![],
            bad: Some(("a", "fast", 1, FailureKind::Check)),
        };
        let benches = [
            bench("a", BenchKind::Harness),
            bench("s", BenchKind::Command),
        ];
        let (out, checkpoints, notes) = run(&mut mock, 3, &benches);
        assert_eq!(checkpoints, 2);
        let failures: Vec<&Row> = out
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::Failure)
            .collect();
        assert_eq!(failures.len(), 1);
        assert_eq!(
            (failures[0].config.as_str(), failures[0].process),
            ("fast", 1)
        );
        // `fast` on `a` stops after its failure; `ref` completes.
        assert_eq!(
            mock.log
                .iter()
                .filter(|j| j.0 == "a" && j.1 == "fast")
                .count(),
            2
        );
        assert_eq!(
            mock.log
                .iter()
                .filter(|j| j.0 == "a" && j.1 == "ref")
                .count(),
            4
        );
        // The command benchmark is not calibrated and runs with 1 loop.
        assert!(mock.log.iter().filter(|j| j.0 == "s").all(|j| j.3 == 1));
        assert!(notes.iter().any(|n| n.contains("Failed")));
    }

    #[test]
    fn failed_calibration_moves_to_the_next_config() {
        let mut mock = Mock {
            log: vec![],
            bad: Some(("a", "ref", 0, FailureKind::Crash)),
        };
        let (out, _, _) = run(&mut mock, 3, &[bench("a", BenchKind::Harness)]);
        // ref's calibration fails; fast calibrates and runs all processes.
        assert_eq!(mock.log[1], ("a".into(), "fast".into(), 0, 0));
        assert!(mock.log.iter().skip(1).all(|j| j.1 == "fast"));
        assert_eq!(mock.log.len(), 1 + 1 + 3);
        assert_eq!(out.benchmarks[0].calibrated_on.as_deref(), Some("fast"));
        let f: Vec<_> = out
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::Failure)
            .collect();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].config, "ref");
        assert!(f[0]
            .message
            .as_deref()
            .unwrap()
            .starts_with("calibration failed: check failed"));
    }

    #[test]
    fn too_old_python_skips_without_running() {
        let mut mock = Mock {
            log: vec![],
            bad: None,
        };
        let (out, _, _) = run(&mut mock, 3, &[bench("new", BenchKind::Harness)]);
        assert!(mock.log.iter().all(|j| j.1 == "ref"));
        let f: Vec<_> = out
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::Failure)
            .collect();
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].message.as_deref(),
            Some("skipped: needs Python 3.11, `fast` implements 3.9")
        );
    }

    #[test]
    fn rows_for_counters_and_stats() {
        let m = Measured {
            loops: 4,
            values: vec![1.0],
            counters: vec![Reading {
                name: "cycles".into(),
                hardware: true,
                value: Some(10),
                time_enabled: 10,
                time_running: 5,
                note: None,
            }],
            runtime_stats: vec![("gc.collections".into(), 3.0)],
            ..Default::default()
        };
        let rows = measured_rows("b", "c", 0, &m);
        let c = rows.iter().find(|r| r.kind == RowKind::Counter).unwrap();
        assert_eq!(c.message.as_deref(), Some("multiplexed"));
        let s = rows
            .iter()
            .find(|r| r.kind == RowKind::RuntimeStat)
            .unwrap();
        assert_eq!(
            (s.name.as_deref(), s.value),
            (Some("gc.collections"), Some(3.0))
        );
    }
}
