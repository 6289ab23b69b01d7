//! `--counters callgrind`: run the worker under valgrind's callgrind and take
//! the instruction count (deterministic even on a noisy machine).

use std::path::{Path, PathBuf};

/// The valgrind executable, when installed.
pub fn valgrind() -> Option<PathBuf> {
    crate::resolve::resolve("valgrind", &std::env::var("PATH").unwrap_or_default()).ok()
}

/// Wraps `program args` to run under callgrind writing to `out_file`.
/// `--smc-check=all` because JIT-compiled code modifies itself.
pub fn wrap(
    valgrind: &Path,
    program: &Path,
    args: &[String],
    out_file: &Path,
) -> (PathBuf, Vec<String>) {
    let mut a = vec![
        "--tool=callgrind".to_string(),
        "--smc-check=all".to_string(),
        format!("--callgrind-out-file={}", out_file.display()),
        program.display().to_string(),
    ];
    a.extend(args.iter().cloned());
    (valgrind.to_path_buf(), a)
}

/// The total instruction count (`Ir`) of a callgrind output file: the
/// `totals:` line, or `summary:` in older formats.
pub fn parse_total(text: &str) -> Option<u64> {
    text.lines()
        .rev()
        .find_map(|l| {
            l.strip_prefix("totals:")
                .or_else(|| l.strip_prefix("summary:"))
        })
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_totals() {
        let text = "version: 1\ncreator: callgrind-3.19.0\nevents: Ir\nfl=(1) a.c\nfn=(1) main\n3 10\nsummary: 12345\ntotals: 12345\n";
        assert_eq!(parse_total(text), Some(12345));
        assert_eq!(parse_total("events: Ir\nsummary: 77\n"), Some(77));
        assert_eq!(parse_total("garbage"), None);
    }

    #[test]
    fn wraps_command() {
        let (p, a) = wrap(
            Path::new("/usr/bin/valgrind"),
            Path::new("/usr/bin/python3.11"),
            &["b.py".into()],
            Path::new("/tmp/cg.out"),
        );
        assert_eq!(p, PathBuf::from("/usr/bin/valgrind"));
        assert_eq!(a[0], "--tool=callgrind");
        assert!(a.contains(&"--smc-check=all".to_string()));
        assert_eq!(
            &a[a.len() - 2..],
            &["/usr/bin/python3.11".to_string(), "b.py".to_string()]
        );
    }
}
