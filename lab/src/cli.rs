//! The command line (clap derive):
//! `lab list|run|compare|show|export|dashboard|report|doctor`.

use crate::counters::CounterMode;
use crate::protocol::Warmups;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "lab",
    version,
    about = "Ember's benchmark lab: run suites on configurations, collect counters, store every value, compare with honest statistics",
    after_help = "Example: lab run richards --config jit-noframe,cpython"
)]
pub struct Cli {
    /// Repository root (holds configs/ and suites/); found from the current directory by default.
    #[arg(long, global = true, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Results directory [default: lab-results/ in the repository root]; for
    /// `report`, the report's directory [default: reports/<run>/].
    #[arg(long, global = true, value_name = "DIR")]
    pub out: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List benchmarks (with tags and groups), configurations and stored runs.
    List(ListArgs),
    /// Build what each configuration needs, run benchmarks, store and compare.
    Run(RunArgs),
    /// Compare stored runs (configurations of all of them against the first).
    Compare(CompareArgs),
    /// Show one stored run in detail.
    Show(ShowArgs),
    /// Export one stored run.
    Export(ExportArgs),
    /// Browse stored runs in the terminal dashboard.
    Dashboard(DashboardArgs),
    /// Write a self-contained HTML report (index.html and data/) of stored runs.
    Report(ReportArgs),
    /// Check how fit this machine is for benchmarking.
    Doctor,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Suites directory (holds MANIFEST.toml).
    #[arg(long, value_name = "DIR")]
    pub suites: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Benchmarks or groups to run.
    #[arg(required = true, value_name = "BENCHMARK|GROUP")]
    pub selection: Vec<String>,
    /// Configurations, comma-separated; the first is the reference.
    #[arg(
        long,
        short,
        value_delimiter = ',',
        required = true,
        value_name = "NAME,..."
    )]
    pub config: Vec<String>,
    /// Values per worker process.
    #[arg(long)]
    pub values: Option<u32>,
    /// Worker processes per benchmark and configuration.
    #[arg(long)]
    pub processes: Option<u32>,
    /// Warm-up values per worker, or `auto` to detect steady state.
    #[arg(long, value_name = "N|auto")]
    pub warmups: Option<Warmups>,
    /// Loops per value (default: calibrated on the reference configuration).
    #[arg(long)]
    pub loops: Option<u64>,
    /// Quick protocol: 3 processes x 3 values.
    #[arg(long, conflicts_with = "rigorous")]
    pub fast: bool,
    /// Careful protocol: 20 processes x 10 values, steady-state warm-up.
    #[arg(long)]
    pub rigorous: bool,
    /// Counters for the timed region.
    #[arg(long, value_enum, default_value_t = CountersArg::Hw)]
    pub counters: CountersArg,
    /// Pin workers to this CPU.
    #[arg(long, value_name = "CPU")]
    pub pin: Option<usize>,
    /// Seconds before a worker is killed and its benchmark marked failed.
    #[arg(long, default_value_t = 300.0, value_name = "SECS")]
    pub timeout: f64,
    /// Seed of the randomised block order (default: from the clock; recorded).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Suites directory (holds MANIFEST.toml).
    #[arg(long, value_name = "DIR")]
    pub suites: Option<PathBuf>,
    /// Watch the run in the terminal dashboard, then browse its results
    /// (plain progress lines when stdout is not a terminal).
    #[arg(long)]
    pub dashboard: bool,
}

#[derive(Debug, Args)]
pub struct DashboardArgs {
    /// Run ids (or unique prefixes) [default: the newest run].
    #[arg(value_name = "RUN")]
    pub runs: Vec<String>,
    /// Browse the newest run.
    #[arg(long)]
    pub last: bool,
    /// Reference configuration (default: the first of the first run).
    #[arg(long)]
    pub reference: Option<String>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Run ids (or unique prefixes); configurations from all are reported.
    #[arg(value_name = "RUN", required_unless_present = "last")]
    pub runs: Vec<String>,
    /// Report the newest run.
    #[arg(long)]
    pub last: bool,
    /// Reference configuration (default: the first of the first run).
    #[arg(long)]
    pub reference: Option<String>,
    /// Results directory to read runs from [default: lab-results/ in the
    /// repository root] (`--out` names the report's directory here).
    #[arg(long, value_name = "DIR")]
    pub results: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CountersArg {
    Hw,
    Sw,
    Callgrind,
    None,
}

impl From<CountersArg> for CounterMode {
    fn from(c: CountersArg) -> CounterMode {
        match c {
            CountersArg::Hw => CounterMode::Hw,
            CountersArg::Sw => CounterMode::Sw,
            CountersArg::Callgrind => CounterMode::Callgrind,
            CountersArg::None => CounterMode::None,
        }
    }
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Run ids (or unique prefixes); configurations from all are compared.
    #[arg(value_name = "RUN", required_unless_present = "last")]
    pub runs: Vec<String>,
    /// Compare the newest run.
    #[arg(long)]
    pub last: bool,
    /// Reference configuration (default: the first of the first run).
    #[arg(long)]
    pub reference: Option<String>,
    /// Markdown instead of aligned text.
    #[arg(long)]
    pub markdown: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Run id, unique prefix, or `last`.
    pub run: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Json,
    Csv,
    Markdown,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Run id, unique prefix, or `last`.
    pub run: String,
    #[arg(long, value_enum)]
    pub format: Format,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn definition_is_valid() {
        Cli::command().debug_assert();
    }

    #[test]
    fn parses_run() {
        let cli = Cli::try_parse_from([
            "lab",
            "run",
            "richards",
            "default",
            "--config",
            "jit,cpython",
            "--warmups",
            "auto",
            "--fast",
            "--counters",
            "sw",
            "--pin",
            "1",
            "--seed",
            "42",
            "--out",
            "/tmp/r",
        ])
        .unwrap();
        let Command::Run(r) = cli.command else {
            panic!()
        };
        assert_eq!(r.selection, vec!["richards", "default"]);
        assert_eq!(r.config, vec!["jit", "cpython"]);
        assert_eq!(r.warmups, Some(Warmups::Auto));
        assert!(r.fast && !r.rigorous);
        assert_eq!(r.counters, CountersArg::Sw);
        assert_eq!((r.pin, r.seed), (Some(1), Some(42)));
        assert_eq!(cli.out, Some(PathBuf::from("/tmp/r")));
    }

    #[test]
    fn rejects_bad_input() {
        assert!(
            Cli::try_parse_from(["lab", "run", "x"]).is_err(),
            "--config is required"
        );
        assert!(
            Cli::try_parse_from(["lab", "run", "x", "-c", "a", "--fast", "--rigorous"]).is_err()
        );
        assert!(Cli::try_parse_from(["lab", "run", "x", "-c", "a", "--warmups", "soon"]).is_err());
        assert!(Cli::try_parse_from(["lab", "compare"]).is_err());
        assert!(Cli::try_parse_from(["lab", "compare", "--last"]).is_ok());
        assert!(Cli::try_parse_from(["lab", "export", "r", "--format", "xml"]).is_err());
        assert!(
            Cli::try_parse_from(["lab", "report"]).is_err(),
            "which runs?"
        );
        assert!(
            Cli::try_parse_from(["lab", "dashboard"]).is_ok(),
            "newest run"
        );
    }

    #[test]
    fn parses_dashboard_and_report() {
        let cli = Cli::try_parse_from([
            "lab",
            "report",
            "r1",
            "r2",
            "--out",
            "reports/x",
            "--reference",
            "cpython",
        ])
        .unwrap();
        assert_eq!(cli.out, Some(PathBuf::from("reports/x")));
        let Command::Report(r) = cli.command else {
            panic!()
        };
        assert_eq!((r.runs.len(), r.reference.as_deref()), (2, Some("cpython")));
        let cli = Cli::try_parse_from(["lab", "run", "x", "-c", "a,b", "--dashboard"]).unwrap();
        let Command::Run(r) = cli.command else {
            panic!()
        };
        assert!(r.dashboard);
    }
}
