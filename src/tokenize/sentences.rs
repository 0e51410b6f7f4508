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
#[must_use]
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences { text, tokens: tokenize(text) }
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
}

impl<'a> Sentences<'a> {
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
    fn sentence_tokens_have_global_spans() {
        let text = "أ. ب؟ ج";
        for s in sentences(text) {
            for t in s.tokens() {
                assert_eq!(&text[t.span()], t.as_str());
            }
        }
    }
}
