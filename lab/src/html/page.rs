//! HTML building blocks for the report: escaping, tables, the page frame
//! and its stylesheet (inline; the page needs nothing from a network).

use std::fmt::Write;

pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A table from already-escaped cells (so cells may hold markup such as a
/// colour swatch); `num` marks right-aligned columns.
pub fn table(header: &[&str], rows: &[Vec<String>], num: &[usize]) -> String {
    let mut out = String::from("<table>\n");
    // A key/value table has no header worth a row.
    if header.iter().any(|h| !h.is_empty()) {
        out.push_str("<thead><tr>");
        for (i, h) in header.iter().enumerate() {
            let cls = if num.contains(&i) {
                " class=\"num\""
            } else {
                ""
            };
            let _ = write!(out, "<th{cls}>{}</th>", esc(h));
        }
        out.push_str("</tr></thead>\n");
    }
    out.push_str("<tbody>\n");
    for r in rows {
        out.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            let cls = if num.contains(&i) {
                " class=\"num\""
            } else {
                ""
            };
            let _ = write!(out, "<td{cls}>{c}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// A small coloured square and the config's name.
pub fn swatch(name: &str, hex: &str) -> String {
    format!(
        "<span class=\"sw\" style=\"background:{hex}\"></span>{}",
        esc(name)
    )
}

pub fn section(id: &str, title: &str, body: &str) -> String {
    format!(
        "<section id=\"{id}\">\n<h2>{}</h2>\n{body}</section>\n",
        esc(title)
    )
}

/// An SVG chart inside a figure with a caption.
pub fn figure(svg: &str, caption: &str) -> String {
    // plotters writes an XML declaration-free <svg>; inline it as is.
    format!(
        "<figure>\n{svg}\n<figcaption>{}</figcaption>\n</figure>\n",
        esc(caption)
    )
}

pub const CSS: &str = "
body { font-family: sans-serif; margin: 0 auto; max-width: 1200px; padding: 1em 2em; color: #222; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { border-bottom: 2px solid #ddd; padding-bottom: 0.2em; margin-top: 2em; }
h3 { margin-top: 1.4em; }
nav a { margin-right: 1em; }
table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.92em; }
th, td { border-bottom: 1px solid #e2e2e2; padding: 0.25em 0.7em; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.faster { color: #1a7f37; font-weight: bold; }
.slower { color: #c62828; font-weight: bold; }
.uncertain { color: #b26a00; }
.note { background: #fff8e1; border-left: 4px solid #f0b400; padding: 0.5em 0.8em; }
.sw { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.4em; vertical-align: -0.1em; border-radius: 2px; }
figure { margin: 1em 0; overflow-x: auto; }
figcaption { color: #555; font-size: 0.9em; }
pre { background: #f6f6f6; padding: 0.6em; overflow-x: auto; font-size: 0.85em; }
.grid { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; align-items: flex-start; }
";

pub fn page(title: &str, nav: &[(&str, &str)], body: &str) -> String {
    let mut links = String::new();
    for (id, name) in nav {
        let _ = write!(links, "<a href=\"#{id}\">{}</a>", esc(name));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{t}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<h1>{t}</h1>\n<nav>{links}</nav>\n{body}</body>\n</html>\n",
        t = esc(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_builds() {
        assert_eq!(esc("<a & 'b'>"), "&lt;a &amp; &#39;b&#39;&gt;");
        let t = table(&["a", "n"], &[vec!["x".into(), "1".into()]], &[1]);
        assert!(t.contains("<td class=\"num\">1</td>"));
        let p = page("T", &[("s", "S")], "<p>x</p>");
        assert!(p.starts_with("<!DOCTYPE html>") && p.contains("href=\"#s\""));
    }
}
