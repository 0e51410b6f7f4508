//! The line layout: the features of each line, and the passes that claim
//! lines for roles (see `PASSES`).

use std::sync::LazyLock;

use regex::Regex;

mod finish;
mod related;
mod tagged;

use super::Parser;
use super::assemble::Draft;
use super::claims::{Claims, Role};
use super::labels::{self, Label};
use crate::agency::key;
use crate::article::{ArticleDate, Byline, PageKind};
use crate::date::{WordRole, word_role};
use crate::dateline::{self, AgencyRef, Dateline, Mode};
use crate::{DateParser, Time};

/// Lines longer than this are normalized only at their head.
const SHORT_LINE: usize = 200;
/// How many bytes of a long line's head are normalized.
const HEAD: usize = 64;
/// How far into the text block an own-line dateline still opens the body.
const DATELINE_REACH: usize = 4;
/// The most words after a masthead phrase (names and titles of the staff).
const MASTHEAD_NAMES: usize = 5;
/// How far above the body the header (title, date, byline) is searched, in lines.
const HEADER_WINDOW: usize = 25;

/// One non-blank line of the page and what the parser knows about it.
#[derive(Debug)]
struct Line<'a> {
    /// The line, trimmed (white space and invisible marks).
    text: &'a str,
    /// `agency::key` of the line, or of its head when the line is long.
    norm: String,
    words: usize,
    arabic: bool,
    label: Option<labels::Hit>,
    date: bool,
    prose: bool,
    /// Inside a list that is not the article (most read, menus …).
    listed: bool,
}

fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || crate::chars::is_invisible(c) || c == '\u{feff}')
}

fn head(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    let mut end = n;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

static ISO_TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^date\s+\d{4}-\d{2}(-\d{2})?\s+").expect("valid regex"));
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}(?-u:\b)")
        .expect("valid regex")
});
static TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{1,2})\s*:\s*(\d{2})(?-u:\b)").expect("valid regex"));
static CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[-–—\s]*\(([^()]{2,40})\)[.\s]*$").expect("valid regex"));

fn is_date_label(l: Label) -> bool {
    matches!(l, Label::Published | Label::Updated | Label::Date)
}

/// Whether a (normalized) line is a date line: date evidence and at most two
/// other words.
fn is_date_line(text: &str, norm: &str, words: usize, label: Option<labels::Hit>) -> bool {
    if words > 18 {
        return false;
    }
    // Every date line but a relative one has a digit (digits are folded to ASCII).
    if !norm.bytes().any(|b| b.is_ascii_digit())
        && !norm.starts_with("منذ")
        && !norm.starts_with("قبل")
    {
        return false;
    }
    // The label's own words are no evidence either way; a label may sit
    // mid-line ("كشـ24 نشر في: …", "…(محدثة GMT 17:49 …)").
    let unlabelled;
    let body = match label {
        Some(h) if is_date_label(h.label) && h.end <= norm.len() && h.start <= h.end => {
            let before = &norm[..h.start];
            unlabelled = if before.split_whitespace().count() <= 3 {
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
                    if (1900..=2100).contains(&y) || (1300..=1500).contains(&y) {
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
    if other > 2 {
        return false;
    }
    // The normalizer turns "/" and "." into spaces: "19/05/2024" is read as written.
    let numeric = NUMERIC_DATE.is_match(body) || NUMERIC_DATE.is_match(text);
    let time = TIME.is_match(body);
    let relative = matches!(first, Some("منذ" | "قبل")) && words <= 4;
    (has_year && (has_month || numeric || time))
        || numeric
        || (time && words <= 6)
        || (has_month && has_digit && words <= 6)
        || relative
        || (label.is_some_and(|h| is_date_label(h.label)) && has_digit)
}

/// Ends like a paragraph (a headline may end with ? or !, rarely with these).
fn ends_sentence(s: &str) -> bool {
    if s.ends_with(')') {
        return closing_credit(s);
    }
    s.ends_with(['.', '"', '”', '»', '…', ':', '؛'])
}

/// A closing parenthesis ends a sentence after a full stop ("… (رويترز).")
/// or around a short credit ("… (واس)"), not around a name with digits
/// ("… (كوفيد-19)").
fn closing_credit(s: &str) -> bool {
    let Some(open) = s.rfind('(') else { return true };
    let inner = &s[open + 1..s.len() - 1];
    let before = s[..open].trim_end();
    before.ends_with(['.', '!', '؟', '?', '…'])
        || (inner.split_whitespace().count() <= 3 && !inner.chars().any(char::is_numeric))
}

/// Arabic text decoded with the wrong code page (Windows-1256 read as Latin-1):
/// mostly letters of U+00C0–U+00FF. Such a page is still an article.
fn is_mojibake(text: &str) -> bool {
    // Latin-1 letters are two bytes led by 0xC3 in UTF-8.
    if !text.bytes().any(|b| b == 0xC3) {
        return false;
    }
    let (mut latin1, mut letters) = (0usize, 0usize);
    for c in text.chars().take(200) {
        if c.is_alphabetic() {
            letters += 1;
            if ('\u{C0}'..='\u{FF}').contains(&c) {
                latin1 += 1;
            }
        }
    }
    letters >= 20 && latin1 * 2 >= letters
}

/// Ends with a closing quotation mark that no full stop precedes: a headline
/// quoting someone («…») as often as a paragraph.
fn ends_quote_only(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '”', '»']);
    t.len() < s.len() && !t.ends_with(['.', '!', '؟', '?', '…'])
}

/// A headline of several clauses run together with "..": no paragraph.
fn is_run_on_headline(text: &str) -> bool {
    !ends_sentence(text) && double_dots(text) >= 2
}

/// How many ".." runs `text` holds, counted as `text.matches("..")` does
/// (left to right, not overlapping), stopping at two.
fn double_dots(text: &str) -> usize {
    let (b, mut n, mut i) = (text.as_bytes(), 0, 0);
    while n < 2 && i + 1 < b.len() {
        if b[i] == b'.' && b[i + 1] == b'.' {
            n += 1;
            i += 2;
        } else {
            i += 1;
        }
    }
    n
}

fn make_line(text: &str) -> Line<'_> {
    let words = crate::chars::word_count(text);
    let arabic = text.chars().any(crate::chars::is_arabic_letter) || is_mojibake(text);
    // Labels and dates sit in short lines, or at the head of long ones: the
    // normalizer never sees the rest of a paragraph.
    let norm =
        if text.len() <= SHORT_LINE && words <= 18 { key(text) } else { key(head(text, HEAD)) };
    let mut label = if words <= 40 { labels::find(&norm, words) } else { None };
    // A masthead names people ("رئيس التحرير: فلان الفلاني"); a long value
    // after the phrase is a headline that quotes the post.
    if let Some(h) = label.filter(|h| h.label == Label::Masthead) {
        if norm.get(h.end..).is_some_and(|v| v.split_whitespace().count() > MASTHEAD_NAMES) {
            label = None;
        }
    }
    let date = is_date_line(text, &norm, words, label);
    let prose = arabic
        && !date
        && label.is_none_or(|h| matches!(h.label, Label::Ticker | Label::Caption))
        && ((words >= 10 && ends_sentence(text) && !ends_quote_only(text))
            || (words >= 16 && ends_sentence(text))
            || (words >= 16 && text.ends_with(['?', '؟', '!']))
            || words >= 22);
    let mut line = Line { text, norm, words, arabic, label, date, prose, listed: false };
    if line.prose && is_caption(&line) {
        line.prose = false;
    }
    if line.prose && is_run_on_headline(text) {
        line.prose = false;
    }
    // A run-on ticker: many headlines glued together, no sentence punctuation.
    if words >= 30 && !text.contains(['.', '،', ',', '؛', '!', '?', '؟']) {
        line.prose = false;
        line.listed = true;
    }
    line
}

/// `text` split as `text.split(['\n', '\r', '\u{c}', '\u{2028}', '\u{2029}'])`
/// splits it, found on bytes (no character decoding of the whole page).
fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let (mut start, mut i, mut done) = (0, 0, false);
    std::iter::from_fn(move || {
        while i < b.len() {
            // Skip 32-byte blocks with no byte that can end a line (a check the
            // compiler vectorizes): lines are hundreds of bytes long.
            if let Some(block) = b.get(i..i + 32).and_then(|s| <&[u8; 32]>::try_from(s).ok()) {
                let mut ends = 0u8;
                for &c in block {
                    ends |= u8::from(c == b'\n')
                        | u8::from(c == b'\r')
                        | u8::from(c == 0x0C)
                        | u8::from(c == 0xE2);
                }
                if ends == 0 {
                    i += 32;
                    continue;
                }
            }
            let len = match b[i] {
                b'\n' | b'\r' | 0x0C => 1,
                0xE2 if b[i + 1] == 0x80 && matches!(b[i + 2], 0xA8 | 0xA9) => 3,
                _ => 0,
            };
            if len > 0 {
                let piece = &text[start..i];
                i += len;
                start = i;
                return Some(piece);
            }
            i += 1;
        }
        if done {
            return None;
        }
        done = true;
        Some(&text[start..])
    })
}

fn read_lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    for raw in split_lines(text) {
        let t = trim(raw);
        if t.is_empty() {
            continue;
        }
        // A leading "date 2025-09-23" metadata token is a line of its own.
        if let Some(m) = ISO_TOKEN.find(t) {
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

fn label(l: &Line<'_>) -> Option<Label> {
    l.label.map(|h| h.label)
}

/// The byte offset in `text` just after its `n`-th letter or digit (marks,
/// tatweel and invisible characters not counted), then past separators.
fn after_letters(text: &str, n: usize) -> usize {
    let mut seen = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        if seen >= n {
            break;
        }
        if c.is_alphanumeric() && !crate::chars::is_diacritic(c) && !crate::chars::is_tatweel(c) {
            seen += 1;
        }
        end = i + c.len_utf8();
    }
    // Marks that belong to the last letter.
    for c in text[end..].chars() {
        if crate::chars::is_diacritic(c) || crate::chars::is_tatweel(c) {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// The number of letters and digits in `norm[..end]`: where a label found in
/// normalized text begins or ends, counted to find it in the original.
fn letters_before(norm: &str, end: usize) -> usize {
    norm[..end.min(norm.len())].chars().filter(|c| c.is_alphanumeric()).count()
}

/// `text` after its first `n` letters (a label) and the separators after them.
fn value_after(text: &str, n: usize) -> &str {
    text[after_letters(text, n)..].trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '-' | '–' | '|' | '：')
    })
}

/// The text of a labelled line after its label (and `:`/`-`).
fn after_label<'a>(l: &Line<'a>) -> &'a str {
    match l.label {
        Some(h) => value_after(l.text, letters_before(&l.norm, h.end)),
        None => l.text,
    }
}

/// The value after a line's label, or "" when it holds no letter or digit
/// (`المصدر>`: the value is on the next line, if anywhere).
fn label_value<'a>(l: &Line<'a>) -> &'a str {
    let v = after_label(l);
    if v.chars().any(char::is_alphanumeric) { v } else { "" }
}

/// The byte length of the text of a labelled line before its label.
fn before_len(l: &Line<'_>) -> usize {
    let Some(h) = l.label else { return 0 };
    match letters_before(&l.norm, h.start) {
        0 => 0,
        n => after_letters(l.text, n),
    }
}

/// The text of a labelled line before its label.
fn before_label<'a>(l: &Line<'a>) -> &'a str {
    let Some(h) = l.label else { return "" };
    let n = letters_before(&l.norm, h.start);
    if n == 0 {
        return "";
    }
    l.text[..after_letters(l.text, n)].trim()
}

fn make_date(dp: DateParser, text: &str) -> ArticleDate {
    let text = text.trim();
    let mut d = dp.parse(text).as_ref().map(ArticleDate::from).unwrap_or_default();
    d.text = text.to_owned();
    if d.time.is_none() {
        if let Some(c) = dp.parse_time(text) {
            d.time = Some(c.time);
            d.utc_offset = c.utc_offset;
        }
    }
    d
}

const BYLINE_VERBS: &[&str] = &[
    "كتب",
    "كتبت",
    "بقلم",
    "إعداد",
    "اعداد",
    "تقرير",
    "حوار",
    "ترجمة",
    "متابعة",
    "تحرير",
    "بواسطة",
    "إشراف",
    "By",
];

static BYLINE_KEYS: LazyLock<Vec<String>> =
    LazyLock::new(|| BYLINE_VERBS.iter().map(|v| key(v)).collect());

/// A byline with a verb: `كتب: …`, `بقلم …`, `حوار: …`.
fn verb_byline(l: &Line<'_>) -> Option<Byline> {
    if l.words > 9 || l.date || l.text.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let first = l.norm.split([' ', ':']).next()?;
    if !BYLINE_KEYS.iter().any(|k| k == first) {
        return None;
    }
    let n = first.chars().count();
    let rest = l.text[after_letters(l.text, n)..]
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '/'));
    let authors = split_authors(rest);
    // A person's name is not one word with the article ("بواسطة: التحرير" is the desk).
    let desk = |a: &String| !a.contains(' ') && a.starts_with("ال");
    if authors.is_empty() || authors.iter().any(|a| a.split_whitespace().count() > 5 || desk(a)) {
        return None;
    }
    Some(Byline { text: l.text.to_owned(), authors })
}

fn split_authors(s: &str) -> Vec<String> {
    s.split(['،', ',', '|'])
        .flat_map(|p| p.split(" و "))
        .map(|p| p.trim().trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// A Latin personal name: two or three capitalized words ("Ziad Sankary").
fn is_latin_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(|c| c.is_ascii_uppercase())
                && cs.clone().count() >= 1
                && cs.all(|c| c.is_ascii_lowercase() || c == '-' || c == '\'')
        })
}

/// A bare name: 2–4 words of Arabic letters, no article on the first word.
fn is_bare_name(l: &Line<'_>) -> bool {
    let text = name_text(l.text);
    (2..=4).contains(&text.split_whitespace().count())
        && l.label.is_none()
        && !l.date
        && !text.starts_with("ال")
        && text.split_whitespace().all(dateline::is_name_word)
        && text.chars().all(|c| {
            crate::chars::is_arabic_letter(c)
                || c == ' '
                || crate::chars::is_diacritic(c)
                || crate::chars::is_tatweel(c)
        })
}

/// A name line without the honorifics before it (الأستاذ الدكتور) and the
/// footnote mark after it ("… الراشدي **" points to the author's note).
fn name_text(text: &str) -> &str {
    dateline::without_honorifics(text.trim_end_matches(|c: char| c == '*' || c.is_whitespace()))
}

/// A line opening with a particle that starts sentences, not headlines.
fn is_sentence_opener(text: &str) -> bool {
    ["إن ", "أن ", "كما ", "وقد ", "ولكن ", "لكن "].iter().any(|p| text.starts_with(p))
}

/// A line marked as an item of a list: a bullet, or a dash and a clock
/// ("• …", "- 19:17 …").
fn is_list_item(text: &str) -> bool {
    text.starts_with(['•', '●', '■', '▪', '◄', '►'])
        || text
            .strip_prefix(['-', '–'])
            .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_numeric()))
}

/// At least half of the words are Arabic words of two letters or more (not
/// widget text such as "tag icon ع ع ع").
fn mostly_arabic_words(text: &str) -> bool {
    let (mut arabic, mut all) = (0, 0);
    for w in text.split_whitespace() {
        all += 1;
        if w.chars().filter(|&c| crate::chars::is_arabic_letter(c)).nth(1).is_some() {
            arabic += 1;
        }
    }
    arabic * 2 >= all
}

/// A line that can be a headline.
fn is_candidate(l: &Line<'_>) -> bool {
    !l.text.starts_with('(')
        && l.arabic
        && mostly_arabic_words(l.text)
        && (3..=45).contains(&l.words)
        && !is_list_item(l.text)
        && !l.date
        && !l.prose
        && l.label.is_none()
        && !is_caption(l)
        && verb_byline(l).is_none()
        && !is_author_slot(l)
        && !dateline::is_outlet_credit(l.text)
}

/// "NAME - PLACE", "PLACE - AGENCY": a dash-separated author slot.
fn is_author_slot(l: &Line<'_>) -> bool {
    l.words <= 8
        && l.text.contains(['-', '–', 'ـ'])
        && dateline::read_slot(l.text, Mode::Author).is_some_and(|s| s.dateline.is_some())
}

/// A photo caption: a credit in parentheses at its end, or © at its start.
fn is_caption(l: &Line<'_>) -> bool {
    let t = l.text;
    if t.starts_with('©') || label(l) == Some(Label::Caption) {
        return true;
    }
    if t.ends_with(')') {
        if let Some(open) = t.rfind('(') {
            let inner = &t[open + 1..t.len() - 1];
            return crate::Agency::find(inner).is_some()
                || (inner.split_whitespace().count() <= 2
                    && !inner.chars().any(char::is_numeric)
                    && inner.chars().any(labels::is_word_char)
                    && l.words > 3);
        }
    }
    false
}

/// Marks the items of lists that are not the article, and menus (runs of four
/// or more short lines).
fn mark_lists(lines: &mut [Line<'_>]) {
    let n = lines.len();
    let mut i = 0;
    while i < n {
        if label(&lines[i]) == Some(Label::List) {
            let mut j = i + 1;
            while j < n {
                let l = &lines[j];
                if l.prose || matches!(label(l), Some(lb) if lb != Label::Boiler) {
                    break;
                }
                // A date line right above the text is the article's: the list
                // ended at the headline above it.
                if l.date
                    && lines
                        .get(j + 1..(j + 3).min(n))
                        .is_some_and(|next| next.iter().any(|x| x.prose))
                {
                    if j > i + 1 {
                        lines[j - 1].listed = false;
                    }
                    break;
                }
                lines[j].listed = true;
                j += 1;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    // A masthead label alone on its line: its value is the next line.
    for i in 0..n.saturating_sub(1) {
        let l = &lines[i];
        if label(l) == Some(Label::Masthead)
            && l.words <= 4
            && lines[i + 1].label.is_none()
            && lines[i + 1].words <= 4
        {
            let bare = l.norm.trim_end_matches(|c: char| !c.is_alphanumeric());
            if l.label.is_some_and(|h| h.end >= bare.len()) {
                lines[i + 1].listed = true;
            }
        }
    }
    // Menus: runs of 4+ lines of at most three words, no dates.
    let mut s = 0;
    while s < n {
        let short = |l: &Line<'_>| {
            l.words <= 3
                && !l.date
                && !l.prose
                && verb_byline(l).is_none()
                && (l.label.is_none() || label(l) == Some(Label::Menu))
        };
        if !short(&lines[s]) {
            s += 1;
            continue;
        }
        let mut e = s;
        while e < n && short(&lines[e]) {
            e += 1;
        }
        if e - s >= 4 {
            for l in &mut lines[s..e] {
                l.listed = true;
            }
        }
        s = e.max(s + 1);
    }
}

/// Finds the main body: the cluster of prose lines with the most text.
fn body_cluster(lines: &[Line<'_>]) -> Option<(usize, usize)> {
    let prose: Vec<usize> =
        (0..lines.len()).filter(|&i| lines[i].prose && !lines[i].listed).collect();
    let mut best: Option<(usize, usize, usize)> = None;
    let first_prose = prose.first().copied().unwrap_or(0);
    let end_line = (first_prose..lines.len()).find(|&i| label(&lines[i]) == Some(Label::End));
    let mut k = 0;
    while k < prose.len() {
        let start = prose[k];
        let mut end = start;
        let mut score = lines[start].text.len();
        let mut m = k + 1;
        while m < prose.len() {
            let next = prose[m];
            let gap = &lines[end + 1..next];
            let hard = gap.iter().any(|l| {
                matches!(
                    label(l),
                    Some(Label::Source | Label::Tags | Label::End | Label::List | Label::MoreBy)
                )
            });
            let related = gap.iter().any(|l| label(l) == Some(Label::Related));
            if hard || gap.len() > if related { 10 } else { 4 } {
                break;
            }
            end = next;
            score += lines[next].text.len();
            m += 1;
        }
        // Text after the page's copyright or comment form (comment rules,
        // sign-up forms) is not the article when there is prose before it.
        if end_line.is_some_and(|e| start > e) {
            score /= 8;
        }
        if best.is_none_or(|b| score > b.2) {
            best = Some((start, end, score));
        }
        k = m;
    }
    best.map(|(s, e, _)| (s, e))
}

/// The evidence that a page lists teasers (a section, tag, author or home
/// page) instead of holding one article, weighed over the main text block
/// `bs..=be`: paragraphs that each stand under a headline of their own,
/// paragraphs cut short with a "more" mark, and against them, the header
/// an article has (a date, a byline or a dateline above the text).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Teasers {
    /// Prose paragraphs in the block.
    paragraphs: usize,
    /// Paragraphs right under a headline-like line of their own that another
    /// headline-like line follows.
    headed: usize,
    /// Paragraphs cut with a "more" link, or with `...`, `…` before the page's end.
    cut: usize,
    /// Paragraphs, not the page's last line, that stop mid-sentence.
    unfinished: usize,
    /// A date, byline or dateline line right above the block.
    header: bool,
}

/// Teasers of a listing: how many of the block's paragraphs stand alone.
const LISTING_TEASERS: usize = 3;

impl Teasers {
    fn read(lines: &[Line<'_>], bs: usize, be: usize) -> Teasers {
        let mut t = Teasers::default();
        if bs >= lines.len() {
            return t;
        }
        let headline = |l: &Line<'_>| {
            !l.prose && l.label.is_none() && !l.date && (3..=24).contains(&l.words) && l.arabic
        };
        for i in bs..=be.min(lines.len() - 1) {
            let l = &lines[i];
            if !l.prose {
                continue;
            }
            t.paragraphs += 1;
            // Right under its headline, or under its headline and its date.
            let above = (i > 0 && headline(&lines[i - 1]))
                || (i > 1 && lines[i - 1].date && headline(&lines[i - 2]));
            let below = lines.get(i + 1).is_none_or(|n| headline(n) || n.date);
            if above && below {
                t.headed += 1;
            }
            // A "more" link marks a teaser anywhere; an ellipsis only before
            // the page's end (a page cut short ends in one too).
            let text = l.text.trim_end();
            if text.ends_with("المزيد]")
                || (i + 1 < lines.len() && (text.ends_with("...") || text.ends_with('…')))
            {
                t.cut += 1;
            } else if i + 1 < lines.len()
                && !text.ends_with(super::SENTENCE_ENDS)
                && !ends_sentence(text)
            {
                // Stopped mid-sentence before the page's end: a teaser cut at
                // a fixed length.
                t.unfinished += 1;
            }
        }
        // Teasers that carry dates of their own make the dates no header.
        let dated_teasers = (bs..=be.min(lines.len() - 1)).any(|j| lines[j].date);
        t.header = !dated_teasers
            && (bs.saturating_sub(4)..bs).any(|j| {
                let l = &lines[j];
                // A site's "last updated" stamp is no article header.
                (l.date && label(l) != Some(Label::Updated))
                    || verb_byline(l).is_some()
                    || is_author_slot(l)
            });
        t
    }

    /// Whether the evidence says listing: enough teasers, and at least half
    /// of the block's paragraphs.
    fn listing(self) -> bool {
        // Under an article's header, paragraphs cut with "..." are a style,
        // and crossheads each over one paragraph a layout: both are needed.
        let standalone = match self.header {
            true if self.cut == 0 => 0,
            true => self.headed,
            false => self.headed + self.cut,
        };
        // Or (nearly) every paragraph of the block is cut short.
        let teasers = self.cut + self.unfinished;
        let all_cut = !self.header
            && ((self.paragraphs >= 2 && teasers == self.paragraphs)
                || (teasers >= LISTING_TEASERS && teasers * 3 >= self.paragraphs * 2));
        all_cut || (standalone >= LISTING_TEASERS && standalone * 2 >= self.paragraphs)
    }
}

/// Without a paragraph of prose (a page cut short), the last long line is the
/// body.
fn last_long_line(lines: &[Line<'_>]) -> Option<(usize, usize)> {
    let i = (0..lines.len()).rev().find(|&i| {
        let l = &lines[i];
        l.words >= 8 && l.arabic && l.label.is_none() && !l.date && !l.listed && !is_caption(l)
    })?;
    // Not the page's only headline.
    (i > 0).then_some((i, i))
}

struct Asm<'a, 'l> {
    lines: &'l [Line<'a>],
    claims: Claims,
    draft: Draft,
    depth: u8,
    /// Reads dates.
    dates: DateParser,
    /// An outlet guessed from a lone word above the body; a paragraph-prefix
    /// dateline wins over it.
    weak: Option<(usize, Dateline)>,
    /// The line the header's dateline was read from, if any.
    dateline_line: Option<usize>,
    /// The line a dateline without a `dateline_line` was read from.
    dateline_from: Option<usize>,
    /// The line the publication date was read from by `take_date`.
    published_line: Option<usize>,
    /// The line and byte offset of each body paragraph.
    body_at: Vec<(usize, usize)>,
    /// The main text block's first and last lines (`body_block`; `header`
    /// moves the start to a lead-in, `body` the end to the page's last lines).
    bs: usize,
    be: usize,
    /// Where the header window starts (`body_block`), and the line after the
    /// title (`header`).
    h0: usize,
    hs: usize,
    /// The title's line, and the article's date line above the body (`title`).
    title: Option<usize>,
    date_idx: Option<usize>,
    /// The page lists teasers (`body_block`): no pass after it runs.
    listing: bool,
}

impl<'a, 'l> Asm<'a, 'l> {
    fn new(lines: &'l [Line<'a>], depth: u8, dates: DateParser) -> Self {
        Asm {
            lines,
            claims: Claims::new(lines.len()),
            draft: Draft::default(),
            depth,
            dates,
            weak: None,
            dateline_line: None,
            dateline_from: None,
            published_line: None,
            body_at: Vec::new(),
            bs: lines.len(),
            be: lines.len(),
            h0: 0,
            hs: 0,
            title: None,
            date_idx: None,
            listing: false,
        }
    }

    /// The first line from `i` on, before `end`, that no rule has claimed.
    fn next_free(&self, i: usize, end: usize) -> Option<usize> {
        self.claims.next_free(i, end)
    }

    /// Whether a rule has claimed line `i`.
    fn used(&self, i: usize) -> bool {
        self.claims.is_claimed(i)
    }

    /// Claims the whole of line `i` for `role`.
    fn claim(&mut self, i: usize, role: Role, rule: &'static str) {
        self.claims.line(i, self.lines[i].text.len(), role, rule);
    }

    /// Claims line `i` as a body paragraph.
    fn push_body(&mut self, i: usize, rule: &'static str) {
        self.claim(i, Role::Body, rule);
        self.body_at.push((i, 0));
        self.draft.body.push(self.lines[i].text.to_owned());
    }

    /// Takes back the body read so far (a byline or author slot under the
    /// standfirst opens the body).
    fn drop_body(&mut self, body_lines: &mut Vec<usize>, reason: &'static str) {
        body_lines.clear();
        for (k, _) in std::mem::take(&mut self.body_at) {
            self.claims.release(k, reason);
        }
        self.draft.body.clear();
    }

    /// Keeps `d`, read from line `i`, unless a dateline was found already;
    /// returns whether it was kept.
    fn set_dateline(&mut self, i: usize, d: Dateline) -> bool {
        let free = self.draft.dateline.is_none();
        if free {
            self.draft.dateline = Some(d);
            self.dateline_line = Some(i);
        }
        free
    }

    fn set_byline(&mut self, text: &str, authors: Vec<String>) {
        if self.draft.byline.is_none() && !authors.is_empty() {
            self.draft.byline = Some(Byline { text: text.to_owned(), authors });
        }
    }

    /// A date line: published and/or updated. The line stays in
    /// `boilerplate` when it adds nothing.
    fn take_date(&mut self, i: usize, rule: &'static str) {
        let l = &self.lines[i];
        let text = l.text;
        let lbl = label(l);
        let content = if lbl.is_some_and(is_date_label) { after_label(l) } else { text };
        if lbl == Some(Label::Updated) {
            let before = before_label(l);
            let has_date = !before.is_empty() && before.chars().any(char::is_numeric);
            let mut before_kept = before.is_empty();
            let split = before_len(l);
            if has_date && self.draft.published.is_none() {
                self.claims.range(i, 0..split, Role::Published, "date-before-update-label");
                self.published_line = Some(i);
                before_kept = true;
                self.draft.published =
                    Some(make_date(self.dates, before.trim_end_matches(['(', '،', ',', ' '])));
            }
            if self.draft.updated.is_none() {
                self.claims.range(i, split..l.text.len(), Role::Updated, rule);
                // Text before the label that no field took stays in boilerplate.
                if !before_kept {
                    self.claims.leave(i, 0..split, Role::Updated, "text before an update label");
                }
                let c = if content.contains('(') { content } else { content.trim_end_matches(')') };
                let mut u = make_date(self.dates, c);
                if u.date.is_none() {
                    if let Some(p) = &self.draft.published {
                        u.date.clone_from(&p.date);
                    }
                }
                self.draft.updated = Some(u);
            }
            return;
        }
        // A relative date without a reference ("منذ ساعة") yields to a date
        // the page spells out.
        let dated = self.draft.published.as_ref().is_some_and(|p| p.date.is_some());
        let absolute = self.dates.parse(content).is_some_and(|d| d.date.is_some());
        if (self.draft.published.is_some() && (dated || !absolute))
            || self.dates.parse(content).is_none()
        {
            return;
        }
        // A relative date yields to one the page spells out: its line is
        // boilerplate again.
        if self.draft.published.is_some() {
            if let Some(old) = self.published_line.take() {
                self.claims.release(old, "a spelled-out date wins over a relative one");
            }
        }
        self.claim(i, Role::Published, rule);
        self.published_line = Some(i);
        // A short credit before a mid-line publication label ("كشـ24 نشر في: …").
        if lbl == Some(Label::Published) {
            let before = before_label(l);
            let credit = before.split_whitespace().count() <= 3;
            let stored = !before.is_empty()
                && credit
                && self.set_dateline(
                    i,
                    Dateline {
                        text: before.to_owned(),
                        place: None,
                        agency: Some(agency_ref(before)),
                    },
                );
            let split = before_len(l);
            if stored {
                self.claims.range(i, 0..split, Role::Dateline, "credit-before-date-label");
                self.claims.range(i, split..l.text.len(), Role::Published, rule);
            }
            // Text before the label that no field took stays in boilerplate.
            if !before.is_empty() && !stored {
                self.claims.leave(i, 0..split, Role::Published, "text before a date label");
            }
        }
        // A wire dateline around the date: "بريدة 25 شوال 1436 هـ … واس".
        let words: Vec<&str> = content.split_whitespace().collect();
        if let (Some(first), Some(last)) = (words.first(), words.last()) {
            if words.len() >= 3 && dateline::is_place(first) && crate::Agency::find(last).is_some()
            {
                self.set_dateline(
                    i,
                    Dateline {
                        text: content.to_owned(),
                        place: Some((*first).to_owned()),
                        agency: Some(agency_ref(last)),
                    },
                );
            }
        }
        self.draft.published = Some(make_date(self.dates, content));
        self.time_from_fragments(i);
    }

    /// A publication time split over the short lines right above or below
    /// the date line `i` ("٢٣:" / "١٠" / "م +02:00 EET"): read from the lines
    /// joined, when the date line gave none. The value is taken; the lines
    /// stay in boilerplate.
    fn time_from_fragments(&mut self, i: usize) {
        let Some(p) = self.draft.published.as_mut().filter(|p| p.time.is_none()) else { return };
        let lines = self.lines;
        let claims = &self.claims;
        let fragment = |j: usize| {
            let l = &lines[j];
            !claims.is_claimed(j)
                && l.words <= 3
                && l.text.chars().any(|c| c.is_numeric())
                && l.text
                    .chars()
                    .all(|c| c.is_numeric() || c.is_ascii_alphabetic() || " :+-.ـصم".contains(c))
        };
        let above = (i.saturating_sub(3)..i).rev().take_while(|&j| fragment(j)).last();
        let below = (i + 1..(i + 4).min(lines.len())).take_while(|&j| fragment(j)).last();
        for run in [above.map(|a| a..i), below.map(|b| i + 1..b + 1)].into_iter().flatten() {
            let mut joined = String::new();
            for j in run {
                if !joined.is_empty() && !joined.ends_with(':') {
                    joined.push(' ');
                }
                joined.push_str(lines[j].text);
            }
            if let Some(c) = self.dates.parse_time(&joined) {
                p.time = Some(c.time);
                p.utc_offset = c.utc_offset;
                return;
            }
        }
    }
}

fn agency_ref(name: &str) -> AgencyRef {
    AgencyRef::new(name)
}

/// A page read and classified: its lines, their claims, and the values read.
pub(super) struct Classified<'a> {
    lines: Vec<Line<'a>>,
    pub(super) claims: Claims,
    pub(super) draft: Draft,
}

impl<'a> Classified<'a> {
    /// The text of every line.
    pub(super) fn texts(&self) -> Vec<&'a str> {
        self.lines.iter().map(|l| l.text).collect()
    }

    /// Whether each line sits in a list that is not the article.
    pub(super) fn listed(&self) -> Vec<bool> {
        self.lines.iter().map(|l| l.listed).collect()
    }
}

/// Reads the page's lines and runs the passes over them (the tagged record
/// layout has passes of its own).
pub(super) fn classify<'a>(text: &'a str, parser: &Parser) -> Classified<'a> {
    let mut lines = read_lines(text);
    if lines.iter().take(12).any(|l| l.text.starts_with("<DOC>") || l.text.starts_with("<TITLE>")) {
        let (claims, draft) = tagged::tagged(&lines, parser.date_parser());
        return Classified { lines, claims, draft };
    }
    mark_lists(&mut lines);
    let mut asm = Asm::new(&lines, parser.depth(), parser.date_parser());
    asm.run();
    let Asm { claims, draft, .. } = asm;
    Classified { lines, claims, draft }
}

/// A pass: reads the page's lines, claims some for roles.
type Pass = fn(&mut Asm<'_, '_>);

/// The passes over a page's lines, in precedence order: a line one pass has
/// claimed is not seen by the later ones. Each is named for `explain`'s
/// readers; the rules inside a pass name the claims they make.
const PASSES: &[(&str, Pass)] = &[
    ("body-block", |a| a.body_block()),
    ("title", |a| a.title()),
    ("header", |a| a.header()),
    ("slot-before-headline", |a| a.slot_before_title()),
    ("date-above-title", |a| a.date_above_title()),
    ("labelled-date", |a| a.labelled_date()),
    ("source-above-title", |a| a.source_above_title()),
    ("body", |a| a.body()),
    ("after-body", |a| a.after_body()),
    ("first-paragraph-dateline", |a| a.first_paragraph_dateline()),
    ("lone-outlet", |a| a.lone_outlet()),
    ("closing-credit", |a| a.closing_credit()),
    ("glued-label", |a| a.glued_label()),
    ("empty-paragraphs", |a| a.empty_paragraphs()),
];

impl<'a> Asm<'a, '_> {
    /// Runs the passes; a listing stops after the first.
    fn run(&mut self) {
        for (_, pass) in PASSES {
            pass(self);
            if self.listing {
                break;
            }
        }
    }

    /// The main text block (`bs..=be`), or a listing: every line stays boilerplate.
    fn body_block(&mut self) {
        let lines = self.lines;
        let n = lines.len();
        let (bs, be) = body_cluster(lines).or_else(|| last_long_line(lines)).unwrap_or((n, n));
        // A listing keeps every line in boilerplate.
        self.be = be;
        if Teasers::read(lines, bs, be).listing() {
            self.draft.kind = PageKind::Listing;
            self.listing = true;
            return;
        }
        // A dateline on its own line near the top of the text block opens the
        // body: what stands above it (a standing note, a kicker, the headline)
        // is the header.
        let bs = (bs..be.min(bs + DATELINE_REACH))
            .find(|&k| {
                let l = &lines[k];
                !l.prose
                    && lines[k + 1].prose
                    && dateline::read_slot(l.text, Mode::Line).is_some_and(|s| s.dateline.is_some())
            })
            .map_or(bs, |k| k + 1);
        self.bs = bs;
        self.h0 = bs.saturating_sub(HEADER_WINDOW);
    }

    /// The title: the headline right above the article's date line, or the best headline-like line above the body.
    fn title(&mut self) {
        let lines = self.lines;
        let n = lines.len();
        let h0 = self.h0;
        let bs = self.bs;
        // Title: the headline right above the article's date line, or the best
        // headline-like line above the body.
        let date_idx = (h0..bs).rev().find(|&i| lines[i].date && !lines[i].listed);
        let mut title = None;
        if let Some(d) = date_idx {
            // The nearest headline above the date, unless one a little higher is
            // printed twice (a headline repeated is the page's own; the line
            // nearest the date may be a reporter's or a caption).
            let repeated = |i: usize| (h0..bs).any(|j| j != i && lines[j].text == lines[i].text);
            let mut skips = 0;
            let mut nearest: Option<usize> = None;
            for i in (h0..d).rev() {
                let l = &lines[i];
                if is_candidate(l) {
                    // A repeated headline counts just above a shorter nearest
                    // one (short repeated lines are widgets: "شاهد كل النتائج").
                    if !l.listed
                        && repeated(i)
                        && nearest.is_none_or(|n| n <= i + 2 && lines[n].words < l.words)
                    {
                        title = Some((i, "title-repeated-above-date"));
                        break;
                    }
                    nearest = nearest.or(Some(i));
                }
                if l.label.is_none() {
                    skips += 1;
                }
                if skips > 4 || l.prose {
                    break;
                }
            }
            title = title.or(nearest.map(|i| (i, "title-nearest-above-date")));
        }
        if title.is_none() {
            title = self.score_title(h0, bs).map(|i| (i, "title-best-scored"));
        }
        // A two-word first line right above the body ("قانون للجميع!") is
        // its headline, unless it is a name or a credit (the byline then).
        if title.is_none() && bs == 1 && n > 1 {
            let l = &lines[0];
            if l.arabic
                && l.words == 2
                && l.label.is_none()
                && !l.date
                && !l.listed
                && !is_caption(l)
                && !is_bare_name(l)
                && !is_author_slot(l)
            {
                title = Some((0, "title-two-word-first-line"));
            }
        }
        if let Some((t, rule)) = title {
            self.claim(t, Role::Title, rule);
            // Emphasis marks around a headline are decoration ("*…*").
            let text = lines[t].text.trim_matches(|c: char| c == '*' || c.is_whitespace());
            self.draft.title = Some(text.to_owned());
        }
        self.title = title.map(|(t, _)| t);
        self.date_idx = date_idx;
    }

    /// The header lines between the title and the body.
    #[allow(clippy::needless_range_loop)] // lines and claims are indexed together
    fn header(&mut self) {
        let lines = self.lines;
        let h0 = self.h0;
        let bs = self.bs;
        let title = self.title;
        // Header lines between the title and the body. A lead-in ending with a
        // colon opens the body (highlights follow it).
        let hs = title.map_or(h0, |t| t + 1);
        self.hs = hs;
        let lead_in = (hs..bs).find(|&j| {
            let l = &lines[j];
            !l.listed
                && l.label.is_none()
                && !l.date
                && l.arabic
                && l.words >= 4
                && l.text.ends_with(':')
                && dateline::read_slot(l.text, Mode::Author).is_none()
        });
        let bs = lead_in.unwrap_or(bs);
        self.bs = bs;
        for i in hs..bs {
            if self.used(i) || lines[i].listed {
                continue;
            }
            self.header_line(i, bs);
        }
    }

    /// An author slot glued to a copy of the headline, above it.
    #[allow(clippy::needless_range_loop)] // lines and claims are indexed together
    fn slot_before_title(&mut self) {
        let lines = self.lines;
        let h0 = self.h0;
        let title = self.title;
        // "NAME - PLACE - headline" above the headline: a page that opens with
        // its author slot glued to a copy of the headline.
        if let Some(t) = title {
            for i in h0..t {
                if !self.used(i) && !lines[i].listed {
                    self.slot_before_headline(i, lines[t].text);
                }
            }
        }
    }

    /// A date just above the title (or, without one, right above the body).
    fn date_above_title(&mut self) {
        let lines = self.lines;
        let bs = self.bs;
        let title = self.title;
        let date_idx = self.date_idx;
        // A date just above the title, with only labels or short lines between.
        if self.draft.published.is_none() {
            if let Some(t) = title {
                for i in (t.saturating_sub(4)..t).rev() {
                    let l = &lines[i];
                    // The headline printed twice.
                    if l.text == lines[t].text {
                        continue;
                    }
                    if l.date && !self.used(i) {
                        self.take_date(i, "date-above-title");
                        break;
                    }
                    if label(l) == Some(Label::Masthead) || (l.label.is_none() && l.words > 3) {
                        break;
                    }
                }
            } else if let Some(d) = date_idx {
                if !self.used(d) && (d + 3 >= bs) {
                    self.take_date(d, "date-above-body");
                }
            }
        }
    }

    /// An explicitly labelled date anywhere above the body.
    fn labelled_date(&mut self) {
        let lines = self.lines;
        let h0 = self.h0;
        let bs = self.bs;
        // An explicitly labelled date anywhere above the body ("date 2025-09-23",
        // "تاريخ النشر: …").
        if self.draft.published.as_ref().is_none_or(|p| p.date.is_none()) {
            if let Some(i) = (h0..bs).find(|&i| {
                let l = &lines[i];
                l.date && !self.used(i) && !l.listed && label(l).is_some_and(is_date_label)
            }) {
                self.take_date(i, "labelled-date-above-body");
            }
        }
    }

    /// A source line above the title.
    #[allow(clippy::needless_range_loop)] // lines and claims are indexed together
    fn source_above_title(&mut self) {
        let lines = self.lines;
        let h0 = self.h0;
        let title = self.title;
        // A source line above the title ("المصدر: LBCI").
        if let Some(t) = title {
            for i in h0..t {
                if !self.used(i) && !lines[i].listed && label(&lines[i]) == Some(Label::Source) {
                    self.source(i);
                }
            }
        }
    }

    /// The body: its paragraphs, and the fields inside it.
    fn body(&mut self) {
        let lines = self.lines;
        let n = lines.len();
        let hs = self.hs;
        let bs = self.bs;
        // The body. Unlabelled lines closing the page are its last paragraphs
        // (cut pages end mid-sentence, on a short line).
        let mut be = self.be;
        if be < n && n - be - 1 <= 3 {
            let tail = &lines[be + 1..];
            if tail
                .iter()
                .all(|l| l.arabic && l.label.is_none() && !l.date && !l.listed && !is_caption(l))
            {
                be = n - 1;
            }
        }
        self.be = be;
        // A sentence opener just above the first paragraph is the body's
        // first line ("إن وزير …" before a decree's clauses).
        let mut bs = bs;
        if let Some(j) =
            (hs..bs).rev().find(|&j| !self.used(j) && !lines[j].listed && lines[j].arabic)
        {
            let l = &lines[j];
            if l.label.is_none() && !l.date && is_sentence_opener(l.text) {
                bs = j;
            }
        }
        let mut body_lines: Vec<usize> = Vec::new();
        let mut i = bs;
        while let Some(j) = self.next_free(i, (be + 1).min(n)) {
            i = j;
            let l = &lines[i];
            match label(l) {
                Some(Label::Source | Label::Tags) => {
                    i = self.field_line(i);
                    continue;
                }
                Some(Label::Related) => {
                    i = self.related(i + 1, n, true, self.depth);
                    continue;
                }
                Some(Label::Ticker | Label::Caption) if l.prose => {
                    self.push_body(i, "body-labelled-prose");
                }
                Some(_) => {}
                None => {
                    if l.date && self.draft.published.is_none() && body_lines.len() <= 1 {
                        self.take_date(i, "date-under-standfirst");
                    } else if let Some(b) = verb_byline(l)
                        .filter(|_| self.draft.byline.is_none() && body_lines.len() <= 2)
                    {
                        // A byline under a standfirst: the body starts after it.
                        self.claim(i, Role::Byline, "byline-under-standfirst");
                        self.draft.byline = Some(b);
                        self.drop_body(
                            &mut body_lines,
                            "a byline under the standfirst opens the body",
                        );
                    } else if let Some(b) =
                        verb_byline(l).filter(|_| self.draft.byline.is_none() && i >= be)
                    {
                        // "تقرير: فلان" closing the body: the reporter signs it.
                        self.claim(i, Role::Byline, "byline-closing-body");
                        self.draft.byline = Some(b);
                    } else if let Some(slot) = (body_lines.len() <= 2 && is_author_slot(l))
                        .then(|| dateline::read_slot(l.text, Mode::Author))
                        .flatten()
                        .filter(|s| s.author.is_some() && self.draft.byline.is_none())
                    {
                        // An author slot under a standfirst: the body starts after it.
                        self.take_slot(i, slot, l.text, "author-slot-under-standfirst");
                        self.drop_body(
                            &mut body_lines,
                            "an author slot under the standfirst opens the body",
                        );
                    } else if l.arabic && !l.date && !is_caption(l) && !l.listed {
                        body_lines.push(i);
                        self.push_body(i, "body");
                    }
                }
            }
            i += 1;
        }
    }

    /// After the body: source, tags, credits, sign-offs, related sections.
    fn after_body(&mut self) {
        let lines = self.lines;
        let n = lines.len();
        let be = self.be;
        // After the body: source, tags, credits, sign-offs, related sections.
        let mut i = be.saturating_add(1).min(n);
        let mut signed_off = false;
        while let Some(j) = self.next_free(i, n) {
            i = j;
            let l = &lines[i];
            match label(l) {
                Some(Label::End) => break,
                Some(Label::Source | Label::Tags) => {
                    i = self.field_line(i);
                    continue;
                }
                Some(Label::Related | Label::MoreBy) if !l.listed => {
                    i = self.related(i + 1, n, false, self.depth);
                    continue;
                }
                Some(Label::SignOff) => signed_off = true,
                _ => {
                    if l.listed {
                    } else if let Some(c) = CREDIT.captures(l.text) {
                        if self.draft.source.is_none() && c[1].split_whitespace().count() <= 4 {
                            self.claim(i, Role::Source, "closing-credit");
                            self.draft.source = Some(c[1].trim().to_owned());
                        }
                    } else if l.date && signed_off && i <= be + 4 {
                        // "// انتهى //" then "20:26 ت م": the wire's filing time.
                        if let (Some(p), Some(c)) =
                            (self.draft.published.as_mut(), TIME.captures(&l.norm))
                        {
                            if p.time.is_none() {
                                // The value is taken; the sign-off line stays in boilerplate.
                                p.time = c[1]
                                    .parse()
                                    .ok()
                                    .zip(c[2].parse().ok())
                                    .and_then(|(h, m)| Time::new(h, m));
                            }
                        }
                    } else if l.date
                        && self.draft.published.is_none()
                        && i <= be + 2
                        && !self.draft.body.is_empty()
                    {
                        self.take_date(i, "date-under-body");
                    } else if let Some(b) =
                        verb_byline(l).filter(|_| self.draft.byline.is_none() && i <= be + 3)
                    {
                        // "تقرير: فلان" right under the body.
                        self.claim(i, Role::Byline, "byline-under-body");
                        self.draft.byline = Some(b);
                    } else if self.draft.byline.is_none()
                        && i > 0
                        && ((i <= be + 3 && lines[i - 1].date) || i == be + 1)
                        && (is_latin_name(l.text) || is_bare_name(l))
                    {
                        // A footer "date, author" pair, or a name alone, right
                        // under the body: the reporter signs the story.
                        self.claim(i, Role::Byline, "name-under-body");
                        self.draft.byline = Some(Byline {
                            text: l.text.to_owned(),
                            authors: vec![name_text(l.text).to_owned()],
                        });
                    }
                }
            }
            i += 1;
        }
    }

    /// The best headline-like line in `h0..bs`.
    fn score_title(&self, h0: usize, bs: usize) -> Option<usize> {
        let lines = self.lines;
        let mut best: Option<(i32, usize)> = None;
        for i in h0..bs.min(lines.len()) {
            let l = &lines[i];
            if l.listed || self.used(i) || !is_candidate(l) {
                continue;
            }
            if dateline::read_slot(l.text, Mode::Author)
                .is_some_and(|s| s.author.is_some() || s.dateline.is_some())
            {
                continue;
            }
            let mut score = 0;
            // A reporter's bare name just above the body is the byline; higher
            // up it is a weak headline.
            // A reporter's bare name just above the body is likelier the byline
            // than the headline; it stays a headline when nothing else can be
            // one (a short headline looks like a name: "انفجار مرفأ بيروت").
            if is_bare_name(l) {
                score -= if ((i + 1)..bs).all(|j| lines[j].listed) { 4 } else { 1 };
            }
            if is_sentence_opener(l.text) {
                score -= 2;
            }
            // A full headline over a short caption or highlight.
            if l.words >= 10 {
                score += 1;
            }
            if l.words >= 20 {
                score += 1;
            }
            // Repeated, or repeated inside a longer line ("NAME - PLACE - headline").
            if (h0..bs).any(|j| j != i && lines[j].text.contains(l.text)) {
                score += 3;
            }
            if let Some(next) = lines.get(i + 1) {
                if next.date
                    || verb_byline(next).is_some()
                    || dateline::read_slot(next.text, Mode::Author).is_some()
                {
                    score += 2;
                }
            }
            if best.is_none_or(|b| score >= b.0) {
                best = Some((score, i));
            }
        }
        best.map(|b| b.1)
    }

    /// A line between the title and the body.
    fn header_line(&mut self, i: usize, bs: usize) {
        let l = &self.lines[i];
        if l.date {
            // Without a headline, only a date right above the body is the
            // article's (not the page's clock in its masthead).
            let labelled = label(l).is_some_and(is_date_label);
            if self.draft.title.is_some() || labelled || i + 3 >= bs {
                self.take_date(i, "date-in-header");
            }
            return;
        }
        match label(l) {
            Some(Label::Source) => {
                self.source(i);
                return;
            }
            Some(_) => return,
            None => {}
        }
        if let Some(b) = verb_byline(l) {
            if self.draft.byline.is_none() {
                self.claim(i, Role::Byline, "byline-in-header");
                self.draft.byline = Some(b);
            }
            return;
        }
        if self.draft.title.as_deref() == Some(l.text) {
            return;
        }
        // The author slot: "NAME - PLACE", "PLACE - AGENCY", "بيروت: نذير رضا" …
        let slot_text = l.text.split(" | ").next().unwrap_or(l.text);
        if let Some(slot) = dateline::read_slot(slot_text, Mode::Author) {
            let dup = self.draft.dateline.as_ref().is_some_and(|d| d.text == slot_text)
                || self.draft.byline.as_ref().is_some_and(|b| b.text == slot_text);
            // A lone outlet name (no separator) counts only right above the body.
            let lone = !slot_text.contains(['-', '–', '—', ':', '|', '(', 'ـ']);
            let last = ((i + 1)..bs).all(|j| self.used(j) || self.lines[j].listed);
            if dup || (lone && !last) {
                return;
            }
            let rest = l.text[slot_text.len()..].trim_start_matches([' ', '|']);
            if !rest.is_empty() && self.draft.published.is_some() {
                return;
            }
            if self.take_slot(i, slot, slot_text, "author-slot-in-header") && !rest.is_empty() {
                let len = l.text.len();
                self.claims.range(
                    i,
                    len - rest.len()..len,
                    Role::Published,
                    "date-after-author-slot",
                );
                self.draft.published = Some(make_date(self.dates, rest));
            }
            return;
        }
        // A bare name just above the body.
        // Widget lines without Arabic ("Bookmark", "A+ A-") do not count.
        let last_before_body =
            ((i + 1)..bs).all(|j| self.used(j) || self.lines[j].listed || !self.lines[j].arabic);
        // A name the headline itself mentions ("… لصدى البلد") is the outlet.
        let in_title = self.draft.title.as_deref().is_some_and(|t| t.contains(l.text));
        if last_before_body && self.draft.byline.is_none() && is_bare_name(l) && !in_title {
            self.claim(i, Role::Byline, "name-above-body");
            self.set_byline(l.text, vec![name_text(l.text).to_owned()]);
        } else if last_before_body
            && self.draft.dateline.is_none()
            && l.arabic
            && (l.words == 1 || (in_title && l.words <= 3))
            && l.label.is_none()
            // The headline's subject ("الرئيس السيسي", "محافظ أسيوط") is no outlet.
            && l.text.split_whitespace().all(|w| dateline::is_name_word(w.strip_prefix("ال").unwrap_or(w)))
        {
            let name = l.text.trim_end_matches(|c: char| dateline_sep(c) || c.is_whitespace());
            self.weak = Some((
                i,
                Dateline { text: name.to_owned(), place: None, agency: Some(agency_ref(name)) },
            ));
        }
    }

    /// Line `i` as an author slot followed by the `headline`
    /// ("أحمد جودة - القاهرة - وزير الخارجية: …"): the slot gives the byline
    /// and the dateline when they are not known yet.
    fn slot_before_headline(&mut self, i: usize, headline: &str) {
        let text = self.lines[i].text;
        if text.len() <= headline.len() {
            return;
        }
        let Some(at) = text.find(headline).filter(|&at| at > 0) else { return };
        let prefix =
            text[..at].trim_end_matches(|c: char| c.is_whitespace() || dateline_sep(c) || c == 'ـ');
        if let Some(slot) = dateline::read_slot(prefix, Mode::Author) {
            if self.take_slot(i, slot, prefix, "author-slot-before-headline") {
                self.claims.range(i, at..text.len(), Role::Repeat, "headline-copy-after-slot");
            }
        }
    }

    /// Takes the author slot `slot`, read as `text` from line `i`, when it
    /// gives a dateline or a byline not known yet; returns whether it did.
    fn take_slot(
        &mut self,
        i: usize,
        slot: dateline::Slot,
        text: &str,
        rule: &'static str,
    ) -> bool {
        let place = slot.dateline.is_some() && self.draft.dateline.is_none();
        let author = slot.author.is_some() && self.draft.byline.is_none();
        let stores = place || author;
        if stores {
            let role = match (place, author) {
                (true, true) => Role::AuthorSlot,
                (true, false) => Role::Dateline,
                _ => Role::Byline,
            };
            self.claims.range(i, 0..text.len(), role, rule);
            if let Some(d) = slot.dateline {
                self.set_dateline(i, d);
            }
            // "عمّان – 15 كانون الثاني 2026": the date of the dateline.
            if let Some(date) = slot.date.filter(|_| self.draft.published.is_none()) {
                self.draft.published = Some(make_date(self.dates, &date));
            }
            if let Some(a) = slot.author {
                self.set_byline(text, vec![a]);
            }
        }
        stores
    }

    /// A source or tags line; returns the next line to look at.
    fn field_line(&mut self, i: usize) -> usize {
        if label(&self.lines[i]) == Some(Label::Tags) { self.tags(i) } else { self.source(i) }
    }

    /// A source line; returns the next line to look at.
    fn source(&mut self, i: usize) -> usize {
        let l = &self.lines[i];
        let v = label_value(l);
        if !v.is_empty() {
            if self.draft.source.is_none() {
                self.claim(i, Role::Source, "source-label");
                self.draft.source = Some(v.to_owned());
            }
            return i + 1;
        }
        if let Some(next) = self.lines.get(i + 1) {
            if !self.used(i + 1)
                && next.label.is_none()
                && next.words <= 8
                && !next.date
                && self.draft.source.is_none()
            {
                self.claim(i + 1, Role::Source, "source-under-label");
                self.draft.source = Some(next.text.to_owned());
                if self.draft.dateline.is_none() {
                    let inner = next.text.trim_start_matches('(').trim_end_matches(')');
                    if let Some(s) = dateline::read_slot(inner, Mode::Line) {
                        self.draft.dateline = s.dateline;
                        self.dateline_from = Some(i + 1);
                    }
                }
                return i + 2;
            }
        }
        i + 1
    }

    /// A tags line; returns the next line to look at.
    fn tags(&mut self, i: usize) -> usize {
        let l = &self.lines[i];
        let v = label_value(l);
        if !v.is_empty() {
            self.claim(i, Role::Tags, "tags-label");
            self.draft.tags.extend(split_tags(v));
            return i + 1;
        }
        let mut j = i + 1;
        while let Some(next) = self.lines.get(j) {
            if self.used(j) || next.label.is_some() || next.date {
                break;
            }
            if j == i + 1 && next.text.contains([',', '،']) {
                self.claim(j, Role::Tags, "tags-under-label");
                self.draft.tags.extend(split_tags(next.text));
                return j + 1;
            }
            if next.words > 4 {
                break;
            }
            self.claim(j, Role::Tags, "tags-under-label");
            self.draft.tags.push(next.text.to_owned());
            j += 1;
        }
        j
    }
}

fn dateline_sep(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | ':' | '.')
}

fn split_tags(v: &str) -> Vec<String> {
    v.split(['،', ',']).map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// Prints the line classification of the file in `LAYOUT_DEBUG` (a debugging aid).
    #[test]
    #[ignore = "debugging aid: LAYOUT_DEBUG=path cargo test -- --ignored --nocapture"]
    fn print_layout() {
        let Some(path) = std::env::var_os("LAYOUT_DEBUG") else { return };
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let mut lines = read_lines(&text);
        mark_lists(&mut lines);
        println!("cluster {:?}", body_cluster(&lines));
        for (i, l) in lines.iter().enumerate() {
            println!(
                "{i:>3} w{:<3} {}{}{}{} {:?} {}",
                l.words,
                if l.date { 'D' } else { '.' },
                if l.prose { 'P' } else { '.' },
                if l.listed { 'L' } else { '.' },
                if is_candidate(l) { 'C' } else { '.' },
                l.label.map(|h| h.label),
                head(l.text, 80)
            );
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
        for s in ["انتخابات النواب 2020", "وزير الاقتصاد يعلن نمو الصادرات 12 في المئة خلال عام 2023"]
        {
            assert!(!make_line(s).date, "{s}");
        }
    }

    #[test]
    fn headline_candidates() {
        // Items of a list and widget text are no headline.
        assert!(!is_candidate(&make_line("• الوزير يفتتح معرض الكتاب في دورته الجديدة")));
        assert!(!is_candidate(&make_line("- 19:17 الوزير يفتتح معرض الكتاب")));
        assert!(!is_candidate(&make_line("tag icon ع ع ع")));
        // A disease name in parentheses is no photo credit.
        assert!(is_candidate(&make_line("الصحة تعلن تسجيل 6 إصابات جديدة بفيروس (كوفيد-19)")));
        assert!(!is_candidate(&make_line("الوزير خلال زيارته المعرض أمس (رويترز)")));
        assert!(is_candidate(&make_line("الوزير يفتتح معرض الكتاب في دورته الجديدة")));
    }

    #[test]
    fn names_hold_no_function_word() {
        assert!(is_bare_name(&make_line("سامي حداد")));
        assert!(is_bare_name(&make_line("ليلى عبد الرحمن")));
        // "لأنها" is ل + أنها: a headline, not a name.
        assert!(!is_bare_name(&make_line("لأنها بيروت")));
        assert!(!is_bare_name(&make_line("وفي الختام")));
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("قال الوزير إن النمو مستمر (واس)"));
        assert!(ends_sentence("قال الوزير إن النمو مستمر. (رويترز)"));
        assert!(!ends_sentence("الصحة تعلن تسجيل 6 إصابات جديدة بفيروس (كوفيد-19)"));
    }
}
