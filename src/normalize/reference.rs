//! The per-character reference implementation.
//!
//! This is the specification of [`Normalizer`]: obviously correct, one `char` at
//! a time, reading and rewriting the output it has written so far. The fast path
//! in the parent module is checked against it (by the proptests of
//! `tests/integration/normalize.rs`), and falls back on [`push_char`] for every
//! character it does not copy verbatim, so the two cannot drift apart on the
//! rare cases (composition, digit separators, presentation forms).

use super::{Normalizer, is_latin, is_space_like};
use crate::chars;

/// The most harakat U+064B–U+0652 that composition looks through between a letter
/// and a following combining hamza or madda. Unicode's Stream-Safe Text Format
/// (UAX #15) never needs more than 30 non-starters in a row; the bound keeps
/// composition, and so normalization, linear in the input on pathological text.
pub(super) const MAX_SKIPPED_HARAKAT: usize = 30;

/// Normalizes `text` one character at a time, appending to `out`.
pub(super) fn normalize_into(n: &Normalizer, text: &str, out: &mut String) {
    let start = out.len();
    let mut prev_input: char = '\0';
    for c in text.chars() {
        if n.decompose_presentation_forms && chars::is_presentation_form(c) {
            let mut decomposed = false;
            unicode_normalization::char::decompose_compatible(c, |d| {
                decomposed = true;
                push_char(n, d, prev_input, out, start);
                prev_input = d;
            });
            if decomposed {
                continue;
            }
        }
        push_char(n, c, prev_input, out, start);
        prev_input = c;
    }
}

/// Runs one character through operations 0 and 2–13, appending what it becomes
/// to `out`; `out[start..]` is this call's output so far and `prev_input` the
/// previous input character (after presentation-form decomposition), or `'\0'`.
pub(super) fn push_char(n: &Normalizer, c: char, prev_input: char, out: &mut String, start: usize) {
    // 0. Composition with the last letter written.
    if matches!(c, '\u{0653}'..='\u{0655}') && compose_last(out, start, c, n) {
        return;
    }
    // 2–4. Removals.
    if n.remove_invisible && chars::is_invisible(c) {
        return;
    }
    if n.strip_tatweel && chars::is_tatweel(c) {
        return;
    }
    if n.strip_diacritics && chars::is_diacritic(c) {
        if n.keep_shadda && c == '\u{0651}' {
            out.push(c);
        } else if n.superscript_alef_to_alef && c == '\u{0670}' && prev_input != 'ى' {
            out.push('ا');
        }
        return;
    }
    // 5–9. Letter folds.
    let c = n.fold_letter(c);
    // 10. Digits.
    if n.fold_digits {
        if let Some(d) = chars::digit_value(c) {
            let written = &out[start..];
            if let Some(sep) = written.strip_suffix(['\u{066B}', '\u{066C}']) {
                if sep.ends_with(|p: char| p.is_ascii_digit()) {
                    let ascii = if written.ends_with('\u{066B}') { '.' } else { ',' };
                    let cut = out.len() - '\u{066B}'.len_utf8();
                    out.truncate(cut);
                    out.push(ascii);
                }
            }
            out.push(char::from(b'0' + d));
            return;
        }
    }
    // 11. Spaces.
    if n.normalize_spaces && is_space_like(c) {
        if !out[start..].ends_with(' ') {
            out.push(' ');
        }
        return;
    }
    // 12. Latin case.
    if n.lowercase_latin && is_latin(c) && c.is_uppercase() {
        out.extend(c.to_lowercase());
        return;
    }
    // 13. Punctuation.
    if n.fold_punctuation {
        let p = match c {
            '،' => ',',
            '؛' => ';',
            '؟' => '?',
            other => other,
        };
        out.push(p);
        return;
    }
    out.push(c);
}

/// What the combining `mark` (U+0653–U+0655) composes with at the end of
/// `written`: the byte range of the base letter in `written` and the composed,
/// folded letter. The base may be followed by at most [`MAX_SKIPPED_HARAKAT`]
/// harakat U+064B–U+0652, which composition looks through as NFC does.
pub(super) fn composition(
    written: &str,
    mark: char,
    n: &Normalizer,
) -> Option<(std::ops::Range<usize>, char)> {
    let mut skipped = 0;
    let mut iter = written.char_indices().rev();
    let (base_start, base) = loop {
        let (i, c) = iter.next()?;
        if matches!(c, '\u{064B}'..='\u{0652}') {
            skipped += 1;
            if skipped > MAX_SKIPPED_HARAKAT {
                return None;
            }
        } else {
            break (i, c);
        }
    };
    let composed = match (base, mark) {
        ('ا', '\u{0653}') => 'آ',
        ('ا', '\u{0654}') => 'أ',
        ('ا', '\u{0655}') => 'إ',
        ('و', '\u{0654}') => 'ؤ',
        ('ي', '\u{0654}') => 'ئ',
        ('ە', '\u{0654}') => 'ۀ',
        ('ہ', '\u{0654}') => 'ۂ',
        ('ے', '\u{0654}') => 'ۓ',
        // With Persian folding on, ە and ہ were already written as ه, so ه stands
        // for them: ه + U+0654 is ۀ folded (and Persian text types ۀ that way).
        ('ه', '\u{0654}') if n.fold_persian => 'ۀ',
        _ => return None,
    };
    Some((base_start..base_start + base.len_utf8(), n.fold_letter(composed)))
}

/// Composes the combining `mark` (U+0653–U+0655) with the last letter written to
/// `out[start..]` (see [`composition`]). Returns whether it composed.
fn compose_last(out: &mut String, start: usize, mark: char, n: &Normalizer) -> bool {
    let Some((range, folded)) = composition(&out[start..], mark, n) else {
        return false;
    };
    let mut buf = [0; 4];
    out.replace_range(start + range.start..start + range.end, folded.encode_utf8(&mut buf));
    true
}
