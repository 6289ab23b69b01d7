//! The real counter source: `perf_event_open` through `perf-event2`, one
//! counter per event attached to the worker's pid, created disabled.

use super::{CounterSource, Event, OpenCounter, OpenError};
use perf_event::events::{Cache, CacheId, CacheOp, CacheResult, Hardware, Software};
use perf_event::{Builder, Counter};

pub struct PerfSource;

struct PerfCounter(Counter);

impl OpenCounter for PerfCounter {
    fn enable(&mut self) -> std::io::Result<()> {
        self.0.enable()
    }
    fn disable(&mut self) -> std::io::Result<()> {
        self.0.disable()
    }
    fn read(&mut self) -> std::io::Result<(u64, u64, u64)> {
        let c = self.0.read_count_and_time()?;
        Ok((c.count, c.time_enabled, c.time_running))
    }
}

fn builder(event: Event) -> Builder<'static> {
    let miss = |which| Cache {
        which,
        operation: CacheOp::READ,
        result: CacheResult::MISS,
    };
    match event {
        Event::Instructions => Builder::new(Hardware::INSTRUCTIONS),
        Event::Cycles => Builder::new(Hardware::CPU_CYCLES),
        Event::Branches => Builder::new(Hardware::BRANCH_INSTRUCTIONS),
        Event::BranchMisses => Builder::new(Hardware::BRANCH_MISSES),
        Event::CacheReferences => Builder::new(Hardware::CACHE_REFERENCES),
        Event::CacheMisses => Builder::new(Hardware::CACHE_MISSES),
        Event::L1IcacheMisses => Builder::new(miss(CacheId::L1I)),
        Event::ItlbMisses => Builder::new(miss(CacheId::ITLB)),
        Event::TaskClock => Builder::new(Software::TASK_CLOCK),
        Event::PageFaults => Builder::new(Software::PAGE_FAULTS),
        Event::ContextSwitches => Builder::new(Software::CONTEXT_SWITCHES),
    }
}

impl CounterSource for PerfSource {
    fn open(&self, event: Event, pid: i32) -> Result<Box<dyn OpenCounter>, OpenError> {
        let hardware = event.is_hardware();
        let mut b = builder(event);
        // Disabled until the harness says the timed region starts; inherit so
        // threads the worker starts later are counted too.
        b.observe_pid(pid).any_cpu().enabled(false).inherit(true);
        // Context switches happen in the kernel: excluding kernel events (the
        // builder's default) makes them read 0. Fall back to user-only when
        // perf_event_paranoid forbids kernel events.
        if !hardware {
            b.include_kernel();
        }
        let first = b.build();
        let counter = match first {
            Ok(c) => c,
            Err(e)
                if !hardware
                    && matches!(e.raw_os_error(), Some(libc::EACCES) | Some(libc::EPERM)) =>
            {
                b.exclude_kernel(true);
                b.build().map_err(|e| OpenError::from_io(&e, hardware))?
            }
            Err(e) => return Err(OpenError::from_io(&e, hardware)),
        };
        Ok(Box::new(PerfCounter(counter)))
    }
}

/// Probes which events open on this process (for `lab doctor`).
pub fn probe() -> Vec<(Event, Result<(), OpenError>)> {
    let pid = std::process::id() as i32;
    Event::HARDWARE
        .iter()
        .chain(&Event::SOFTWARE)
        .map(|&ev| (ev, PerfSource.open(ev, pid).map(|_| ())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Software counters work on any Linux; hardware ones either open or
    /// fail with a classified error, never a panic.
    #[test]
    fn probe_classifies_every_event() {
        let results = probe();
        assert_eq!(results.len(), 11);
        // Software events need no PMU: they open unless perf is forbidden.
        for (ev, r) in results.iter().filter(|(ev, _)| !ev.is_hardware()) {
            assert!(
                matches!(r, Ok(()) | Err(OpenError::Denied(_))),
                "{}: {r:?}",
                ev.name()
            );
        }
        // Hardware events either all open or all fail the same way (a PMU
        // is there or not), except events a present PMU lacks.
        let hw_no_pmu = results
            .iter()
            .filter(|(ev, r)| ev.is_hardware() && *r == Err(OpenError::NoPmu))
            .count();
        let hw_ok = results
            .iter()
            .filter(|(ev, r)| ev.is_hardware() && r.is_ok())
            .count();
        assert!(hw_no_pmu == 0 || hw_ok == 0 || hw_ok >= 2, "{results:?}");
    }

    #[test]
    fn counts_own_task_clock() {
        // This test's thread, not the process: a counter on a pid counts
        // that one thread (plus threads it starts later).
        let pid = unsafe { libc::syscall(libc::SYS_gettid) } as i32;
        let Ok(mut c) = PerfSource.open(Event::TaskClock, pid) else {
            eprintln!("skipped: perf_event_open not permitted here");
            return;
        };
        c.enable().unwrap();
        let mut x = 0u64;
        for i in 0..2_000_000u64 {
            x = x.wrapping_add(i * i);
        }
        std::hint::black_box(x);
        c.disable().unwrap();
        let (count, enabled, _running) = c.read().unwrap();
        assert!(
            count > 0 && enabled > 0,
            "task-clock read {count} over {enabled} ns"
        );
    }
}
