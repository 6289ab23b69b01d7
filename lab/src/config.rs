//! Configurations (`configs/*.toml`): what to run benchmarks on, either an
//! Ember build (Cargo features plus `-X` options) or an external interpreter.

use crate::tomlfile::{self, TomlFileError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConfigKind {
    Ember,
    External,
}

/// One configuration file. A single flat struct (rather than an enum tagged
/// by `kind`) keeps toml's error spans, so mistakes are reported by line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub kind: ConfigKind,
    /// Ember: Cargo features of the `runtime` package.
    #[serde(default)]
    pub features: Vec<String>,
    /// Ember: runtime options passed as `-X name=value`.
    #[serde(default)]
    pub options: BTreeMap<String, toml::Value>,
    /// External: the interpreter, an absolute path or a name looked up on PATH.
    #[serde(default)]
    pub command: Option<String>,
    /// External: arguments that print the version.
    #[serde(default = "default_version_args")]
    pub version_args: Vec<String>,
    /// External: text the version output must contain.
    #[serde(default)]
    pub version_contains: Option<String>,
}

fn default_version_args() -> Vec<String> {
    vec!["--version".into()]
}

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error(transparent)]
    Toml(#[from] TomlFileError),
    #[error("{}: {problem}", path.display())]
    Invalid { path: PathBuf, problem: String },
    #[error("cannot list {}: {source}", dir.display())]
    Dir {
        dir: PathBuf,
        source: std::io::Error,
    },
    #[error("no configuration named `{name}` (available: {available})")]
    NotFound { name: String, available: String },
}

impl Config {
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let c: Config = tomlfile::read(path)?;
        let invalid = |problem: String| ConfigError::Invalid {
            path: path.to_path_buf(),
            problem,
        };
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if c.name != stem {
            return Err(invalid(format!(
                "key `name`: `{}` differs from the file name `{stem}`",
                c.name
            )));
        }
        match c.kind {
            ConfigKind::Ember if c.command.is_some() => Err(invalid(
                "key `command`: only `kind = \"external\"` configurations have a command".into(),
            )),
            ConfigKind::External if c.command.is_none() => Err(invalid(
                "key `command`: an external configuration needs a command".into(),
            )),
            ConfigKind::External if !c.features.is_empty() || !c.options.is_empty() => {
                Err(invalid(
                    "keys `features`/`options`: only `kind = \"ember\"` configurations have them"
                        .into(),
                ))
            }
            _ => Ok(c),
        }
    }

    /// The `-X name=value` arguments for the runtime, in name order.
    pub fn runtime_args(&self) -> Vec<String> {
        self.options
            .iter()
            .flat_map(|(k, v)| {
                let v = match v {
                    toml::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                ["-X".to_string(), format!("{k}={v}")]
            })
            .collect()
    }
}

/// Loads every `*.toml` in `dir`, sorted by name; the first error wins.
pub fn load_all(dir: &Path) -> Result<Vec<Config>, ConfigError> {
    let entries = std::fs::read_dir(dir).map_err(|source| ConfigError::Dir {
        dir: dir.to_path_buf(),
        source,
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths.iter().map(|p| Config::load(p)).collect()
}

/// Loads the named configurations from `dir`, in the order given.
pub fn load_named(dir: &Path, names: &[String]) -> Result<Vec<Config>, ConfigError> {
    names
        .iter()
        .map(|n| {
            let p = dir.join(format!("{n}.toml"));
            if !p.exists() {
                let available = load_all(dir)
                    .map(|v| {
                        v.iter()
                            .map(|c| c.name.clone())
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default();
                return Err(ConfigError::NotFound {
                    name: n.clone(),
                    available,
                });
            }
            Config::load(&p)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(format!("{name}.toml"));
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn loads_both_kinds() {
        let d = tempfile::tempdir().unwrap();
        write(d.path(), "jit", "name = \"jit\"\nkind = \"ember\"\nfeatures = [\"jit\"]\n[options]\njit_threshold = 10\nmode = \"fast\"\n");
        write(d.path(), "cpython", "name = \"cpython\"\nkind = \"external\"\ncommand = \"/usr/bin/python3.11\"\nversion_contains = \"3.11\"\n");
        let all = load_all(d.path()).unwrap();
        assert_eq!(all.len(), 2);
        let jit = &all[1];
        assert_eq!(jit.kind, ConfigKind::Ember);
        assert_eq!(
            jit.runtime_args(),
            vec!["-X", "jit_threshold=10", "-X", "mode=fast"]
        );
        assert_eq!(all[0].version_args, vec!["--version"]);
        let named = load_named(d.path(), &["jit".into()]).unwrap();
        assert_eq!(named[0].features, vec!["jit"]);
        let e = load_named(d.path(), &["nope".into()])
            .unwrap_err()
            .to_string();
        assert!(e.contains("available: cpython, jit"), "{e}");
    }

    #[test]
    fn errors_name_file_line_and_key() {
        let d = tempfile::tempdir().unwrap();
        let p = write(
            d.path(),
            "bad",
            "name = \"bad\"\nkind = \"ember\"\nfeatures = \"jit\"\n",
        );
        let e = Config::load(&p).unwrap_err().to_string();
        assert!(e.contains("bad.toml:3: key `features`"), "{e}");
        let p = write(d.path(), "bad2", "name = \"bad2\"\nkind = \"rocket\"\n");
        let e = Config::load(&p).unwrap_err().to_string();
        assert!(e.contains("bad2.toml:2: key `kind`"), "{e}");
        let p = write(d.path(), "bad3", "name = \"other\"\nkind = \"ember\"\n");
        assert!(Config::load(&p)
            .unwrap_err()
            .to_string()
            .contains("differs from the file name"));
        let p = write(d.path(), "bad4", "name = \"bad4\"\nkind = \"external\"\n");
        assert!(Config::load(&p)
            .unwrap_err()
            .to_string()
            .contains("needs a command"));
    }
}
