//! `tokenize`: tokens concatenate to the input, spans are contiguous, on char
//! boundaries and agree with `as_str`; `words` is the word/number subset;
//! internal iteration (`fold` and `count`, the window walk) gives the same
//! tokens as `next`, for `tokenize` and `words`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut end = 0;
    let mut words = 0;
    let mut by_next = Vec::new();
    for t in arabic_news::tokenize(text) {
        by_next.push(t);
        let span = t.span();
        assert_eq!(span.start, end, "spans are contiguous");
        assert!(span.end > span.start, "no empty token");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert_eq!(&text[span], t.as_str());
        if matches!(t.kind(), arabic_news::TokenKind::Word(_) | arabic_news::TokenKind::Number) {
            words += 1;
        }
        end = span.end;
    }
    assert_eq!(end, text.len(), "tokens cover the input");
    assert_eq!(arabic_news::words(text).count(), words);
    let by_fold = arabic_news::tokenize(text).fold(Vec::new(), |mut v, t| {
        v.push(t);
        v
    });
    assert_eq!(by_fold, by_next);
    assert_eq!(arabic_news::tokenize(text).count(), by_next.len());
    // `words` by internal iteration: the word tokens of `next`.
    let words_by_fold = arabic_news::words(text).fold(Vec::new(), |mut v, t| {
        v.push(t);
        v
    });
    let words_by_next: Vec<_> = by_next.iter().copied().filter(|t| t.is_word()).collect();
    assert_eq!(words_by_fold, words_by_next);
});
