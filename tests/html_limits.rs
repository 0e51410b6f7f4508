//! Hostile HTML for `parse_html` (feature `html`): deep nesting, huge pages,
//! attributes and paragraphs, unclosed tags, mislabelled encodings, binary
//! junk. No panic; time bounded (each case has a budget for a debug build);
//! the limits give errors that name them.
//!
//! A binary of its own: cargo runs test binaries one after another, so these
//! heavy cases never share the cores with the timed tests of `integration`.

use std::time::{Duration, Instant};

use arabic_news::{ErrorKind, Parser, parse_html};

/// A body paragraph for built pages.
const PARA: &str = "أعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية الصادرة عن الهيئة.";

fn timed<T>(what: &str, budget: Duration, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    println!("{what}: {took:?}");
    assert!(took < budget, "{what} took {took:?} (budget {budget:?})");
    out
}

#[test]
fn hostile_nested_divs() {
    let n = 100_000;
    let mut page = String::from("<html><body><h1>عنوان الخبر هنا اليوم</h1>");
    page.push_str(&"<div>".repeat(n));
    page.push_str(&format!("<p>{PARA}</p>"));
    page.push_str(&"</div>".repeat(n));
    let e = timed("100,000 nested divs", Duration::from_secs(5), || parse_html(page.as_bytes()));
    let e = e.unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::TooDeep { depth: 1025, limit: 1024 }), "{e}");
    assert!(e.to_string().contains("depth limit of 1024"), "{e}");
    // 1,000 deep is read.
    let mut page = String::from("<html><body><h1>عنوان الخبر هنا اليوم</h1>");
    page.push_str(&"<div>".repeat(1_000));
    page.push_str(&format!("<p>{PARA}</p>"));
    page.push_str(&"</div>".repeat(1_000));
    let a = timed("1,000 nested divs", Duration::from_secs(5), || parse_html(page.as_bytes()));
    assert_eq!(a.expect("an article").body, [PARA]);
    let page = "<br>".repeat(n);
    // Over the node limit: an error naming it, before any parsing.
    let e = Parser::new().node_limit(50_000).parse_html(page.as_bytes(), None).unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::TooManyNodes { nodes: 50_001, limit: 50_000 }), "{e}");
    assert!(e.to_string().contains("node limit of 50000"), "{e}");
}

#[test]
fn hostile_sizes() {
    // A 50 MB page: over a 32 MiB limit it is refused at once, naming the limit;
    // under the default 64 MiB limit it is read (a body of 400,000 paragraphs).
    let mut page = String::from("<html><body><h1>عنوان الخبر هنا اليوم</h1><div>");
    let p = format!("<p>{PARA}</p>\n");
    while page.len() < 50_000_000 {
        page.push_str(&p);
    }
    page.push_str("</div></body></html>");
    let e = Parser::new().size_limit(32 << 20).parse_html(page.as_bytes(), None).unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::TooLarge { limit: 33_554_432, .. }), "{e}");
    assert!(e.to_string().contains("size limit of 33554432 bytes"), "{e}");
    // Reading it all is a release-mode job (see the README for the time); a
    // debug test build reads a 2 MB page of the same shape.
    let cut = page.as_bytes()[..2_000_000].iter().rposition(|&b| b == b'\n').expect("a line end");
    let a = timed("2 MB page", Duration::from_secs(60), || parse_html(&page.as_bytes()[..cut]));
    assert!(a.expect("an article").body.len() > 10_000);

    // A 10 MB attribute.
    let page = format!(
        "<html><body><h1>عنوان الخبر هنا اليوم</h1><div data-x=\"{}\"><p>{PARA}</p></div></body></html>",
        "x".repeat(10 << 20)
    );
    let a = timed("10 MB attribute", Duration::from_secs(30), || parse_html(page.as_bytes()));
    assert_eq!(a.expect("an article").body, [PARA]);

    // One <p> of 20 MB (a paragraph repeated, no markup).
    let mut text = String::new();
    while text.len() < 20 << 20 {
        text.push_str(PARA);
        text.push(' ');
    }
    let page = format!("<html><body><p>{text}</p></body></html>");
    let a = timed("one 20 MB <p>", Duration::from_secs(60), || parse_html(page.as_bytes()));
    assert!(a.expect("an article").body.concat().len() > 20 << 20);
}

#[test]
fn hostile_markup_and_bytes() {
    // Unclosed tags everywhere.
    let page = format!(
        "<html><body><h1>عنوان الخبر هنا اليوم<div><p>{PARA}<p>{PARA}<b><i><span>{PARA}<table><tr><td>{PARA}<a href=x>"
    );
    let a = parse_html(page.as_bytes()).expect("an article");
    assert!(a.body.len() >= 3, "{:?}", a.body);
    // windows-1256 bytes declared as UTF-8: detected and read.
    let mut page = b"<html><head><meta charset=\"utf-8\"></head><body><h1>".to_vec();
    let (title, _, _) = encoding_rs::WINDOWS_1256.encode("عنوان الخبر هنا اليوم");
    page.extend_from_slice(&title);
    page.extend_from_slice(b"</h1><p>");
    page.extend_from_slice(&encoding_rs::WINDOWS_1256.encode(PARA).0);
    page.extend_from_slice(b"</p></body></html>");
    let a = parse_html(&page).expect("an article");
    assert_eq!(a.title.as_deref(), Some("عنوان الخبر هنا اليوم"));
    assert_eq!(a.body, [PARA]);
    // ISO-8859-6, declared.
    let mut page =
        b"<meta http-equiv=content-type content='text/html; charset=iso-8859-6'><h1>".to_vec();
    page.extend_from_slice(&encoding_rs::ISO_8859_6.encode("عنوان الخبر هنا اليوم").0);
    page.extend_from_slice(b"</h1><p>");
    page.extend_from_slice(&encoding_rs::ISO_8859_6.encode(PARA).0);
    let a = parse_html(&page).expect("an article");
    assert_eq!(a.body, [PARA]);
    // Binary junk: an error (no Arabic) or an article, never a panic, quickly.
    let mut x = 0x2545_F491_4F6C_DD1Du64;
    let junk: Vec<u8> = (0..4 << 20)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    let r = timed("4 MB of binary junk", Duration::from_secs(30), || parse_html(&junk));
    if let Err(e) = r {
        assert!(
            matches!(e.kind(), ErrorKind::Empty | ErrorKind::NoArabic | ErrorKind::TooDeep { .. }),
            "{e}"
        );
    }
    assert!(parse_html(b"").is_err());
    assert!(parse_html(b"<html><body><p>hello</p></body></html>").is_err());
}
