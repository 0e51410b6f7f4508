//! `stem` in both modes: a non-empty sub-slice of a non-empty word, idempotent
//! in the default mode, never panics.
#![no_main]

use arabic_news::Stemmer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|word: &str| {
    for stemmer in [Stemmer::new(), Stemmer::new().light10(true)] {
        let range = stemmer.stem_range(word);
        let s = stemmer.stem(word);
        assert_eq!(&word[range], s);
        if !word.is_empty() {
            assert!(!s.is_empty());
        }
    }
});
