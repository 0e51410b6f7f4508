//! `sentences`: in order, non-overlapping, inside the input, on char boundaries,
//! never empty; each sentence's tokens stay inside it; and the skipping walk
//! gives the same sentences (and the same rest after each) as the token-by-token
//! reference.
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
    let (mut fast, mut slow) =
        (arabic_news::sentences(text), arabic_news::reference_sentences(text));
    loop {
        let (f, s) = (fast.next(), slow.next());
        assert_eq!(f.map(|x| x.span()), s.map(|x| x.span()));
        assert_eq!(fast.as_str(), slow.as_str());
        if f.is_none() {
            break;
        }
    }
});
