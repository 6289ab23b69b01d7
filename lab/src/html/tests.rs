//! Report rendering from fixed data: deterministic, and structurally what
//! the report promises (sections, one chart per purpose, legends, colours
//! per config, no scripts, nothing fetched). Structure, not pixels.

use super::*;
use crate::store::StoredRun;
use crate::view::history::history;
use crate::view::tests::fixture;
use plotters::style::RGBColor;

fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

fn view() -> View {
    View::build(&fixture(), None).unwrap()
}

#[test]
fn deterministic_and_complete() {
    let v = view();
    let a = render(&v, &[]).unwrap();
    let b = render(&v, &[]).unwrap();
    assert_eq!(a, b, "same data, same bytes");
    for id in [
        "summary",
        "speedups",
        "distributions",
        "counters",
        "runtime",
        "failures",
        "environment",
        "data",
    ] {
        assert_eq!(count(&a, &format!("<section id=\"{id}\">")), 1, "{id}");
    }
    assert!(!a.contains("id=\"history\""), "no history from one run");
    assert_eq!(count(&a, "<section"), count(&a, "</section>"));
    // 1 speed-up chart, 3 box plots (one per benchmark), IPC and branch misses.
    assert_eq!(count(&a, "<svg"), 6);
    assert_eq!(count(&a, "<svg"), count(&a, "</svg>"));
    // Self-contained: no script, no stylesheet or image from elsewhere.
    assert!(!a.contains("<script"));
    let without_ns = a.replace("http://www.w3.org/2000/svg", "");
    assert!(!without_ns.contains("http://") && !without_ns.contains("https://"));
    assert!(!a.contains("<link") && !a.contains("<img"));
    // Summary: geometric means vs the reference and vs CPython.
    assert!(a.contains("geometric-mean speed-up vs baseline (95% CI)"));
    assert!(a.contains("geometric-mean speed-up vs CPython (95% CI)"));
    // jit: richards 2x, nbody 1.25x -> geo mean sqrt(2.5).
    assert!(a.contains(&format!("{:.2}×", 2.5f64.sqrt())), "geo mean");
    // Units on axes and legends naming every config.
    assert!(a.contains("speed-up (×, log scale)"));
    assert!(a.contains("time per loop (ms)"));
    for c in ["baseline", "jit", "cpython"] {
        let pal = Palette::new(&v.configs);
        let hex = pal.hex(c);
        assert!(a.contains(&format!("background:{hex}")), "swatch for {c}");
        // The same colour in the charts (plotters writes it as rgb or hex).
        let RGBColor(r, g, b) = pal.of(c);
        let svg_hex = format!("#{r:02X}{g:02X}{b:02X}");
        assert!(
            a.contains(&svg_hex) || a.contains(&hex),
            "colour of {c} in charts"
        );
    }
    // Runtime statistics where present, the failure with its stderr.
    assert!(a.contains("inline_cache.load_attr hit rate"));
    assert!(a.contains("jit.deopts.type_guard"));
    assert!(a.contains("Traceback"));
    assert!(a.contains("Environment and protocol"));
}

#[test]
fn says_what_is_missing() {
    let mut src = fixture();
    src.rows.retain(|r| {
        !matches!(
            r.kind,
            crate::record::RowKind::RuntimeStat | crate::record::RowKind::Counter
        )
    });
    src.meta.doctor.pmu = false;
    src.configs.retain(|c| c != "cpython");
    let v = View::build(&src, None).unwrap();
    let a = render(&v, &[]).unwrap();
    assert!(a.contains("No runtime statistics recorded"));
    assert!(a.contains("had no PMU"));
    assert!(a.contains("CPython did not run"));
    // Only the speed-up chart and the box plots.
    assert_eq!(count(&a, "<svg"), 4);
}

#[test]
fn history_charts_when_runs_repeat() {
    let mk = |id: &str, scale: f64| {
        let src = fixture();
        let mut meta = src.meta.clone();
        meta.run_id = id.into();
        let rows = src
            .rows
            .into_iter()
            .map(|mut r| {
                if r.config == "jit" {
                    r.value = r.value.map(|v| v * scale);
                }
                r
            })
            .collect();
        StoredRun {
            path: PathBuf::new(),
            meta,
            rows,
        }
    };
    let runs = [
        mk("20260101-000000-aaaa", 1.0),
        mk("20260102-000000-bbbb", 0.8),
    ];
    let refs: Vec<&StoredRun> = runs.iter().collect();
    let v = view();
    let h = history(&refs, &v.configs, &v.reference, &v.benchmarks).unwrap();
    let a = render(&v, &h).unwrap();
    assert_eq!(count(&a, "<section id=\"history\">"), 1);
    // Geo mean chart + one per benchmark with values on two runs (3).
    assert_eq!(count(&a, "<svg"), 6 + 1 + 3);
    assert!(a.contains("Geometric-mean speed-up over the reference, run by run"));
}

#[test]
fn writes_page_and_data() {
    let d = tempfile::tempdir().unwrap();
    let src = fixture();
    let v = view();
    let index = write(d.path(), &v, &src.rows, &[]).unwrap();
    assert!(index.ends_with("index.html"));
    for f in ["rows.csv", "rows.parquet", "speedups.csv", "summary.csv"] {
        assert!(d.path().join("data").join(f).is_file(), "{f}");
    }
    let speedups = std::fs::read_to_string(d.path().join("data/speedups.csv")).unwrap();
    assert_eq!(speedups.lines().count(), 1 + v.speedups.len());
    let df = polars::prelude::ParquetReader::new(
        std::fs::File::open(d.path().join("data/rows.parquet")).unwrap(),
    );
    use polars::prelude::SerReader;
    assert_eq!(df.finish().unwrap().height(), src.rows.len());
}

#[test]
fn log_axis_ticks_are_round() {
    assert_eq!(
        charts::log_ticks(0.3, 30.0),
        vec![0.5, 1.0, 2.0, 5.0, 10.0, 20.0]
    );
    assert_eq!(
        charts::log_ticks(0.9, 4.1),
        vec![1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0]
    );
    assert_eq!(charts::log_ticks(1.0, 1.1), vec![1.0, 1.1]);
}

#[test]
fn box_plots_skip_values_that_are_not_numbers() {
    let pal = Palette::new(&["a".to_string()]);
    let svg = charts::box_plots("t", &[("a".into(), vec![1.0, f64::NAN, 2.0, 3.0])], &pal).unwrap();
    assert!(svg.contains("<svg"));
    assert!(charts::box_plots("t", &[("a".into(), vec![f64::NAN])], &pal).is_ok());
}
