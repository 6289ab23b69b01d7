//! The report's charts, drawn with plotters into SVG strings: grouped bars
//! with interval whiskers (optionally on a log scale), horizontal box plots
//! and history lines. Category labels are drawn by hand so they never
//! overlap: horizontal when they fit their slot, turned 90° when not.

use super::palette::Palette;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use thiserror::Error;

#[derive(Debug, Error)]
#[error("drawing a chart: {0}")]
pub struct ChartError(String);

fn ce<E: std::fmt::Display>(e: E) -> ChartError {
    ChartError(e.to_string())
}

const FONT: &str = "sans-serif";
/// Rough width of a 12px sans-serif character; labels are laid out with it.
const CHAR_W: u32 = 7;

/// Seconds scaled to a unit readable on an axis.
pub fn time_unit(max: f64) -> (&'static str, f64) {
    if max >= 1.0 {
        ("s", 1.0)
    } else if max >= 1e-3 {
        ("ms", 1e3)
    } else if max >= 1e-6 {
        ("µs", 1e6)
    } else {
        ("ns", 1e9)
    }
}

/// One series of grouped bars: a value and optional interval per group.
pub struct BarSeries {
    pub config: String,
    pub values: Vec<Option<(f64, Option<(f64, f64)>)>>,
}

pub struct Bars<'a> {
    pub title: String,
    pub y_desc: String,
    pub groups: Vec<String>,
    pub series: Vec<BarSeries>,
    /// Log scale (values must be positive); bars grow from 1 instead of 0.
    pub log: bool,
    /// A horizontal rule, e.g. at speed-up 1.
    pub rule: Option<f64>,
    pub format: &'a dyn Fn(f64) -> String,
    pub palette: &'a Palette,
}

/// Space under the plot for category labels, and whether they are turned.
fn label_layout(labels: &[String], slot_px: u32) -> (u32, bool) {
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(1) as u32;
    if longest * CHAR_W + 6 <= slot_px {
        (34, false)
    } else {
        ((longest * CHAR_W + 20).min(240), true)
    }
}

fn draw_category_labels<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    labels: &[String],
    at: impl Fn(usize) -> (i32, i32),
    turned: bool,
) -> Result<(), ChartError> {
    for (i, l) in labels.iter().enumerate() {
        let (x, y) = at(i);
        let style = TextStyle::from((FONT, 12).into_font()).color(&BLACK);
        let style = if turned {
            // Rotated 90° clockwise: reads downwards from just under the axis.
            style
                .transform(FontTransform::Rotate90)
                .pos(Pos::new(HPos::Left, VPos::Center))
        } else {
            style.pos(Pos::new(HPos::Center, VPos::Top))
        };
        root.draw(&Text::new(l.clone(), (x, y + 6), style))
            .map_err(ce)?;
    }
    Ok(())
}

/// Round values between `lo` and `hi` (both positive) for a log axis:
/// 1-2-5 steps, or finer ones when the range is narrow.
pub fn log_ticks(lo: f64, hi: f64) -> Vec<f64> {
    let pick = |mantissas: &[f64]| -> Vec<f64> {
        let mut out = Vec::new();
        for e in -6..=6 {
            for m in mantissas {
                let t = m * 10f64.powi(e);
                if t >= lo && t <= hi {
                    out.push(t);
                }
            }
        }
        out
    };
    let coarse = pick(&[1.0, 2.0, 5.0]);
    if coarse.len() >= 3 {
        return coarse;
    }
    let fine = pick(&[1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0]);
    if fine.len() >= 2 {
        fine
    } else {
        pick(&[
            1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.8, 2.0, 2.2, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 6.0,
            7.0, 8.0, 9.0,
        ])
    }
}

/// Grouped bars, one colour per configuration, with whiskers for intervals.
pub fn grouped_bars(b: &Bars) -> Result<String, ChartError> {
    let n = b.groups.len().max(1);
    let m = b.series.len().max(1);
    let slot = (m as u32 * 18 + 26).max(60);
    let width = (110 + n as u32 * slot).clamp(560, 2400);
    // The slot each label really gets once the chart has its width.
    let (label_h, turned) = label_layout(&b.groups, (width - 110) / n as u32);
    let plot_h = 300u32;
    let height = plot_h + label_h + 60;
    // Values in plot space: log10 on a log scale, so the axis is linear and
    // its labels are turned back into values.
    let tr = |v: f64| if b.log { v.log10() } else { v };
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for s in &b.series {
        for (v, ci) in s.values.iter().flatten() {
            for x in [Some(*v), ci.map(|c| c.0), ci.map(|c| c.1)]
                .into_iter()
                .flatten()
            {
                if x.is_finite() && (!b.log || x > 0.0) {
                    lo = lo.min(tr(x));
                    hi = hi.max(tr(x));
                }
            }
        }
    }
    let base = if b.log { 0.0 } else { 0.0f64 };
    if let Some(r) = b.rule {
        lo = lo.min(tr(r));
        hi = hi.max(tr(r));
    }
    lo = lo.min(base);
    hi = hi.max(base);
    if !lo.is_finite() || !hi.is_finite() || hi - lo < 1e-9 {
        lo = base - 0.5;
        hi = base + 0.5;
    }
    let pad = (hi - lo) * 0.08;
    // Headroom for the legend (about 20 px per entry) above the bars.
    let legend = (hi - lo) * (20.0 * m as f64 + 12.0) / plot_h as f64;
    let (lo, hi) = (
        if b.log { lo - pad } else { lo.min(0.0) },
        hi + pad + legend,
    );
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        root.fill(&WHITE).map_err(ce)?;
        let mut chart = ChartBuilder::on(&root)
            .caption(&b.title, (FONT, 16))
            .margin(12)
            .x_label_area_size(label_h)
            .y_label_area_size(72)
            .build_cartesian_2d(0f64..n as f64, lo..hi)
            .map_err(ce)?;
        let fmt = |y: &f64| (b.format)(*y);
        // On a log scale the mesh's evenly spaced ticks would land on odd
        // values; round ticks are drawn below instead.
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(if b.log { 0 } else { 8 })
            .y_label_formatter(&fmt)
            .y_desc(b.y_desc.as_str())
            .axis_desc_style((FONT, 13))
            .label_style((FONT, 12))
            .draw()
            .map_err(ce)?;
        if b.log {
            for t in log_ticks(10f64.powf(lo), 10f64.powf(hi)) {
                let y = t.log10();
                chart
                    .draw_series(LineSeries::new(
                        [(0.0, y), (n as f64, y)],
                        BLACK.mix(0.12).stroke_width(1),
                    ))
                    .map_err(ce)?;
                let (px, py) = chart.backend_coord(&(0.0, y));
                let style = TextStyle::from((FONT, 12).into_font())
                    .color(&BLACK)
                    .pos(Pos::new(HPos::Right, VPos::Center));
                root.draw(&Text::new((b.format)(t), (px - 6, py), style))
                    .map_err(ce)?;
            }
        }
        if let Some(r) = b.rule {
            chart
                .draw_series(LineSeries::new(
                    [(0.0, tr(r)), (n as f64, tr(r))],
                    BLACK.stroke_width(1),
                ))
                .map_err(ce)?;
        }
        let bar_w = 0.8 / m as f64;
        for (j, s) in b.series.iter().enumerate() {
            let color = b.palette.of(&s.config);
            let mut rects = Vec::new();
            let mut whiskers = Vec::new();
            for (i, v) in s.values.iter().enumerate() {
                let Some((v, ci)) = v else { continue };
                if !v.is_finite() || (b.log && *v <= 0.0) {
                    continue;
                }
                let x0 = i as f64 + 0.1 + j as f64 * bar_w;
                let x1 = x0 + bar_w * 0.88;
                rects.push(Rectangle::new([(x0, base), (x1, tr(*v))], color.filled()));
                if let Some((l, h)) = ci.filter(|(l, h)| l.is_finite() && h.is_finite()) {
                    if !b.log || (l > 0.0 && h > 0.0) {
                        let xc = (x0 + x1) / 2.0;
                        let cap = bar_w * 0.22;
                        for seg in [
                            vec![(xc, tr(l)), (xc, tr(h))],
                            vec![(xc - cap, tr(l)), (xc + cap, tr(l))],
                            vec![(xc - cap, tr(h)), (xc + cap, tr(h))],
                        ] {
                            whiskers.push(PathElement::new(seg, BLACK.stroke_width(1)));
                        }
                    }
                }
            }
            chart
                .draw_series(rects)
                .map_err(ce)?
                .label(s.config.clone())
                .legend(move |(x, y)| {
                    Rectangle::new([(x, y - 6), (x + 14, y + 6)], color.filled())
                });
            chart.draw_series(whiskers).map_err(ce)?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperRight)
            .background_style(WHITE.mix(0.9))
            .border_style(BLACK.mix(0.4))
            .label_font((FONT, 12))
            .draw()
            .map_err(ce)?;
        let y0 = lo;
        draw_category_labels(
            &root,
            &b.groups,
            |i| chart.backend_coord(&(i as f64 + 0.5, y0)),
            turned,
        )?;
        root.present().map_err(ce)?;
    }
    Ok(svg)
}

/// Horizontal box plots of one benchmark's values, one per configuration.
pub fn box_plots(
    title: &str,
    configs: &[(String, Vec<f64>)],
    palette: &Palette,
) -> Result<String, ChartError> {
    // plotters' quartiles cannot order NaN: only finite values are drawn.
    let finite: Vec<(String, Vec<f64>)> = configs
        .iter()
        .map(|(c, v)| {
            (
                c.clone(),
                v.iter().copied().filter(|x| x.is_finite()).collect(),
            )
        })
        .collect();
    let configs = &finite[..];
    let max = configs
        .iter()
        .flat_map(|(_, v)| v.iter().copied())
        .fold(0.0f64, f64::max);
    let min = configs
        .iter()
        .flat_map(|(_, v)| v.iter().copied())
        .fold(f64::INFINITY, f64::min);
    let (unit, scale) = time_unit(max);
    let (lo, hi) = if min.is_finite() && max > min {
        let pad = (max - min) * 0.08;
        ((min - pad) * scale, (max + pad) * scale)
    } else if min.is_finite() {
        (min * scale * 0.95, max * scale * 1.05 + 1e-12)
    } else {
        (0.0, 1.0)
    };
    let m = configs.len().max(1);
    let name_w = configs
        .iter()
        .map(|(c, _)| c.chars().count() as u32)
        .max()
        .unwrap_or(4)
        * CHAR_W
        + 16;
    let height = 80 + 34 * m as u32;
    let names: Vec<String> = configs.iter().map(|(c, _)| c.clone()).collect();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (620, height)).into_drawing_area();
        root.fill(&WHITE).map_err(ce)?;
        let mut chart = ChartBuilder::on(&root)
            .caption(title, (FONT, 14))
            .margin(10)
            .x_label_area_size(38)
            .y_label_area_size(name_w)
            .build_cartesian_2d(lo as f32..hi as f32, (0..m as i32).into_segmented())
            .map_err(ce)?;
        let yfmt = |v: &SegmentValue<i32>| match v {
            SegmentValue::CenterOf(i) => names.get(*i as usize).cloned().unwrap_or_default(),
            _ => String::new(),
        };
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(m)
            .y_label_formatter(&yfmt)
            .x_labels(6)
            .x_desc(format!("time per loop ({unit})"))
            .axis_desc_style((FONT, 12))
            .label_style((FONT, 12))
            .draw()
            .map_err(ce)?;
        for (i, (c, v)) in configs.iter().enumerate() {
            if v.is_empty() {
                continue;
            }
            let scaled: Vec<f64> = v.iter().map(|x| x * scale).collect();
            let q = Quartiles::new(&scaled);
            let color = palette.of(c);
            chart
                .draw_series(std::iter::once(
                    Boxplot::new_horizontal(SegmentValue::CenterOf(i as i32), &q)
                        .width(16)
                        .whisker_width(0.6)
                        .style(color.stroke_width(2)),
                ))
                .map_err(ce)?;
            // Every value as a dot: with few processes the box alone hides them.
            chart
                .draw_series(scaled.iter().map(|x| {
                    Circle::new(
                        (*x as f32, SegmentValue::CenterOf(i as i32)),
                        2,
                        color.mix(0.6).filled(),
                    )
                }))
                .map_err(ce)?;
        }
        root.present().map_err(ce)?;
    }
    Ok(svg)
}

/// Lines over runs: `labels` name the x positions (commits or dates).
pub fn history_lines(
    title: &str,
    y_desc: &str,
    labels: &[String],
    series: &[(String, Vec<(usize, f64)>)],
    format: &dyn Fn(f64) -> String,
    palette: &Palette,
) -> Result<String, ChartError> {
    let k = labels.len().max(1);
    let slot = 90u32;
    let width = (110 + k as u32 * slot).clamp(560, 2000);
    let (label_h, turned) = label_layout(labels, (width - 110) / k as u32);
    let height = 260 + label_h + 40;
    let vals = series.iter().flat_map(|(_, p)| p.iter().map(|(_, v)| *v));
    let (mut lo, mut hi) = vals.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (a.min(v), b.max(v))
    });
    if !lo.is_finite() || hi - lo < 1e-12 {
        let c = if lo.is_finite() { lo } else { 1.0 };
        lo = c * 0.9;
        hi = c * 1.1 + 1e-12;
    }
    let pad = (hi - lo) * 0.1;
    let legend = (hi - lo) * (20.0 * series.len() as f64 + 12.0) / 260.0;
    let (lo, hi) = ((lo - pad).max(0.0), hi + pad + legend);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        root.fill(&WHITE).map_err(ce)?;
        let mut chart = ChartBuilder::on(&root)
            .caption(title, (FONT, 14))
            .margin(12)
            .x_label_area_size(label_h)
            .y_label_area_size(72)
            .build_cartesian_2d(-0.5f64..k as f64 - 0.5, lo..hi)
            .map_err(ce)?;
        let fmt = |y: &f64| format(*y);
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(6)
            .y_label_formatter(&fmt)
            .y_desc(y_desc)
            .axis_desc_style((FONT, 12))
            .label_style((FONT, 12))
            .draw()
            .map_err(ce)?;
        for (c, pts) in series {
            let color = palette.of(c);
            let line: Vec<(f64, f64)> = pts.iter().map(|(i, v)| (*i as f64, *v)).collect();
            chart
                .draw_series(LineSeries::new(line.clone(), color.stroke_width(2)))
                .map_err(ce)?
                .label(c.clone())
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 16, y)], color.stroke_width(2))
                });
            chart
                .draw_series(line.iter().map(|p| Circle::new(*p, 3, color.filled())))
                .map_err(ce)?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperRight)
            .background_style(WHITE.mix(0.9))
            .border_style(BLACK.mix(0.4))
            .label_font((FONT, 12))
            .draw()
            .map_err(ce)?;
        draw_category_labels(
            &root,
            labels,
            |i| chart.backend_coord(&(i as f64, lo)),
            turned,
        )?;
        root.present().map_err(ce)?;
    }
    Ok(svg)
}
