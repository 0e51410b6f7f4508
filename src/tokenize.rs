//! The tokenizer: zero-copy, lossless tokens with byte spans and kinds.
//!
//! [`tokenize`] splits a text into [`Token`]s that cover it exactly: every byte
//! belongs to one token, the tokens come in order, and concatenating their texts
//! gives back the input. Each token borrows its text from the input and knows its
//! byte [`Span`] and its [`TokenKind`]. [`words`] keeps only the words and
//! numbers, [`sentences`] groups the text into sentence spans, and
//! [`Tokens::normalized`] pairs each token with its normalized text.
//!
//! The rules are documented on [`tokenize`](fn@tokenize).

mod class;
mod sentences;

use std::borrow::Cow;
use std::iter::FusedIterator;
use std::ops::Range;

use self::class::{ARABIC, ASCII, Class, class, class_at, decode};
use crate::Normalizer;

pub use self::sentences::{Sentence, Sentences, reference_sentences, sentences};

/// The script of a [`TokenKind::Word`].
///
/// # Example
///
/// ```
/// use arabic_news::{Script, TokenKind, tokenize};
///
/// let kinds: Vec<_> = tokenize("CNNعربية").map(|t| t.kind()).collect();
/// assert_eq!(kinds, [TokenKind::Word(Script::Latin), TokenKind::Word(Script::Arabic)]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Script {
    /// Arabic letters (the Arabic blocks and presentation forms).
    Arabic,
    /// Latin letters.
    Latin,
    /// Any other letters (Cyrillic, Greek, CJK, …) and non-decimal numerals.
    Other,
}

/// What a [`Token`] is. See the [module rules](fn@crate::tokenize#rules) for the
/// exact characters of each kind.
///
/// # Example
///
/// ```
/// use arabic_news::{Script, TokenKind, tokenize};
///
/// let kinds: Vec<_> = tokenize("بلغ ١٢٫٥٪ #اقتصاد").map(|t| t.kind()).collect();
/// assert_eq!(
///     kinds,
///     [
///         TokenKind::Word(Script::Arabic),
///         TokenKind::Space,
///         TokenKind::Number,
///         TokenKind::Punct, // ٪
///         TokenKind::Space,
///         TokenKind::Hashtag,
///     ]
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, with its script: `مُحَمَّدٌ`, `الـعربية`, `CNN`.
    Word(Script),
    /// A number, separators between digits included: `2023`, `1,000.5`, `٣٫٥`.
    Number,
    /// One punctuation character: `.` `،` `؟` `«` `)` `%` `٪`.
    Punct,
    /// A run of white space and invisible format characters.
    Space,
    /// A symbol (currency, math, emoji, other signs) or a run of combining marks
    /// that belongs to no word.
    Symbol,
    /// A URL starting with `http://`, `https://` or `www.`.
    Url,
    /// An e-mail address.
    Email,
    /// A hashtag: `#كلمة_أخرى`.
    Hashtag,
    /// A mention: `@name`.
    Mention,
}

/// One token: a slice of the input with its position and kind.
///
/// `'a` is the lifetime of the text given to [`tokenize`]; the token borrows
/// from it and never copies.
///
/// # Example
///
/// ```
/// use arabic_news::{Span, tokenize};
///
/// let text = "قال د. أحمد";
/// let token = tokenize(text).nth(2).unwrap();
/// assert_eq!(token.as_str(), "د");
/// assert_eq!(token.span(), Span::new(7, 9));
/// assert_eq!(&text[token.span()], token.as_str());
/// assert!(token.is_word());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token<'a> {
    text: &'a str,
    start: usize,
    kind: TokenKind,
}

impl<'a> Token<'a> {
    /// The token's text, borrowed from the input.
    ///
    /// # Example
    ///
    /// ```
    /// let t = arabic_news::tokenize("مُحَمَّدٌ").next().unwrap();
    /// assert_eq!(t.as_str(), "مُحَمَّدٌ");
    /// ```
    #[must_use]
    pub const fn as_str(&self) -> &'a str {
        self.text
    }

    /// The token's byte range in the input: `&text[t.span()] == t.as_str()`.
    ///
    /// # Example
    ///
    /// ```
    /// let t = arabic_news::tokenize("في 2023م").last().unwrap();
    /// assert_eq!((t.as_str(), t.span().start, t.span().end), ("م", 9, 11));
    /// ```
    #[must_use]
    pub const fn span(&self) -> Span {
        Span { start: self.start, end: self.start + self.text.len() }
    }

    /// What the token is.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{TokenKind, tokenize};
    /// let t = tokenize("www.spa.gov.sa.").next().unwrap();
    /// assert_eq!((t.kind(), t.as_str()), (TokenKind::Url, "www.spa.gov.sa"));
    /// ```
    #[must_use]
    pub const fn kind(&self) -> TokenKind {
        self.kind
    }

    /// Whether the token is a word or a number: the tokens [`words`] yields.
    ///
    /// # Example
    ///
    /// ```
    /// let kept: Vec<_> = arabic_news::tokenize("عام 2023، قال")
    ///     .filter(|t| t.is_word())
    ///     .map(|t| t.as_str())
    ///     .collect();
    /// assert_eq!(kept, ["عام", "2023", "قال"]);
    /// ```
    #[must_use]
    pub const fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word(_) | TokenKind::Number)
    }
}

/// Splits `text` into tokens: zero-copy, lossless, each with its byte span and kind.
///
/// # Rules
///
/// Characters are first put into classes (Arabic letter, Arabic mark, joiner,
/// other combining mark, Latin letter, other letter, digit, space, punctuation,
/// symbol); tokens are runs of classes, tried in this order at each token start:
///
/// 1. **URL** ([`TokenKind::Url`]): `http://`, `https://` or `www.` (ASCII case
///    ignored) and everything up to white space, an invisible control, one of
///    `"` `<` `>` `` ` `` `{` `}` `|` `\` `^`, the quotes `« » “ ” „ ‘ ’ ‹ ›` or the Arabic
///    punctuation `، ؛ ؟`; then trailing `. , : ; ! ? ' ) ] }` are given back to
///    the text. Arabic inside the path stays in the URL
///    (`https://ar.wikipedia.org/wiki/مصر`). Something must remain after the
///    prefix, else the prefix is ordinary text.
/// 2. **E-mail** ([`TokenKind::Email`]) at an ASCII letter or digit: a local part
///    of ASCII letters, digits and `. _ % + -` (at most 64 bytes), `@`, then a
///    domain of at least two labels of ASCII letters, digits and `-` joined by
///    single dots, read within the 255 bytes after the `@`
///    (`info@example.com`).
/// 3. **Hashtag** ([`TokenKind::Hashtag`]) and **mention**
///    ([`TokenKind::Mention`]): `#` or `@` not preceded (in the whole text) by a
///    letter, digit, mark, joiner or `_`, then a run of letters of any script, digits, marks, joiners and
///    `_`. A hashtag needs a letter in it (`#كلمة_أخرى`, not `#1`); a mention
///    needs a letter or a digit (`@name`). Otherwise `#` and `@` are punctuation.
/// 4. **Words** ([`TokenKind::Word`]), one per script:
///    - Arabic: an Arabic letter (U+0600–U+06FF letters, the supplements and
///      extended blocks, the presentation forms U+FB50–U+FDFF and U+FE70–U+FEFC
///      except the rial sign U+FDFC), then any run of Arabic letters, Arabic
///      combining marks (diacritics, superscript alef, Quranic marks), tatweel
///      U+0640, ZWNJ U+200C, ZWJ U+200D and generic combining marks.
///      So `الـعربية`, `مُحَمَّدٌ` and `می‌خورد` are one word each.
///    - Latin: a Latin letter then Latin letters and generic combining marks
///      (U+0300–U+036F and the other combining-mark blocks, variation selectors).
///    - Other: any other alphanumeric character (Cyrillic, CJK, `²`, …) then the
///      same and generic combining marks.
///
///    The script changes split words: `CNNعربية` is `CNN` + `عربية`. Letters
///    and digits never share a word: `2023م` is `2023` + `م`, `mp3` is `mp` +
///    `3`. Apostrophes, hyphens and underscores split words too.
/// 5. **Numbers** ([`TokenKind::Number`]): a run of decimal digits (ASCII `0-9`,
///    Arabic-Indic `٠-٩`, extended Arabic-Indic `۰-۹`, freely mixed) in which
///    one of `. , ٫ ٬` between two digits is kept: `1,000.5`, `١٬٠٠٠`, `٣٫٥`.
///    Signs, `%`, `٪` and currency are their own tokens: `-5` is `-` + `5`,
///    `١٢٫٥٪` is `١٢٫٥` + `٪`.
/// 6. **Space** ([`TokenKind::Space`]): one token per run of white space
///    (Unicode `White_Space`: spaces, tabs, line breaks, NBSP, …) and invisible
///    format characters (LRM, RLM, ALM, bidi controls, ZWSP, word joiner, BOM,
///    soft hyphen, and ZWNJ/ZWJ when they are not inside an Arabic word).
/// 7. **Punctuation** ([`TokenKind::Punct`]): one token per character of Unicode
///    category P in the common blocks (`. , ، ؛ ؟ « » “ ” ( ) - …`).
///    `...` is three tokens.
/// 8. **Symbol** ([`TokenKind::Symbol`]): any other character (currency, math,
///    emoji, controls) with the generic combining marks that follow it (an
///    emoji keeps its variation selector). A run of combining marks or tatweel
///    that follows no letter (a lone diacritic) is also one `Symbol` token: a
///    diacritic alone is not a word.
///
/// # Guarantees
///
/// - Lossless: the tokens' texts concatenate to the input, spans are contiguous,
///   non-empty, on char boundaries, and `&text[t.span()] == t.as_str()`.
/// - Zero-copy: iterating allocates nothing.
/// - Linear time: every look-ahead is either consumed by the token it finds or
///   bounded (the e-mail look-ahead reads at most 64 + 256 bytes), so no input,
///   not even a 50 MB line of diacritics, bidi controls or `a.a.a…@`, takes more
///   than linear time.
/// - Never panics, on any `&str`.
///
/// # Speed
///
/// The hot loops work on bytes, in safe Rust. Internal iteration (`count`,
/// `for_each`, `fold` …) reads the text in windows of 128 bytes: a bitmask per
/// window, computed with byte arithmetic the compiler vectorizes, marks where
/// tokens may start; a token whose first character is plain (ASCII white space
/// and punctuation, `، « »`, the Arabic letters U+0620–U+064A; one table load
/// tells) ends at the next mark, read with `trailing_zeros`, unless a character
/// outside ASCII that is not plain stands there. Other tokens,
/// and `next`, classify their first character with two small tables built at
/// compile time from [`crate::chars`] (ASCII, and the two-byte Arabic block with
/// UTF-8 lead bytes `0xD8..=0xDB`) and find the end of an Arabic word in a
/// bitmask of its 64-byte block; other characters are decoded and classified by
/// the general path, which the tables and masks are tested to agree with.
///
/// # Example
///
/// ```
/// use arabic_news::tokenize;
///
/// let text = "أعلن الوزير (2023م) عن نمو ١٢٫٥٪.";
/// let tokens: Vec<&str> = tokenize(text).map(|t| t.as_str()).collect();
/// assert_eq!(
///     tokens,
///     ["أعلن", " ", "الوزير", " ", "(", "2023", "م", ")", " ", "عن", " ", "نمو", " ", "١٢٫٥", "٪", "."]
/// );
/// assert_eq!(tokens.concat(), text); // lossless
/// ```
#[must_use]
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens::starting_at(text, 0)
}

/// Only the word and number tokens of `text` (those with [`Token::is_word`]).
///
/// # Example
///
/// ```
/// let words: Vec<_> = arabic_news::words("«السلام عليكم»، 3 مرات!").map(|t| t.as_str()).collect();
/// assert_eq!(words, ["السلام", "عليكم", "3", "مرات"]);
/// ```
#[must_use]
pub fn words(text: &str) -> Words<'_> {
    Words { tokens: tokenize(text) }
}

/// The iterator of [`tokenize`]: every [`Token`] of a text, in order.
///
/// `'a` is the lifetime of the text. Cloning is cheap (the iterator is a few
/// words) and the clone resumes at the same token.
///
/// # Example
///
/// ```
/// let mut tokens = arabic_news::tokenize("مرحبا بكم");
/// assert_eq!(tokens.next().unwrap().as_str(), "مرحبا");
/// assert_eq!(tokens.as_str(), " بكم");
/// ```
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    /// The part of `text` not yet tokenized (its end).
    rest: &'a str,
    /// No `@` lies between the start of the last e-mail look-ahead and this
    /// offset (where one may lie). Keeps the e-mail look-ahead linear overall and
    /// off the bytes of texts without `@`.
    at_free: usize,
    /// The 64-byte block (offset into the text, a multiple of 64) that `ends`
    /// describes, or `usize::MAX`.
    block: usize,
    /// Bit `k` is set when byte `block + k` may end an Arabic word (see
    /// [`end_mask`]).
    ends: u64,
}

impl<'a> Tokens<'a> {
    /// Tokens of `text` from byte `pos` (a char boundary).
    pub(crate) fn starting_at(text: &'a str, pos: usize) -> Self {
        let rest = text.get(pos..).unwrap_or("");
        Tokens { text, rest, at_free: 0, block: usize::MAX, ends: 0 }
    }

    /// Moves on to byte `pos` of the whole text (a token start past the current
    /// position), skipping the tokens before it.
    pub(crate) fn skip_to(&mut self, pos: usize) {
        self.rest = self.text.get(pos..).unwrap_or("");
    }

    /// The part of the text not yet tokenized.
    ///
    /// # Example
    ///
    /// ```
    /// let mut tokens = arabic_news::tokenize("أ ب");
    /// tokens.next();
    /// assert_eq!(tokens.as_str(), " ب");
    /// ```
    #[must_use]
    pub const fn as_str(&self) -> &'a str {
        self.rest
    }

    /// The byte offset, in the whole text, of the next token.
    ///
    /// # Example
    ///
    /// ```
    /// let mut tokens = arabic_news::tokenize("أ ب");
    /// tokens.next();
    /// assert_eq!(tokens.offset(), 2);
    /// ```
    #[must_use]
    pub const fn offset(&self) -> usize {
        self.text.len() - self.rest.len()
    }

    /// Pairs each token with its text normalized by `normalizer`, keeping the
    /// token (and so its span into the original text).
    ///
    /// This is the way to normalize for search without losing positions:
    /// tokenize the original text, then normalize each token. The text is
    /// borrowed whenever normalization changes nothing.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Normalizer, tokenize};
    ///
    /// let text = "قال الوزير";
    /// for (token, normalized) in tokenize(text).normalized(&Normalizer::SEARCH) {
    ///     assert_eq!(&text[token.span()], token.as_str());
    ///     let _: &str = &normalized;
    /// }
    /// ```
    #[must_use]
    pub fn normalized(self, normalizer: &Normalizer) -> Normalized<'a> {
        Normalized { tokens: self, normalizer: *normalizer }
    }

    /// Whether an e-mail could start at `start`: an `@` lies close enough ahead.
    /// Each byte is searched at most once over the whole iteration.
    #[inline]
    fn email_possible(&mut self, start: usize) -> bool {
        let b = self.text.as_bytes();
        let want = b.len().min(start + EMAIL_LOCAL_MAX + 1);
        let from = self.at_free.max(start);
        if from >= want {
            return false;
        }
        match b.get(from..want).and_then(|w| w.iter().position(|&x| x == b'@')) {
            Some(k) => {
                self.at_free = from + k;
                true
            }
            None => {
                self.at_free = want;
                false
            }
        }
    }

    /// The token starting at `start` (`start < len`).
    #[inline(always)]
    fn token_at(&mut self, start: usize) -> Token<'a> {
        let (end, kind) = self.scan(start);
        // `end` is on a char boundary by construction; `get` keeps this panic-free.
        Token { text: self.text.get(start..end).unwrap_or(""), start, kind }
    }

    /// The walk of internal iteration: the same tokens as `next`, in order, to
    /// `f`, window by window (see [`window_step`](Self::window_step)).
    #[inline(always)]
    fn walk<const TEXTS: bool, B, F>(mut self, init: B, mut f: F) -> B
    where
        F: FnMut(B, Token<'a>) -> B,
    {
        let mut acc = init;
        let mut start = self.offset();
        while start < self.text.len() {
            let s;
            (s, acc) = self.window_step::<TEXTS, B, F>(start, acc, &mut f);
            start += s;
        }
        acc
    }

    /// The tokens from `start` (a token start, `start < len`) whose ends lie in
    /// the next 128 bytes, to `f`; returns how far they reach. The common tokens
    /// are read from a bitmask of where tokens may start (see [`start_mask`]): a
    /// token with a clean start ends at the next bit of the start mask, unless a
    /// complex character outside ASCII is there; the others come from `scan`.
    /// With `TEXTS` false, the tokens of that fast path carry an empty text (for
    /// [`Iterator::count`], which needs none).
    #[inline(always)]
    fn window_step<const TEXTS: bool, B, F>(
        &mut self,
        start: usize,
        init: B,
        f: &mut F,
    ) -> (usize, B)
    where
        F: FnMut(B, Token<'a>) -> B,
    {
        let text = self.text;
        let b = text.as_bytes();
        let mut acc = init;
        let mut padded = [0; 132];
        let w = window(b, start, &mut padded);
        let starts = u128::from(w.first_chunk().map_or(0, start_mask))
            | u128::from(w.last_chunk().map_or(0, start_mask)) << 64;
        let limit = (b.len() - start).min(128);
        let mut s = 0;
        'window: while s < limit {
            let (mut x, mut n) = (w[(s & 127) + 2], w[(s & 127) + 3]);
            if is_clean(x, n) {
                let mut rest = starts & (!1u128 << (s & 127));
                let mut tail = if TEXTS { text.get(start + s..).unwrap_or("") } else { "" };
                loop {
                    if rest == 0 {
                        if s > 0 {
                            break 'window; // the next window starts with this token
                        }
                        break; // a token longer than the window
                    }
                    let e = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    let (next_x, next_n) = (w[e + 2], w[e + 3]);
                    let next_clean = is_clean(next_x, next_n);
                    if !next_clean && next_x >= 0x80 {
                        break; // it may continue the token: `scan` decides
                    }
                    let token = if TEXTS {
                        let Some((token, after)) = tail.split_at_checked(e - s) else { break };
                        tail = after;
                        token
                    } else {
                        ""
                    };
                    acc = f(acc, Token { text: token, start: start + s, kind: fast_kind(x, n) });
                    s = e;
                    if !next_clean {
                        continue 'window;
                    }
                    (x, n) = (next_x, next_n);
                }
            }
            let token = self.token_at(start + s);
            s = token.span().end - start;
            acc = f(acc, token);
        }
        (s, acc)
    }

    /// The number of tokens from the current position ([`Iterator::count`]), or with
    /// `WORDS` of word and number tokens ([`Words`]' count). Where 64 bytes in a
    /// row are all plain (see [`plain_starts`]), their tokens are their starts,
    /// counted in bulk; elsewhere the window walk counts token by token.
    fn count_tokens<const WORDS: bool>(mut self) -> usize {
        let len = self.text.len();
        let mut count = 0;
        let mut start = self.offset();
        while start < len {
            // Plain blocks from `start`, while they last. Each start in them is a
            // token start, and each token ends at the next start: the last token
            // counted may reach into the next block, so where the plain blocks
            // stop, the walk takes up again from that token (counted once more
            // there).
            let b = self.text.as_bytes();
            let mut at = start;
            loop {
                let mut padded = [0; 68];
                let w = window(b, at, &mut padded);
                let (starts, plain) = plain_starts::<WORDS>(w);
                if !plain || (at == start && !is_start(w[0], w[1], w[2], w[3])) {
                    break;
                }
                count += starts;
                at += 64;
            }
            if at > start {
                start = last_start(b, start, at);
                let (x, n) = (b.get(start).copied(), b.get(start + 1).copied());
                let word = is_sure_letter(x.unwrap_or(0), n.unwrap_or(0));
                count -= usize::from(!WORDS || word);
            }
            let s;
            let mut tally = |n, t: Token<'_>| n + usize::from(!WORDS || t.is_word());
            (s, count) = self.window_step::<false, usize, _>(start, count, &mut tally);
            start += s;
        }
        count
    }

    /// The end and kind of the token starting at `start` (`start < len`).
    #[inline(always)]
    fn scan(&mut self, start: usize) -> (usize, TokenKind) {
        let b = self.text.as_bytes();
        let b0 = b[start];
        if b0.wrapping_sub(0xD8) < 4 {
            let b1 = b.get(start + 1).copied().unwrap_or(0);
            let c = ARABIC[(((b0 - 0xD8) as usize) << 6) | (b1 & 0x3F) as usize];
            if c == Class::ArabicLetter {
                return (self.arabic_end(start + 2), TokenKind::Word(Script::Arabic));
            }
            if c == Class::Punct {
                return (start + 2, TokenKind::Punct); // ، ؛ ؟ ٪ …
            }
            return self.dispatch(start, c, 2);
        }
        if b0 < 0x80 {
            let c = ASCII[b0 as usize];
            if b0 == b' ' {
                // Most spaces are single and followed by an Arabic character, which
                // is never space except ALM U+061C (D8 9C), or by an ASCII character
                // that is not white space (the end of the text reads as NUL, a
                // symbol: the space ends there too).
                let next = b.get(start + 1).copied().unwrap_or(0);
                let pair = u16::from(next) << 8 | u16::from(b.get(start + 2).copied().unwrap_or(0));
                if (next.wrapping_sub(0xD8) < 4 && pair != 0xD89C)
                    || (next < 0x80 && ASCII[next as usize] != Class::Space)
                {
                    return (start + 1, TokenKind::Space);
                }
                return (scan_space(b, start + 1), TokenKind::Space);
            }
            if c == Class::Punct && b0 != b'#' && b0 != b'@' {
                return (start + 1, TokenKind::Punct);
            }
            return self.dispatch(start, c, 1);
        }
        let (ch, len) = decode(b, start);
        self.dispatch(start, class(ch), len)
    }

    /// The general token start: the first character has class `c` and `len` bytes.
    fn dispatch(&mut self, start: usize, c: Class, len: usize) -> (usize, TokenKind) {
        let b = self.text.as_bytes();
        let after = start + len;
        match c {
            Class::ArabicLetter => (self.arabic_end(after), TokenKind::Word(Script::Arabic)),
            Class::Space | Class::Joiner => (scan_space(b, after), TokenKind::Space),
            Class::Latin => {
                if len == 1 {
                    if let Some(end) = scan_url(b, start) {
                        return (end, TokenKind::Url);
                    }
                    if self.email_possible(start) {
                        if let Some(end) = scan_email(b, start) {
                            return (end, TokenKind::Email);
                        }
                    }
                }
                (scan_latin(b, after), TokenKind::Word(Script::Latin))
            }
            Class::Digit => {
                if len == 1 && self.email_possible(start) {
                    if let Some(end) = scan_email(b, start) {
                        return (end, TokenKind::Email);
                    }
                }
                (scan_number(b, after), TokenKind::Number)
            }
            Class::Other => (
                scan_while(b, after, |c| matches!(c, Class::Other | Class::Mark)),
                TokenKind::Word(Script::Other),
            ),
            Class::ArabicMark | Class::Mark => (
                scan_while(b, after, |c| matches!(c, Class::ArabicMark | Class::Mark)),
                TokenKind::Symbol,
            ),
            Class::Punct => {
                let b0 = b[start];
                if (b0 == b'#' || b0 == b'@') && !self.preceded_by_word_char(start) {
                    let (end, letters, digits) = scan_tag(b, after);
                    if b0 == b'#' && letters {
                        return (end, TokenKind::Hashtag);
                    }
                    if b0 == b'@' && (letters || digits) {
                        return (end, TokenKind::Mention);
                    }
                }
                (after, TokenKind::Punct)
            }
            Class::Symbol => (scan_while(b, after, |c| c == Class::Mark), TokenKind::Symbol),
        }
    }

    /// The end mask of the 64-byte block `block` (computed once per block).
    #[inline(always)]
    fn ends_of(&mut self, block: usize) -> u64 {
        if block != self.block {
            self.ends = end_mask(self.text.as_bytes(), block);
            self.block = block;
        }
        self.ends
    }

    /// The end of the Arabic word that continues at `i`.
    ///
    /// The word's end is found in the bitmask of its 64-byte block (computed once
    /// per block and shared by all the words in it), so the scan costs a few bit
    /// operations per word instead of a branch per character. Where the mask
    /// stops at a character outside the two-byte Arabic block (ZWNJ, presentation
    /// forms, supplements), the general classification decides.
    #[inline(always)]
    fn arabic_end(&mut self, mut i: usize) -> usize {
        let b = self.text.as_bytes();
        loop {
            let block = i & !63;
            let stops = self.ends_of(block) >> (i - block);
            if stops == 0 {
                i = block + 64;
                continue;
            }
            i += stops.trailing_zeros() as usize;
            if i >= b.len() || b[i] < 0x80 {
                return i.min(b.len());
            }
            let (c, len) = class_at(b, i);
            if !c.continues_arabic() {
                return i;
            }
            i += len;
        }
    }

    /// Whether the character before `start` is a letter, digit, mark, joiner or `_`.
    fn preceded_by_word_char(&self, start: usize) -> bool {
        match self.text.get(..start).and_then(|s| s.chars().next_back()) {
            Some(c) => c == '_' || class(c).is_tag_body(),
            None => false,
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    #[inline(always)]
    fn next(&mut self) -> Option<Token<'a>> {
        if self.rest.is_empty() {
            return None;
        }
        let start = self.offset();
        let (end, kind) = self.scan(start);
        // `end` is on a char boundary by construction; the check keeps this panic-free.
        let (text, rest) = self.rest.split_at_checked(end - start).unwrap_or((self.rest, ""));
        self.rest = rest;
        Some(Token { text, start, kind })
    }

    /// Internal iteration (`for_each`, `sum`, `fold` …): the same tokens as
    /// `next`, faster.
    #[inline]
    fn fold<B, F>(self, init: B, f: F) -> B
    where
        F: FnMut(B, Token<'a>) -> B,
    {
        self.walk::<true, B, F>(init, f)
    }

    /// The number of tokens: the walk of [`fold`](Self::fold), without the
    /// tokens' texts.
    #[inline]
    fn count(self) -> usize {
        self.count_tokens::<false>()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let rest = self.rest.len();
        (usize::from(rest > 0), Some(rest))
    }
}

impl FusedIterator for Tokens<'_> {}

/// The iterator of [`words`]: the word and number tokens of a text.
///
/// # Example
///
/// ```
/// let mut words = arabic_news::words("— نعم، لا —");
/// assert_eq!(words.next().unwrap().as_str(), "نعم");
/// assert_eq!(words.as_str(), "، لا —");
/// ```
#[derive(Debug, Clone)]
pub struct Words<'a> {
    tokens: Tokens<'a>,
}

impl<'a> Words<'a> {
    /// The part of the text not yet tokenized.
    ///
    /// # Example
    ///
    /// ```
    /// let mut words = arabic_news::words("أ ب");
    /// words.next();
    /// assert_eq!(words.as_str(), " ب");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.tokens.as_str()
    }

    /// Pairs each word with its normalized text; see [`Tokens::normalized`].
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Normalizer, words};
    /// let n: Vec<_> = words("أ، ب").normalized(&Normalizer::SEARCH).map(|(t, _)| t.as_str()).collect();
    /// assert_eq!(n, ["أ", "ب"]);
    /// ```
    pub fn normalized(
        self,
        normalizer: &Normalizer,
    ) -> impl Iterator<Item = (Token<'a>, Cow<'a, str>)> + Clone + use<'a> {
        let normalizer = *normalizer;
        self.map(move |t| (t, normalizer.normalize(t.as_str())))
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = Token<'a>;

    #[inline]
    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let token = self.tokens.next()?;
            if token.is_word() {
                return Some(token);
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, self.tokens.size_hint().1)
    }

    /// Internal iteration (`for_each`, `sum`, `fold` …): the word tokens of
    /// the window walk of [`Tokens`], faster than `next`.
    #[inline]
    fn fold<B, F>(self, init: B, mut f: F) -> B
    where
        F: FnMut(B, Token<'a>) -> B,
    {
        self.tokens.walk::<true, B, _>(init, |acc, t| if t.is_word() { f(acc, t) } else { acc })
    }

    /// The number of words: plain blocks counted in bulk, as
    /// [`Tokens::count`](Iterator::count) does.
    #[inline]
    fn count(self) -> usize {
        self.tokens.count_tokens::<true>()
    }
}

impl FusedIterator for Words<'_> {}

/// The iterator of [`Tokens::normalized`]: each token with its normalized text.
///
/// # Example
///
/// ```
/// use arabic_news::{Normalizer, tokenize};
/// let mut it = tokenize("نص").normalized(&Normalizer::DISPLAY);
/// let (token, text) = it.next().unwrap();
/// assert_eq!(token.as_str(), "نص");
/// # let _ = text;
/// ```
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    tokens: Tokens<'a>,
    normalizer: Normalizer,
}

impl<'a> Normalized<'a> {
    /// The part of the text not yet tokenized.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Normalizer, tokenize};
    /// let mut it = tokenize("أ ب").normalized(&Normalizer::SEARCH);
    /// it.next();
    /// assert_eq!(it.as_str(), " ب");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.tokens.as_str()
    }
}

impl<'a> Iterator for Normalized<'a> {
    type Item = (Token<'a>, Cow<'a, str>);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let token = self.tokens.next()?;
        Some((token, self.normalizer.normalize(token.as_str())))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.tokens.size_hint()
    }
}

impl FusedIterator for Normalized<'_> {}

/// The longest e-mail local part, in bytes (RFC 5321).
const EMAIL_LOCAL_MAX: usize = 64;
/// How far after the `@` an e-mail domain is read, in bytes.
const EMAIL_DOMAIN_WINDOW: usize = 255;

/// The bytes around the 64 bytes from `at`: `w[k + 2]` is byte `at + k` for `k`
/// in `-2..66`; bytes outside the text read as 0. Borrowed from the text where
/// it holds them all (reading a fresh copy at other offsets than it was written
/// would stall the loads), else copied into `padded`.
#[inline(always)]
pub(super) fn window<'b, const N: usize>(
    b: &'b [u8],
    at: usize,
    padded: &'b mut [u8; N],
) -> &'b [u8; N] {
    match at.checked_sub(2).and_then(|from| b.get(from..from + N)) {
        Some(w) => <&[u8; N]>::try_from(w).unwrap_or(padded),
        None => {
            // Near either end of the text: the bytes it has, zeros around them.
            let from = at.saturating_sub(2).min(b.len());
            let to = b.len().min(at + N - 2).max(from);
            let skip = (from + 2).saturating_sub(at);
            if let Some(dst) = padded.get_mut(skip..skip + (to - from)) {
                dst.copy_from_slice(&b[from..to]);
            }
            padded
        }
    }
}

/// The start mask of the 64 bytes from `at`, read from the window `w` of `at`
/// (see [`window`]): bit `k` stands for byte `at + k`.
///
/// A byte is a *start* when it starts a character that continues neither a run
/// of ASCII white space nor a run of sure Arabic characters (see
/// [`surely_continues_arabic`]). From a token start that is *clean* (see
/// [`is_clean`]), the token ends at the next start, unless that start is a
/// character outside ASCII that is not clean, which may continue it (a joiner,
/// a no-break space, a presentation form …). Bytes past the end of the text
/// read as NUL: starts, and not clean.
#[inline(never)]
fn start_mask(w: &[u8; 68]) -> u64 {
    bit_mask(w, is_start)
}

/// Whether byte `x`, between `p2, p1` and `n`, is a start (see [`start_mask`]).
#[inline(always)]
const fn is_start(p2: u8, p1: u8, x: u8, n: u8) -> bool {
    // A lead of a sure Arabic character is a lead byte, so the byte after it is
    // its continuation: `p2, p1` is the character before `x` when it is one.
    !is_continuation(x)
        & !(surely_continues_arabic(x, n) & surely_continues_arabic(p2, p1))
        & !(is_ascii_space(x) & is_ascii_space(p1))
}

/// The number of starts (see [`start_mask`]) among the 64 bytes of the window
/// `w` (with `WORDS`, of the starts of Arabic words), and whether the window is
/// *plain*: every start in it is clean (see
/// [`is_clean`]). There, and only there, the tokens are exactly the starts:
/// each clean start begins a token that nothing after it continues but what
/// the start mask joins to it (a run of white space, an Arabic word with its
/// diacritics, or a single punctuation mark), and each clean start ends the
/// token before it. No digit, Latin letter, `#`, `@`, joiner, no-break space,
/// or diacritic that is not right after an Arabic character is a clean start.
/// Bytes past the end of the text read as NUL, which is not.
#[inline(never)]
fn plain_starts<const WORDS: bool>(w: &[u8; 68]) -> (usize, bool) {
    let mut starts = 0u8;
    let mut odd = 0u8;
    for k in 0..64 {
        let (p2, p1, x, n) = (w[k], w[k + 1], w[k + 2], w[k + 3]);
        let start = is_start(p2, p1, x, n);
        let letter = is_sure_letter(x, n);
        // In a plain window, the only words are Arabic ones (no digit is plain).
        starts += u8::from(start & (!WORDS | letter));
        // `is_clean_start(x, n)`, written out to share the letter test: with the
        // call, the loop is no longer unrolled (69 M -> 73 M instructions for the
        // bulk corpus's count).
        let clean = is_ascii_space(x) | is_single(x) | letter | is_single_pair(x, n);
        odd |= u8::from(start & !clean);
    }
    (usize::from(starts), odd == 0)
}

/// The last start (see [`start_mask`]) in the 64-byte blocks from `from` to
/// `to` (`from + 64 k`), whose first byte is one.
fn last_start(b: &[u8], from: usize, to: usize) -> usize {
    let mut block = to;
    while block > from {
        block -= 64;
        let starts = start_mask(window(b, block, &mut [0; 68]));
        if starts != 0 {
            return block + 63 - starts.leading_zeros() as usize;
        }
    }
    from
}

/// Whether the character whose first bytes are `x` and `next` is a *clean*
/// token start: ASCII white space, the lead of a sure Arabic letter (see
/// [`is_sure_letter`]), one of the ASCII punctuation and symbols of
/// [`is_single`], or `، « »` ([`is_single_pair`]). A token starting there ends
/// where the next character that is not part of it starts, so the walk reads
/// its end from the start mask. Branch-free byte arithmetic, for the vectorized
/// loop of [`plain_starts`]; the walk reads it from a table ([`is_clean`]).
#[inline(always)]
const fn is_clean_start(x: u8, next: u8) -> bool {
    is_ascii_space(x) | is_single(x) | is_sure_letter(x, next) | is_single_pair(x, next)
}

/// [`is_clean_start`] for a continuation byte `next`, from a table: one row per
/// first byte, a bit per last six bits of the second.
#[inline(always)]
fn is_clean(x: u8, next: u8) -> bool {
    (CLEAN[usize::from(x)] >> (next & 63)) & 1 != 0
}

/// The rows of [`is_clean`]: bit `n & 63` of row `x` says whether `x, n` starts
/// a clean token, for every continuation byte `n` (built from the predicates; an
/// ASCII row is all ones or all zeros, whatever follows).
const CLEAN: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut x = 0;
    while x < 256 {
        let mut n = 0x80;
        while n < 0xC0 {
            let (x8, n8) = (x as u8, n as u8);
            if is_clean_start(x8, n8) {
                t[x] |= 1 << (n & 63);
            }
            n += 1;
        }
        x += 1;
    }
    t
};

/// Whether `x`, followed by `next`, is the lead of a sure Arabic letter:
/// U+0620–U+063F (`D8 A0..=BF`) or U+0641–U+064A (`D9 81..=8A`), the letters of
/// nearly all Arabic text (diacritics and tatweel excluded).
#[inline(always)]
const fn is_sure_letter(x: u8, next: u8) -> bool {
    ((x == 0xD8) & (next >= 0xA0)) | ((x == 0xD9) & (next.wrapping_sub(0x81) < 10))
}

/// ASCII white space (`\t \n` VT FF `\r` and the space).
#[inline(always)]
const fn is_ascii_space(x: u8) -> bool {
    (x == b' ') | (x.wrapping_sub(9) < 5)
}

/// The ASCII punctuation and symbols that are a token of their own at a token
/// start: `! " $ % & ' ( ) * + , - . / :` (not `#`, which may start a hashtag).
#[inline(always)]
const fn is_single(x: u8) -> bool {
    ((x.wrapping_sub(0x21) < 15) & (x != b'#')) | (x == b':')
}

/// The punctuation of two bytes that is a token of its own: `،` (`D8 8C`), `«`
/// (`C2 AB`) and `»` (`C2 BB`).
#[inline(always)]
const fn is_single_pair(x: u8, next: u8) -> bool {
    ((x == 0xD8) & (next == 0x8C)) | ((x == 0xC2) & ((next == 0xAB) | (next == 0xBB)))
}

/// The kind of the token at a clean start whose first bytes are `x` and `next`
/// (branch-free: a table and a select).
#[inline(always)]
fn fast_kind(x: u8, next: u8) -> TokenKind {
    let kind = FAST_KINDS[usize::from(x)];
    if (x == 0xD8) & (next < 0xA0) { TokenKind::Punct } else { kind } // ،
}

/// The token kind at a clean start, by its first byte: ASCII by its class, `C2`
/// (« ») punctuation, the other leads an Arabic word.
const FAST_KINDS: [TokenKind; 256] = {
    let mut t = [TokenKind::Word(Script::Arabic); 256];
    let mut i = 0;
    while i < 128 {
        t[i] = match ASCII[i] {
            Class::Space => TokenKind::Space,
            Class::Punct => TokenKind::Punct,
            _ => TokenKind::Symbol,
        };
        i += 1;
    }
    t[0xC2] = TokenKind::Punct;
    t
};

/// The word-end bitmask of the 64-byte block `block` (see [`window_end_mask`]).
#[inline(never)]
fn end_mask(b: &[u8], block: usize) -> u64 {
    window_end_mask(window(b, block, &mut [0; 68]))
}

/// The word-end bitmask of the window `w` (see [`window`]): bit `k` is set when
/// byte `k` of the window starts a character and is not a two-byte Arabic
/// character that surely continues a word (see [`surely_continues_arabic`])
/// right after another multi-byte character. Bytes past the end of the text read
/// as NUL (set).
///
/// So from inside an Arabic word, the first set bit is the first character that
/// may end it: one outside the sure two-byte set, whose exact classification
/// decides. Every ASCII byte is set, and so is a sure Arabic character after an
/// ASCII byte (where a word starts).
#[inline(never)]
fn window_end_mask(w: &[u8; 68]) -> u64 {
    bit_mask(w, |_, prev, x, next| {
        !is_continuation(x) & !(is_continuation(prev) & surely_continues_arabic(x, next))
    })
}

/// Whether `x` is a UTF-8 continuation byte (`0x80..=0xBF`).
#[inline(always)]
const fn is_continuation(x: u8) -> bool {
    (x as i8) < -64
}

/// The bitmask of the 64 bytes from `at`: bit `k` is set when
/// `flag(b[at + k])` holds (bytes past the end of the text read as 0, and their
/// bits are unset unless `flag` says yes to zeros). [`bit_mask`] of the
/// [`window`] of `at`, for callers that look at one byte at a time.
#[inline(always)]
pub(crate) fn byte_mask(b: &[u8], at: usize, flag: impl Fn(u8) -> bool) -> u64 {
    bit_mask(window(b, at, &mut [0; 68]), |_, _, x, _| flag(x))
}

/// The bitmask of a window (see [`window`]): bit `k` is set when
/// `flag(w[k], w[k + 1], w[k + 2], w[k + 3])` holds: the two bytes before
/// byte `k` of the window, that byte and the one after it. `flag` is branch-free byte arithmetic, so the loop
/// vectorizes; the high bits of each eight flag bytes are then gathered into one
/// byte by a product that puts flag byte `j` at bit `56 + j`, without carries.
#[inline(always)]
pub(super) fn bit_mask(w: &[u8; 68], flag: impl Fn(u8, u8, u8, u8) -> bool) -> u64 {
    let mut flags = [0u8; 64];
    for k in 0..64 {
        flags[k] = u8::from(flag(w[k], w[k + 1], w[k + 2], w[k + 3])) << 7;
    }
    let mut mask = 0u64;
    for (k, eight) in flags.chunks_exact(8).enumerate() {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(eight).unwrap_or([0; 8]));
        mask |= (word.wrapping_mul(0x0002_0408_1020_4081) >> 56) << (8 * k);
    }
    mask
}

/// Whether byte `x`, followed by byte `next`, is the lead of a two-byte Arabic
/// character that surely continues an Arabic word: U+0620–U+065F (`D8 A0..=BF`,
/// `D9 80..=9F`), the letters, tatweel and diacritics of nearly all Arabic text.
///
/// Branch-free arithmetic, so that [`end_mask`] vectorizes. It says no for the
/// other word characters of the Arabic blocks (the exact test then runs at that
/// character), never yes for one that does not continue a word. The unit test
/// `pair_predicate_never_continues_a_non_word` checks it against [`ARABIC`].
#[inline(always)]
const fn surely_continues_arabic(x: u8, next: u8) -> bool {
    // `D8` with bit 5 of `next` set, or `D9` with it clear.
    x.wrapping_add((next >> 5) & 1) == 0xD9
}

/// The end of a run of space (and joiners) that continues at `i`.
#[inline(always)]
fn scan_space(b: &[u8], i: usize) -> usize {
    scan_while(b, i, |c| matches!(c, Class::Space | Class::Joiner))
}

/// The end of a Latin word that continues at `i`.
fn scan_latin(b: &[u8], mut i: usize) -> usize {
    while let Some(&b0) = b.get(i) {
        if b0.is_ascii_alphabetic() {
            i += 1;
        } else if b0 < 0x80 {
            return i;
        } else {
            let (c, len) = class_at(b, i);
            if !matches!(c, Class::Latin | Class::Mark) {
                return i;
            }
            i += len;
        }
    }
    i
}

/// The end of the run of characters of the classes `keep` from `i`.
#[inline(always)]
fn scan_while(b: &[u8], mut i: usize, keep: impl Fn(Class) -> bool) -> usize {
    while i < b.len() {
        let (c, len) = class_at(b, i);
        if !keep(c) {
            return i;
        }
        i += len;
    }
    i
}

/// The byte length of the digit at `i`, or 0.
#[inline(always)]
fn digit_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'0'..=b'9') => 1,
        Some(0xD9) => usize::from(matches!(b.get(i + 1), Some(0xA0..=0xA9))) * 2,
        Some(0xDB) => usize::from(matches!(b.get(i + 1), Some(0xB0..=0xB9))) * 2,
        _ => 0,
    }
}

/// The byte length of the number separator (`. , ٫ ٬`) at `i`, or 0.
#[inline(always)]
fn separator_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'.' | b',') => 1,
        Some(0xD9) => usize::from(matches!(b.get(i + 1), Some(0xAB | 0xAC))) * 2,
        _ => 0,
    }
}

/// The end of a number that continues at `i`.
fn scan_number(b: &[u8], mut i: usize) -> usize {
    loop {
        let d = digit_len(b, i);
        if d > 0 {
            i += d;
            continue;
        }
        let s = separator_len(b, i);
        if s > 0 && digit_len(b, i + s) > 0 {
            i += s;
            continue;
        }
        return i;
    }
}

/// Whether the character at `i` ends a URL body.
fn url_stop(b: &[u8], i: usize) -> (bool, usize) {
    let b0 = b[i];
    if b0 < 0x80 {
        return (
            b0 <= b' '
                || b0 == 0x7F
                || matches!(b0, b'"' | b'<' | b'>' | b'`' | b'{' | b'}' | b'|' | b'\\' | b'^'),
            1,
        );
    }
    let (c, len) = decode(b, i);
    let stop = matches!(c, '«' | '»' | '“' | '”' | '„' | '‘' | '’' | '‹' | '›' | '،' | '؛' | '؟')
        || matches!(class(c), Class::Space | Class::Joiner);
    (stop, len)
}

/// The end of the URL starting at `start`, if one does.
fn scan_url(b: &[u8], start: usize) -> Option<usize> {
    let rest = &b[start..];
    let prefix = if rest.len() >= 8 && rest[..8].eq_ignore_ascii_case(b"https://") {
        8
    } else if rest.len() >= 7 && rest[..7].eq_ignore_ascii_case(b"http://") {
        7
    } else if rest.len() >= 4 && rest[..4].eq_ignore_ascii_case(b"www.") {
        4
    } else {
        return None;
    };
    let body = start + prefix;
    let mut i = body;
    while i < b.len() {
        let (stop, len) = url_stop(b, i);
        if stop {
            break;
        }
        i += len;
    }
    while i > body
        && matches!(b[i - 1], b'.' | b',' | b':' | b';' | b'!' | b'?' | b'\'' | b')' | b']' | b'}')
    {
        i -= 1;
    }
    (i > body).then_some(i)
}

/// The end of the e-mail address starting at `start`, if one does.
fn scan_email(b: &[u8], start: usize) -> Option<usize> {
    let local = |x: u8| x.is_ascii_alphanumeric() || matches!(x, b'.' | b'_' | b'%' | b'+' | b'-');
    let label = |x: u8| x.is_ascii_alphanumeric() || x == b'-';
    let mut i = start;
    while i < b.len() && local(b[i]) {
        i += 1;
        if i - start > EMAIL_LOCAL_MAX {
            return None;
        }
    }
    if b.get(i) != Some(&b'@') {
        return None;
    }
    let end = b.len().min(i + 1 + EMAIL_DOMAIN_WINDOW);
    let mut j = i + 1;
    while j < end && label(b[j]) {
        j += 1;
    }
    if j == i + 1 {
        return None;
    }
    let mut dots = 0;
    while j + 1 < end && b[j] == b'.' && label(b[j + 1]) {
        j += 2;
        while j < end && label(b[j]) {
            j += 1;
        }
        dots += 1;
    }
    (dots > 0).then_some(j)
}

/// The end of a hashtag or mention body from `i`, and whether it holds a letter
/// and a digit.
fn scan_tag(b: &[u8], mut i: usize) -> (usize, bool, bool) {
    let (mut letters, mut digits) = (false, false);
    while i < b.len() {
        let (c, len) = class_at(b, i);
        if !(c.is_tag_body() || b[i] == b'_') {
            break;
        }
        letters |= c.is_letter();
        digits |= c == Class::Digit;
        i += len;
    }
    (i, letters, digits)
}

/// A byte range `start..end` into the caller's text.
///
/// # Example
///
/// ```
/// use arabic_news::Span;
/// let text = "مرحبا بكم";
/// let span = Span::new(0, 10);
/// assert_eq!(&text[span], "مرحبا");
/// assert_eq!(std::ops::Range::from(span), 0..10);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// The first byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Span::new(2, 5).len(), 3);
    /// ```
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The length of the span in bytes.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Span::new(4, 4).len(), 0);
    /// ```
    #[must_use]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(arabic_news::Span::new(4, 4).is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Range<usize> {
        span.start..span.end
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span { start: range.start, end: range.end }
    }
}

impl std::ops::Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

/// `string[span]` on an owned `String`, as on a `str`.
impl std::ops::Index<Span> for String {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_across_and_up_to_block_edges() {
        for pad in 0..70 {
            for letters in [1, 31, 32, 33, 63, 64, 65, 128] {
                let word = "ب".repeat(letters);
                for tail in ["", " ", "،", "\u{200C}ك", "x", "\u{FEFB}", "٣"] {
                    let text = format!("{}{word}{tail}", " ".repeat(pad));
                    let got: Vec<_> = tokenize(&text).map(|t| (t.span(), t.kind())).collect();
                    let word_end = pad + word.len();
                    let (end, next) = match tail {
                        "\u{200C}ك" | "\u{FEFB}" => (text.len(), None),
                        "" => (word_end, None),
                        _ => (word_end, Some(word_end)),
                    };
                    let first = usize::from(pad > 0);
                    assert_eq!(
                        got[first],
                        (Span::new(pad, end), TokenKind::Word(Script::Arabic)),
                        "{pad} {letters} {tail:?}"
                    );
                    assert_eq!(
                        got.get(first + 1).map(|t| t.0.start),
                        next,
                        "{pad} {letters} {tail:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn clean_predicates_agree_with_the_tables() {
        for x in 0..=255u8 {
            if x < 0x80 {
                let c = ASCII[usize::from(x)];
                assert_eq!(is_ascii_space(x), c == Class::Space, "{x:02X}");
                if is_single(x) {
                    assert!(matches!(c, Class::Punct | Class::Symbol) && x != b'#' && x != b'@');
                }
            } else {
                assert!(!is_ascii_space(x) && !is_single(x), "{x:02X}");
            }
            for next in 0x80..=0xBFu8 {
                let s = [x, next];
                let Ok(s) = std::str::from_utf8(&s) else { continue };
                let c = class(s.chars().next().unwrap_or('\0'));
                if is_sure_letter(x, next) {
                    assert_eq!(c, Class::ArabicLetter, "{s}");
                    assert!(surely_continues_arabic(x, next), "{s}");
                    assert_eq!(fast_kind(x, next), TokenKind::Word(Script::Arabic), "{s}");
                }
                if is_single_pair(x, next) {
                    assert_eq!(c, Class::Punct, "{s}");
                    assert_eq!(fast_kind(x, next), TokenKind::Punct, "{s}");
                }
            }
        }
        // The table of the walk says the same, for every character that starts
        // with one or two bytes.
        for x in 0..=255u8 {
            for next in 0..=255u8 {
                let pair = [x, next];
                let first = if x < 0x80 { Some(&pair[..1]) } else { Some(&pair[..]) };
                if first.and_then(|p| std::str::from_utf8(p).ok()).is_none() {
                    continue;
                }
                let clean = is_ascii_space(x)
                    || is_single(x)
                    || (x >= 0x80 && (is_sure_letter(x, next) || is_single_pair(x, next)));
                assert_eq!(is_clean(x, next), clean, "{x:02X} {next:02X}");
            }
        }
        // 42 letters: U+0620–U+063F and U+0641–U+064A.
        let sure = (0x80..=0xBFu8)
            .map(|n| is_sure_letter(0xD8, n) as u32 + is_sure_letter(0xD9, n) as u32);
        assert_eq!(sure.sum::<u32>(), 42);
        for x in 0..0x80u8 {
            if is_ascii_space(x) || is_single(x) {
                let kind =
                    tokenize(std::str::from_utf8(&[x]).unwrap_or("")).next().map(|t| t.kind());
                assert_eq!(kind, Some(fast_kind(x, 0)), "{x:02X}");
            }
        }
    }

    /// Pieces for the window walk: long runs of plain tokens around every kind of
    /// complex character, so that windows start and end everywhere.
    const PIECES: &[&str] = &[
        "ب",
        "بب",
        "كتاب",
        "الـعربية",
        "ﻻ",
        " ",
        "  ",
        "\n",
        " \n ",
        "\t",
        ".",
        "،",
        "«",
        "»",
        "؛",
        "\u{064E}",
        "\u{0651}",
        "\u{0640}",
        "\u{200C}",
        "\u{00A0}",
        "\u{200F}",
        "\u{061C}",
        "٣",
        "12",
        "3.5",
        "a",
        "é",
        "#",
        "@",
        "x@y.co",
        "$",
        "\u{0301}",
        "www.a.b",
        "ی",
        "\u{FEFB}",
        "😀",
        "\"",
        "(",
        ")",
        ":",
        "-",
    ];

    fn walk_text() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(PIECES);
        let run = (piece.clone(), 1..40usize).prop_map(|(p, n)| p.repeat(n));
        prop::collection::vec(prop_oneof![3 => piece.prop_map(String::from), 1 => run], 0..120)
            .prop_map(|v| v.concat())
    }

    /// Mostly plain text (see [`plain_starts`]), long enough for plain blocks in
    /// a row, with a complex piece here and there: where the count's bulk path
    /// hands over to the walk and back.
    fn plain_text() -> impl Strategy<Value = String> {
        const PLAIN: &[&str] = &[
            "كتاب",
            "الوزير",
            "ب",
            " ",
            "  ",
            "\n",
            "\r\n",
            "،",
            "؛",
            "؟",
            "«",
            "»",
            ".",
            ":",
            "(",
            ")",
            "-",
            "\"",
            "\u{064E}",
            "\u{0651}",
            "\u{0640}",
        ];
        let piece = prop_oneof![
            30 => prop::sample::select(PLAIN),
            1 => prop::sample::select(PIECES),
        ];
        prop::collection::vec(piece, 0..400).prop_map(|v| v.concat())
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

        /// `count` counts the tokens of `next` in mostly plain text, from the
        /// start and from any token start; `words` counts its words.
        #[test]
        fn prop_count_of_plain_text_matches_next(text in plain_text(), skip in 0..70usize) {
            let mut it = tokenize(&text);
            let total = it.clone().count();
            prop_assert_eq!(total, tokenize(&text).fold(0, |n, _| n + 1));
            let mut by_next = 0;
            while it.next().is_some() {
                by_next += 1;
                if by_next == skip {
                    prop_assert_eq!(it.clone().count(), total - skip);
                }
            }
            prop_assert_eq!(total, by_next);
            let words_by_next = tokenize(&text).filter(Token::is_word).count();
            prop_assert_eq!(words(&text).count(), words_by_next);
            prop_assert_eq!(words(&text).fold(0, |n, _| n + 1), words_by_next);
        }

        /// The window walk of `fold` (behind `count`) gives the tokens
        /// of `next`, from the start and from any token start.
        #[test]
        fn prop_fold_walk_matches_next(text in walk_text(), skip in 0..8usize) {
            let push = |mut v: Vec<(Span, TokenKind, String)>, t: Token<'_>| {
                v.push((t.span(), t.kind(), t.as_str().to_owned()));
                v
            };
            let mut by_next = Vec::new();
            for t in tokenize(&text) {
                // A `for` loop calls `next`.
                by_next.push((t.span(), t.kind(), t.as_str().to_owned()));
            }
            prop_assert_eq!(&tokenize(&text).fold(Vec::new(), push), &by_next);
            prop_assert_eq!(tokenize(&text).count(), by_next.len());
            let mut it = tokenize(&text);
            for _ in 0..skip {
                it.next();
            }
            let rest = by_next.get(skip.min(by_next.len())..).unwrap_or(&[]);
            prop_assert_eq!(it.clone().count(), rest.len());
            prop_assert_eq!(&it.fold(Vec::new(), push), rest);
            let kept: Vec<_> = by_next
                .iter()
                .filter(|t| matches!(t.1, TokenKind::Word(_) | TokenKind::Number))
                .cloned()
                .collect();
            prop_assert_eq!(&words(&text).fold(Vec::new(), push), &kept);
            prop_assert_eq!(words(&text).count(), kept.len());
        }
    }

    #[test]
    fn pair_predicate_never_continues_a_non_word() {
        let mut sure = 0;
        for x in 0xD8u8..=0xDB {
            for next in 0x80u8..=0xBF {
                let table = ARABIC[(((x - 0xD8) as usize) << 6) | (next & 0x3F) as usize]
                    .continues_arabic();
                if surely_continues_arabic(x, next) {
                    assert!(table, "{x:02X} {next:02X}");
                    sure += 1;
                }
            }
        }
        // It must stay useful: U+0620–U+065F.
        assert_eq!(sure, 64);
        for x in (0x80u8..=0xBF).chain([b' ', b'a', 0xC3, 0xDC, 0xE2, 0xEF]) {
            assert!(!surely_continues_arabic(x, 0x80));
        }
    }
}
