//! Datelines: `موسكو-سانا`, `القاهرة - أ ش أ:`, `بيروت (رويترز) -`,
//! `دمشق، سوريا (CNN) --`, `سبق- الدمام:` … → place + agency.

use std::collections::HashSet;
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
        let lead = paragraph.len() - paragraph.trim_start().len();
        let text = &paragraph[lead..];
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
                        return Some((d, lead + end));
                    }
                }
            }
        }
        None
    }
}

/// What an author slot (a line under the headline) holds.
#[derive(Debug, Default)]
pub(crate) struct Slot {
    pub(crate) dateline: Option<Dateline>,
    pub(crate) author: Option<String>,
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
    matches!(c, '-' | '–' | '—' | ':' | '|' | '‒' | '−')
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
        if text[s..e].trim().chars().any(char::is_alphanumeric) {
            segs.push(Seg { start: s, end: e, paren });
        }
    };
    while i < text.len() && i < MAX_HEAD && segs.len() <= MAX_SEGS {
        let c = text[i..].chars().next().unwrap_or(' ');
        let cl = c.len_utf8();
        let next = text[i + cl..].chars().next();
        let tatweel_sep = c == 'ـ' && prev_space && next.is_some_and(char::is_whitespace);
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
        if is_sep(c) || tatweel_sep || dot_sep {
            push(&mut segs, seg_start, i, false);
            let j = skip_separators(text, i + cl);
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
    Agency,
    Outlet,
    Marker,
    Name,
}

static PLACE_KEYS: LazyLock<HashSet<String>> =
    LazyLock::new(|| PLACES.iter().map(|p| key(p)).collect());

static OUTLET_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
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

/// Whether `text` is a known place.
pub(crate) fn is_place(text: &str) -> bool {
    let k = key(text);
    if k.is_empty() {
        return false;
    }
    if PLACE_KEYS.contains(&k) {
        return true;
    }
    // "دمشق، سوريا", "دمشق، موسكو، عواصم": the first comma part a place, the
    // others short.
    let parts: Vec<&str> = k.split(['،', ',']).map(str::trim).filter(|p| !p.is_empty()).collect();
    parts.len() > 1
        && parts.len() <= 4
        && PLACE_KEYS.contains(parts[0])
        && parts.iter().all(|p| p.split_whitespace().count() <= 3)
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
    if Agency::find(t).is_some() {
        return Some(Class::Agency);
    }
    let k = key(t);
    if k == "وكالات" {
        return Some(Class::Agency);
    }
    if matches!(k.as_str(), "خاص" | "متابعات" | "متابعه" | "حصري") {
        return Some(Class::Marker);
    }
    if is_place(t) {
        return Some(Class::Place);
    }
    let latin_caps =
        t.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == ' ' || c == '-')
            && t.chars().any(|c| c.is_ascii_uppercase())
            && t.len() <= 12;
    if latin_caps {
        return Some(Class::Outlet);
    }
    if !t.chars().any(crate::chars::is_arabic_letter) {
        return None;
    }
    if t.chars().any(|c| c.is_ascii_digit()) && words <= 3 {
        return Some(Class::Outlet);
    }
    let ws: Vec<&str> = k.split(' ').collect();
    let two = ws.windows(2).any(|p| OUTLET_WORDS.contains(&format!("{} {}", p[0], p[1])));
    // Outlet names are short ("عين اليوم", "سكاي نيوز عربية").
    if words <= 3 && (two || ws.iter().any(|w| OUTLET_WORDS.contains(*w))) {
        return Some(Class::Outlet);
    }
    if t.chars().any(|c| !(crate::chars::is_arabic(c) || c.is_whitespace())) {
        return None;
    }
    // A person's name: at most four words, none of them a particle, a
    // preposition or a title ("لسنا في حاجة", "وزير الحج").
    if words > 4 || ws.iter().any(|w| NOT_IN_NAMES.contains(w)) {
        return None;
    }
    let _ = paren;
    Some(Class::Name)
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
    "فيديو",
    "شاهد",
    "تصوير",
];

/// Interprets segments as a dateline and/or an author.
fn interpret(text: &str, segs: &[Seg], mode: Mode) -> Option<Slot> {
    if segs.is_empty() || segs.len() > 3 {
        return None;
    }
    let lone = || {
        let raw = &text[segs[0].start..segs[0].end];
        match classify(raw, segs[0].paren) {
            Some(Class::Name) => true,
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
    let mut place: Option<&str> = None;
    let mut agency: Option<&str> = None;
    let mut names: Vec<&str> = Vec::new();
    let mut marker = false;
    let mut texts = Vec::new();
    for s in segs {
        let raw = text[s.start..s.end].trim().trim_end_matches(['.', '،', ',']);
        texts.push(raw);
        match classify(raw, s.paren)? {
            Class::Place => {
                if place.replace(raw).is_some() {
                    return None;
                }
            }
            Class::Agency | Class::Outlet => {
                if agency.replace(raw).is_some() {
                    return None;
                }
            }
            Class::Marker => marker = true,
            Class::Name => names.push(raw),
        }
    }
    // An unknown name is an outlet when it stands with a marker, or is one word
    // (a person's name has two words or more), or opens with the article ال and
    // is one word.
    let mut author = None;
    for n in names {
        let one_word = n.split_whitespace().count() == 1;
        if agency.is_none() && (marker || one_word) {
            // A lone word stands for an outlet only beside a place or a
            // marker ("سبق- الدمام:", "عين اليوم – متابعات").
            if one_word && !marker && place.is_none() {
                return None;
            }
            agency = Some(n);
        } else if author.is_none() && mode == Mode::Author && !one_word {
            author = Some(n.to_owned());
        } else {
            return None;
        }
    }
    if place.is_none() && agency.is_none() && author.is_none() {
        return None;
    }
    if mode == Mode::Prefix && place.is_none() && agency.is_none() {
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
    Some(Slot { dateline, author })
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
    let t = line.trim();
    if t.is_empty() || t.len() > MAX_HEAD {
        return None;
    }
    let head = scan(t);
    let &(end, n) = head.ends.last()?;
    if end < t.len() || n != head.segs.len() {
        return None;
    }
    interpret(t, &head.segs, mode)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(s: &str) -> (Option<String>, Option<String>, Option<String>) {
        let d = Dateline::parse(s).unwrap_or_else(|| panic!("no dateline in {s}"));
        (d.place, d.agency.as_ref().map(|a| a.name.clone()), d.agency.and_then(|a| a.id))
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
}
