//! Colours per configuration, fixed across every chart and table of a
//! report: the configurations in `configs/` have their own colour, so a
//! config looks the same in every report; others take the rest in order.

use plotters::style::RGBColor;

/// Colour-blind-friendly hues (seaborn's "deep"), one per known config.
const KNOWN: [(&str, RGBColor); 7] = [
    ("baseline", RGBColor(76, 114, 176)),
    ("cinder", RGBColor(221, 132, 82)),
    ("jit", RGBColor(85, 168, 104)),
    ("jit-noframe", RGBColor(196, 78, 82)),
    ("static", RGBColor(129, 114, 179)),
    ("cpython", RGBColor(147, 120, 96)),
    ("pypy", RGBColor(218, 139, 195)),
];

const SPARE: [RGBColor; 6] = [
    RGBColor(140, 140, 140),
    RGBColor(204, 185, 116),
    RGBColor(100, 181, 205),
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
];

#[derive(Clone, Debug)]
pub struct Palette {
    pub colors: Vec<(String, RGBColor)>,
}

impl Palette {
    /// Colours for `configs` (labels such as `cpython@run` take their
    /// config's colour unless an earlier label already has it).
    pub fn new(configs: &[String]) -> Palette {
        let mut colors: Vec<(String, RGBColor)> = Vec::new();
        let mut spare = SPARE.iter().cycle();
        for c in configs {
            let base = crate::view::history::base_name(c);
            let known = KNOWN.iter().find(|(n, _)| *n == base).map(|(_, c)| *c);
            let color = match known {
                Some(k) if !colors.iter().any(|(_, x)| *x == k) => k,
                _ => *spare.next().unwrap_or(&SPARE[0]),
            };
            colors.push((c.clone(), color));
        }
        Palette { colors }
    }

    pub fn of(&self, config: &str) -> RGBColor {
        self.colors
            .iter()
            .find(|(n, _)| n == config)
            .or_else(|| {
                let base = crate::view::history::base_name(config);
                self.colors.iter().find(|(n, _)| n == base)
            })
            .map(|(_, c)| *c)
            .unwrap_or(SPARE[0])
    }

    /// `#rrggbb` for CSS.
    pub fn hex(&self, config: &str) -> String {
        let RGBColor(r, g, b) = self.of(config);
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_configs_keep_their_colour() {
        let a = Palette::new(&["cpython".into(), "baseline".into()]);
        let b = Palette::new(&["baseline".into(), "mine".into(), "cpython".into()]);
        assert_eq!(a.hex("cpython"), b.hex("cpython"));
        assert_eq!(a.hex("baseline"), "#4c72b0");
        let c = Palette::new(&["cpython@r1".into(), "cpython@r2".into()]);
        assert_ne!(c.hex("cpython@r1"), c.hex("cpython@r2"));
    }
}
