//! Normalization: peers' vectors, the 114-input probe, properties (the fast path
//! against the reference), and the real bulk corpus.

use std::borrow::Cow;

use arabic_news::{Hamza, Normalizer, chars};
use proptest::prelude::*;
use serde_json::Value;

use crate::corpus;

/// The reference implementation's output.
fn reference(n: &Normalizer, text: &str) -> String {
    let mut out = String::new();
    n.reference_normalize_into(text, &mut out);
    out
}

/// Checks every invariant of `n` on `text`; returns the normalized text.
#[track_caller]
fn check_invariants(n: &Normalizer, text: &str) -> String {
    let expected = reference(n, text);
    let got = n.normalize(text);
    assert_eq!(got, expected, "normalize != reference for {n:?} on {text:?}");
    assert_eq!(
        matches!(got, Cow::Borrowed(_)),
        expected == text,
        "Borrowed exactly when unchanged, for {n:?} on {text:?}"
    );
    let mut into = String::from("« ");
    n.normalize_into(text, &mut into);
    assert_eq!(&into["« ".len()..], expected, "normalize_into appends the same, for {text:?}");
    let again = n.normalize(&expected);
    assert!(
        matches!(again, Cow::Borrowed(_)),
        "not idempotent for {n:?}: {text:?} → {expected:?} → {again:?}"
    );
    if *n == Normalizer::SEARCH {
        if let Some(c) = expected.chars().find(|&c| search_removes_or_folds(c)) {
            panic!("SEARCH output {expected:?} of {text:?} holds U+{:04X}", c as u32);
        }
        assert!(!expected.contains("  "), "SEARCH output {expected:?} holds a double space");
    }
    expected
}

/// The code points that SEARCH removes or folds, so that its output never holds.
fn search_removes_or_folds(c: char) -> bool {
    chars::is_diacritic(c)
        || chars::is_tatweel(c)
        || chars::is_invisible(c)
        || matches!(c, 'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' | 'ٵ' | 'ى' | 'ة')
        || matches!(
            c,
            'ی' | 'ې'
                | 'ۍ'
                | 'ے'
                | 'ۓ'
                | 'ٸ'
                | 'ک'
                | 'ڪ'
                | 'ۀ'
                | 'ہ'
                | 'ۂ'
                | 'ھ'
                | 'ە'
                | 'ۃ'
                | 'ٶ'
                | 'ٷ'
        )
        || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
        || matches!(c, '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}')
        || (chars::is_presentation_form(c) && has_compatibility_decomposition(c))
        || (c.is_ascii_uppercase())
        || (matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
            && c.is_uppercase()
            && c.to_lowercase().ne([c]))
}

fn has_compatibility_decomposition(c: char) -> bool {
    use unicode_normalization::UnicodeNormalization;
    c.to_string().nfkd().ne([c])
}

// ---------------------------------------------------------------------------
// Peers' vectors

/// What we answer for one of peers' vectors.
enum Verdict {
    /// The vector passes with this configuration.
    Pass(Normalizer),
    /// A deliberate difference: its name, why, and what we answer instead.
    Differ { name: &'static str, why: &'static str, with: Normalizer, ours: &'static str },
    /// The peer's function does something that is not normalization in our sense.
    OutOfScope { why: &'static str },
}

fn verdict(v: &Value) -> Verdict {
    use Verdict::*;
    let anchor = v["anchor"].as_str().unwrap_or_default();
    let file = v["file"].as_str().unwrap_or_default();
    let func = v["function"].as_str().or(v["test"].as_str()).unwrap_or_default();
    let input = v["input"].as_str().unwrap_or_default();
    let plain = Normalizer::new();
    match (anchor, func) {
        // Lucene's ArabicNormalizationFilter and PersianNormalizationFilter: SEARCH.
        ("lucene", _) => Pass(Normalizer::SEARCH),
        ("pyarabic", "araby.strip_tashkeel") => Pass(plain.strip_diacritics(true)),
        ("pyarabic", "araby.strip_harakat") => Pass(plain.strip_diacritics(true).keep_shadda(true)),
        ("pyarabic", "araby.strip_shadda") => Pass(plain.strip_diacritics(true)),
        ("pyarabic", "araby.strip_tatweel") => Pass(plain.strip_tatweel(true)),
        ("pyarabic", "araby.fix_spaces") => Pass(plain.normalize_spaces(true)),
        ("pyarabic", "araby.normalize_hamza(method='tasheel')") => {
            Pass(plain.fold_alef(true).hamza(Hamza::FoldCarriers))
        }
        ("pyarabic", "araby.normalize_hamza") if input.contains('آ') => Differ {
            name: "madda-is-not-two-hamzas",
            why: "PyArabic's uniform mode writes آ as ءء; آ is one letter (hamza + alef), so \
                  Hamza::ToHamza leaves it, and fold_alef makes it ا",
            with: plain.hamza(Hamza::ToHamza),
            ours: "جاء سءال الءءمة عن الءسلام آجلا",
        },
        ("pyarabic", "araby.normalize_hamza") => Pass(plain.hamza(Hamza::ToHamza)),
        ("pyarabic", "araby.normalize_alef") => Differ {
            name: "maksura-to-yeh-not-alef",
            why: "PyArabic folds ى to ا (its ALEFAT holds U+0649), a bug its users reported \
                  (pyarabic issue #39): ى is read as alef but spelled as yeh, and folding it to \
                  ا merges على with علا; we fold ى → ي as Lucene does",
            with: Normalizer::SEARCH,
            ours: "بالهدي",
        },
        (
            "pyarabic",
            "araby.reduce_tashkeel"
            | "araby.autocorrect"
            | "araby.joint"
            | "araby.strip_lastharaka",
        ) => OutOfScope {
            why: "vocalisation editing (which harakat are evident, duplicated harakat, the \
                  grammatical ending, joining letters and marks) is not normalization",
        },
        ("charabia", _) if file.ends_with("persian.rs") => {
            if input.chars().any(|c| matches!(c, 'ي' | 'ك' | 'ی' | 'ک')) {
                Differ {
                    name: "fold-toward-arabic",
                    why: "charabia's PersianNormalizer (applied to Persian text only) folds \
                          Arabic ي ك to Persian ی ک; an Arabic news crate folds the other way, \
                          as Lucene's PersianNormalizationFilter does, so both spellings meet",
                    with: Normalizer::SEARCH,
                    ours: match input {
                        "علي" => "علي",
                        "كتاب" => "كتاب",
                        "كیك ۱۲۳ یک کتاب" => "كيك 123 يك كتاب",
                        _ => "قنات قصبه شهر گناباد عميقترين و قديميترين كاريز جهان است.",
                    },
                }
            } else {
                Pass(Normalizer::SEARCH)
            }
        }
        ("charabia", _) if file.ends_with("nonspacing_mark.rs") => {
            Pass(plain.strip_diacritics(true))
        }
        ("charabia", _) => Pass(Normalizer::SEARCH),
        _ => panic!("no verdict for peer vector {v}"),
    }
}

#[test]
fn peer_vectors_pass_or_differ_on_purpose() {
    let Some(vectors) = corpus::peer_vectors("normalize") else { return };
    assert!(vectors.len() >= 50, "expected about 52 normalize vectors, found {}", vectors.len());
    let (mut passed, mut differ, mut out_of_scope) = (0, 0, 0);
    for v in &vectors {
        let input = v["input"].as_str();
        match verdict(v) {
            Verdict::Pass(n) => {
                let input = input.expect("a string input");
                let got = check_invariants(&n, input);
                match &v["expected"] {
                    Value::String(expected) => assert_eq!(&got, expected, "vector {v}"),
                    Value::Array(tokens) => {
                        let got: Vec<&str> = got.split_whitespace().collect();
                        let expected: Vec<&str> = tokens.iter().filter_map(Value::as_str).collect();
                        assert_eq!(got, expected, "vector {v}");
                    }
                    other => panic!("unexpected `expected` {other} in {v}"),
                }
                if let Some(pipeline) = v["pipeline_expected"].as_str() {
                    assert_eq!(Normalizer::SEARCH.normalize(input), pipeline, "pipeline of {v}");
                }
                passed += 1;
            }
            Verdict::Differ { name, why, with, ours } => {
                let input = input.expect("a string input");
                let got = check_invariants(&with, input);
                assert_ne!(
                    got,
                    v["expected"].as_str().unwrap_or_default(),
                    "{name} no longer differs"
                );
                assert_eq!(got, ours, "difference {name} ({why}) on {v}");
                differ += 1;
            }
            Verdict::OutOfScope { why } => {
                assert!(!why.is_empty());
                out_of_scope += 1;
            }
        }
    }
    eprintln!(
        "peer normalize vectors: {passed} pass, {differ} differ on purpose, {out_of_scope} out of scope"
    );
    assert_eq!(passed + differ + out_of_scope, vectors.len());
}

// ---------------------------------------------------------------------------
// The probe

/// Turns the `\uXXXX` and `\UXXXXXXXX` escapes of the probe files back into text.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let (len, digits) = match after.chars().next() {
            Some('u') => (4, &after[1..]),
            Some('U') => (8, &after[1..]),
            _ => panic!("unknown escape in {s:?}"),
        };
        let cp = u32::from_str_radix(&digits[..len], 16).expect("hex escape");
        out.push(char::from_u32(cp).expect("a scalar value"));
        rest = &digits[len..];
    }
    out.push_str(rest);
    out
}

#[test]
fn probe_matches_our_expectations() {
    let Some(probe) = corpus::read_shared("vectors/normalize_probe.annotated.tsv") else {
        return;
    };
    let Some(raw) = corpus::read_shared("vectors/normalize_probe.txt") else { return };
    let raw: Vec<&str> = raw.lines().collect();
    let inputs: Vec<(usize, String)> = probe
        .lines()
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            (cols[0].parse().expect("probe id"), unescape(cols[2]))
        })
        .collect();
    assert_eq!(inputs.len(), 114);
    let fixture = include_str!("../fixtures/normalize_probe_expected.tsv");
    let mut checked = 0;
    for line in fixture.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 3, "fixture line {line:?}");
        let id: usize = cols[0].parse().expect("fixture id");
        let (probe_id, input) = &inputs[id - 1];
        assert_eq!(*probe_id, id);
        assert_eq!(raw[id - 1], input, "probe {id}: .txt and .annotated.tsv agree");
        for (n, col, name) in
            [(Normalizer::SEARCH, cols[1], "SEARCH"), (Normalizer::DISPLAY, cols[2], "DISPLAY")]
        {
            let expected = if col == "=" { input.clone() } else { unescape(col) };
            let got = check_invariants(&n, input);
            assert_eq!(got, expected, "probe {id} through {name} ({})", cols.get(3).unwrap_or(&""));
            if col == "=" {
                assert!(matches!(n.normalize(input), Cow::Borrowed(_)), "probe {id} {name}");
            }
        }
        checked += 1;
    }
    assert_eq!(checked, 114, "every probe input has an expectation");
}

// ---------------------------------------------------------------------------
// Properties

fn any_normalizer() -> impl Strategy<Value = Normalizer> {
    let hamza = prop_oneof![Just(Hamza::Keep), Just(Hamza::FoldCarriers), Just(Hamza::ToHamza)];
    (
        (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
        (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
        (any::<bool>(), any::<bool>()),
        hamza,
    )
        .prop_map(|((a, b, c, d, e, f), (g, h, i, j, k, l), (m, o), hamza)| {
            Normalizer::new()
                .strip_tatweel(a)
                .strip_diacritics(b)
                .keep_shadda(c)
                .superscript_alef_to_alef(d)
                .fold_alef(e)
                .fold_alef_maksura(f)
                .fold_teh_marbuta(g)
                .fold_persian(h)
                .fold_digits(i)
                .decompose_presentation_forms(j)
                .remove_invisible(k)
                .normalize_spaces(l)
                .lowercase_latin(m)
                .fold_punctuation(o)
                .hamza(hamza)
        })
}

fn any_config() -> impl Strategy<Value = Normalizer> {
    prop_oneof![
        2 => Just(Normalizer::SEARCH),
        2 => Just(Normalizer::DISPLAY),
        1 => Just(Normalizer::new()),
        4 => any_normalizer(),
    ]
}

/// One character of Arabic-heavy text: letters (hamza forms, alef variants,
/// Persian letters), diacritics, tatweel, combining hamza/madda, digits and
/// their separators, spaces of every kind, invisible controls, presentation
/// forms, Latin of both cases.
fn arabic_char() -> impl Strategy<Value = char> {
    let pick = |s: &'static str| proptest::sample::select(s.chars().collect::<Vec<_>>());
    prop_oneof![
        8 => pick("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآٱٲٳٵؤئىةیکۀہۂھەۃېۍےۓٸٶٷپچژگ"),
        4 => (0x064Bu32..=0x065F).prop_map(|c| char::from_u32(c).unwrap_or('ا')),
        2 => pick("\u{0670}\u{0651}\u{0640}\u{0653}\u{0654}\u{0655}\u{0610}\u{06D6}\u{06DD}\u{06ED}"),
        3 => pick("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪"),
        4 => pick("  \n\t\u{00A0}\u{2009}\u{202F}\u{3000}"),
        2 => pick("\u{200B}\u{200C}\u{200D}\u{200E}\u{200F}\u{061C}\u{202B}\u{202C}\u{2067}\u{2069}\u{FEFF}\u{00AD}"),
        2 => (0xFB50u32..=0xFDFF).prop_map(|c| char::from_u32(c).unwrap_or('ب')),
        2 => (0xFE70u32..=0xFEFF).prop_map(|c| char::from_u32(c).unwrap_or('ب')),
        2 => pick("AZaziPhoneCNNÀÉÞàéİẞĀŁǄǅẞẠ×x²ＡＢ،؛؟.,—“”…«»"),
        1 => any::<char>(),
    ]
}

fn arabic_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(arabic_char(), 0..160).prop_map(String::from_iter)
}

fn any_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..100).prop_map(String::from_iter)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arabic_text_fast_path_equals_reference(n in any_config(), text in arabic_text()) {
        check_invariants(&n, &text);
    }

    #[test]
    fn arbitrary_unicode_fast_path_equals_reference(n in any_config(), text in any_text()) {
        check_invariants(&n, &text);
    }

    #[test]
    fn long_text_fast_path_equals_reference(
        n in any_config(),
        text in arabic_text(),
        times in 20usize..60,
    ) {
        // Long enough for many whole 64-byte blocks.
        check_invariants(&n, &text.repeat(times));
    }

    #[test]
    fn presets_on_long_mixed_script_text_equal_reference(
        n in prop_oneof![Just(Normalizer::SEARCH), Just(Normalizer::DISPLAY)],
        pad in 0usize..64,
        parts in proptest::collection::vec((arabic_text(), any_text()), 1..6),
    ) {
        // Past 64 bytes the presets' sieve runs: Arabic-heavy text mixed with any
        // script, shifted so that multi-byte characters straddle block ends.
        let mut text = "x".repeat(pad);
        for (arabic, other) in &parts {
            text.push_str(arabic);
            text.push_str(other);
        }
        check_invariants(&n, &text);
    }

    #[test]
    fn every_preset_is_idempotent_on_its_own_output(text in arabic_text()) {
        for n in [Normalizer::SEARCH, Normalizer::DISPLAY, Normalizer::new()] {
            let once = n.normalize(&text).into_owned();
            prop_assert!(matches!(n.normalize(&once), Cow::Borrowed(_)));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn custom_configs_on_text_past_16_kib_use_the_full_table(
        n in any_normalizer(),
        text in arabic_text().prop_filter("not empty", |t| !t.is_empty()),
    ) {
        // Custom configurations build the full tables (candidate sets and Arabic
        // actions) only past 16 KiB; check that path against the reference too.
        let reps = 17 * 1024 / text.len() + 1;
        check_invariants(&n, &text.repeat(reps));
    }
}

// ---------------------------------------------------------------------------
// Hand-picked edges

#[test]
fn edges_the_fast_path_must_get_right() {
    let cases = [
        "",
        " ",
        "  ",
        "   x",
        "x   ",
        "a \u{200B} b",
        "a\u{00A0} b",
        "3٫5",
        "٣٫ـ٥",
        "3٫٫5",
        "٫5",
        "ا\u{0640}\u{0654}",
        "ا\u{064E}\u{0654}",
        "ە\u{0654} ۀ",
        "ه\u{0654}",
        "ى\u{0670}",
        "\u{FBE8}\u{0670}",
        "ﹰ ﹰ",
        "\u{FDFA}\u{FDFA}",
        "İSTANBUL",
        "ABC",
        "x².",
        "١٢abc٣٤",
    ];
    for n in [Normalizer::SEARCH, Normalizer::DISPLAY, Normalizer::new()] {
        for text in cases {
            check_invariants(&n, text);
            // Across block boundaries: the same text after 1..=70 bytes of padding.
            for pad in 1..=70 {
                check_invariants(&n, &format!("{}{text}", "-".repeat(pad)));
            }
        }
    }
}

#[test]
fn every_code_point_of_the_touched_blocks_matches_the_reference() {
    // Every code point the operations can touch (Latin-1 and Latin Extended,
    // the Arabic blocks, General Punctuation, CJK spaces, presentation forms),
    // alone and in the contexts that matter: after a letter, before a combining
    // hamza, between spaces and digits.
    let ranges = [
        0x0000..=0x024F,
        0x0600..=0x06FF,
        0x0750..=0x077F,
        0x0870..=0x08FF,
        0x1E00..=0x1EFF,
        0x2000..=0x206F,
        0x3000..=0x3003,
        0xFB50..=0xFDFF,
        0xFE70..=0xFEFF,
    ];
    let configs = [
        Normalizer::SEARCH,
        Normalizer::DISPLAY,
        Normalizer::new(),
        Normalizer::SEARCH.superscript_alef_to_alef(true).keep_shadda(true).hamza(Hamza::ToHamza),
        Normalizer::DISPLAY.fold_digits(true).fold_punctuation(true).hamza(Hamza::FoldCarriers),
    ];
    for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
        for text in [
            format!("{c}"),
            format!("ا{c}"),
            format!("{c}\u{0654}"),
            format!(" {c} "),
            format!("3{c}5"),
            format!("٣٫{c}٥"),
        ] {
            for n in &configs {
                check_invariants(n, &text);
            }
        }
    }
}

#[test]
fn every_scalar_value_of_the_bmp_and_beyond_matches_the_reference() {
    // The candidate sets must cover every character any operation touches: run
    // the whole Basic Multilingual Plane (and a sample above it) through the
    // presets and through one configuration with every operation on.
    let all_on = Normalizer::SEARCH
        .superscript_alef_to_alef(true)
        .fold_punctuation(true)
        .hamza(Hamza::ToHamza);
    let beyond = (0x1_0000..0x11_0000).step_by(97);
    for c in (0..0x1_0000).chain(beyond).filter_map(char::from_u32) {
        let text = format!("ب{c} {c}");
        for n in [Normalizer::SEARCH, Normalizer::DISPLAY, all_on] {
            check_invariants(&n, &text);
        }
    }
}

#[test]
fn presets_sieve_every_two_byte_code_point_at_every_block_offset() {
    // The presets classify texts of 64 bytes and more with a vectorized sieve
    // (a superset of the candidate sets, checked exactly per flagged byte): run
    // every two-byte code point, the touched three-byte blocks, ASCII and a few
    // other scripts through them, shifted by 0..64 bytes so that every
    // character, and every pair of neighbours, falls at every offset of a
    // block and across block boundaries.
    let two_byte = (0x80..0x800).filter_map(char::from_u32);
    let others = [0x20..=0x7E, 0x2000..=0x206F, 0x3000..=0x3003, 0xFB50..=0xFBFF, 0xFE70..=0xFEFF]
        .into_iter()
        .flatten()
        .filter_map(char::from_u32)
        .chain("Привет мир 你好世界 שלום Γειά 😀 𝔸".chars());
    let mut unit = String::new();
    for c in two_byte.chain(others) {
        // Alone, doubled, after a letter and before a space (pairs of spaces,
        // composition, digit separators all see a neighbour).
        unit.push(c);
        unit.push('ب');
        unit.push(c);
        unit.push(c);
        unit.push(' ');
    }
    let stop_key = Normalizer::SEARCH.fold_alef_maksura(false);
    for pad in 0..64 {
        let text = format!("{}{unit}", "-".repeat(pad));
        for n in [Normalizer::SEARCH, Normalizer::DISPLAY, stop_key] {
            check_invariants(&n, &text);
        }
    }
}

#[test]
fn composition_is_linear_and_bounded() {
    // ا, then many fathas, then many hamzas: each hamza looks back at most 30
    // harakat, so this finishes at once and stays idempotent.
    let n = Normalizer::new().fold_alef(true);
    let text = format!("ا{}{}", "\u{064E}".repeat(50_000), "\u{0654}".repeat(50_000));
    let once = n.normalize(&text).into_owned();
    assert!(matches!(n.normalize(&once), Cow::Borrowed(_)));
    let short = format!("ا{}\u{0654}", "\u{064E}".repeat(30));
    assert_eq!(n.normalize(&short), format!("ا{}", "\u{064E}".repeat(30)));
    let long = format!("ا{}\u{0654}", "\u{064E}".repeat(31));
    assert_eq!(n.normalize(&long), long);
}

// ---------------------------------------------------------------------------
// The bulk corpus

#[test]
fn bulk_corpus_search_output_is_clean_and_stable() {
    let Some(text) = corpus::bulk_corpus() else { return };
    let n = Normalizer::SEARCH;
    let once = n.normalize(&text);
    assert!(matches!(once, Cow::Owned(_)), "real news text needs normalizing");
    if let Some((i, c)) = once.char_indices().find(|&(_, c)| search_removes_or_folds(c)) {
        let from =
            (0..=i.saturating_sub(40)).rev().find(|&j| once.is_char_boundary(j)).unwrap_or(0);
        panic!("SEARCH output holds U+{:04X} near {:?}", c as u32, &once[from..i]);
    }
    assert!(matches!(n.normalize(&once), Cow::Borrowed(_)), "normalizing twice changes nothing");
    assert_eq!(once, reference(&n, &text), "fast path == reference on the bulk corpus");
    let display = Normalizer::DISPLAY.normalize(&text);
    assert!(matches!(Normalizer::DISPLAY.normalize(&display), Cow::Borrowed(_)));
    assert_eq!(display, reference(&Normalizer::DISPLAY, &text));
}
