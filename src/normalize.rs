//! Arabic normalization for search, corpus work and display.
//!
//! [`Normalizer`] carries the whole user-facing story (operations, code points,
//! presets, speed). Inside: `reference` is the per-character specification and
//! slow step; `fast` finds the bytes that may need work and copies the rest.

use std::borrow::Cow;

mod fast;
mod reference;

/// Picks the candidate-byte table for `$n` and evaluates `$go!(&table)`: the
/// presets use tables built at compile time; other configurations build the
/// full table when the text is long enough to repay it, and otherwise classify
/// bytes with the compact form.
macro_rules! with_bits {
    ($n:expr, $text:expr, $go:ident) => {{
        let n: &Normalizer = $n;
        if *n == Normalizer::SEARCH {
            $go!(&fast::SEARCH_BITS)
        } else if *n == Normalizer::DISPLAY {
            $go!(&fast::DISPLAY_BITS)
        } else if *n == crate::stopwords::STOP_KEY {
            // `is_stop_word` normalizes every word it is asked about.
            $go!(&fast::STOP_BITS)
        } else if $text.len() >= fast::FULL_TABLE_MIN_LEN {
            $go!(&fast::Full::new(n))
        } else {
            $go!(&fast::Compact::new(n))
        }
    }};
}

/// A [`Normalizer`] with its tables chosen (see [`Normalizer::prepare`]): the
/// same output, without comparing the configuration with the presets at every
/// call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prepared {
    /// [`Normalizer::SEARCH`].
    Search,
    /// [`Normalizer::DISPLAY`].
    Display,
    /// The key of [`crate::is_stop_word`].
    StopKey,
    /// Any other configuration.
    Other(Normalizer),
}

impl Prepared {
    /// The same as [`Normalizer::normalize`].
    #[inline]
    pub(crate) fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        match self {
            Prepared::Search => Normalizer::SEARCH.normalize_with(&fast::SEARCH_BITS, text),
            Prepared::Display => Normalizer::DISPLAY.normalize_with(&fast::DISPLAY_BITS, text),
            Prepared::StopKey => crate::stopwords::STOP_KEY.normalize_with(&fast::STOP_BITS, text),
            Prepared::Other(n) => n.normalize(text),
        }
    }

    /// Appends the normalized `text` to `out`: [`Normalizer::normalize`]'s
    /// scan for the first change, then the unchanged text copied, or the
    /// prefix copied and the rest normalized, into `out` (no allocation when
    /// `out` has the room).
    #[inline]
    #[cfg_attr(not(feature = "tantivy"), allow(dead_code))] // used by the tantivy token stream
    pub(crate) fn append(&self, text: &str, out: &mut String) {
        match self {
            Prepared::Search => Normalizer::SEARCH.append_with(&fast::SEARCH_BITS, text, out),
            Prepared::Display => Normalizer::DISPLAY.append_with(&fast::DISPLAY_BITS, text, out),
            Prepared::StopKey => {
                crate::stopwords::STOP_KEY.append_with(&fast::STOP_BITS, text, out);
            }
            Prepared::Other(n) => n.normalize_into(text, out),
        }
    }
}

/// What to do with hamza on its carriers (و ي, and alef when
/// [`Normalizer::fold_alef`] is off).
///
/// # Example
///
/// ```
/// use arabic_news::{Hamza, Normalizer};
///
/// let keep = Normalizer::new();
/// let carriers = Normalizer::new().hamza(Hamza::FoldCarriers);
/// let bare = Normalizer::new().hamza(Hamza::ToHamza);
/// assert_eq!(keep.normalize("رئيس"), "رئيس");
/// assert_eq!(carriers.normalize("رئيس"), "رييس");
/// assert_eq!(bare.normalize("رئيس"), "رءيس");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Hamza {
    /// Hamza forms stay as written (as Lucene's Arabic normalizer leaves them).
    #[default]
    Keep,
    /// The carriers lose their hamza: ؤ → و, ئ → ي.
    FoldCarriers,
    /// Every hamza form becomes the bare hamza ء: ؤ ئ → ء, and أ إ ٲ ٳ ٵ → ء when
    /// [`Normalizer::fold_alef`] is off (alef folding wins when both are on).
    ToHamza,
}

/// A normalization configuration: which operations to apply.
///
/// A [`Normalizer`] is a small `Copy` value that says which operations to apply.
/// Start from a preset ([`Normalizer::SEARCH`], [`Normalizer::DISPLAY`]) or from
/// [`Normalizer::new`] (which changes nothing) and switch operations with the
/// by-value `const` setters:
///
/// ```
/// use arabic_news::{Hamza, Normalizer};
///
/// // A preset, with one operation switched off.
/// let n = Normalizer::SEARCH.fold_teh_marbuta(false);
/// assert_eq!(n.normalize("مدرسةٌ"), "مدرسة");
///
/// // Built from nothing, in a `static`.
/// static DIGITS_ONLY: Normalizer = Normalizer::new().fold_digits(true);
/// assert_eq!(DIGITS_ONLY.normalize("٢٠٢٣"), "2023");
///
/// let n = Normalizer::new().hamza(Hamza::FoldCarriers);
/// assert_eq!(n.normalize("مسؤول"), "مسوول");
/// ```
///
/// # The operations, in the order they apply
///
/// 0. **Composition** (always, before everything else): a letter followed by a
///    combining madda or hamza U+0653–U+0655, possibly with harakat
///    U+064B–U+0652 between them, is composed as Unicode NFC composes it:
///    ا + U+0653 → آ, ا + U+0654 → أ, ا + U+0655 → إ, و + U+0654 → ؤ,
///    ي + U+0654 → ئ, ە + U+0654 → ۀ, ہ + U+0654 → ۂ, ے + U+0654 → ۓ. So
///    decomposed and precomposed input normalize alike. Composition looks at the
///    output, so it also applies once a removed character (tatweel, an invisible
///    mark) no longer stands between the letter and the mark, and the composed
///    letter then goes through the letter folds. With
///    [`fold_persian`](Normalizer::fold_persian) on, ە and ہ are already written
///    as ه, so ه + U+0654 composes too (to ۀ, folded to ه), and ە + U+0654 ends
///    like ۀ. At most 30 harakat are looked through (the Stream-Safe limit of
///    UAX #15), which keeps normalization linear on any input.
/// 1. [`decompose_presentation_forms`](Normalizer::decompose_presentation_forms):
///    the Arabic presentation forms U+FB50–U+FDFF and U+FE70–U+FEFE are replaced
///    by their compatibility decomposition (ﻷ → لأ, the hamza stays; ﷲ → الله;
///    ﺍﻟﺴﻼﻡ → السلام), and the result goes through every other operation. Nothing
///    outside those two blocks is touched: `x²` and full-width Latin stay.
/// 2. [`remove_invisible`](Normalizer::remove_invisible): the characters of
///    [`chars::is_invisible`](crate::chars::is_invisible) are removed (ZWSP, ZWNJ,
///    ZWJ, LRM, RLM, ALM U+061C, bidi controls U+202A–U+202E and U+2066–U+2069,
///    word joiner U+2060–U+2064, BOM U+FEFF, soft hyphen U+00AD).
/// 3. [`strip_tatweel`](Normalizer::strip_tatweel): tatweel U+0640 is removed.
/// 4. [`strip_diacritics`](Normalizer::strip_diacritics): the marks of
///    [`chars::is_diacritic`](crate::chars::is_diacritic) are removed
///    (U+064B–U+065F, U+0670, U+0610–U+061A, U+06D6–U+06ED);
///    [`keep_shadda`](Normalizer::keep_shadda) keeps U+0651, and
///    [`superscript_alef_to_alef`](Normalizer::superscript_alef_to_alef) turns
///    U+0670 into ا (هٰذا → هاذا), except after alef maksura ى, where the
///    superscript alef only marks the maksura's sound and is removed.
/// 5. [`fold_persian`](Normalizer::fold_persian): Persian and Urdu letters become
///    their Arabic counterparts: ی U+06CC, ې U+06D0, ۍ U+06CD, ے U+06D2 → ي;
///    ۓ U+06D3, ٸ U+0678 → ئ; ک U+06A9, ڪ U+06AA → ك; ۀ U+06C0, ہ U+06C1,
///    ۂ U+06C2, ھ U+06BE, ە U+06D5 → ه; ۃ U+06C3 → ة; ٶ U+0676, ٷ U+0677 → ؤ.
///    Letters with no Arabic counterpart (پ چ ژ گ ڤ ڨ) stay.
/// 6. [`fold_alef`](Normalizer::fold_alef): أ إ آ ٱ ٲ ٳ ٵ → ا.
/// 7. [`fold_alef_maksura`](Normalizer::fold_alef_maksura): ى → ي (never ى → ا).
/// 8. [`fold_teh_marbuta`](Normalizer::fold_teh_marbuta): ة → ه.
/// 9. [`hamza`](Normalizer::hamza): [`Hamza::Keep`]; [`Hamza::FoldCarriers`]
///    turns ؤ → و and ئ → ي; [`Hamza::ToHamza`] turns ؤ ئ (and أ إ ٲ ٳ ٵ when
///    `fold_alef` is off) into ء.
/// 10. [`fold_digits`](Normalizer::fold_digits): ٠–٩ U+0660–U+0669 and ۰–۹
///     U+06F0–U+06F9 → 0–9, and the Arabic decimal separator ٫ U+066B → `.` and
///     thousands separator ٬ U+066C → `,` when they stand between two digits.
/// 11. [`normalize_spaces`](Normalizer::normalize_spaces): NBSP U+00A0,
///     U+2000–U+200A, U+202F, U+205F and U+3000 become a space, and a run of
///     spaces becomes one space (newlines, tabs and other line breaks stay).
/// 12. [`lowercase_latin`](Normalizer::lowercase_latin): Latin letters
///     (U+0041–U+024F, U+1E00–U+1EFF) are lowercased; other scripts are not
///     touched.
/// 13. [`fold_punctuation`](Normalizer::fold_punctuation): ، ؛ ؟ → `,` `;` `?`
///     (in no preset).
///
/// Every operation maps characters to characters of the same or an earlier
/// stage, so normalizing twice gives the same result as normalizing once.
///
/// # Speed
///
/// [`Normalizer::normalize`] scans the text 64 bytes at a time for the bytes that
/// may need work under the configuration (a 64-bit set per lead byte, indexed by
/// the next byte: for the two-byte Arabic block that is the exact set of code
/// points touched; the presets first sift each block with byte comparisons the
/// compiler vectorizes, then check the few flagged bytes against those sets)
/// and returns the text borrowed, without allocating, when none changes
/// anything. Otherwise it copies the unchanged prefix once, then the
/// unchanged runs between those bytes; a character of the Arabic block whose
/// fate does not depend on its neighbours (a removed mark, a folded letter, a
/// digit) is looked up in a per-configuration table, and every other one goes
/// through the same per-character step as the reference implementation the
/// tests check the fast path against. The presets' tables are built at compile
/// time; other configurations build theirs on each call (a few dozen
/// instructions, or 4 KiB of tables for texts over 16 KiB). Linear time, no
/// `unsafe`, no regex.
///
/// # Example
///
/// ```
/// use arabic_news::Normalizer;
///
/// let n = Normalizer::SEARCH;
/// assert_eq!(n.normalize("إِلى الـمدرسةِ"), "الي المدرسه");
/// assert_eq!(Normalizer::DISPLAY.normalize("الـعربية"), "العربية");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Normalizer {
    strip_tatweel: bool,
    strip_diacritics: bool,
    keep_shadda: bool,
    superscript_alef_to_alef: bool,
    fold_alef: bool,
    fold_alef_maksura: bool,
    fold_teh_marbuta: bool,
    hamza: Hamza,
    fold_persian: bool,
    fold_digits: bool,
    decompose_presentation_forms: bool,
    remove_invisible: bool,
    normalize_spaces: bool,
    lowercase_latin: bool,
    fold_punctuation: bool,
}

impl Normalizer {
    /// For search indexes and matching: removes tatweel and diacritics, folds
    /// alef variants, alef maksura, teh marbuta, Persian letters and digits,
    /// decomposes presentation forms, removes invisible characters, normalizes
    /// spaces and lowercases Latin. Hamza carriers (ؤ ئ) are kept, as Lucene
    /// keeps them; Arabic punctuation is kept.
    ///
    /// # How it differs from Lucene and CAMeL Tools
    ///
    /// - Lucene's `ArabicNormalizer` folds أ إ آ → ا, ى → ي, ة → ه and removes
    ///   tatweel and harakat U+064B–U+0652 only. SEARCH also removes U+0653–U+065F,
    ///   the superscript alef and the Quranic marks, folds ٱ ٲ ٳ ٵ, Persian
    ///   letters (Lucene does that in a separate `PersianNormalizer`) and digits,
    ///   decomposes presentation forms (Lucene leaves ﻷ as it is), removes bidi
    ///   controls and composes decomposed hamza first (Lucene would strip the
    ///   combining hamza and keep the bare alef, which agrees here only because
    ///   the alef is folded anyway).
    /// - CAMeL Tools splits the work into `dediac_ar`, `normalize_alef_ar`,
    ///   `normalize_alef_maksura_ar` and `normalize_teh_marbuta_ar`; its
    ///   `normalize_unicode` applies NFKC to the whole text, which also rewrites
    ///   `x²` → `x2`, `…` → `...` and full-width Latin. SEARCH decomposes only
    ///   the Arabic presentation forms, and does everything in one pass. On the
    ///   team's 114-input probe, CAMeL's chain also differs where SEARCH:
    ///   composes decomposed hamza and madda first (`dediac_ar` leaves
    ///   ا + U+0654 as two characters); removes U+0653–U+065F and the Quranic
    ///   marks U+06D6–U+06ED (CAMeL keeps them, and tatweel); folds ٲ ٳ ٵ with
    ///   the other alef variants; folds Persian letters, digits and spaces; and
    ///   removes invisible controls such as the BOM, ZWNJ and bidi marks.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::Normalizer;
    /// assert_eq!(Normalizer::SEARCH.normalize("أَحْمَد"), "احمد");
    /// assert_eq!(Normalizer::SEARCH.normalize("ﻷ"), "لا");
    /// assert_eq!(Normalizer::SEARCH.normalize("٢٠٢٣"), "2023");
    /// ```
    pub const SEARCH: Normalizer = Normalizer::new()
        .strip_tatweel(true)
        .strip_diacritics(true)
        .fold_alef(true)
        .fold_alef_maksura(true)
        .fold_teh_marbuta(true)
        .fold_persian(true)
        .fold_digits(true)
        .decompose_presentation_forms(true)
        .remove_invisible(true)
        .normalize_spaces(true)
        .lowercase_latin(true);

    /// Lossless for a reader: removes tatweel and invisible characters, folds
    /// Persian letters, decomposes presentation forms and normalizes spaces.
    /// Diacritics, hamza, alef forms, ى, ة and digits stay as written.
    ///
    /// One loss to know: the tatweel of the Hijri abbreviation هـ goes too
    /// (`1445 هـ` becomes `1445 ه`), since the normalizer decides character by
    /// character and that tatweel is the same code point as a decorative one.
    /// When the abbreviation must stay as written, use
    /// `Normalizer::DISPLAY.strip_tatweel(false)` (the date parser reads both
    /// spellings).
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::Normalizer;
    /// assert_eq!(Normalizer::DISPLAY.normalize("مُـحَـمَّد"), "مُحَمَّد");
    /// assert_eq!(Normalizer::DISPLAY.normalize("ﷲ"), "الله");
    /// assert_eq!(Normalizer::DISPLAY.normalize("1445 هـ"), "1445 ه");
    /// assert_eq!(Normalizer::DISPLAY.strip_tatweel(false).normalize("1445 هـ"), "1445 هـ");
    /// ```
    pub const DISPLAY: Normalizer = Normalizer::new()
        .strip_tatweel(true)
        .fold_persian(true)
        .decompose_presentation_forms(true)
        .remove_invisible(true)
        .normalize_spaces(true);

    /// A normalizer that changes nothing (but the always-on composition of
    /// decomposed hamza and madda).
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::Normalizer;
    /// assert_eq!(Normalizer::new().normalize("أَحْمَد"), "أَحْمَد");
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Normalizer {
            strip_tatweel: false,
            strip_diacritics: false,
            keep_shadda: false,
            superscript_alef_to_alef: false,
            fold_alef: false,
            fold_alef_maksura: false,
            fold_teh_marbuta: false,
            hamza: Hamza::Keep,
            fold_persian: false,
            fold_digits: false,
            decompose_presentation_forms: false,
            remove_invisible: false,
            normalize_spaces: false,
            lowercase_latin: false,
            fold_punctuation: false,
        }
    }

    /// Removes tatweel U+0640.
    ///
    /// # Example
    ///
    /// ```
    /// let n = arabic_news::Normalizer::new().strip_tatweel(true);
    /// assert_eq!(n.normalize("الســلام"), "السلام");
    /// ```
    #[must_use]
    pub const fn strip_tatweel(mut self, yes: bool) -> Self {
        self.strip_tatweel = yes;
        self
    }

    /// Removes diacritics: U+064B–U+065F, U+0670, U+0610–U+061A, U+06D6–U+06ED.
    ///
    /// # Example
    ///
    /// ```
    /// let n = arabic_news::Normalizer::new().strip_diacritics(true);
    /// assert_eq!(n.normalize("مُحَمَّدٌ"), "محمد");
    /// ```
    #[must_use]
    pub const fn strip_diacritics(mut self, yes: bool) -> Self {
        self.strip_diacritics = yes;
        self
    }

    /// With [`strip_diacritics`](Self::strip_diacritics), keeps shadda U+0651.
    ///
    /// # Example
    ///
    /// ```
    /// let n = arabic_news::Normalizer::new().strip_diacritics(true).keep_shadda(true);
    /// assert_eq!(n.normalize("مُحَمَّدٌ"), "محمّد");
    /// ```
    #[must_use]
    pub const fn keep_shadda(mut self, yes: bool) -> Self {
        self.keep_shadda = yes;
        self
    }

    /// With [`strip_diacritics`](Self::strip_diacritics), turns the superscript
    /// alef U+0670 into ا instead of removing it (except after ى).
    ///
    /// # Example
    ///
    /// ```
    /// let n = arabic_news::Normalizer::new().strip_diacritics(true).superscript_alef_to_alef(true);
    /// assert_eq!(n.normalize("هٰذا"), "هاذا");
    /// assert_eq!(n.normalize("موسىٰ"), "موسى");
    /// ```
    #[must_use]
    pub const fn superscript_alef_to_alef(mut self, yes: bool) -> Self {
        self.superscript_alef_to_alef = yes;
        self
    }

    /// Folds the alef variants أ إ آ ٱ ٲ ٳ ٵ to ا.
    ///
    /// # Example
    ///
    /// ```
    /// let n = arabic_news::Normalizer::new().fold_alef(true);
    /// assert_eq!(n.normalize("أحمد إبراهيم آمنة ٱلكتاب"), "احمد ابراهيم امنة الكتاب");
    /// ```
    #[must_use]
    pub const fn fold_alef(mut self, yes: bool) -> Self {
        self.fold_alef = yes;
        self
    }

    /// Folds alef maksura ى to yeh ي (never to alef).
    ///
    /// # Example
    ///
    /// ```
    /// let n = arabic_news::Normalizer::new().fold_alef_maksura(true);
    /// assert_eq!(n.normalize("على"), "علي");
    /// ```
    #[must_use]
    pub const fn fold_alef_maksura(mut self, yes: bool) -> Self {
        self.fold_alef_maksura = yes;
        self
    }

    /// Folds teh marbuta ة to heh ه.
    ///
    /// # Example
    ///
    /// ```
    /// let n = arabic_news::Normalizer::new().fold_teh_marbuta(true);
    /// assert_eq!(n.normalize("مدرسة"), "مدرسه");
    /// ```
    #[must_use]
    pub const fn fold_teh_marbuta(mut self, yes: bool) -> Self {
        self.fold_teh_marbuta = yes;
        self
    }

    /// Sets what happens to hamza forms; see [`Hamza`].
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Hamza, Normalizer};
    /// let n = Normalizer::new().hamza(Hamza::FoldCarriers);
    /// assert_eq!(n.normalize("سؤال"), "سوال");
    /// ```
    #[must_use]
    pub const fn hamza(mut self, mode: Hamza) -> Self {
        self.hamza = mode;
        self
    }

    /// Folds Persian and Urdu letters to their Arabic counterparts (ی → ي,
    /// ک → ك, ۀ → ه, …; the table is in
    /// [the operations](Normalizer#the-operations-in-the-order-they-apply)).
    ///
    /// # Example
    ///
    /// ```
    /// let n = arabic_news::Normalizer::new().fold_persian(true);
    /// assert_eq!(n.normalize("کتاب علی"), "كتاب علي");
    /// ```
    #[must_use]
    pub const fn fold_persian(mut self, yes: bool) -> Self {
        self.fold_persian = yes;
        self
    }

    /// Folds Arabic-Indic and extended Arabic-Indic digits to ASCII, with ٫ → `.`
    /// and ٬ → `,` between digits.
    ///
    /// # Example
    ///
    /// ```
    /// let n = arabic_news::Normalizer::new().fold_digits(true);
    /// assert_eq!(n.normalize("٣٫٥ و۱۲"), "3.5 و12");
    /// ```
    #[must_use]
    pub const fn fold_digits(mut self, yes: bool) -> Self {
        self.fold_digits = yes;
        self
    }

    /// Replaces Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) by their
    /// compatibility decomposition; nothing else is NFKC-normalized.
    ///
    /// # Example
    ///
    /// ```
    /// let n = arabic_news::Normalizer::new().decompose_presentation_forms(true);
    /// assert_eq!(n.normalize("ﻷ x²"), "لأ x²");
    /// ```
    #[must_use]
    pub const fn decompose_presentation_forms(mut self, yes: bool) -> Self {
        self.decompose_presentation_forms = yes;
        self
    }

    /// Removes invisible format characters (zero-width, bidi controls, BOM, soft
    /// hyphen; see [`chars::is_invisible`](crate::chars::is_invisible)).
    ///
    /// # Example
    ///
    /// ```
    /// let n = arabic_news::Normalizer::new().remove_invisible(true);
    /// assert_eq!(n.normalize("\u{200F}مرحبا\u{200C}"), "مرحبا");
    /// ```
    #[must_use]
    pub const fn remove_invisible(mut self, yes: bool) -> Self {
        self.remove_invisible = yes;
        self
    }

    /// Turns NBSP and the other fixed-width spaces into a space and collapses
    /// runs of spaces; line breaks and tabs stay.
    ///
    /// # Example
    ///
    /// ```
    /// let n = arabic_news::Normalizer::new().normalize_spaces(true);
    /// assert_eq!(n.normalize("a\u{00A0} b\nc"), "a b\nc");
    /// ```
    #[must_use]
    pub const fn normalize_spaces(mut self, yes: bool) -> Self {
        self.normalize_spaces = yes;
        self
    }

    /// Lowercases Latin letters (U+0041–U+024F, U+1E00–U+1EFF).
    ///
    /// # Example
    ///
    /// ```
    /// let n = arabic_news::Normalizer::new().lowercase_latin(true);
    /// assert_eq!(n.normalize("CNN عربية"), "cnn عربية");
    /// ```
    #[must_use]
    pub const fn lowercase_latin(mut self, yes: bool) -> Self {
        self.lowercase_latin = yes;
        self
    }

    /// Folds Arabic punctuation ، ؛ ؟ to `,` `;` `?`. In no preset.
    ///
    /// # Example
    ///
    /// ```
    /// let n = arabic_news::Normalizer::new().fold_punctuation(true);
    /// assert_eq!(n.normalize("نعم، لا؟"), "نعم, لا?");
    /// ```
    #[must_use]
    pub const fn fold_punctuation(mut self, yes: bool) -> Self {
        self.fold_punctuation = yes;
        self
    }

    /// Normalizes `text`, returning it borrowed, without allocating, when nothing
    /// changes.
    ///
    /// The text is scanned up to the first character that changes; when there is
    /// none, the result is `Cow::Borrowed(text)` and nothing was allocated.
    /// Otherwise the unchanged prefix is copied once and the rest normalized
    /// into one `String`. Infallible, linear in the input, and normalizing the
    /// result again changes nothing.
    ///
    /// # Example
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use arabic_news::Normalizer;
    ///
    /// assert!(matches!(Normalizer::SEARCH.normalize("مدرسه"), Cow::Borrowed(_)));
    /// assert_eq!(Normalizer::SEARCH.normalize("مدرسة"), "مدرسه");
    /// ```
    #[must_use]
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        macro_rules! go {
            ($bits:expr) => {
                self.normalize_with($bits, text)
            };
        }
        with_bits!(self, text, go)
    }

    /// [`normalize`](Self::normalize) with the tables already chosen.
    #[inline]
    fn normalize_with<'a, B: fast::Bits>(&self, bits: &B, text: &'a str) -> Cow<'a, str> {
        match fast::first_change(self, bits, text) {
            None => Cow::Borrowed(text),
            Some(at) => {
                let mut out = String::with_capacity(text.len() + fast::SPARE);
                out.push_str(&text[..at]);
                fast::run(self, bits, text, at, &mut out, 0);
                Cow::Owned(out)
            }
        }
    }

    /// [`Prepared::append`] with the tables chosen.
    #[inline]
    #[cfg_attr(not(feature = "tantivy"), allow(dead_code))] // used by the tantivy token stream
    fn append_with<B: fast::Bits>(&self, bits: &B, text: &str, out: &mut String) {
        match fast::first_change(self, bits, text) {
            None => out.push_str(text),
            Some(at) => {
                let start = out.len();
                out.reserve(text.len() + fast::SPARE);
                out.push_str(&text[..at]);
                fast::run(self, bits, text, at, out, start);
            }
        }
    }

    /// This normalizer with its tables chosen once, for callers that normalize
    /// many short texts (the words of [`crate::Analyzer::terms`]).
    pub(crate) fn prepare(&self) -> Prepared {
        if *self == Normalizer::SEARCH {
            Prepared::Search
        } else if *self == Normalizer::DISPLAY {
            Prepared::Display
        } else if *self == crate::stopwords::STOP_KEY {
            Prepared::StopKey
        } else {
            Prepared::Other(*self)
        }
    }

    /// Appends the normalized `text` to `out`, for callers who reuse a buffer.
    ///
    /// What `out` already holds is left as it is and never merged with the new
    /// text (a space at its end does not swallow a space at the start of `text`,
    /// and a letter at its end does not compose with a hamza starting `text`).
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::Normalizer;
    ///
    /// let mut out = String::from("> ");
    /// Normalizer::SEARCH.normalize_into("أحمد", &mut out);
    /// assert_eq!(out, "> احمد");
    /// ```
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        let start = out.len();
        out.reserve(text.len() + fast::SPARE);
        macro_rules! go {
            ($bits:expr) => {
                fast::run(self, $bits, text, 0, out, start)
            };
        }
        with_bits!(self, text, go)
    }

    /// The per-character reference implementation: the specification the fast
    /// path of [`normalize_into`](Self::normalize_into) is tested against.
    ///
    /// **Test-only**: hidden from the docs, not part of the public API, and it
    /// may change or go away in any release. It gives the same output as
    /// `normalize_into`, only slower.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::Normalizer;
    ///
    /// let (mut fast, mut slow) = (String::new(), String::new());
    /// Normalizer::SEARCH.normalize_into("أَحْمَد", &mut fast);
    /// Normalizer::SEARCH.reference_normalize_into("أَحْمَد", &mut slow);
    /// assert_eq!(fast, slow);
    /// ```
    #[doc(hidden)]
    pub fn reference_normalize_into(&self, text: &str, out: &mut String) {
        reference::normalize_into(self, text, out);
    }

    /// Operations 5–9 on one letter.
    const fn fold_letter(&self, c: char) -> char {
        let mut c = c;
        if self.fold_persian {
            c = persian_fold(c);
        }
        if self.fold_alef && is_alef_variant(c) {
            c = 'ا';
        }
        if self.fold_alef_maksura && c == 'ى' {
            c = 'ي';
        }
        if self.fold_teh_marbuta && c == 'ة' {
            c = 'ه';
        }
        match self.hamza {
            Hamza::Keep => c,
            Hamza::FoldCarriers => match c {
                'ؤ' => 'و',
                'ئ' => 'ي',
                other => other,
            },
            Hamza::ToHamza => {
                if is_hamza_form(c) {
                    'ء'
                } else {
                    c
                }
            }
        }
    }
}

/// Operation 5: the Persian and Urdu letters and their Arabic counterparts.
const fn persian_fold(c: char) -> char {
    match c {
        'ی' | 'ې' | 'ۍ' | 'ے' => 'ي',
        'ۓ' | 'ٸ' => 'ئ',
        'ک' | 'ڪ' => 'ك',
        'ۀ' | 'ہ' | 'ۂ' | 'ھ' | 'ە' => 'ه',
        'ۃ' => 'ة',
        'ٶ' | 'ٷ' => 'ؤ',
        other => other,
    }
}

/// Operation 6: the alef variants folded to ا.
const fn is_alef_variant(c: char) -> bool {
    matches!(c, 'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' | 'ٵ')
}

/// Operation 9, [`Hamza::ToHamza`]: the forms that become ء.
const fn is_hamza_form(c: char) -> bool {
    matches!(c, 'ؤ' | 'ئ' | 'أ' | 'إ' | 'ٲ' | 'ٳ' | 'ٵ')
}

/// The spaces that operation 11 turns into U+0020 (U+0020 itself included).
const fn is_space_like(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}')
}

/// The Latin letters that operation 12 lowercases.
const fn is_latin(c: char) -> bool {
    matches!(c, 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// Normalizes `text` with [`Normalizer::SEARCH`], borrowing it when nothing
/// changes.
///
/// # Example
///
/// ```
/// assert_eq!(arabic_news::normalize("أحمد"), "احمد");
/// assert_eq!(arabic_news::normalize("مَدْرَسَةٌ"), "مدرسه");
/// ```
#[must_use]
pub fn normalize(text: &str) -> Cow<'_, str> {
    Normalizer::SEARCH.normalize(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_and_precomposed_alike() {
        for n in [Normalizer::new(), Normalizer::DISPLAY, Normalizer::SEARCH] {
            assert_eq!(n.normalize("ا\u{0654}حمد"), n.normalize("أحمد"));
            assert_eq!(n.normalize("ا\u{0653}خر"), n.normalize("آخر"));
            assert_eq!(n.normalize("مسو\u{0654}ول"), n.normalize("مسؤول"));
            assert_eq!(n.normalize("ا\u{064E}\u{0654}"), n.normalize("أ\u{064E}"));
        }
    }

    #[test]
    fn composition_sees_through_removed_characters() {
        let n = Normalizer::DISPLAY;
        let once = n.normalize("ا\u{0640}\u{0654}");
        assert_eq!(once, "أ");
        assert_eq!(n.normalize(&once), once);
    }

    #[test]
    fn digit_separators_only_between_digits() {
        let n = Normalizer::SEARCH;
        assert_eq!(n.normalize("١٬٠٠٠٫٥"), "1,000.5");
        assert_eq!(n.normalize("٫٥"), "\u{066B}5");
        assert_eq!(n.normalize("٣٫ـ٥"), "3.5");
    }

    #[test]
    fn persian_heh_with_hamza_like_precomposed() {
        // ە + U+0654 is ۀ decomposed; with Persian folding ە is written as ه first,
        // and ه + U+0654 still ends as ۀ does.
        for n in [Normalizer::DISPLAY, Normalizer::SEARCH, Normalizer::new().fold_persian(true)] {
            assert_eq!(n.normalize("\u{06D5}\u{0654}"), n.normalize("\u{06C0}"));
            assert_eq!(n.normalize("\u{06C1}\u{0654}"), n.normalize("\u{06C2}"));
            assert_eq!(n.normalize("كتابه\u{0654}"), "كتابه");
        }
        // Without Persian folding, ه + U+0654 is left alone (NFC does not compose it).
        assert_eq!(Normalizer::new().normalize("ه\u{0654}"), "ه\u{0654}");
    }

    #[test]
    fn normalize_into_never_merges_with_what_out_holds() {
        let mut out = String::from("ا");
        Normalizer::DISPLAY.normalize_into("\u{0654}", &mut out);
        assert_eq!(out, "ا\u{0654}");
        let mut out = String::from("a ");
        Normalizer::SEARCH.normalize_into(" b", &mut out);
        assert_eq!(out, "a  b");
        let mut out = String::from("3\u{066B}");
        Normalizer::SEARCH.normalize_into("5", &mut out);
        assert_eq!(out, "3\u{066B}5");
    }

    /// The preset's tables are the compact form's, and its sieve flags every
    /// candidate of every pair of bytes.
    #[track_caller]
    fn check_preset<B: fast::Bits>(n: &Normalizer, preset: &B) {
        use fast::Bits;
        let compact = fast::Compact::new(n);
        let sieve = fast::Sieve::new(&compact);
        for b in 0..=255u8 {
            assert_eq!(preset.bits(b), compact.bits(b), "byte {b:#04X}");
            // The pairs of valid UTF-8 where the table reads `next` exactly: after
            // a lead byte, its continuation bytes; after ASCII, the bytes up to
            // 0x3F (the table reads `next & 63`, so ' ' followed by '`' is a
            // candidate too, a harmless alias the sieve need not copy).
            let nexts = if b >= 0xC2 { 0x80..=0xBF } else { 0x00..=0x3F };
            for next in nexts {
                if (compact.bits(b) >> (next & 63)) & 1 != 0 {
                    assert!(sieve.flag(b, next), "{n:?}: {b:#04X} {next:#04X} not flagged");
                }
            }
        }
    }

    #[test]
    fn presets_tables_match_their_compact_form() {
        check_preset(&Normalizer::SEARCH, &fast::SEARCH_BITS);
        check_preset(&Normalizer::DISPLAY, &fast::DISPLAY_BITS);
        check_preset(&crate::stopwords::STOP_KEY, &fast::STOP_BITS);
    }

    #[test]
    fn spaces_collapse_but_lines_stay() {
        let n = Normalizer::SEARCH;
        assert_eq!(n.normalize("ا \u{200B} ب\n\n ج"), "ا ب\n\n ج");
    }
}
