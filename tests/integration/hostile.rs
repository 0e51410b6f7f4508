//! Hostile input (issue #7) for the text primitives: every input is generated here.
//! Each case: no panic, bounded time, and output that still satisfies the
//! invariants (tokens cover the input, normalization is idempotent, spans valid).

use std::borrow::Cow;

use arabic_news::{DateParser, Normalizer, TokenKind, parse_date, sentences, stem, tokenize};

/// Checks the tokenizer, sentence, normalizer, date and stemmer invariants on `text`.
#[track_caller]
fn check(text: &str) {
    let mut end = 0;
    for t in tokenize(text) {
        assert_eq!(t.span().start, end);
        assert_eq!(&text[t.span()], t.as_str());
        if let TokenKind::Word(_) = t.kind() {
            let s = stem(t.as_str());
            assert!(!s.is_empty());
        }
        end = t.span().end;
    }
    assert_eq!(end, text.len(), "tokens cover the input");
    let mut last = 0;
    for s in sentences(text) {
        assert!(s.span().start >= last);
        assert_eq!(&text[s.span()], s.as_str());
        last = s.span().end;
    }
    for n in [Normalizer::SEARCH, Normalizer::DISPLAY] {
        let once = n.normalize(text);
        let twice = n.normalize(&once);
        assert!(matches!(twice, Cow::Borrowed(_)), "normalized output must be stable");
    }
    let mut last = 0;
    for d in DateParser::new().find_all(text) {
        assert!(d.span.start >= last && d.span.end <= text.len());
        last = d.span.end;
    }
}

#[test]
fn fifty_megabyte_single_line() {
    let unit = "قال الوزير إن الصادرات نمت بنسبة ١٢٫٥٪ في 27 ديسمبر 2023 ";
    let text = unit.repeat(50 * (1 << 20) / unit.len());
    assert!(!text.contains('\n'));
    check(&text);
}

#[test]
fn a_million_short_lines() {
    let text = "خبر\n".repeat(1_000_000);
    check(&text);
    assert_eq!(sentences(&text).count(), 1_000_000);
}

#[test]
fn only_marks_tatweel_or_invisibles() {
    for unit in
        ["\u{064E}", "\u{0651}\u{064B}", "\u{0640}", "\u{200F}\u{202B}\u{2066}\u{200B}\u{FEFF}"]
    {
        let text = unit.repeat(200_000);
        check(&text);
        assert_eq!(Normalizer::SEARCH.normalize(&text), "", "{unit:?} normalizes away");
        assert_eq!(arabic_news::words(&text).count(), 0, "{unit:?} holds no word");
    }
}

#[test]
fn every_code_point_of_the_arabic_blocks_in_sequence() {
    let text: String =
        [0x0600..=0x06FF, 0x0750..=0x077F, 0x08A0..=0x08FF, 0xFB50..=0xFDFF, 0xFE70..=0xFEFF]
            .into_iter()
            .flatten()
            .filter_map(char::from_u32)
            .collect();
    check(&text);
    let spaced: String = text.chars().flat_map(|c| [c, ' ']).collect();
    check(&spaced);
}

#[test]
fn scripts_alternating_every_character() {
    let text: String =
        (0..100_000).map(|i| ["ب", "b", "٣", "3", "ж", "中", "😀", "\u{064E}"][i % 8]).collect();
    check(&text);
}

#[test]
fn line_endings_and_nul_bytes() {
    for text in ["سطر\r\nسطر\rسطر\n\r\n", "\0\0نص\0مع\0أصفار\0", "\r\n".repeat(10_000).as_str()]
    {
        check(text);
    }
}

#[test]
fn a_ten_thousand_digit_number() {
    let digits = "٣".repeat(10_000);
    let tokens: Vec<_> = tokenize(&digits).collect();
    assert_eq!(tokens.len(), 1);
    assert_eq!(tokens[0].kind(), TokenKind::Number);
    assert_eq!(Normalizer::SEARCH.normalize(&digits), "3".repeat(10_000));
    check(&format!("في {digits} يناير {digits}"));
}

#[test]
fn dates_with_absurd_numbers_are_rejected_not_wrapped() {
    for line in [
        "27 ديسمبر 202320232023202320232023",
        "99999999999999999999999999999/12/27",
        "1 رمضان 144514451445144514451445 هـ",
        "31 فبراير 2023",
        "27/13/2023",
        "31 محرم 1445 هـ",
    ] {
        check(line);
        assert_eq!(parse_date(line).and_then(|d| d.date), None, "{line}");
    }
}

#[test]
fn windows_1256_read_as_latin_1() {
    // What a crawler produces when it decodes Windows-1256 Arabic as Latin-1.
    let mojibake = "ÞÇá ÇáæÒíÑ Åä ÇáÕÇÏÑÇÊ äãÊ ÈäÓÈÉ 12.5% Ýí 27 ÏíÓãÈÑ 2023";
    check(mojibake);
    assert_eq!(parse_date(mojibake), None, "no Arabic month name survives the mojibake");
}
