//! Self-contained HTML reports (`lab report`): one `index.html` with inline
//! SVG charts (plotters) and CSS, no scripts and nothing fetched, plus the
//! data it was drawn from under `data/` (CSV and Parquet).

pub mod charts;
pub mod page;
pub mod palette;

use crate::record::Row;
use crate::report::fmt_time;
use crate::stats::compare::Verdict;
use crate::view::history::Series;
use crate::view::{speedup_of, View};
use charts::{BarSeries, Bars, ChartError};
use page::{esc, figure, section, swatch, table};
use palette::Palette;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum HtmlError {
    #[error(transparent)]
    Chart(#[from] ChartError),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("writing data: {0}")]
    Data(#[from] polars::prelude::PolarsError),
}

fn verdict_cell(v: Verdict) -> String {
    format!("<span class=\"{v}\">{v}</span>")
}

fn speedup_text(e: f64, lo: f64, hi: f64) -> String {
    format!("{e:.2}× [{lo:.2}, {hi:.2}]")
}

fn summary_section(v: &View, pal: &Palette) -> String {
    let mut body = String::new();
    let _ = writeln!(
        body,
        "<p>Run{} {}; reference <b>{}</b>; {} benchmark(s) × {} configuration(s); protocol: {}.</p>",
        if v.runs.len() > 1 { "s" } else { "" },
        esc(&v.runs.join(", ")),
        esc(&v.reference),
        v.benchmarks.len(),
        v.configs.len(),
        esc(&v.meta.protocol.to_string())
    );
    let cp = v.cpython.clone();
    let mut rows = Vec::new();
    for c in &v.configs {
        let mut r = vec![swatch(c, &pal.hex(c))];
        match v.geomeans.iter().find(|g| &g.config == c) {
            Some(g) => {
                let (e, lo, hi) = speedup_of(&g.ratio);
                r.push(speedup_text(e, lo, hi));
                r.push(g.benchmarks.to_string());
                r.push(g.faster.to_string());
                r.push(g.slower.to_string());
                r.push(g.same.to_string());
                r.push(g.uncertain.to_string());
            }
            None if *c == v.reference => {
                r.push("reference".into());
                r.extend(std::iter::repeat_n(String::new(), 5));
            }
            None => {
                r.push("no common benchmarks".into());
                r.extend(std::iter::repeat_n(String::new(), 5));
            }
        }
        r.push(match v.vs_cpython.iter().find(|g| &g.config == c) {
            Some(g) => {
                let (e, lo, hi) = speedup_of(&g.ratio);
                speedup_text(e, lo, hi)
            }
            None if Some(c) == cp.as_ref() => "CPython".into(),
            None if cp.as_deref() == Some(v.reference.as_str()) => {
                // CPython is the reference: the first column says it.
                "(see left)".into()
            }
            None => "-".into(),
        });
        rows.push(r);
    }
    let vs_ref = format!("geometric-mean speed-up vs {} (95% CI)", v.reference);
    body.push_str(&table(
        &[
            "configuration",
            &vs_ref,
            "benchmarks",
            "faster",
            "slower",
            "same",
            "uncertain",
            "geometric-mean speed-up vs CPython (95% CI)",
        ],
        &rows,
        &[2, 3, 4, 5, 6],
    ));
    if cp.is_none() {
        body.push_str(
            "<p class=\"note\">CPython did not run in these results: no comparison with it.</p>\n",
        );
    }
    body.push_str("<p>Speed-up = mean time of the reference / mean time of the configuration (above 1: faster). Intervals: hierarchical bootstrap over processes, then values (95%). “same”: within 1%; “uncertain”: above 1% but the interval includes no change.</p>\n");
    section("summary", "Summary", &body)
}

fn speedup_section(v: &View, pal: &Palette) -> Result<String, HtmlError> {
    let mut body = String::new();
    let others: Vec<&String> = v.configs.iter().skip(1).collect();
    if others.is_empty() {
        body.push_str("<p class=\"note\">Only one configuration: nothing to compare.</p>\n");
        return Ok(section("speedups", "Speed-up per benchmark", &body));
    }
    let series = others
        .iter()
        .map(|c| BarSeries {
            config: c.to_string(),
            values: v
                .benchmarks
                .iter()
                .map(|b| {
                    v.speedup(b, c).map(|s| {
                        let (e, lo, hi) = s.speedup();
                        (e, Some((lo, hi)))
                    })
                })
                .collect(),
        })
        .collect();
    let fmt = |x: f64| format!("{x:.2}×");
    let svg = charts::grouped_bars(&Bars {
        title: format!("Speed-up vs {} (log scale)", v.reference),
        y_desc: "speed-up (×, log scale)".into(),
        groups: v.benchmarks.clone(),
        series,
        log: true,
        rule: Some(1.0),
        format: &fmt,
        palette: pal,
    })?;
    body.push_str(&figure(
        &svg,
        "Bars: speed-up of each configuration; whiskers: 95% confidence interval; the line marks no change.",
    ));
    let mut rows = Vec::new();
    for b in &v.benchmarks {
        for c in &others {
            let reftime = v.summary(b, &v.reference).map(|s| fmt_time(s.mean));
            let mut r = vec![esc(b), swatch(c, &pal.hex(c))];
            match (v.speedup(b, c), v.failure(b, c)) {
                (Some(s), _) => {
                    let (e, lo, hi) = s.speedup();
                    r.push(speedup_text(e, lo, hi));
                    r.push(verdict_cell(s.verdict));
                    r.push(s.p_value.map(|p| format!("{p:.3}")).unwrap_or_default());
                }
                (None, Some(m)) => {
                    r.push("failed".into());
                    r.push(esc(m.lines().next().unwrap_or("")));
                    r.push(String::new());
                }
                (None, None) => r.extend(["-".into(), String::new(), String::new()]),
            }
            r.push(
                v.summary(b, c)
                    .map(|s| fmt_time(s.mean))
                    .unwrap_or_default(),
            );
            r.push(reftime.unwrap_or_default());
            rows.push(r);
        }
    }
    let ref_col = format!("{} mean", v.reference);
    body.push_str(&table(
        &[
            "benchmark",
            "configuration",
            "speed-up (95% CI)",
            "verdict",
            "Mann–Whitney p",
            "mean time",
            &ref_col,
        ],
        &rows,
        &[4, 5, 6],
    ));
    Ok(section("speedups", "Speed-up per benchmark", &body))
}

fn distribution_section(v: &View, pal: &Palette) -> Result<String, HtmlError> {
    let mut body = String::from(
        "<p>Every measured value (seconds per loop) per configuration: box from the first to the third quartile, median line, whiskers to the extremes, dots for the values.</p>\n",
    );
    for b in &v.benchmarks {
        let data: Vec<(String, Vec<f64>)> = v
            .configs
            .iter()
            .filter_map(|c| {
                let x = v.values.get(&(b.clone(), c.clone()))?;
                (!x.is_empty()).then(|| (c.clone(), x.clone()))
            })
            .collect();
        let _ = writeln!(body, "<h3 id=\"dist-{}\">{}</h3>", esc(b), esc(b));
        if data.is_empty() {
            body.push_str("<p class=\"note\">No values (failed on every configuration).</p>\n");
            continue;
        }
        let svg = charts::box_plots(&format!("{b}: time per loop"), &data, pal)?;
        body.push_str("<div class=\"grid\">\n");
        body.push_str(&figure(
            &svg,
            &format!("Distribution of {b} per configuration."),
        ));
        let rows: Vec<Vec<String>> = v
            .configs
            .iter()
            .filter_map(|c| {
                let s = v.summary(b, c)?;
                Some(vec![
                    swatch(c, &pal.hex(c)),
                    s.n.to_string(),
                    fmt_time(s.mean),
                    fmt_time(s.median),
                    fmt_time(s.std_dev),
                    format!("{:.2}%", 100.0 * s.cv),
                ])
            })
            .collect();
        body.push_str(&table(
            &["configuration", "n", "mean", "median", "sd", "cv"],
            &rows,
            &[1, 2, 3, 4, 5],
        ));
        body.push_str("</div>\n");
    }
    Ok(section("distributions", "Distributions", &body))
}

fn counters_section(v: &View, pal: &Palette) -> Result<String, HtmlError> {
    let mut body = String::new();
    if !v.has_hw_counters() {
        let why = if !v.pmu {
            format!(
                "This machine ({}{}) had no PMU: hardware counters (instructions, cycles, branches, cache misses) were unavailable, so there is no IPC or branch-miss chart.",
                esc(&v.meta.host),
                v.meta
                    .doctor
                    .virtualization
                    .as_ref()
                    .map(|x| format!(", virtualised: {}", esc(x)))
                    .unwrap_or_default()
            )
        } else {
            format!(
                "No hardware counters were recorded (counter mode: {}).",
                v.meta.counters
            )
        };
        let _ = writeln!(body, "<p class=\"note\">{why}</p>");
    } else {
        let mut rows = Vec::new();
        for b in &v.benchmarks {
            for c in &v.configs {
                let d = v.derived(b, c);
                if d.ipc.is_none() && d.instructions.is_none() {
                    continue;
                }
                let o = |x: Option<f64>, f: &dyn Fn(f64) -> String| x.map(f).unwrap_or("-".into());
                rows.push(vec![
                    esc(b),
                    swatch(c, &pal.hex(c)),
                    o(d.ipc, &|x| format!("{x:.2}")),
                    o(d.branch_miss_rate, &|x| format!("{:.2}%", 100.0 * x)),
                    o(d.cache_mpki, &|x| format!("{x:.2}")),
                    o(d.instructions, &|x| format!("{x:.3e}")),
                    if d.multiplexed > 0 {
                        format!("{} (scaled estimates)", d.multiplexed)
                    } else {
                        "0".into()
                    },
                ]);
            }
        }
        body.push_str(&table(
            &[
                "benchmark",
                "configuration",
                "IPC",
                "branch misses / branch",
                "cache misses / 1000 instr.",
                "instructions",
                "multiplexed readings",
            ],
            &rows,
            &[2, 3, 4, 5],
        ));
        let bars = |title: &str,
                    y: &str,
                    f: &dyn Fn(&str, &str) -> Option<f64>,
                    fmt: &dyn Fn(f64) -> String| {
            charts::grouped_bars(&Bars {
                title: title.into(),
                y_desc: y.into(),
                groups: v.benchmarks.clone(),
                series: v
                    .configs
                    .iter()
                    .map(|c| BarSeries {
                        config: c.clone(),
                        values: v
                            .benchmarks
                            .iter()
                            .map(|b| f(b, c).map(|x| (x, None)))
                            .collect(),
                    })
                    .collect(),
                log: false,
                rule: None,
                format: fmt,
                palette: pal,
            })
        };
        let ipc = bars(
            "Instructions per cycle (timed region)",
            "IPC",
            &|b, c| v.derived(b, c).ipc,
            &|x| format!("{x:.2}"),
        )?;
        let bm = bars(
            "Branch misses per 100 branches",
            "branch misses (%)",
            &|b, c| v.derived(b, c).branch_miss_rate.map(|x| 100.0 * x),
            &|x| format!("{x:.2}%"),
        )?;
        body.push_str(&figure(
            &ipc,
            "IPC per benchmark and configuration (mean over workers).",
        ));
        body.push_str(&figure(
            &bm,
            "Branch-miss rate per benchmark and configuration.",
        ));
    }
    // Software counters, wherever they exist (also without a PMU).
    let sw = ["task-clock", "page-faults", "context-switches"];
    let mut rows = Vec::new();
    for b in &v.benchmarks {
        for c in &v.configs {
            let cells: Vec<Option<f64>> = sw
                .iter()
                .map(|n| v.counter(b, c, n).and_then(|x| x.mean))
                .collect();
            if cells.iter().all(Option::is_none) {
                continue;
            }
            let mut r = vec![esc(b), swatch(c, &pal.hex(c))];
            r.push(
                cells[0]
                    .map(|x| format!("{:.1}", x / 1e6))
                    .unwrap_or("-".into()),
            );
            r.push(cells[1].map(|x| format!("{x:.0}")).unwrap_or("-".into()));
            r.push(cells[2].map(|x| format!("{x:.0}")).unwrap_or("-".into()));
            rows.push(r);
        }
    }
    if !rows.is_empty() {
        body.push_str("<h3>Software counters</h3>\n");
        body.push_str(&table(
            &[
                "benchmark",
                "configuration",
                "task-clock (ms)",
                "page faults",
                "context switches",
            ],
            &rows,
            &[2, 3, 4],
        ));
    }
    Ok(section("counters", "Hardware and software counters", &body))
}

fn runtime_section(v: &View, pal: &Palette) -> String {
    let mut body = String::new();
    let mut any = false;
    for b in &v.benchmarks {
        let mut rows = Vec::new();
        for c in &v.configs {
            for (k, val) in v.stat_lines(b, c) {
                rows.push(vec![swatch(c, &pal.hex(c)), esc(&k), esc(&val)]);
            }
        }
        if rows.is_empty() {
            continue;
        }
        any = true;
        let _ = writeln!(body, "<h3>{}</h3>", esc(b));
        body.push_str(&table(
            &["configuration", "statistic", "value (mean per worker)"],
            &rows,
            &[2],
        ));
    }
    if !any {
        body.push_str("<p class=\"note\">No runtime statistics recorded: none of these configurations wrote <code>-X stats</code> output.</p>\n");
    } else {
        body.insert_str(0, "<p>The runtime's own counters (<code>-X stats</code>): inline-cache hit rates, JIT compiles, deopts by reason, dict-watcher invalidations, as the runtime names them.</p>\n");
    }
    section("runtime", "Runtime statistics", &body)
}

fn failures_section(v: &View) -> String {
    if v.failures.is_empty() {
        return section("failures", "Failures", "<p>None.</p>\n");
    }
    let mut body = String::new();
    for ((b, c), m) in &v.failures {
        let _ = writeln!(
            body,
            "<h3>{} on {}</h3>\n<pre>{}</pre>",
            esc(b),
            esc(c),
            esc(m)
        );
    }
    section("failures", "Failures", &body)
}

fn environment_section(v: &View) -> String {
    let m = &v.meta;
    let d = &m.doctor;
    let o = |x: Option<String>| x.unwrap_or_else(|| "unknown".into());
    let kv = vec![
        ("runs", v.runs.join(", ")),
        ("lab version", m.lab_version.clone()),
        ("started", m.started.clone()),
        (
            "finished",
            m.finished.clone().unwrap_or_else(|| "(interrupted)".into()),
        ),
        ("host", m.host.clone()),
        ("CPU", format!("{} ({} CPUs)", m.cpu_model, d.cpus)),
        ("kernel", m.kernel.clone()),
        ("virtualisation", o(d.virtualization.clone())),
        ("PMU", if d.pmu { "yes".into() } else { "no".into() }),
        (
            "perf_event_paranoid",
            o(d.perf_event_paranoid.map(|x| x.to_string())),
        ),
        ("governor", o(d.governor.clone())),
        ("SMT active", o(d.smt_active.map(|x| x.to_string()))),
        (
            "load average",
            o(d.load_avg.map(|(a, b, c)| format!("{a} {b} {c}"))),
        ),
        (
            "memory",
            o(d.mem_total_mb.map(|t| {
                format!(
                    "{t} MB total, {} MB available",
                    d.mem_available_mb.unwrap_or(0)
                )
            })),
        ),
        ("protocol", m.protocol.to_string()),
        ("seed", m.seed.to_string()),
        ("counters", m.counters.to_string()),
        ("pinned CPU", o(m.pin.map(|p| p.to_string()))),
        ("timeout", format!("{} s", m.timeout_s)),
        (
            "worker environment",
            m.env
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(" "),
        ),
    ];
    let rows: Vec<Vec<String>> = kv.into_iter().map(|(k, v)| vec![esc(k), esc(&v)]).collect();
    let mut body = table(&["", ""], &rows, &[]);
    if !d.warnings.is_empty() {
        body.push_str("<p class=\"note\">");
        body.push_str(
            &d.warnings
                .iter()
                .map(|w| esc(w))
                .collect::<Vec<_>>()
                .join("<br>"),
        );
        body.push_str("</p>\n");
    }
    body.push_str("<h3>Configurations</h3>\n");
    let rows: Vec<Vec<String>> = m
        .configs
        .iter()
        .map(|c| {
            vec![
                esc(&c.name),
                esc(&c.kind),
                esc(&c.version),
                esc(&c.executable),
                esc(&c.features.join(", ")),
                esc(c.ember_commit.as_deref().unwrap_or("")),
                esc(&c.args.join(" ")),
            ]
        })
        .collect();
    body.push_str(&table(
        &[
            "name",
            "kind",
            "version",
            "executable",
            "features",
            "commit",
            "arguments",
        ],
        &rows,
        &[],
    ));
    body.push_str("<h3>Benchmarks</h3>\n");
    let rows: Vec<Vec<String>> = m
        .benchmarks
        .iter()
        .map(|b| {
            vec![
                esc(&b.name),
                esc(&b.kind),
                esc(&b.tags.join(", ")),
                b.loops.map(|l| l.to_string()).unwrap_or_default(),
                esc(b.calibrated_on.as_deref().unwrap_or("")),
            ]
        })
        .collect();
    body.push_str(&table(
        &["benchmark", "kind", "tags", "loops", "calibrated on"],
        &rows,
        &[3],
    ));
    section("environment", "Environment and protocol", &body)
}

fn history_section(history: &[Series], pal: &Palette) -> Result<String, HtmlError> {
    let mut body = String::from(
        "<p>Each point is one stored run with the same protocol, labelled by the Ember commit (or the run's date for other interpreters).</p>\n",
    );
    let mut runs: Vec<(String, String)> = Vec::new();
    for s in history {
        for p in &s.points {
            if !runs.iter().any(|(r, _)| *r == p.run) {
                runs.push((p.run.clone(), p.label.clone()));
            }
        }
    }
    runs.sort();
    let labels: Vec<String> = runs
        .iter()
        .enumerate()
        .map(|(i, (_, l))| {
            let dup = runs.iter().filter(|(_, x)| x == l).count() > 1;
            if dup {
                format!("{l} #{}", i + 1)
            } else {
                l.clone()
            }
        })
        .collect();
    let idx = |run: &str| runs.iter().position(|(r, _)| r == run).unwrap_or(0);
    let to_points = |s: &Series| -> Vec<(usize, f64)> {
        s.points.iter().map(|p| (idx(&p.run), p.value)).collect()
    };
    let geo: Vec<(String, Vec<(usize, f64)>)> = history
        .iter()
        .filter(|s| s.benchmark.is_none())
        .map(|s| (s.config.clone(), to_points(s)))
        .collect();
    if !geo.is_empty() {
        let fmt = |x: f64| format!("{x:.2}×");
        let svg = charts::history_lines(
            "Geometric-mean speed-up over the reference, run by run",
            "speed-up (×)",
            &labels,
            &geo,
            &fmt,
            pal,
        )?;
        body.push_str(&figure(
            &svg,
            "Geometric mean over the benchmarks each run shares with its reference.",
        ));
    }
    let mut benches: Vec<&str> = history
        .iter()
        .filter_map(|s| s.benchmark.as_deref())
        .collect();
    benches.dedup();
    benches.sort();
    benches.dedup();
    for b in benches {
        let series: Vec<(String, Vec<(usize, f64)>)> = history
            .iter()
            .filter(|s| s.benchmark.as_deref() == Some(b))
            .map(|s| (s.config.clone(), to_points(s)))
            .collect();
        let max = series
            .iter()
            .flat_map(|(_, p)| p.iter().map(|x| x.1))
            .fold(0.0, f64::max);
        let (unit, scale) = charts::time_unit(max);
        let scaled: Vec<(String, Vec<(usize, f64)>)> = series
            .into_iter()
            .map(|(c, p)| (c, p.into_iter().map(|(i, v)| (i, v * scale)).collect()))
            .collect();
        let fmt = |x: f64| format!("{x:.3}");
        let svg = charts::history_lines(
            &format!("{b}: mean time per loop"),
            &format!("time per loop ({unit})"),
            &labels,
            &scaled,
            &fmt,
            pal,
        )?;
        body.push_str(&figure(&svg, &format!("History of {b}.")));
    }
    Ok(section("history", "History across runs", &body))
}

fn data_section() -> String {
    section(
        "data",
        "Data",
        "<p>The data this page was drawn from: <a href=\"data/rows.csv\">rows.csv</a> and <a href=\"data/rows.parquet\">rows.parquet</a> (every stored row: values, warm-ups, counters, runtime statistics, workers, failures), <a href=\"data/speedups.csv\">speedups.csv</a> and <a href=\"data/summary.csv\">summary.csv</a>.</p>\n",
    )
}

/// The whole page. Deterministic: the same view gives the same bytes.
pub fn render(v: &View, history: &[Series]) -> Result<String, HtmlError> {
    let pal = Palette::new(&v.configs);
    let mut body = String::new();
    body.push_str(&summary_section(v, &pal));
    body.push_str(&speedup_section(v, &pal)?);
    body.push_str(&distribution_section(v, &pal)?);
    body.push_str(&counters_section(v, &pal)?);
    body.push_str(&runtime_section(v, &pal));
    body.push_str(&failures_section(v));
    body.push_str(&environment_section(v));
    let mut nav = vec![
        ("summary", "Summary"),
        ("speedups", "Speed-ups"),
        ("distributions", "Distributions"),
        ("counters", "Counters"),
        ("runtime", "Runtime statistics"),
        ("failures", "Failures"),
        ("environment", "Environment"),
    ];
    if !history.is_empty() {
        body.push_str(&history_section(history, &pal)?);
        nav.push(("history", "History"));
    }
    body.push_str(&data_section());
    nav.push(("data", "Data"));
    Ok(page::page(
        &format!("Ember lab report: {}", v.runs.join(", ")),
        &nav,
        &body,
    ))
}

fn speedups_csv(v: &View) -> String {
    let mut out = String::from("benchmark,config,reference,time_ratio,ratio_low,ratio_high,speedup,speedup_low,speedup_high,verdict,mann_whitney_p\n");
    for s in &v.speedups {
        let (e, lo, hi) = s.speedup();
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{},{},{},{}",
            s.benchmark,
            s.config,
            v.reference,
            s.ratio.estimate,
            s.ratio.low,
            s.ratio.high,
            e,
            lo,
            hi,
            s.verdict,
            s.p_value.map(|p| p.to_string()).unwrap_or_default()
        );
    }
    out
}

fn summary_csv(v: &View) -> String {
    let mut out = String::from("benchmark,config,n,mean,median,std_dev,cv\n");
    for s in &v.summaries {
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{}",
            s.benchmark, s.config, s.n, s.mean, s.median, s.std_dev, s.cv
        );
    }
    out
}

/// Writes `index.html` and `data/` into `dir`; returns the page's path.
pub fn write(dir: &Path, v: &View, rows: &[Row], history: &[Series]) -> Result<PathBuf, HtmlError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| HtmlError::Io { path, source }
    };
    let data = dir.join("data");
    std::fs::create_dir_all(&data).map_err(io(&data))?;
    let html = render(v, history)?;
    let index = dir.join("index.html");
    std::fs::write(&index, html).map_err(io(&index))?;
    let in_view: Vec<Row> = rows
        .iter()
        .filter(|r| v.configs.contains(&r.config))
        .cloned()
        .collect();
    let files = [
        ("rows.csv", crate::report::csv(&in_view)),
        ("speedups.csv", speedups_csv(v)),
        ("summary.csv", summary_csv(v)),
    ];
    for (name, text) in files {
        let p = data.join(name);
        std::fs::write(&p, text).map_err(io(&p))?;
    }
    let p = data.join("rows.parquet");
    let mut df = crate::store::frame::to_frame(&in_view)?;
    let f = std::fs::File::create(&p).map_err(io(&p))?;
    polars::prelude::ParquetWriter::new(f).finish(&mut df)?;
    Ok(index)
}

#[cfg(test)]
mod tests;
