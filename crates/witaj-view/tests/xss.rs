//! Hundreds of hostile inputs through the markdown renderer: the output may
//! only contain the renderer's own tags, with no event handlers and no
//! links outside the allowed schemes.

use witaj_view::to_safe_html;

const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"jav\tascript:alert(1);\">",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<body onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<details open ontoggle=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "\"><script>alert(1)</script>",
    "'><img src=x onerror=alert(1)>",
    "<style>@import 'javascript:alert(1)';</style>",
    "<object data=\"javascript:alert(1)\">",
    "<embed src=\"javascript:alert(1)\">",
    "<form action=\"javascript:alert(1)\"><button>x</button></form>",
    "<input autofocus onfocus=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<template><script>alert(1)</script></template>",
    "<img src=x onerror=alert(1)//",
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</script>",
    "[x](javascript:alert(1))",
    "[x](JAVASCRIPT:alert(1))",
    "[x](  javascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](vbscript:msgbox(1))",
    "[x](file:///etc/passwd)",
    "[x]: javascript:alert(1)\n\n[x]",
    "<javascript:alert(1)>",
    "![x](javascript:alert(1))",
    "![x\"onerror=\"alert(1)](https://example.org/x.png)",
    "[x](https://example.org/\"onmouseover=\"alert(1))",
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"javascript:alert(1)//\">",
];

const WRAPPERS: &[&str] = &[
    "{}",
    "text {} text",
    "**{}**",
    "- {}",
    "> {}",
    "# {}",
    "1. {}\n2. {}",
    "| {} |",
    "{}\n\n{}",
    "_{}_",
];

/// The tags pulldown-cmark itself emits for the markdown we allow.
const ALLOWED_TAGS: &[&str] = &[
    "p",
    "em",
    "strong",
    "del",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "code",
    "pre",
    "br",
    "hr",
];

fn check(html: &str, input: &str) {
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let tag_text = &rest[start + 1..];
        let end = tag_text.find('>').unwrap_or(tag_text.len());
        let tag = &tag_text[..end];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            ALLOWED_TAGS.contains(&name.as_str()),
            "tag <{tag}> from {input:?}: {html}"
        );
        let lower = tag.to_ascii_lowercase();
        assert!(
            !lower
                .split_whitespace()
                .skip(1)
                .any(|attr| attr.starts_with("on")),
            "handler in <{tag}> from {input:?}"
        );
        if name == "a" && !tag.starts_with('/') {
            let href = lower.split("href=\"").nth(1).unwrap_or_default();
            assert!(
                ["https:", "tel:", "mailto:", "geo:"]
                    .iter()
                    .any(|s| href.starts_with(s)),
                "link <{tag}> from {input:?}"
            );
        }
        rest = &tag_text[end..];
    }
}

#[test]
fn hostile_markdown_renders_inert() {
    let mut cases = 0;
    for payload in PAYLOADS {
        for wrapper in WRAPPERS {
            let input = wrapper.replace("{}", payload);
            check(&to_safe_html(&input), &input);
            cases += 1;
        }
    }
    println!("{cases} hostile markdown inputs rendered inert");
}

/// A link keeps its `<a>` only when what follows the scheme is valid for
/// it; otherwise only its text is shown.
#[test]
fn links_are_checked_for_what_follows_their_scheme() {
    let check = |markdown: &str, linked: bool| {
        let html = to_safe_html(markdown);
        assert_eq!(html.contains("<a "), linked, "{markdown} → {html}");
    };
    check("[x](tel:*2767*3855%23)", false);
    check("[x](mailto:a@b.pl?attach=/etc/passwd)", false);
    check("[x](geo:0,0?q=http://evil)", false);
    check("[x](http://plain.example/)", false);
    check("[x](https://user:pass@gov.pl/)", false);
    check("[x](tel:+48123456789)", true);
    check("[x](mailto:info@krakow.pl)", true);
    check("[x](geo:50.06,19.94)", true);
    check("[x](https://www.gov.pl/web/udsc)", true);
}
