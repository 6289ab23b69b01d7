//! Results on disk: one Parquet file per run (written with polars, atomically
//! through a temporary file and a rename), the run's metadata as JSON in the
//! file's key/value metadata. Directories merge by copying files together.

pub mod frame;

use crate::record::{Row, RunMeta};
use polars::prelude::*;
use std::fs::File;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Key under which the run metadata is stored in the Parquet footer; files
/// without it are not lab runs.
pub const META_KEY: &str = "ember-lab-run";

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {message}", path.display())]
    Format { path: PathBuf, message: String },
    #[error("no stored run matches `{0}` (see `lab list`)")]
    NoSuchRun(String),
    #[error("`{0}` matches several runs; give more of its id")]
    Ambiguous(String),
    #[error("no runs stored in {}", .0.display())]
    Empty(PathBuf),
}

/// A run read back from disk.
#[derive(Debug, Clone)]
pub struct StoredRun {
    pub path: PathBuf,
    pub meta: RunMeta,
    pub rows: Vec<Row>,
}

/// A file in the results directory that is not a readable run.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

fn format_err(path: &Path, e: impl std::fmt::Display) -> StoreError {
    StoreError::Format {
        path: path.to_path_buf(),
        message: e.to_string(),
    }
}

/// Writes (or rewrites) the run's file. The run is rewritten after every
/// benchmark, so an interruption loses at most the benchmark in flight; the
/// rename makes each write all-or-nothing.
pub fn write_run(dir: &Path, meta: &RunMeta, rows: &[Row]) -> Result<PathBuf, StoreError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| StoreError::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let path = dir.join(format!("{}.parquet", meta.run_id));
    // Hidden, so a crash between write and rename leaves nothing that looks
    // like a run to a reader.
    let tmp = dir.join(format!(".{}.parquet.tmp", meta.run_id));
    let mut df = frame::to_frame(rows).map_err(|e| format_err(&path, e))?;
    let json = serde_json::to_string(meta).map_err(|e| format_err(&path, e))?;
    let file = File::create(&tmp).map_err(io(&tmp))?;
    ParquetWriter::new(&file)
        .with_key_value_metadata(Some(KeyValueMetadata::from_static(vec![(
            META_KEY.to_string(),
            json,
        )])))
        .finish(&mut df)
        .map_err(|e| format_err(&tmp, e))?;
    file.sync_all().map_err(io(&tmp))?;
    std::fs::rename(&tmp, &path).map_err(io(&path))?;
    Ok(path)
}

/// Reads one run file.
pub fn read_run(path: &Path) -> Result<StoredRun, StoreError> {
    let file = File::open(path).map_err(|source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut reader = ParquetReader::new(file);
    let md = reader
        .get_metadata()
        .map_err(|e| format_err(path, format!("not a Parquet file ({e})")))?
        .clone();
    let json = md
        .key_value_metadata
        .as_ref()
        .and_then(|kv| kv.iter().find(|k| k.key == META_KEY))
        .and_then(|k| k.value.clone())
        .ok_or_else(|| format_err(path, "a Parquet file, but not a lab run (no run metadata)"))?;
    let meta: RunMeta =
        serde_json::from_str(&json).map_err(|e| format_err(path, format!("run metadata: {e}")))?;
    let df = reader.finish().map_err(|e| format_err(path, e))?;
    let rows = frame::from_frame(&df).map_err(|e| format_err(path, e))?;
    Ok(StoredRun {
        path: path.to_path_buf(),
        meta,
        rows,
    })
}

/// Every run in `dir`, oldest first (run ids sort by time), and every file
/// that is not one. A missing directory holds no runs.
pub fn load_dir(dir: &Path) -> Result<(Vec<StoredRun>, Vec<Skipped>), StoreError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), Vec::new())),
        Err(source) => {
            return Err(StoreError::Io {
                path: dir.to_path_buf(),
                source,
            })
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut runs = Vec::new();
    let mut skipped = Vec::new();
    for p in paths {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden || p.is_dir() {
            continue;
        }
        match read_run(&p) {
            Ok(r) => runs.push(r),
            Err(e) => skipped.push(Skipped {
                path: p.clone(),
                reason: e.to_string(),
            }),
        }
    }
    runs.sort_by(|a, b| a.meta.run_id.cmp(&b.meta.run_id));
    Ok((runs, skipped))
}

/// Picks a run by id or unique id prefix; `last` picks the newest. The
/// stored file's name or path (`lab-results/<id>.parquet`, as `ls` shows
/// it) names its run too.
pub fn select<'a>(runs: &'a [StoredRun], id: &str) -> Result<&'a StoredRun, StoreError> {
    let id = id.rsplit('/').next().unwrap_or(id);
    let id = id.strip_suffix(".parquet").unwrap_or(id);
    if id == "last" {
        return runs.last().ok_or_else(|| StoreError::NoSuchRun(id.into()));
    }
    if let Some(r) = runs.iter().find(|r| r.meta.run_id == id) {
        return Ok(r);
    }
    let m: Vec<&StoredRun> = runs
        .iter()
        .filter(|r| r.meta.run_id.starts_with(id))
        .collect();
    match m.len() {
        0 => Err(StoreError::NoSuchRun(id.into())),
        1 => Ok(m[0]),
        _ => Err(StoreError::Ambiguous(id.into())),
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::counters::CounterMode;
    use crate::protocol::{Preset, Protocol};
    use crate::record::{RowKind, RunMeta};

    pub fn meta(id: &str) -> RunMeta {
        RunMeta {
            run_id: id.into(),
            lab_version: "0.1.0".into(),
            started: "2026-01-01T00:00:00Z".into(),
            finished: None,
            host: "h".into(),
            cpu_model: "cpu".into(),
            kernel: "k".into(),
            doctor: crate::doctor::Report::default(),
            protocol: Protocol::preset(Preset::Fast),
            seed: 1,
            counters: CounterMode::None,
            pin: None,
            timeout_s: 60.0,
            env: vec![("PATH".into(), "/usr/bin".into())],
            selection: vec!["b".into()],
            configs: vec![],
            benchmarks: vec![],
        }
    }

    pub fn rows() -> Vec<Row> {
        let mut v = Row::new("b", "cpython", 0, RowKind::Value);
        v.value = Some(0.25);
        v.loops = 8;
        v.idx = 1;
        let mut c = Row::new("b", "cpython", 0, RowKind::Counter);
        c.name = Some("task-clock".into());
        c.value = Some(1e6);
        c.time_enabled = Some(10);
        c.time_running = Some(5);
        let mut f = Row::new("b", "pypy", 0, RowKind::Failure);
        f.message = Some("check failed: x".into());
        let mut w = Row::new("b", "cpython", 0, RowKind::Worker);
        w.rss_kb = Some(9000);
        w.steady_after = Some(3);
        vec![v, c, f, w]
    }

    #[test]
    fn roundtrip_and_select() {
        let d = tempfile::tempdir().unwrap();
        let p = write_run(d.path(), &meta("20260101-000000-aaaa"), &rows()).unwrap();
        assert!(p.ends_with("20260101-000000-aaaa.parquet"));
        write_run(d.path(), &meta("20260102-000000-bbbb"), &rows()[..1]).unwrap();
        let (runs, skipped) = load_dir(d.path()).unwrap();
        assert!(skipped.is_empty(), "{skipped:?}");
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[0].rows, rows());
        assert_eq!(runs[0].meta, meta("20260101-000000-aaaa"));
        assert_eq!(
            select(&runs, "last").unwrap().meta.run_id,
            "20260102-000000-bbbb"
        );
        assert_eq!(select(&runs, "20260101").unwrap().rows.len(), 4);
        let by_file = select(&runs, "lab-results/20260101-000000-aaaa.parquet").unwrap();
        assert_eq!(by_file.meta.run_id, "20260101-000000-aaaa");
        assert!(matches!(
            select(&runs, "2026"),
            Err(StoreError::Ambiguous(_))
        ));
        assert!(matches!(select(&runs, "x"), Err(StoreError::NoSuchRun(_))));
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 2);
    }

    #[test]
    fn corrupt_and_foreign_files_are_skipped_by_name() {
        let d = tempfile::tempdir().unwrap();
        write_run(d.path(), &meta("20260101-000000-aaaa"), &rows()).unwrap();
        std::fs::write(d.path().join("corrupt.parquet"), b"PAR1 garbage").unwrap();
        std::fs::write(d.path().join("notes.txt"), b"hello").unwrap();
        // A valid Parquet file written by someone else.
        let mut df = df!("x" => [1i32, 2, 3]).unwrap();
        ParquetWriter::new(File::create(d.path().join("foreign.parquet")).unwrap())
            .finish(&mut df)
            .unwrap();
        // A truncated copy of a real run.
        let real = std::fs::read(d.path().join("20260101-000000-aaaa.parquet")).unwrap();
        std::fs::write(d.path().join("truncated.parquet"), &real[..real.len() / 2]).unwrap();
        let (runs, skipped) = load_dir(d.path()).unwrap();
        assert_eq!(runs.len(), 1);
        let names: Vec<String> = skipped
            .iter()
            .map(|s| s.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            vec![
                "corrupt.parquet",
                "foreign.parquet",
                "notes.txt",
                "truncated.parquet"
            ]
        );
        let foreign = &skipped[1];
        assert!(
            foreign.reason.contains("not a lab run"),
            "{}",
            foreign.reason
        );
    }

    #[test]
    fn missing_dir_is_empty_and_merge_by_copy() {
        let d = tempfile::tempdir().unwrap();
        let (runs, skipped) = load_dir(&d.path().join("nope")).unwrap();
        assert!(runs.is_empty() && skipped.is_empty());
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let pa = write_run(a.path(), &meta("20260101-000000-aaaa"), &rows()).unwrap();
        write_run(b.path(), &meta("20260103-000000-cccc"), &rows()).unwrap();
        std::fs::copy(&pa, b.path().join(pa.file_name().unwrap())).unwrap();
        let (runs, _) = load_dir(b.path()).unwrap();
        assert_eq!(runs.len(), 2);
    }
}
