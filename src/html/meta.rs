//! The page's machine-readable metadata: JSON-LD (`NewsArticle` and its kin,
//! `@graph` included), OpenGraph and `article:*`, `<meta name=…>` dates,
//! `itemprop`, `<time datetime>`, the canonical URL and a date in the URL.
//! Every date value is read through the crate's [`DateParser`], so Arabic prose
//! in `article:published_time` works and the page's own UTC offset is kept.

use super::dom::Raw;
use super::json::{self, Json};
use crate::{Date, DateParser, NewsDate};

/// What the metadata says, each field from the best source that has it.
#[derive(Debug, Default)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub site_name: Option<String>,
    pub publisher: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    pub section: Option<String>,
    pub url: Option<String>,
    pub published: Option<(String, NewsDate)>,
    pub modified: Option<(String, NewsDate)>,
    pub authors: Vec<String>,
    pub tags: Vec<String>,
}

/// The JSON-LD `@type`s of a news story.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
];

/// `<meta name|property>` keys of a publication date, best first.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms:issued",
    "dc.date",
    "dc:date",
    "dcterms.date",
    "dcterms:date",
    "dc:created",
    "dcterms:created",
    "date",
    "original-publish-date",
];

/// `<meta name|property>` keys of an update date, best first.
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "lastmod",
    "last-modified",
    "dc.date.modified",
    "dcterms.modified",
];

/// Reads the metadata from what the walk collected; `url` is the caller's.
pub(crate) fn read(raw: &Raw, url: Option<&str>, dp: DateParser) -> Meta {
    let mut m = Meta::default();
    let mut ld = LdArticle::default();
    for block in &raw.json_ld {
        // Raw control characters inside strings are common and invalid JSON.
        let clean: String = block.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        if let Some(v) = json::parse(&clean) {
            ld_walk(&v, &mut ld, 0);
        }
    }
    let meta = |k: &str| {
        raw.metas.iter().find(|(key, v)| key == k && !v.trim().is_empty()).map(|(_, v)| clean(v))
    };
    let not_url = |s: &String| !looks_like_url(s);

    m.title = ld.headline.clone().or_else(|| meta("og:title")).or_else(|| meta("twitter:title"));
    if m.title.is_none() {
        m.title = raw.title.clone().filter(|t| !t.is_empty());
    }
    m.site_name = raw
        .metas
        .iter()
        .filter(|(k, _)| k == "og:site_name")
        .map(|(_, v)| clean(v))
        .find(|v| !v.is_empty() && not_url(v));
    m.publisher = ld.publisher.clone();
    m.description = ld
        .description
        .clone()
        .or_else(|| meta("og:description"))
        .or_else(|| meta("description"))
        .or_else(|| meta("twitter:description"));
    m.image = meta("og:image").or_else(|| ld.image.clone()).or_else(|| meta("twitter:image"));
    m.section = meta("article:section").or_else(|| ld.section.clone());
    m.url = [raw.canonical.clone(), meta("og:url"), ld.url.clone()]
        .into_iter()
        .flatten()
        .find_map(|u| absolute(&u, url))
        .or_else(|| url.map(str::to_owned));

    // Dates: (priority, text). JSON-LD first, then itemprop and <time>, then <meta>.
    let mut published: Vec<(usize, String)> = Vec::new();
    let mut modified: Vec<(usize, String)> = Vec::new();
    published.extend(ld.published.iter().map(|d| (0, d.clone())));
    modified.extend(ld.modified.iter().map(|d| (0, d.clone())));
    for (k, v) in &raw.times {
        let k = k.to_ascii_lowercase();
        if k == "datepublished" || k == "datecreated" || k.contains("publish") {
            published.push((1, v.clone()));
        } else if k == "datemodified" || k.contains("modif") || k.contains("update") {
            modified.push((1, v.clone()));
        } else {
            published.push((PUBLISHED_KEYS.len() + 2, v.clone()));
        }
    }
    for (i, key) in PUBLISHED_KEYS.iter().enumerate() {
        published
            .extend(raw.metas.iter().filter(|(k, _)| k == key).map(|(_, v)| (i + 2, v.clone())));
    }
    for (i, key) in MODIFIED_KEYS.iter().enumerate() {
        modified
            .extend(raw.metas.iter().filter(|(k, _)| k == key).map(|(_, v)| (i + 2, v.clone())));
    }
    m.published = best_date(&published, dp);
    m.modified = best_date(&modified, dp);
    if m.published.is_none() {
        m.published = m.url.as_deref().and_then(url_date).map(|d| {
            let text = d.to_string();
            let nd = dp.parse(&text).expect("an ISO date parses");
            (text, nd)
        });
    }

    m.authors = if ld.authors.is_empty() {
        ["author", "article:author", "dc.creator", "byl"]
            .iter()
            .filter_map(|k| meta(k))
            .filter(|a| !looks_like_url(a))
            .take(1)
            .collect()
    } else {
        ld.authors.clone()
    };
    m.tags = raw
        .metas
        .iter()
        .filter(|(k, _)| k == "article:tag")
        .flat_map(|(_, v)| v.split([',', '،']))
        .map(clean)
        .filter(|t| !t.is_empty())
        .fold(Vec::new(), |mut v, t| {
            if !v.contains(&t) {
                v.push(t);
            }
            v
        });
    m
}

/// The best date among `(priority, text)` candidates: the highest priority one
/// that parses; then, for the same instant, the writing in the page's own
/// offset rather than UTC, and a writing with a time rather than a bare date.
fn best_date(cands: &[(usize, String)], dp: DateParser) -> Option<(String, NewsDate)> {
    let mut parsed: Vec<(usize, &str, NewsDate)> = cands
        .iter()
        .filter_map(|(p, t)| {
            let t = t.trim();
            let nd = dp.parse(t).filter(|d| d.date.is_some() && !d.relative)?;
            Some((*p, t, nd))
        })
        .collect();
    parsed.sort_by_key(|(p, _, _)| *p);
    // A time of exactly midnight is a CMS's placeholder for "no time".
    for (_, _, d) in &mut parsed {
        if d.time.is_some_and(|t| t.hour() == 0 && t.minute() == 0 && t.second().unwrap_or(0) == 0)
        {
            d.time = None;
            d.utc_offset = None;
        }
    }
    let (_, text, best) = parsed.first()?;
    let mut chosen = (*text, best);
    let utc = |d: &NewsDate| d.utc_offset.is_none_or(|o| o.minutes() == 0);
    if best.time.is_some() && utc(best) {
        if let Some(local) = parsed
            .iter()
            .find(|(_, _, d)| !utc(d) && d.time.is_some() && instant(d) == instant(best))
        {
            chosen = (local.1, &local.2);
        }
    }
    if best.time.is_none() {
        if let Some(timed) = parsed.iter().find(|(_, _, d)| d.time.is_some() && d.date == best.date)
        {
            chosen = (timed.1, &timed.2);
        }
    }
    Some((chosen.0.to_owned(), chosen.1.clone()))
}

/// Minutes since 1970-01-01 UTC (a date without an offset is read as UTC).
fn instant(d: &NewsDate) -> Option<i64> {
    let date = d.date?;
    let (y, m, day) = (i64::from(date.year()), i64::from(date.month()), i64::from(date.day()));
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let t = d.time.map_or(0, |t| i64::from(t.hour()) * 60 + i64::from(t.minute()));
    let off = d.utc_offset.map_or(0, |o| i64::from(o.minutes()));
    Some(days * 1440 + t - off)
}

/// Whether `d2` is later than `d1` (both must be instants).
pub(crate) fn later(d2: &NewsDate, d1: &NewsDate) -> bool {
    matches!((instant(d2), instant(d1)), (Some(a), Some(b)) if a > b)
}

/// What a JSON-LD article object says.
#[derive(Debug, Default)]
struct LdArticle {
    headline: Option<String>,
    published: Option<String>,
    modified: Option<String>,
    authors: Vec<String>,
    description: Option<String>,
    image: Option<String>,
    section: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
}

/// Finds the first article object in a JSON-LD value: the value itself, an
/// array's items, an `@graph`'s items (two levels at most).
fn ld_walk(v: &Json, out: &mut LdArticle, depth: u8) {
    if depth > 2 {
        return;
    }
    match v {
        Json::Arr(items) => items.iter().for_each(|i| ld_walk(i, out, depth + 1)),
        Json::Obj(_) => {
            let o = v;
            if let Some(g) = o.get("@graph") {
                ld_walk(g, out, depth + 1);
            }
            let is_article = match o.get("@type") {
                Some(Json::Str(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                Some(Json::Arr(ts)) => {
                    ts.iter().any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t)))
                }
                _ => false,
            };
            if !is_article || out.headline.is_some() || out.published.is_some() {
                return;
            }
            let s = |k: &str| o.get(k).and_then(text_of);
            out.headline = s("headline").or_else(|| s("name"));
            out.published = s("datePublished").or_else(|| s("dateCreated"));
            out.modified = s("dateModified");
            out.description = s("description");
            out.section = s("articleSection");
            out.image = o.get("image").and_then(url_of);
            out.url = s("url").or_else(|| o.get("mainEntityOfPage").and_then(url_of));
            out.publisher = o.get("publisher").and_then(name_of);
            out.authors = match o.get("author") {
                Some(Json::Arr(a)) => a.iter().filter_map(name_of).collect(),
                Some(a) => name_of(a).into_iter().collect(),
                None => Vec::new(),
            };
            out.authors.retain(|a| !looks_like_url(a));
        }
        _ => {}
    }
}

/// A string, or the first string of an array.
fn text_of(v: &Json) -> Option<String> {
    match v {
        Json::Str(s) => Some(clean(s)).filter(|s| !s.is_empty()),
        Json::Arr(a) => a.iter().find_map(text_of),
        _ => None,
    }
}

/// A URL: a string, an object's `url` or `@id`, or an array's first.
fn url_of(v: &Json) -> Option<String> {
    match v {
        Json::Obj(_) => v.get("url").or_else(|| v.get("@id")).and_then(url_of),
        _ => text_of(v),
    }
}

/// A name: a string, or an object's `name`.
fn name_of(v: &Json) -> Option<String> {
    match v {
        Json::Obj(_) => v.get("name").and_then(text_of),
        Json::Arr(a) => a.iter().find_map(name_of),
        _ => text_of(v),
    }
}

/// Trims and collapses white space (entities are already decoded by the parser).
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn looks_like_url(s: &str) -> bool {
    let l = s.trim_start().to_ascii_lowercase();
    l.starts_with("http://")
        || l.starts_with("https://")
        || l.starts_with("www.")
        || l.starts_with("//")
}

/// `u` as an absolute http(s) URL, resolved against `base` when it is
/// scheme- or host-relative.
fn absolute(u: &str, base: Option<&str>) -> Option<String> {
    let u = u.trim();
    let lower = u.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return Some(u.to_owned());
    }
    let base = base?;
    let scheme_end = base.find("://")?;
    if let Some(rest) = u.strip_prefix("//") {
        return Some(format!("{}//{rest}", &base[..=scheme_end]));
    }
    if u.starts_with('/') {
        let host_end = base[scheme_end + 3..].find('/').map_or(base.len(), |i| scheme_end + 3 + i);
        return Some(format!("{}{u}", &base[..host_end]));
    }
    None
}

/// A date written in a URL's path: `/2013/08/03/`, `/2013/8/3/`, `/2020-06-03-…`.
pub(crate) fn url_date(url: &str) -> Option<Date> {
    let path = url.split_once("://").map_or(url, |(_, r)| r.split_once('/').map_or("", |(_, p)| p));
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let nums: Vec<&str> = path.split(['/', '-', '_', '.']).collect();
    nums.windows(3).find_map(|w| {
        let y: i32 = w[0].parse().ok().filter(|_| w[0].len() == 4)?;
        let m: u8 = w[1].parse().ok().filter(|_| (1..=2).contains(&w[1].len()))?;
        let d: u8 = w[2].parse().ok().filter(|_| (1..=2).contains(&w[2].len()))?;
        if !(1995..=2100).contains(&y) {
            return None;
        }
        Date::new(y, m, d)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_urls() {
        let d = |u| url_date(u).map(|d| d.to_string());
        assert_eq!(d("http://arabic.cnn.com/2013/middle_east/8/3/x/index.html"), None);
        assert_eq!(d("https://x.com/2020/8/24/title/4943459").as_deref(), Some("2020-08-24"));
        assert_eq!(d("https://x.com/news/2020-06-03-1.3874341").as_deref(), Some("2020-06-03"));
        assert_eq!(d("https://x.com/article/825076"), None);
        assert_eq!(d("https://x.com/2020/13/45/"), None);
    }

    #[test]
    fn urls_resolve() {
        assert_eq!(
            absolute("/a/b", Some("https://x.com/c/d")).as_deref(),
            Some("https://x.com/a/b")
        );
        assert_eq!(absolute("//y.com/a", Some("http://x.com/")).as_deref(), Some("http://y.com/a"));
        assert_eq!(absolute("a/b", Some("http://x.com/")), None);
        assert_eq!(absolute("/a", None), None);
    }

    #[test]
    fn the_page_offset_wins_for_the_same_instant() {
        let dp = DateParser::new();
        let c = vec![
            (0, "2020-12-24T23:59:50+00:00".to_owned()),
            (1, "2020-12-25T01:59:50+02:00".to_owned()),
        ];
        let (text, d) = best_date(&c, dp).unwrap();
        assert_eq!(text, "2020-12-25T01:59:50+02:00");
        assert_eq!(d.date.unwrap().to_string(), "2020-12-25");
        // A different instant does not replace the best source.
        let c =
            vec![(0, "2020-12-24T23:59:50Z".to_owned()), (1, "2020-12-25T09:00+02:00".to_owned())];
        assert_eq!(best_date(&c, dp).unwrap().0, "2020-12-24T23:59:50Z");
    }
}
