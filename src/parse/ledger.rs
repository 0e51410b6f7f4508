//! The parser's safety net behind "nothing in the input is silently lost".
//!
//! The layout rules mark the lines they read as used and store what they found
//! in the article's fields; a rule may store only part of a line (a value after
//! its label, a paragraph after its dateline) or, when the field is taken
//! already, nothing. Rather than trusting every rule, the assembler asks this
//! ledger, once per page, which used lines the article does not account for,
//! and keeps those lines whole in `boilerplate`.
//!
//! A used line is accounted for when every letter and digit in it lies inside
//! an occurrence of some field string or inside the line's own label. Lines
//! stored whole (almost all of them) are settled by one hash lookup (of the
//! whole text: hashing part of it lets crafted pages collide); the rest
//! are checked against the field strings that are not whole lines and the
//! heading-like fields (title, dates, dateline, byline, source, outlet). That check
//! has a work budget proportional to the input size: past it, the remaining
//! partly-stored lines are kept whole in `boilerplate` unchecked, so a page
//! can gain a duplicate line there but never loses one, in linear time.

use std::collections::HashMap;
use std::ops::Range;

use super::labels::{self, Label};
use crate::agency::key;
use crate::article::{Article, TextKind};

/// A line's label and the label's byte range in the line.
pub(super) type LabelSpan = Option<(Label, Range<usize>)>;

/// The used lines `art` does not account for (see the module docs), in order.
/// `label(i)` is line `i`'s label; it is asked only for lines stored in part.
pub(super) fn unaccounted(
    texts: &[&str],
    used: &[bool],
    label: impl Fn(usize) -> LabelSpan,
    art: &Article,
) -> Vec<usize> {
    let mut fields = Vec::new();
    art.visit_texts(&mut |t, kind| {
        let t = t.trim();
        if !t.is_empty() {
            fields.push((t, kind));
        }
    });
    // Each field string, and whether it is a whole used line.
    let mut whole: HashMap<&str, bool> = fields.iter().map(|(f, _)| (*f, false)).collect();
    let mut partial = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        if used[i] {
            match whole.get_mut(t) {
                Some(is_line) => *is_line = true,
                None => partial.push(i),
            }
        }
    }
    if partial.is_empty() {
        return partial;
    }
    // What can cover part of a line: the pieces rules cut out, and every
    // heading-like field (a headline repeated inside a longer line). Whole
    // paragraphs are left out: they are many, and they cover their own lines.
    let pieces: Vec<&str> = fields
        .into_iter()
        .filter(|(f, kind)| *kind == TextKind::Head || !whole[f])
        .map(|(f, _)| f)
        .collect();
    let size: usize = texts.iter().map(|t| t.len()).sum();
    let mut budget = size.saturating_mul(16).saturating_add(1 << 20);
    partial.retain(|&i| {
        let cost = texts[i].len().saturating_mul(pieces.len().max(1));
        if cost > budget {
            return true;
        }
        budget -= cost;
        !covered(texts[i], label(i), &pieces)
    });
    partial
}

/// Whether every letter and digit of `text` is inside its `label` or an
/// occurrence of one of `pieces`.
fn covered(text: &str, label: LabelSpan, pieces: &[&str]) -> bool {
    let mut hit = vec![false; text.len()];
    if let Some((_, r)) = label.filter(|(label, _)| introduces_a_field(*label)) {
        hit[r.start.min(text.len())..r.end.min(text.len())].fill(true);
    }
    for p in pieces {
        if p.len() > text.len() {
            continue;
        }
        // A one-letter piece (a tag such as "ا") covers only a whole word.
        let short = p.chars().nth(1).is_none();
        for (at, m) in text.match_indices(p) {
            let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            if short
                && (word(text[..at].chars().next_back())
                    || word(text[at + m.len()..].chars().next()))
            {
                continue;
            }
            hit[at..at + m.len()].fill(true);
        }
    }
    // What is left: nothing, or a field's label cut out of the line's middle
    // ("… الجاري. سمات وسم وسم": the tags taken, their label left).
    let mut left = String::new();
    let mut words = 0;
    for (i, c) in text.char_indices() {
        let mark = crate::chars::is_combining_mark(c);
        if mark && !hit[i] {
            continue;
        }
        if hit[i] || !c.is_alphanumeric() {
            if !left.is_empty() && !left.ends_with(' ') {
                left.push(' ');
            }
            continue;
        }
        if left.is_empty() || left.ends_with(' ') {
            words += 1;
            if words > 3 {
                return false;
            }
        }
        left.push(c);
    }
    if words == 0 {
        return true;
    }
    let norm = key(left.trim_end());
    labels::find(&norm, words)
        .is_some_and(|h| h.start == 0 && h.end == norm.len() && introduces_a_field(h.label))
}

/// A label that names the field its value went to (a widget phrase such as
/// "انسخ الرابط" is page text in its own right: it is kept).
fn introduces_a_field(l: Label) -> bool {
    matches!(
        l,
        Label::Published
            | Label::Updated
            | Label::Date
            | Label::Source
            | Label::Tags
            | Label::Related
            | Label::MoreBy
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `unaccounted` over `lines`, all used, without labels.
    fn lost(lines: &[&str], a: &Article) -> Vec<usize> {
        let used = vec![true; lines.len()];
        unaccounted(lines, &used, |_| None, a)
    }

    #[test]
    fn a_line_stored_in_pieces_is_accounted_for() {
        let mut a = Article::new();
        a.source = Some("سانا".into());
        let text = "المصدر: سانا";
        let label = |_| Some((Label::Source, 0.."المصدر".len()));
        assert_eq!(unaccounted(&[text], &[true], label, &a), []);
        // A field's label is known from the table too, and not only at the start.
        assert_eq!(lost(&[text, "نقلا عن المصدر: سانا"], &a), [1]);
    }

    #[test]
    fn a_line_whose_text_no_field_holds_is_reported() {
        let mut a = Article::new();
        a.published = Some(crate::article::ArticleDate::new("GMT 17:27 17.03.2020"));
        a.body = vec!["نص الخبر".into()];
        // A widget phrase left over is page text: reported.
        assert_eq!(lost(&["GMT 17:27 17.03.2020 انسخ الرابط", "نص الخبر"], &a), [0]);
        // Unused lines are not the ledger's business.
        let lines = ["سطر", "GMT 17:27 17.03.2020"];
        assert_eq!(unaccounted(&lines, &[false, true], |_| None, &a), []);
    }

    #[test]
    fn a_label_left_in_the_middle_is_accounted_for() {
        let mut a = Article::new();
        a.body = vec!["انتهى الاجتماع.".into()];
        a.tags = vec!["اقتصاد".into(), "تجارة".into()];
        assert_eq!(lost(&["انتهى الاجتماع. سمات اقتصاد تجارة"], &a), []);
        // A word left that is not a label.
        assert_eq!(lost(&["انتهى الاجتماع. كلمة اقتصاد تجارة"], &a), [0]);
    }

    #[test]
    fn a_one_letter_piece_covers_only_a_whole_word() {
        let mut a = Article::new();
        a.tags = vec!["ا".into(), "ب".into()];
        assert_eq!(lost(&["ا ب"], &a), []);
        assert_eq!(lost(&["اب"], &a), [0]);
    }

    #[test]
    fn past_the_budget_lines_are_kept_unchecked() {
        // Many pieces and a long line they cover: kept whole, not scanned.
        let mut a = Article::new();
        a.tags = (0..20_000).map(|k| format!("وسم{k}")).collect();
        let long = "وسم0 ".repeat(200_000);
        assert_eq!(lost(&[&long], &a), [0]);
        assert_eq!(lost(&["وسم0 وسم1"], &a), []);
    }
}
