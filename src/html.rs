//! `parse_html()`: Arabic news HTML bytes → [`Article`] (feature `html`).
//!
//! The path: bytes → encoding (BOM, `<meta charset>`, `http-equiv`, else
//! detected) → a browser-grade HTML5 tree (html5ever via `dom_query`) → one walk
//! giving the visible lines, the block elements and the raw metadata →
//! metadata read (`html/meta.rs`) → chrome marked and the main block found
//! (`html/content.rs`) → the headline area, the main block and the labelled
//! sections after it handed to the text parser ([`Parser::parse`]) → the
//! metadata fills what the text left empty.
//!
//! # Which wins when metadata and text disagree
//!
//! The visible text wins for every field it gives, the metadata fills the rest:
//! the text is what the reader sees and what the gold of a careful reader holds,
//! while metadata is often a CMS's stamp (a "modified" time months before the
//! publication, a page-wide keyword list, the site's name as the author).
//! In detail:
//! - `title`: the page's visible headline (the heading the metadata headline
//!   names, else the first `<h1>`); the metadata headline only when the page
//!   shows none.
//! - `published`: the text's date; the metadata's when the text has none (JSON-LD
//!   first, then `itemprop`/`<time>`, then `<meta>` names, then a date in the
//!   URL), written in the page's own UTC offset when one source gives it (a UTC
//!   value can move the day). When the text's date and time are the metadata's
//!   instant, the metadata's UTC offset is added.
//! - `updated`: the text's; else the metadata's, only when later than the
//!   publication (an equal or earlier one is a CMS stamp, not an update).
//! - `byline`: the text's; else the metadata author, read through the byline
//!   grammar (`NAME - PLACE` gives a dateline place too), unless it is the
//!   site, the publisher or the dateline's agency.
//! - `tags`: the text's; else `article:tag` (not `keywords`, which is often
//!   the headline cut into words).
//! - `url`, `site_name`, `description`, `image`, `section` come from the
//!   metadata only.

mod content;
mod decode;
mod dom;
mod json;
mod meta;

use crate::article::{Article, ArticleDate, Byline};
use crate::{Error, ErrorKind, NewsDate, Parser};

/// At most this many lines outside the article's part of the page are kept
/// in `boilerplate`…
const BOILERPLATE_LINES: usize = 2_000;
/// …and at most this many bytes of them.
const BOILERPLATE_BYTES: usize = 256 << 10;

impl Parser {
    /// The largest number of elements an HTML page may hold (default
    /// 1,048,576; a large news page has a few thousand). Elements are counted
    /// before the page is parsed, so a hostile page costs one byte scan.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{ErrorKind, Parser};
    /// let page = "<div>".repeat(100);
    /// let err = Parser::new().node_limit(50).parse_html(page.as_bytes(), None).unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::TooManyNodes { limit: 50, .. }));
    /// ```
    #[must_use]
    pub const fn node_limit(self, elements: usize) -> Self {
        self.with_node_limit(elements)
    }

    /// Parses the bytes of a news page's HTML into an [`Article`]; `url` is
    /// where the page was fetched from (the `url` field when the page names no
    /// canonical URL, and the base of a relative one).
    ///
    /// The encoding comes from a BOM, a `<meta charset>` or `http-equiv`
    /// declaration, or (none declared, or UTF-8 declared and the bytes are not)
    /// from the bytes. See the [module docs](crate#crate-features) and the
    /// README for what comes from the metadata and what from the text; in
    /// short, the visible text wins and metadata fills the gaps.
    ///
    /// `boilerplate` holds the visible lines the text parser did not use, then
    /// those outside the article's part of the page (menus, footers, other
    /// stories): at most 2,000 lines and 256 KiB of the latter, the first ones
    /// in page order.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::TooLarge`] for a page over the size limit,
    /// [`ErrorKind::TooManyNodes`] for one over the node limit,
    /// [`ErrorKind::TooDeep`] for one nesting elements over 1,024 deep (checked
    /// by a byte scan before parsing, as the node count is), and the errors of
    /// [`Parser::parse`] when the page's text holds no article ([`ErrorKind::Empty`],
    /// [`ErrorKind::NoArabic`]).
    ///
    /// # Example
    ///
    /// ```
    /// let html = r#"<html><head><meta charset="utf-8">
    /// <meta property="og:site_name" content="الأخبار">
    /// <meta property="article:published_time" content="2024-05-12T09:45:00+03:00">
    /// </head><body><nav><a href="/">الرئيسية</a> <a href="/s">رياضة</a></nav>
    /// <h1>الحكومة تقر خطة جديدة لدعم المزارعين</h1>
    /// <div class="story"><p>أقر مجلس الوزراء في جلسته اليوم خطة جديدة لدعم المزارعين في المحافظات بقيمة كبيرة.</p>
    /// <p>وقال وزير الزراعة إن الخطة تستهدف آلاف المزارعين خلال العامين المقبلين وفق جدول زمني.</p></div>
    /// </body></html>"#;
    /// let a = arabic_news::Parser::new().parse_html(html.as_bytes(), Some("https://example.com/a/1"))?;
    /// assert_eq!(a.title.as_deref(), Some("الحكومة تقر خطة جديدة لدعم المزارعين"));
    /// assert_eq!(a.body.len(), 2);
    /// assert_eq!(a.published.as_ref().unwrap().date.unwrap().to_string(), "2024-05-12");
    /// assert_eq!(a.site_name.as_deref(), Some("الأخبار"));
    /// assert_eq!(a.url.as_deref(), Some("https://example.com/a/1"));
    /// assert!(a.boilerplate.iter().any(|l| l.contains("الرئيسية")));
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    pub fn parse_html(&self, html: &[u8], url: Option<&str>) -> Result<Article, Error> {
        let (size_limit, node_limit) = self.limits();
        if html.len() > size_limit {
            return Err(Error::new(ErrorKind::TooLarge { size: html.len(), limit: size_limit }, 0));
        }
        prescan(html, node_limit)?;
        let (text, _) = decode::decode(html);
        let doc = dom_query::Document::from(text.as_ref());
        let mut page = dom::walk(&doc);
        drop(doc);
        let dp = self.date_parser();
        let meta = meta::read(&page.raw, url, dp);
        let sel = content::select(&mut page, meta.title.as_deref(), meta.description.as_deref());
        let mut input = sel.lines.join("\n");
        if !sel.headline_found {
            if let Some(t) = &meta.title {
                input.insert(0, '\n');
                input.insert_str(0, t);
            }
        }
        let mut a = match self.parse(&input) {
            Ok(a) => a,
            // The main block had no Arabic: the whole visible text may.
            // Visible text that is mostly tags (a page about markup) is still
            // the page's text: kept in boilerplate.
            Err(e) if matches!(e.kind(), ErrorKind::Markup) => {
                let mut a = Article::new();
                a.boilerplate = sel.lines.clone();
                a
            }
            Err(e) if matches!(e.kind(), ErrorKind::Empty | ErrorKind::NoArabic) => {
                if sel.rest.iter().any(|l| l.chars().any(crate::chars::is_arabic_letter)) {
                    let mut a = Article::new();
                    a.boilerplate = Vec::new();
                    a
                } else {
                    return Err(e);
                }
            }
            Err(e) => return Err(e),
        };
        fill(&mut a, meta, dp);
        let mut bytes = 0;
        for l in sel.rest.into_iter().take(BOILERPLATE_LINES) {
            bytes += l.len();
            if bytes > BOILERPLATE_BYTES {
                break;
            }
            a.boilerplate.push(l);
        }
        Ok(a)
    }
}

/// Parses the bytes of a news page's HTML with the default [`Parser`]; see
/// [`Parser::parse_html`].
///
/// # Errors
///
/// See [`Parser::parse_html`].
///
/// # Example
///
/// ```
/// let html = "<html><body><h1>عنوان الخبر هنا اليوم</h1><p>أعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.</p></body></html>";
/// let a = arabic_news::parse_html(html.as_bytes())?;
/// assert_eq!(a.title.as_deref(), Some("عنوان الخبر هنا اليوم"));
/// # Ok::<(), arabic_news::Error>(())
/// ```
pub fn parse_html(html: &[u8]) -> Result<Article, Error> {
    Parser::new().parse_html(html, None)
}

/// The deepest element nesting an HTML page may have (estimated before
/// parsing, see [`prescan`]): a browser-grade tree builder looks up the stack
/// of open elements for many tags, so its time grows with depth × elements.
/// Real pages nest a few dozen deep; Chromium's parser stops at 512.
const DEPTH_LIMIT: usize = 1_024;

/// Elements whose end tag is optional or that are void: they do not count
/// towards the nesting estimate.
fn flat(tag: &[u8]) -> bool {
    const FLAT: &[&[u8]] = &[
        b"area",
        b"base",
        b"br",
        b"col",
        b"embed",
        b"hr",
        b"img",
        b"input",
        b"link",
        b"meta",
        b"param",
        b"source",
        b"track",
        b"wbr",
        b"p",
        b"li",
        b"dt",
        b"dd",
        b"tr",
        b"td",
        b"th",
        b"option",
        b"optgroup",
        b"rb",
        b"rt",
        b"rp",
        b"tbody",
        b"thead",
        b"tfoot",
        b"colgroup",
        b"caption",
        b"!doctype",
    ];
    FLAT.iter().any(|f| f.eq_ignore_ascii_case(tag))
}

/// One pass over the bytes before parsing: counts start tags and estimates
/// the nesting depth (start tags less end tags, flat elements aside,
/// comments and raw text skipped), and fails past the node or depth limit.
fn prescan(html: &[u8], node_limit: usize) -> Result<(), Error> {
    let (mut count, mut depth) = (0usize, 0usize);
    let mut i = 0;
    let n = html.len();
    while i < n {
        let Some(lt) = html[i..].iter().position(|&b| b == b'<') else { break };
        i += lt + 1;
        if html[i..].starts_with(b"!--") {
            i = find(html, i + 3, b"-->").map_or(n, |e| e + 3);
            continue;
        }
        let end_tag = html.get(i) == Some(&b'/');
        let name_start = i + usize::from(end_tag);
        if !html.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = html[name_start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(n, |k| name_start + k);
        let name = &html[name_start..name_end];
        i = name_end;
        if end_tag {
            if !flat(name) {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        count += 1;
        if count > node_limit {
            return Err(Error::new(
                ErrorKind::TooManyNodes { nodes: count, limit: node_limit },
                name_start - 1,
            ));
        }
        let raw = [&b"script"[..], b"style", b"textarea", b"title", b"xmp", b"plaintext"]
            .iter()
            .any(|r| r.eq_ignore_ascii_case(name));
        if raw {
            // Raw text: no tags inside until the matching end tag.
            let mut close = b"</".to_vec();
            close.extend(name.iter().map(u8::to_ascii_lowercase));
            i = find_ci(html, i, &close).unwrap_or(n);
            continue;
        }
        let self_closing = html[i..].iter().position(|&b| b == b'>').is_some_and(|k| {
            let gt = i + k;
            gt > 0 && html[gt - 1] == b'/'
        });
        if !flat(name) && !self_closing {
            depth += 1;
            if depth > DEPTH_LIMIT {
                return Err(Error::new(
                    ErrorKind::TooDeep { depth, limit: DEPTH_LIMIT },
                    name_start - 1,
                ));
            }
        }
    }
    Ok(())
}

/// The first occurrence of `needle` in `hay` at or after `from`.
fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|k| from + k)
}

/// The first ASCII-case-insensitive occurrence of `needle` at or after `from`.
fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|k| from + k)
}

/// An [`ArticleDate`] from a metadata value.
fn article_date(text: &str, nd: &NewsDate) -> ArticleDate {
    let mut d = ArticleDate::from(nd);
    d.text = text.to_owned();
    d
}

/// Fills what the text left empty from the metadata (see the module docs).
fn fill(a: &mut Article, m: meta::Meta, dp: crate::DateParser) {
    if a.title.is_none() {
        a.title = m.title.clone();
    }
    match (&mut a.published, &m.published) {
        (None, Some((text, nd))) => a.published = Some(article_date(text, nd)),
        (Some(p), Some((_, nd))) if p.utc_offset.is_none() && nd.utc_offset.is_some() => {
            // The same wall-clock date and time: the metadata knows the zone.
            let minute = |t: Option<crate::Time>| t.map(|t| (t.hour(), t.minute()));
            if p.date.is_some()
                && p.date == nd.date
                && p.time.is_some()
                && minute(p.time) == minute(nd.time)
            {
                p.utc_offset = nd.utc_offset;
            }
        }
        _ => {}
    }
    if a.updated.is_none() {
        if let (Some((text, md)), Some((_, pd))) = (&m.modified, &m.published) {
            if meta::later(md, pd) {
                a.updated = Some(article_date(text, md));
            }
        }
    }
    let not_site = |name: &str| {
        let n = crate::agency::key(name);
        ![m.site_name.as_deref(), m.publisher.as_deref()]
            .into_iter()
            .flatten()
            .chain(a.dateline.as_ref().and_then(|d| d.agency.as_ref()).map(|x| x.name.as_str()))
            .any(|s| crate::agency::key(s) == n)
            && !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.')
    };
    if a.byline.is_none() {
        let authors: Vec<&String> = m.authors.iter().filter(|x| not_site(x)).collect();
        if let Some(first) = authors.first() {
            // `NAME - PLACE` or `(PLACE - OUTLET)`: the text parser's grammar
            // reads it as a byline and a dateline.
            let probe = format!("{first}\n{}", a.body.first().map_or("", String::as_str));
            let parsed = crate::parse(&probe).ok();
            let by = parsed.as_ref().and_then(|p| p.byline.clone());
            if a.dateline.is_none() {
                a.dateline = parsed.as_ref().and_then(|p| p.dateline.clone());
            }
            a.byline = by.or_else(|| {
                (!first.contains(['(', ')', '-', '–']) && first.split_whitespace().count() <= 5)
                    .then(|| Byline {
                        text: (*first).clone(),
                        authors: authors.iter().map(|s| (*s).clone()).collect(),
                    })
            });
        }
    }
    if a.tags.is_empty() {
        a.tags = m.tags;
    }
    let _ = dp;
    a.url = m.url;
    a.site_name = m.site_name.or(m.publisher);
    a.description = m.description;
    a.image = m.image;
    a.section = m.section;
}
