//! "Read also" sections: each item an article of its own (title, date,
//! outlet, dateline, text), sections nested inside items up to the parser's
//! related depth.

use super::{Asm, Label, is_caption, is_list_item, label, make_date, paragraph_dateline};
use crate::dateline::Dateline;
use crate::parse::assemble::Draft;
use crate::parse::claims::Role;

impl Asm<'_, '_> {
    /// A "read also" section from line `i`; returns the next line to look at.
    /// `inline`: the section sits inside the body, which resumes at the next
    /// prose line.
    pub(super) fn related(&mut self, mut i: usize, n: usize, inline: bool, depth: u8) -> usize {
        if depth == 0 {
            return i;
        }
        let lines = self.lines;
        let mut items: Vec<Draft> = Vec::new();
        let mut pending_date: Option<usize> = None;
        let mut junk = 0;
        // The last item's line was marked as a list item ("- …", "• …").
        let mut last_marked = false;
        let dates_first = lines.get(i).is_some_and(|l| l.date)
            || (lines.get(i).is_some_and(|l| label(l) == Some(Label::Boiler))
                && lines.get(i + 1).is_some_and(|l| l.date));
        while let Some(j) = self.next_free(i, n) {
            i = j;
            let l = &lines[i];
            match label(l) {
                Some(Label::Boiler) => {
                    i += 1;
                    continue;
                }
                Some(Label::Related)
                    if depth > 1 && items.last().is_some_and(|a| !a.body.is_empty()) =>
                {
                    // A section inside the last item.
                    let mut sub = Asm::new(lines, depth, self.dates);
                    sub.claims = std::mem::take(&mut self.claims);
                    let next = sub.related(i + 1, n, false, depth - 1);
                    self.claims = std::mem::take(&mut sub.claims);
                    if let Some(last) = items.last_mut() {
                        last.related.extend(sub.draft.related);
                    }
                    i = next;
                    continue;
                }
                Some(_) => break,
                None => {}
            }
            if l.listed {
                break;
            }
            // A cut headline ("… لدعم ال...") under items that are cut headlines
            // with no text of their own is the list's next item, however long.
            // (Not inside the body: there a long line is the body resuming.)
            let next_teaser = !inline
                && is_teaser(l.text)
                && items.last().is_some_and(|it| {
                    it.body.is_empty() && it.title.as_deref().is_some_and(is_teaser)
                });
            // An item marked as the items above it ("- 2025-01-14 …", "• …")
            // is the list's next item, however long.
            let next_marked = is_list_item(l.text) && last_marked;
            // Inside the body, prose under an item's headline that opens with a
            // dateline is the item's own lead, not the body resuming.
            let item_lead = inline
                && items.last().is_some_and(|it| it.body.is_empty())
                && i > 0
                && self.used(i - 1)
                && Dateline::parse_prefix(l.text).is_some();
            if l.prose && !next_teaser && !next_marked {
                if inline && !item_lead {
                    break;
                }
                let Some(item) = items.last_mut() else { break };
                self.claims.line(i, l.text.len(), Role::RelatedBody, "related-item-text");
                let mut text = l.text;
                // The item's first paragraph may open with its dateline, unless
                // the item has one already (then the prefix stays in the text).
                if item.body.is_empty() && item.dateline.is_none() {
                    let roles = (Role::RelatedDateline, Role::RelatedBody);
                    let rule = "related-item-dateline-prefix";
                    if let Some((p, rest)) =
                        paragraph_dateline(&mut self.claims, (i, 0), text, roles, rule)
                    {
                        item.dateline = Some(p.dateline);
                        text = rest;
                    }
                }
                item.body.push(text.to_owned());
                junk = 0;
            } else if l.date {
                if dates_first {
                    pending_date = Some(i);
                } else if let Some(item) = items.last_mut() {
                    if item.published.is_none() {
                        self.claims.line(i, l.text.len(), Role::RelatedDate, "related-item-date");
                        item.published = Some(make_date(self.dates, l.text));
                    }
                }
            } else if let Some(item) = items
                .last_mut()
                .filter(|item| item.outlet.is_none() && l.text.ends_with('/') && l.words <= 3)
            {
                // An item's outlet line (`يمانيون../`); a second one is not taken.
                self.claims.line(i, l.text.len(), Role::RelatedOutlet, "related-item-outlet");
                item.outlet = Some(l.text.trim_end_matches(['/', '.', ' ']).to_owned());
            } else if let (Some(item), Some(d)) =
                (items.last_mut().filter(|item| item.dateline.is_none()), Dateline::parse(l.text))
            {
                // An item's dateline line; a second one is not taken (it would be lost).
                let rule = "related-item-dateline";
                self.claims.line(i, l.text.len(), Role::RelatedDateline, rule);
                item.dateline = Some(d);
            } else if l.arabic && l.words >= 2 && !is_caption(l) {
                self.claims.line(i, l.text.len(), Role::RelatedTitle, "related-item-title");
                let mut item = Draft::default();
                last_marked = is_list_item(l.text);
                // "- 2025-01-17الجمعيات …": the item's date glued before its headline.
                let (date, title) = marked_date(self.dates, l.text);
                item.title = Some(title.to_owned());
                item.published = date.map(|d| make_date(self.dates, d));
                if let Some(d) = pending_date.take().filter(|_| item.published.is_none()) {
                    let rule = "related-item-date-above";
                    self.claims.line(d, lines[d].text.len(), Role::RelatedDate, rule);
                    item.published = Some(make_date(self.dates, lines[d].text));
                }
                items.push(item);
                junk = 0;
            } else {
                junk += 1;
                if junk >= 3 {
                    break;
                }
            }
            i += 1;
        }
        self.draft.related.extend(items);
        i
    }
}

/// A list item's date before its headline ("- 2025-01-17الجمعيات …"): the
/// date's text and the headline; or no date and the whole line.
fn marked_date(dates: crate::DateParser, text: &str) -> (Option<&str>, &str) {
    let Some(rest) = text.strip_prefix(['-', '–', '•']).map(str::trim_start) else {
        return (None, text);
    };
    match dates.parse(rest) {
        Some(d) if d.span.start == 0 && d.date.is_some() => {
            let title =
                rest[d.span.end..].trim_start_matches(|c: char| c.is_whitespace() || c == '-');
            if title.chars().any(crate::chars::is_arabic_letter) {
                (Some(&rest[..d.span.end]), title)
            } else {
                (None, text)
            }
        }
        _ => (None, text),
    }
}

/// A headline cut short by the page, ending in an ellipsis.
pub(super) fn is_teaser(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with("...") || text.ends_with('…')
}
