//! Datelines: `موسكو-سانا`, `القاهرة - أ ش أ:`, `بيروت (رويترز) -`,
//! `دمشق، سوريا (CNN) --`, `سبق- الدمام:` … → place + agency.

use crate::hash::FastSet;
use std::sync::LazyLock;

use crate::agency::{Agency, key};
use crate::tables::places::PLACES;

/// Where and by whom a story was filed: the place and/or the agency or outlet
/// of a dateline, with the dateline text as written.
///
/// # Example
///
/// ```
/// use arabic_news::Dateline;
///
/// let d = Dateline::parse("القاهرة - أ ش أ:").unwrap();
/// assert_eq!(d.place.as_deref(), Some("القاهرة"));
/// let agency = d.agency.unwrap();
/// assert_eq!(agency.name, "أ ش أ");
/// assert_eq!(agency.id.as_deref(), Some("MENA"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct Dateline {
    /// The dateline as written (trimmed, trailing separators removed).
    pub text: String,
    /// The place (`موسكو`, `دمشق، سوريا`), when the dateline names one.
    pub place: Option<String>,
    /// The agency or outlet, when the dateline names one.
    pub agency: Option<AgencyRef>,
}

/// An agency or outlet as a dateline names it.
///
/// # Example
///
/// ```
/// let d = arabic_news::Dateline::parse("بيروت (رويترز) -").unwrap();
/// let a = d.agency.unwrap();
/// assert_eq!((a.id.as_deref(), a.name.as_str()), (Some("REUTERS"), "رويترز"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct AgencyRef {
    /// The [`Agency`] id when the name is one of the gazetteer's names, else `None`
    /// (outlets, `وكالات`).
    pub id: Option<String>,
    /// The name as written in the dateline (`أ ش أ`, `وكالات`, `سبق`).
    pub name: String,
}

impl std::fmt::Display for Dateline {
    /// The dateline in one form whatever the outlet's: `PLACE (AGENCY)`, the
    /// place or the agency alone when it names only one, else the text as written.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::Dateline;
    /// assert_eq!(Dateline::parse("موسكو-سانا").unwrap().to_string(), "موسكو (سانا)");
    /// assert_eq!(Dateline::parse("بيروت (رويترز) -").unwrap().to_string(), "بيروت (رويترز)");
    /// assert_eq!(Dateline::parse("وكالات").unwrap().to_string(), "وكالات");
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (&self.place, &self.agency) {
            (Some(p), Some(a)) => write!(f, "{p} ({})", a.name),
            (Some(p), None) => f.write_str(p),
            (None, Some(a)) => f.write_str(&a.name),
            (None, None) => f.write_str(&self.text),
        }
    }
}

impl AgencyRef {
    pub(crate) fn new(name: &str) -> Self {
        AgencyRef { id: Agency::find(name).map(|a| a.id().to_owned()), name: name.to_owned() }
    }
}

impl Dateline {
    /// Reads a line that is a dateline and nothing else (`موسكو-سانا`,
    /// `ميامي - رويترز`, `وكالات`, `دمشق، سوريا (CNN) --`).
    ///
    /// Returns `None` when the line is not a dateline. A line holding a
    /// reporter's name too (`مكة - الوئام - محمد السويهري`) is read by the
    /// article parser as dateline plus byline; here it gives `None`.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::Dateline;
    /// let d = Dateline::parse("موسكو-سانا").unwrap();
    /// assert_eq!(d.place.as_deref(), Some("موسكو"));
    /// assert_eq!(d.agency.unwrap().id.as_deref(), Some("SANA"));
    /// assert!(Dateline::parse("وقال الوزير إن النمو مستمر").is_none());
    /// ```
    #[must_use]
    pub fn parse(line: &str) -> Option<Dateline> {
        let slot = read_slot(line, Mode::Line)?;
        if slot.author.is_some() {
            return None;
        }
        slot.dateline
    }

    /// Reads a dateline at the start of a paragraph and returns it with the
    /// byte length of the prefix (separators and spaces included), so that
    /// `&paragraph[len..]` is the paragraph without its dateline.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::Dateline;
    /// let p = "القاهرة - أ ش أ: أعلنت الحكومة اليوم عن خطة جديدة";
    /// let (d, len) = Dateline::parse_prefix(p).unwrap();
    /// assert_eq!(d.text, "القاهرة - أ ش أ");
    /// assert_eq!(&p[len..], "أعلنت الحكومة اليوم عن خطة جديدة");
    /// assert!(Dateline::parse_prefix("وقال: إن الخطة جديدة").is_none());
    /// ```
    #[must_use]
    pub fn parse_prefix(paragraph: &str) -> Option<(Dateline, usize)> {
        read_prefix(paragraph).map(|p| (p.dateline, p.len))
    }
}

/// A dateline at the head of a paragraph.
#[derive(Debug)]
pub(crate) struct Prefix {
    pub(crate) dateline: Dateline,
    /// The byte length of the prefix, separators included.
    pub(crate) len: usize,
    /// The text of a date inside the dateline (`طرابلس 12 يناير 2024 (وال) –`).
    pub(crate) date: Option<String>,
}

/// Reads a dateline at the head of `paragraph`: a wire dateline with a date
/// inside, or slots set off by separators.
pub(crate) fn read_prefix(paragraph: &str) -> Option<Prefix> {
    let lead = paragraph.len() - paragraph.trim_start().len();
    let (text, open) = open_bracket(&paragraph[lead..]);
    let lead = lead + open;
    if let Some(mut p) = wire_prefix(text) {
        p.len += lead;
        return Some(p);
    }
    if let Some(mut p) = outlet_before_lead(text) {
        p.len += lead;
        return Some(p);
    }
    let head = scan(text);
    for &(end, seg_count) in head.ends.iter().rev() {
        let rest = &text[end..];
        if !rest.chars().any(crate::chars::is_arabic_letter)
            && !rest.chars().any(char::is_alphabetic)
        {
            continue;
        }
        let segs = &head.segs[..seg_count];
        if let Some(slot) = interpret(text, segs, Mode::Prefix) {
            if slot.author.is_none() {
                if let Some(d) = slot.dateline {
                    // An outlet of no place and unknown to the gazetteer before
                    // a quotation is what a statement says ("وجاء في البيان:
                    // «…»"), not a credit.
                    let unknown =
                        d.place.is_none() && d.agency.as_ref().is_none_or(|a| a.id.is_none());
                    if unknown && quotes(rest) {
                        continue;
                    }
                    return Some(Prefix { dateline: d, len: lead + end, date: slot.date });
                }
            }
        }
    }
    None
}

/// Whether `rest`, what follows a prefix, opens with a quotation mark.
fn quotes(rest: &str) -> bool {
    rest.trim_start_matches(|c: char| c.is_whitespace() || is_sep(c))
        .starts_with(['“', '«', '"', '„', '\''])
}

/// At most the first `n` bytes of `s`, cut at a character boundary.
fn char_head(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Verbs that open a news lead (normalized): "قال", "أعلنت", "أكد" …
const LEAD_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "اكد",
    "اكدت",
    "اعلن",
    "اعلنت",
    "كشف",
    "كشفت",
    "ذكر",
    "ذكرت",
    "افاد",
    "افادت",
    "نفى",
    "نفت",
    "اشار",
    "اشارت",
    "اوضح",
    "اوضحت",
    "صرح",
    "صرحت",
    "زار",
    "زارت",
    "استقبل",
    "استقبلت",
    "التقى",
    "التقت",
    "دعا",
    "دعت",
    "طالب",
    "طالبت",
    "شهد",
    "شهدت",
    "بحث",
    "بحثت",
    "وصل",
    "وصلت",
    "ترأس",
    "تراس",
    "ترات",
    "افتتح",
    "افتتحت",
    "اصدر",
    "اصدرت",
    "نظم",
    "نظمت",
    "حذر",
    "حذرت",
    "اعتبر",
    "اعتبرت",
    "اختتم",
    "اختتمت",
    "انطلقت",
    "انطلق",
    "تلقى",
    "تلقت",
    "وجه",
    "وجهت",
];

/// Verbs of saying (normalized) that open a speaker's phrase ("وقال لـ…",
/// "وأضاف للجزيرة نت"), never a dateline's slot. Not [`LEAD_VERBS`], which
/// open a lead after a credit: some of those are given names too (شهد، طالب).
const SPEECH_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "اضاف",
    "اضافت",
    "جاء",
    "جاءت",
    "تابع",
    "تابعت",
    "اكد",
    "اكدت",
    "اوضح",
    "اوضحت",
    "صرح",
    "صرحت",
    "ذكر",
    "ذكرت",
];

/// An outlet the gazetteer does not know, then a separator and a news
/// lead: "الخبر اليوم: أعلنت …", "هرمنا – قال …". The lead verb is the
/// evidence that what comes before the separator is a credit, not a speaker
/// ("الوزير: نعمل …").
fn outlet_before_lead(text: &str) -> Option<Prefix> {
    let head = char_head(text, 80);
    let sep = head.find([':', '-', '–', '—'])?;
    let name = text[..sep].trim();
    let words = name.split_whitespace().count();
    if !(1..=3).contains(&words) || !name.chars().any(crate::chars::is_arabic_letter) {
        return None;
    }
    let end = skip_separators(text, sep);
    // A quotation after the separator is what a speaker or a statement says.
    if quotes(&text[end..]) {
        return None;
    }
    let verb = text[end..].split_whitespace().next()?;
    if !LEAD_VERBS.contains(&key(verb).as_str()) {
        return None;
    }
    if !matches!(classify(name, false)?, Class::Name | Class::Outlet | Class::Agency) {
        return None;
    }
    Some(Prefix {
        dateline: Dateline {
            text: name.to_owned(),
            place: None,
            agency: Some(AgencyRef::new(name)),
        },
        len: end,
        date: None,
    })
}

/// The byte offset after the first `n` words of `text` (or `None` when it
/// has fewer).
fn word_end(text: &str, n: usize) -> Option<usize> {
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        if in_word && space {
            seen += 1;
            if seen == n {
                return Some(i);
            }
        }
        in_word = !space;
    }
    (in_word && seen + 1 == n).then_some(text.len())
}

/// [`word_end`] of the first one, two and three words, in one pass.
fn word_ends(text: &str) -> [Option<usize>; 3] {
    let mut ends = [None; 3];
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        if in_word && space {
            ends[seen] = Some(i);
            seen += 1;
            if seen == ends.len() {
                return ends;
            }
        }
        in_word = !space;
    }
    if in_word {
        ends[seen] = Some(text.len());
    }
    ends
}

/// A segment that is a place, then a date ("بورتسودان 10-11-2023"): the two.
fn place_and_date(raw: &str) -> Option<(&str, &str)> {
    // A date has a digit (see `is_whole_date`): most segments are read no further.
    if !raw.chars().any(crate::chars::is_numeric) {
        return None;
    }
    word_ends(raw).into_iter().flatten().find_map(|e| {
        let (p, d) = (raw[..e].trim(), raw[e..].trim());
        (!d.is_empty() && is_place(p) && is_whole_date(d)).then_some((p, d))
    })
}

/// The byte length of a day number and a month name at the start of `text`
/// ("4 يناير"), if it opens with them.
fn day_and_month(text: &str) -> Option<usize> {
    let day_end = word_end(text, 1)?;
    let day = &text[..day_end];
    if !(1..=2).contains(&day.chars().count()) || !day.chars().all(crate::chars::is_numeric) {
        return None;
    }
    let end = word_end(text, 2)?;
    let month = text[day_end..end].trim();
    (crate::date::word_role(month) == crate::date::WordRole::Month).then_some(end)
}

/// A wire dateline: a place, then a date and an agency in either order,
/// with or without separators: "جدة 3 رمضان 1445 هـ الموافق 13 مارس 2024 م واس
/// أعلنت …", "طرابلس 12 يناير 2024 (وال) – زار …", "عمّان (بترا) 2024.01.12 –
/// قال …", "دبي في 4 يناير /وام/ أكد …". It needs a date that parses.
fn wire_prefix(text: &str) -> Option<Prefix> {
    let place_end = word_ends(text).into_iter().rev().flatten().find(|&e| {
        is_place(text[..e].trim_end_matches(|c: char| is_sep(c) || matches!(c, '،' | ',')))
    })?;
    let place = text[..place_end].trim_end_matches(|c: char| is_sep(c) || matches!(c, '،' | ','));
    let dates = crate::DateParser::new().relative(false);
    let mut i = place_end;
    let mut last = place_end;
    let mut date: Option<&str> = None;
    let mut agency: Option<&str> = None;
    for _ in 0..3 {
        i = skip_separators(text, i);
        let rest = &text[i..];
        if date.is_none() {
            let r = rest.strip_prefix("في ").unwrap_or(rest);
            let skipped = rest.len() - r.len();
            let window = char_head(r, 96);
            if let Some(d) = dates.parse(window).filter(|d| d.date.is_some() && d.span.start == 0) {
                date = Some(&r[..d.span.end]);
                i += skipped + d.span.end;
                last = i;
                continue;
            }
            // A day and a month without the year ("دبي في 4 يناير /وام/"): the
            // dateline's shape, no publication date.
            if let Some(e) = day_and_month(r) {
                date = Some("");
                i += skipped + e;
                last = i;
                continue;
            }
        }
        if agency.is_none() {
            if let Some(inner) = rest.strip_prefix('(') {
                let close = inner.char_indices().take(40).find(|&(_, c)| c == ')');
                if let Some((k, _)) = close {
                    let name = inner[..k].trim();
                    if Agency::find(name).is_some()
                        || (1..=3).contains(&name.split_whitespace().count())
                    {
                        agency = Some(name);
                        i += 1 + k + 1;
                        last = i;
                        continue;
                    }
                }
            }
            let known =
                word_ends(rest).into_iter().rev().flatten().find(|&e| {
                    Agency::find(rest[..e].trim_end_matches(|c: char| is_sep(c))).is_some()
                });
            if let Some(e) = known {
                agency = Some(rest[..e].trim_end_matches(|c: char| is_sep(c)));
                i += e;
                last = i;
                continue;
            }
        }
        break;
    }
    let date = date?;
    let end = skip_separators(text, last);
    let date = (!date.is_empty()).then(|| date.to_owned());
    if !text[end..].chars().any(crate::chars::is_arabic_letter) {
        return None;
    }
    let dtext = text[..last].trim_end_matches(|c: char| c.is_whitespace() || is_sep(c));
    Some(Prefix {
        dateline: Dateline {
            text: dtext.to_owned(),
            place: Some(place.to_owned()),
            agency: agency.map(AgencyRef::new),
        },
        len: end,
        date,
    })
}

/// What an author slot (a line under the headline) holds.
#[derive(Debug, Default)]
pub(crate) struct Slot {
    pub(crate) dateline: Option<Dateline>,
    pub(crate) author: Option<String>,
    /// The text of a date among the slots ("عمّان – 15 كانون الثاني 2026").
    pub(crate) date: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A whole line that is only a dateline.
    Line,
    /// A whole line in the author slot: dateline and/or a reporter's name.
    Author,
    /// The start of a paragraph.
    Prefix,
}

#[derive(Debug, Clone, Copy)]
struct Seg {
    start: usize,
    end: usize,
    paren: bool,
}

struct Head {
    segs: Vec<Seg>,
    /// (byte end of a possible prefix, number of segments before it)
    ends: Vec<(usize, usize)>,
}

const MAX_SEGS: usize = 4;
const MAX_HEAD: usize = 200;

/// The end of the run of white space and separators that starts at `from`.
fn skip_separators(text: &str, from: usize) -> usize {
    text[from..]
        .char_indices()
        .find(|&(_, ch)| !(ch.is_whitespace() || is_sep(ch)))
        .map_or(text.len(), |(k, _)| from + k)
}

fn is_sep(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | ':' | '|' | '‒' | '−' | '/' | '_' | '}' | ']')
}

/// `text` without an opening `{` or `[` that wraps a dateline
/// (`{بغداد: الفرات نيوز} نفى …`), and the byte length cut.
fn open_bracket(text: &str) -> (&str, usize) {
    match text.strip_prefix(['{', '[']) {
        Some(rest) => (rest, 1),
        None => (text, 0),
    }
}

/// Splits the head of `text` into segments at dateline separators.
fn scan(text: &str) -> Head {
    let mut segs = Vec::new();
    let mut ends = Vec::new();
    let mut seg_start = 0;
    let mut i = 0;
    let mut words_in_seg = 0;
    let mut prev_space = true;
    let push = |segs: &mut Vec<Seg>, s: usize, e: usize, paren: bool| {
        if text[s..e].trim().chars().any(crate::chars::is_alphanumeric) {
            segs.push(Seg { start: s, end: e, paren });
        }
    };
    let bytes = text.as_bytes();
    while i < text.len() && i < MAX_HEAD && segs.len() <= MAX_SEGS {
        // An Arabic letter (U+0621–U+064A but the tatweel) only continues a
        // word: the common case, on bytes.
        if let (0xD8, Some(0xA1..=0xBF)) | (0xD9, Some(0x81..=0x8A)) = (bytes[i], bytes.get(i + 1))
        {
            prev_space = false;
            i += 2;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let cl = c.len_utf8();
        let next = text[i + cl..].chars().next();
        // A tatweel (or a run of them) between spaces: "بديل ــ الرباط".
        let tatweel_sep = c == 'ـ'
            && prev_space
            && text[i..].trim_start_matches('ـ').starts_with(char::is_whitespace);
        let dot_sep = c == '.' && next.is_some_and(char::is_whitespace) && !segs.is_empty();
        if c == '(' {
            push(&mut segs, seg_start, i, false);
            let close =
                text[i..].char_indices().take(40).find(|&(_, ch)| ch == ')').map(|(k, _)| i + k);
            let Some(close) = close else { break };
            push(&mut segs, i + 1, close, true);
            i = close + 1;
            seg_start = i;
            words_in_seg = 0;
            // A closing parenthesis followed by a separator or by text.
            let j = skip_separators(text, i);
            if j > i && text[i..j].chars().any(is_sep) {
                ends.push((j, segs.len()));
                i = j;
                seg_start = j;
            }
            prev_space = true;
            continue;
        }
        // "10-11-2023", "12/12/2025": a separator between digits is part of a date.
        let in_number = i > 0
            && text.as_bytes()[i - 1].is_ascii_digit()
            && next.is_some_and(|n| n.is_ascii_digit());
        if (is_sep(c) && !in_number) || tatweel_sep || dot_sep {
            push(&mut segs, seg_start, i, false);
            let run = if tatweel_sep {
                text[i..].len() - text[i..].trim_start_matches('ـ').len()
            } else {
                cl
            };
            let j = skip_separators(text, i + run);
            ends.push((j, segs.len()));
            i = j;
            seg_start = j;
            words_in_seg = 0;
            prev_space = true;
            continue;
        }
        if c.is_whitespace() {
            if !prev_space {
                words_in_seg += 1;
                if words_in_seg >= 6 {
                    break;
                }
            }
            prev_space = true;
        } else {
            prev_space = false;
        }
        i += cl;
    }
    if i >= text.len() && segs.len() <= MAX_SEGS {
        push(&mut segs, seg_start, text.len(), false);
        ends.push((text.len(), segs.len()));
    }
    Head { segs, ends }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Place,
    /// A date inside the dateline ("عمّان – 15 كانون الثاني 2026 –").
    Date,
    Agency,
    Outlet,
    Marker,
    Name,
}

static PLACE_KEYS: LazyLock<FastSet<String>> =
    LazyLock::new(|| PLACES.iter().map(|p| key(p)).collect());

static OUTLET_WORDS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    [
        "نيوز",
        "اليوم",
        "برس",
        "الإخبارية",
        "الاخبارية",
        "الإخباري",
        "صحيفة",
        "جريدة",
        "موقع",
        "قناة",
        "تي في",
        "أونلاين",
        "بوست",
        "تايمز",
        "تايم",
        "بريس",
        "تلفزيون",
        "إذاعة",
        "راديو",
        "وكالة",
        "شبكة",
    ]
    .iter()
    .map(|w| key(w))
    .collect()
});

/// The nouns Arabic outlets are named for (normalized): a name of two or
/// three words ending with one is an outlet ("دنيا الوطن", "وهج الخليج",
/// "صدى البلد"); a person's name rarely ends with one.
static NEWSPAPER_NOUNS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    [
        "الوطن",
        "الخليج",
        "العرب",
        "الشرق",
        "الأمة",
        "الحياة",
        "النهار",
        "الأيام",
        "الصباح",
        "المساء",
        "الغد",
        "الدستور",
        "البيان",
        "البلاد",
        "البلد",
        "الشعب",
        "الجمهورية",
        "الأهرام",
        "الأخبار",
        "الشروق",
        "الفجر",
        "الخبر",
        "الوسط",
        "السفير",
        "القبس",
        "الراية",
        "الحدث",
        "النبأ",
    ]
    .iter()
    .map(|w| key(w))
    .collect()
});

/// Whether `text` is a known place.
pub(crate) fn is_place(text: &str) -> bool {
    is_place_key(&key(text))
}

/// [`is_place`] for a text already made a [`key`].
fn is_place_key(k: &str) -> bool {
    if k.is_empty() {
        return false;
    }
    if PLACE_KEYS.contains(k) {
        return true;
    }
    // "القدس المحتلة", "تونس العاصمة": a place and the word that qualifies it.
    if let Some((place, last)) = k.rsplit_once(' ') {
        if PLACE_QUALIFIERS.contains(&last) && PLACE_KEYS.contains(place) {
            return true;
        }
    }
    // "دمشق، سوريا", "دمشق، موسكو، عواصم": the first comma part a place, the
    // others short.
    if !k.contains(['،', ',']) {
        return false;
    }
    let parts: Vec<&str> = k.split(['،', ',']).map(str::trim).filter(|p| !p.is_empty()).collect();
    parts.len() > 1
        && parts.len() <= 4
        && PLACE_KEYS.contains(parts[0])
        && parts.iter().all(|p| p.split_whitespace().count() <= 3)
}

/// Words that qualify a place in a dateline (normalized).
const PLACE_QUALIFIERS: &[&str] = &["المحتله", "العاصمه"];

/// Titles that open a person's name with the article (normalized): "الدكتور
/// أحمد" is a person, "الدائرة الإعلامية" an institution.
const HONORIFICS: &[&str] =
    &["الدكتور", "الدكتوره", "الشيخ", "الشيخه", "الاستاذ", "الاستاذه", "المهندس", "السيد", "السيده"];

/// `name` without the honorifics that open it ("الأستاذ الدكتور عمر الخشمان",
/// "د. عمر الخشمان" → "عمر الخشمان").
pub(crate) fn without_honorifics(name: &str) -> &str {
    let mut rest = name.trim_start();
    while let Some((first, tail)) = rest.split_once(' ') {
        // Or an abbreviated title: "د.", "م.".
        let abbreviated = first.ends_with('.') && first.chars().count() <= ABBREVIATED_TITLE_CHARS;
        if !abbreviated && !HONORIFICS.contains(&key(first).as_str()) {
            break;
        }
        rest = tail.trim_start();
    }
    rest
}

/// An abbreviated title ("د.", "م.") has at most this many characters.
const ABBREVIATED_TITLE_CHARS: usize = 3;

/// Words that mark a dateline as the outlet's own work or a digest (normalized).
const MARKERS: &[&str] = &["خاص", "متابعات", "متابعه", "حصري"];

/// Whether `t` (trimmed) is one date expression and nothing else
/// ("15 كانون الثاني 2026", "2024.01.12").
fn is_whole_date(t: &str) -> bool {
    t.chars().any(crate::chars::is_numeric)
        && crate::DateParser::new().relative(false).parse(t).is_some_and(|d| {
            d.date.is_some()
                && !t[..d.span.start].chars().any(crate::chars::is_alphanumeric)
                && !t[d.span.end..]
                    .chars()
                    .any(|c| crate::chars::is_alphanumeric(c) && !matches!(c, 'م' | 'ه'))
        })
}

/// A Latin outlet name: a domain, a name with digits, or one with a media
/// word ("le12.ma", "Lebanon 24", "Alsumaria Tv").
fn is_latin_outlet(t: &str, words: usize) -> bool {
    words <= 3
        && t.chars().any(|c| c.is_ascii_alphabetic())
        && t.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '-'))
        && (t.contains('.')
            || t.chars().any(|c| c.is_ascii_digit())
            || t.split_whitespace().any(|w| {
                ["tv", "news", "press", "post", "times", "radio", "online"]
                    .contains(&w.to_ascii_lowercase().as_str())
            }))
}

fn classify(raw: &str, paren: bool) -> Option<Class> {
    let t = raw.trim().trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | '،' | ',' | '"' | '«' | '»')
    });
    if t.is_empty() {
        return None;
    }
    let words = t.split_whitespace().count();
    if words > 5 {
        return None;
    }
    let k = key(t);
    if Agency::find_key(&k).is_some() {
        return Some(Class::Agency);
    }
    if k == "وكالات" {
        return Some(Class::Agency);
    }
    // "وقال لـ«الوطن»", "وأضاف للجزيرة نت": a speaker told a paper; no slot
    // opens with a verb of saying.
    let first = k.split(' ').next().unwrap_or_default();
    let verb = first.strip_prefix(['و', 'ف']).unwrap_or(first);
    if SPEECH_VERBS.contains(&first) || SPEECH_VERBS.contains(&verb) {
        return None;
    }
    if MARKERS.contains(&k.as_str()) {
        return Some(Class::Marker);
    }
    if is_place_key(&k) {
        return Some(Class::Place);
    }
    if is_whole_date(t) {
        return Some(Class::Date);
    }
    let latin_caps =
        t.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == ' ' || c == '-')
            && t.chars().any(|c| c.is_ascii_uppercase())
            && t.len() <= 12;
    if latin_caps {
        return Some(Class::Outlet);
    }
    if !t.chars().any(crate::chars::is_arabic_letter) {
        return is_latin_outlet(t, words).then_some(Class::Outlet);
    }
    // "فرانس 24", "زنقة 20", "le12.ma"; a figure ("647 وصفة", "12 عيادة")
    // opens with its number.
    let figure = t.split_whitespace().next().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
    if t.chars().any(|c| c.is_ascii_digit()) && words <= 3 && !figure {
        return Some(Class::Outlet);
    }
    // Outlet names are short ("عين اليوم", "سكاي نيوز عربية"): they end with
    // a newspaper noun, or one of their words, or two in a row, is an outlet word.
    if (2..=3).contains(&words) && k.rsplit(' ').next().is_some_and(|w| NEWSPAPER_NOUNS.contains(w))
    {
        return Some(Class::Outlet);
    }
    if words <= 3 {
        let ends: Vec<usize> = k.match_indices(' ').map(|(i, _)| i).chain([k.len()]).collect();
        let mut start = 0;
        for (n, &end) in ends.iter().enumerate() {
            let pair = ends.get(n + 1).map(|&e| &k[start..e]);
            if OUTLET_WORDS.contains(&k[start..end])
                || pair.is_some_and(|p| OUTLET_WORDS.contains(p))
            {
                return Some(Class::Outlet);
            }
            start = end + 1;
        }
    }
    if t.chars().any(|c| !(crate::chars::is_arabic(c) || c.is_whitespace())) {
        return None;
    }
    // A person's name: at most four words, none of them a particle, a
    // preposition or a title ("لسنا في حاجة", "وزير الحج").
    if words > 4 || !t.split_whitespace().all(is_name_word) {
        return None;
    }
    let _ = paren;
    Some(Class::Name)
}

/// Whether `word` can be part of a person's name: it is none of the titles,
/// particles and media words of [`NOT_IN_NAMES`], and no function word,
/// alone or after a one-letter proclitic (في، لأنها، وفي).
pub(crate) fn is_name_word(word: &str) -> bool {
    let function = crate::is_stop_word(word)
        || word
            .strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])
            .is_some_and(|rest| rest.chars().count() >= 2 && crate::is_stop_word(rest));
    !function && !NOT_IN_NAMES.contains(&key(word).as_str())
}

/// Words that are not part of a person's name (normalized).
const NOT_IN_NAMES: &[&str] = &[
    "في",
    "من",
    "عن",
    "مع",
    "لا",
    "لم",
    "لن",
    "ما",
    "هل",
    "قد",
    "ان",
    "بعد",
    "قبل",
    "وزير",
    "وزيره",
    "رئيس",
    "امير",
    "مدير",
    "مجلس",
    "هيئه",
    "وزاره",
    "صور",
    "صوره",
    "اخبار",
    "فيديو",
    "شاهد",
    "محافظ",
    "تصوير",
];

/// Interprets segments as a dateline and/or an author: slots (place,
/// agency or outlet, date, reporter) in any order.
fn interpret(text: &str, segs: &[Seg], mode: Mode) -> Option<Slot> {
    if segs.is_empty() || segs.len() > 3 {
        return None;
    }
    let lone = || {
        let raw = &text[segs[0].start..segs[0].end];
        match classify(raw, segs[0].paren) {
            Some(Class::Name | Class::Date) => true,
            // "قناة السويس الجديدة" is a canal, not a channel: a lone outlet
            // needs to be short.
            Some(Class::Outlet) => raw.split_whitespace().count() > 2,
            _ => false,
        }
    };
    if mode != Mode::Prefix && segs.len() == 1 && lone() {
        // A lone name or word is no dateline by itself (the parser decides
        // from its position).
        return None;
    }
    // The place as a byte range: neighbouring places are one ("القدس - رام الله").
    let mut place: Option<(usize, usize)> = None;
    let mut place_seg = usize::MAX;
    let mut agency: Option<&str> = None;
    let mut date: Option<&str> = None;
    let mut names: Vec<&str> = Vec::new();
    let mut marker: Option<&str> = None;
    let mut site_label: Option<&str> = None;
    for (n, s) in segs.iter().enumerate() {
        let raw = text[s.start..s.end].trim().trim_end_matches(['.', '،', ',']);
        // "متابعة صفا": a marker word, then the outlet.
        if let Some((m, rest)) = raw.split_once(' ') {
            if MARKERS.contains(&key(m).as_str()) && rest.split_whitespace().count() <= 3 {
                marker = Some(m);
                if agency.replace(rest.trim()).is_some() {
                    return None;
                }
                continue;
            }
        }
        // "بورتسودان 10-11-2023": a place and a date in one segment.
        if let Some((p, d)) = place_and_date(raw) {
            if place.is_some() || date.replace(d).is_some() {
                return None;
            }
            let start = text.len() - text[s.start..].trim_start().len();
            place = Some((start, start + p.len()));
            place_seg = n;
            continue;
        }
        let Some(class) = classify(raw, s.paren) else {
            // A short label that is no name ("أنا الخبر ـ و.م.ع"): allowed
            // only beside an agency of the gazetteer, checked below.
            if raw.split_whitespace().count() > 3 || site_label.replace(raw).is_some() {
                return None;
            }
            continue;
        };
        match class {
            Class::Place => {
                let start = text.len() - text[s.start..].trim_start().len();
                let end = start + raw.len();
                place = match place {
                    None => Some((start, end)),
                    Some((first, _)) if place_seg + 1 == n => Some((first, end)),
                    Some(_) => return None,
                };
                place_seg = n;
            }
            Class::Agency | Class::Outlet => {
                if let Some(prev) = agency.replace(raw) {
                    // A site's name beside an agency of the gazetteer: the site
                    // that ran the agency's story ("أنا الخبر ـ و.م.ع").
                    let (known, site) =
                        match (Agency::find(prev).is_some(), Agency::find(raw).is_some()) {
                            (true, false) => (prev, raw),
                            (false, true) => (raw, prev),
                            _ => return None,
                        };
                    if site_label.replace(site).is_some() {
                        return None;
                    }
                    agency = Some(known);
                }
            }
            Class::Date => {
                if date.replace(raw).is_some() {
                    return None;
                }
            }
            Class::Marker => marker = Some(raw),
            Class::Name => names.push(raw),
        }
    }
    let place = place.map(|(s, e)| &text[s..e]);
    if site_label.is_some() && agency.is_none_or(|a| Agency::find(a).is_none()) {
        return None;
    }
    // An unknown name is an outlet when it stands with a marker, or is one word
    // (a person's name has two words or more) beside a place. Two unknown
    // names in an author slot are the outlet, then the reporter
    // ("عنب بلدي – ميس حمد"). A word beside a known credit and no place is a
    // section label ("وطنيات - وكالات").
    let mut author = None;
    let dash_between = segs.len() == 2
        && text[segs[0].end..segs[1].start].contains(['-', '–', '—', 'ـ', '_', '/']);
    if names.len() == 2
        && mode == Mode::Author
        && place.is_none()
        && agency.is_none()
        && marker.is_none()
    {
        if !dash_between
            || names[0].split_whitespace().count() > 3
            || names[1].split_whitespace().count() < 2
        {
            return None;
        }
        agency = Some(names[0]);
        author = Some(names[1].to_owned());
        names.clear();
    }
    for n in names {
        let words = n.split_whitespace().count();
        let one_word = words == 1;
        // Names of people do not open with the article: beside a place,
        // "الدائرة الإعلامية" is an institution ("الدكتور أحمد" a person).
        let institution = words >= 2
            && key(n)
                .split(' ')
                .next()
                .is_some_and(|w| w.starts_with("ال") && !HONORIFICS.contains(&w));
        if agency.is_none() && (marker.is_some() || one_word || (institution && place.is_some())) {
            // A lone word stands for an outlet only beside a place or a
            // marker ("سبق- الدمام:", "عين اليوم – متابعات").
            if one_word && marker.is_none() && place.is_none() {
                return None;
            }
            agency = Some(n);
        } else if author.is_none() && mode == Mode::Author && !one_word {
            author = Some(n.to_owned());
        } else if one_word && mode != Mode::Prefix && agency.is_some() && place.is_none() {
            // A section label beside the credit.
        } else {
            return None;
        }
    }
    // "مسقط / متابعات": a digest credit standing alone is the credit, as وكالات is.
    if agency.is_none() && place.is_some() {
        agency = marker.filter(|m| key(m).starts_with("متابع"));
    }
    if place.is_none() && agency.is_none() && author.is_none() {
        return None;
    }
    if mode == Mode::Prefix && place.is_none() && agency.is_none() {
        return None;
    }
    // A date alone with a name is a date line, not a dateline.
    if date.is_some() && place.is_none() && agency.is_none() {
        return None;
    }
    let dateline = if place.is_some() || agency.is_some() {
        let first = segs[0].start;
        let last = segs[segs.len() - 1].end;
        let mut end = last;
        if segs[segs.len() - 1].paren && text[end..].starts_with(')') {
            end += 1;
        }
        let dtext = if author.is_some() {
            // Only the dateline parts, not the reporter's name.
            [place, agency].into_iter().flatten().collect::<Vec<_>>().join(" - ")
        } else {
            text[first..end]
                .trim()
                .trim_end_matches(|c: char| c.is_whitespace() || is_sep(c) || c == '.')
                .to_owned()
        };
        Some(Dateline {
            text: dtext,
            place: place.map(str::to_owned),
            agency: agency.map(AgencyRef::new),
        })
    } else {
        None
    };
    Some(Slot { dateline, author, date: date.map(str::to_owned) })
}

/// Whether `line` is only an outlet credit: one or two outlet names
/// (`موقع كل يوم -جريدة الوسط الكويتيه`, `صحيفة صدى`).
pub(crate) fn is_outlet_credit(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > MAX_HEAD {
        return false;
    }
    let head = scan(t);
    let Some(&(end, n)) = head.ends.last() else { return false };
    if end < t.len() || n != head.segs.len() || !(1..=2).contains(&n) {
        return false;
    }
    head.segs.iter().all(|s| {
        let raw = &t[s.start..s.end];
        classify(raw, s.paren) == Some(Class::Outlet)
            && raw.chars().any(crate::chars::is_arabic_letter)
    })
}

/// Reads a whole line as an author slot or a dateline line.
pub(crate) fn read_slot(line: &str, mode: Mode) -> Option<Slot> {
    let t = open_bracket(line.trim()).0;
    if t.is_empty() || t.len() > MAX_HEAD {
        return None;
    }
    let head = scan(t);
    let slot = head
        .ends
        .last()
        .filter(|&&(end, n)| end == t.len() && n == head.segs.len())
        .and_then(|_| interpret(t, &head.segs, mode));
    match mode {
        Mode::Author => slot.or_else(|| reporter_from_place(t)),
        _ => slot,
    }
}

/// How many words a person's name has, written alone.
const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// Whether `text` has the shape of a person's name written alone: two to four
/// name words ([`is_name_word`]), no article on the first, Arabic letters only
/// (diacritics and tatweel allowed). A name may hold an initial, a word of one
/// letter, and then its words may end with a dot ("فيصل. ن", Faisal N.; a dot
/// marks the initial before or after it); initials alone are no name
/// ("ق. ن. أ" is an agency's).
pub(crate) fn is_name_shaped(text: &str) -> bool {
    let letters = |w: &str| w.trim_end_matches('.').chars().count();
    let initial = text.split_whitespace().any(|w| letters(w) == 1);
    let dotted = text.contains('.');
    if dotted && (!initial || text.split_whitespace().all(|w| letters(w) == 1)) {
        return false;
    }
    NAME_WORDS.contains(&crate::chars::word_count(text))
        && !text.starts_with("ال")
        && text.split_whitespace().all(|w| {
            let w = w.strip_suffix('.').unwrap_or(w);
            !w.is_empty() && is_name_word(w)
        })
        && text.chars().all(|c| {
            crate::chars::is_arabic_letter(c)
                || c == ' '
                || c == '.'
                || crate::chars::is_diacritic(c)
                || crate::chars::is_tatweel(c)
        })
}

/// A reporter's signature "NAME من PLACE" ("يسرى ونّاس من تونس*", the mark
/// pointing to a closing credit): a name of two to four name words, no
/// article on the first, and a known place.
fn reporter_from_place(t: &str) -> Option<Slot> {
    let t = t.trim_end_matches(|c: char| c == '*' || c.is_whitespace());
    let (name, place) = t.split_once(" من ")?;
    let (name, place) = (name.trim(), place.trim());
    (is_name_shaped(name) && is_place(place)).then(|| Slot {
        dateline: Some(Dateline {
            text: t.to_owned(),
            place: Some(place.to_owned()),
            agency: None,
        }),
        author: Some(name.to_owned()),
        date: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_ends_are_word_end_of_one_to_three() {
        for t in [
            "",
            " ",
            "a",
            "a ",
            " a",
            "a b",
            "a  b ",
            "بغداد - 12",
            "a b c d",
            "a\u{a0}b\tc",
            "ab cd ef",
        ] {
            let want = [word_end(t, 1), word_end(t, 2), word_end(t, 3)];
            assert_eq!(word_ends(t), want, "{t:?}");
        }
    }

    fn line(s: &str) -> (Option<String>, Option<String>, Option<String>) {
        let d = Dateline::parse(s).unwrap_or_else(|| panic!("no dateline in {s}"));
        (d.place, d.agency.as_ref().map(|a| a.name.clone()), d.agency.and_then(|a| a.id))
    }

    #[test]
    fn a_reporter_from_a_place() {
        let slot = read_slot("سامي خوري من بيروت*", Mode::Author).expect("a slot");
        assert_eq!(slot.author.as_deref(), Some("سامي خوري"));
        assert_eq!(slot.dateline.and_then(|d| d.place).as_deref(), Some("بيروت"));
        // Not a place, an article on the first word, one word, not the author slot.
        assert!(read_slot("سامي خوري من المدينة القديمة", Mode::Author).is_none());
        assert!(read_slot("الوفد الرسمي من بيروت", Mode::Author).is_none());
        assert!(read_slot("مراسلنا من بيروت", Mode::Author).is_none());
        assert!(read_slot("سامي خوري من بيروت", Mode::Line).is_none());
    }

    #[test]
    fn shapes() {
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(line("موسكو-سانا"), (s("موسكو"), s("سانا"), s("SANA")));
        assert_eq!(line("القاهرة - أ ش أ:"), (s("القاهرة"), s("أ ش أ"), s("MENA")));
        assert_eq!(line("بيروت (رويترز) -"), (s("بيروت"), s("رويترز"), s("REUTERS")));
        assert_eq!(line("دمشق، سوريا (CNN) --"), (s("دمشق، سوريا"), s("CNN"), None));
        assert_eq!(line("سبق- الدمام:"), (s("الدمام"), s("سبق"), None));
        assert_eq!(line("ميامي - رويترز"), (s("ميامي"), s("رويترز"), s("REUTERS")));
        assert_eq!(line("وكالات"), (None, s("وكالات"), None));
        assert_eq!(line("لوس انجليس : (د ب ا)"), (s("لوس انجليس"), s("د ب ا"), s("DPA")));
    }

    #[test]
    fn prefixes() {
        let p = "دمشق، سوريا (CNN) -- أكدت جهات معارضة أن فصائل سيطرت على مخازن";
        let (d, n) = Dateline::parse_prefix(p).unwrap();
        assert_eq!(d.place.as_deref(), Some("دمشق، سوريا"));
        assert!(p[n..].starts_with("أكدت"));
        assert!(Dateline::parse_prefix("وقال: إن الأمر انتهى").is_none());
        assert!(Dateline::parse_prefix("احتل فيلم (Ant-Man) المركز الأول").is_none());
    }

    #[test]
    fn author_slot() {
        let s = read_slot("حسام أبو العلا - القاهرة", Mode::Author).unwrap();
        assert_eq!(s.author.as_deref(), Some("حسام أبو العلا"));
        assert_eq!(s.dateline.unwrap().place.as_deref(), Some("القاهرة"));
        let s = read_slot("مكة - الوئام - محمد السويهري", Mode::Author).unwrap();
        assert_eq!(s.author.as_deref(), Some("محمد السويهري"));
        assert_eq!(s.dateline.unwrap().agency.unwrap().name, "الوئام");
    }

    /// Wire datelines with a date inside, in the orders agencies write them.
    #[test]
    fn wire_datelines_with_a_date() {
        let cases = [
            (
                "جدة 3 رمضان 1445 هـ الموافق 13 مارس 2024 م واس أعلنت الهيئة عن خطة",
                "جدة",
                Some("واس"),
                "أعلنت",
            ),
            ("طرابلس 12 يناير 2024 (وال) – زار الوزير المدينة", "طرابلس", Some("وال"), "زار"),
            ("بكين 5 يونيو 2024 (شينخوا) أعلنت الحكومة خطة", "بكين", Some("شينخوا"), "أعلنت"),
            ("دبي في 4 يناير /وام/ أكد المجلس دعمه", "دبي", Some("وام"), "أكد"),
            ("الجزائر 21 أكتوبر 2014 / حذر رئيس الوزراء من", "الجزائر", None, "حذر"),
        ];
        for (p, place, agency, rest) in cases {
            let pre = read_prefix(p).unwrap_or_else(|| panic!("no dateline in {p}"));
            assert_eq!(pre.dateline.place.as_deref(), Some(place), "{p}");
            assert_eq!(pre.dateline.agency.as_ref().map(|a| a.name.as_str()), agency, "{p}");
            // "4 يناير" has no year: the dateline's shape, no date to publish.
            assert_eq!(pre.date.is_some(), !p.contains("4 يناير"), "{p}");
            assert!(p[pre.len..].starts_with(rest), "{p}: {}", &p[pre.len..]);
        }
        // A place and a date opening prose with nothing after them is no dateline.
        assert!(wire_prefix("القاهرة 5 يونيو 2024").is_none());
    }

    /// Separators outlets use besides dashes, and datelines in braces.
    #[test]
    fn other_separators() {
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(line("بورتسودان _ نبض برس"), (s("بورتسودان"), s("نبض برس"), None));
        assert_eq!(line("الساحل ــ الرباط"), (s("الرباط"), s("الساحل"), None));
        assert_eq!(line("مسقط / متابعات"), (s("مسقط"), s("متابعات"), None));
        let p = "{بغداد: شبكة الرافدين} أعلنت الوزارة اليوم";
        let (d, n) = Dateline::parse_prefix(p).unwrap();
        assert_eq!((d.place.as_deref(), &p[n..]), (Some("بغداد"), "أعلنت الوزارة اليوم"));
    }

    /// A known place makes the other side an outlet; two places are one.
    #[test]
    fn outlets_beside_a_place() {
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(line("القدس المحتلة - متابعة شبكة"), (s("القدس المحتلة"), s("شبكة"), None));
        assert_eq!(
            line("الخليل - رام الله - الهيئة الإعلامية"),
            (s("الخليل - رام الله"), s("الهيئة الإعلامية"), None)
        );
        assert_eq!(line("le24.ma – الرباط"), (s("الرباط"), s("le24.ma"), None));
        // A person beside a place is the reporter, with an honorific too.
        let slot = read_slot("الدكتور سامي حداد - عمان", Mode::Author).unwrap();
        assert_eq!(slot.author.as_deref(), Some("الدكتور سامي حداد"));
    }

    /// OUTLET – REPORTER in the author slot, and what is not that shape.
    #[test]
    fn outlet_then_reporter() {
        let slot = read_slot("صوت الساحل – ليلى عمران", Mode::Author).unwrap();
        assert_eq!(slot.dateline.unwrap().agency.unwrap().name, "صوت الساحل");
        assert_eq!(slot.author.as_deref(), Some("ليلى عمران"));
        // "NAME: words" is a headline quoting someone, not a credit.
        assert!(read_slot("الوزير: نعمل بلا توقف", Mode::Author).is_none());
        // A section and a section name are not an outlet and a reporter.
        assert!(read_slot("الشروق - أخبار محلية", Mode::Author).is_none());
        // A section word beside a known credit.
        let slot = read_slot("محليات - وكالات", Mode::Author).unwrap();
        assert_eq!(slot.dateline.unwrap().agency.unwrap().name, "وكالات");
    }

    /// PLACE – DATE on its own line gives the place and the date.
    #[test]
    fn place_and_date() {
        let slot = read_slot("عمّان – 15 كانون الثاني 2026", Mode::Author).unwrap();
        assert_eq!(slot.dateline.unwrap().place.as_deref(), Some("عمّان"));
        assert_eq!(slot.date.as_deref(), Some("15 كانون الثاني 2026"));
        // A date and a name is a date line, not a dateline.
        assert!(
            read_slot("سامي حداد - 15 كانون الثاني 2026", Mode::Author)
                .is_none_or(|s| s.dateline.is_none())
        );
    }

    /// An unknown outlet before a news lead is a credit; a speaker before a
    /// quote is not.
    #[test]
    fn outlet_before_a_lead() {
        let p = "الخبر اليوم: أعلنت الحكومة عن خطة جديدة لدعم المزارعين";
        let (d, n) = Dateline::parse_prefix(p).unwrap();
        assert_eq!(d.agency.unwrap().name, "الخبر اليوم");
        assert!(p[n..].starts_with("أعلنت"));
        let (d, _) =
            Dateline::parse_prefix("صدى الوادي – قال وزير المالية إن العجز تراجع").unwrap();
        assert_eq!(d.agency.unwrap().name, "صدى الوادي");
        assert!(Dateline::parse_prefix("الوزير: نعمل بلا توقف من أجل المواطنين").is_none());
        assert!(Dateline::parse_prefix("وفي السياق نفسه: قال الوزير إن العجز تراجع").is_none());
        // A colon before a quotation introduces what is quoted, even when the
        // quotation opens with a lead verb and the words before it name a
        // paper ("وجاء في الخبر: «أعلنت …»": the statement's text, quoted).
        // Nor is a speaker's phrase that names a paper: "he told the paper".
        for p in [
            "وقال لـ\"الخبر اليوم\": نظرا لتأخر الأمطار ارتفعت أسعار الخضار",
            "وأضاف للجزيرة نت: إن الخطة تشمل كل المحافظات",
        ] {
            assert!(Dateline::parse_prefix(p).is_none(), "{p}");
        }
        for p in [
            "وجاء في الخبر: “أعلنت الحكومة عن خطة جديدة لدعم المزارعين”",
            "صدى الوادي: «قال وزير المالية إن العجز تراجع»",
        ] {
            assert!(Dateline::parse_prefix(p).is_none(), "{p}");
        }
    }

    /// A site's label that is no name stands beside a gazetteer agency only.
    #[test]
    fn site_label_beside_an_agency() {
        let slot = read_slot("هنا المدينة ـ واس", Mode::Author).unwrap();
        assert_eq!(slot.dateline.unwrap().agency.unwrap().id.as_deref(), Some("SPA"));
        assert!(slot.author.is_none());
        assert!(read_slot("هنا المدينة ـ صدى الوادي", Mode::Author).is_none());
    }

    /// A place and a numeric date in one slot; separators between digits
    /// belong to the date.
    #[test]
    fn place_and_numeric_date() {
        let slot = read_slot("بورتسودان 10-11-2023", Mode::Author).unwrap();
        assert_eq!(slot.dateline.unwrap().place.as_deref(), Some("بورتسودان"));
        assert_eq!(slot.date.as_deref(), Some("10-11-2023"));
        let slot = read_slot("عمّان - 12/12/2025", Mode::Author).unwrap();
        assert_eq!(slot.date.as_deref(), Some("12/12/2025"));
    }
}
