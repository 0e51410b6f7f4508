//! Claims and the values read with them → the [`Article`]: the only place in
//! `parse` that builds one.
//!
//! The passes leave two things: the [`Claims`] on the page's lines (which
//! range is which role, by which rule) and a [`Draft`] of the values they read
//! (dates parsed, bylines split into authors …). [`assemble`] copies the
//! draft into an `Article`, finds the quotes of every body (the article's and
//! its related items'), and fills `boilerplate` with every range no claim
//! covers: first the ranges the passes let go (in the order they let them
//! go), then each line no claim holds, in page order. Nothing is lost.

use super::claims::Claims;
use crate::article::{Article, ArticleDate, Byline, PageKind, Quote};
use crate::dateline::Dateline;

/// The values the passes read, field by field, before the article is built.
/// Related items are drafts of their own.
#[derive(Debug, Default)]
pub(super) struct Draft {
    pub(super) title: Option<String>,
    pub(super) published: Option<ArticleDate>,
    pub(super) updated: Option<ArticleDate>,
    pub(super) dateline: Option<Dateline>,
    pub(super) byline: Option<Byline>,
    pub(super) outlet: Option<String>,
    pub(super) body: Vec<String>,
    pub(super) source: Option<String>,
    pub(super) tags: Vec<String>,
    pub(super) related: Vec<Draft>,
    pub(super) kind: PageKind,
}

/// Builds the article of a page from its lines' texts, their claims and the
/// draft of the values read (see the module docs).
pub(super) fn assemble(texts: &[&str], claims: &Claims, draft: Draft) -> Article {
    let mut art = article(draft);
    for (i, range, _) in claims.left() {
        art.boilerplate.push(texts[*i][range.clone()].trim().to_owned());
    }
    for (i, text) in texts.iter().enumerate() {
        let mine = claims.of(i);
        if mine.is_empty() {
            art.boilerplate.push((*text).to_owned());
            continue;
        }
        // A claimed line's gaps with a letter or digit in them.
        let mut at = 0;
        let ends = mine.iter().map(|c| (c.range.start, c.range.end));
        for (start, end) in ends.chain(std::iter::once((text.len(), text.len()))) {
            let gap = text.get(at..start).unwrap_or("").trim();
            if gap.chars().any(crate::chars::is_alphanumeric) {
                art.boilerplate.push(gap.to_owned());
            }
            at = at.max(end);
        }
    }
    art
}

/// The article of a draft: its fields, and the quotes of its body.
fn article(d: Draft) -> Article {
    let mut a = Article::new();
    a.quotes = quotes(&d.body);
    a.title = d.title;
    a.published = d.published;
    a.updated = d.updated;
    a.dateline = d.dateline;
    a.byline = d.byline;
    a.outlet = d.outlet;
    a.body = d.body;
    a.source = d.source;
    a.tags = d.tags;
    a.related = d.related.into_iter().map(article).collect();
    a.kind = d.kind;
    a
}

/// The quotations of the paragraphs of a body.
fn quotes(body: &[String]) -> Vec<Quote> {
    let mut out = Vec::new();
    for (k, p) in body.iter().enumerate() {
        super::quotes::find(p, k, &mut out);
    }
    out
}
