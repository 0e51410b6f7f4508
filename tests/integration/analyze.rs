//! `Analyzer::terms` against the chain written by hand (`words`/`tokenize`,
//! `is_stop_word`, `Normalizer::normalize`, `Stemmer::stem`).

use std::borrow::Cow;

use arabic_news::{Analyzer, Normalizer, Span, Stemmer, TokenKind, is_stop_word, tokenize};
use proptest::prelude::*;

/// Words, stop words (with diacritics and alef variants), affixes, numbers,
/// punctuation, symbols, invisible marks and Latin: what the chain branches on.
const PIECES: &[&str] = &[
    "إلى",
    "إِلَى",
    "على",
    "علي",
    "في",
    "من",
    "الذين",
    "هو",
    "و",
    "ال",
    "كتب",
    "مدرسة",
    "المعلمون",
    "الجزيرة",
    "بال",
    "ات",
    "ون",
    "ة",
    "ى",
    "أ",
    "آ",
    "\u{064E}",
    "\u{0651}",
    "\u{0640}",
    "\u{200C}",
    "\u{200F}",
    "\u{FEFB}",
    "١٢",
    "2023",
    "٫",
    ".",
    ",",
    "،",
    "؟",
    "%",
    "$",
    " ",
    "  ",
    "\n",
    "«",
    "»",
    "#",
    "@",
    "_",
    "a",
    "The",
    "é",
    "www.x.com",
    "a@b.co",
    "😀",
    "\u{0301}",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
}

/// An analyzer's settings, so the test can build the analyzer and spell out the
/// chain from the same values.
#[derive(Debug, Clone, Copy)]
struct Settings {
    normalizer: Normalizer,
    stemmer: Stemmer,
    stem: bool,
    stop: bool,
    numbers: bool,
    drop_punct: bool,
    protected: &'static [&'static str],
}

impl Settings {
    fn analyzer(&self) -> Analyzer {
        Analyzer::new()
            .normalizer(self.normalizer)
            .stemmer(self.stemmer)
            .stem(self.stem)
            .stop_words(self.stop)
            .keep_numbers(self.numbers)
            .drop_punctuation(self.drop_punct)
            .protected(self.protected)
    }

    /// The chain by hand.
    fn by_hand(&self, text: &str) -> Vec<(String, Span, usize, TokenKind)> {
        let mut out = Vec::new();
        let mut position = 0;
        for t in tokenize(text) {
            let kept = match t.kind() {
                TokenKind::Space => false,
                TokenKind::Number => self.numbers,
                TokenKind::Punct | TokenKind::Symbol => !self.drop_punct,
                _ => true,
            };
            if !kept {
                continue;
            }
            if self.stop && is_stop_word(t.as_str()) {
                position += 1;
                continue;
            }
            let mut s = self.normalizer.normalize(t.as_str()).into_owned();
            if s.is_empty() {
                continue;
            }
            if self.stem
                && matches!(t.kind(), TokenKind::Word(_))
                && !self.protected.contains(&s.as_str())
            {
                s = self.stemmer.stem(&s).to_owned();
            }
            out.push((s, t.span(), position, t.kind()));
            position += 1;
        }
        out
    }
}

fn settings() -> impl Strategy<Value = Settings> {
    static KEEP: &[&str] = &["الجزيره", "مدرسه"];
    (any::<[bool; 7]>(), 0..3u8).prop_map(|(f, norm)| Settings {
        normalizer: match norm {
            0 => Normalizer::SEARCH,
            1 => Normalizer::DISPLAY,
            _ => Normalizer::SEARCH.fold_teh_marbuta(false).fold_digits(false),
        },
        stemmer: Stemmer::new().light10(f[0]),
        stem: f[1],
        stop: f[2],
        numbers: f[3],
        drop_punct: f[4],
        protected: if f[5] { KEEP } else { &[] },
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn prop_terms_equal_the_chain_by_hand(text in text(), s in settings()) {
        let a = s.analyzer();
        let got: Vec<_> = a
            .terms(&text)
            .map(|t| (t.as_str().to_owned(), t.span(), t.position(), t.kind()))
            .collect();
        prop_assert_eq!(&got, &s.by_hand(&text));
        for t in a.terms(&text) {
            // A borrowed term is a slice of its token.
            if let Cow::Borrowed(b) = t.clone().into_text() {
                prop_assert!(text[t.span()].contains(b));
            }
        }
        // Positions strictly increase.
        let positions: Vec<_> = a.terms(&text).map(|t| t.position()).collect();
        prop_assert!(positions.windows(2).all(|w| w[0] < w[1]));
    }
}

#[test]
fn terms_resume_after_clone() {
    let text = "قال المعلمون إن المدرسة فتحت";
    let mut terms = Analyzer::new().stem(true).terms(text);
    terms.next();
    let rest: Vec<_> = terms.clone().map(|t| t.as_str().to_owned()).collect();
    assert_eq!(rest, terms.map(|t| t.as_str().to_owned()).collect::<Vec<_>>());
}

#[test]
fn analyzers_key_a_map_by_what_they_do() {
    use std::collections::HashMap;
    let mut cache = HashMap::new();
    cache.insert(Analyzer::new().stem(true), "stemmed");
    cache.insert(Analyzer::new(), "plain");
    // The same settings, built again (in another order), find the same entry.
    assert_eq!(cache.get(&Analyzer::new().stop_words(false).stem(true)), Some(&"stemmed"));
    assert_eq!(cache.get(&Analyzer::new()), Some(&"plain"));
    assert_eq!(cache.get(&Analyzer::new().stop_words(true)), None);
}
