//! WCAG AA: every text colour of both themes against the backgrounds it
//! sits on reaches 4.5:1, read straight from the stylesheet the app ships.

use std::collections::HashMap;

fn variables(css: &str, selector: &str) -> HashMap<String, String> {
    let start = css
        .find(selector)
        .unwrap_or_else(|| panic!("{selector} in app.css"));
    let block = &css[start..];
    let body = &block[block.find('{').expect("a block") + 1..block.find('}').expect("a block end")];
    body.split(';')
        .filter_map(|declaration| declaration.trim().split_once(':'))
        .filter(|(name, _)| name.trim().starts_with("--"))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect()
}

fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).expect("a hex colour")) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn text_colours_pass_wcag_aa_in_both_themes() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/app.css"))
        .expect("app.css");
    let normal = variables(&css, ":root {");
    let mut high = normal.clone();
    high.extend(variables(&css, ":root[data-contrast=\"high\"]"));
    let pairs = [
        ("--text", "--bg"),
        ("--text", "--surface"),
        ("--muted", "--bg"),
        ("--muted", "--surface"),
        ("--accent", "--bg"),
        ("--accent", "--surface"),
        ("--accent", "--accent-soft"),
        ("--accent-text", "--accent"),
        ("--open", "--bg"),
        ("--open", "--surface"),
        ("--closed", "--bg"),
        ("--closed", "--surface"),
        ("--unknown", "--surface"),
        ("--warn-text", "--warn-bg"),
        ("--focus", "--bg"),
    ];
    for (theme, vars) in [("normal", &normal), ("high contrast", &high)] {
        for (fg, bg) in pairs {
            let ratio = contrast(&vars[fg], &vars[bg]);
            assert!(ratio >= 4.5, "{theme}: {fg} on {bg} is {ratio:.2}:1");
        }
    }
}
