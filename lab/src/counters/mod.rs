//! Performance counters for the timed region of a worker: the counter list,
//! readings with their enabled/running times, and a source abstraction so the
//! logic is tested with a fake source as well as the real `perf_event_open`.

pub mod callgrind;
pub mod perf;

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use thiserror::Error;

/// The notice given (once) when the machine has no PMU.
pub const NO_PMU: &str = "hardware counters unavailable on this machine";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CounterMode {
    /// Hardware and software counters.
    Hw,
    /// Software counters only.
    Sw,
    /// Instruction counts from valgrind's callgrind.
    Callgrind,
    None,
}

impl FromStr for CounterMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "hw" => Ok(CounterMode::Hw),
            "sw" => Ok(CounterMode::Sw),
            "callgrind" => Ok(CounterMode::Callgrind),
            "none" => Ok(CounterMode::None),
            other => Err(format!(
                "unknown counter mode `{other}` (hw, sw, callgrind, none)"
            )),
        }
    }
}

impl fmt::Display for CounterMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CounterMode::Hw => "hw",
            CounterMode::Sw => "sw",
            CounterMode::Callgrind => "callgrind",
            CounterMode::None => "none",
        })
    }
}

/// Which event a counter counts; the perf source maps these to events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    Instructions,
    Cycles,
    Branches,
    BranchMisses,
    CacheReferences,
    CacheMisses,
    L1IcacheMisses,
    ItlbMisses,
    TaskClock,
    PageFaults,
    ContextSwitches,
}

impl Event {
    pub const HARDWARE: [Event; 8] = [
        Event::Instructions,
        Event::Cycles,
        Event::Branches,
        Event::BranchMisses,
        Event::CacheReferences,
        Event::CacheMisses,
        Event::L1IcacheMisses,
        Event::ItlbMisses,
    ];
    pub const SOFTWARE: [Event; 3] = [Event::TaskClock, Event::PageFaults, Event::ContextSwitches];

    /// Names as `perf stat` spells them.
    pub fn name(self) -> &'static str {
        match self {
            Event::Instructions => "instructions",
            Event::Cycles => "cycles",
            Event::Branches => "branches",
            Event::BranchMisses => "branch-misses",
            Event::CacheReferences => "cache-references",
            Event::CacheMisses => "cache-misses",
            Event::L1IcacheMisses => "L1-icache-load-misses",
            Event::ItlbMisses => "iTLB-load-misses",
            Event::TaskClock => "task-clock",
            Event::PageFaults => "page-faults",
            Event::ContextSwitches => "context-switches",
        }
    }

    pub fn is_hardware(self) -> bool {
        Event::HARDWARE.contains(&self)
    }

    pub fn for_mode(mode: CounterMode) -> Vec<Event> {
        match mode {
            CounterMode::Hw => Event::HARDWARE
                .iter()
                .chain(&Event::SOFTWARE)
                .copied()
                .collect(),
            CounterMode::Sw => Event::SOFTWARE.to_vec(),
            CounterMode::Callgrind | CounterMode::None => Vec::new(),
        }
    }
}

/// Why a counter could not be opened.
#[derive(Clone, Debug, Error, PartialEq)]
pub enum OpenError {
    /// ENOENT/EOPNOTSUPP on a hardware event: no PMU (typical in VMs).
    #[error("{NO_PMU}")]
    NoPmu,
    #[error("not permitted (perf_event_paranoid too high?): {0}")]
    Denied(String),
    #[error("{0}")]
    Other(String),
}

impl OpenError {
    /// Classifies an `io::Error` from `perf_event_open`.
    pub fn from_io(e: &std::io::Error, hardware: bool) -> OpenError {
        match e.raw_os_error() {
            Some(libc::ENOENT) | Some(libc::EOPNOTSUPP) | Some(libc::ENODEV) if hardware => {
                OpenError::NoPmu
            }
            Some(libc::EACCES) | Some(libc::EPERM) => OpenError::Denied(e.to_string()),
            _ => OpenError::Other(e.to_string()),
        }
    }
}

/// One open counter on one process.
pub trait OpenCounter: Send {
    fn enable(&mut self) -> std::io::Result<()>;
    fn disable(&mut self) -> std::io::Result<()>;
    /// `(count, time_enabled_ns, time_running_ns)`.
    fn read(&mut self) -> std::io::Result<(u64, u64, u64)>;
}

/// Opens counters; the real one is `perf::PerfSource`.
pub trait CounterSource: Send + Sync {
    fn open(&self, event: Event, pid: i32) -> Result<Box<dyn OpenCounter>, OpenError>;
}

/// One counter's result for the timed region of one worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    pub name: String,
    pub hardware: bool,
    /// `None` when the counter is unsupported or failed.
    pub value: Option<u64>,
    pub time_enabled: u64,
    pub time_running: u64,
    /// Why there is no value.
    pub note: Option<String>,
}

impl Reading {
    /// The counter shared the PMU with others and its count is an estimate.
    pub fn multiplexed(&self) -> bool {
        self.value.is_some() && self.time_running < self.time_enabled
    }
}

/// The counters attached to one worker process.
pub struct Attached {
    open: Vec<(Event, Box<dyn OpenCounter>)>,
    failed: Vec<(Event, OpenError)>,
}

impl Attached {
    /// Opens every event of `mode` on `pid`, disabled; never fails as a whole.
    pub fn attach(source: &dyn CounterSource, pid: i32, mode: CounterMode) -> Attached {
        let mut a = Attached {
            open: Vec::new(),
            failed: Vec::new(),
        };
        let mut no_pmu = false;
        for ev in Event::for_mode(mode) {
            // After one ENOENT the PMU is known absent: skip the other opens.
            if no_pmu && ev.is_hardware() {
                a.failed.push((ev, OpenError::NoPmu));
                continue;
            }
            match source.open(ev, pid) {
                Ok(c) => a.open.push((ev, c)),
                Err(e) => {
                    no_pmu |= e == OpenError::NoPmu;
                    a.failed.push((ev, e));
                }
            }
        }
        a
    }

    /// Whether hardware counters were found missing (to tell the user once).
    pub fn hardware_unavailable(&self) -> bool {
        self.failed.iter().any(|(_, e)| *e == OpenError::NoPmu)
    }

    pub fn enable(&mut self) {
        for (_, c) in &mut self.open {
            // A counter that fails to enable reads 0 with time_enabled 0,
            // which `read` reports; the benchmark must go on.
            let _ = c.enable();
        }
    }

    pub fn disable(&mut self) {
        for (_, c) in &mut self.open {
            let _ = c.disable();
        }
    }

    pub fn read(&mut self) -> Vec<Reading> {
        let mut out = Vec::new();
        for (ev, c) in &mut self.open {
            out.push(match c.read() {
                Ok((value, time_enabled, time_running)) => Reading {
                    name: ev.name().into(),
                    hardware: ev.is_hardware(),
                    // Never ran at all (e.g. PMU busy): no meaningful value.
                    value: (time_running > 0 || time_enabled == 0).then_some(value),
                    time_enabled,
                    time_running,
                    note: (time_running == 0 && time_enabled > 0).then(|| "not counted".into()),
                },
                Err(e) => Reading {
                    name: ev.name().into(),
                    hardware: ev.is_hardware(),
                    value: None,
                    time_enabled: 0,
                    time_running: 0,
                    note: Some(format!("read failed: {e}")),
                },
            });
        }
        for (ev, e) in &self.failed {
            out.push(Reading {
                name: ev.name().into(),
                hardware: ev.is_hardware(),
                value: None,
                time_enabled: 0,
                time_running: 0,
                note: Some(format!("unsupported: {e}")),
            });
        }
        out
    }
}

#[cfg(test)]
pub mod fake {
    //! A fake counter source: counts a fixed amount per enabled period.
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Arc;

    pub struct FakeSource {
        pub pmu: bool,
        /// Hardware counters run this share of the time (multiplexing).
        pub running_share: f64,
        pub opened: Arc<AtomicU64>,
    }

    struct FakeCounter {
        enabled: bool,
        periods: u64,
        share: f64,
    }

    impl OpenCounter for FakeCounter {
        fn enable(&mut self) -> std::io::Result<()> {
            self.enabled = true;
            Ok(())
        }
        fn disable(&mut self) -> std::io::Result<()> {
            if self.enabled {
                self.periods += 1;
            }
            self.enabled = false;
            Ok(())
        }
        fn read(&mut self) -> std::io::Result<(u64, u64, u64)> {
            let enabled = self.periods * 1_000;
            Ok((
                self.periods * 500,
                enabled,
                (enabled as f64 * self.share) as u64,
            ))
        }
    }

    impl CounterSource for FakeSource {
        fn open(&self, event: Event, _pid: i32) -> Result<Box<dyn OpenCounter>, OpenError> {
            if event.is_hardware() && !self.pmu {
                return Err(OpenError::NoPmu);
            }
            self.opened.fetch_add(1, Ordering::SeqCst);
            let share = if event.is_hardware() {
                self.running_share
            } else {
                1.0
            };
            Ok(Box::new(FakeCounter {
                enabled: false,
                periods: 0,
                share,
            }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fake::FakeSource;
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Arc;

    #[test]
    fn supported_path_reads_all_and_flags_multiplexing() {
        let src = FakeSource {
            pmu: true,
            running_share: 0.5,
            opened: Arc::new(AtomicU64::new(0)),
        };
        let mut a = Attached::attach(&src, 1, CounterMode::Hw);
        assert!(!a.hardware_unavailable());
        a.enable();
        a.disable();
        let r = a.read();
        assert_eq!(r.len(), 11);
        let ins = r.iter().find(|r| r.name == "instructions").unwrap();
        assert_eq!(ins.value, Some(500));
        assert!(ins.multiplexed());
        let tc = r.iter().find(|r| r.name == "task-clock").unwrap();
        assert!(!tc.multiplexed() && !tc.hardware);
    }

    #[test]
    fn no_pmu_path_keeps_software_counters() {
        let opened = Arc::new(AtomicU64::new(0));
        let src = FakeSource {
            pmu: false,
            running_share: 1.0,
            opened: opened.clone(),
        };
        let mut a = Attached::attach(&src, 1, CounterMode::Hw);
        assert!(a.hardware_unavailable());
        assert_eq!(
            opened.load(Ordering::SeqCst),
            3,
            "only the software counters open"
        );
        a.enable();
        a.disable();
        let r = a.read();
        let hw: Vec<_> = r.iter().filter(|r| r.hardware).collect();
        assert_eq!(hw.len(), 8);
        assert!(hw.iter().all(|r| r.value.is_none()
            && r.note.as_deref()
                == Some("unsupported: hardware counters unavailable on this machine")));
        assert!(r
            .iter()
            .filter(|r| !r.hardware)
            .all(|r| r.value == Some(500)));
    }

    #[test]
    fn modes_and_errors() {
        assert_eq!(
            "callgrind".parse::<CounterMode>(),
            Ok(CounterMode::Callgrind)
        );
        assert!("x".parse::<CounterMode>().is_err());
        assert!(Event::for_mode(CounterMode::None).is_empty());
        assert_eq!(Event::for_mode(CounterMode::Sw).len(), 3);
        let enoent = std::io::Error::from_raw_os_error(libc::ENOENT);
        assert_eq!(OpenError::from_io(&enoent, true), OpenError::NoPmu);
        assert!(matches!(
            OpenError::from_io(&enoent, false),
            OpenError::Other(_)
        ));
        let eacces = std::io::Error::from_raw_os_error(libc::EACCES);
        assert!(matches!(
            OpenError::from_io(&eacces, true),
            OpenError::Denied(_)
        ));
    }
}
