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

/// The common case of [`key`]'s check, on bytes in one pass: no byte it
/// rewrites, no space but single inner ASCII ones, and no byte that could
/// lead a guillemet, a curly quote or a non-ASCII space (those take the full
/// check).
fn plainly_clean(n: &str) -> bool {
    let b = n.as_bytes();
    let mut prev_space = true;
    for &c in b {
        match c {
            b'.' | b'(' | b')' | b'[' | b']' | b'"' | b'/' | b'\t'..=b'\r' | 0xC2 | 0xE1..=0xE3 => {
                return false;
            }
            b' ' if prev_space => return false,
            _ => {}
        }
        prev_space = c == b' ';
    }
    !prev_space || b.is_empty()
}

/// The comparison key of a name: SEARCH-normalized, dots and brackets as
/// spaces, spaces collapsed, Latin lower-cased.
pub(crate) fn key(name: &str) -> String {
    let n = Normalizer::SEARCH.normalize(name);
    // Already clean (no brackets, dots or quotes; single inner spaces): one copy.
    let clean = plainly_clean(&n)
        || !n.bytes().any(|b| matches!(b, b'.' | b'(' | b')' | b'[' | b']' | b'"' | b'/'))
            && !n.contains("  ")
            && !n.contains(['«', '»', '“', '”'])
            && n.trim() == n
            && !n.chars().any(|c| c.is_whitespace() && c != ' ');
    if clean {
        return n.into_owned();
    }
    let mut out = String::with_capacity(n.len());
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

    #[test]
    fn plainly_clean_names_need_no_rewriting() {
        for n in ["", "وكالة الأنباء", "a b", "سانا"] {
            assert!(plainly_clean(n), "{n:?}");
            assert_eq!(key(n), Normalizer::SEARCH.normalize(n), "{n:?}");
        }
        // Each of these may need the full path of `key`.
        for n in [" a", "a ", "a  b", "(a)", "«أ»", "a\u{a0}b", "a\tb", "a.b", "a/b"] {
            assert!(!plainly_clean(n), "{n:?}");
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
