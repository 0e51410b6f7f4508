//! The last pass over an assembled article: the first paragraph's dateline,
//! a closing agency credit, tags or a "read also" list glued to the last
//! paragraph, quotes, then the ledger's check that no line is lost.

use super::{Asm, Label, after_letters, agency_ref, dateline_sep, head, label_span, labels};
use crate::agency::key;
use crate::article::Article;
use crate::dateline::Dateline;
use crate::parse::ledger;

impl Asm<'_, '_> {
    /// Finishes the article (see the module docs).
    pub(super) fn finish(mut self) -> Article {
        let lines = self.lines;
        // Dateline prefix of the first paragraph (also when a dateline line
        // repeats it).
        if let Some(first) = self.art.body.first().cloned() {
            if let Some((d, len)) = Dateline::parse_prefix(&first) {
                self.art.body[0] = first[len..].trim().to_owned();
                // The paragraph's own dateline wins over an author-slot guess,
                // whose text then stays in boilerplate (nothing is lost) unless
                // it was read from the byline's own line, which the byline keeps.
                if let Some(old) = self.art.dateline.replace(d) {
                    let byline_line = self.dateline_line.is_some_and(|j| {
                        self.art.byline.as_ref().is_some_and(|b| {
                            lines[j].text.contains(b.text.as_str()) && b.text.contains(&old.text)
                        })
                    });
                    if !byline_line {
                        self.art.boilerplate.push(old.text);
                    }
                }
            } else if let Some(d) = &self.art.dateline {
                if let Some(rest) = first.strip_prefix(d.text.as_str()) {
                    let rest =
                        rest.trim_start_matches(|c: char| c.is_whitespace() || dateline_sep(c));
                    if !rest.is_empty() {
                        self.art.body[0] = rest.to_owned();
                    }
                }
            }
        }
        if self.art.dateline.is_none() {
            if let Some((i, d)) = self.weak.take() {
                self.used[i] = true;
                self.art.dateline = Some(d);
            }
        }
        // "(د ب أ)" closing the last paragraph.
        if self.art.dateline.is_none() {
            if let Some(last) = self.art.body.last_mut() {
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
                                *last = kept;
                                self.art.dateline = Some(d);
                            }
                        }
                    }
                }
            }
        }
        // Tags, or a "read also" list, glued to the end of the last paragraph
        // (a page whose line breaks were stripped): "… الجاري. سمات أ ب ج",
        // "… البلاد. مقالات أخرى للكاتبماذا يعني انتصار عدن؟كشف …!".
        if let Some(last) = self.art.body.last_mut() {
            if let Some((cut, v)) =
                glued_label(last, Label::Tags).filter(|_| self.art.tags.is_empty())
            {
                let value = last[v..].trim();
                if !value.is_empty()
                    && !value.contains(SENTENCE_ENDS)
                    && value.split_whitespace().count() <= 12
                {
                    self.art.tags.push(value.to_owned());
                    last.truncate(cut);
                }
            } else if let Some((cut, v)) = glued_label(last, Label::Related)
                .filter(|_| self.art.related.is_empty() && self.depth > 0)
            {
                let items = glued_headlines(last[v..].trim_end()).unwrap_or_default();
                if items.len() >= 2
                    && items.iter().all(|t| (2..=15).contains(&t.split_whitespace().count()))
                {
                    self.art.related.extend(items.into_iter().map(|t| {
                        let mut item = Article::new();
                        item.title = Some(t.to_owned());
                        item
                    }));
                    last.truncate(cut);
                }
            }
        }
        self.art.body.retain(|p| !p.is_empty());
        for (k, p) in self.art.body.iter().enumerate() {
            crate::parse::quotes::find(p, k, &mut self.art.quotes);
        }
        // The safety net: a used line whose text no field holds stays whole.
        let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
        let read = |i: usize| ledger::Read { text: lines[i].text, label: label_span(&lines[i]) };
        for i in ledger::unaccounted(&texts, &self.used, read, &self.art) {
            self.used[i] = false;
        }
        for (i, l) in lines.iter().enumerate() {
            if !self.used[i] {
                self.art.boilerplate.push(l.text.to_owned());
            }
        }
        self.art
    }
}

/// The characters that end a sentence.
const SENTENCE_ENDS: [char; 3] = ['.', '!', '؟'];

/// How far from its end a paragraph is searched for a glued label.
const GLUE_WINDOW: usize = 2048;

/// A `want` label opening a sentence near the end of paragraph `p` (a page
/// whose line breaks were stripped): the byte where that sentence starts,
/// right after the previous one's full stop, and the byte where the label's
/// value starts.
fn glued_label(p: &str, want: Label) -> Option<(usize, usize)> {
    let mut from = p.len().saturating_sub(GLUE_WINDOW);
    while !p.is_char_boundary(from) {
        from += 1;
    }
    for (i, m) in p[from..].match_indices(SENTENCE_ENDS) {
        let cut = from + i + m.len();
        let rest = p[cut..].trim_start();
        let lead = head(rest, 160);
        let words = lead.split_whitespace().count();
        if words < 2 {
            continue;
        }
        let norm = key(lead);
        let Some(h) = labels::find(&norm, words).filter(|h| h.label == want && h.start == 0) else {
            continue;
        };
        let n = norm[..h.end].chars().filter(|c| c.is_alphanumeric()).count();
        let value = rest[after_letters(rest, n)..].trim_start_matches([':', ' ']);
        return Some((cut, p.len() - value.len()));
    }
    None
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
        let (cut, value) = glued_label(p, Label::Tags).expect("a tags label");
        assert_eq!(&p[..cut], "انتهى الاجتماع مساء اليوم.");
        assert_eq!(&p[value..], "اقتصاد تجارة");
        assert_eq!(glued_label(p, Label::Related), None);
        // Not at the start of a sentence: not a label.
        assert_eq!(glued_label("قال إن سمات المرحلة واضحة. وأضاف", Label::Tags), None);
    }
}
