//! The real executor: runs a worker for a job (harness script or whole
//! command), maps its exit into a measurement or a failure, and collects
//! counters, callgrind instruction counts and runtime statistics.

use crate::counters::{callgrind, CounterMode, CounterSource, Reading};
use crate::harness::{HarnessArgs, HarnessOutput, EXIT_CHECK_FAILED};
use crate::manifest::BenchKind;
use crate::protocol::Warmups;
use crate::runner::{Executor, Failure, FailureKind, Job, Measured};
use crate::worker::{self, Exit, Spec};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub struct RealExecutor {
    pub env: Vec<(String, String)>,
    pub cwd: PathBuf,
    pub pin: Option<usize>,
    pub timeout: Duration,
    pub mode: CounterMode,
    pub source: Option<Box<dyn CounterSource>>,
    pub valgrind: Option<PathBuf>,
    /// Scratch directory for output, statistics and callgrind files.
    pub scratch: PathBuf,
    /// Set once the user has been told there is no PMU.
    pub told_no_pmu: bool,
    /// Called with one-time notices for the user.
    pub notice: Box<dyn FnMut(&str)>,
    counter: u64,
}

/// The clean environment given to workers: nothing is inherited except
/// what is listed here, and the list is stored with the run.
pub fn worker_env(pythonpath: &Path) -> Vec<(String, String)> {
    let mut env = vec![
        (
            "PATH".to_string(),
            "/usr/local/bin:/usr/bin:/bin".to_string(),
        ),
        ("LANG".to_string(), "C.UTF-8".to_string()),
        ("PYTHONPATH".to_string(), pythonpath.display().to_string()),
    ];
    if let Ok(home) = std::env::var("HOME") {
        env.push(("HOME".into(), home));
    }
    env
}

fn last_line(s: &str) -> &str {
    s.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("(no stderr)")
        .trim()
}

fn tail(s: &str, lines: usize) -> String {
    let v: Vec<&str> = s.lines().collect();
    v[v.len().saturating_sub(lines)..].join("\n")
}

impl RealExecutor {
    pub fn new(
        env: Vec<(String, String)>,
        cwd: PathBuf,
        scratch: PathBuf,
        mode: CounterMode,
    ) -> RealExecutor {
        RealExecutor {
            env,
            cwd,
            pin: None,
            timeout: Duration::from_secs(600),
            mode,
            source: None,
            valgrind: None,
            scratch,
            told_no_pmu: false,
            notice: Box::new(|m| eprintln!("note: {m}")),
            counter: 0,
        }
    }

    fn scratch_file(&mut self, stem: &str) -> PathBuf {
        self.counter += 1;
        let p = self
            .scratch
            .join(format!("{stem}-{}-{}", std::process::id(), self.counter));
        let _ = std::fs::remove_file(&p);
        p
    }

    fn spec(&self, program: &Path, args: Vec<String>, handshake: bool) -> Spec {
        Spec {
            program: program.to_path_buf(),
            args,
            env: self.env.clone(),
            cwd: Some(self.cwd.clone()),
            pin: self.pin,
            timeout: self.timeout,
            handshake,
        }
    }

    /// Runs a spec, under callgrind when asked; returns the outcome and the
    /// instruction count.
    fn run_spec(
        &mut self,
        mut spec: Spec,
        measured: bool,
    ) -> Result<(worker::Outcome, Option<Reading>), Failure> {
        let cg_file = match (self.mode, self.valgrind.clone()) {
            // Calibration runs natively: under valgrind it would pick far
            // fewer loops than the timings need.
            (CounterMode::Callgrind, Some(vg)) if measured => {
                let f = self.scratch_file("callgrind.out");
                let (p, a) = callgrind::wrap(&vg, &spec.program, &spec.args, &f);
                spec.program = p;
                spec.args = a;
                Some(f)
            }
            _ => None,
        };
        let source = self.source.as_deref();
        let out = worker::run(&spec, source, self.mode).map_err(|e| Failure {
            kind: FailureKind::Spawn,
            message: e.to_string(),
            rss_kb: None,
        })?;
        if out.hardware_unavailable && !self.told_no_pmu {
            self.told_no_pmu = true;
            (self.notice)(&format!("{}: hardware counters are stored as unsupported; software counters are still collected", crate::counters::NO_PMU));
        }
        let ir = cg_file.map(|f| {
            let total = std::fs::read_to_string(&f)
                .ok()
                .and_then(|t| callgrind::parse_total(&t));
            let _ = std::fs::remove_file(&f);
            Reading {
                name: "callgrind-instructions".into(),
                hardware: false,
                value: total,
                time_enabled: 0,
                time_running: 0,
                note: total.is_none().then(|| "callgrind wrote no totals".into()),
            }
        });
        Ok((out, ir))
    }

    fn failure_of(out: &worker::Outcome, what: &str) -> Option<Failure> {
        let rss_kb = Some(out.max_rss_kb);
        match out.exit {
            Exit::Code(0) => None,
            Exit::Code(EXIT_CHECK_FAILED) => {
                let msg = out
                    .stderr
                    .lines()
                    .find(|l| l.contains("check failed"))
                    .map(str::to_string);
                Some(Failure {
                    kind: FailureKind::Check,
                    message: msg.unwrap_or_else(|| {
                        format!("check failed (exit 3): {}", tail(&out.stderr, 5))
                    }),
                    rss_kb,
                })
            }
            // The last stderr line (usually the exception) comes first, so
            // one-line summaries say what happened; the tail follows.
            Exit::Code(c) => Some(Failure {
                kind: FailureKind::Crash,
                message: format!(
                    "{what} exited with {c}: {}\n--- stderr ---\n{}",
                    last_line(&out.stderr),
                    tail(&out.stderr, 20)
                ),
                rss_kb,
            }),
            Exit::Signal(s) => Some(Failure {
                kind: FailureKind::Crash,
                message: format!(
                    "{what} killed by signal {s}: {}\n--- stderr ---\n{}",
                    last_line(&out.stderr),
                    tail(&out.stderr, 20)
                ),
                rss_kb,
            }),
            Exit::TimedOut => Some(Failure {
                kind: FailureKind::Timeout,
                message: format!("{what} timed out after {:.0} s", out.wall.as_secs_f64()),
                rss_kb,
            }),
        }
    }

    fn harness(&mut self, job: &Job) -> Result<Measured, Failure> {
        let script = job.bench.script.clone().ok_or_else(|| Failure {
            kind: FailureKind::Spawn,
            message: "benchmark has no script".into(),
            rss_kb: None,
        })?;
        let output = self.scratch_file("out.json");
        let stats = job
            .target
            .runtime_stats
            .then(|| self.scratch_file("stats.json"));
        let mut args = job.target.args.clone();
        if let Some(s) = &stats {
            args.extend(["-X".to_string(), format!("stats={}", s.display())]);
        }
        args.push(script.display().to_string());
        args.extend(job.bench.args.iter().cloned());
        let counting = matches!(self.mode, CounterMode::Hw | CounterMode::Sw);
        let h = HarnessArgs {
            loops: job.loops,
            values: job.values,
            warmups: job.warmups,
            min_time: job.min_time,
            handshake: None,
        };
        args.extend(h.to_args(&output));
        // Calibration is not measured, so it needs no counters.
        let spec = self.spec(&job.target.program, args, counting && job.loops != 0);
        let started = crate::timefmt::now_unix();
        let (out, ir) = self.run_spec(spec, job.loops != 0)?;
        if let Some(f) = Self::failure_of(&out, "worker") {
            return Err(f);
        }
        let text = std::fs::read_to_string(&output).unwrap_or_else(|_| out.stdout.clone());
        let _ = std::fs::remove_file(&output);
        let report = HarnessOutput::parse(&text).map_err(|e| Failure {
            kind: FailureKind::BadOutput,
            message: format!("{e}; stderr:\n{}", tail(&out.stderr, 10)),
            rss_kb: Some(out.max_rss_kb),
        })?;
        let mut counters = out.counters.clone();
        counters.extend(ir);
        let runtime_stats = stats
            .map(|s| {
                let v = crate::runtime_stats::read(&s);
                let _ = std::fs::remove_file(&s);
                v
            })
            .unwrap_or_default();
        Ok(Measured {
            loops: report.loops,
            calibration: report.calibration,
            warmups: report.warmups,
            values: report.values,
            steady_after: report.steady_after,
            rss_kb: out.max_rss_kb,
            wall: out.wall.as_secs_f64(),
            started,
            counters,
            runtime_stats,
        })
    }

    /// A whole-process benchmark: each value is the wall time of one run of
    /// the interpreter with the benchmark's command; warm-up runs first.
    fn command(&mut self, job: &Job) -> Result<Measured, Failure> {
        let warmups = match job.warmups {
            Warmups::Fixed(n) => n,
            // Steady state is a property of one process; for whole-process
            // timings one discarded run warms the file cache.
            Warmups::Auto => 1,
        };
        let mut m = Measured {
            loops: 1,
            started: crate::timefmt::now_unix(),
            ..Default::default()
        };
        // Runtime statistics of the last measured run are kept.
        let stats = job
            .target
            .runtime_stats
            .then(|| self.scratch_file("stats.json"));
        for i in 0..warmups + job.values {
            let mut args = job.target.args.clone();
            if let (Some(s), true) = (&stats, i >= warmups) {
                args.extend(["-X".to_string(), format!("stats={}", s.display())]);
            }
            args.extend(job.bench.command.iter().cloned());
            let spec = self.spec(&job.target.program, args, false);
            let (out, ir) = self.run_spec(spec, i >= warmups)?;
            if let Some(f) = Self::failure_of(&out, "command") {
                return Err(f);
            }
            let secs = out.wall.as_secs_f64();
            m.rss_kb = m.rss_kb.max(out.max_rss_kb);
            m.wall += secs;
            if i < warmups {
                m.warmups.push(secs);
            } else {
                m.values.push(secs);
                m.counters.extend(ir);
            }
        }
        if let Some(s) = stats {
            m.runtime_stats = crate::runtime_stats::read(&s);
            let _ = std::fs::remove_file(&s);
        }
        Ok(m)
    }
}

impl Executor for RealExecutor {
    fn execute(&mut self, job: &Job) -> Result<Measured, Failure> {
        match job.bench.kind {
            BenchKind::Harness => self.harness(job),
            BenchKind::Command => self.command(job),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::Benchmark;
    use crate::runner::Target;

    fn exec(dir: &Path) -> RealExecutor {
        RealExecutor::new(
            worker_env(dir),
            dir.to_path_buf(),
            dir.to_path_buf(),
            CounterMode::None,
        )
    }

    fn sh_target() -> Target {
        Target {
            name: "sh".into(),
            program: "/bin/sh".into(),
            args: vec![],
            runtime_stats: false,
            python: None,
        }
    }

    fn job<'a>(bench: &'a Benchmark, target: &'a Target) -> Job<'a> {
        Job {
            bench,
            target,
            process: 0,
            loops: 2,
            values: 3,
            warmups: Warmups::Fixed(1),
            min_time: 0.1,
        }
    }

    fn bench(kind: BenchKind, script: Option<PathBuf>, command: Vec<String>) -> Benchmark {
        Benchmark {
            name: "b".into(),
            description: String::new(),
            tags: vec![],
            kind,
            script,
            args: vec![],
            command,
            min_python: None,
        }
    }

    #[test]
    fn command_benchmark_times_whole_processes() {
        let d = tempfile::tempdir().unwrap();
        let b = bench(BenchKind::Command, None, vec!["-c".into(), "exit 0".into()]);
        let t = sh_target();
        let m = exec(d.path()).execute(&job(&b, &t)).unwrap();
        assert_eq!((m.warmups.len(), m.values.len()), (1, 3));
        assert!(m.values.iter().all(|v| *v > 0.0 && *v < 5.0));
        assert!(m.rss_kb > 0);
    }

    #[test]
    fn callgrind_counts_instructions_when_valgrind_is_present() {
        let Some(vg) = callgrind::valgrind() else {
            eprintln!("skipped: valgrind is not installed");
            return;
        };
        let d = tempfile::tempdir().unwrap();
        let b = bench(BenchKind::Command, None, vec!["-c".into(), "exit 0".into()]);
        let t = sh_target();
        let mut e = exec(d.path());
        e.mode = CounterMode::Callgrind;
        e.valgrind = Some(vg);
        let mut j = job(&b, &t);
        j.values = 1;
        let m = e.execute(&j).unwrap();
        let ir = m
            .counters
            .iter()
            .find(|c| c.name == "callgrind-instructions")
            .unwrap();
        assert!(ir.value.unwrap_or(0) > 10_000, "{ir:?}");
        assert_eq!(m.counters.len(), 1, "warm-up runs are not counted");
    }

    #[test]
    fn command_benchmark_stores_runtime_stats_of_last_run() {
        let d = tempfile::tempdir().unwrap();
        let runtime = d.path().join("ember");
        std::fs::write(
            &runtime,
            "#!/bin/sh\nif [ \"$1\" = -X ]; then echo '{\"imports\": 7}' > \"${2#stats=}\"; shift 2; fi\nexec /bin/sh \"$@\"\n",
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o755)).unwrap();
        let t = Target {
            name: "ember".into(),
            program: runtime,
            args: vec![],
            runtime_stats: true,
            python: None,
        };
        let b = bench(BenchKind::Command, None, vec!["-c".into(), "exit 0".into()]);
        let m = exec(d.path()).execute(&job(&b, &t)).unwrap();
        assert_eq!(m.runtime_stats, vec![("imports".to_string(), 7.0)]);
        assert_eq!(m.values.len(), 3);
    }

    /// A fake harness in sh that does the counter handshake.
    const HANDSHAKE_SH: &str = r#"out=""; ctl=""; ack=""; prev=""
for a in "$@"; do
  [ "$prev" = "--output" ] && out="$a"; [ "$prev" = "--ctl-fd" ] && ctl="$a"; [ "$prev" = "--ack-fd" ] && ack="$a"; prev="$a"
done
if [ -n "$ctl" ]; then printf E >&$ctl; head -c1 <&$ack >/dev/null; printf D >&$ctl; head -c1 <&$ack >/dev/null; fi
echo '{"name":"b","loops":2,"values":[0.1,0.2]}' > "$out"
"#;

    #[test]
    fn counters_through_the_executor_with_and_without_pmu() {
        use crate::counters::fake::FakeSource;
        use std::cell::RefCell;
        use std::rc::Rc;
        use std::sync::atomic::AtomicU64;
        use std::sync::Arc;
        let d = tempfile::tempdir().unwrap();
        let script = d.path().join("hs.sh");
        std::fs::write(&script, HANDSHAKE_SH).unwrap();
        let b = bench(BenchKind::Harness, Some(script), vec![]);
        let t = sh_target();
        for pmu in [false, true] {
            let notices = Rc::new(RefCell::new(Vec::<String>::new()));
            let mut e = exec(d.path());
            e.mode = CounterMode::Hw;
            e.source = Some(Box::new(FakeSource {
                pmu,
                running_share: 0.5,
                opened: Arc::new(AtomicU64::new(0)),
            }));
            let sink = notices.clone();
            e.notice = Box::new(move |m| sink.borrow_mut().push(m.to_string()));
            for _ in 0..2 {
                let m = e.execute(&job(&b, &t)).unwrap();
                assert_eq!(m.counters.len(), 11);
                let ins = m
                    .counters
                    .iter()
                    .find(|c| c.name == "instructions")
                    .unwrap();
                let tc = m.counters.iter().find(|c| c.name == "task-clock").unwrap();
                assert_eq!(tc.value, Some(500), "software counters always counted");
                if pmu {
                    assert!(ins.value == Some(500) && ins.multiplexed());
                } else {
                    assert!(
                        ins.value.is_none()
                            && ins
                                .note
                                .as_deref()
                                .unwrap()
                                .contains("unavailable on this machine")
                    );
                }
            }
            let said = notices
                .borrow()
                .iter()
                .filter(|n| n.contains("hardware counters unavailable"))
                .count();
            assert_eq!(
                said,
                usize::from(!pmu),
                "the no-PMU notice is given exactly once"
            );
        }
    }

    #[test]
    fn exit_codes_map_to_failures() {
        let d = tempfile::tempdir().unwrap();
        let t = sh_target();
        let check = d.path().join("check.sh");
        std::fs::write(&check, "echo 'check failed: 2 != 3' >&2; exit 3\n").unwrap();
        let b = bench(BenchKind::Harness, Some(check), vec![]);
        let f = exec(d.path()).execute(&job(&b, &t)).unwrap_err();
        assert_eq!(f.kind, FailureKind::Check);
        assert_eq!(f.message, "check failed: 2 != 3");
        let crash = d.path().join("crash.sh");
        std::fs::write(&crash, "echo boom >&2; kill -SEGV $$\n").unwrap();
        let b = bench(BenchKind::Harness, Some(crash), vec![]);
        let f = exec(d.path()).execute(&job(&b, &t)).unwrap_err();
        assert_eq!(f.kind, FailureKind::Crash);
        assert!(
            f.message.contains("signal 11") && f.message.contains("boom"),
            "{}",
            f.message
        );
        let silent = d.path().join("silent.sh");
        std::fs::write(&silent, "exit 0\n").unwrap();
        let b = bench(BenchKind::Harness, Some(silent), vec![]);
        assert_eq!(
            exec(d.path()).execute(&job(&b, &t)).unwrap_err().kind,
            FailureKind::BadOutput
        );
        let slow = d.path().join("slow.sh");
        std::fs::write(&slow, "sleep 20\n").unwrap();
        let b = bench(BenchKind::Harness, Some(slow), vec![]);
        let mut e = exec(d.path());
        e.timeout = Duration::from_millis(300);
        assert_eq!(
            e.execute(&job(&b, &t)).unwrap_err().kind,
            FailureKind::Timeout
        );
    }

    #[test]
    fn harness_output_file_and_runtime_stats() {
        let d = tempfile::tempdir().unwrap();
        // A fake harness in sh: finds --output and -X stats= in its args.
        let script = d.path().join("fake.sh");
        std::fs::write(
            &script,
            r#"out=""; prev=""
for a in "$@"; do [ "$prev" = "--output" ] && out="$a"; prev="$a"; done
echo '{"name":"b","loops":2,"warmups":[0.5],"values":[0.1,0.2],"steady_after":1}' > "$out"
"#,
        )
        .unwrap();
        // `-X stats=...` comes before the script: a wrapper program writes it.
        let runtime = d.path().join("ember");
        std::fs::write(&runtime, "#!/bin/sh\nstats=${2#stats=}\necho '{\"gc\":{\"collections\":5}}' > \"$stats\"\nshift 2\nexec /bin/sh \"$@\"\n").unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o755)).unwrap();
        let t = Target {
            name: "ember".into(),
            program: runtime,
            args: vec![],
            runtime_stats: true,
            python: None,
        };
        let b = bench(BenchKind::Harness, Some(script), vec![]);
        let m = exec(d.path()).execute(&job(&b, &t)).unwrap();
        assert_eq!(m.values, vec![0.1, 0.2]);
        assert_eq!(m.steady_after, Some(1));
        assert_eq!(m.runtime_stats, vec![("gc.collections".to_string(), 5.0)]);
    }
}
