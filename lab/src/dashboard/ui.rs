//! Drawing the dashboard: the live run screen, the comparison browser with
//! its speed-up bars, one benchmark in detail, the overlays (help, reference
//! picker, failure stderr) and the footer of keys. Pure functions of `App`,
//! laid out to fit 80×24 and to stretch when there is more room.

use super::live::{fmt_duration, BenchStatus, LiveState};
use super::state::{App, Overlay, Pane, Screen};
use crate::report::fmt_time;
use crate::stats::compare::Verdict;
use crate::stats::summary;
use crate::view::{speedup_of, View};
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Bar, BarChart, BarGroup, Block, Borders, Cell, Clear, Gauge, List, ListItem, ListState,
    Paragraph, Row, Sparkline, Table, TableState, Wrap,
};
use ratatui::Frame;

const ACCENT: Color = Color::Cyan;

fn pane_block(title: String, focused: bool) -> Block<'static> {
    let style = if focused {
        Style::default().fg(ACCENT)
    } else {
        Style::default().fg(Color::DarkGray)
    };
    Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(Span::styled(
            title,
            Style::default().add_modifier(Modifier::BOLD),
        ))
}

fn verdict_style(v: Verdict) -> Style {
    match v {
        Verdict::Faster => Style::default().fg(Color::Green),
        Verdict::Slower => Style::default().fg(Color::Red),
        Verdict::Same => Style::default(),
        Verdict::Uncertain => Style::default().fg(Color::Yellow),
    }
}

pub fn draw(f: &mut Frame, app: &App) {
    let [title, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(f.area());
    draw_title(f, title, app);
    match app.screen {
        Screen::Live => match &app.live {
            Some(l) => draw_live(f, body, app, l),
            None => f.render_widget(Paragraph::new("no run in progress"), body),
        },
        Screen::Browse => match &app.view {
            Some(v) => draw_browse(f, body, app, v),
            None => f.render_widget(Paragraph::new("no results yet"), body),
        },
        Screen::Detail => match (&app.view, &app.detail) {
            (Some(v), Some(b)) => draw_detail(f, body, app, v, b),
            _ => f.render_widget(Paragraph::new("nothing selected"), body),
        },
    }
    draw_footer(f, footer, app);
    match &app.overlay {
        Overlay::None => {}
        Overlay::Help => draw_help(f, f.area()),
        Overlay::Reference(i) => draw_reference(f, app, *i),
        Overlay::Failure(i, scroll) => draw_failure(f, app, *i, *scroll),
    }
}

fn draw_title(f: &mut Frame, area: Rect, app: &App) {
    let mut spans = vec![Span::styled(
        " lab ",
        Style::default().fg(Color::Black).bg(ACCENT),
    )];
    let text = match (app.screen, &app.live, &app.view) {
        (Screen::Live, Some(l), _) => format!(
            " run {} · {} benchmarks × {} configs · {}",
            l.run_id,
            l.benchmarks.len(),
            l.configs.len(),
            l.protocol
        ),
        (_, _, Some(v)) => {
            let mut s = format!(
                " {} · reference {} · sort {}",
                v.runs.join("+"),
                v.reference,
                app.sort.label()
            );
            if !app.filter.is_empty() || app.filtering {
                s.push_str(&format!(" · filter /{}", app.filter));
                if app.filtering {
                    s.push('_');
                }
            }
            s
        }
        _ => String::new(),
    };
    spans.push(Span::raw(text));
    if let Some(m) = &app.message {
        spans.push(Span::styled(
            format!(" · {m}"),
            Style::default().fg(Color::Yellow),
        ));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_footer(f: &mut Frame, area: Rect, app: &App) {
    let mut spans = Vec::new();
    for (k, d) in app.footer() {
        spans.push(Span::styled(
            format!(" {k}"),
            Style::default().fg(ACCENT).add_modifier(Modifier::BOLD),
        ));
        spans.push(Span::raw(format!(" {d} ")));
    }
    f.render_widget(
        Paragraph::new(Line::from(spans)).style(Style::default().bg(Color::Black)),
        area,
    );
}

fn draw_live(f: &mut Frame, area: Rect, app: &App, l: &LiveState) {
    let fail_h = if area.height >= 18 { 6 } else { 4 };
    let [gauge, middle, failures] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Min(6),
        Constraint::Length(fail_h),
    ])
    .areas(area);
    let eta = if l.finished {
        "done".to_string()
    } else {
        l.eta()
            .map(|s| format!("ETA {}", fmt_duration(s)))
            .unwrap_or_else(|| "ETA --".into())
    };
    let label = format!(
        "{}/{} workers · {:.0}% · elapsed {} · {eta}",
        l.completed(),
        l.total(),
        100.0 * l.fraction(),
        fmt_duration(l.elapsed)
    );
    f.render_widget(
        Gauge::default()
            .block(pane_block("run queue".into(), false))
            .gauge_style(Style::default().fg(ACCENT).bg(Color::Black))
            .ratio(l.fraction())
            .label(label),
        gauge,
    );
    let queue_w = (middle.width / 3).clamp(18, 30);
    let [queue, right] =
        Layout::horizontal([Constraint::Length(queue_w), Constraint::Min(20)]).areas(middle);
    // Queue: one line per benchmark with its state.
    let items: Vec<ListItem> = l
        .benchmarks
        .iter()
        .map(|b| {
            let failed = l.failures.iter().any(|x| &x.bench == b);
            let (mark, style) = match l.status.get(b) {
                Some(BenchStatus::Done) if failed => ("✗", Style::default().fg(Color::Red)),
                Some(BenchStatus::Done) => ("✓", Style::default().fg(Color::Green)),
                Some(BenchStatus::Running) => ("▶", Style::default().fg(Color::Yellow)),
                _ => ("·", Style::default().fg(Color::DarkGray)),
            };
            let loops = l.loops.get(b).map(|n| format!(" ×{n}")).unwrap_or_default();
            ListItem::new(Line::from(vec![
                Span::styled(format!("{mark} "), style),
                Span::raw(format!("{b}{loops}")),
            ]))
        })
        .collect();
    let mut qs = ListState::default().with_selected(Some(app.queue_selected));
    f.render_stateful_widget(
        List::new(items)
            .block(pane_block("queue".into(), app.pane == Pane::Queue))
            .highlight_symbol(">")
            .highlight_style(Style::default().add_modifier(Modifier::REVERSED)),
        queue,
        &mut qs,
    );
    let stab_h = if l.notices.is_empty() { 5 } else { 6 };
    let [current, stability] =
        Layout::vertical([Constraint::Min(4), Constraint::Length(stab_h)]).areas(right);
    draw_current(f, current, l);
    draw_stability(f, stability, l);
    let items: Vec<ListItem> = l
        .failures
        .iter()
        .map(|x| {
            ListItem::new(Line::from(vec![
                Span::styled(
                    format!("[{}] {} on {}: ", fmt_duration(x.at), x.bench, x.config),
                    Style::default().fg(Color::Red),
                ),
                Span::raw(x.message.lines().next().unwrap_or("").to_string()),
            ]))
        })
        .collect();
    let title = format!("failures ({})", l.failures.len());
    let mut fs = ListState::default().with_selected(
        (!l.failures.is_empty() && app.pane == Pane::Failures).then_some(app.failure_selected),
    );
    let list = if items.is_empty() {
        List::new(vec![ListItem::new("none so far")])
    } else {
        List::new(items)
    };
    f.render_stateful_widget(
        list.block(pane_block(title, app.pane == Pane::Failures))
            .highlight_symbol("> ")
            .highlight_style(Style::default().add_modifier(Modifier::REVERSED)),
        failures,
        &mut fs,
    );
}

fn draw_current(f: &mut Frame, area: Rect, l: &LiveState) {
    let title = match &l.current {
        Some((b, c, _, true)) => format!("{b} × {c} · calibrating loops"),
        Some((b, c, p, false)) if !l.finished => {
            format!("{b} × {c} · process {}/{}", p + 1, l.processes)
        }
        Some((b, c, _, _)) => format!("{b} × {c} · last worker"),
        None => "waiting for the first worker".into(),
    };
    let block = pane_block(title, false);
    let inner = block.inner(area);
    f.render_widget(block, area);
    if inner.height == 0 {
        return;
    }
    let [text, spark] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
    let v = &l.values;
    let line = if v.is_empty() {
        "no values yet".to_string()
    } else {
        let s = summary::describe(v);
        format!(
            "{} values, last {} ({} … {})",
            s.n,
            fmt_time(v[v.len() - 1]),
            fmt_time(s.min),
            fmt_time(s.max)
        )
    };
    f.render_widget(Paragraph::new(line), text);
    // Heights relative to the range seen, so a 1% wobble is visible; the
    // lowest value still gets a tenth of the height.
    let (lo, hi) = v
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| {
            (a.min(*x), b.max(*x))
        });
    let data: Vec<u64> = v
        .iter()
        .map(|x| {
            if hi > lo {
                10 + ((x - lo) / (hi - lo) * 90.0).round() as u64
            } else {
                50
            }
        })
        .collect();
    // Most recent values when there are more than columns.
    let skip = data.len().saturating_sub(spark.width as usize);
    f.render_widget(
        Sparkline::default()
            .data(&data[skip..])
            .max(100)
            .style(Style::default().fg(ACCENT)),
        spark,
    );
}

fn draw_stability(f: &mut Frame, area: Rect, l: &LiveState) {
    let cv = match l.cv() {
        Some(cv) => {
            let (word, color) = if cv < 0.02 {
                ("stable", Color::Green)
            } else if cv < 0.10 {
                ("acceptable", Color::Yellow)
            } else {
                ("unstable: sd ≥ 10% of mean", Color::Red)
            };
            Line::from(vec![
                Span::raw(format!("CV {:.2}% ", 100.0 * cv)),
                Span::styled(word, Style::default().fg(color)),
            ])
        }
        None => Line::from("CV needs two values"),
    };
    let mux = if l.multiplexed == 0 {
        Line::from("counters: none multiplexed")
    } else {
        Line::from(Span::styled(
            format!("counters: {} multiplexed (scaled estimates)", l.multiplexed),
            Style::default().fg(Color::Yellow),
        ))
    };
    let warm = match (l.steady_after, l.warmups) {
        (Some(n), _) => format!("warm-up: steady after {n} values"),
        (None, 0) => "warm-up: none".to_string(),
        (None, w) => format!("warm-up: {w} value(s) discarded per worker"),
    };
    let mut lines = vec![cv, mux, Line::from(warm)];
    if let Some(n) = l.notices.last() {
        let short = if n.starts_with(crate::counters::NO_PMU) {
            "no PMU: software counters only"
        } else {
            n.as_str()
        };
        lines.push(Line::from(Span::styled(
            short.to_string(),
            Style::default().fg(Color::Yellow),
        )));
    }
    f.render_widget(
        Paragraph::new(lines).block(pane_block("stability".into(), false)),
        area,
    );
}

fn draw_browse(f: &mut Frame, area: Rect, app: &App, v: &View) {
    let others: Vec<&String> = v.configs.iter().skip(1).collect();
    let benches = app.benches();
    let chart_h = (benches.len() as u16 + 2).max(4).min(area.height / 2);
    let [table_area, chart_area] =
        Layout::vertical([Constraint::Min(5), Constraint::Length(chart_h)]).areas(area);
    let rows = app.rows();
    let mut body: Vec<Row> = rows
        .iter()
        .map(|r| {
            let (s, ci, verdict, p) = match (&r.speedup, &r.failure) {
                (Some(s), _) => {
                    let (e, lo, hi) = s.speedup();
                    (
                        Cell::from(format!("{e:.2}x")).style(verdict_style(s.verdict)),
                        format!("{lo:.2}–{hi:.2}"),
                        Cell::from(s.verdict.to_string()).style(verdict_style(s.verdict)),
                        s.p_value.map(|p| format!("{p:.3}")).unwrap_or_default(),
                    )
                }
                (None, Some(_)) => (
                    Cell::from("FAILED").style(Style::default().fg(Color::Red)),
                    String::new(),
                    Cell::from("Enter: why"),
                    String::new(),
                ),
                (None, None) => (
                    Cell::from("-"),
                    String::new(),
                    Cell::from(""),
                    String::new(),
                ),
            };
            Row::new(vec![
                Cell::from(r.bench.clone()),
                Cell::from(r.config.clone()),
                s,
                Cell::from(ci),
                verdict,
                Cell::from(p),
            ])
        })
        .collect();
    for g in &v.geomeans {
        let (e, lo, hi) = speedup_of(&g.ratio);
        body.push(
            Row::new(vec![
                Cell::from("geometric mean"),
                Cell::from(g.config.clone()),
                Cell::from(format!("{e:.2}x")),
                Cell::from(format!("{lo:.2}–{hi:.2}")),
                Cell::from(format!(
                    "{}/{}/{}",
                    g.faster,
                    g.slower,
                    g.same + g.uncertain
                )),
                Cell::from(format!("n={}", g.benchmarks)),
            ])
            .style(Style::default().add_modifier(Modifier::BOLD)),
        );
    }
    let widths = [
        Constraint::Min(14),
        Constraint::Length(12),
        Constraint::Length(8),
        Constraint::Length(12),
        Constraint::Length(10),
        Constraint::Length(6),
    ];
    let header = Row::new(vec![
        "benchmark",
        "config",
        "speed-up",
        "95% CI",
        "verdict",
        "p",
    ])
    .style(Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED));
    let title = format!(
        "speed-up vs {} ({} rows; faster/slower/other on geo-mean rows)",
        v.reference,
        rows.len()
    );
    let mut ts = TableState::default().with_selected((!rows.is_empty()).then_some(app.selected));
    if others.is_empty() {
        f.render_widget(
            Paragraph::new(format!(
                "only one configuration ({}): nothing to compare it with",
                v.reference
            ))
            .block(pane_block(title, app.pane == Pane::Table)),
            table_area,
        );
    } else {
        f.render_stateful_widget(
            Table::new(body, widths)
                .header(header)
                .block(pane_block(title, app.pane == Pane::Table))
                .highlight_symbol("> ")
                .row_highlight_style(Style::default().add_modifier(Modifier::REVERSED)),
            table_area,
            &mut ts,
        );
    }
    // Bars of one configuration's speed-ups (h/l picks which).
    let Some(config) = others.get(app.chart_config.min(others.len().saturating_sub(1))) else {
        f.render_widget(pane_block("speed-ups".into(), false), chart_area);
        return;
    };
    let geo = v
        .geomeans
        .iter()
        .find(|g| &g.config == *config)
        .map(|g| format!(" · geo mean {:.2}x", 1.0 / g.ratio.estimate))
        .unwrap_or_default();
    let bars: Vec<Bar> = benches
        .iter()
        .filter_map(|b| {
            let s = v.speedup(b, config)?;
            let e = s.speedup().0;
            Some(
                Bar::default()
                    .label(Line::from(b.clone()))
                    .value((e * 100.0).round().max(0.0) as u64)
                    .text_value(format!("{e:.2}x"))
                    .style(verdict_style(s.verdict)),
            )
        })
        .collect();
    f.render_widget(
        BarChart::default()
            .block(pane_block(
                format!("{config} vs {}{geo}", v.reference),
                app.pane == Pane::Chart,
            ))
            .direction(Direction::Horizontal)
            .bar_width(1)
            .bar_gap(0)
            .data(BarGroup::default().bars(&bars)),
        chart_area,
    );
}

/// A one-line box plot of `x` on a scale from `lo` to `hi`, `w` columns:
/// whiskers to min and max, the box from the first to the third quartile,
/// the median as a bar.
pub fn box_line(x: &[f64], lo: f64, hi: f64, w: usize) -> String {
    if x.is_empty() || w < 3 {
        return " ".repeat(w);
    }
    let span = if hi > lo { hi - lo } else { 1.0 };
    let col = |v: f64| {
        (((v - lo) / span) * (w - 1) as f64)
            .round()
            .clamp(0.0, (w - 1) as f64) as usize
    };
    let q = |p: f64| summary::quantile(x, p);
    let (a, b, m, c, d) = (
        col(q(0.0)),
        col(q(0.25)),
        col(q(0.5)),
        col(q(0.75)),
        col(q(1.0)),
    );
    (0..w)
        .map(|i| {
            if i == m {
                '┃'
            } else if i >= b && i <= c {
                '█'
            } else if i == a {
                '├'
            } else if i == d {
                '┤'
            } else if i > a && i < d {
                '─'
            } else {
                ' '
            }
        })
        .collect()
}

fn detail_lines(v: &View, bench: &str, width: u16) -> Vec<Line<'static>> {
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let mut out = Vec::new();
    let name_w = v
        .configs
        .iter()
        .map(|c| c.len())
        .max()
        .unwrap_or(6)
        .clamp(6, 14);
    let box_w = (width as usize).saturating_sub(name_w + 30).clamp(10, 60);
    let all: Vec<f64> = v
        .configs
        .iter()
        .filter_map(|c| v.values.get(&(bench.to_string(), c.clone())))
        .flatten()
        .copied()
        .collect();
    let lo = all.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = all.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    out.push(Line::from(Span::styled(
        format!(
            "distribution of values per config ({} … {})",
            fmt_time(lo),
            fmt_time(hi)
        ),
        bold,
    )));
    for c in &v.configs {
        let key = (bench.to_string(), c.clone());
        let line = match (v.values.get(&key), v.failure(bench, c)) {
            (Some(x), _) if !x.is_empty() => {
                let s = summary::describe(x);
                format!(
                    "{c:<name_w$} {} {} cv {:.1}% n={}",
                    box_line(x, lo, hi, box_w),
                    fmt_time(s.median),
                    100.0 * s.cv,
                    s.n
                )
            }
            (_, Some(m)) => format!("{c:<name_w$} FAILED: {}", m.lines().next().unwrap_or("")),
            _ => format!("{c:<name_w$} no values"),
        };
        out.push(Line::from(line));
    }
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(
        format!("speed-up vs {}", v.reference),
        bold,
    )));
    for c in v.configs.iter().skip(1) {
        match v.speedup(bench, c) {
            Some(s) => {
                let (e, lo, hi) = s.speedup();
                out.push(Line::from(vec![
                    Span::raw(format!("{c:<name_w$} {e:.2}x [{lo:.2}, {hi:.2}] ")),
                    Span::styled(s.verdict.to_string(), verdict_style(s.verdict)),
                    Span::raw(
                        s.p_value
                            .map(|p| format!("  Mann–Whitney p={p:.3}"))
                            .unwrap_or_default(),
                    ),
                ]));
            }
            None => out.push(Line::from(format!("{c:<name_w$} -"))),
        }
    }
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(
        "counters (timed region, mean per worker)",
        bold,
    )));
    let any = v.configs.iter().any(|c| {
        let d = v.derived(bench, c);
        d.ipc.is_some() || d.instructions.is_some()
    });
    if any {
        out.push(Line::from(format!(
            "{:<name_w$} {:>6} {:>12} {:>14}",
            "config", "IPC", "branch-miss", "cache-miss/1k"
        )));
        for c in &v.configs {
            let d = v.derived(bench, c);
            let o = |x: Option<f64>, f: &dyn Fn(f64) -> String| x.map(f).unwrap_or("-".into());
            out.push(Line::from(format!(
                "{c:<name_w$} {:>6} {:>12} {:>14}{}",
                o(d.ipc, &|x| format!("{x:.2}")),
                o(d.branch_miss_rate, &|x| format!("{:.2}%", 100.0 * x)),
                o(d.cache_mpki, &|x| format!("{x:.2}")),
                if d.multiplexed > 0 {
                    format!("  ({} multiplexed)", d.multiplexed)
                } else {
                    String::new()
                }
            )));
        }
    } else if !v.pmu {
        out.push(Line::from(
            "no hardware counters: this machine has no PMU (software counters only)",
        ));
    } else {
        out.push(Line::from("no hardware counters recorded"));
    }
    out.push(Line::from(""));
    out.push(Line::from(Span::styled("runtime statistics", bold)));
    let mut any_stats = false;
    for c in &v.configs {
        let lines = v.stat_lines(bench, c);
        if lines.is_empty() {
            continue;
        }
        any_stats = true;
        out.push(Line::from(Span::styled(
            c.clone(),
            Style::default().fg(ACCENT),
        )));
        for (k, val) in lines {
            out.push(Line::from(format!("  {k:<40} {val}")));
        }
    }
    if !any_stats {
        out.push(Line::from("no runtime statistics recorded"));
    }
    for c in &v.configs {
        if let Some(m) = v.failure(bench, c) {
            out.push(Line::from(""));
            out.push(Line::from(Span::styled(
                format!("failure on {c}"),
                bold.fg(Color::Red),
            )));
            out.extend(m.lines().map(|l| Line::from(l.to_string())));
        }
    }
    out
}

fn draw_detail(f: &mut Frame, area: Rect, app: &App, v: &View, bench: &str) {
    let lines = detail_lines(v, bench, area.width.saturating_sub(2));
    f.render_widget(
        Paragraph::new(lines)
            .block(pane_block(format!("{bench} (h/l: other benchmarks)"), true))
            .scroll((app.detail_scroll, 0)),
        area,
    );
}

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub const HELP: &[(&str, &str)] = &[
    ("q, Ctrl-C", "quit"),
    ("?", "this help"),
    ("↑↓ / j k", "move, scroll"),
    ("← → / h l", "chart config; other benchmark (detail)"),
    ("Tab, Shift-Tab", "next / previous pane"),
    ("Enter", "drill into a benchmark; a failure's stderr"),
    ("Esc", "back; clear the filter"),
    ("/", "filter benchmarks and configs"),
    ("s", "sort: run order, name, speed-up"),
    ("r", "pick the reference configuration"),
    ("L / B", "the run / its results (after a run)"),
];

fn draw_help(f: &mut Frame, area: Rect) {
    let r = centered(area, 64, HELP.len() as u16 + 2);
    f.render_widget(Clear, r);
    let lines: Vec<Line> = HELP
        .iter()
        .map(|(k, d)| {
            Line::from(vec![
                Span::styled(format!("{k:<16}"), Style::default().fg(ACCENT)),
                Span::raw(*d),
            ])
        })
        .collect();
    f.render_widget(
        Paragraph::new(lines).block(pane_block("keys".into(), true)),
        r,
    );
}

fn draw_reference(f: &mut Frame, app: &App, i: usize) {
    let Some(v) = &app.view else {
        return;
    };
    let r = centered(f.area(), 40, v.configs.len() as u16 + 2);
    f.render_widget(Clear, r);
    let items: Vec<ListItem> = v
        .configs
        .iter()
        .map(|c| {
            let mark = if *c == v.reference { " (current)" } else { "" };
            ListItem::new(format!("{c}{mark}"))
        })
        .collect();
    let mut s = ListState::default().with_selected(Some(i));
    f.render_stateful_widget(
        List::new(items)
            .block(pane_block("reference configuration".into(), true))
            .highlight_style(Style::default().add_modifier(Modifier::REVERSED)),
        r,
        &mut s,
    );
}

fn draw_failure(f: &mut Frame, app: &App, i: usize, scroll: u16) {
    let Some(x) = app.live.as_ref().and_then(|l| l.failures.get(i)) else {
        return;
    };
    let area = f.area();
    let r = centered(
        area,
        area.width.saturating_sub(4),
        area.height.saturating_sub(4),
    );
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(x.message.clone())
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .block(pane_block(
                format!("{} on {} (Esc closes)", x.bench, x.config),
                true,
            )),
        r,
    );
}
