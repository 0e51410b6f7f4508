//! The page as lines: each non-blank line, trimmed, with what the parser
//! knows about it before any pass runs (its label, date evidence, prose, a
//! caption), and the text helpers that find a label's value in the original
//! text.

use std::sync::LazyLock;

use regex::Regex;

use super::labels::{self, Label};
use super::lexicon::{
    CLOSING_QUOTES, COMMENT_FILLERS, COMMENT_WORDS, COUNTER_FILLERS, COUNTER_WORDS, MEDIA_TAGS,
    PARAGRAPH_ENDS, PHOTO_WORDS, PHOTOGRAPHER_WORDS, READER_WORDS, STOPS_OR_ELLIPSIS, keys,
};
use crate::agency::key;
use crate::date::{WordRole, word_role};

/// Lines longer than this are normalized only at their head.
pub(super) const SHORT_LINE: usize = 200;
/// How many bytes of a long line's head are normalized.
pub(super) const HEAD: usize = 64;

/// The most words after a masthead phrase (names and titles of the staff).
pub(super) const MASTHEAD_NAMES: usize = 5;
/// Lines of at most this many words are normalized whole and may be date
/// lines: labels and dates sit in short lines, or at the head of long ones.
const SHORT_LINE_WORDS: usize = 18;
/// Labels are looked for in lines of at most this many words.
const LABEL_LINE_WORDS: usize = 40;
/// A view or comment counter ("عدد المشاهدات: 1520") is this short.
const COUNTER_LINE_WORDS: usize = 4;
/// Words before a mid-line date label that are a credit, not part of the
/// date ("كشـ24 نشر في: …").
pub(super) const LABEL_CREDIT_WORDS: usize = 3;
/// Years a four-digit number on a date line can be, Gregorian and Hijri.
const GREGORIAN_YEARS: std::ops::RangeInclusive<u32> = 1900..=2100;
const HIJRI_YEARS: std::ops::RangeInclusive<u32> = 1300..=1500;
/// Words a date line may hold besides date words (a place, a credit).
const DATE_LINE_OTHER_WORDS: usize = 2;
/// A photo credit in parentheses is a word or two; the caption before it is
/// longer than a name.
const CAPTION_CREDIT_WORDS: usize = 2;
/// A photo word's credit ("تصوير: سامي حداد") has at most this many words.
const PHOTO_CREDIT_WORDS: usize = 6;
const CAPTION_MIN_WORDS: usize = 3;
/// A relative date ("منذ 3 ساعات") is a line of its own, this short.
const RELATIVE_DATE_WORDS: usize = 4;
/// A clock, or a day and a month without a year, make a date line only in a
/// line this short.
const PARTIAL_DATE_WORDS: usize = 6;
/// A credit in parentheses closing a paragraph is a few words ("(واس)").
const CREDIT_WORDS: usize = 3;
/// Mojibake is judged on the first characters of a line, and needs letters.
const MOJIBAKE_SAMPLE: usize = 200;
const MOJIBAKE_LETTERS: usize = 20;
/// A headline of clauses run together with ".." has at least this many.
const RUN_ON_CLAUSES: usize = 2;
/// A line ending like a sentence is prose from this many words; from
/// `PROSE_WORDS_LOOSE` also when it ends with a quotation mark, `?` or `!`;
/// any line of `PROSE_WORDS` is prose.
const PROSE_WORDS_ENDED: usize = 10;
const PROSE_WORDS_LOOSE: usize = 16;
const PROSE_WORDS: usize = 22;
/// A line this long with no punctuation at all is headlines run together.
const TICKER_WORDS: usize = 30;

/// One non-blank line of the page and what the parser knows about it.
#[derive(Debug)]
pub(super) struct Line<'a> {
    /// The line, trimmed (white space and invisible marks).
    pub(super) text: &'a str,
    /// `agency::key` of the line, or of its head when the line is long; empty
    /// for a line of more than [`LABEL_LINE_WORDS`] words, which holds no
    /// label, no date line and no byline (nothing reads its normalized text).
    pub(super) norm: String,
    pub(super) words: usize,
    pub(super) arabic: bool,
    pub(super) label: Option<labels::Hit>,
    pub(super) date: bool,
    pub(super) prose: bool,
    /// Inside a list that is not the article (most read, menus …).
    pub(super) listed: bool,
}

pub(super) fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || crate::chars::is_invisible(c) || c == '\u{feff}')
}

pub(super) fn head(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    let mut end = n;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// A leading "date 2025-09-23" metadata token (it opens with `date`: lines
/// that do not are not searched).
pub(super) static ISO_TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^date\s+\d{4}-\d{2}(-\d{2})?\s+").expect("valid regex"));
pub(super) static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}(?-u:\b)")
        .expect("valid regex")
});
pub(super) static TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{1,2})\s*:\s*(\d{2})(?-u:\b)").expect("valid regex"));
pub(super) static CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[-–—\s]*\(([^()]{2,40})\)[.\s]*$").expect("valid regex"));

/// Whether a (normalized) line is a date line: date evidence and at most two
/// other words.
pub(super) fn is_date_line(
    text: &str,
    norm: &str,
    words: usize,
    label: Option<labels::Hit>,
) -> bool {
    if words > SHORT_LINE_WORDS {
        return false;
    }
    // Every date line but a relative one has a digit (digits are folded to ASCII).
    if !norm.bytes().any(|b| b.is_ascii_digit())
        && !norm.starts_with("منذ")
        && !norm.starts_with("قبل")
    {
        return false;
    }
    // An outlet credited before the stamp ("جريدة الصباح - 12/12/2025 …", an
    // aggregator's line): the stamp after it decides.
    let credited;
    let (text, norm) = match outlet_before_stamp(text) {
        Some(rest) => {
            credited = key(rest);
            (rest, credited.as_str())
        }
        None => (text, norm),
    };
    // The label's own words are no evidence either way; a label may sit
    // mid-line ("كشـ24 نشر في: …", "…(محدثة GMT 17:49 …)").
    let unlabelled;
    let body = match label {
        Some(h) if h.label.is_date() && h.end <= norm.len() && h.start <= h.end => {
            let before = &norm[..h.start];
            unlabelled = if before.split_whitespace().count() <= LABEL_CREDIT_WORDS {
                norm[h.end..].to_owned()
            } else {
                format!("{before} {}", &norm[h.end..])
            };
            unlabelled.as_str()
        }
        _ => norm,
    };
    let mut has_year = false;
    let mut has_month = false;
    let mut has_digit = false;
    let mut other = 0;
    let mut first: Option<&str> = None;
    for tok in body.split(|c: char| c.is_whitespace() || ",،/-:|().+".contains(c)) {
        let t = tok.trim_matches(|c: char| !labels::is_word_char(c));
        if t.is_empty() {
            continue;
        }
        if first.is_none() {
            first = Some(t);
        }
        let digits = t.trim_end_matches(|c: char| !c.is_ascii_digit());
        if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
            has_digit = true;
            if digits.len() == 4 {
                if let Ok(y) = digits.parse::<u32>() {
                    if GREGORIAN_YEARS.contains(&y) || HIJRI_YEARS.contains(&y) {
                        has_year = true;
                    }
                }
            }
            continue;
        }
        match word_role(t) {
            WordRole::Month => {
                has_month = true;
                continue;
            }
            WordRole::DateWord => continue,
            WordRole::Other if t.starts_with("gmt") => continue,
            WordRole::Other => {}
        }
        if t.chars().any(|c| labels::is_word_char(c) && !c.is_ascii_digit()) {
            other += 1;
        }
    }
    if other > DATE_LINE_OTHER_WORDS {
        return false;
    }
    // The normalizer turns "/" and "." into spaces: "19/05/2024" is read as written.
    let numeric = NUMERIC_DATE.is_match(body) || NUMERIC_DATE.is_match(text);
    let time = TIME.is_match(body);
    let relative = matches!(first, Some("منذ" | "قبل")) && words <= RELATIVE_DATE_WORDS;
    (has_year && (has_month || numeric || time))
        || numeric
        || (time && words <= PARTIAL_DATE_WORDS)
        || (has_month && has_digit && words <= PARTIAL_DATE_WORDS)
        || relative
        || (label.is_some_and(|h| h.label.is_date()) && has_digit)
}

/// The text after an outlet's name and a dash ("جريدة الصباح - 12/12/2025"):
/// a name the dateline module reads as an outlet, of at most
/// [`LABEL_CREDIT_WORDS`] words and no digit (a reporter's name is no outlet).
pub(super) fn outlet_before_stamp(text: &str) -> Option<&str> {
    // After a dash, or glued to the stamp's first digit ("هبة بريس٠٥-٠٣-٢٠٢٥").
    let glued = || {
        let at = text.find(crate::chars::is_numeric)?;
        Some((text[..at].trim_end(), &text[at..]))
    };
    let (before, after) =
        text.split_once(" - ").or_else(|| text.split_once(" – ")).or_else(glued)?;
    (before.split_whitespace().count() <= LABEL_CREDIT_WORDS
        && !before.bytes().any(|b| b.is_ascii_digit())
        && crate::dateline::is_outlet_credit(before))
    .then_some(after)
}

/// The shape of a whole paragraph, for a line too short to be prose: it holds
/// a full stop (not "..", which joins a headline's parts, nor a decimal
/// point), or it is long and holds a comma (a site that drops its full
/// stops). Another story's headline has neither.
pub(super) fn is_whole_sentence(l: &Line<'_>) -> bool {
    let b = l.text.as_bytes();
    let plain = |j: Option<usize>| {
        j.and_then(|j| b.get(j)).is_none_or(|c| *c != b'.' && !c.is_ascii_digit())
    };
    let full_stop =
        (0..b.len()).any(|i| b[i] == b'.' && plain(i.checked_sub(1)) && plain(Some(i + 1)));
    full_stop || (l.words >= PROSE_WORDS_ENDED && l.text.contains(['،', ',']))
}

/// Whether `text` ends with one full stop (not `..`, which joins a headline's
/// parts): a sentence's end, which no headline has.
pub(super) fn ends_with_full_stop(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with('.') && !t.ends_with("..")
}

/// Ends like a paragraph (a headline may end with ? or !, rarely with these).
pub(super) fn ends_sentence(s: &str) -> bool {
    if s.ends_with(')') {
        return closing_credit(s);
    }
    s.ends_with(PARAGRAPH_ENDS)
}

/// A closing parenthesis ends a sentence after a full stop ("… (رويترز).")
/// or around a short credit ("… (واس)"), not around a name with digits
/// ("… (كوفيد-19)").
pub(super) fn closing_credit(s: &str) -> bool {
    let Some(open) = s.rfind('(') else { return true };
    let inner = &s[open + 1..s.len() - 1];
    let before = s[..open].trim_end();
    if is_media_tag(inner) {
        return false;
    }
    before.ends_with(STOPS_OR_ELLIPSIS)
        || (inner.split_whitespace().count() <= CREDIT_WORDS
            && !inner.chars().any(crate::chars::is_numeric))
}

/// Whether the words in a line's closing parentheses are a media tag ("…
/// (فيديو)", "(بالصور)"): a headline's mark, neither a paragraph's end nor a
/// photo's credit.
pub(super) fn is_media_tag(inner: &str) -> bool {
    static MEDIA: LazyLock<Vec<String>> = LazyLock::new(|| keys(MEDIA_TAGS));
    MEDIA.contains(&key(inner.trim()))
}

/// Arabic text decoded with the wrong code page (Windows-1256 read as Latin-1):
/// mostly letters of U+00C0–U+00FF. Such a page is still an article.
pub(super) fn is_mojibake(text: &str) -> bool {
    // Latin-1 letters are two bytes led by 0xC3 in UTF-8.
    if !text.bytes().any(|b| b == 0xC3) {
        return false;
    }
    let (mut latin1, mut letters) = (0usize, 0usize);
    for c in text.chars().take(MOJIBAKE_SAMPLE) {
        if c.is_alphabetic() {
            letters += 1;
            if ('\u{C0}'..='\u{FF}').contains(&c) {
                latin1 += 1;
            }
        }
    }
    letters >= MOJIBAKE_LETTERS && latin1 * 2 >= letters
}

/// Ends with a closing quotation mark that no full stop precedes: a headline
/// quoting someone («…») as often as a paragraph.
pub(super) fn ends_quote_only(s: &str) -> bool {
    let t = s.trim_end_matches(CLOSING_QUOTES);
    t.len() < s.len() && !t.ends_with(STOPS_OR_ELLIPSIS)
}

/// A headline of several clauses run together with "..": no paragraph.
pub(super) fn is_run_on_headline(text: &str) -> bool {
    !ends_sentence(text) && double_dots(text) >= RUN_ON_CLAUSES
}

/// How many ".." runs `text` holds, counted as `text.matches("..")` does
/// (left to right, not overlapping), stopping at `RUN_ON_CLAUSES`.
fn double_dots(text: &str) -> usize {
    let (b, mut n, mut i) = (text.as_bytes(), 0, 0);
    while n < RUN_ON_CLAUSES {
        let Some(dot) = crate::chars::find_byte(b, i, |c| c == b'.') else { break };
        if b.get(dot + 1) == Some(&b'.') {
            n += 1;
            i = dot + 2;
        } else {
            i = dot + 1;
        }
    }
    n
}

/// Whether `l` is short enough that its `norm` is the key of the whole line.
pub(super) fn is_short_line(l: &Line<'_>) -> bool {
    l.text.len() <= SHORT_LINE && l.words <= SHORT_LINE_WORDS
}

/// A view or comment counter: numbers, [`COUNTER_WORDS`] and
/// [`COUNTER_FILLERS`] only, with at least one number and one counter word
/// (`norm` is the line's key).
fn is_counter(norm: &str) -> bool {
    static WORDS: LazyLock<Vec<String>> = LazyLock::new(|| keys(&COUNTER_WORDS));
    static FILLERS: LazyLock<Vec<String>> = LazyLock::new(|| keys(&COUNTER_FILLERS));
    let (mut number, mut counted) = (false, false);
    for w in norm.split(|c: char| !labels::is_word_char(c)).filter(|w| !w.is_empty()) {
        if w.chars().all(crate::chars::is_numeric) {
            number = true;
        } else if WORDS.iter().any(|c| c == w) {
            counted = true;
        } else if !FILLERS.iter().any(|c| c == w) {
            return false;
        }
    }
    number && counted
}

/// The credit line of a post embedded in a page (a tweet as its page shows it
/// without its script): a dash, the author's name, `(@handle)` and the
/// post's date ("— وزارة الصحة (@MOH) May 12, 2024").
fn is_embed_credit(text: &str) -> bool {
    let Some(rest) = text.trim_start().strip_prefix(['—', '–', '-']) else { return false };
    rest.split_once("(@").is_some_and(|(_, handle)| {
        handle.split_once(')').is_some_and(|(h, _)| {
            !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        })
    })
}

/// A comment section's heading: at most [`COUNTER_LINE_WORDS`] words, one of
/// [`COMMENT_WORDS`] (or "آراء" with one of [`READER_WORDS`]: "آراء القراء"),
/// the others readers' words, [`COMMENT_FILLERS`] or numbers ("التعليقات (3)",
/// "تعليقات القراء", "آخر التعليقات"). A headline about comments ("تعليقات
/// الوزير …") has other words (`norm` is the line's key).
pub(super) fn is_comments_heading(norm: &str) -> bool {
    static COMMENT: LazyLock<Vec<String>> = LazyLock::new(|| keys(&COMMENT_WORDS));
    static READERS: LazyLock<Vec<String>> = LazyLock::new(|| keys(&READER_WORDS));
    static FILLERS: LazyLock<Vec<String>> = LazyLock::new(|| keys(&COMMENT_FILLERS));
    static OPINIONS: LazyLock<String> = LazyLock::new(|| key("آراء"));
    let (mut comments, mut readers, mut opinions, mut words) = (false, false, false, 0);
    for w in norm.split(|c: char| !labels::is_word_char(c)).filter(|w| !w.is_empty()) {
        words += 1;
        if COMMENT.iter().any(|c| c == w) {
            comments = true;
        } else if READERS.iter().any(|c| c == w) {
            readers = true;
        } else if FILLERS.iter().any(|c| c == w) {
            opinions |= *w == *OPINIONS;
        } else if !w.chars().all(crate::chars::is_numeric) {
            return false;
        }
    }
    words <= COUNTER_LINE_WORDS && (comments || (opinions && readers))
}

pub(super) fn make_line(text: &str) -> Line<'_> {
    let words = crate::chars::word_count(text);
    let arabic = text.chars().any(crate::chars::is_arabic_letter) || is_mojibake(text);
    // Labels and dates sit in short lines, or at the head of long ones: the
    // normalizer never sees the rest of a paragraph.
    let norm = if words > LABEL_LINE_WORDS {
        String::new()
    } else if text.len() <= SHORT_LINE && words <= SHORT_LINE_WORDS {
        key(text)
    } else {
        key(head(text, HEAD))
    };
    let mut label = if words <= LABEL_LINE_WORDS { labels::find(&norm, words) } else { None };
    // A masthead names people ("رئيس التحرير: فلان الفلاني"); a long value
    // after the phrase is a headline that quotes the post.
    if let Some(h) = label.filter(|h| h.label == Label::Masthead) {
        if norm.get(h.end..).is_some_and(|v| v.split_whitespace().count() > MASTHEAD_NAMES) {
            label = None;
        }
    }
    // A comment section's heading, or the same words counting comments.
    if words <= COUNTER_LINE_WORDS
        && label.is_none_or(|h| matches!(h.label, Label::Boiler | Label::End))
        && is_comments_heading(&norm)
    {
        label = Some(labels::Hit { label: Label::Comments, start: 0, end: norm.len() });
    }
    // A view or comment counter is furniture, as a share button is.
    let counter = label.is_none() && words <= COUNTER_LINE_WORDS && is_counter(&norm);
    if counter {
        label = Some(labels::Hit { label: Label::Boiler, start: 0, end: norm.len() });
    }
    // An embedded post's credit ("— NAME (@handle) DATE") is a caption.
    let embed = label.is_none() && is_embed_credit(text);
    if embed {
        label = Some(labels::Hit { label: Label::Caption, start: 0, end: norm.len() });
    }
    let date = !counter && !embed && is_date_line(text, &norm, words, label);
    // "التاريخ" (history; the date) opening a line that holds no date is a word
    // of the text ("التاريخ يعيد نفسه …"), unless the date is on the next line.
    if !date
        && label.is_some_and(|h| {
            h.label == Label::Date
                && norm.get(h.end..).is_some_and(|v| v.contains(labels::is_word_char))
        })
    {
        label = None;
    }
    let prose = arabic
        && !date
        && label.is_none_or(|h| matches!(h.label, Label::Ticker | Label::Caption))
        && ((words >= PROSE_WORDS_ENDED && ends_sentence(text) && !ends_quote_only(text))
            || (words >= PROSE_WORDS_LOOSE && ends_sentence(text))
            || (words >= PROSE_WORDS_LOOSE && text.ends_with(['?', '؟', '!']))
            || words >= PROSE_WORDS);
    let mut line = Line { text, norm, words, arabic, label, date, prose, listed: false };
    if line.prose && is_caption(&line) {
        line.prose = false;
    }
    if line.prose && is_run_on_headline(text) {
        line.prose = false;
    }
    // A run-on ticker: many headlines glued together, no sentence punctuation.
    if is_run_on(text, words) {
        line.prose = false;
        line.listed = true;
    }
    line
}

/// The shape of a run-on ticker: many words and no clause mark. A paragraph
/// cut before its first comma has it too (the last line of a cut page).
pub(super) fn is_run_on(text: &str, words: usize) -> bool {
    words >= TICKER_WORDS && !has_clause_mark(text)
}

/// `text.contains(['.', '،', ',', '؛', '!', '?', '؟'])` on bytes (the Arabic
/// marks are `D8 8C`, `D8 9B` and `D8 9F`).
fn has_clause_mark(text: &str) -> bool {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(i) = crate::chars::find_byte(b, from, |c| {
        matches!(c, b'.' | b',' | b'!' | b'?') | matches!(c, 0x8C | 0x9B | 0x9F)
    }) {
        if b[i] < 0x80 || (i > 0 && b[i - 1] == 0xD8) {
            return true;
        }
        from = i + 1;
    }
    false
}

/// The page with its other spaces (U+00A0, U+1680, U+2000–U+200A, U+202F,
/// U+205F, U+3000: what HTML's `&nbsp;` and typesetting leave) written as ASCII
/// spaces, so that a headline spaced with `&nbsp;` reads (and comes out) as
/// one spaced with spaces. Borrowed when there are none: the scan looks at
/// the lead bytes of those spaces only (`C2`, `E1`–`E3`).
pub(super) fn ascii_spaces(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let mut out: Option<String> = None;
    // `text[copied..]` is not in `out` yet.
    let (mut from, mut copied) = (0, 0);
    while let Some(at) =
        crate::chars::find_byte(b, from, |c| (c == 0xC2) | (c.wrapping_sub(0xE1) < 3))
    {
        from = at + 1;
        // The bytes of the spaces of `is_other_space` (`“ ” – …`, `E2 80 9C`
        // and the like, are the common characters of these leads).
        let byte = |k: usize| b.get(at + k).copied().unwrap_or(0);
        let len = match (b[at], byte(1), byte(2)) {
            (0xC2, 0xA0, _) => 2,
            (0xE2, 0x80, 0x80..=0x8A | 0xAF) | (0xE2, 0x81, 0x9F) => 3,
            (0xE1, 0x9A, 0x80) | (0xE3, 0x80, 0x80) => 3,
            _ => continue,
        };
        let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
        out.push_str(&text[copied..at]);
        out.push(' ');
        copied = at + len;
        from = copied;
    }
    match out {
        Some(mut out) => {
            out.push_str(&text[copied..]);
            std::borrow::Cow::Owned(out)
        }
        None => std::borrow::Cow::Borrowed(text),
    }
}

/// `text` split as `text.split(['\n', '\r', '\u{c}', '\u{2028}', '\u{2029}'])`
/// splits it, found on bytes (no character decoding of the whole page).
fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let (mut start, mut i, mut done) = (0, 0, false);
    std::iter::from_fn(move || {
        // Jump to the next byte that can end a line (lines are hundreds of
        // bytes long).
        while let Some(at) = crate::chars::find_byte(b, i, |c| {
            (c == b'\n') | (c == b'\r') | (c == 0x0C) | (c == 0xE2)
        }) {
            let len = match b[at] {
                b'\n' | b'\r' | 0x0C => 1,
                0xE2 if b[at + 1] == 0x80 && matches!(b[at + 2], 0xA8 | 0xA9) => 3,
                _ => 0,
            };
            if len > 0 {
                let piece = &text[start..at];
                i = at + len;
                start = i;
                return Some(piece);
            }
            i = at + 1;
        }
        if done {
            return None;
        }
        done = true;
        Some(&text[start..])
    })
}

pub(super) fn read_lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    for raw in split_lines(text) {
        let t = trim(raw);
        if t.is_empty() {
            continue;
        }
        // A leading "date 2025-09-23" metadata token is a line of its own.
        if let Some(m) = t.starts_with("date").then(|| ISO_TOKEN.find(t)).flatten() {
            out.push(make_line(trim(&t[..m.end()])));
            let rest = trim(&t[m.end()..]);
            if !rest.is_empty() {
                out.push(make_line(rest));
            }
            continue;
        }
        out.push(make_line(t));
    }
    out
}

pub(super) fn label(l: &Line<'_>) -> Option<Label> {
    l.label.map(|h| h.label)
}

/// The byte offset in `text` just after its `n`-th letter or digit (marks,
/// tatweel and invisible characters not counted), then past separators.
pub(super) fn after_letters(text: &str, n: usize) -> usize {
    let mut seen = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        if seen >= n {
            break;
        }
        seen += key_letters(c);
        end = i + c.len_utf8();
    }
    // Marks that belong to the last letter.
    for c in text[end..].chars() {
        let mark = crate::chars::is_diacritic(c)
            || crate::chars::is_tatweel(c)
            || (crate::chars::is_presentation_form(c) && key_letters(c) == 0);
        if mark {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// How many letters and digits `c` leaves in a line's key ([`key`]): none for
/// a mark or tatweel, one for a letter, and for a presentation form those of
/// its decomposition (`ﻻ` two, the shadda's form `ﹽ` none).
fn key_letters(c: char) -> usize {
    if crate::chars::is_presentation_form(c) {
        let mut buf = [0u8; 4];
        return key(c.encode_utf8(&mut buf))
            .chars()
            .filter(|&k| crate::chars::is_alphanumeric(k))
            .count();
    }
    usize::from(
        crate::chars::is_alphanumeric(c)
            && !crate::chars::is_diacritic(c)
            && !crate::chars::is_tatweel(c),
    )
}

/// The number of letters and digits in `norm[..end]`: where a label found in
/// normalized text begins or ends, counted to find it in the original.
pub(super) fn letters_before(norm: &str, end: usize) -> usize {
    norm[..end.min(norm.len())].chars().filter(|&c| crate::chars::is_alphanumeric(c)).count()
}

/// `text` after its first `n` letters (a label) and the separators after them.
pub(super) fn value_after(text: &str, n: usize) -> &str {
    text[after_letters(text, n)..].trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '-' | '–' | '|' | '：')
    })
}

/// The text of a labelled line after its label (and `:`/`-`).
pub(super) fn after_label<'a>(l: &Line<'a>) -> &'a str {
    match l.label {
        Some(h) => value_after(l.text, letters_before(&l.norm, h.end)),
        None => l.text,
    }
}

/// The value after a line's label, or "" when it holds no letter or digit
/// (`المصدر>`: the value is on the next line, if anywhere).
pub(super) fn label_value<'a>(l: &Line<'a>) -> &'a str {
    let v = after_label(l);
    if v.chars().any(crate::chars::is_alphanumeric) { v } else { "" }
}

/// The byte length of the text of a labelled line before its label.
pub(super) fn before_len(l: &Line<'_>) -> usize {
    let Some(h) = l.label else { return 0 };
    match letters_before(&l.norm, h.start) {
        0 => 0,
        n => after_letters(l.text, n),
    }
}

/// The text of a labelled line before its label.
pub(super) fn before_label<'a>(l: &Line<'a>) -> &'a str {
    let Some(h) = l.label else { return "" };
    let n = letters_before(&l.norm, h.start);
    if n == 0 {
        return "";
    }
    l.text[..after_letters(l.text, n)].trim()
}

/// A photo caption: a credit in parentheses at its end (an agency, a
/// photographer's name, a photo word), or © at its start.
pub(super) fn is_caption(l: &Line<'_>) -> bool {
    caption_credit(l).is_some()
}

/// How a line is credited as a photo's caption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Credit {
    /// Surely: `©`, a caption label, an agency or a photo word in parentheses
    /// at its end (`(تصوير: …)`, `(أرشيفية)`).
    Sure,
    /// A name in parentheses at its end: a photographer's (`(سامي خوري)`), or
    /// what a headline is about (`(فرسان الخير)`); evidence to weigh.
    Name,
}

/// A photo's credit on a line of its own: a photographer's word
/// ([`PHOTOGRAPHER_WORDS`]), a colon and a name ("تصوير: سامي حداد", "(عدسة:
/// المركز الإعلامي)").
pub(super) fn is_photo_credit(l: &Line<'_>) -> bool {
    static WORDS: LazyLock<Vec<String>> = LazyLock::new(|| keys(&PHOTOGRAPHER_WORDS));
    let text = l.text;
    let bare = text.strip_prefix('(').and_then(|r| r.strip_suffix(')')).unwrap_or(text);
    l.words <= PHOTO_CREDIT_WORDS + 1
        && bare.split_once(':').is_some_and(|(word, name)| {
            (1..=PHOTO_CREDIT_WORDS).contains(&name.split_whitespace().count())
                && WORDS.contains(&key(word.trim()))
        })
}

/// Whether and how `l` is credited as a caption; not a term a headline ends on
/// ("… من (داعش)", "… (فيديو)").
pub(super) fn caption_credit(l: &Line<'_>) -> Option<Credit> {
    let t = l.text;
    if t.starts_with('©') || label(l) == Some(Label::Caption) || is_photo_credit(l) {
        return Some(Credit::Sure);
    }
    let inner = t.strip_suffix(')').and_then(|r| r.rfind('(').map(|open| &r[open + 1..]))?;
    if is_media_tag(inner) {
        return None;
    }
    if crate::Agency::find(inner).is_some() {
        return Some(Credit::Sure);
    }
    static PHOTO: LazyLock<Vec<String>> = LazyLock::new(|| keys(&PHOTO_WORDS));
    let words = inner.split_whitespace().count();
    if l.words <= CAPTION_MIN_WORDS || words > PHOTO_CREDIT_WORDS {
        return None;
    }
    let k = key(inner);
    if PHOTO.iter().any(|w| k.starts_with(w.as_str())) {
        return Some(Credit::Sure);
    }
    (words <= CAPTION_CREDIT_WORDS
        && !inner.chars().any(crate::chars::is_numeric)
        && crate::dateline::is_name_shaped(inner.trim()))
    .then_some(Credit::Name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_spaces_are_found_on_bytes() {
        // The spaces of Unicode's Zs category but the ASCII one.
        let other = |c: char| {
            c.is_whitespace() && !c.is_ascii() && !matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}')
        };
        for c in ('\u{80}'..='\u{FFFF}').filter(|&c| c != ' ') {
            let text = format!("أ{c}ب{c}");
            let got = ascii_spaces(&text);
            let want = if other(c) { "أ ب ".to_owned() } else { text.clone() };
            assert_eq!(got, want, "{c:?}");
            assert_eq!(matches!(got, std::borrow::Cow::Owned(_)), other(c), "{c:?}");
        }
    }

    #[test]
    fn clause_marks_are_found_on_bytes() {
        let marks = ['.', '،', ',', '؛', '!', '?', '؟'];
        let long = format!("{}؛{}", "ب".repeat(40), "ڌ ۛ ٟ".repeat(9));
        for t in
            ["", "a", "قال", "قال،", "ڌ", "ۛ ٟ 0x9F", "نص؟", "\u{8C}", &long, "ب".repeat(50).as_str()]
        {
            assert_eq!(has_clause_mark(t), t.contains(marks), "{t:?}");
        }
    }

    #[test]
    fn double_dots_count_as_matches_does() {
        let long = format!("{}..{}.{}...", "ب".repeat(40), "a".repeat(30), "ج".repeat(20));
        for t in ["", ".", "..", "...", "....", "a..b..c", "a.b.c", ". .", &long, "..x.. ..y"] {
            assert_eq!(double_dots(t), t.matches("..").count().min(RUN_ON_CLAUSES), "{t:?}");
        }
    }

    #[test]
    fn split_lines_splits_as_str_split() {
        let seps = ['\n', '\r', '\u{c}', '\u{2028}', '\u{2029}'];
        for text in [
            "",
            "\n",
            "a\r\nب\u{2028}\u{2029}ج\u{c}",
            "«قال» \u{2027}\u{202a}x\n\n",
            "\u{2029}lead and trail\u{2028}",
        ] {
            assert_eq!(split_lines(text).collect::<Vec<_>>(), text.split(seps).collect::<Vec<_>>());
        }
    }

    #[test]
    fn date_lines() {
        for s in [
            "الخميس، 12 سبتمبر 2024 10:15 ص",
            "تاريخ النشر: 27th, December 2023 GMT",
            "منذ 3 ساعات",
            "2020-11-09",
            "19/05/2024",
            "03.03.2024",
        ] {
            let l = make_line(s);
            assert!(l.date, "{s}");
        }
        // An outlet's credit before the stamp; a reporter's name is no outlet.
        assert!(make_line("جريدة الصباح اليومية - 12/12/2025 12:47:05 AM - GMT (+3 )").date);
        assert_eq!(outlet_before_stamp("صحيفة الصباح - 12/12/2025"), Some("12/12/2025"));
        assert_eq!(outlet_before_stamp("سامي خوري - 12/12/2025"), None);
        assert_eq!(outlet_before_stamp("صحيفة الصباح٠٥-٠٣-٢٠٢٥"), Some("٠٥-٠٣-٢٠٢٥"));
        for s in [
            "انتخابات النواب 2020",
            "وزير الاقتصاد يعلن نمو الصادرات 12 في المئة خلال عام 2023",
            "صحيفة الصباح - ملف الانتخابات البلدية 2026",
        ] {
            assert!(!make_line(s).date, "{s}");
        }
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("قال الوزير إن النمو مستمر (واس)"));
        assert!(ends_sentence("قال الوزير إن النمو مستمر. (رويترز)"));
        assert!(!ends_sentence("الصحة تعلن تسجيل 6 إصابات جديدة بفيروس (كوفيد-19)"));
    }
}
