//! The tagged record layout of some corpora: `<DOC>`, `<TITLE>`, `<TIME>`,
//! `<AUTHOR>`, `<TEXT>` lines.

use super::{Line, make_date, paragraph_dateline};
use crate::DateParser;
use crate::article::Byline;
use crate::dateline::{self, Mode};
use crate::parse::assemble::Draft;
use crate::parse::claims::{Claims, Role};

/// The tagged record layout (`<DOC>`, `<TITLE>`, `<TIME>`, `<AUTHOR>`, `<TEXT>`):
/// the claims on its lines and the values read.
pub(super) fn tagged(lines: &[Line<'_>], dates: DateParser) -> (Claims, Draft) {
    let mut claims = Claims::new(lines.len());
    let mut draft = Draft::default();
    let mut body_at = None;
    let mut in_text = false;
    let inner = |t: &str, tag: &str| -> Option<String> {
        let open = format!("<{tag}>");
        let close = format!("</{tag}>");
        t.strip_prefix(open.as_str())
            .map(|r| r.strip_suffix(close.as_str()).unwrap_or(r).trim().to_owned())
    };
    for (i, l) in lines.iter().enumerate() {
        let t = l.text;
        let mut claim = |role, rule| claims.line(i, t.len(), role, rule);
        if t == "<TEXT>" {
            claim(Role::Markup, "tagged-record-markup");
            in_text = true;
            continue;
        }
        if t == "</TEXT>" {
            claim(Role::Markup, "tagged-record-markup");
            in_text = false;
            continue;
        }
        if in_text {
            claim(Role::Body, "tagged-text");
            body_at = body_at.or(Some(i));
            draft.body.push(t.to_owned());
        } else if let Some(v) = inner(t, "TITLE") {
            if draft.title.is_none() && !v.is_empty() {
                claim(Role::Title, "tagged-title");
                draft.title = Some(v);
            }
        } else if let Some(v) = inner(t, "TIME") {
            // The record's first time is its date; a later one (a second record
            // run into this one) stays in boilerplate.
            if draft.published.is_none() && !v.is_empty() {
                claim(Role::Published, "tagged-time");
                draft.published = Some(make_date(dates, &v));
            }
        } else if let Some(v) = inner(t, "AUTHOR") {
            let first = draft.dateline.is_none() && draft.byline.is_none();
            match dateline::read_slot(&v, Mode::Author) {
                Some(slot) if first => {
                    let role =
                        if slot.author.is_some() { Role::AuthorSlot } else { Role::Dateline };
                    claim(role, "tagged-author");
                    draft.dateline = slot.dateline;
                    if let Some(a) = slot.author {
                        draft.byline = Some(Byline { text: v.clone(), authors: vec![a] });
                    }
                }
                _ if !v.is_empty() => {}
                _ => claim(Role::Markup, "tagged-record-markup"),
            }
        }
    }
    // The first paragraph's dateline prefix, unless <AUTHOR> gave the dateline
    // already (then the prefix stays in the paragraph: stripping it would lose it).
    if let Some(first) = draft.body.first().filter(|_| draft.dateline.is_none()).cloned() {
        let (roles, rule) = ((Role::Dateline, Role::Body), "first-paragraph-dateline");
        let at = (body_at.unwrap_or(0), 0);
        if let Some((p, rest)) = paragraph_dateline(&mut claims, at, &first, roles, rule) {
            draft.body[0] = rest.trim().to_owned();
            draft.dateline = Some(p.dateline);
        }
    }
    (claims, draft)
}
