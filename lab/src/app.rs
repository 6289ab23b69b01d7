//! The commands behind the CLI: list, run, compare, show, export, dashboard,
//! report, doctor. This is the edge where errors become `anyhow` messages
//! for people.

use crate::cli::{
    Cli, Command, CompareArgs, DashboardArgs, ExportArgs, Format, ListArgs, ReportArgs, RunArgs,
};
use crate::config::{self, Config, ConfigKind};
use crate::counters::{callgrind, perf::PerfSource, CounterMode};
use crate::dashboard::{self, live::LiveEvent, live::LiveState, Ended, Msg};
use crate::doctor;
use crate::ember;
use crate::exec::{self, RealExecutor};
use crate::manifest::Manifest;
use crate::protocol::{Preset, Protocol};
use crate::record::{ConfigMeta, Row, RunMeta};
use crate::report;
use crate::resolve;
use crate::runner::{Outcome, Progress, Runner, Target};
use crate::stats::dataset::Dataset;
use crate::stats::table::summarize;
use crate::store::{self, StoredRun};
use crate::timefmt;
use crate::view::{history, Source, View};
use anyhow::{bail, Context, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const LAB_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The repository root: the nearest directory upwards holding `configs/`
/// and `Cargo.toml`, else the workspace this lab was built from.
pub fn find_root(explicit: Option<&Path>) -> PathBuf {
    if let Some(p) = explicit {
        return p.to_path_buf();
    }
    if let Ok(cwd) = std::env::current_dir() {
        for d in cwd.ancestors() {
            if d.join("configs").is_dir() && d.join("Cargo.toml").is_file() {
                return d.to_path_buf();
            }
        }
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap_or(Path::new("."))
        .to_path_buf()
}

pub fn main_with(cli: Cli) -> Result<()> {
    let root = find_root(cli.root.as_deref());
    // The default lives in the root (where .gitignore ignores it), wherever
    // the lab is started from; an explicit --out is taken as given.
    let out = cli.out.clone().unwrap_or_else(|| root.join("lab-results"));
    match cli.command {
        Command::List(a) => list(&root, &out, a),
        Command::Run(a) => run(&root, &out, a),
        Command::Compare(a) => compare(&out, a),
        Command::Show(a) => show(&out, &a.run),
        Command::Export(a) => export(&out, a),
        Command::Dashboard(a) => dashboard_cmd(&out, a),
        // Here `--out` names the report's directory; runs come from `--results`.
        Command::Report(a) => report_cmd(&root, cli.out.as_deref(), a),
        Command::Doctor => {
            print!("{}", doctor::Report::gather());
            Ok(())
        }
    }
}

fn manifest_path(root: &Path, suites: Option<&Path>) -> PathBuf {
    suites
        .map(Path::to_path_buf)
        .unwrap_or_else(|| root.join("suites"))
        .join("MANIFEST.toml")
}

/// Loads the stored runs, telling the user about files that are not runs.
fn load_runs(out: &Path) -> Result<Vec<StoredRun>> {
    let (runs, skipped) = store::load_dir(out)?;
    for s in skipped {
        eprintln!("skipped {}: {}", s.path.display(), s.reason);
    }
    Ok(runs)
}

fn list(root: &Path, out: &Path, a: ListArgs) -> Result<()> {
    let mpath = manifest_path(root, a.suites.as_deref());
    match Manifest::load(&mpath) {
        Ok(m) => {
            println!("Benchmarks ({}):", mpath.display());
            let mut t = report::Table::new(&["name", "kind", "tags", "groups", "description"]);
            for (name, b) in &m.benchmarks {
                t.rows.push(vec![
                    name.clone(),
                    b.kind.as_str().to_string(),
                    b.tags.join(","),
                    m.groups_of(name).join(","),
                    b.description.clone(),
                ]);
            }
            print!("{}", t.render(false));
            println!(
                "\nGroups: {}",
                m.groups.keys().cloned().collect::<Vec<_>>().join(", ")
            );
        }
        Err(e) => println!("Benchmarks: none ({e})"),
    }
    println!("\nConfigurations ({}):", root.join("configs").display());
    let mut t = report::Table::new(&["name", "kind", "features / command", "description"]);
    for c in config::load_all(&root.join("configs"))? {
        let what = match c.kind {
            ConfigKind::Ember => format!("[{}]", c.features.join(", ")),
            ConfigKind::External => c.command.clone().unwrap_or_default(),
        };
        t.rows.push(vec![
            c.name.clone(),
            format!("{:?}", c.kind).to_lowercase(),
            what,
            c.description.clone(),
        ]);
    }
    print!("{}", t.render(false));
    let runs = load_runs(out)?;
    println!("\nStored runs ({}):", out.display());
    if runs.is_empty() {
        println!("none");
    }
    let mut t = report::Table::new(&["run", "started", "host", "configs", "benchmarks"]);
    for r in &runs {
        t.rows.push(vec![
            r.meta.run_id.clone(),
            r.meta.started.clone(),
            r.meta.host.clone(),
            r.meta
                .configs
                .iter()
                .map(|c| c.name.clone())
                .collect::<Vec<_>>()
                .join(","),
            r.meta.benchmarks.len().to_string(),
        ]);
    }
    if !runs.is_empty() {
        print!("{}", t.render(false));
    }
    Ok(())
}

/// Builds or resolves what a configuration runs.
fn prepare(root: &Path, c: &Config) -> Result<(Target, ConfigMeta)> {
    match c.kind {
        ConfigKind::External => {
            let cmd = c.command.as_deref().unwrap_or_default();
            let path_var = std::env::var("PATH").unwrap_or_default();
            let exe = resolve::resolve(cmd, &path_var)
                .with_context(|| format!("configuration `{}`", c.name))?;
            let version = resolve::version(&exe, &c.version_args, c.version_contains.as_deref())
                .with_context(|| format!("configuration `{}`", c.name))?;
            // "Python 3.9.16 (7.3.11...)" -> (3, 9).
            let python = version
                .split_whitespace()
                .find_map(crate::manifest::parse_version);
            let target = Target {
                name: c.name.clone(),
                program: exe.clone(),
                args: vec![],
                runtime_stats: false,
                python,
            };
            let meta = ConfigMeta {
                name: c.name.clone(),
                kind: "external".into(),
                description: c.description.clone(),
                executable: exe.display().to_string(),
                version,
                features: vec![],
                ember_commit: None,
                args: vec![],
            };
            Ok((target, meta))
        }
        ConfigKind::Ember => {
            eprintln!(
                "building ember for `{}` (features: [{}])...",
                c.name,
                c.features.join(", ")
            );
            let bin = ember::Builder::new(root).build(&c.name, &c.features)?;
            if bin.cached {
                eprintln!("  cached: {}", bin.path.display());
            }
            let version = resolve::version(&bin.path, &["--version".to_string()], None)
                .unwrap_or_else(|_| "unknown".into());
            let args = c.runtime_args();
            // Ember implements Python 3.11.
            let target = Target {
                name: c.name.clone(),
                program: bin.path.clone(),
                args: args.clone(),
                runtime_stats: true,
                python: Some((3, 11)),
            };
            let meta = ConfigMeta {
                name: c.name.clone(),
                kind: "ember".into(),
                description: c.description.clone(),
                executable: bin.path.display().to_string(),
                version,
                features: c.features.clone(),
                ember_commit: Some(bin.commit),
                args,
            };
            Ok((target, meta))
        }
    }
}

fn protocol_for(a: &RunArgs) -> Protocol {
    let preset = if a.fast {
        Preset::Fast
    } else if a.rigorous {
        Preset::Rigorous
    } else {
        Preset::Default
    };
    let mut p = Protocol::preset(preset);
    if let Some(v) = a.values {
        p.values = v.max(1);
    }
    if let Some(v) = a.processes {
        p.processes = v.max(1);
    }
    if let Some(w) = a.warmups {
        p.warmups = w;
    }
    p.loops = a.loops;
    p
}

fn run(root: &Path, out: &Path, a: RunArgs) -> Result<()> {
    let mpath = manifest_path(root, a.suites.as_deref());
    let manifest = Manifest::load(&mpath)?;
    let names = manifest.resolve(&a.selection)?;
    let benches: Vec<_> = names.iter().map(|n| &manifest.benchmarks[n]).collect();
    let mut seen = Vec::new();
    for c in &a.config {
        if seen.contains(c) {
            bail!("configuration `{c}` is named twice");
        }
        seen.push(c.clone());
    }
    let configs = config::load_named(&root.join("configs"), &a.config)?;
    let mut targets = Vec::new();
    let mut metas = Vec::new();
    for c in &configs {
        let (t, m) = prepare(root, c)?;
        targets.push(t);
        metas.push(m);
    }
    let mode: CounterMode = a.counters.into();
    let valgrind = callgrind::valgrind();
    if mode == CounterMode::Callgrind && valgrind.is_none() {
        bail!("--counters callgrind needs valgrind, which is not installed");
    }
    let doctor = doctor::Report::gather();
    for w in &doctor.warnings {
        eprintln!("machine: {w}");
    }
    let protocol = protocol_for(&a);
    let started = timefmt::now_unix();
    let seed = a.seed.unwrap_or_else(|| (started * 1e6) as u64);
    let run_id = format!(
        "{}-{:04x}",
        timefmt::compact(started),
        crate::stats::dataset::seed_for(&[&seed.to_string(), &std::process::id().to_string()])
            & 0xffff
    );
    let env = exec::worker_env(&manifest.root.join("_lib"));
    let mut meta = RunMeta {
        run_id: run_id.clone(),
        lab_version: LAB_VERSION.into(),
        started: timefmt::rfc3339(started),
        finished: None,
        host: doctor.host.clone(),
        cpu_model: doctor.cpu_model.clone(),
        kernel: doctor.kernel.clone(),
        doctor,
        protocol: protocol.clone(),
        seed,
        counters: mode,
        pin: a.pin,
        timeout_s: a.timeout,
        env: env.clone(),
        selection: a.selection.clone(),
        configs: metas,
        benchmarks: vec![],
    };
    eprintln!(
        "run {run_id}: {} benchmark(s) x {} configuration(s); {protocol}; seed {seed}",
        benches.len(),
        targets.len()
    );
    let scratch = std::env::temp_dir().join(format!("lab-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)?;
    let mut ex = RealExecutor::new(env, manifest.root.clone(), scratch.clone(), mode);
    ex.pin = a.pin;
    ex.timeout = Duration::from_secs_f64(a.timeout.max(0.001));
    ex.valgrind = valgrind;
    if matches!(mode, CounterMode::Hw | CounterMode::Sw) {
        ex.source = Some(Box::new(PerfSource));
    }
    // How progress is shown: the old lines, the dashboard's plain lines
    // (--dashboard without a terminal), or the dashboard on its own thread.
    let config_names: Vec<String> = targets.iter().map(|t| t.name.clone()).collect();
    let live = LiveState::new(
        &run_id,
        &format!("{} procs × {} values", protocol.processes, protocol.values),
        names.clone(),
        config_names.clone(),
        protocol.processes,
    );
    let t0 = std::time::Instant::now();
    let mut face = if !a.dashboard {
        Face::Lines
    } else if dashboard::stdout_is_terminal() {
        let (tx, rx) = std::sync::mpsc::channel();
        let notice_tx = tx.clone();
        ex.notice = Box::new(move |m| {
            let _ = notice_tx.send(Msg::Event(LiveEvent::Notice(m.to_string())));
        });
        let id = run_id.clone();
        let dir = out.to_path_buf();
        let ui = std::thread::spawn(move || {
            let r = dashboard::watch(live, rx);
            if let Ok(Ended::QuitDuringRun) = r {
                // The run thread is busy in a worker; leaving now loses at
                // most the benchmark in flight (each one is stored when done).
                eprintln!(
                    "lab: dashboard closed during run {id}; finished benchmarks are stored in {}",
                    dir.display()
                );
                std::process::exit(130);
            }
            r
        });
        Face::Tui(tx, ui)
    } else {
        eprintln!("note: stdout is not a terminal: plain progress lines instead of the dashboard");
        Face::Plain(Box::new(live))
    };
    let mut progress = |p: Progress| match &mut face {
        Face::Lines => print_progress(&p),
        Face::Plain(state) => {
            let e = LiveEvent::from_progress(&p);
            state.elapsed = t0.elapsed().as_secs_f64();
            state.apply(e.clone());
            if let Some(line) = state.line(&e) {
                eprintln!("{line}");
            }
        }
        Face::Tui(tx, _) => {
            let _ = tx.send(Msg::Event(LiveEvent::from_progress(&p)));
        }
    };
    let mut write_err: Option<anyhow::Error> = None;
    let mut checkpoint = |o: &Outcome| {
        meta.benchmarks = o.benchmarks.clone();
        if let Err(e) = store::write_run(out, &meta, &o.rows) {
            write_err = Some(e.into());
        }
    };
    let mut runner = Runner {
        protocol,
        seed,
        progress: &mut progress,
        checkpoint: &mut checkpoint,
    };
    let outcome = runner.run(&benches, &targets, &mut ex);
    let _ = std::fs::remove_dir_all(&scratch);
    let stored = match write_err {
        Some(e) => Err(e.context("storing results")),
        None => {
            meta.benchmarks = outcome.benchmarks.clone();
            meta.finished = Some(timefmt::rfc3339(timefmt::now_unix()));
            store::write_run(out, &meta, &outcome.rows).map_err(anyhow::Error::from)
        }
    };
    let configs = config_names;
    if let Face::Tui(tx, ui) = face {
        let _ = tx.send(match &stored {
            Ok(_) => Msg::Finished(Box::new(Source {
                meta: meta.clone(),
                rows: outcome.rows.clone(),
                configs: configs.clone(),
                runs: vec![run_id.clone()],
            })),
            Err(e) => Msg::Error(format!("{e:#}")),
        });
        drop(tx);
        // The user browses the results until they quit.
        match ui.join() {
            Ok(r) => {
                r.context("terminal dashboard")?;
            }
            Err(_) => eprintln!("lab: the dashboard stopped unexpectedly"),
        }
    }
    let path = stored?;
    eprintln!("stored {}", path.display());
    println!(
        "{}",
        comparison_text(&meta, &outcome.rows, &configs, false)?
    );
    Ok(())
}

/// Where run progress goes.
enum Face {
    Lines,
    Plain(Box<LiveState>),
    Tui(
        std::sync::mpsc::Sender<Msg>,
        std::thread::JoinHandle<std::io::Result<Ended>>,
    ),
}

/// The progress lines of a run without the dashboard.
fn print_progress(p: &Progress) {
    match *p {
        Progress::Starting { .. } => {}
        Progress::Calibrated {
            bench,
            config,
            loops,
        } => eprintln!("[{bench}] calibrated on {config}: {loops} loops"),
        Progress::Worker {
            bench,
            config,
            process,
            of,
            mean,
            ..
        } => {
            eprintln!(
                "[{bench}] {config} process {}/{of}: mean {}",
                process + 1,
                report::fmt_time(mean)
            )
        }
        Progress::Failed {
            bench,
            config,
            message,
        } => {
            eprintln!(
                "[{bench}] {config} FAILED: {}",
                message.lines().next().unwrap_or("")
            )
        }
    }
}

fn tags_of(meta: &RunMeta) -> BTreeMap<String, Vec<String>> {
    meta.benchmarks
        .iter()
        .map(|b| (b.name.clone(), b.tags.clone()))
        .collect()
}

fn comparison_text(
    meta: &RunMeta,
    rows: &[Row],
    configs: &[String],
    markdown: bool,
) -> Result<String> {
    let ds = Dataset::from_rows(rows, configs, tags_of(meta));
    let summaries = summarize(rows)?;
    Ok(report::comparison(&ds, &summaries, markdown))
}

/// Merges runs for comparison: refuses different protocols; a configuration
/// present in several runs is labelled `name@run`.
pub fn merge(runs: &[&StoredRun]) -> Result<(RunMeta, Vec<Row>, Vec<String>)> {
    let first = runs.first().context("no runs to compare")?;
    let mut meta = first.meta.clone();
    let mut rows = Vec::new();
    let mut configs: Vec<String> = Vec::new();
    let count = |name: &str| {
        runs.iter()
            .filter(|r| r.meta.configs.iter().any(|c| c.name == name))
            .count()
    };
    for r in runs {
        if !r.meta.protocol.comparable(&first.meta.protocol) {
            bail!(
                "runs {} ({}) and {} ({}) used different protocols: refusing to compare",
                first.meta.run_id,
                first.meta.protocol,
                r.meta.run_id,
                r.meta.protocol
            );
        }
        for b in &r.meta.benchmarks {
            if let Some(fb) = meta.benchmarks.iter().find(|x| x.name == b.name) {
                if fb.loops.is_some() && b.loops.is_some() && fb.loops != b.loops {
                    eprintln!(
                        "note: `{}` ran with {:?} loops in {} and {:?} in {}",
                        b.name, fb.loops, first.meta.run_id, b.loops, r.meta.run_id
                    );
                }
            } else {
                meta.benchmarks.push(b.clone());
            }
        }
        for c in &r.meta.configs {
            let label = if runs.len() > 1 && count(&c.name) > 1 {
                format!("{}@{}", c.name, r.meta.run_id)
            } else {
                c.name.clone()
            };
            configs.push(label.clone());
            rows.extend(
                r.rows
                    .iter()
                    .filter(|x| x.config == c.name)
                    .cloned()
                    .map(|mut x| {
                        x.config = label.clone();
                        x
                    }),
            );
        }
    }
    Ok((meta, rows, configs))
}

fn compare(out: &Path, a: CompareArgs) -> Result<()> {
    let runs = load_runs(out)?;
    if runs.is_empty() {
        bail!(store::StoreError::Empty(out.to_path_buf()));
    }
    let ids: Vec<String> = if a.last || a.runs.is_empty() {
        vec!["last".into()]
    } else {
        a.runs.clone()
    };
    let picked: Vec<&StoredRun> = ids
        .iter()
        .map(|id| store::select(&runs, id))
        .collect::<Result<_, _>>()?;
    let (meta, rows, mut configs) = merge(&picked)?;
    if let Some(r) = a.reference {
        let pos = configs.iter().position(|c| *c == r).with_context(|| {
            format!(
                "no configuration `{r}` in these runs ({})",
                configs.join(", ")
            )
        })?;
        let c = configs.remove(pos);
        configs.insert(0, c);
    }
    if configs.len() < 2 {
        eprintln!(
            "note: only one configuration ({}); nothing to compare it with",
            configs.join("")
        );
    }
    println!("{}", comparison_text(&meta, &rows, &configs, a.markdown)?);
    Ok(())
}

/// The runs named by `ids` (the newest when none or `last`), merged.
fn source_from(runs: &[StoredRun], ids: &[String], last: bool) -> Result<Source> {
    let ids: Vec<String> = if last || ids.is_empty() {
        vec!["last".into()]
    } else {
        ids.to_vec()
    };
    let picked: Vec<&StoredRun> = ids
        .iter()
        .map(|id| store::select(runs, id))
        .collect::<Result<_, _>>()?;
    let (meta, rows, configs) = merge(&picked)?;
    Ok(Source {
        meta,
        rows,
        configs,
        runs: picked.iter().map(|r| r.meta.run_id.clone()).collect(),
    })
}

fn dashboard_cmd(out: &Path, a: DashboardArgs) -> Result<()> {
    let runs = load_runs(out)?;
    if runs.is_empty() {
        bail!(store::StoreError::Empty(out.to_path_buf()));
    }
    let src = source_from(&runs, &a.runs, a.last)?;
    let view = View::build(&src, a.reference.as_deref())?;
    if !dashboard::stdout_is_terminal() {
        eprintln!(
            "note: stdout is not a terminal: the comparison as text instead of the dashboard"
        );
        println!(
            "{}",
            comparison_text(&src.meta, &src.rows, &view.configs, false)?
        );
        return Ok(());
    }
    dashboard::browse(src, view).context("terminal dashboard")?;
    Ok(())
}

fn report_cmd(root: &Path, dir: Option<&Path>, a: ReportArgs) -> Result<()> {
    let results = a
        .results
        .clone()
        .unwrap_or_else(|| root.join("lab-results"));
    let runs = load_runs(&results)?;
    if runs.is_empty() {
        bail!(store::StoreError::Empty(results));
    }
    let src = source_from(&runs, &a.runs, a.last)?;
    let view = View::build(&src, a.reference.as_deref())?;
    // History: every stored run with the same protocol that ran one of these
    // configurations (a single run adds nothing).
    let related: Vec<&StoredRun> = runs
        .iter()
        .filter(|r| r.meta.protocol.comparable(&src.meta.protocol))
        .filter(|r| {
            r.meta
                .configs
                .iter()
                .any(|c| view.configs.iter().any(|v| history::base_name(v) == c.name))
        })
        .collect();
    let hist = if related.len() >= 2 {
        history::history(&related, &view.configs, &view.reference, &view.benchmarks)?
    } else {
        Vec::new()
    };
    let dir = dir
        .map(Path::to_path_buf)
        .unwrap_or_else(|| root.join("reports").join(&src.runs[0]));
    let index = crate::html::write(&dir, &view, &src.rows, &hist)
        .with_context(|| format!("writing the report to {}", dir.display()))?;
    eprintln!(
        "report of {} ({} history chart(s) from {} comparable run(s))",
        src.runs.join(", "),
        hist.iter().filter(|s| s.benchmark.is_none()).count() + {
            let mut b: Vec<_> = hist.iter().filter_map(|s| s.benchmark.as_ref()).collect();
            b.sort();
            b.dedup();
            b.len()
        },
        related.len()
    );
    println!("{}", index.display());
    Ok(())
}

fn show(out: &Path, id: &str) -> Result<()> {
    let runs = load_runs(out)?;
    let r = store::select(&runs, id)?;
    print!("{}", report::show(&r.meta, &r.rows, &summarize(&r.rows)?));
    Ok(())
}

fn export(out: &Path, a: ExportArgs) -> Result<()> {
    let runs = load_runs(out)?;
    let r = store::select(&runs, &a.run)?;
    let text = match a.format {
        Format::Json => report::json(&r.meta, &r.rows)?,
        Format::Csv => report::csv(&r.rows),
        Format::Markdown => {
            let configs: Vec<String> = r.meta.configs.iter().map(|c| c.name.clone()).collect();
            format!(
                "# Run {}\n\n{}\n\n{}",
                r.meta.run_id,
                r.meta.protocol,
                comparison_text(&r.meta, &r.rows, &configs, true)?
            )
        }
    };
    match a.output {
        Some(p) => std::fs::write(&p, text).with_context(|| format!("writing {}", p.display()))?,
        None => print!("{text}"),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::RowKind;

    fn run_with(id: &str, config: &str, processes: u32) -> StoredRun {
        let mut meta = store::tests::meta(id);
        meta.protocol.processes = processes;
        meta.configs = vec![ConfigMeta {
            name: config.into(),
            kind: "external".into(),
            description: String::new(),
            executable: "/x".into(),
            version: "1".into(),
            features: vec![],
            ember_commit: None,
            args: vec![],
        }];
        let mut r = Row::new("b", config, 0, RowKind::Value);
        r.value = Some(1.0);
        StoredRun {
            path: PathBuf::new(),
            meta,
            rows: vec![r],
        }
    }

    #[test]
    fn merge_labels_duplicates_and_refuses_protocol_mismatch() {
        let a = run_with("r1", "cpython", 3);
        let b = run_with("r2", "cpython", 3);
        let c = run_with("r3", "pypy", 3);
        let (_, rows, configs) = merge(&[&a, &b, &c]).unwrap();
        assert_eq!(configs, vec!["cpython@r1", "cpython@r2", "pypy"]);
        assert_eq!(rows.len(), 3);
        let d = run_with("r4", "pypy", 20);
        let e = merge(&[&a, &d]).unwrap_err().to_string();
        assert!(e.contains("different protocols"), "{e}");
    }

    #[test]
    fn finds_root_and_builds_protocol() {
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(find_root(Some(tmp.path())), tmp.path());
        assert!(find_root(None).join("Cargo.toml").exists());
        use clap::Parser;
        let cli = Cli::try_parse_from([
            "lab", "run", "x", "-c", "a", "--fast", "--values", "7", "--loops", "3",
        ])
        .unwrap();
        let Command::Run(r) = cli.command else {
            panic!()
        };
        let p = protocol_for(&r);
        assert_eq!((p.processes, p.values, p.loops), (3, 7, Some(3)));
    }
}
