//! Sentence spans, built on the token stream (so that the dots inside numbers,
//! URLs and e-mails are never sentence ends).

use std::iter::FusedIterator;

use super::{Span, Token, TokenKind, Tokens, class, tokenize};
use crate::chars::digit_value;

/// One sentence: a slice of the input without leading or trailing white space.
///
/// `'a` is the lifetime of the text given to [`sentences`].
///
/// # Example
///
/// ```
/// let text = "  قال د. أحمد: انتهى.  ";
/// let s = arabic_news::sentences(text).next().unwrap();
/// assert_eq!(s.as_str(), "قال د. أحمد: انتهى.");
/// assert_eq!(&text[s.span()], s.as_str());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sentence<'a> {
    text: &'a str,
    start: usize,
    /// The whole input, so that [`Sentence::tokens`] sees the same context as
    /// [`tokenize`] on the whole text.
    whole: &'a str,
}

impl<'a> Sentence<'a> {
    /// The sentence's text, borrowed from the input.
    ///
    /// # Example
    ///
    /// ```
    /// let s = arabic_news::sentences("نعم. لا.").nth(1).unwrap();
    /// assert_eq!(s.as_str(), "لا.");
    /// ```
    #[must_use]
    pub const fn as_str(&self) -> &'a str {
        self.text
    }

    /// The sentence's byte range in the input.
    ///
    /// # Example
    ///
    /// ```
    /// let s = arabic_news::sentences("نعم. لا.").nth(1).unwrap();
    /// assert_eq!(s.span(), arabic_news::Span::new(8, 13));
    /// ```
    #[must_use]
    pub const fn span(&self) -> Span {
        Span { start: self.start, end: self.start + self.text.len() }
    }

    /// The tokens of the sentence, with spans into the whole input: the same
    /// tokens as [`tokenize`] gives for that stretch of the whole text.
    ///
    /// # Example
    ///
    /// ```
    /// let s = arabic_news::sentences("أ. قال نعم").nth(0).unwrap();
    /// let words: Vec<_> = s.tokens().filter(|t| t.is_word()).map(|t| t.span().start).collect();
    /// assert_eq!(words, [0, 4, 11]);
    /// ```
    pub fn tokens(&self) -> impl Iterator<Item = Token<'a>> + Clone + use<'a> {
        let end = self.start + self.text.len();
        Tokens::starting_at(self.whole, self.start).take_while(move |t| t.start < end)
    }
}

/// Splits `text` into sentences.
///
/// A sentence ends:
/// - after a run of terminators `. ? ! … ؟ ؛ ۔ ‼ ⁇ ⁈ ⁉` and the closing quotes
///   and brackets right after it (`" ' ) ] } » ” ’ › ﴾`), when what follows is
///   not a word or number glued to it (so `example.com` and `ق.م` do not split);
/// - at a line break (`\n`, `\r`, VT, FF, NEL U+0085, U+2028, U+2029).
///
/// It never ends at the clause comma `،` (or `,` `:` `;`), inside a number
/// (`3.5`, `٣٫٥`), a URL or an e-mail, nor at a `.` glued to an abbreviation:
/// a word of one letter (`د.` doctor, `م.` engineer, `ص.`, `ج.`, `أ.د.`,
/// initials `J.`) or one of `Dr Mr Mrs Ms Prof St Jr Sr No vs Inc Ltd Co`.
///
/// The year marks are the exception: `م` (Gregorian) and `هـ` (Hijri) right
/// after a number, with or without a space (`2015م.`, `1436 هـ.`), end the
/// sentence like any other word. In the bulk news corpus all 51 such dots end
/// a sentence (`… 23 أغسطس 2015م. وأوضح …`), while `م.` after a space is the
/// engineer's title (`قال م. محمد`).
///
/// Sentences are trimmed of white space, and blank stretches yield nothing;
/// the spans point into `text`.
///
/// # Example
///
/// ```
/// let text = "قال د. أحمد إن النمو بلغ ٣٫٥٪ عام 2023. هل يستمر؟ «نعم.» قال.\nسطر جديد";
/// let s: Vec<_> = arabic_news::sentences(text).map(|s| s.as_str()).collect();
/// assert_eq!(s, ["قال د. أحمد إن النمو بلغ ٣٫٥٪ عام 2023.", "هل يستمر؟", "«نعم.»", "قال.", "سطر جديد"]);
/// ```
///
/// # Speed
///
/// Only the decisions need tokens: a sentence ends at a line break or a
/// terminator, so the tokens between two such characters are skipped. A
/// bitmask of each 64-byte block finds the next character that may be one; the
/// tokenizer restarts at the last run of spaces before it (a token boundary),
/// so the tokens around each candidate are the ones [`tokenize`] gives for the
/// whole text. The token-by-token walk is kept as the reference the fast path
/// is tested against.
#[must_use]
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences::new(text, true)
}

/// [`sentences`] without skipping: every token walked, the specification the
/// skipping path is tested against.
///
/// **Test-only**: hidden from the docs, not part of the public API, and it may
/// change or go away in any release.
///
/// # Example
///
/// ```
/// let text = "قال د. أحمد: انتهى. ثم عاد";
/// assert!(arabic_news::sentences(text).eq(arabic_news::reference_sentences(text)));
/// ```
#[doc(hidden)]
#[must_use]
pub fn reference_sentences(text: &str) -> Sentences<'_> {
    Sentences::new(text, false)
}

/// The iterator of [`sentences`].
///
/// # Example
///
/// ```
/// let mut it = arabic_news::sentences("أولا. ثانيا.");
/// it.next();
/// assert_eq!(it.as_str(), " ثانيا.");
/// ```
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    tokens: Tokens<'a>,
    /// Whether stretches without a candidate are skipped (see [`sentences`]).
    skip: bool,
    /// The 64-byte block (a multiple of 64) that `mask` describes, or `usize::MAX`.
    block: usize,
    /// Bit `k` is set when byte `block + k` may start a line break or a
    /// terminator (see [`maybe_trigger`]).
    mask: u64,
    /// The next candidate at or after the position it was searched from (the
    /// text's length when there is none).
    candidate: usize,
    /// Whether a jump towards `candidate` was tried already (each is tried once,
    /// which keeps the whole walk linear).
    tried: bool,
}

impl<'a> Sentences<'a> {
    fn new(text: &'a str, skip: bool) -> Self {
        Sentences {
            text,
            tokens: tokenize(text),
            skip,
            block: usize::MAX,
            mask: 0,
            candidate: 0,
            tried: true,
        }
    }

    /// The part of the text not yet split.
    ///
    /// # Example
    ///
    /// ```
    /// let mut it = arabic_news::sentences("أ؟ ب");
    /// it.next();
    /// assert_eq!(it.as_str(), " ب");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.tokens.as_str()
    }

    fn sentence(&self, start: usize, end: usize) -> Sentence<'a> {
        Sentence { text: self.text.get(start..end).unwrap_or(""), start, whole: self.text }
    }
}

/// Sentence-ending punctuation.
fn is_terminator(s: &str) -> bool {
    matches!(s, "." | "?" | "!" | "…" | "؟" | "؛" | "۔" | "‼" | "⁇" | "⁈" | "⁉")
}

/// Closing quotes and brackets that stay with the sentence they close.
fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | ")" | "]" | "}" | "»" | "”" | "’" | "›" | "\u{FD3E}")
}

/// Latin abbreviations that take a dot without ending a sentence.
const LATIN_ABBREVIATIONS: [&str; 13] =
    ["Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "No", "vs", "Inc", "Ltd", "Co"];

/// Whether `word`, glued to a following `.`, is an abbreviation; `before` is the
/// text before the word.
fn is_abbreviation(word: &Token<'_>, before: &str) -> bool {
    if !matches!(word.kind(), TokenKind::Word(_)) {
        return false;
    }
    let s = word.as_str();
    let mut letters = s.chars().filter(|&c| class(c).is_letter());
    match (letters.next(), letters.next()) {
        (Some(letter), None) => {
            // A year mark after a number is not an abbreviation.
            let year_mark = matches!(letter, 'م' | 'ه')
                && before.trim_end().chars().next_back().is_some_and(|c| digit_value(c).is_some());
            !year_mark
        }
        _ => LATIN_ABBREVIATIONS.contains(&s),
    }
}

/// Whether a space token holds a line break.
fn has_line_break(s: &str) -> bool {
    s != " " && s.contains(['\n', '\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}'])
}

/// Whether byte `x` may belong to a line break (`\n \r` VT FF, NEL U+0085,
/// U+2028, U+2029) or a terminator (`. ? ! … ؟ ؛ ۔ ‼ ⁇ ⁈ ⁉`): the ASCII ones, the
/// lead bytes `C2` (NEL), `E2` (U+2000–U+2FFF) and `DB` (۔), and the second
/// bytes `9B` and `9F` (؛ ؟ are `D8 9B`, `D8 9F`; the lead `D8` starts half the
/// Arabic alphabet). A superset, one byte at a time, so that [`trigger_mask`]
/// vectorizes; a candidate may be the second byte of its character. The unit
/// test `trigger_predicate_covers_every_trigger` checks it.
#[inline(always)]
const fn maybe_trigger(x: u8) -> bool {
    (x == b'.')
        | (x == b'?')
        | (x == b'!')
        | (x.wrapping_sub(0x0A) < 4)
        | (x == 0xC2)
        | (x == 0xE2)
        | (x == 0xDB)
        | (x == 0x9B)
        | (x == 0x9F)
}

/// The candidate bitmask of the 64 bytes from `block` (see [`maybe_trigger`]);
/// bytes past the end of the text are unset.
#[inline(never)]
fn trigger_mask(b: &[u8], block: usize) -> u64 {
    super::bit_mask(super::window(b, block, &mut [0; 68]), |_, _, x, _| maybe_trigger(x))
}

/// Skipping only pays beyond this many bytes.
const MIN_JUMP: usize = 16;

impl<'a> Sentences<'a> {
    /// The first candidate at or after `from`, or the text's length.
    fn find_candidate(&mut self, from: usize) -> usize {
        let b = self.text.as_bytes();
        let mut i = from;
        while i < b.len() {
            let block = i & !63;
            if block != self.block {
                self.mask = trigger_mask(b, block);
                self.block = block;
            }
            let rest = self.mask >> (i - block);
            if rest != 0 {
                return i + rest.trailing_zeros() as usize;
            }
            i = block + 64;
        }
        b.len()
    }

    /// Where the walk may jump to from `pos` (a token boundary): the start of the
    /// last run of ASCII spaces before the next candidate, when the character
    /// before that run surely ends a token other than white space. No token but
    /// a white-space token holds a space, so such a run starts a token; the
    /// tokens skipped end with a non-space token that ends where the run starts.
    #[inline]
    fn jump(&mut self, pos: usize) -> Option<usize> {
        if self.candidate < pos {
            self.candidate = self.find_candidate(pos);
            self.tried = false;
        }
        if self.tried || self.candidate < pos + MIN_JUMP {
            return None;
        }
        self.tried = true;
        let b = self.text.as_bytes();
        let window = b.get(pos..self.candidate)?;
        let mut run = pos + window.iter().rposition(|&x| x == b' ')?;
        while run > pos && b[run - 1] == b' ' {
            run -= 1;
        }
        let before = b[run.checked_sub(1)?];
        let ends_token = if before < 0x80 {
            !matches!(before, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
        } else {
            // A two-byte character of U+0600–U+06FF other than the Arabic letter
            // mark U+061C (white space): never white space nor a joiner.
            let lead = b[run.checked_sub(2)?];
            run >= pos + 2 && lead & 0xFC == 0xD8 && !(lead == 0xD8 && before == 0x9C)
        };
        (ends_token && run > pos).then_some(run)
    }
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Sentence<'a>;

    fn next(&mut self) -> Option<Sentence<'a>> {
        let mut tok = loop {
            let t = self.tokens.next()?;
            if t.kind() != TokenKind::Space {
                break t;
            }
        };
        let start = tok.start;
        let mut end = tok.span().end;
        let mut prev: Option<Token<'a>> = None;
        loop {
            match tok.kind() {
                TokenKind::Space => {
                    if has_line_break(tok.as_str()) {
                        return Some(self.sentence(start, end));
                    }
                }
                TokenKind::Punct if is_terminator(tok.as_str()) => {
                    end = tok.span().end;
                    let abbreviation = tok.as_str() == "."
                        && prev.is_some_and(|p| {
                            p.span().end == tok.start
                                && is_abbreviation(&p, self.text.get(..p.start).unwrap_or(""))
                        });
                    if !abbreviation {
                        let mut look = self.tokens.clone();
                        let mut last = tok;
                        let next = loop {
                            match look.next() {
                                Some(t)
                                    if t.kind() == TokenKind::Punct
                                        && (is_terminator(t.as_str()) || is_closer(t.as_str())) =>
                                {
                                    last = t;
                                    self.tokens = look.clone();
                                }
                                other => break other,
                            }
                        };
                        end = last.span().end;
                        if !next.is_some_and(|t| t.is_word()) {
                            return Some(self.sentence(start, end));
                        }
                        tok = last;
                    }
                }
                _ => end = tok.span().end,
            }
            prev = Some(tok);
            if self.skip {
                if let Some(to) = self.jump(self.tokens.offset()) {
                    // Nothing between here and `to` can end the sentence.
                    end = to;
                    prev = None;
                    self.tokens.skip_to(to);
                }
            }
            match self.tokens.next() {
                Some(t) => tok = t,
                None => return Some(self.sentence(start, end)),
            }
        }
    }
}

impl FusedIterator for Sentences<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).map(|s| s.as_str()).collect()
    }

    #[test]
    fn terminators_split() {
        assert_eq!(
            split("ذهب. عاد؟ نعم! ربما… أجل؛ لا"),
            ["ذهب.", "عاد؟", "نعم!", "ربما…", "أجل؛", "لا"]
        );
    }

    #[test]
    fn clause_comma_does_not_split() {
        assert_eq!(split("قال، ثم مضى، وعاد."), ["قال، ثم مضى، وعاد."]);
    }

    #[test]
    fn numbers_urls_emails_do_not_split() {
        assert_eq!(
            split("بلغ 3.5 و٣٫٥ في www.spa.gov.sa ومن a.b@x.com أيضا."),
            ["بلغ 3.5 و٣٫٥ في www.spa.gov.sa ومن a.b@x.com أيضا."]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split("قال د. أحمد والمهندس م. علي. ثم"),
            ["قال د. أحمد والمهندس م. علي.", "ثم"]
        );
        assert_eq!(split("قال أ.د. سامي: ص. ب. 12"), ["قال أ.د. سامي: ص. ب. 12"]);
        assert_eq!(split("Dr. Smith met Mr. Jones. Then"), ["Dr. Smith met Mr. Jones.", "Then"]);
    }

    #[test]
    fn year_marks_after_numbers_end_sentences() {
        assert_eq!(split("الموافق 23 أغسطس 2015م. وأوضح"), ["الموافق 23 أغسطس 2015م.", "وأوضح"]);
        assert_eq!(split("عام 1436 هـ. وقال"), ["عام 1436 هـ.", "وقال"]);
        assert_eq!(split("موديل ٢٠١٥ م. وجاء"), ["موديل ٢٠١٥ م.", "وجاء"]);
        // The engineer's title is still an abbreviation.
        assert_eq!(split("وهنأ م. منصور القحطاني."), ["وهنأ م. منصور القحطاني."]);
    }

    #[test]
    fn closers_stay() {
        assert_eq!(split("قال: «انتهى.» ثم (ذهب!) وعاد."), ["قال: «انتهى.»", "ثم (ذهب!)", "وعاد."]);
        assert_eq!(split("ماذا؟!\" قال"), ["ماذا؟!\"", "قال"]);
    }

    #[test]
    fn line_breaks_split_and_blank_lines_vanish() {
        assert_eq!(split("عنوان\n\n  نص أول\r\nنص ثان\n"), ["عنوان", "نص أول", "نص ثان"]);
        assert!(split(" \n\t ").is_empty());
        assert!(split("").is_empty());
    }

    #[test]
    fn glued_dot_does_not_split() {
        assert_eq!(split("انتهى.وقال"), ["انتهى.وقال"]);
        assert_eq!(split("انتهى...وقال"), ["انتهى...وقال"]);
        assert_eq!(split("انتهى... وقال"), ["انتهى...", "وقال"]);
    }

    #[test]
    fn trigger_predicate_covers_every_trigger() {
        for c in ['.', '?', '!', '…', '؟', '؛', '۔', '‼', '⁇', '⁈', '⁉'] {
            assert!(is_terminator(c.encode_utf8(&mut [0; 4])), "{c}");
        }
        for u in 0..0x11_0000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let s = c.to_string();
            let trigger = is_terminator(&s) || has_line_break(&s);
            let b = s.as_bytes();
            if trigger {
                assert!(b.iter().take(2).any(|&x| maybe_trigger(x)), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn skipping_matches_the_reference() {
        let texts = [
            "قال د. أحمد إن النمو بلغ ٣٫٥٪ عام 2023. هل يستمر؟ «نعم.» قال.\nسطر جديد",
            "كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة.   ثم كلمة كلمة كلمة كلمة كلمة كلمة\u{200F} \n",
            "نص طويل بلا نهاية ولا نقطة ولا سطر جديد ولا شيء آخر على الإطلاق",
            "abc def ghi jkl mno pqr stu vwx. Dr. Smith met Mr. Jones at www.example.com/a?b. ok",
            "عنوان\u{00A0} نص نص نص نص نص نص نص نص نص نص ، نص نص نص نص م. علي وصل.",
            "الموافق 23 أغسطس 2015م. وأوضح المتحدث الرسمي باسم الوزارة أن اللقاء ناجح",
        ];
        for text in texts {
            let fast: Vec<_> = sentences(text).map(|s| s.span()).collect();
            let slow: Vec<_> = reference_sentences(text).map(|s| s.span()).collect();
            assert_eq!(fast, slow, "{text}");
        }
    }

    #[test]
    fn sentence_tokens_have_global_spans() {
        let text = "أ. ب؟ ج";
        for s in sentences(text) {
            for t in s.tokens() {
                assert_eq!(&text[t.span()], t.as_str());
            }
        }
    }
}
