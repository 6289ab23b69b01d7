//! `lab doctor`: how fit this machine is for benchmarking (PMU and counters,
//! perf_event_paranoid, VM, CPU, governor, SMT, load, memory). The report is
//! stored in every run's metadata.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub host: String,
    pub kernel: String,
    pub cpu_model: String,
    pub cpus: usize,
    /// Counters that opened on this process.
    pub counters_open: Vec<String>,
    /// Counters that did not, with why.
    pub counters_failed: Vec<(String, String)>,
    pub pmu: bool,
    pub perf_event_paranoid: Option<i32>,
    /// e.g. "KVM (hypervisor flag; QEMU Standard PC)"; None on bare metal.
    pub virtualization: Option<String>,
    pub governor: Option<String>,
    pub smt_active: Option<bool>,
    pub load_avg: Option<(f64, f64, f64)>,
    pub mem_available_mb: Option<u64>,
    pub mem_total_mb: Option<u64>,
    pub valgrind: bool,
    /// Things that make numbers less trustworthy, in words.
    pub warnings: Vec<String>,
}

fn read(p: &str) -> Option<String> {
    std::fs::read_to_string(p)
        .ok()
        .map(|s| s.trim().to_string())
}

/// The `model name` of the first CPU in /proc/cpuinfo text.
pub fn cpu_model(cpuinfo: &str) -> Option<String> {
    cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_string())
}

/// Whether /proc/cpuinfo carries the `hypervisor` flag (set for guests).
pub fn hypervisor_flag(cpuinfo: &str) -> bool {
    cpuinfo
        .lines()
        .filter(|l| l.starts_with("flags"))
        .any(|l| l.split_whitespace().any(|w| w == "hypervisor"))
}

/// Load averages from /proc/loadavg text.
pub fn parse_loadavg(text: &str) -> Option<(f64, f64, f64)> {
    let mut it = text.split_whitespace().map(|w| w.parse::<f64>());
    Some((it.next()?.ok()?, it.next()?.ok()?, it.next()?.ok()?))
}

/// `(MemTotal, MemAvailable)` in MiB from /proc/meminfo text.
pub fn parse_meminfo(text: &str) -> (Option<u64>, Option<u64>) {
    let get = |key: &str| {
        text.lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
            .map(|kb| kb / 1024)
    };
    (get("MemTotal:"), get("MemAvailable:"))
}

/// Names a VM from DMI strings (vendor, product) when they are telling.
pub fn dmi_vm(vendor: &str, product: &str) -> Option<String> {
    let known = [
        "QEMU",
        "KVM",
        "VMware",
        "VirtualBox",
        "Xen",
        "Microsoft Corporation",
        "Amazon EC2",
        "Google",
        "Firecracker",
        "Bochs",
        "innotek",
    ];
    let both = format!("{vendor} {product}");
    known
        .iter()
        .any(|k| both.contains(k))
        .then(|| both.trim().to_string())
}

impl Report {
    /// Examines this machine.
    pub fn gather() -> Report {
        let cpuinfo = read("/proc/cpuinfo").unwrap_or_default();
        let mut r = Report {
            host: read("/proc/sys/kernel/hostname").unwrap_or_else(|| "unknown".into()),
            kernel: read("/proc/sys/kernel/osrelease").unwrap_or_else(|| "unknown".into()),
            cpu_model: cpu_model(&cpuinfo).unwrap_or_else(|| "unknown".into()),
            cpus: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1),
            perf_event_paranoid: read("/proc/sys/kernel/perf_event_paranoid")
                .and_then(|s| s.parse().ok()),
            governor: read("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor"),
            smt_active: read("/sys/devices/system/cpu/smt/active").map(|s| s == "1"),
            load_avg: read("/proc/loadavg").and_then(|s| parse_loadavg(&s)),
            valgrind: crate::counters::callgrind::valgrind().is_some(),
            ..Report::default()
        };
        let (total, avail) = parse_meminfo(&read("/proc/meminfo").unwrap_or_default());
        r.mem_total_mb = total;
        r.mem_available_mb = avail;
        let dmi = dmi_vm(
            &read("/sys/class/dmi/id/sys_vendor").unwrap_or_default(),
            &read("/sys/class/dmi/id/product_name").unwrap_or_default(),
        );
        r.virtualization = match (hypervisor_flag(&cpuinfo), dmi) {
            (true, Some(d)) => Some(format!("yes (hypervisor flag; {d})")),
            (true, None) => Some("yes (hypervisor flag)".into()),
            (false, Some(d)) => Some(format!("likely ({d})")),
            (false, None) => None,
        };
        for (ev, res) in crate::counters::perf::probe() {
            match res {
                Ok(()) => r.counters_open.push(ev.name().into()),
                Err(e) => r.counters_failed.push((ev.name().into(), e.to_string())),
            }
        }
        r.pmu = r
            .counters_open
            .iter()
            .any(|n| n == "instructions" || n == "cycles");
        r.warnings = r.assess();
        r
    }

    /// Turns the findings into warnings.
    pub fn assess(&self) -> Vec<String> {
        let mut w = Vec::new();
        if !self.pmu {
            w.push(format!(
                "{}; use --counters callgrind for instruction counts",
                crate::counters::NO_PMU
            ));
        }
        if let Some(v) = &self.virtualization {
            w.push(format!(
                "running in a virtual machine ({v}): expect more noise"
            ));
        }
        if let Some(g) = &self.governor {
            if g != "performance" {
                w.push(format!(
                    "CPU frequency governor is `{g}`, not `performance`"
                ));
            }
        }
        if self.smt_active == Some(true) {
            w.push("SMT (hyper-threading) is on: a sibling thread can slow a worker".into());
        }
        if let Some((l1, _, _)) = self.load_avg {
            if l1 > 0.5 * self.cpus as f64 {
                w.push(format!(
                    "load average {l1:.2} on {} CPUs: other work is running",
                    self.cpus
                ));
            }
        }
        if let (Some(a), Some(t)) = (self.mem_available_mb, self.mem_total_mb) {
            if a * 10 < t {
                w.push(format!("only {a} MiB of {t} MiB memory available"));
            }
        }
        if self.perf_event_paranoid.is_some_and(|p| p > 1) && !is_root() {
            w.push("perf_event_paranoid > 1: counters of other processes may be refused".into());
        }
        w
    }
}

fn is_root() -> bool {
    unsafe { libc::geteuid() == 0 }
}

fn opt<T: fmt::Display>(o: &Option<T>) -> String {
    o.as_ref()
        .map(|v| v.to_string())
        .unwrap_or_else(|| "unknown".into())
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "host                 {}", self.host)?;
        writeln!(f, "kernel               {}", self.kernel)?;
        writeln!(
            f,
            "CPU                  {} ({} logical CPUs)",
            self.cpu_model, self.cpus
        )?;
        writeln!(
            f,
            "virtual machine      {}",
            self.virtualization.as_deref().unwrap_or("no")
        )?;
        writeln!(
            f,
            "frequency governor   {}",
            self.governor.as_deref().unwrap_or("unknown (no cpufreq)")
        )?;
        writeln!(f, "SMT active           {}", opt(&self.smt_active))?;
        let load = self
            .load_avg
            .map(|(a, b, c)| format!("{a:.2} {b:.2} {c:.2}"));
        writeln!(f, "load average         {}", opt(&load))?;
        writeln!(
            f,
            "memory available     {} MiB of {} MiB",
            opt(&self.mem_available_mb),
            opt(&self.mem_total_mb)
        )?;
        writeln!(f, "perf_event_paranoid  {}", opt(&self.perf_event_paranoid))?;
        writeln!(
            f,
            "PMU                  {}",
            if self.pmu { "present" } else { "absent" }
        )?;
        writeln!(
            f,
            "counters open        {}",
            if self.counters_open.is_empty() {
                "none".into()
            } else {
                self.counters_open.join(", ")
            }
        )?;
        // Group failures by reason so a missing PMU reads as one line.
        let mut reasons: Vec<(String, Vec<String>)> = Vec::new();
        for (name, why) in &self.counters_failed {
            match reasons.iter_mut().find(|(w, _)| w == why) {
                Some((_, names)) => names.push(name.clone()),
                None => reasons.push((why.clone(), vec![name.clone()])),
            }
        }
        for (why, names) in reasons {
            writeln!(f, "counters unavailable {} ({why})", names.join(", "))?;
        }
        writeln!(
            f,
            "valgrind             {}",
            if self.valgrind { "present" } else { "absent" }
        )?;
        if self.warnings.is_empty() {
            writeln!(f, "verdict              fit for benchmarking")?;
        } else {
            for w in &self.warnings {
                writeln!(f, "warning              {w}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CPUINFO: &str = "processor\t: 0\nmodel name\t: AMD EPYC 7B13\nflags\t\t: fpu vme hypervisor lahf_lm\n\nprocessor\t: 1\n";

    #[test]
    fn parses_proc_files() {
        assert_eq!(cpu_model(CPUINFO).as_deref(), Some("AMD EPYC 7B13"));
        assert!(hypervisor_flag(CPUINFO));
        assert!(!hypervisor_flag("flags : fpu hypervisorx\n"));
        assert_eq!(
            parse_loadavg("0.50 0.25 0.10 1/123 456"),
            Some((0.5, 0.25, 0.1))
        );
        assert_eq!(parse_loadavg("x"), None);
        let (t, a) = parse_meminfo(
            "MemTotal:       24576000 kB\nMemFree: 1 kB\nMemAvailable:   2048000 kB\n",
        );
        assert_eq!((t, a), (Some(24000), Some(2000)));
        assert_eq!(
            dmi_vm("QEMU", "Standard PC (Q35 + ICH9, 2009)").as_deref(),
            Some("QEMU Standard PC (Q35 + ICH9, 2009)")
        );
        assert_eq!(dmi_vm("Dell Inc.", "PowerEdge"), None);
    }

    #[test]
    fn assessment_warns() {
        let r = Report {
            cpus: 2,
            pmu: false,
            governor: Some("powersave".into()),
            smt_active: Some(true),
            load_avg: Some((1.5, 1.0, 1.0)),
            virtualization: Some("yes".into()),
            mem_total_mb: Some(1000),
            mem_available_mb: Some(50),
            ..Report::default()
        };
        let w = r.assess().join("\n");
        for needle in [
            "hardware counters unavailable",
            "virtual machine",
            "powersave",
            "SMT",
            "load average",
            "50 MiB",
        ] {
            assert!(w.contains(needle), "missing {needle}: {w}");
        }
        let good = Report {
            cpus: 8,
            pmu: true,
            governor: Some("performance".into()),
            ..Report::default()
        };
        assert!(good.assess().is_empty());
        assert!(good.to_string().contains("fit for benchmarking"));
    }

    #[test]
    fn gathers_this_machine() {
        let r = Report::gather();
        assert!(r.cpus >= 1);
        assert!(r.counters_open.len() + r.counters_failed.len() == 11);
        assert!(r.to_string().contains("perf_event_paranoid"));
    }
}
