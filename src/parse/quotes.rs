//! Quotations in body paragraphs and their speakers.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{
    QUOTE_AFTER_SPEAKER, QUOTE_NAME_ENDS, QUOTE_VERBS, SENTENCE_ENDS, fold_leading_hamza,
};
use crate::article::Quote;
use crate::hash::FastSet;

/// Opening quotation marks (a literal searcher, fast on long paragraphs).
static OPENERS: LazyLock<Regex> = LazyLock::new(|| Regex::new("[“«\"]").expect("valid regex"));

fn bare(word: &str) -> Cow<'_, str> {
    let keep = |c: char| {
        !crate::chars::is_diacritic(c)
            && !crate::chars::is_tatweel(c)
            && (super::labels::is_word_char(c) || c == '.')
    };
    if is_bare(word) || word.chars().all(keep) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.chars().filter(|&c| keep(c)).collect())
    }
}

/// The common case of [`bare`] on bytes: only ASCII letters, digits and dots,
/// and Arabic letters U+0621–U+064A but tatweel.
fn is_bare(word: &str) -> bool {
    let b = word.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match (b[i], b.get(i + 1)) {
            (b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'.', _) => i += 1,
            (0xD8, Some(0xA1..=0xBF)) | (0xD9, Some(0x81..=0x8A)) => i += 2,
            _ => return false,
        }
    }
    true
}

/// The verbs of [`QUOTE_VERBS`] written with a leading hamza, in their
/// second spelling (see [`fold_leading_hamza`]).
static FOLDED_VERBS: LazyLock<Vec<String>> = LazyLock::new(|| {
    QUOTE_VERBS
        .iter()
        .filter(|v| v.starts_with('أ'))
        .map(|v| fold_leading_hamza(v).into_owned())
        .collect()
});

/// [`QUOTE_VERBS`] for lookups (every word before a quote is looked up), in
/// both spellings.
static VERB_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    QUOTE_VERBS.iter().copied().chain(FOLDED_VERBS.iter().map(String::as_str)).collect()
});

/// Whether a word, already [`bare`], is a verb of saying (with "و" or "ف" or not).
fn is_verb(w: &str) -> bool {
    VERB_SET.contains(w)
        || w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).is_some_and(|r| VERB_SET.contains(r))
}

fn speaker(sentence: &str) -> Option<String> {
    let words: Vec<&str> = crate::chars::words(sentence).collect();
    let bares: Vec<Cow<'_, str>> = words.iter().map(|w| bare(w)).collect();
    // "عن X قوله"
    if let Some(i) = bares.iter().rposition(|b| QUOTE_AFTER_SPEAKER.contains(&b.as_ref())) {
        let start = bares[..i].iter().rposition(|b| b == "عن")?;
        let name = &words[start + 1..i];
        if (1..=3).contains(&name.len()) {
            return Some(name.join(" ").trim_matches(|c: char| !c.is_alphanumeric()).to_owned());
        }
        return None;
    }
    let v = bares.iter().rposition(|b| is_verb(b))?;
    let mut name = Vec::new();
    for (w, b) in words[v + 1..].iter().zip(&bares[v + 1..]) {
        if b.is_empty() || QUOTE_NAME_ENDS.contains(&b.as_ref()) {
            break;
        }
        let ends = w.ends_with([':', '،', ',', '؛']);
        name.push(w.trim_end_matches([':', '،', ',', '؛']));
        if ends || name.len() == 4 {
            break;
        }
    }
    if name.is_empty() { None } else { Some(name.join(" ")) }
}

/// How far before a quote its speaker is looked for, in bytes.
const LOOKBACK: usize = 400;

const PAIRS: &[(char, char)] = &[('“', '”'), ('«', '»'), ('"', '"')];

/// Where the last sentence of `before` starts: after its last `.`, `!` or `?`
/// that does not close an abbreviation of one or two letters (`د.`، `م.`).
fn sentence_start(before: &str) -> usize {
    let mut end = before.len();
    while let Some(p) = before[..end].rfind(SENTENCE_ENDS) {
        let word = before[..p].rsplit(char::is_whitespace).next().unwrap_or("");
        if before[p..].starts_with('.') && (1..=2).contains(&word.chars().count()) {
            end = p;
            continue;
        }
        return p + before[p..].chars().next().map_or(1, char::len_utf8);
    }
    0
}

/// Finds the quotations of three words or more in `paragraph`.
pub(crate) fn find(paragraph: &str, index: usize, out: &mut Vec<Quote>) {
    let mut i = 0;
    while i < paragraph.len() {
        let Some(m) = OPENERS.find_at(paragraph, i) else { break };
        let open_at = m.start();
        let open = paragraph[open_at..].chars().next().unwrap_or('"');
        let close = PAIRS.iter().find(|p| p.0 == open).map_or('"', |p| p.1);
        let body_start = open_at + open.len_utf8();
        let Some(close_rel) = paragraph[body_start..].find(close) else { break };
        let close_at = body_start + close_rel;
        let text = paragraph[body_start..close_at].trim();
        if crate::chars::word_count(text) >= 3 {
            // The sentence before the quote, bounded so long paragraphs stay linear.
            let mut from = open_at.saturating_sub(LOOKBACK);
            while !paragraph.is_char_boundary(from) {
                from += 1;
            }
            let before = &paragraph[from..open_at];
            let sentence_start = sentence_start(before);
            out.push(Quote {
                text: text.to_owned(),
                speaker: speaker(&before[sentence_start..]),
                paragraph: index,
            });
        }
        i = close_at + close.len_utf8();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(p: &str) -> Quote {
        let mut v = Vec::new();
        find(p, 0, &mut v);
        v.into_iter().next().expect("a quote")
    }

    #[test]
    fn speakers() {
        assert_eq!(
            one("ونقل موقع روسيا اليوم عن بوتين قوله خلال الافتتاح: “تحدث كل واحد من الرؤساء”.")
                .speaker
                .as_deref(),
            Some("بوتين")
        );
        assert_eq!(
            one("وقال الوزير في مؤتمر صحفي: «إن هذه الأرقام تعكس الثقة».").speaker.as_deref(),
            Some("الوزير")
        );
        assert_eq!(
            one("وأضاف بيسكوف: \"إن الشركة نفذت المشاريع\"").speaker.as_deref(),
            Some("بيسكوف")
        );
        assert_eq!(one("جاء في البيان «إن الشركة نفذت المشاريع»").speaker, None);
        assert_eq!(
            one("وأشار د. كريم العلوي، أستاذ الاقتصاد، إلى أن “النمو الحالي يحتاج إلى استثمارات”.")
                .speaker
                .as_deref(),
            Some("د. كريم العلوي")
        );
    }

    #[test]
    fn short_and_unclosed_quotes_are_skipped() {
        let mut v = Vec::new();
        find("قناة «برس» الإيرانية", 0, &mut v);
        find("قال «إن هذا", 0, &mut v);
        assert!(v.is_empty());
    }
}
