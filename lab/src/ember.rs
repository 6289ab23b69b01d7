//! Building the Ember runtime for a configuration: check the features exist,
//! build once per (commit, feature set) into a shared target directory, and
//! cache the binary under `target/lab-bin/`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum BuildError {
    #[error("configuration `{config}` needs runtime feature(s) {} that runtime/Cargo.toml does not define (defined: {})",
        quoted(missing), if defined.is_empty() { "none".to_string() } else { quoted(defined) })]
    MissingFeatures {
        config: String,
        missing: Vec<String>,
        defined: Vec<String>,
    },
    #[error("cannot read {}: {message}", path.display())]
    Manifest { path: PathBuf, message: String },
    #[error("building the runtime with features [{features}] failed (exit {status}); last lines:\n{tail}")]
    Cargo {
        features: String,
        status: String,
        tail: String,
    },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

fn quoted(v: &[String]) -> String {
    v.iter()
        .map(|f| format!("`{f}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The features defined in `[features]` of a Cargo manifest (`default`
/// excluded, as it is a set, not an optimisation).
pub fn defined_features(cargo_toml: &Path) -> Result<Vec<String>, BuildError> {
    let err = |message: String| BuildError::Manifest {
        path: cargo_toml.to_path_buf(),
        message,
    };
    let text = std::fs::read_to_string(cargo_toml).map_err(|e| err(e.to_string()))?;
    let doc: toml::Table = toml::from_str(&text).map_err(|e| err(e.to_string()))?;
    Ok(match doc.get("features").and_then(|f| f.as_table()) {
        Some(t) => t.keys().filter(|k| *k != "default").cloned().collect(),
        None => Vec::new(),
    })
}

/// Fails, naming every missing feature, before cargo is ever called.
pub fn check_features(
    config: &str,
    wanted: &[String],
    defined: &[String],
) -> Result<(), BuildError> {
    let missing: Vec<String> = wanted
        .iter()
        .filter(|f| !defined.contains(f))
        .cloned()
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(BuildError::MissingFeatures {
            config: config.into(),
            missing,
            defined: defined.to_vec(),
        })
    }
}

/// The canonical feature set: sorted and deduplicated, so `a,b` and `b,a`
/// share one build.
pub fn feature_key(features: &[String]) -> String {
    let set: BTreeSet<&str> = features.iter().map(|s| s.as_str()).collect();
    if set.is_empty() {
        "baseline".into()
    } else {
        set.into_iter().collect::<Vec<_>>().join("+")
    }
}

/// The git commit of the working tree at `repo`, with `-dirty` when the
/// runtime or its build settings have uncommitted changes (such builds are never cached).
pub fn git_commit(repo: &Path) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["rev-parse", "HEAD"])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let commit = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let dirty = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args([
            "status",
            "--porcelain",
            "--",
            "runtime",
            "Cargo.lock",
            "Cargo.toml",
            ".cargo",
        ])
        .output()
        .map(|o| !o.stdout.is_empty())
        .unwrap_or(true);
    Some(if dirty {
        format!("{commit}-dirty")
    } else {
        commit
    })
}

/// A built runtime.
#[derive(Clone, Debug, PartialEq)]
pub struct EmberBinary {
    pub path: PathBuf,
    pub commit: String,
    pub features: Vec<String>,
    pub cached: bool,
}

pub struct Builder {
    pub repo: PathBuf,
    /// Shared cargo target dir: one dependency build for all feature sets.
    pub target_dir: PathBuf,
}

impl Builder {
    pub fn new(repo: &Path) -> Builder {
        let target_dir = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| repo.join("target"));
        Builder {
            repo: repo.to_path_buf(),
            target_dir,
        }
    }

    pub fn cache_path(&self, commit: &str, features: &[String]) -> PathBuf {
        self.repo
            .join("target/lab-bin")
            .join(format!("{commit}-{}", feature_key(features)))
            .join("ember")
    }

    /// Builds (or reuses) the runtime for `features`.
    pub fn build(&self, config: &str, features: &[String]) -> Result<EmberBinary, BuildError> {
        let defined = defined_features(&self.repo.join("runtime/Cargo.toml"))?;
        check_features(config, features, &defined)?;
        let commit = git_commit(&self.repo).unwrap_or_else(|| "unknown-dirty".into());
        let cached = self.cache_path(&commit, features);
        if !commit.ends_with("-dirty") && cached.exists() {
            return Ok(EmberBinary {
                path: cached,
                commit,
                features: features.to_vec(),
                cached: true,
            });
        }
        let list = BTreeSet::<&String>::from_iter(features)
            .into_iter()
            .cloned()
            .collect::<Vec<_>>()
            .join(",");
        let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
        cmd.current_dir(&self.repo)
            .env("CARGO_TARGET_DIR", &self.target_dir)
            .args([
                "build",
                "--release",
                "-p",
                "runtime",
                "--no-default-features",
                // Cargo names the binary it built: its path depends on the build
                // target (`.cargo/config.toml` sets one) and is not ours to guess.
                "--message-format=json-render-diagnostics",
            ]);
        if !list.is_empty() {
            cmd.args(["--features", &list]);
        }
        let out = cmd.output()?;
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            let lines: Vec<&str> = err.lines().collect();
            let tail = lines[lines.len().saturating_sub(20)..].join("\n");
            return Err(BuildError::Cargo {
                features: list,
                status: out.status.to_string(),
                tail,
            });
        }
        // Every feature set builds to the same path; copy it out before the
        // next build overwrites it.
        let built =
            built_executable(&String::from_utf8_lossy(&out.stdout), "ember").ok_or_else(|| {
                BuildError::Cargo {
                    features: list.clone(),
                    status: out.status.to_string(),
                    tail: "cargo reported no `ember` executable among its artifacts".into(),
                }
            })?;
        std::fs::create_dir_all(cached.parent().expect("cache path has a parent"))?;
        let tmp = cached.with_extension("tmp");
        std::fs::copy(&built, &tmp)?;
        std::fs::rename(&tmp, &cached)?;
        Ok(EmberBinary {
            path: cached,
            commit,
            features: features.to_vec(),
            cached: false,
        })
    }
}

/// The executable cargo built for binary target `name`, read from the JSON
/// messages of `cargo build --message-format=json...` (one object per line).
pub fn built_executable(messages: &str, name: &str) -> Option<PathBuf> {
    messages
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == name)
        .filter_map(|m| m["executable"].as_str().map(PathBuf::from))
        .last()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_features_and_names_missing_ones() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("Cargo.toml");
        std::fs::write(&p, "[package]\nname = \"r\"\n[features]\ndefault = [\"jit\"]\njit = []\nnoframe = [\"jit\"]\n").unwrap();
        let defined = defined_features(&p).unwrap();
        assert_eq!(defined, vec!["jit", "noframe"]);
        assert!(check_features("jit", &["jit".into()], &defined).is_ok());
        let e = check_features("static", &["jit".into(), "static-python".into()], &defined)
            .unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("feature(s) `static-python` that"), "{msg}");
        assert!(msg.contains("configuration `static`"), "{msg}");
        std::fs::write(&p, "[package]\nname = \"r\"\n").unwrap();
        let e = check_features("x", &["a".into()], &defined_features(&p).unwrap()).unwrap_err();
        assert!(e.to_string().contains("(defined: none)"), "{e}");
    }

    #[test]
    fn finds_the_executable_among_cargo_messages() {
        let msgs = concat!(
            "{\"reason\":\"compiler-artifact\",\"target\":{\"name\":\"runtime\"},\"executable\":null}\n",
            "not json\n",
            "{\"reason\":\"compiler-artifact\",\"target\":{\"name\":\"ember\"},",
            "\"executable\":\"/t/x86_64-unknown-linux-gnu/release/ember\"}\n",
            "{\"reason\":\"build-finished\",\"success\":true}\n",
        );
        assert_eq!(
            built_executable(msgs, "ember"),
            Some(PathBuf::from("/t/x86_64-unknown-linux-gnu/release/ember"))
        );
        assert_eq!(built_executable(msgs, "lab"), None);
    }

    #[test]
    fn feature_key_is_canonical() {
        assert_eq!(feature_key(&["b".into(), "a".into(), "b".into()]), "a+b");
        assert_eq!(feature_key(&[]), "baseline");
        let b = Builder {
            repo: "/r".into(),
            target_dir: "/t".into(),
        };
        assert_eq!(
            b.cache_path("abc", &["jit".into()]),
            PathBuf::from("/r/target/lab-bin/abc-jit/ember")
        );
    }
}
