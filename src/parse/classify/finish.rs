//! The last passes, over the body read: the first paragraph's dateline, a
//! lone outlet above the body, a closing agency credit, tags or a "read also"
//! list glued to the last paragraph.

use super::{Asm, agency_ref, dateline_sep, make_date, paragraph_dateline};
use crate::agency::key;
use crate::dateline::{self, Dateline};
use crate::parse::assemble::Draft;
use crate::parse::claims::Role;
use crate::parse::labels::{self, Label};
use crate::parse::lexicon::{SENTENCE_ENDS, has_sentence_end, rfind_sentence_end};
use crate::parse::page::{head, letters_before, value_after};

impl Asm<'_, '_> {
    /// The dateline prefix of the first paragraph (also when a dateline
    /// line repeats it).
    pub(super) fn first_paragraph_dateline(&mut self) {
        let lines = self.lines;
        if let Some(first) = self.draft.body.first().cloned() {
            let (line, off) = self.body_at[0];
            let roles = (Role::Dateline, Role::Body);
            let rule = "first-paragraph-dateline";
            if let Some((prefix, rest)) =
                paragraph_dateline(&mut self.claims, (line, off), &first, roles, rule)
            {
                let dateline::Prefix { dateline: d, len, date } = prefix;
                self.body_at[0] = (line, off + len + (rest.len() - rest.trim_start().len()));
                self.draft.body[0] = rest.trim().to_owned();
                // The date in a wire dateline is the publication date when
                // the page gives no other.
                if let Some(date) = date.filter(|_| self.draft.published.is_none()) {
                    self.draft.published = Some(make_date(self.dates, &date));
                }
                // The paragraph's own dateline wins over an author-slot guess,
                // whose text then stays in boilerplate (nothing is lost) unless
                // it was read from the byline's own line, which the byline keeps.
                if let Some(old) = self.draft.dateline.replace(d) {
                    let byline_line = self.dateline_line.is_some_and(|j| {
                        self.draft.byline.as_ref().is_some_and(|b| {
                            lines[j].text.contains(b.text.as_str()) && b.text.contains(&old.text)
                        })
                    });
                    if !byline_line {
                        let from = self.dateline_line.or(self.dateline_from);
                        let at = from.and_then(|j| Some((j, lines[j].text.find(&old.text)?)));
                        if let Some((j, at)) = at {
                            let reason = "released: the first paragraph's own dateline wins";
                            self.claims.leave(j, at..at + old.text.len(), Role::Dateline, reason);
                        }
                    }
                }
            } else if let Some(d) = &self.draft.dateline {
                if let Some(rest) = first.strip_prefix(d.text.as_str()) {
                    let rest =
                        rest.trim_start_matches(|c: char| c.is_whitespace() || dateline_sep(c));
                    if !rest.is_empty() {
                        self.draft.body[0] = rest.to_owned();
                        let start = off + first.len() - rest.len();
                        self.body_at[0] = (line, start);
                        let rule = "dateline-repeated-in-first-paragraph";
                        self.claims.range(line, off..start, Role::Repeat, rule);
                        self.claims.range(line, start..start + rest.len(), Role::Body, rule);
                    }
                }
            }
        }
    }

    /// An outlet guessed from a lone word above the body, when the page
    /// gives no other dateline.
    pub(super) fn lone_outlet(&mut self) {
        let lines = self.lines;
        if self.draft.dateline.is_none() {
            if let Some((i, d)) = self.weak.take() {
                self.claims.line(i, lines[i].text.len(), Role::Dateline, "lone-outlet-above-body");
                self.draft.dateline = Some(d);
            }
        }
    }

    /// An agency credit closing the last paragraph ("(د ب أ)").
    pub(super) fn closing_credit(&mut self) {
        if self.draft.dateline.is_none() {
            if let Some(last) = self.draft.body.last_mut() {
                let t = last.trim_end_matches(['.', ' ']);
                if t.ends_with(')') {
                    if let Some(open) = t.rfind('(') {
                        let inner = &t[open + 1..t.len() - 1];
                        if crate::Agency::find(inner).is_some() {
                            let d = Dateline {
                                text: t[open..].to_owned(),
                                place: None,
                                agency: Some(agency_ref(inner)),
                            };
                            let kept = t[..open].trim_end().to_owned();
                            if !kept.is_empty() {
                                let (line, off) = self.body_at[self.body_at.len() - 1];
                                let rule = "closing-agency-credit";
                                let end = off + last.len();
                                self.claims.range(line, off..off + kept.len(), Role::Body, rule);
                                self.claims.range(line, off + open..end, Role::Dateline, rule);
                                *last = kept;
                                self.draft.dateline = Some(d);
                            }
                        }
                    }
                }
            }
        }
    }

    /// Tags, or a "read also" list, glued to the end of the last paragraph
    /// (a page whose line breaks were stripped): "… الجاري. سمات أ ب ج",
    /// "… البلاد. مقالات أخرى للكاتبماذا يعني انتصار عدن؟كشف …!".
    pub(super) fn glued_label(&mut self) {
        if let Some(last) = self.draft.body.last_mut() {
            let (line, off) = self.body_at.last().copied().unwrap_or_default();
            let end = off + last.len();
            match glued_label(last) {
                Some((Label::Tags, cut, v)) if self.draft.tags.is_empty() => {
                    let value = last[v..].trim();
                    if !value.is_empty()
                        && !value.contains(SENTENCE_ENDS)
                        && value.split_whitespace().count() <= 12
                    {
                        self.draft.tags.push(value.to_owned());
                        let rule = "tags-glued-to-last-paragraph";
                        self.claims.range(line, off..off + cut, Role::Body, rule);
                        self.claims.range(line, off + cut..end, Role::Tags, rule);
                        last.truncate(cut);
                    }
                }
                Some((Label::Related | Label::MoreBy, cut, v))
                    if self.draft.related.is_empty() && self.depth > 0 =>
                {
                    let items = glued_headlines(last[v..].trim_end()).unwrap_or_default();
                    if items.len() >= 2
                        && items.iter().all(|t| (2..=15).contains(&t.split_whitespace().count()))
                    {
                        self.draft.related.extend(
                            items
                                .into_iter()
                                .map(|t| Draft { title: Some(t.to_owned()), ..Draft::default() }),
                        );
                        let rule = "related-glued-to-last-paragraph";
                        self.claims.range(line, off..off + cut, Role::Body, rule);
                        self.claims.range(line, off + cut..end, Role::RelatedTitle, rule);
                        last.truncate(cut);
                    }
                }
                _ => {}
            }
        }
    }

    /// Paragraphs the passes above emptied.
    pub(super) fn empty_paragraphs(&mut self) {
        self.draft.body.retain(|p| !p.is_empty());
    }
}

/// At most this many sentence starts of a paragraph's last sentence are tried.
const GLUED_STARTS: usize = 8;

/// A label glued into the end of paragraph `p` by a page whose line breaks
/// were stripped (`… البلاد. مقالات أخرى للكاتبماذا …؟كشف …!`,
/// `… والزراعة.سمات اقتصاد زراعة`): the label, the byte where its sentence
/// starts (right after the previous closing mark) and the byte where its
/// value starts. What follows such a label has no closing mark followed by a
/// space (tags have none, glued headlines run together), so it sits in the
/// paragraph's last spaced sentence: at its start, or right after a mark
/// glued to the next word inside it.
fn glued_label(p: &str) -> Option<(Label, usize, usize)> {
    // One pass back over the last sentence: where it starts (after the last
    // mark followed by a space; an ellipsis is not a mark) and the marks in it
    // glued to the next word.
    let mut last = 0;
    // The first few glued marks of the sentence (met last, going back).
    let mut glued = std::collections::VecDeque::with_capacity(GLUED_STARTS + 1);
    let b = p.as_bytes();
    let mut before = b.len();
    while let Some(i) = rfind_sentence_end(&b[..before]) {
        before = i;
        let at = i + if b[i] == b'.' || b[i] == b'!' || b[i] == b'?' { 1 } else { 2 };
        if b[i] == b'.' && (p[..i].ends_with('.') || p[at..].starts_with('.')) {
            continue;
        }
        let next = p[at..].chars().next();
        if next.is_some_and(char::is_whitespace) {
            last = at;
            break;
        }
        if next.is_some_and(crate::chars::is_alphanumeric) {
            glued.push_front(at);
            glued.truncate(GLUED_STARTS);
        }
    }
    // Only tags (no closing mark, a few words) or headlines run together can
    // follow a glued label: most last sentences are neither, and are not looked up.
    let tail = p[last..].trim();
    let tags_like = !has_sentence_end(tail) && crate::chars::words(tail).nth(16).is_none();
    if !tags_like && glued.is_empty() {
        return None;
    }
    let starts = std::iter::once(last).chain(glued);
    starts.filter(|&cut| cut > 0).take(GLUED_STARTS).find_map(|cut| {
        let rest = p[cut..].trim_start();
        let lead = head(rest, 160);
        let words = lead.split_whitespace().count();
        if words < 2 {
            return None;
        }
        let norm = key(lead);
        let h = labels::find(&norm, words).filter(|h| h.start == 0)?;
        let value = value_after(rest, letters_before(&norm, h.end));
        Some((h.label, cut, p.len() - value.len()))
    })
}

/// Headlines run together by a page whose line breaks were stripped
/// ("عدن؟كشف …!مجزرة …!"), each with its closing mark: split where a mark
/// (a run of them; an ellipsis of two dots or more is not one) is followed
/// directly by the next headline. `None` when a mark is followed by a space:
/// that is prose, the sentences of a paragraph.
fn glued_headlines(text: &str) -> Option<Vec<&str>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !SENTENCE_ENDS.contains(&c) {
            continue;
        }
        let (mut end, mut only_dots, mut marks) = (i + c.len_utf8(), c == '.', 1);
        while let Some(&(j, d)) = chars.peek().filter(|(_, d)| SENTENCE_ENDS.contains(d)) {
            end = j + d.len_utf8();
            only_dots &= d == '.';
            marks += 1;
            chars.next();
        }
        if only_dots && marks >= 2 {
            continue;
        }
        if text[end..].starts_with(char::is_whitespace) {
            return None;
        }
        out.push(text[start..end].trim());
        start = end;
    }
    out.push(text[start..].trim());
    out.retain(|t| !t.is_empty());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_headlines_split_at_marks_but_not_at_an_ellipsis() {
        assert_eq!(
            glued_headlines("ماذا يعني هذا؟كشف الأكاذيب!!المفتي وحملة السكينة.. التجارب والصعاب!"),
            Some(vec![
                "ماذا يعني هذا؟",
                "كشف الأكاذيب!!",
                "المفتي وحملة السكينة.. التجارب والصعاب!"
            ])
        );
        assert_eq!(glued_headlines("بلا علامة"), Some(vec!["بلا علامة"]));
        // Sentences of a paragraph: a space after the mark.
        assert_eq!(glued_headlines("قال الوزير إن الخطة جاهزة. وأضاف أنها تبدأ غدا."), None);
    }

    #[test]
    fn a_label_glued_after_a_full_stop_is_found() {
        let p = "انتهى الاجتماع مساء اليوم. سمات اقتصاد تجارة";
        let (label, cut, value) = glued_label(p).expect("a tags label");
        assert_eq!(label, Label::Tags);
        assert_eq!(&p[..cut], "انتهى الاجتماع مساء اليوم.");
        assert_eq!(&p[value..], "اقتصاد تجارة");
        // A page that stripped the space too.
        let p = "انتهى الاجتماع مساء اليوم.سمات اقتصاد تجارة";
        let (label, cut, value) = glued_label(p).expect("a tags label");
        assert_eq!(
            (label, &p[..cut], &p[value..]),
            (Label::Tags, "انتهى الاجتماع مساء اليوم.", "اقتصاد تجارة")
        );
        // Not at the start of the last sentence: not a label.
        assert_eq!(glued_label("قال إن سمات المرحلة واضحة. وأضاف"), None);
        let glued = "انتهى. مقالات أخرى للكاتبماذا يعني؟كشف الأكاذيب!مواسم.. الدروس!";
        let (label, cut, value) = glued_label(glued).expect("a related label");
        assert_eq!((label, &glued[..cut]), (Label::MoreBy, "انتهى."));
        assert!(glued[value..].starts_with("ماذا"));
    }
}
