//! The runtime's own counters (`ember -X stats=<file>`): a JSON object read
//! after the worker exits and flattened to `dotted.name = number` pairs.

use serde_json::Value;
use std::path::Path;

/// Flattens numeric leaves of `v` (objects by key, arrays by index).
pub fn flatten(v: &Value) -> Vec<(String, f64)> {
    fn walk(prefix: &str, v: &Value, out: &mut Vec<(String, f64)>) {
        let join = |k: &str| {
            if prefix.is_empty() {
                k.to_string()
            } else {
                format!("{prefix}.{k}")
            }
        };
        match v {
            Value::Number(n) => {
                if let Some(f) = n.as_f64() {
                    out.push((prefix.to_string(), f));
                }
            }
            Value::Bool(b) => out.push((prefix.to_string(), f64::from(u8::from(*b)))),
            Value::Object(m) => m.iter().for_each(|(k, v)| walk(&join(k), v, out)),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, v)| walk(&join(&i.to_string()), v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk("", v, &mut out);
    out
}

/// Reads the statistics file if the runtime wrote one; absent or unreadable
/// gives nothing (the runtime may not support statistics yet).
pub fn read(path: &Path) -> Vec<(String, f64)> {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str::<Value>(&t).ok())
        .map(|v| flatten(&v))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flattens_nested_counters() {
        let v: Value = serde_json::from_str(
            r#"{"inline_cache": {"LOAD_ATTR": {"hits": 10, "misses": 2}}, "deopts": [1, 2], "jit": true, "note": "x"}"#,
        )
        .unwrap();
        let mut f = flatten(&v);
        f.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(
            f,
            vec![
                ("deopts.0".into(), 1.0),
                ("deopts.1".into(), 2.0),
                ("inline_cache.LOAD_ATTR.hits".into(), 10.0),
                ("inline_cache.LOAD_ATTR.misses".into(), 2.0),
                ("jit".into(), 1.0),
            ]
        );
    }

    #[test]
    fn absent_or_bad_file_gives_nothing() {
        let d = tempfile::tempdir().unwrap();
        assert!(read(&d.path().join("none.json")).is_empty());
        std::fs::write(d.path().join("bad.json"), "{").unwrap();
        assert!(read(&d.path().join("bad.json")).is_empty());
        std::fs::write(d.path().join("ok.json"), "{\"gc\": {\"collections\": 4}}").unwrap();
        assert_eq!(
            read(&d.path().join("ok.json")),
            vec![("gc.collections".to_string(), 4.0)]
        );
    }
}
