//! Quotations in body paragraphs and their speakers.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::lexicon::{
    QUOTE_AFTER_SPEAKER, QUOTE_NAME_ENDS, QUOTE_VERBS, fold_leading_hamza, rfind_sentence_end,
};
use crate::article::Quote;
use crate::hash::FastSet;

/// Whether a character stays in a word's [`bare`] form.
fn keep(c: char) -> bool {
    !crate::chars::is_diacritic(c)
        && !crate::chars::is_tatweel(c)
        && (super::labels::is_word_char(c) || c == '.')
}

fn bare(word: &str) -> Cow<'_, str> {
    if is_bare(word) || word.chars().all(keep) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.chars().filter(|&c| keep(c)).collect())
    }
}

/// `bare(word) == target`, without building the bare form (most words differ
/// at their first letter).
fn bare_is(word: &str, target: &str) -> bool {
    word.chars().filter(|&c| keep(c)).eq(target.chars())
}

/// The first two letters of `word`'s [`bare`] form, read on bytes when the
/// word starts with two Arabic letters (U+0621–U+064A but the tatweel).
fn first_two(word: &str) -> (Option<char>, Option<char>) {
    let letter = |x: u8, y: u8| match (x, y) {
        (0xD8, 0xA1..=0xBF) | (0xD9, 0x81..=0x8A) => {
            char::from_u32((u32::from(x & 0x1F) << 6) | u32::from(y & 0x3F))
        }
        _ => None,
    };
    if let [a0, a1, b0, b1, ..] = *word.as_bytes() {
        if let (Some(a), Some(b)) = (letter(a0, a1), letter(b0, b1)) {
            return (Some(a), Some(b));
        }
    }
    let mut letters = word.chars().filter(|&c| keep(c));
    (letters.next(), letters.next())
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

/// The index of an Arabic letter U+0621–U+064A (0–41), or 63 for any other
/// character.
fn letter_index(c: char) -> usize {
    match c {
        '\u{0621}'..='\u{064A}' => c as usize - 0x0621,
        _ => 63,
    }
}

/// The first two letters of the verbs of [`VERB_SET`], and of "و" or "ف"
/// before one: row `a`, bit `b` is set when a verb form starts with letters
/// `a`, `b` (by [`letter_index`]). Every verb form starts with two letters.
static VERB_STARTS: LazyLock<[u64; 64]> = LazyLock::new(|| {
    let mut rows = [0u64; 64];
    for v in VERB_SET.iter() {
        let mut cs = v.chars().map(letter_index);
        if let (Some(a), Some(b)) = (cs.next(), cs.next()) {
            rows[a] |= 1 << b;
        }
        let first = v.chars().next().map_or(63, letter_index);
        for prefix in ['و', 'ف'] {
            rows[letter_index(prefix)] |= 1 << first;
        }
    }
    rows
});

/// `is_verb(&bare(word))` for a word whose bare form starts with letters `a`,
/// `b`: the bare form is made only when they start a verb form.
fn is_verb_word(word: &str, a: char, b: char) -> bool {
    VERB_STARTS[letter_index(a)] >> letter_index(b) & 1 == 1 && is_verb(&bare(word))
}

fn speaker(sentence: &str) -> Option<String> {
    // Arabic words take about seven bytes with their space: room for them all.
    let mut words: Vec<&str> = Vec::with_capacity(sentence.len() / 4 + 1);
    words.extend(crate::chars::words(sentence));
    // One pass from the right: the last "قوله" wins ("عن X قوله"), else the
    // last verb of saying.
    let mut verb = None;
    for (i, w) in words.iter().enumerate().rev() {
        let (a, b) = first_two(w);
        if a == Some('ق') && QUOTE_AFTER_SPEAKER.iter().any(|t| bare_is(w, t)) {
            let start = words[..i].iter().rposition(|w| bare_is(w, "عن"))?;
            let name = &words[start + 1..i];
            if (1..=3).contains(&name.len()) {
                return Some(
                    name.join(" ").trim_matches(|c: char| !c.is_alphanumeric()).to_owned(),
                );
            }
            return None;
        }
        if let (None, Some(a), Some(b)) = (verb, a, b) {
            if is_verb_word(w, a, b) {
                verb = Some(i);
            }
        }
    }
    let v = verb?;
    let mut name = Vec::new();
    for w in &words[v + 1..] {
        let b = bare(w);
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
    while let Some(p) = rfind_sentence_end(&before.as_bytes()[..end]) {
        let word = before[..p].rsplit(char::is_whitespace).next().unwrap_or("");
        if before[p..].starts_with('.') && (1..=2).contains(&word.chars().count()) {
            end = p;
            continue;
        }
        return p + before[p..].chars().next().map_or(1, char::len_utf8);
    }
    0
}

/// The next opening quotation mark (`“`, `«` or `"`) at or after `from`, and
/// its closing mark.
fn opener(paragraph: &str, from: usize) -> Option<(usize, char, char)> {
    let b = paragraph.as_bytes();
    let mut i = from;
    loop {
        i = crate::chars::find_byte(b, i, |c| (c == b'"') | (c == 0xC2) | (c == 0xE2))?;
        let open = paragraph[i..].chars().next()?;
        if let Some(&(_, close)) = PAIRS.iter().find(|p| p.0 == open) {
            return Some((i, open, close));
        }
        i += 1;
    }
}

/// Finds the quotations of three words or more in `paragraph`.
pub(crate) fn find(paragraph: &str, index: usize, out: &mut Vec<Quote>) {
    let mut i = 0;
    while i < paragraph.len() {
        let Some((open_at, open, close)) = opener(paragraph, i) else { break };
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
    fn word_tests_agree_with_the_bare_form() {
        let words = [
            "قال",
            "وقال",
            "فقالت",
            "قَالَ",
            "وقـال",
            "«قال",
            "قال:",
            "(أضاف",
            "واضاف",
            "ال",
            "الوزير",
            "قالب",
            "مؤكدا",
            "ومؤكدا،",
            "ق",
            "",
            "...",
            "قوله",
            "قَوْلِهِ",
            "قولها:",
            "قولهم»",
            "قول",
            "عن",
            "عَن",
            "Said",
            "قا",
            "فاعتبرت",
        ];
        let verb = |w: &str| match first_two(w) {
            (Some(a), Some(b)) => is_verb_word(w, a, b),
            _ => false,
        };
        for w in words {
            let bare_form = bare(w);
            let mut letters = bare_form.chars();
            assert_eq!(first_two(w), (letters.next(), letters.next()), "{w}");
            assert_eq!(verb(w), is_verb(&bare_form), "{w}");
            assert_eq!(bare_is(w, "عن"), bare_form == "عن", "{w}");
        }
        // Every verb form, with and without marks, is found.
        for v in VERB_SET.iter() {
            assert!(verb(v) && verb(&format!("و{v}:")), "{v}");
            let marked: String = v.chars().flat_map(|c| [c, '\u{064E}']).collect();
            assert!(verb(&marked), "{marked}");
        }
        assert_eq!(
            one("ونقل التلفزيون عن الوزير قَوْلَهُ: «إن الخطة جاهزة للتنفيذ»").speaker.as_deref(),
            Some("الوزير")
        );
    }

    #[test]
    fn byte_searches_agree_with_str_searches() {
        let p = "قال د. علي؟ ثم! «نص» و“آخر” و\"ثالث\" ‹لا› ” ؟. a?b «";
        for end in (0..=p.len()).filter(|&e| p.is_char_boundary(e)) {
            let t = &p[..end];
            assert_eq!(
                rfind_sentence_end(t.as_bytes()),
                t.rfind(super::super::lexicon::SENTENCE_ENDS),
                "{t}"
            );
            let want = t.find(['“', '«', '"']).map(|i| {
                let open = t[i..].chars().next().unwrap_or('"');
                (i, open, PAIRS.iter().find(|p| p.0 == open).map_or('"', |p| p.1))
            });
            assert_eq!(opener(t, 0), want, "{t}");
        }
    }

    #[test]
    fn short_and_unclosed_quotes_are_skipped() {
        let mut v = Vec::new();
        find("قناة «برس» الإيرانية", 0, &mut v);
        find("قال «إن هذا", 0, &mut v);
        assert!(v.is_empty());
    }
}
