//! The parser's vocabularies, in one place: the words and marks its rules
//! look for (label phrases have their own table, `labels`; place, agency and
//! name words are the dateline grammar's). Words are written as the pages
//! write them; how each list is compared is said beside it.

/// Marks that close a sentence, for the rules that look for the end of one
/// (a quote's sentence, a glued label, a teaser cut mid-sentence). Narrower
/// than the tokenizer's [`sentences`](crate::sentences), which also ends a
/// sentence at `…` and `؛`: these rules were tuned on this set.
pub(super) const SENTENCE_ENDS: [char; 4] = ['.', '!', '؟', '?'];

/// `text.rfind(SENTENCE_ENDS)` on bytes (`؟` is `D8 9F`).
pub(super) fn rfind_sentence_end(b: &[u8]) -> Option<usize> {
    let mut end = b.len();
    while let Some(i) =
        crate::chars::rfind_byte(b, end, |c| (c == b'.') | (c == b'!') | (c == b'?') | (c == 0x9F))
    {
        if b[i] != 0x9F {
            return Some(i);
        }
        if i > 0 && b[i - 1] == 0xD8 {
            return Some(i - 1);
        }
        end = i;
    }
    None
}

/// `text.contains(SENTENCE_ENDS)` on bytes.
pub(super) fn has_sentence_end(text: &str) -> bool {
    rfind_sentence_end(text.as_bytes()).is_some()
}

/// [`SENTENCE_ENDS`] and an ellipsis: what ends the text before a closing
/// credit or a closing quotation mark when it ends a paragraph.
pub(super) const STOPS_OR_ELLIPSIS: [char; 5] = ['.', '!', '؟', '?', '…'];

/// How a paragraph ends (a headline may end with `?` or `!`, rarely with these).
pub(super) const PARAGRAPH_ENDS: [char; 7] = ['.', '"', '”', '»', '…', ':', '؛'];

/// Closing quotation marks.
pub(super) const CLOSING_QUOTES: [char; 3] = ['"', '”', '»'];

/// The words that open a byline (`كتب: …`, `بقلم …`), compared after
/// `agency::key` (so hamza and alef variants match).
pub(super) const BYLINE_VERBS: &[&str] = &[
    "كتب",
    "كتبت",
    "بقلم",
    "إعداد",
    "اعداد",
    "تقرير",
    "حوار",
    "ترجمة",
    "متابعة",
    "تحرير",
    "بواسطة",
    "إشراف",
    "By",
];

/// Particles that open sentences, not headlines (with the space after them).
pub(super) const SENTENCE_OPENERS: [&str; 6] = ["إن ", "أن ", "كما ", "وقد ", "ولكن ", "لكن "];

/// Bullets that mark the items of a list.
pub(super) const BULLETS: [char; 6] = ['•', '●', '■', '▪', '◄', '►'];

/// Reporting verbs before a quotation, compared without diacritics, after a
/// conjunction (`و`, `ف`) is taken off; a verb with a leading hamza on alef
/// is also found written with a bare alef (`أضاف`, `اضاف`).
pub(super) const QUOTE_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "أضاف",
    "أضافت",
    "أكد",
    "أكدت",
    "أوضح",
    "أوضحت",
    "أشار",
    "أشارت",
    "صرح",
    "صرحت",
    "لفت",
    "لفتت",
    "شدد",
    "شددت",
    "تابع",
    "تابعت",
    "أعلن",
    "أعلنت",
    "ذكر",
    "ذكرت",
    "اعتبر",
    "اعتبرت",
    "مضيفا",
    "مؤكدا",
    "موضحا",
    "مشيرا",
    "كتب",
    "كتبت",
    "غرد",
    "غردت",
    "أردف",
];

/// Verbal nouns that follow the speaker (`عن بوتين قوله`).
pub(super) const QUOTE_AFTER_SPEAKER: &[&str] = &["قوله", "قولها", "قولهم"];

/// Words that end a speaker's name after the reporting verb.
pub(super) const QUOTE_NAME_ENDS: &[&str] = &[
    "إن",
    "إنه",
    "إنها",
    "أن",
    "أنه",
    "أنها",
    "ان",
    "انه",
    "انها",
    "في",
    "فى",
    "خلال",
    "على",
    "عبر",
    "إلى",
    "الى",
    "لـ",
    "أمام",
    "امام",
    "عن",
    "مع",
    "بعد",
    "قبل",
    "اليوم",
    "أمس",
    "امس",
    "بأن",
    "بان",
    "يوم",
    "لوكالة",
    "لصحيفة",
    "لقناة",
];

/// `word` with a leading hamza on alef (`أ`) written as a bare alef (the
/// second spelling of a [`QUOTE_VERBS`] verb); borrowed when there is none.
pub(super) fn fold_leading_hamza(word: &str) -> std::borrow::Cow<'_, str> {
    match word.strip_prefix('أ') {
        Some(rest) => format!("ا{rest}").into(),
        None => word.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_verbs_are_written_once() {
        let folded: Vec<_> = QUOTE_VERBS.iter().map(|v| fold_leading_hamza(v)).collect();
        for (i, v) in folded.iter().enumerate() {
            assert!(!folded[..i].contains(v), "{v} twice");
        }
        // Tanween is a diacritic: the comparison never sees it.
        assert!(QUOTE_VERBS.iter().all(|v| !v.chars().any(crate::chars::is_diacritic)));
    }
}
