//! `normalize` under every preset and random option sets: never panics,
//! idempotent, borrowed when nothing changes, `normalize_into` agrees, and the
//! fast path gives what the per-character reference gives; `is_stop_word` is the
//! reference key's membership in `STOP_WORDS`.
#![no_main]

use arabic_news::{Hamza, Normalizer};
use libfuzzer_sys::fuzz_target;

fn config(bits: u16) -> Normalizer {
    let on = |i: u16| bits & (1 << i) != 0;
    Normalizer::new()
        .strip_tatweel(on(0))
        .strip_diacritics(on(1))
        .keep_shadda(on(2))
        .superscript_alef_to_alef(on(3))
        .fold_alef(on(4))
        .fold_alef_maksura(on(5))
        .fold_teh_marbuta(on(6))
        .fold_persian(on(7))
        .fold_digits(on(8))
        .decompose_presentation_forms(on(9))
        .remove_invisible(on(10))
        .normalize_spaces(on(11))
        .lowercase_latin(on(12))
        .fold_punctuation(on(13))
        .hamza(match bits >> 14 {
            0 => Hamza::Keep,
            1 => Hamza::FoldCarriers,
            _ => Hamza::ToHamza,
        })
}

fuzz_target!(|data: &[u8]| {
    let (bits, text) = match data {
        [a, b, rest @ ..] => (u16::from_le_bytes([*a, *b]), rest),
        _ => return,
    };
    let Ok(text) = std::str::from_utf8(text) else { return };
    // The key `is_stop_word` compares (its tables are built at compile time).
    let stop_key = Normalizer::SEARCH.fold_alef_maksura(false);
    for n in [Normalizer::SEARCH, Normalizer::DISPLAY, stop_key, config(bits)] {
        let once = n.normalize(text);
        let twice = n.normalize(&once);
        assert_eq!(once, twice, "not idempotent");
        assert!(
            matches!(twice, std::borrow::Cow::Borrowed(_)),
            "normalized text must come back borrowed"
        );
        let mut buf = String::from("#");
        n.normalize_into(text, &mut buf);
        assert_eq!(&buf[1..], &*once, "normalize_into differs from normalize");
        let mut reference = String::new();
        n.reference_normalize_into(text, &mut reference);
        assert_eq!(reference, once, "the fast path differs from the reference");
    }
    if text.len() <= 64 {
        let mut key = String::new();
        stop_key.reference_normalize_into(text, &mut key);
        assert_eq!(
            arabic_news::is_stop_word(text),
            arabic_news::STOP_WORDS.contains(&key.as_str())
        );
    }
});
