//! The light stemmer: Lucene's vectors and its invariants.

use arabic_news::{Stemmer, stem};
use proptest::prelude::*;

use crate::corpus::peer_vectors;

/// Lucene's `TestArabicStemFilter` vectors: one word in, one stem out.
/// The keyword-marker vector (a word protected from stemming by a filter
/// placed before the stemmer) is about the analyzer chain, not the stemmer; it
/// is checked with `ArabicTokenizer::protected` in `search.rs`, with Lucene's
/// analyzer vectors (feature `tantivy`).
#[test]
fn lucene_stem_filter_vectors() {
    let Some(vectors) = peer_vectors("stem") else { return };
    let mut checked = 0;
    for v in vectors
        .iter()
        .filter(|v| v["file"].as_str().is_some_and(|f| f.ends_with("TestArabicStemFilter.java")))
    {
        let input = v["input"].as_str().expect("input is a string");
        let expected = v["expected"].as_str().expect("expected is a string");
        if v["test"] == "testWithKeywordAttribute" {
            continue;
        }
        assert_eq!(stem(input), expected, "stem({input:?})");
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} stem vectors found");
}

#[test]
fn light10_is_stronger_on_conjunction_plus_article() {
    let light10 = Stemmer::new().light10(true);
    for (word, lucene, l10) in [
        ("وبالمدرسه", "بالمدرس", "مدرس"),
        ("وللطلاب", "للطلاب", "طلاب"),
        ("والكتاب", "كتاب", "كتاب"),
        ("وحسن", "حسن", "حسن"),
    ] {
        assert_eq!(stem(word), lucene, "lucene {word}");
        assert_eq!(light10.stem(word), l10, "light10 {word}");
    }
}

fn arabic_word() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just('ا'),
            Just('ل'),
            Just('و'),
            Just('ب'),
            Just('ك'),
            Just('ف'),
            Just('ه'),
            Just('ة'),
            Just('ي'),
            Just('ن'),
            Just('ت'),
            Just('م'),
            Just('س'),
            Just('د'),
            any::<char>(),
        ],
        0..12,
    )
    .prop_map(|cs| cs.into_iter().collect())
}

proptest! {
    #[test]
    fn stem_matches_the_plain_reference(word in arabic_word(), light10 in any::<bool>()) {
        prop_assert_eq!(Stemmer::new().light10(light10).stem(&word), crate::stem_reference::stem(&word, light10));
    }

    #[test]
    fn stem_is_a_non_empty_sub_slice(word in arabic_word(), light10 in any::<bool>()) {
        let s = Stemmer::new().light10(light10).stem(&word);
        let start = s.as_ptr() as usize - word.as_ptr() as usize;
        prop_assert!(start + s.len() <= word.len());
        prop_assert_eq!(&word[start..start + s.len()], s);
        if !word.is_empty() {
            prop_assert!(!s.is_empty());
        }
    }

    #[test]
    fn lucene_mode_keeps_two_letters(word in arabic_word()) {
        let s = stem(&word);
        if s.len() != word.len() {
            prop_assert!(s.chars().count() >= 2);
        }
    }
}
