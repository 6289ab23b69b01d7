//! The dashboard's state and its key handling, kept apart from drawing and
//! from the terminal so both are tested on fixed data. Keys follow `bottom`
//! and `gitui`: `q`/Ctrl-C quit, `?` help, arrows and `hjkl`, Tab between
//! panes, Enter/Esc drill in and back, `/` filter, `s` sort, `r` reference.

use super::live::LiveState;
use crate::view::{Source, Speedup, View};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Live,
    Browse,
    /// One benchmark in detail.
    Detail,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    Queue,
    Failures,
    Table,
    Chart,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    /// Picking the reference configuration; the index of the highlighted one.
    Reference(usize),
    /// The full message (stderr) of a failure, scrolled by this many lines.
    Failure(usize, u16),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    /// As the run ran them.
    Run,
    Name,
    /// Largest speed-up first.
    Speedup,
}

impl Sort {
    pub fn next(self) -> Sort {
        match self {
            Sort::Run => Sort::Name,
            Sort::Name => Sort::Speedup,
            Sort::Speedup => Sort::Run,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Run => "run order",
            Sort::Name => "name",
            Sort::Speedup => "speed-up",
        }
    }
}

/// One line of the comparison table.
#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    pub bench: String,
    pub config: String,
    pub speedup: Option<Speedup>,
    pub failure: Option<String>,
}

pub struct App {
    pub screen: Screen,
    pub pane: Pane,
    pub overlay: Overlay,
    pub live: Option<LiveState>,
    pub source: Option<Source>,
    pub view: Option<View>,
    pub selected: usize,
    pub queue_selected: usize,
    pub failure_selected: usize,
    /// Index among the non-reference configurations shown in the bar chart.
    pub chart_config: usize,
    pub filter: String,
    pub filtering: bool,
    pub sort: Sort,
    /// Benchmark shown in the detail screen.
    pub detail: Option<String>,
    pub detail_scroll: u16,
    pub message: Option<String>,
    pub quit: bool,
}

impl App {
    fn blank(screen: Screen, pane: Pane) -> App {
        App {
            screen,
            pane,
            overlay: Overlay::None,
            live: None,
            source: None,
            view: None,
            selected: 0,
            queue_selected: 0,
            failure_selected: 0,
            chart_config: 0,
            filter: String::new(),
            filtering: false,
            sort: Sort::Run,
            detail: None,
            detail_scroll: 0,
            message: None,
            quit: false,
        }
    }

    /// Browsing stored results.
    pub fn browse(source: Source, view: View) -> App {
        let mut a = App::blank(Screen::Browse, Pane::Table);
        a.source = Some(source);
        a.view = Some(view);
        a
    }

    /// Watching a run.
    pub fn live(state: LiveState) -> App {
        let mut a = App::blank(Screen::Live, Pane::Queue);
        a.live = Some(state);
        a
    }

    /// The run finished: its results become browsable.
    pub fn finish(&mut self, source: Source, view: View) {
        if let Some(l) = self.live.as_mut() {
            l.finished = true;
        }
        self.source = Some(source);
        self.view = Some(view);
        if self.screen == Screen::Live && self.overlay == Overlay::None {
            self.screen = Screen::Browse;
            self.pane = Pane::Table;
        }
        self.message = Some("run finished (L: the run)".into());
    }

    /// Rows of the comparison table, filtered and sorted.
    pub fn rows(&self) -> Vec<TableRow> {
        let Some(v) = &self.view else {
            return Vec::new();
        };
        let needle = self.filter.to_lowercase();
        let mut rows = Vec::new();
        for b in &v.benchmarks {
            for c in v.configs.iter().skip(1) {
                let matches = needle.is_empty()
                    || b.to_lowercase().contains(&needle)
                    || c.to_lowercase().contains(&needle);
                if !matches {
                    continue;
                }
                let failure = v
                    .failure(b, c)
                    .or_else(|| v.failure(b, &v.reference))
                    .map(str::to_string);
                rows.push(TableRow {
                    bench: b.clone(),
                    config: c.clone(),
                    speedup: v.speedup(b, c).cloned(),
                    failure,
                });
            }
        }
        match self.sort {
            Sort::Run => {}
            Sort::Name => rows.sort_by(|a, b| (&a.bench, &a.config).cmp(&(&b.bench, &b.config))),
            Sort::Speedup => rows.sort_by(|a, b| {
                let s = |r: &TableRow| r.speedup.as_ref().map(|s| s.speedup().0).unwrap_or(0.0);
                s(b).total_cmp(&s(a))
            }),
        }
        rows
    }

    /// Benchmarks the filter lets through, in table order.
    pub fn benches(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in self.rows() {
            if !out.contains(&r.bench) {
                out.push(r.bench);
            }
        }
        out
    }

    pub fn panes(&self) -> &'static [Pane] {
        match self.screen {
            Screen::Live => &[Pane::Queue, Pane::Failures],
            Screen::Browse => &[Pane::Table, Pane::Chart],
            Screen::Detail => &[Pane::Table],
        }
    }

    /// The keys that work here, for the footer.
    pub fn footer(&self) -> Vec<(&'static str, &'static str)> {
        if self.filtering {
            return vec![("type", "filter"), ("Enter", "keep"), ("Esc", "clear")];
        }
        match self.overlay {
            Overlay::Help => return vec![("any key", "close help")],
            Overlay::Reference(_) => {
                return vec![
                    ("j/k", "move"),
                    ("Enter", "use as reference"),
                    ("Esc", "cancel"),
                ]
            }
            Overlay::Failure(..) => return vec![("j/k", "scroll"), ("Esc", "close")],
            Overlay::None => {}
        }
        // Quit and help first, so they show however narrow the terminal.
        let mut keys = vec![("q", "quit"), ("?", "help")];
        keys.extend(match (self.screen, self.pane) {
            (Screen::Live, Pane::Failures) => vec![("j/k", "select"), ("Enter", "stderr")],
            (Screen::Live, _) => vec![("j/k", "select")],
            (Screen::Browse, Pane::Chart) => vec![("h/l", "config"), ("Enter", "drill")],
            (Screen::Browse, _) => vec![
                ("j/k", "move"),
                ("Enter", "drill"),
                ("/", "filter"),
                ("s", "sort"),
                ("r", "ref"),
            ],
            (Screen::Detail, _) => vec![
                ("j/k", "scroll"),
                ("h/l", "benchmark"),
                ("r", "ref"),
                ("Esc", "back"),
            ],
        });
        if self.screen != Screen::Detail {
            keys.push(("Tab", "pane"));
        }
        if self.screen == Screen::Browse && self.live.is_some() {
            keys.push(("L", "run"));
        }
        keys
    }

    fn move_sel(sel: &mut usize, len: usize, down: bool) {
        if len == 0 {
            *sel = 0;
        } else if down {
            *sel = (*sel + 1).min(len - 1);
        } else {
            *sel = sel.saturating_sub(1);
        }
    }

    /// Rebuilds the view around another reference configuration.
    fn set_reference(&mut self, idx: usize) {
        let (Some(src), Some(v)) = (&self.source, &self.view) else {
            return;
        };
        let Some(name) = v.configs.get(idx).cloned() else {
            return;
        };
        match View::build(src, Some(&name)) {
            Ok(nv) => {
                self.view = Some(nv);
                self.chart_config = 0;
                self.message = Some(format!("reference: {name}"));
            }
            Err(e) => self.message = Some(e.to_string()),
        }
    }

    /// Handles one key; returns whether anything changed.
    pub fn on_key(&mut self, k: KeyEvent) -> bool {
        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && k.code == KeyCode::Char('c') {
            self.quit = true;
            return true;
        }
        if self.filtering {
            match k.code {
                KeyCode::Enter => self.filtering = false,
                KeyCode::Esc => {
                    self.filtering = false;
                    self.filter.clear();
                }
                KeyCode::Backspace => {
                    self.filter.pop();
                }
                KeyCode::Char(c) => self.filter.push(c),
                _ => return false,
            }
            self.selected = 0;
            return true;
        }
        match self.overlay.clone() {
            Overlay::Help => {
                self.overlay = Overlay::None;
                return true;
            }
            Overlay::Reference(i) => {
                let n = self.view.as_ref().map_or(0, |v| v.configs.len());
                let mut i = i;
                match k.code {
                    KeyCode::Down | KeyCode::Char('j') => Self::move_sel(&mut i, n, true),
                    KeyCode::Up | KeyCode::Char('k') => Self::move_sel(&mut i, n, false),
                    KeyCode::Enter => {
                        self.overlay = Overlay::None;
                        self.set_reference(i);
                        return true;
                    }
                    KeyCode::Esc | KeyCode::Char('q') => {
                        self.overlay = Overlay::None;
                        return true;
                    }
                    _ => return false,
                }
                self.overlay = Overlay::Reference(i);
                return true;
            }
            Overlay::Failure(i, scroll) => {
                match k.code {
                    KeyCode::Down | KeyCode::Char('j') => {
                        self.overlay = Overlay::Failure(i, scroll.saturating_add(1))
                    }
                    KeyCode::Up | KeyCode::Char('k') => {
                        self.overlay = Overlay::Failure(i, scroll.saturating_sub(1))
                    }
                    KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q') => {
                        self.overlay = Overlay::None
                    }
                    _ => return false,
                }
                return true;
            }
            Overlay::None => {}
        }
        match k.code {
            KeyCode::Char('q') => {
                self.quit = true;
                return true;
            }
            KeyCode::Char('?') => {
                self.overlay = Overlay::Help;
                return true;
            }
            KeyCode::Tab | KeyCode::BackTab => {
                let panes = self.panes();
                let i = panes.iter().position(|p| *p == self.pane).unwrap_or(0);
                let n = panes.len();
                let j = if k.code == KeyCode::Tab {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.pane = panes[j];
                return true;
            }
            _ => {}
        }
        match self.screen {
            Screen::Live => self.live_key(k),
            Screen::Browse => self.browse_key(k),
            Screen::Detail => self.detail_key(k),
        }
    }

    fn live_key(&mut self, k: KeyEvent) -> bool {
        let Some(live) = &self.live else {
            return false;
        };
        let down = matches!(k.code, KeyCode::Down | KeyCode::Char('j'));
        let up = matches!(k.code, KeyCode::Up | KeyCode::Char('k'));
        match (self.pane, k.code) {
            (Pane::Queue, _) if down || up => {
                Self::move_sel(&mut self.queue_selected, live.benchmarks.len(), down)
            }
            (Pane::Failures, _) if down || up => {
                Self::move_sel(&mut self.failure_selected, live.failures.len(), down)
            }
            (Pane::Failures, KeyCode::Enter) if !live.failures.is_empty() => {
                self.overlay = Overlay::Failure(self.failure_selected, 0)
            }
            (_, KeyCode::Char('B')) if self.view.is_some() => {
                self.screen = Screen::Browse;
                self.pane = Pane::Table;
            }
            _ => return false,
        }
        true
    }

    fn browse_key(&mut self, k: KeyEvent) -> bool {
        let rows = self.rows();
        let others = self
            .view
            .as_ref()
            .map_or(0, |v| v.configs.len().saturating_sub(1));
        match (self.pane, k.code) {
            (_, KeyCode::Char('/')) => {
                self.filtering = true;
            }
            (_, KeyCode::Char('s')) => {
                self.sort = self.sort.next();
                self.message = Some(format!("sorted by {}", self.sort.label()));
            }
            (_, KeyCode::Char('r')) => {
                self.overlay = Overlay::Reference(0);
            }
            (_, KeyCode::Char('L')) if self.live.is_some() => {
                self.screen = Screen::Live;
                self.pane = Pane::Queue;
            }
            (_, KeyCode::Esc) if !self.filter.is_empty() => {
                self.filter.clear();
                self.selected = 0;
            }
            (Pane::Table, KeyCode::Down | KeyCode::Char('j')) => {
                Self::move_sel(&mut self.selected, rows.len(), true)
            }
            (Pane::Table, KeyCode::Up | KeyCode::Char('k')) => {
                Self::move_sel(&mut self.selected, rows.len(), false)
            }
            (Pane::Table, KeyCode::Home | KeyCode::Char('g')) => self.selected = 0,
            (Pane::Table, KeyCode::End | KeyCode::Char('G')) => {
                self.selected = rows.len().saturating_sub(1)
            }
            (Pane::Chart, KeyCode::Right | KeyCode::Char('l')) => {
                Self::move_sel(&mut self.chart_config, others, true)
            }
            (Pane::Chart, KeyCode::Left | KeyCode::Char('h')) => {
                Self::move_sel(&mut self.chart_config, others, false)
            }
            (_, KeyCode::Enter) => {
                let Some(r) = rows.get(self.selected.min(rows.len().saturating_sub(1))) else {
                    return false;
                };
                self.detail = Some(r.bench.clone());
                self.detail_scroll = 0;
                self.screen = Screen::Detail;
                self.pane = Pane::Table;
            }
            _ => return false,
        }
        true
    }

    fn detail_key(&mut self, k: KeyEvent) -> bool {
        match k.code {
            KeyCode::Esc | KeyCode::Backspace => {
                self.screen = Screen::Browse;
                self.pane = Pane::Table;
            }
            KeyCode::Down | KeyCode::Char('j') => {
                self.detail_scroll = self.detail_scroll.saturating_add(1)
            }
            KeyCode::Up | KeyCode::Char('k') => {
                self.detail_scroll = self.detail_scroll.saturating_sub(1)
            }
            KeyCode::Left | KeyCode::Char('h') | KeyCode::Right | KeyCode::Char('l') => {
                let benches = self.benches();
                let n = benches.len();
                if n == 0 {
                    return false;
                }
                let i = self
                    .detail
                    .as_ref()
                    .and_then(|d| benches.iter().position(|b| b == d))
                    .unwrap_or(0);
                let forward = matches!(k.code, KeyCode::Right | KeyCode::Char('l'));
                let j = if forward {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.detail = Some(benches[j].clone());
                self.detail_scroll = 0;
            }
            KeyCode::Char('r') => self.overlay = Overlay::Reference(0),
            _ => return false,
        }
        true
    }
}
