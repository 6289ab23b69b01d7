//! Reading TOML files into typed structs with errors that name the file, the
//! line and the key, as users fix configs by hand.

use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum TomlFileError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}: key `{key}`: {message}", path.display())]
    Parse {
        path: PathBuf,
        line: usize,
        key: String,
        message: String,
    },
}

/// Parses `text` (read from `path`) into `T`.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, TomlFileError> {
    toml::from_str(text).map_err(|e| {
        let (line, mut key) = match e.span() {
            Some(span) => locate(text, span.start),
            None => (0, String::new()),
        };
        // A missing key has no line of its own: name it from the message.
        if let Some(rest) = e.message().strip_prefix("missing field `") {
            key = rest.split('`').next().unwrap_or_default().to_string();
        }
        TomlFileError::Parse {
            path: path.to_path_buf(),
            line,
            key: if key.is_empty() { "?".into() } else { key },
            message: e.message().to_string(),
        }
    })
}

/// Reads and parses a TOML file.
pub fn read<T: DeserializeOwned>(path: &Path) -> Result<T, TomlFileError> {
    let text = std::fs::read_to_string(path).map_err(|source| TomlFileError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(path, &text)
}

/// The 1-based line of byte `offset` and the key written on that line. toml's
/// messages often name only the value's type, so the key is taken from the
/// text (`key = ...` or a `[table]` header); if the error's line has none,
/// the closest key above it is used (for values spanning lines).
fn locate(text: &str, offset: usize) -> (usize, String) {
    let offset = offset.min(text.len());
    let line_no = text[..offset].matches('\n').count() + 1;
    let lines: Vec<&str> = text.lines().collect();
    for idx in (0..line_no.min(lines.len())).rev() {
        if let Some(key) = key_of(lines[idx]) {
            return (line_no, key);
        }
    }
    (line_no, String::new())
}

fn key_of(line: &str) -> Option<String> {
    let t = line.trim();
    if t.starts_with('#') || t.is_empty() {
        return None;
    }
    if t.starts_with('[') {
        return Some(t.trim_matches(|c| c == '[' || c == ']').trim().to_string());
    }
    let (k, _) = t.split_once('=')?;
    let k = k.trim().trim_matches('"');
    (!k.is_empty()).then(|| k.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        name: String,
        features: Vec<String>,
    }

    #[test]
    fn type_error_names_line_and_key() {
        let text = "name = \"x\"\n\nfeatures = \"jit\"\n";
        let err = parse::<T>(Path::new("configs/x.toml"), text).unwrap_err();
        match &err {
            TomlFileError::Parse { line, key, .. } => {
                assert_eq!(*line, 3);
                assert_eq!(key, "features");
            }
            other => panic!("{other}"),
        }
        let msg = err.to_string();
        assert!(msg.starts_with("configs/x.toml:3: key `features`"), "{msg}");
    }

    #[test]
    fn unknown_key_and_syntax_error() {
        let text = "name = \"x\"\nfeatures = []\nfeaturez = [\"a\"]\n";
        let err = parse::<T>(Path::new("a.toml"), text)
            .unwrap_err()
            .to_string();
        assert!(err.contains(":3: key `featurez`"), "{err}");
        let text = "name = \"x\"\nfeatures = [\n";
        let err = parse::<T>(Path::new("a.toml"), text)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("a.toml:"), "{err}");
    }

    #[test]
    fn missing_key_is_named() {
        let err = parse::<T>(Path::new("a.toml"), "name = \"x\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("key `features`"), "{err}");
    }

    #[test]
    fn locate_finds_table_headers() {
        let text = "[a]\nx = 1\n[b.c]\n\n";
        assert_eq!(locate(text, 0), (1, "a".into()));
        assert_eq!(
            locate(text, text.find("[b.c]").unwrap() + 1),
            (3, "b.c".into())
        );
    }
}
