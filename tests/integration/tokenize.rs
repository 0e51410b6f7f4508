//! The tokenizer (issue #3): every rule with hand-written Arabic examples, the
//! peers' vectors, a naive reference tokenizer checked against the fast one by
//! proptest, the real corpus, and hostile inputs.

use arabic_news::{
    Normalizer, Script, Span, TokenKind, chars, reference_sentences, sentences, tokenize, words,
};
use proptest::prelude::*;

use crate::corpus::{bulk_corpus, peer_vectors};

use TokenKind::{Email, Hashtag, Mention, Number, Punct, Space, Symbol, Url};
const AR: TokenKind = TokenKind::Word(Script::Arabic);
const LA: TokenKind = TokenKind::Word(Script::Latin);
const OT: TokenKind = TokenKind::Word(Script::Other);

/// The tokens of `text` as `(text, kind)`, after checking the invariants.
#[track_caller]
fn toks(text: &str) -> Vec<(&str, TokenKind)> {
    check_invariants(text);
    tokenize(text).map(|t| (t.as_str(), t.kind())).collect()
}

/// Asserts that `text` tokenizes into exactly `expected`.
#[track_caller]
fn assert_tokens(text: &str, expected: &[(&str, TokenKind)]) {
    assert_eq!(toks(text), expected, "tokens of {text:?}");
}

/// The texts of the tokens of `text`.
#[track_caller]
fn texts(text: &str) -> Vec<&str> {
    toks(text).into_iter().map(|(s, _)| s).collect()
}

/// Lossless, contiguous, non-empty spans on char boundaries; `as_str` matches the
/// span; the iterator's `as_str` is the rest; the fast path equals the reference.
#[track_caller]
fn check_invariants(text: &str) {
    let mut it = tokenize(text);
    let mut pos = 0;
    loop {
        assert_eq!(it.as_str(), &text[pos..]);
        assert_eq!(it.offset(), pos);
        let Some(t) = it.next() else { break };
        let span = t.span();
        assert_eq!(span.start, pos, "spans are contiguous in {text:?}");
        assert!(span.end > span.start, "empty token in {text:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert_eq!(&text[span], t.as_str());
        pos = span.end;
    }
    assert_eq!(pos, text.len(), "tokens cover {text:?}");
    assert!(it.next().is_none(), "fused");
    let fast: Vec<_> = tokenize(text).map(|t| (t.span(), t.kind())).collect();
    assert_eq!(fast, reference::tokenize(text), "fast path differs from the reference on {text:?}");
    // Internal iteration (`fold`, behind `count`, `for_each` …), from the start
    // and after a first `next`, gives the same tokens.
    let push = |mut v: Vec<_>, t: arabic_news::Token<'_>| {
        v.push((t.span(), t.kind()));
        v
    };
    assert_eq!(tokenize(text).fold(Vec::new(), push), fast, "fold on {text:?}");
    let mut it = tokenize(text);
    if it.next().is_some() {
        assert_eq!(it.fold(Vec::new(), push), fast[1..], "fold after next on {text:?}");
    }
    assert_eq!(tokenize(text).count(), fast.len());
}

// ---------------------------------------------------------------------------
// Rules, one test (or more) each.

#[test]
fn lossless_on_a_news_paragraph() {
    let text = "الرياض - واس\nأعلن د. أحمد، اليوم 27 ديسمبر 2023م، أن النمو بلغ ١٢٫٥٪ (أي 3,250.75 مليون $).\n";
    let joined: String = tokenize(text).map(|t| t.as_str()).collect();
    assert_eq!(joined, text);
    check_invariants(text);
}

#[test]
fn arabic_words_keep_diacritics_tatweel_joiners_and_presentation_forms() {
    assert_tokens("مُحَمَّدٌ", &[("مُحَمَّدٌ", AR)]);
    assert_tokens("الـعربية", &[("الـعربية", AR)]);
    assert_tokens("الــــعربية جميلة", &[("الــــعربية", AR), (" ", Space), ("جميلة", AR)]);
    assert_tokens("می\u{200C}خورد", &[("می\u{200C}خورد", AR)]);
    assert_tokens("ك\u{200D}ـ", &[("ك\u{200D}ـ", AR)]);
    // Presentation forms: ﻻ (U+FEFB) and ﷲ (U+FDF2) inside and as words.
    assert_tokens("\u{FEFB}بد \u{FDF2}", &[("\u{FEFB}بد", AR), (" ", Space), ("\u{FDF2}", AR)]);
    // Superscript alef and Quranic marks stay in the word.
    assert_tokens("ٱلرَّحْمَٰنِ", &[("ٱلرَّحْمَٰنِ", AR)]);
    // Supplement and Extended-A letters.
    assert_tokens("ݐࢠ", &[("ݐࢠ", AR)]);
}

#[test]
fn lone_diacritic_is_a_symbol_not_a_word() {
    assert_tokens("\u{064E}", &[("\u{064E}", Symbol)]);
    assert_tokens(
        " \u{064E}\u{0651} ",
        &[(" ", Space), ("\u{064E}\u{0651}", Symbol), (" ", Space)],
    );
    assert_tokens("ـــ", &[("ـــ", Symbol)]);
    assert_tokens("3\u{064B}", &[("3", Number), ("\u{064B}", Symbol)]);
    assert!(words("\u{064E} \u{0650}").next().is_none());
}

#[test]
fn numbers_keep_one_separator_between_digits() {
    assert_tokens("1,000.5", &[("1,000.5", Number)]);
    assert_tokens("١٬٠٠٠", &[("١٬٠٠٠", Number)]);
    assert_tokens("٣٫٥", &[("٣٫٥", Number)]);
    assert_tokens("۱۲۳", &[("۱۲۳", Number)]);
    assert_tokens("3.", &[("3", Number), (".", Punct)]);
    assert_tokens("1..2", &[("1", Number), (".", Punct), (".", Punct), ("2", Number)]);
    assert_tokens("3،5", &[("3", Number), ("،", Punct), ("5", Number)]);
    assert_tokens(",5", &[(",", Punct), ("5", Number)]);
    assert_tokens("-5", &[("-", Punct), ("5", Number)]);
}

#[test]
fn percent_and_currency_are_their_own_tokens() {
    assert_tokens("١٢٫٥٪", &[("١٢٫٥", Number), ("٪", Punct)]);
    assert_tokens("50%", &[("50", Number), ("%", Punct)]);
    assert_tokens("$100", &[("$", Symbol), ("100", Number)]);
    assert_tokens(
        "100€ و50﷼",
        &[("100", Number), ("€", Symbol), (" ", Space), ("و", AR), ("50", Number), ("﷼", Symbol)],
    );
    assert_tokens("٥؋", &[("٥", Number), ("؋", Symbol)]);
}

#[test]
fn digits_glued_to_letters_split_at_the_script_change() {
    assert_tokens("2023م", &[("2023", Number), ("م", AR)]);
    assert_tokens("١٤٤٥هـ", &[("١٤٤٥", Number), ("هـ", AR)]);
    assert_tokens("بـ3", &[("بـ", AR), ("3", Number)]);
    assert_tokens("world123", &[("world", LA), ("123", Number)]);
}

#[test]
fn latin_and_arabic_split_where_the_script_changes() {
    assert_tokens("CNNعربية", &[("CNN", LA), ("عربية", AR)]);
    assert_tokens("عربيةCNN", &[("عربية", AR), ("CNN", LA)]);
    assert_tokens("café", &[("café", LA)]);
    assert_tokens("cafe\u{0301}", &[("cafe\u{0301}", LA)]);
    assert_tokens("Москва موسكو", &[("Москва", OT), (" ", Space), ("موسكو", AR)]);
    assert_tokens("don't", &[("don", LA), ("'", Punct), ("t", LA)]);
}

#[test]
fn urls_are_single_tokens() {
    assert_tokens("www.spa.gov.sa", &[("www.spa.gov.sa", Url)]);
    assert_tokens(
        "زوروا https://example.com/a?b=1#c.",
        &[("زوروا", AR), (" ", Space), ("https://example.com/a?b=1#c", Url), (".", Punct)],
    );
    assert_tokens(
        "(http://x.org/مصر)،",
        &[("(", Punct), ("http://x.org/مصر", Url), (")", Punct), ("،", Punct)],
    );
    assert_tokens("«WWW.Example.COM»", &[("«", Punct), ("WWW.Example.COM", Url), ("»", Punct)]);
    assert_tokens("الموقعwww.a.com", &[("الموقع", AR), ("www.a.com", Url)]);
    // A bare prefix is ordinary text.
    assert_tokens("http://", &[("http", LA), (":", Punct), ("/", Punct), ("/", Punct)]);
    assert_tokens("www.", &[("www", LA), (".", Punct)]);
    assert_tokens("https:x", &[("https", LA), (":", Punct), ("x", LA)]);
}

#[test]
fn emails_are_single_tokens() {
    assert_tokens(
        "راسلونا على info@example.com.",
        &[
            ("راسلونا", AR),
            (" ", Space),
            ("على", AR),
            (" ", Space),
            ("info@example.com", Email),
            (".", Punct),
        ],
    );
    assert_tokens("a.b_c+d@mail.news-site.sa", &[("a.b_c+d@mail.news-site.sa", Email)]);
    assert_tokens("2024@x.io", &[("2024@x.io", Email)]);
    // No dot in the domain: not an e-mail; `@` after a letter is punctuation.
    assert_tokens("a@b", &[("a", LA), ("@", Punct), ("b", LA)]);
    // Local part over 64 bytes: not an e-mail at its start.
    let long = format!("{}@x.com", "a".repeat(65));
    assert_eq!(toks(&long)[0], (&long[..65], LA));
}

#[test]
fn hashtags_and_mentions_are_single_tokens() {
    assert_tokens("#كلمة_أخرى", &[("#كلمة_أخرى", Hashtag)]);
    assert_tokens(
        "تابعوا #الاقتصاد_الوطني، و@وزارة_المالية",
        &[
            ("تابعوا", AR),
            (" ", Space),
            ("#الاقتصاد_الوطني", Hashtag),
            ("،", Punct),
            (" ", Space),
            ("و", AR),
            ("@", Punct), // preceded by a letter
            ("وزارة", AR),
            ("_", Punct),
            ("المالية", AR),
        ],
    );
    assert_tokens(
        "@SaudiNews50 #Saudi_2030",
        &[("@SaudiNews50", Mention), (" ", Space), ("#Saudi_2030", Hashtag)],
    );
    assert_tokens("#1", &[("#", Punct), ("1", Number)]);
    assert_tokens("@123", &[("@123", Mention)]);
    assert_tokens("C#", &[("C", LA), ("#", Punct)]);
    assert_tokens("# وسم", &[("#", Punct), (" ", Space), ("وسم", AR)]);
}

#[test]
fn spaces_and_invisible_controls_form_one_space_token() {
    assert_tokens("أ \t\n\u{00A0} ب", &[("أ", AR), (" \t\n\u{00A0} ", Space), ("ب", AR)]);
    assert_tokens("أ\u{200F}ب", &[("أ", AR), ("\u{200F}", Space), ("ب", AR)]);
    assert_tokens(
        "\u{FEFF}\u{202B}نص\u{202C}",
        &[("\u{FEFF}\u{202B}", Space), ("نص", AR), ("\u{202C}", Space)],
    );
    // ZWNJ outside a word is invisible space.
    assert_tokens(" \u{200C}أ", &[(" \u{200C}", Space), ("أ", AR)]);
}

#[test]
fn punctuation_is_one_token_per_character() {
    assert_eq!(texts("لماذا؟!..."), ["لماذا", "؟", "!", ".", ".", "."]);
    assert_tokens(
        "«قال»: نعم؛ لا، ربما",
        &[
            ("«", Punct),
            ("قال", AR),
            ("»", Punct),
            (":", Punct),
            (" ", Space),
            ("نعم", AR),
            ("؛", Punct),
            (" ", Space),
            ("لا", AR),
            ("،", Punct),
            (" ", Space),
            ("ربما", AR),
        ],
    );
}

#[test]
fn symbols_keep_their_variation_selectors() {
    assert_tokens("❤\u{FE0F}👍", &[("❤\u{FE0F}", Symbol), ("👍", Symbol)]);
    assert_tokens("© 2023", &[("©", Symbol), (" ", Space), ("2023", Number)]);
    assert_tokens("\u{0}", &[("\u{0}", Symbol)]);
}

#[test]
fn words_keeps_words_and_numbers_only() {
    let w: Vec<_> = words("قال: «بلغ 3.5٪ في #السعودية» www.a.com").map(|t| t.as_str()).collect();
    assert_eq!(w, ["قال", "بلغ", "3.5", "في"]);
    let mut it = words("أ، ب");
    it.next();
    assert_eq!(it.as_str(), "، ب");
}

#[test]
fn iterators_clone_and_resume() {
    let text = "أ ب ج د";
    let mut it = tokenize(text);
    it.next();
    let rest: Vec<_> = it.clone().map(|t| t.span()).collect();
    assert_eq!(rest, it.map(|t| t.span()).collect::<Vec<_>>());
    assert!(format!("{:?}", tokenize(text)).contains("Tokens"));
}

#[test]
fn normalized_adaptor_preserves_tokens_and_spans() {
    let text = "قال الوزيرُ: «١٢٫٥٪» www.a.com";
    let plain: Vec<_> = tokenize(text).collect();
    let paired: Vec<_> = tokenize(text).normalized(&Normalizer::SEARCH).collect();
    assert_eq!(plain.len(), paired.len());
    for (t, (u, n)) in plain.iter().zip(&paired) {
        assert_eq!(t, u);
        assert_eq!(&text[u.span()], u.as_str());
        assert_eq!(n, &Normalizer::SEARCH.normalize(u.as_str()));
    }
    // The adaptors copy the normalizer: they outlive the reference they were given.
    let (all, only_words) = {
        let n = Normalizer::new();
        (tokenize(text).normalized(&n), words(text).normalized(&n))
    };
    assert_eq!(all.count(), plain.len());
    assert_eq!(only_words.count(), words(text).count());
    let w: Vec<_> = words(text).normalized(&Normalizer::DISPLAY).map(|(t, _)| t.span()).collect();
    assert_eq!(w, words(text).map(|t| t.span()).collect::<Vec<_>>());
}

#[test]
fn sentences_follow_the_rules() {
    let text = "قال د. أحمد إن النمو بلغ ٣٫٥٪ (أي 3.5%) عام 2023م. وأضاف: «سنواصل.» هل ينجح؟ ربما…\nراجع www.spa.gov.sa. أو info@spa.gov.sa؛ ثم";
    let got: Vec<_> = sentences(text).map(|s| s.as_str()).collect();
    assert_eq!(
        got,
        [
            "قال د. أحمد إن النمو بلغ ٣٫٥٪ (أي 3.5%) عام 2023م.",
            "وأضاف: «سنواصل.»",
            "هل ينجح؟",
            "ربما…",
            "راجع www.spa.gov.sa.",
            "أو info@spa.gov.sa؛",
            "ثم",
        ]
    );
    for s in sentences(text) {
        assert_eq!(&text[s.span()], s.as_str());
    }
}

// ---------------------------------------------------------------------------
// Peers' vectors.

#[test]
fn peer_tokenize_vectors() {
    let Some(vectors) = peer_vectors("tokenize") else { return };
    let mut checked = 0;
    for v in &vectors {
        let input = v["input"].as_str().expect("input");
        let anchor = v["anchor"].as_str().unwrap_or("");
        let function = v["function"].as_str().unwrap_or("");
        let notes = v["notes"].as_str().unwrap_or("");
        check_invariants(input);
        let non_space: Vec<&str> =
            tokenize(input).filter(|t| t.kind() != Space).map(|t| t.as_str()).collect();
        let has_arabic = input.chars().any(chars::is_arabic_letter);
        let expected_strings: Vec<&str> = v["expected"]
            .as_array()
            .map(|a| a.iter().filter_map(|i| i.as_str()).filter(|s| !s.trim().is_empty()).collect())
            .unwrap_or_default();
        match anchor {
            // Lucene's Persian char filter turns ZWNJ into a space; we keep ZWNJ inside
            // Arabic-script words (issue #3: "ZWNJ/ZWJ inside the token"). Between Latin
            // letters ZWNJ is invisible space here too, so that vector is checked.
            "lucene" if has_arabic => {
                eprintln!(
                    "skipping lucene vector {input:?}: ZWNJ is a word break there, inside the word here"
                );
                continue;
            }
            // charabia splits the article ال off words (a stemmer's job, not ours): glue it
            // back and compare. Its second vector also normalizes (not the tokenizer's job).
            "charabia" => {
                if expected_strings.contains(&"اتمني") {
                    eprintln!(
                        "skipping charabia vector with normalized tokens: normalization is not tokenization"
                    );
                    continue;
                }
                let mut glued: Vec<String> = Vec::new();
                let mut pending = String::new();
                for t in &expected_strings {
                    if *t == "ال" || *t == "ٱل" {
                        pending.push_str(t);
                    } else {
                        glued.push(std::mem::take(&mut pending) + t);
                    }
                }
                assert_eq!(non_space, glued, "charabia {input:?} (ال glued back)");
                checked += 1;
                continue;
            }
            // dateparser drops the clause commas of the date string; compare without them.
            "dateparser" => {
                let ours: Vec<&str> = non_space.iter().copied().filter(|s| *s != "،").collect();
                assert_eq!(ours, expected_strings, "dateparser {input:?} (commas dropped)");
                checked += 1;
                continue;
            }
            _ => {}
        }
        if function == "araby.sentence_tokenize" {
            // PyArabic splits at the clause comma ، too; the issue says never at ،.
            let got: Vec<_> = sentences(input).map(|s| s.as_str()).collect();
            assert_eq!(got, ["العربية لغة جميلة.", "والبلاد بعيدة، والشوق زائد"], "{notes}");
            checked += 1;
            continue;
        }
        match &v["expected"] {
            serde_json::Value::Array(items) if items.iter().all(|i| i.is_string()) => {
                let expected: Vec<&str> = items.iter().filter_map(|i| i.as_str()).collect();
                assert_eq!(non_space, expected, "{anchor} {input:?}: {notes}");
            }
            serde_json::Value::Array(items) => {
                // tokenize_with_location: code-point offsets; compare texts and char offsets.
                for (item, t) in items.iter().zip(words(input)) {
                    assert_eq!(t.as_str(), item["token"].as_str().expect("token"));
                    let chars_before = input[..t.span().start].chars().count() as u64;
                    assert_eq!(Some(chars_before), item["start"].as_u64());
                }
            }
            serde_json::Value::Object(o) => {
                let w: Vec<_> = words(input).map(|t| t.as_str()).collect();
                if let Some(n) = o.get("count").and_then(|c| c.as_u64()) {
                    assert_eq!(w.len() as u64, n, "{input:?}");
                }
                if let Some(f) = o.get("first").and_then(|c| c.as_str()) {
                    assert_eq!(w.first().copied(), Some(f));
                }
                if let Some(l) = o.get("last").and_then(|c| c.as_str()) {
                    assert_eq!(w.last().copied(), Some(l));
                }
            }
            other => panic!("unexpected vector shape {other}"),
        }
        checked += 1;
    }
    assert!(checked >= 12, "only {checked} vectors checked");
}

// ---------------------------------------------------------------------------
// The real corpus and hostile input.

/// `sentences` skips the stretches without a candidate; the token-by-token
/// reference walks them all: same sentences, same rest after each.
#[track_caller]
fn check_sentences_against_reference(text: &str) {
    let (mut fast, mut slow) = (sentences(text), reference_sentences(text));
    loop {
        let (f, s) = (fast.next(), slow.next());
        assert_eq!(f.map(|x| x.span()), s.map(|x| x.span()), "{text:?}");
        assert_eq!(fast.as_str(), slow.as_str(), "{text:?}");
        if f.is_none() {
            break;
        }
    }
}

#[test]
fn bulk_corpus_sentences_match_the_reference() {
    let Some(text) = bulk_corpus() else { return };
    let mut cut = 1_000_000.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    check_sentences_against_reference(&text[..cut]);
}

#[test]
fn bulk_corpus_is_tokenized_losslessly_like_the_reference() {
    let Some(text) = bulk_corpus() else { return };
    // The whole corpus for the invariants; the reference on a slice (it is slow in debug).
    let mut pos = 0;
    let mut n = 0usize;
    for t in tokenize(&text) {
        assert_eq!(t.span().start, pos);
        pos = t.span().end;
        n += 1;
    }
    assert_eq!(pos, text.len());
    assert!(n > 1_000_000);
    let mut cut = 400_000.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    check_invariants(&text[..cut]);
    let sentence_count = sentences(&text).count();
    assert!(sentence_count > 10_000, "{sentence_count}");
}

#[test]
fn hostile_inputs_are_linear_and_lossless() {
    let mb = 1 << 20;
    let cases: Vec<String> = vec![
        "\u{064E}".repeat(mb / 2),
        "\u{202B}\u{200F}".repeat(mb / 6),
        "ـ".repeat(mb / 2),
        "a.".repeat(mb / 2) + "@x.com",
        "a.a@".repeat(mb / 4),
        "a@b-".repeat(mb / 4),
        "#_".repeat(mb / 2),
        "@".repeat(mb),
        "http://".repeat(mb / 7),
        "www.".repeat(mb / 4),
        "1.".repeat(mb / 2),
        "١٫".repeat(mb / 4),
        format!("a@{}", "b".repeat(mb)),
        format!("{}@", "+a".repeat(mb / 2)),
    ];
    for text in &cases {
        let started = std::time::Instant::now();
        let mut pos = 0;
        for t in tokenize(text) {
            assert_eq!(t.span().start, pos);
            pos = t.span().end;
        }
        assert_eq!(pos, text.len());
        let _ = sentences(text).count();
        // Generous: a debug build does several MB/s; quadratic behaviour would take minutes.
        assert!(started.elapsed().as_secs() < 20, "too slow on {:?}…", &text[..8]);
    }
}

// ---------------------------------------------------------------------------
// Property tests against the naive reference.

/// Pieces for Arabic-heavy generated text: every class and every trigger.
const PIECES: &[&str] = &[
    "ب", "ت", "ال", "كتب", "مُ", "\u{064E}", "\u{0651}", "\u{0670}", "\u{06D6}", "\u{0640}",
    "\u{200C}", "\u{200D}", "\u{200F}", "\u{061C}", "\u{202B}", "\u{FEFF}", "\u{FEFB}", "\u{FDF2}",
    "\u{FDFC}", "ݐ", "ࢠ", "\u{08F0}", "\u{08E2}", "\u{0870}", "0", "7", "٣", "۹", ".", ",", "٫",
    "٬", "،", "؛", "؟", "%", "٪", "$", "€", " ", "  ", "\n", "\t", "\u{00A0}", "«", "»", "(", ")",
    "\"", "'", "!", "…", "-", "_", "#", "@", "+", "a", "Z", "é", "\u{0301}", "\u{FE0F}", "ж", "中",
    "²", "😀", "http://", "https://", "HTTP://", "www.", "WWW.", ".com", "x.y", "/", ":", "?", "=",
    "\u{0}", "\u{7F}", "\u{2028}",
];

fn arabic_heavy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

/// Any code point of the Arabic blocks, ASCII and General Punctuation.
fn arabic_blocks() -> impl Strategy<Value = String> {
    let ranges = prop_oneof![
        4 => 0x0600u32..0x0700,
        2 => 0x20u32..0x7F,
        1 => 0x0750u32..0x0780,
        1 => 0x0870u32..0x0900,
        1 => 0xFB50u32..0xFE00,
        1 => 0xFE70u32..0xFF00,
        1 => 0x2000u32..0x2070,
    ];
    prop::collection::vec(ranges.prop_filter_map("a char", char::from_u32), 0..60)
        .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn prop_arabic_blocks_match_reference(text in arabic_blocks()) {
        check_invariants(&text);
    }

    #[test]
    fn prop_arbitrary_unicode_matches_reference(text in any::<String>()) {
        check_invariants(&text);
    }

    #[test]
    fn prop_arabic_heavy_matches_reference(text in arabic_heavy()) {
        check_invariants(&text);
    }

    #[test]
    fn prop_sentences_skip_like_the_reference(text in arabic_heavy()) {
        check_sentences_against_reference(&text);
    }

    #[test]
    fn prop_sentences_skip_like_the_reference_on_any_text(text in any::<String>()) {
        check_sentences_against_reference(&text);
    }

    #[test]
    fn prop_sentences_skip_like_the_reference_on_arabic_blocks(text in arabic_blocks()) {
        check_sentences_against_reference(&text);
    }

    #[test]
    fn prop_sentences_are_trimmed_ordered_and_cover_every_word(text in arabic_heavy()) {
        let mut last_end = 0;
        let mut covered = Vec::new();
        for s in sentences(&text) {
            let span = s.span();
            prop_assert!(span.start >= last_end && span.end > span.start);
            prop_assert_eq!(&text.as_str()[span], s.as_str());
            let first = tokenize(s.as_str()).next().map(|t| t.kind());
            let last = tokenize(s.as_str()).last().map(|t| t.kind());
            prop_assert!(first != Some(Space) && last != Some(Space), "untrimmed {:?}", s.as_str());
            covered.extend(s.tokens().filter(|t| t.kind() != Space).map(|t| (t.span(), t.kind())));
            last_end = span.end;
        }
        // Sentences only cut at token boundaries: the non-space tokens are the same.
        let all: Vec<_> = tokenize(&text).filter(|t| t.kind() != Space).map(|t| (t.span(), t.kind())).collect();
        prop_assert_eq!(covered, all);
    }

    #[test]
    fn prop_words_are_the_word_tokens(text in arabic_heavy()) {
        let a: Vec<Span> = words(&text).map(|t| t.span()).collect();
        let b: Vec<Span> = tokenize(&text).filter(|t| t.is_word()).map(|t| t.span()).collect();
        prop_assert_eq!(a, b);
    }
}

/// A naive, char-by-char tokenizer written from the rules in the docs of
/// `tokenize`, independent of the byte tables and scanners of the fast path.
mod reference {
    use super::chars::{
        digit_value, is_arabic, is_arabic_letter, is_combining_mark, is_invisible, is_tatweel,
    };
    use arabic_news::{Script, Span, TokenKind};

    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    enum C {
        ArabicLetter,
        ArabicMark,
        Joiner,
        Mark,
        Latin,
        Other,
        Digit,
        Space,
        Punct,
        Symbol,
    }

    fn generic_mark(c: char) -> bool {
        let u = c as u32;
        (0x0300..=0x036F).contains(&u)
            || (0x1AB0..=0x1AFF).contains(&u)
            || (0x1DC0..=0x1DFF).contains(&u)
            || (0x20D0..=0x20FF).contains(&u)
            || (0xFE00..=0xFE0F).contains(&u)
            || (0xFE20..=0xFE2F).contains(&u)
            || (0xE0100..=0xE01EF).contains(&u)
    }

    fn latin(c: char) -> bool {
        let u = c as u32;
        let ranges = [
            (0x41, 0x5A),
            (0x61, 0x7A),
            (0xAA, 0xAA),
            (0xBA, 0xBA),
            (0xC0, 0x2AF),
            (0x1E00, 0x1EFF),
            (0x2C60, 0x2C7F),
            (0xA720, 0xA7FF),
            (0xAB30, 0xAB6F),
            (0xFB00, 0xFB06),
            (0xFF21, 0xFF3A),
            (0xFF41, 0xFF5A),
        ];
        c.is_alphabetic() && ranges.iter().any(|&(a, b)| (a..=b).contains(&u))
    }

    fn punct(c: char) -> bool {
        if c.is_ascii() {
            return c.is_ascii_punctuation() && !"$+<=>^`|~".contains(c);
        }
        let u = c as u32;
        let singles = [
            0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF, 0x37E, 0x387, 0x5BE, 0x5C0, 0x5C3, 0x5C6,
            0x61B, 0x6D4, 0x3030, 0x303D, 0x30A0, 0x30FB, 0xFE63, 0xFE68, 0xFF3F, 0xFF5B, 0xFF5D,
        ];
        let ranges = [
            (0x55A, 0x55F),
            (0x589, 0x58A),
            (0x5F3, 0x5F4),
            (0x609, 0x60A),
            (0x60C, 0x60D),
            (0x61D, 0x61F),
            (0x66A, 0x66D),
            (0x2010, 0x2027),
            (0x2030, 0x2043),
            (0x2045, 0x2051),
            (0x2053, 0x205E),
            (0x207D, 0x207E),
            (0x208D, 0x208E),
            (0x2308, 0x230B),
            (0x2329, 0x232A),
            (0x2768, 0x2775),
            (0x27C5, 0x27C6),
            (0x27E6, 0x27EF),
            (0x2983, 0x2998),
            (0x29D8, 0x29DB),
            (0x29FC, 0x29FD),
            (0x2E00, 0x2E2E),
            (0x2E30, 0x2E4F),
            (0x2E52, 0x2E5D),
            (0x3001, 0x3003),
            (0x3008, 0x3011),
            (0x3014, 0x301F),
            (0xFD3E, 0xFD3F),
            (0xFE10, 0xFE19),
            (0xFE30, 0xFE52),
            (0xFE54, 0xFE61),
            (0xFE6A, 0xFE6B),
            (0xFF01, 0xFF03),
            (0xFF05, 0xFF0A),
            (0xFF0C, 0xFF0F),
            (0xFF1A, 0xFF1B),
            (0xFF1F, 0xFF20),
            (0xFF3B, 0xFF3D),
            (0xFF5F, 0xFF65),
        ];
        singles.contains(&u) || ranges.iter().any(|&(a, b)| (a..=b).contains(&u))
    }

    fn cls(c: char) -> C {
        if c == '\u{200C}' || c == '\u{200D}' {
            C::Joiner
        } else if c.is_whitespace() || is_invisible(c) {
            C::Space
        } else if digit_value(c).is_some() {
            C::Digit
        } else if c == '\u{FDFC}' {
            C::Symbol
        } else if is_arabic_letter(c) {
            C::ArabicLetter
        } else if is_combining_mark(c) || is_tatweel(c) {
            C::ArabicMark
        } else if generic_mark(c) {
            C::Mark
        } else if latin(c) {
            C::Latin
        } else if is_arabic(c) && c.is_alphabetic() {
            C::ArabicLetter
        } else if c.is_alphanumeric() {
            C::Other
        } else if punct(c) {
            C::Punct
        } else {
            C::Symbol
        }
    }

    fn tag_body(c: char) -> bool {
        c == '_'
            || matches!(
                cls(c),
                C::ArabicLetter
                    | C::ArabicMark
                    | C::Joiner
                    | C::Mark
                    | C::Latin
                    | C::Other
                    | C::Digit
            )
    }

    fn letter(c: char) -> bool {
        matches!(cls(c), C::ArabicLetter | C::Latin | C::Other)
    }

    pub fn tokenize(text: &str) -> Vec<(Span, TokenKind)> {
        let cs: Vec<(usize, char)> = text.char_indices().collect();
        let off = |k: usize| cs.get(k).map_or(text.len(), |&(o, _)| o);
        let mut out = Vec::new();
        let mut k = 0;
        while k < cs.len() {
            let (end, kind) = token_at(&cs, k, text.len());
            assert!(end > k);
            out.push((Span::new(off(k), off(end)), kind));
            k = end;
        }
        out
    }

    /// The end (char index) and kind of the token at char index `k`.
    fn token_at(cs: &[(usize, char)], k: usize, len: usize) -> (usize, TokenKind) {
        let n = cs.len();
        let ch = |j: usize| cs[j].1;
        let run = |mut e: usize, keep: &dyn Fn(C) -> bool| {
            while e < n && keep(cls(ch(e))) {
                e += 1;
            }
            e
        };
        if let Some(e) = url_at(cs, k) {
            return (e, TokenKind::Url);
        }
        if let Some(e) = email_at(cs, k, len) {
            return (e, TokenKind::Email);
        }
        let c = ch(k);
        if (c == '#' || c == '@') && !(k > 0 && tag_body(ch(k - 1))) {
            let mut e = k + 1;
            while e < n && tag_body(ch(e)) {
                e += 1;
            }
            let has_letter = (k + 1..e).any(|j| letter(ch(j)));
            let has_digit = (k + 1..e).any(|j| cls(ch(j)) == C::Digit);
            if c == '#' && has_letter {
                return (e, TokenKind::Hashtag);
            }
            if c == '@' && (has_letter || has_digit) {
                return (e, TokenKind::Mention);
            }
        }
        match cls(c) {
            C::ArabicLetter => (
                run(k + 1, &|c| matches!(c, C::ArabicLetter | C::ArabicMark | C::Joiner | C::Mark)),
                TokenKind::Word(Script::Arabic),
            ),
            C::Latin => {
                (run(k + 1, &|c| matches!(c, C::Latin | C::Mark)), TokenKind::Word(Script::Latin))
            }
            C::Other => {
                (run(k + 1, &|c| matches!(c, C::Other | C::Mark)), TokenKind::Word(Script::Other))
            }
            C::Digit => {
                let sep = |c: char| matches!(c, '.' | ',' | '٫' | '٬');
                let mut e = k + 1;
                loop {
                    if e < n && cls(ch(e)) == C::Digit {
                        e += 1;
                    } else if e + 1 < n && sep(ch(e)) && cls(ch(e + 1)) == C::Digit {
                        e += 2;
                    } else {
                        break;
                    }
                }
                (e, TokenKind::Number)
            }
            C::Space | C::Joiner => {
                (run(k + 1, &|c| matches!(c, C::Space | C::Joiner)), TokenKind::Space)
            }
            C::ArabicMark | C::Mark => {
                (run(k + 1, &|c| matches!(c, C::ArabicMark | C::Mark)), TokenKind::Symbol)
            }
            C::Punct => (k + 1, TokenKind::Punct),
            C::Symbol => (run(k + 1, &|c| c == C::Mark), TokenKind::Symbol),
        }
    }

    fn starts_with_ci(cs: &[(usize, char)], k: usize, prefix: &str) -> bool {
        let p: Vec<char> = prefix.chars().collect();
        k + p.len() <= cs.len()
            && p.iter().enumerate().all(|(i, &pc)| cs[k + i].1.to_ascii_lowercase() == pc)
    }

    fn url_at(cs: &[(usize, char)], k: usize) -> Option<usize> {
        let plen =
            ["https://", "http://", "www."].into_iter().find(|p| starts_with_ci(cs, k, p))?.len();
        let body = k + plen;
        let stop = |c: char| {
            c.is_ascii_control()
                || "\"<>`{}|\\^ «»“”„‘’‹›،؛؟".contains(c)
                || matches!(cls(c), C::Space | C::Joiner)
        };
        let mut e = body;
        while e < cs.len() && !stop(cs[e].1) {
            e += 1;
        }
        while e > body && ".,:;!?')]}".contains(cs[e - 1].1) {
            e -= 1;
        }
        (e > body).then_some(e)
    }

    fn email_at(cs: &[(usize, char)], k: usize, len: usize) -> Option<usize> {
        if !cs[k].1.is_ascii_alphanumeric() {
            return None;
        }
        let local = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
        let label = |c: char| c.is_ascii_alphanumeric() || c == '-';
        let mut e = k;
        while e < cs.len() && local(cs[e].1) {
            e += 1;
        }
        if e - k > 64 || cs.get(e).map(|c| c.1) != Some('@') {
            return None;
        }
        let window_end = (cs[e].0 + 1 + 255).min(len);
        let inside = |j: usize| j < cs.len() && cs[j].0 < window_end;
        let mut j = e + 1;
        while inside(j) && label(cs[j].1) {
            j += 1;
        }
        if j == e + 1 {
            return None;
        }
        let mut dots = 0;
        while inside(j + 1) && cs[j].1 == '.' && label(cs[j + 1].1) {
            j += 2;
            while inside(j) && label(cs[j].1) {
                j += 1;
            }
            dots += 1;
        }
        (dots > 0).then_some(j)
    }
}
