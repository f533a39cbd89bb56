//! Markdown from feeds and content, rendered to HTML that cannot run code.
//!
//! Only pulldown-cmark's own tags are emitted: raw HTML in the source is
//! shown as text, images become their alt text, and links keep only the
//! links a reader can safely follow, each checked for its scheme: an https
//! address, `tel:` digits, `mailto:` one plain address, `geo:` a latitude
//! and longitude. Anything else after the scheme (a USSD code, mail
//! parameters, a query) drops the link and keeps its text.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

fn is_safe_link(url: &str) -> bool {
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return false;
    };
    match scheme.to_ascii_lowercase().as_str() {
        "https" => witaj_check::url(url, false).is_ok(),
        "tel" => {
            let digits = rest.strip_prefix('+').unwrap_or(rest);
            (3..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
        }
        "mailto" => witaj_check::email(rest).is_ok(),
        "geo" => rest.split_once(',').is_some_and(|(lat, lon)| {
            let coordinate = |text: &str, limit: f64| {
                text.parse::<f64>()
                    .is_ok_and(|value| value.is_finite() && value.abs() <= limit)
            };
            coordinate(lat, 90.0) && coordinate(lon, 180.0)
        }),
        _ => false,
    }
}

/// Renders `markdown` to inert HTML.
pub fn to_safe_html(markdown: &str) -> String {
    let mut in_unsafe_link = Vec::new();
    let mut in_image = 0usize;
    let events =
        Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH).filter_map(|event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let safe = is_safe_link(&dest_url);
                in_unsafe_link.push(!safe);
                safe.then_some(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }))
            }
            Event::End(TagEnd::Link) => {
                let was_unsafe = in_unsafe_link.pop().unwrap_or(true);
                (!was_unsafe).then_some(Event::End(TagEnd::Link))
            }
            Event::Start(Tag::Image { .. }) => {
                in_image += 1;
                None
            }
            Event::End(TagEnd::Image) => {
                in_image = in_image.saturating_sub(1);
                None
            }
            Event::Text(text) if in_image > 0 => Some(Event::Text(text)),
            Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => None,
            other => Some(other),
        });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

/// The words of `markdown` without its markup, for reading aloud: block
/// ends become sentence breaks.
pub fn to_plain_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                out.push_str(&text)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => out.push_str(". "),
            _ => {}
        }
    }
    out.replace(" . ", ". ")
        .replace("..", ".")
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(markdown: &str, expected: &str) {
        assert_eq!(to_safe_html(markdown).trim(), expected, "{markdown}");
    }

    #[test]
    fn ordinary_markdown() {
        check(
            "**Bring** your passport.",
            "<p><strong>Bring</strong> your passport.</p>",
        );
        check("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
        check(
            "[Book](https://np.ms.gov.pl/)",
            "<p><a href=\"https://np.ms.gov.pl/\">Book</a></p>",
        );
        check(
            "[Call](tel:+48123456789)",
            "<p><a href=\"tel:+48123456789\">Call</a></p>",
        );
    }

    #[test]
    fn raw_html_is_text() {
        check(
            "<script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
        );
        check(
            "Hi <img src=x onerror=alert(1)>",
            "<p>Hi &lt;img src=x onerror=alert(1)&gt;</p>",
        );
        check("<svg onload=alert(1)>", "&lt;svg onload=alert(1)&gt;");
    }

    #[test]
    fn dangerous_links_lose_their_link() {
        check("[x](javascript:alert(1))", "<p>x</p>");
        check("[x](JaVaScRiPt:alert(1))", "<p>x</p>");
        check(
            "[x](java\tscript:alert(1))",
            "<p>[x](java\tscript:alert(1))</p>",
        );
        check("[x](data:text/html;base64,PHNjcmlwdD4=)", "<p>x</p>");
        check("<javascript:alert(1)>", "<p>javascript:alert(1)</p>");
        check("![alt text](https://evil.example/x.png)", "<p>alt text</p>");
    }
}
