//! The news-agency gazetteer: canonical ids ↔ Arabic and Latin names and
//! abbreviations, matched on normalized text.
//!
//! The table is [`AGENCIES`] (source: the project's agencies table, kept in step by a test;
//! public facts about wire services); lookups fold hamza, alef forms, dots and
//! spaces through [`Normalizer::SEARCH`], so `أ.ش.أ`, `أ ش أ` and `ا ش ا` all hit
//! the same entry.

use crate::hash::FastMap;
use std::sync::LazyLock;

use crate::Normalizer;

/// One news agency: a stable upper-case Latin id, its English name, its country
/// and the Arabic names and abbreviations it goes by in datelines.
///
/// # Example
///
/// ```
/// use arabic_news::Agency;
///
/// let spa = Agency::find("واس").unwrap();
/// assert_eq!(spa.id(), "SPA");
/// assert_eq!(spa.country(), "SA");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Agency {
    id: &'static str,
    name_en: &'static str,
    country: &'static str,
    names: &'static [&'static str],
}

impl Agency {
    /// The canonical upper-case Latin id (`"SANA"`, `"MENA"`, `"REUTERS"`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Agency::find("سانا").unwrap().id(), "SANA");
    /// ```
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The English name of the agency.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Agency::find("رويترز").unwrap().name_en(), "Reuters");
    /// ```
    #[must_use]
    pub const fn name_en(&self) -> &'static str {
        self.name_en
    }

    /// The ISO 3166 country code of the agency's home country.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Agency::find("بترا").unwrap().country(), "JO");
    /// ```
    #[must_use]
    pub const fn country(&self) -> &'static str {
        self.country
    }

    /// The Arabic names and abbreviations of the agency, as commonly written.
    ///
    /// # Example
    ///
    /// ```
    /// let afp = arabic_news::Agency::by_id("AFP").unwrap();
    /// assert!(afp.names().contains(&"فرانس برس"));
    /// ```
    #[must_use]
    pub const fn names(&self) -> &'static [&'static str] {
        self.names
    }

    /// The agency whose id is `id` (ASCII case-insensitive).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Agency::by_id("dpa").unwrap().id(), "DPA");
    /// ```
    #[must_use]
    pub fn by_id(id: &str) -> Option<&'static Agency> {
        AGENCIES.iter().find(|a| a.id.eq_ignore_ascii_case(id))
    }

    /// The agency one of whose names or abbreviations is `name`, compared on
    /// normalized text (hamza and alef forms folded, dots, parentheses and
    /// extra spaces ignored). Latin ids match too (`"AFP"`).
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::Agency;
    /// assert_eq!(Agency::find("أ.ش.أ").unwrap().id(), "MENA");
    /// assert_eq!(Agency::find("(د ب ا)").unwrap().id(), "DPA");
    /// assert!(Agency::find("القاهرة").is_none());
    /// ```
    #[must_use]
    pub fn find(name: &str) -> Option<&'static Agency> {
        Self::find_key(&key(name))
    }

    /// [`Agency::find`] for a name already made a [`key`].
    pub(crate) fn find_key(k: &str) -> Option<&'static Agency> {
        if k.is_empty() || k.len() > 80 {
            return None;
        }
        INDEX.get(k).map(|&i| &AGENCIES[i])
    }
}

/// The comparison key of a name: SEARCH-normalized, dots and brackets as
/// spaces, spaces collapsed, Latin lower-cased.
///
/// After normalizing, one pass on bytes: the runs between separators (white
/// space, `.`, `/`, brackets and quotation marks), joined by one space. Only
/// the bytes that can lead a non-ASCII separator are decoded.
pub(crate) fn key(name: &str) -> String {
    let n = Normalizer::SEARCH.normalize(name);
    let b = n.as_bytes();
    if is_plain_key(b) {
        return n.into_owned();
    }
    let mut out = String::with_capacity(n.len());
    let mut push = |run: &str| {
        if !run.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(run);
        }
    };
    let (mut i, mut start) = (0, 0);
    while i < b.len() {
        match separator_len(b, i) {
            0 => i += 1,
            len => {
                push(&n[start..i]);
                i += len;
                start = i;
            }
        }
    }
    push(&n[start..]);
    out
}

/// Whether `b` is its own key: no separator but single inner ASCII spaces.
/// Branch-free over byte pairs, so the compiler vectorizes it; a byte that
/// could lead a non-ASCII separator says no (the full pass decides).
fn is_plain_key(b: &[u8]) -> bool {
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else { return true };
    let special = |c: u8| {
        matches!(c, b'.' | b'(' | b')' | b'[' | b']' | b'"' | b'/' | b'\t'..=b'\r' | 0xC2)
            | (c.wrapping_sub(0xE1) < 3)
    };
    let mut bad = special(last) | (first == b' ') | (last == b' ');
    for (&x, &y) in b.iter().zip(&b[1..]) {
        bad |= special(x) | ((x == b' ') & (y == b' '));
    }
    !bad
}

/// The length of the separator of [`key`] at `b[i]` (0 if there is none):
/// white space, `. ( ) [ ] " /`, guillemets and curly double quotes.
fn separator_len(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'.' | b'(' | b')' | b'[' | b']' | b'"' | b'/' | b' ' | b'\t'..=b'\r' => 1,
        // « »
        0xC2 if matches!(b[i + 1], 0xAB | 0xBB) => 2,
        // “ ”
        0xE2 if b[i + 1] == 0x80 && matches!(b[i + 2], 0x9C | 0x9D) => 3,
        0xC2 | 0xE1..=0xE3 => crate::chars::unicode_space_len(b, i).unwrap_or(0),
        _ => 0,
    }
}

static INDEX: LazyLock<FastMap<String, usize>> = LazyLock::new(|| {
    let mut m = FastMap::default();
    for (i, a) in AGENCIES.iter().enumerate() {
        m.entry(key(a.id)).or_insert(i);
        for n in a.names {
            m.entry(key(n)).or_insert(i);
        }
    }
    m
});

macro_rules! agency {
    ($id:literal, $en:literal, $cc:literal, [$($n:literal),* $(,)?]) => {
        Agency { id: $id, name_en: $en, country: $cc, names: &[$($n),*] }
    };
}

/// Every agency the crate knows, from the project's `agencies.tsv` (public facts:
/// the agencies' own names and the abbreviations Arabic datelines use).
///
/// # Example
///
/// ```
/// assert!(arabic_news::AGENCIES.iter().any(|a| a.id() == "WAFA"));
/// ```
pub static AGENCIES: &[Agency] = &[
    agency!("SANA", "Syrian Arab News Agency", "SY", ["سانا", "الوكالة العربية السورية للأنباء"]),
    agency!("SPA", "Saudi Press Agency", "SA", ["واس", "وكالة الأنباء السعودية"]),
    agency!("WAM", "Emirates News Agency", "AE", ["وام", "وكالة أنباء الإمارات"]),
    agency!("QNA", "Qatar News Agency", "QA", ["قنا", "وكالة الأنباء القطرية"]),
    agency!("KUNA", "Kuwait News Agency", "KW", ["كونا", "وكالة الأنباء الكويتية"]),
    agency!("BNA", "Bahrain News Agency", "BH", ["بنا", "وكالة أنباء البحرين"]),
    agency!("ONA", "Oman News Agency", "OM", ["العمانية", "وكالة الأنباء العمانية"]),
    agency!("PETRA", "Jordan News Agency", "JO", ["بترا", "وكالة الأنباء الأردنية"]),
    agency!(
        "WAFA",
        "Palestinian News and Info Agency",
        "PS",
        ["وفا", "وكالة الأنباء والمعلومات الفلسطينية", "وكالة الأنباء الفلسطينية"]
    ),
    agency!(
        "MENA",
        "Middle East News Agency",
        "EG",
        ["أ ش أ", "أ.ش.أ", "أش أ", "وكالة أنباء الشرق الأوسط"]
    ),
    agency!("INA", "Iraqi News Agency", "IQ", ["واع", "وكالة الأنباء العراقية"]),
    agency!(
        "NNA",
        "National News Agency",
        "LB",
        ["الوكالة الوطنية للإعلام", "الوكالة الوطنية", "وطنية"]
    ),
    agency!("APS", "Algeria Press Service", "DZ", ["واج", "وكالة الأنباء الجزائرية"]),
    agency!("TAP", "Tunis Afrique Presse", "TN", ["وات", "وكالة تونس أفريقيا للأنباء"]),
    agency!(
        "MAP",
        "Maghreb Arabe Presse",
        "MA",
        ["و م ع", "ومع", "لاماب", "وكالة المغرب العربي للأنباء"]
    ),
    agency!("LANA", "Libyan News Agency", "LY", ["وال", "وكالة الأنباء الليبية"]),
    agency!("SUNA", "Sudan News Agency", "SD", ["سونا", "وكالة السودان للأنباء"]),
    agency!("SABA", "Saba News Agency", "YE", ["سبأ", "وكالة الأنباء اليمنية"]),
    agency!("AMI", "Mauritanian News Agency", "MR", ["الوكالة الموريتانية للأنباء"]),
    agency!("REUTERS", "Reuters", "GB", ["رويترز"]),
    agency!(
        "AFP",
        "Agence France-Presse",
        "FR",
        ["أ ف ب", "أ.ف.ب", "ا ف ب", "فرانس برس", "وكالة فرانس برس", "الوكالة الفرنسية"]
    ),
    agency!(
        "AP",
        "Associated Press",
        "US",
        ["أ ب", "أ.ب", "أسوشيتد برس", "اسوشيتد برس", "أسوشييتد برس"]
    ),
    agency!("DPA", "Deutsche Presse-Agentur", "DE", ["د ب أ", "د.ب.أ", "الوكالة الألمانية"]),
    agency!("XINHUA", "Xinhua News Agency", "CN", ["شينخوا", "وكالة أنباء الصين الجديدة"]),
    agency!("ANADOLU", "Anadolu Agency", "TR", ["الأناضول", "وكالة الأناضول"]),
    agency!("TASS", "TASS", "RU", ["تاس", "إيتار تاس"]),
    agency!("RIA", "RIA Novosti", "RU", ["ريا نوفوستي"]),
    agency!("SPUTNIK", "Sputnik", "RU", ["سبوتنيك"]),
    agency!("IRNA", "Islamic Republic News Agency", "IR", ["إرنا", "ارنا"]),
    agency!("TASNIM", "Tasnim News Agency", "IR", ["تسنيم"]),
    agency!("KYODO", "Kyodo News", "JP", ["كيودو"]),
    agency!("EFE", "EFE", "ES", ["إفي", "إيفي"]),
    agency!("UPI", "United Press International", "US", ["يو بي آي"]),
    agency!("AKI", "Adnkronos International", "IT", ["آكي"]),
    agency!("UNA", "Union of OIC News Agencies", "SA", ["يونا"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// [`key`] written plainly: every character looked at.
    fn key_reference(name: &str) -> String {
        let n = Normalizer::SEARCH.normalize(name);
        let mut out = String::new();
        for c in n.chars() {
            let c = match c {
                '.' | '(' | ')' | '[' | ']' | '«' | '»' | '"' | '“' | '”' | '/' => ' ',
                c => c,
            };
            if c.is_whitespace() {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            } else {
                out.push(c);
            }
        }
        while out.ends_with(' ') {
            out.pop();
        }
        out
    }

    #[test]
    fn keys_are_runs_between_separators() {
        let cases = [
            ("", ""),
            ("وكالة الأنباء", "وكاله الانباء"),
            (" (أ.ف.ب) ", "ا ف ب"),
            ("«سانا»\u{a0}/ AP", "سانا ap"),
            ("a\u{2003}\u{3000}b\u{85}c", "a b c"),
            ("“واس”", "واس"),
        ];
        for (name, want) in cases {
            assert_eq!(key(name), want, "{name:?}");
        }
        // Every code point as a word and between words.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = format!("{c}أ{c}{c}b {c}");
            assert_eq!(key(&s), key_reference(&s), "U+{:04X}", c as u32);
        }
    }

    proptest::proptest! {
        #[test]
        fn key_is_the_plain_key(s in "[ \\t\u{a0}\u{85}\u{2000}-\u{200b}\u{3000}.()\\[\\]/\"«»“”‘a-cAب-ثأإ\u{64b}\u{640}é€😀]{0,40}") {
            proptest::prop_assert_eq!(key(&s), key_reference(&s));
        }
    }

    #[test]
    fn every_name_finds_its_agency() {
        for a in AGENCIES {
            for n in a.names {
                assert_eq!(Agency::find(n).map(Agency::id), Some(a.id), "{n}");
            }
            assert_eq!(Agency::find(a.id).map(Agency::id), Some(a.id));
        }
    }

    #[test]
    fn spelling_variants() {
        assert_eq!(Agency::find("د ب ا").map(Agency::id), Some("DPA"));
        assert_eq!(Agency::find(" أ  ف  ب ").map(Agency::id), Some("AFP"));
        assert_eq!(Agency::find("الاناضول").map(Agency::id), Some("ANADOLU"));
        assert!(Agency::find("").is_none());
        assert!(Agency::find("وكالات").is_none());
    }
}
