//! `stem` in both modes: a non-empty sub-slice of a non-empty word, the same
//! stem as the plain reference implementation, never panics.
#![no_main]

use arabic_news::Stemmer;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/integration/stem_reference.rs"]
mod stem_reference;

fuzz_target!(|word: &str| {
    for light10 in [false, true] {
        let stemmer = Stemmer::new().light10(light10);
        let range = stemmer.stem_range(word);
        let s = stemmer.stem(word);
        assert_eq!(&word[range], s);
        assert_eq!(s, stem_reference::stem(word, light10));
        if !word.is_empty() {
            assert!(!s.is_empty());
        }
    }
});
