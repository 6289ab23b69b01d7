//! Resolving an interpreter command to the real executable: PATH entries that
//! are shell shims (pyenv's `python3` adds ~50 ms to every start) are skipped.

use std::path::{Path, PathBuf};
use std::process::Command;
use thiserror::Error;

#[derive(Debug, Error, PartialEq)]
pub enum ResolveError {
    #[error("`{0}` is not installed (not found on PATH outside shims)")]
    NotInstalled(String),
    #[error("`{cmd}` --version check failed: {problem}")]
    Version { cmd: String, problem: String },
}

/// Whether `path` is a script shim (a `#!` text file mentioning a version
/// manager) rather than a real interpreter binary.
pub fn is_shim(path: &Path) -> bool {
    if path.components().any(|c| c.as_os_str() == "shims") {
        return true;
    }
    match std::fs::read(path) {
        Ok(bytes) if bytes.starts_with(b"#!") => {
            let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
            // Only version managers' shims: ordinary wrapper scripts (Debian's
            // valgrind is one) are real commands.
            ["pyenv", "asdf", "rbenv", "mise"]
                .iter()
                .any(|m| head.contains(m))
        }
        _ => false,
    }
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata()
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

/// Resolves `cmd` (absolute, relative with a slash, or a bare name searched
/// in `path_var`) to a canonical executable path, skipping shims.
pub fn resolve(cmd: &str, path_var: &str) -> Result<PathBuf, ResolveError> {
    let candidates: Vec<PathBuf> = if cmd.contains('/') {
        vec![PathBuf::from(cmd)]
    } else {
        path_var
            .split(':')
            .filter(|d| !d.is_empty())
            .map(|d| Path::new(d).join(cmd))
            .collect()
    };
    for c in candidates {
        if is_executable(&c) && !is_shim(&c) {
            // Canonical path: symlinks such as pypy3 -> pypy3.9 are recorded
            // as what really ran.
            return Ok(c.canonicalize().unwrap_or(c));
        }
    }
    Err(ResolveError::NotInstalled(cmd.to_string()))
}

/// Runs `exe version_args...` and returns the first line of its output,
/// checking that it contains `expect` when given.
pub fn version(exe: &Path, args: &[String], expect: Option<&str>) -> Result<String, ResolveError> {
    let err = |problem: String| ResolveError::Version {
        cmd: exe.display().to_string(),
        problem,
    };
    let out = Command::new(exe)
        .args(args)
        .output()
        .map_err(|e| err(e.to_string()))?;
    if !out.status.success() {
        return Err(err(format!("exited with {}", out.status)));
    }
    // Python 2 and some builds print the version on stderr.
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string();
    if let Some(e) = expect {
        if !text.contains(e) {
            return Err(err(format!("output `{first}` does not contain `{e}`")));
        }
    }
    Ok(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn exe(dir: &Path, name: &str, body: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, body).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
        p
    }

    #[test]
    fn skips_shims_and_finds_real() {
        let shims = tempfile::tempdir().unwrap();
        let real = tempfile::tempdir().unwrap();
        exe(
            shims.path(),
            "py",
            "#!/usr/bin/env bash\nexec pyenv exec py \"$@\"\n",
        );
        let r = exe(real.path(), "py", "\x7fELF not really");
        let path = format!("{}:{}", shims.path().display(), real.path().display());
        assert_eq!(resolve("py", &path).unwrap(), r.canonicalize().unwrap());
        assert_eq!(
            resolve("nope", &path),
            Err(ResolveError::NotInstalled("nope".into()))
        );
        // A plain wrapper script is not a shim.
        let w = exe(
            real.path(),
            "wrapped",
            "#!/bin/sh -e\nexec /usr/bin/true \"$@\"\n",
        );
        assert_eq!(
            resolve("wrapped", &path).unwrap(),
            w.canonicalize().unwrap()
        );
        assert!(resolve("/definitely/not/here", "").is_err());
    }

    #[test]
    fn version_check() {
        let d = tempfile::tempdir().unwrap();
        let v = exe(d.path(), "v", "#!/bin/sh\necho 'Python 3.11.2'\n");
        assert_eq!(version(&v, &[], Some("3.11")).unwrap(), "Python 3.11.2");
        assert!(version(&v, &[], Some("3.12"))
            .unwrap_err()
            .to_string()
            .contains("does not contain"));
    }
}
