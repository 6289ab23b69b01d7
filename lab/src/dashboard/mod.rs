//! The terminal dashboard (ratatui on crossterm): live while a run goes on,
//! then a browser of its results; `lab dashboard` browses stored runs. The
//! run itself stays on the main thread (its executor holds counters that are
//! not `Send`); the dashboard runs on its own thread, fed through a channel,
//! so keys answer while a worker is busy.

pub mod live;
pub mod state;
pub mod ui;

#[cfg(test)]
mod tests;

use crate::view::{Source, View};
use live::{LiveEvent, LiveState};
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use state::App;
use std::io;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

/// What the run thread tells the dashboard.
#[derive(Debug)]
pub enum Msg {
    Event(LiveEvent),
    /// The run is stored; its results can be browsed.
    Finished(Box<Source>),
    /// The run stopped with an error.
    Error(String),
}

/// How the dashboard ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    /// The user quit after the run finished (or while browsing).
    Quit,
    /// The user quit while the run was still going.
    QuitDuringRun,
}

/// Whether standard output is a terminal the dashboard can draw on.
pub fn stdout_is_terminal() -> bool {
    use std::io::IsTerminal;
    io::stdout().is_terminal()
}

/// Browses stored results until the user quits.
pub fn browse(source: Source, view: View) -> io::Result<Ended> {
    let mut app = App::browse(source, view);
    with_terminal(|t| event_loop(t, &mut app, None, Instant::now()))
}

/// Shows a run live from `rx`, then its results, until the user quits.
pub fn watch(state: LiveState, rx: Receiver<Msg>) -> io::Result<Ended> {
    let mut app = App::live(state);
    with_terminal(|t| event_loop(t, &mut app, Some(&rx), Instant::now()))
}

/// Sets the terminal up (raw mode, alternate screen; restored on panic by
/// ratatui's hook) and always restores it afterwards.
fn with_terminal(
    f: impl FnOnce(&mut ratatui::DefaultTerminal) -> io::Result<Ended>,
) -> io::Result<Ended> {
    let mut terminal = ratatui::try_init()?;
    let r = f(&mut terminal);
    ratatui::try_restore()?;
    r
}

/// Applies what arrived from the run; returns false once the sender is gone.
pub fn drain(app: &mut App, rx: &Receiver<Msg>) -> bool {
    loop {
        match rx.try_recv() {
            Ok(Msg::Event(e)) => {
                if let Some(l) = app.live.as_mut() {
                    l.apply(e);
                }
            }
            Ok(Msg::Finished(src)) => match View::build(&src, None) {
                Ok(v) => app.finish(*src, v),
                Err(e) => app.message = Some(format!("results: {e}")),
            },
            Ok(Msg::Error(e)) => {
                if let Some(l) = app.live.as_mut() {
                    l.finished = true;
                }
                app.message = Some(format!("run failed: {e}"));
            }
            Err(TryRecvError::Empty) => return true,
            Err(TryRecvError::Disconnected) => return false,
        }
    }
}

fn event_loop<B: ratatui::backend::Backend>(
    terminal: &mut ratatui::Terminal<B>,
    app: &mut App,
    rx: Option<&Receiver<Msg>>,
    started: Instant,
) -> io::Result<Ended>
where
    io::Error: From<B::Error>,
{
    let mut connected = rx.is_some();
    loop {
        if let (Some(rx), true) = (rx, connected) {
            connected = drain(app, rx);
        }
        if let Some(l) = app.live.as_mut() {
            if !l.finished {
                l.elapsed = started.elapsed().as_secs_f64();
            }
        }
        terminal.draw(|f| ui::draw(f, app))?;
        if app.quit {
            let running = app.live.as_ref().is_some_and(|l| !l.finished);
            return Ok(if running {
                Ended::QuitDuringRun
            } else {
                Ended::Quit
            });
        }
        // Short polls keep the run's events flowing to the screen; a resize
        // simply redraws (ratatui resizes its buffers on draw).
        if event::poll(Duration::from_millis(150))? {
            if let Event::Key(k) = event::read()? {
                if k.kind == KeyEventKind::Press {
                    app.message = None;
                    app.on_key(k);
                }
            }
        }
    }
}
