//! The suites' `MANIFEST.toml`: benchmarks (a harness script or a whole
//! command) and groups, and resolving a command line selection into names.

use crate::tomlfile::{self, TomlFileError};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BenchKind {
    /// A `bench.py` that speaks the harness protocol (`kind = "bench"`).
    #[default]
    #[serde(alias = "bench")]
    Harness,
    /// A whole process timed from outside (start-up benchmarks).
    Command,
}

impl BenchKind {
    /// The manifest's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            BenchKind::Harness => "bench",
            BenchKind::Command => "command",
        }
    }
}

// Unknown keys are tolerated: the suites grow metadata the lab may not use.
#[derive(Clone, Debug, Deserialize)]
pub struct BenchmarkEntry {
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub kind: BenchKind,
    /// Folder holding `bench.py` (or a script path) relative to the suites
    /// directory (harness kind).
    #[serde(default)]
    pub path: Option<String>,
    /// Lowest Python language version the benchmark needs, e.g. "3.11".
    #[serde(default)]
    pub min_python: Option<String>,
    #[serde(default)]
    pub args: Vec<String>,
    /// Arguments given to the interpreter (command kind).
    #[serde(default)]
    pub command: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    #[serde(default)]
    benchmarks: BTreeMap<String, BenchmarkEntry>,
    #[serde(default)]
    groups: BTreeMap<String, Vec<String>>,
}

/// One benchmark, resolved against the suites directory.
#[derive(Clone, Debug, PartialEq)]
pub struct Benchmark {
    pub name: String,
    pub description: String,
    pub tags: Vec<String>,
    pub kind: BenchKind,
    pub script: Option<PathBuf>,
    pub args: Vec<String>,
    pub command: Vec<String>,
    /// `(major, minor)` the benchmark needs, when it says.
    pub min_python: Option<(u32, u32)>,
}

/// Parses "3.11" (or "3.11.2") into `(3, 11)`.
pub fn parse_version(s: &str) -> Option<(u32, u32)> {
    let mut it = s.trim().split('.');
    Some((it.next()?.parse().ok()?, it.next()?.parse().ok()?))
}

#[derive(Debug)]
pub struct Manifest {
    /// The suites directory (holds `_lib/` and the benchmark folders).
    pub root: PathBuf,
    pub benchmarks: BTreeMap<String, Benchmark>,
    pub groups: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Error)]
pub enum ManifestError {
    #[error(transparent)]
    Toml(#[from] TomlFileError),
    #[error("{manifest}: benchmark `{name}`: {problem}")]
    Invalid {
        manifest: String,
        name: String,
        problem: String,
    },
    #[error("group `{group}` names `{member}`, which is neither a benchmark nor a group")]
    UnknownMember { group: String, member: String },
    #[error("no benchmark or group named `{0}` (see `lab list`)")]
    Unknown(String),
}

impl Manifest {
    pub fn load(path: &Path) -> Result<Manifest, ManifestError> {
        let raw: RawManifest = tomlfile::read(path)?;
        // Absolute, because workers run with the suites directory as cwd.
        let parent = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let root = parent
            .canonicalize()
            .unwrap_or_else(|_| parent.to_path_buf());
        let mut benchmarks = BTreeMap::new();
        for (name, e) in raw.benchmarks {
            let invalid = |problem: &str| ManifestError::Invalid {
                manifest: path.display().to_string(),
                name: name.clone(),
                problem: problem.to_string(),
            };
            let script = match e.kind {
                BenchKind::Harness => {
                    let p = e.path.as_ref().ok_or_else(|| invalid("has no `path`"))?;
                    // A folder means its bench.py.
                    Some(if p.ends_with(".py") {
                        root.join(p)
                    } else {
                        root.join(p).join("bench.py")
                    })
                }
                BenchKind::Command => {
                    if e.command.is_empty() {
                        return Err(invalid("is `kind = \"command\"` but has no `command`"));
                    }
                    None
                }
            };
            let min_python = match &e.min_python {
                Some(v) => Some(
                    parse_version(v).ok_or_else(|| invalid("`min_python` is not like \"3.11\""))?,
                ),
                None => None,
            };
            benchmarks.insert(
                name.clone(),
                Benchmark {
                    name,
                    description: e.description,
                    tags: e.tags,
                    kind: e.kind,
                    script,
                    args: e.args,
                    command: e.command,
                    min_python,
                },
            );
        }
        let m = Manifest {
            root,
            benchmarks,
            groups: raw.groups,
        };
        for (group, members) in &m.groups {
            for member in members {
                let name = member.strip_prefix('-').unwrap_or(member);
                if !m.benchmarks.contains_key(name) && !m.groups.contains_key(name) {
                    return Err(ManifestError::UnknownMember {
                        group: group.clone(),
                        member: member.clone(),
                    });
                }
            }
        }
        Ok(m)
    }

    /// Expands benchmark and group names into benchmark names, in order of
    /// first mention and without duplicates. `all` means every benchmark
    /// unless the manifest defines it. A group member `-name` excludes it.
    pub fn resolve(&self, selection: &[String]) -> Result<Vec<String>, ManifestError> {
        let mut out = Vec::new();
        for s in selection {
            for name in self.expand(s, 0)? {
                if !out.contains(&name) {
                    out.push(name);
                }
            }
        }
        Ok(out)
    }

    fn expand(&self, name: &str, depth: usize) -> Result<Vec<String>, ManifestError> {
        if self.benchmarks.contains_key(name) {
            return Ok(vec![name.to_string()]);
        }
        // Depth bound against groups that include each other.
        if depth > 16 {
            return Err(ManifestError::Unknown(name.to_string()));
        }
        let members = match self.groups.get(name) {
            Some(m) => m.clone(),
            None if name == "all" => self.benchmarks.keys().cloned().collect(),
            None => return Err(ManifestError::Unknown(name.to_string())),
        };
        let mut out: Vec<String> = Vec::new();
        let mut excluded: Vec<String> = Vec::new();
        for m in members {
            if let Some(ex) = m.strip_prefix('-') {
                excluded.extend(self.expand(ex, depth + 1)?);
            } else {
                for n in self.expand(&m, depth + 1)? {
                    if !out.contains(&n) {
                        out.push(n);
                    }
                }
            }
        }
        out.retain(|n| !excluded.contains(n));
        Ok(out)
    }

    /// Groups each benchmark belongs to (for `lab list`).
    pub fn groups_of(&self, bench: &str) -> Vec<String> {
        self.groups
            .keys()
            .filter(|g| {
                self.expand(g, 0)
                    .map(|v| v.iter().any(|n| n == bench))
                    .unwrap_or(false)
            })
            .cloned()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, text: &str) -> PathBuf {
        let p = dir.join("MANIFEST.toml");
        std::fs::write(&p, text).unwrap();
        p
    }

    const M: &str = r#"
[benchmarks.a]
description = "A"
tags = ["oo"]
path = "a/bench.py"
[benchmarks.b]
path = "b"
kind = "bench"
args = ["--n", "3"]
min_python = "3.11"
notes = "tolerated"
[benchmarks.start]
kind = "command"
command = ["-c", "pass"]
tags = ["startup"]
[groups]
default = ["a", "b"]
startup = ["start"]
most = ["default", "startup", "-b"]
"#;

    #[test]
    fn loads_and_resolves() {
        let d = tempfile::tempdir().unwrap();
        let m = Manifest::load(&write(d.path(), M)).unwrap();
        let d_abs = d.path().canonicalize().unwrap();
        assert_eq!(m.benchmarks["a"].script, Some(d_abs.join("a/bench.py")));
        assert_eq!(m.benchmarks["start"].kind, BenchKind::Command);
        assert_eq!(m.benchmarks["b"].script, Some(d_abs.join("b/bench.py")));
        assert_eq!(m.benchmarks["b"].min_python, Some((3, 11)));
        assert_eq!(parse_version("3.9.16"), Some((3, 9)));
        assert_eq!(m.resolve(&["default".into()]).unwrap(), vec!["a", "b"]);
        assert_eq!(
            m.resolve(&["b".into(), "default".into()]).unwrap(),
            vec!["b", "a"]
        );
        assert_eq!(m.resolve(&["most".into()]).unwrap(), vec!["a", "start"]);
        assert_eq!(m.resolve(&["all".into()]).unwrap().len(), 3);
        assert!(matches!(
            m.resolve(&["zzz".into()]),
            Err(ManifestError::Unknown(_))
        ));
        assert_eq!(m.groups_of("a"), vec!["default", "most"]);
    }

    #[test]
    fn rejects_bad_entries() {
        let d = tempfile::tempdir().unwrap();
        let p = write(d.path(), "[benchmarks.a]\ndescription = \"x\"\n");
        assert!(Manifest::load(&p)
            .unwrap_err()
            .to_string()
            .contains("has no `path`"));
        let p = write(
            d.path(),
            "[benchmarks.a]\npath = \"a.py\"\n[groups]\ng = [\"nope\"]\n",
        );
        assert!(matches!(
            Manifest::load(&p),
            Err(ManifestError::UnknownMember { .. })
        ));
        let p = write(d.path(), "[benchmarks.a]\npath = 3\n");
        let e = Manifest::load(&p).unwrap_err().to_string();
        assert!(e.contains(":2: key `path`"), "{e}");
    }
}
