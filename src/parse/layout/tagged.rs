//! The tagged record layout of some corpora: `<DOC>`, `<TITLE>`, `<TIME>`,
//! `<AUTHOR>`, `<TEXT>` lines.

use super::{Line, make_date};
use crate::DateParser;
use crate::article::{Article, Byline};
use crate::dateline::{self, Dateline, Mode};

/// The tagged record layout (`<DOC>`, `<TITLE>`, `<TIME>`, `<AUTHOR>`, `<TEXT>`).
pub(super) fn tagged(lines: &[Line<'_>], dates: DateParser) -> Article {
    let mut art = Article::new();
    let mut in_text = false;
    let inner = |t: &str, tag: &str| -> Option<String> {
        let open = format!("<{tag}>");
        let close = format!("</{tag}>");
        t.strip_prefix(open.as_str())
            .map(|r| r.strip_suffix(close.as_str()).unwrap_or(r).trim().to_owned())
    };
    for l in lines {
        let t = l.text;
        if t == "<TEXT>" {
            in_text = true;
            continue;
        }
        if t == "</TEXT>" {
            in_text = false;
            continue;
        }
        if in_text {
            art.body.push(t.to_owned());
        } else if let Some(v) = inner(t, "TITLE") {
            if art.title.is_none() && !v.is_empty() {
                art.title = Some(v);
            } else {
                art.boilerplate.push(t.to_owned());
            }
        } else if let Some(v) = inner(t, "TIME") {
            // The record's first time is its date; a later one (a second record
            // run into this one) stays in boilerplate.
            if art.published.is_none() && !v.is_empty() {
                art.published = Some(make_date(dates, &v));
            } else {
                art.boilerplate.push(t.to_owned());
            }
        } else if let Some(v) = inner(t, "AUTHOR") {
            let first = art.dateline.is_none() && art.byline.is_none();
            match dateline::read_slot(&v, Mode::Author) {
                Some(slot) if first => {
                    art.dateline = slot.dateline;
                    if let Some(a) = slot.author {
                        art.byline = Some(Byline { text: v.clone(), authors: vec![a] });
                    }
                }
                _ if !v.is_empty() => art.boilerplate.push(t.to_owned()),
                _ => {}
            }
        } else {
            art.boilerplate.push(t.to_owned());
        }
    }
    // The first paragraph's dateline prefix, unless <AUTHOR> gave the dateline
    // already (then the prefix stays in the paragraph: stripping it would lose it).
    if let Some(first) = art.body.first().filter(|_| art.dateline.is_none()).cloned() {
        if let Some((d, len)) = Dateline::parse_prefix(&first) {
            art.body[0] = first[len..].trim().to_owned();
            art.dateline = Some(d);
        }
    }
    for (k, p) in art.body.iter().enumerate() {
        crate::parse::quotes::find(p, k, &mut art.quotes);
    }
    art
}
