//! Dashboard tests on ratatui's `TestBackend`: snapshots of every screen
//! from fixed data (in `lab/tests/snapshots/`, rewritten with
//! `LAB_BLESS=1`), key handling, and drawing at several sizes.

use super::live::tests::{midway, starting, worker};
use super::live::LiveEvent;
use super::state::{App, Overlay, Pane, Screen, Sort};
use super::{drain, ui, Msg};
use crate::view::tests::fixture;
use crate::view::View;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use std::path::PathBuf;

/// The screen as plain text, one line per row, trailing spaces removed.
fn render(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| ui::draw(f, app)).unwrap();
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        let line: String = (0..w).map(|x| buf[(x, y)].symbol().to_string()).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn snapshot(name: &str, text: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.txt"));
    if std::env::var_os("LAB_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing; run with LAB_BLESS=1", path.display()));
    assert_eq!(
        text,
        want,
        "screen differs from {} (LAB_BLESS=1 rewrites it)",
        path.display()
    );
}

fn key(c: KeyCode) -> KeyEvent {
    KeyEvent::new(c, KeyModifiers::NONE)
}

fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

fn browse_app() -> App {
    let src = fixture();
    let v = View::build(&src, None).unwrap();
    App::browse(src, v)
}

#[test]
fn live_screen_snapshot() {
    let app = App::live(midway());
    let s = render(&app, 80, 24);
    assert!(s.contains("10/18 workers"), "{s}");
    assert!(s.contains("nbody × cpython · process 2/3"), "{s}");
    assert!(s.contains("ZeroDivisionError"), "{s}");
    snapshot("live_80x24", &s);
}

#[test]
fn browse_screen_snapshot() {
    let app = browse_app();
    let s = render(&app, 80, 24);
    assert!(s.contains("speed-up vs baseline"), "{s}");
    assert!(s.contains("2.00x"), "{s}");
    assert!(s.contains("FAILED"), "{s}");
    assert!(s.contains("geometric mean"), "{s}");
    snapshot("browse_80x24", &s);
}

#[test]
fn detail_screen_snapshot() {
    let mut app = browse_app();
    app.on_key(key(KeyCode::Enter));
    assert_eq!(app.screen, Screen::Detail);
    assert_eq!(app.detail.as_deref(), Some("richards"));
    let s = render(&app, 80, 24);
    assert!(s.contains("distribution of values"), "{s}");
    assert!(s.contains("IPC"), "{s}");
    snapshot("detail_80x24", &s);
    // The runtime statistics further down, scrolled into view.
    for _ in 0..12 {
        app.on_key(ch('j'));
    }
    let s = render(&app, 80, 24);
    assert!(s.contains("inline_cache.load_attr hit rate"), "{s}");
    assert!(s.contains("90.0% of 1000"), "{s}");
}

#[test]
fn help_and_reference_overlays_snapshot() {
    let mut app = browse_app();
    app.on_key(ch('?'));
    snapshot("help_80x24", &render(&app, 80, 24));
    app.on_key(ch('x'));
    assert_eq!(app.overlay, Overlay::None, "any key closes help");
    app.on_key(ch('r'));
    snapshot("reference_80x24", &render(&app, 80, 24));
}

#[test]
fn no_runtime_statistics_and_no_pmu_are_said() {
    let mut src = fixture();
    src.rows.retain(|r| {
        !matches!(
            r.kind,
            crate::record::RowKind::RuntimeStat | crate::record::RowKind::Counter
        )
    });
    src.meta.doctor.pmu = false;
    let v = View::build(&src, None).unwrap();
    let mut app = App::browse(src, v);
    app.on_key(key(KeyCode::Enter));
    app.detail_scroll = 8;
    let s = render(&app, 80, 24);
    assert!(s.contains("no runtime statistics recorded"), "{s}");
    assert!(s.contains("this machine has no PMU"), "{s}");
}

#[test]
fn quit_keys() {
    let mut app = browse_app();
    app.on_key(ch('q'));
    assert!(app.quit);
    let mut app = App::live(midway());
    app.on_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert!(app.quit);
}

#[test]
fn tab_moves_between_panes_and_footer_follows() {
    let mut app = browse_app();
    assert_eq!(app.pane, Pane::Table);
    assert!(app.footer().iter().any(|(k, _)| *k == "/"));
    app.on_key(key(KeyCode::Tab));
    assert_eq!(app.pane, Pane::Chart);
    assert!(app
        .footer()
        .iter()
        .any(|(k, d)| *k == "h/l" && *d == "config"));
    app.on_key(ch('l'));
    assert_eq!(app.chart_config, 1);
    app.on_key(ch('l'));
    assert_eq!(app.chart_config, 1, "stays on the last config");
    app.on_key(key(KeyCode::BackTab));
    assert_eq!(app.pane, Pane::Table);
    let mut live = App::live(midway());
    live.on_key(key(KeyCode::Tab));
    assert_eq!(live.pane, Pane::Failures);
    live.on_key(key(KeyCode::Enter));
    assert_eq!(live.overlay, Overlay::Failure(0, 0));
    let s = render(&live, 80, 24);
    assert!(s.contains("Traceback (most recent call last)"), "{s}");
    snapshot("failure_80x24", &s);
    live.on_key(key(KeyCode::Esc));
    assert_eq!(live.overlay, Overlay::None);
}

#[test]
fn filter_sort_and_reference() {
    let mut app = browse_app();
    assert_eq!(app.rows().len(), 6);
    app.on_key(ch('/'));
    for c in "nbo".chars() {
        app.on_key(ch(c));
    }
    app.on_key(key(KeyCode::Enter));
    assert!(!app.filtering);
    assert_eq!(app.filter, "nbo");
    assert!(app.rows().iter().all(|r| r.bench == "nbody"));
    assert_eq!(app.rows().len(), 2);
    app.on_key(key(KeyCode::Esc));
    assert!(app.filter.is_empty());
    app.on_key(ch('s'));
    assert_eq!(app.sort, Sort::Name);
    assert_eq!(app.rows()[0].bench, "nbody");
    app.on_key(ch('s'));
    assert_eq!(app.sort, Sort::Speedup);
    assert_eq!(
        (app.rows()[0].bench.as_str(), app.rows()[0].config.as_str()),
        ("richards", "jit")
    );
    // r, down, down, Enter: cpython becomes the reference.
    app.on_key(ch('r'));
    app.on_key(ch('j'));
    app.on_key(key(KeyCode::Down));
    app.on_key(key(KeyCode::Enter));
    assert_eq!(app.view.as_ref().unwrap().reference, "cpython");
    assert!(app.rows().iter().all(|r| r.config != "cpython"));
}

#[test]
fn drill_moves_between_benchmarks_and_back() {
    let mut app = browse_app();
    app.on_key(ch('j'));
    app.on_key(ch('j'));
    app.on_key(key(KeyCode::Enter));
    assert_eq!(app.detail.as_deref(), Some("nbody"));
    app.on_key(ch('l'));
    assert_eq!(app.detail.as_deref(), Some("nqueens"));
    app.on_key(ch('l'));
    assert_eq!(app.detail.as_deref(), Some("richards"), "wraps around");
    app.on_key(ch('h'));
    assert_eq!(app.detail.as_deref(), Some("nqueens"));
    app.on_key(key(KeyCode::Esc));
    assert_eq!(app.screen, Screen::Browse);
}

#[test]
fn live_becomes_browse_when_the_run_finishes() {
    let mut app = App::live(midway());
    let (tx, rx) = std::sync::mpsc::channel();
    tx.send(Msg::Event(starting("nbody", "cpython", 2)))
        .unwrap();
    tx.send(Msg::Event(worker("nbody", "cpython", 2, 0.05)))
        .unwrap();
    tx.send(Msg::Event(LiveEvent::Notice(
        "hardware counters unavailable on this machine: x".into(),
    )))
    .unwrap();
    assert!(drain(&mut app, &rx));
    assert_eq!(app.live.as_ref().unwrap().completed(), 11);
    tx.send(Msg::Finished(Box::new(fixture()))).unwrap();
    drop(tx);
    assert!(!drain(&mut app, &rx), "sender gone");
    assert_eq!(app.screen, Screen::Browse);
    app.on_key(ch('L'));
    assert_eq!(app.screen, Screen::Live);
    let s = render(&app, 80, 24);
    assert!(s.contains("done"), "{s}");
    app.on_key(ch('B'));
    assert_eq!(app.screen, Screen::Browse);
}

#[test]
fn draws_at_any_size() {
    let mut browse = browse_app();
    let live = App::live(midway());
    for (w, h) in [(80, 24), (120, 40), (60, 16), (20, 6), (200, 60)] {
        render(&live, w, h);
        render(&browse, w, h);
    }
    browse.on_key(key(KeyCode::Enter));
    for (w, h) in [(80, 24), (30, 8), (160, 50)] {
        render(&browse, w, h);
    }
    let wide = render(&App::live(midway()), 120, 40);
    assert!(wide.lines().count() == 40 && wide.contains("stability"));
}
