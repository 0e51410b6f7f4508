//! `sentences`: in order, non-overlapping, inside the input, on char boundaries,
//! never empty; each sentence's tokens stay inside it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last_end = 0;
    for s in arabic_news::sentences(text) {
        let span = s.span();
        assert!(span.start >= last_end && span.end > span.start && span.end <= text.len());
        assert_eq!(&text[span], s.as_str());
        for t in s.tokens() {
            assert!(t.span().start >= span.start && t.span().start < span.end);
        }
        last_end = span.end;
    }
});
