//! The words dates are written with: month names of every regional set, Hijri
//! months, weekdays, year marks, clock words, zone phrases, labels and relative
//! units, each stored once in folded form (see [`fold_char`]) and looked up through
//! a hash index built at compile time.
//!
//! Sources: the Gregorian month sets are the ones in everyday use in the Arab press
//! (Egyptian/Gulf transliterations, the Syriac-derived Levantine/Iraqi names, the
//! French-derived Algerian/Tunisian names and the Moroccan set), as listed in
//! Wikipedia's "Arabic names of calendar months"; the Hijri names and their variants
//! follow the Umm al-Qura calendar's own spelling plus common alternatives.

use super::TimeUnit;
use crate::chars;

/// Folds one character for matching; `None` drops it.
///
/// This mirrors `Normalizer::SEARCH` on the letters it touches: alef with hamza
/// above/below, madda and wasla → bare alef; teh marbuta → heh; alef maksura and
/// Farsi yeh → yeh; keheh → kaf; diacritics, tatweel and invisible bidi controls
/// are dropped; ASCII letters are lower-cased. Keep every fold in this one place.
#[inline]
pub(crate) const fn fold_char(c: char) -> Option<char> {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ة' => Some('ه'),
        'ى' | 'ی' => Some('ي'),
        'ک' => Some('ك'),
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        '\'' | '’' | 'ʼ' | 'ʿ' | '`' | '-' => None,
        _ if chars::is_diacritic(c) || chars::is_tatweel(c) || chars::is_invisible(c) => None,
        _ => Some(c),
    }
}

/// What a word is to a date: a month name (or a word of a two-word one),
/// another word of date expressions (weekday, year mark, time, zone, label or
/// relative word), or neither. For callers outside the date module that weigh
/// whether a line is a date line; the word list stays in this one table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordRole {
    /// A Gregorian or Hijri month name, or a word of a two-word one (كانون،
    /// تشرين، ربيع، جمادى، ذو، القعدة، الحجة).
    Month,
    /// Any other word of the date lexicon.
    DateWord,
    /// Not a date word.
    Other,
}

/// Room for a folded word in [`word_role`]: more than the longest word of
/// the table (a test checks).
const FOLDED_WORD_BYTES: usize = 64;

/// The [`WordRole`] of `word`, folded as the date reader folds it.
pub(crate) fn word_role(word: &str) -> WordRole {
    // Folded on the stack: a word longer than every word of the table is none
    // of them.
    let mut folded = [0u8; FOLDED_WORD_BYTES];
    let mut len = 0;
    for c in word.chars().filter_map(fold_char) {
        let Some(slot) = folded.get_mut(len..len + c.len_utf8()) else {
            return WordRole::Other;
        };
        len += c.encode_utf8(slot).len();
    }
    match lookup(&folded[..len]) {
        GMonth(_) | Kanun | Tishrin | HMonth(_) | Rabi | Jumada | Dhu | Qada | Hijja => {
            WordRole::Month
        }
        // Words that are date words only next to a date (في، تاريخ، a place
        // after بتوقيت, a label, a number word, a lone letter) count as neither.
        Other | Filler | Place(_) | Published | Updated | NumWord(_) | IsoT | Zulu | Of => {
            WordRole::Other
        }
        _ => WordRole::DateWord,
    }
}

/// A time zone that a place name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Zone {
    /// A fixed offset in minutes east of UTC.
    Fixed(i16),
    /// Egypt: UTC+2, UTC+3 from the last Friday of April to the last Thursday of
    /// October from 2023 on (the rule restored that year).
    Egypt,
    /// Israel/Palestine: UTC+2, UTC+3 from the Friday before the last Sunday of
    /// March to the last Sunday of October.
    Jerusalem,
    /// Lebanon: UTC+2, UTC+3 from the last Sunday of March to the last Sunday of
    /// October.
    Beirut,
}

/// What a folded word means in a date expression. The parser resolves words with
/// two readings (م: Gregorian year mark or p.m.; اول: "first" or the start of
/// "اول امس") from their context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    /// A Gregorian month name complete in one word.
    GMonth(u8),
    /// كانون: needs الاول (December) or الثاني (January).
    Kanun,
    /// تشرين: needs الاول (October) or الثاني (November).
    Tishrin,
    /// A Hijri month name complete in one word.
    HMonth(u8),
    /// ربيع: needs الاول or الثاني/الاخر.
    Rabi,
    /// جمادى: needs الاولى or الاخرة/الثانية.
    Jumada,
    /// ذو / ذي: needs القعدة or الحجة.
    Dhu,
    /// "first" (الاول، اول، الاولى).
    First,
    /// "second" / "latter" (الثاني، الثانية، الاخر، الاخرة).
    Second,
    /// اخر: "last" (آخر تحديث) or "latter" (ربيع آخر).
    Akhir,
    /// القعدة.
    Qada,
    /// الحجة.
    Hijja,
    /// A weekday, 1 = Monday … 7 = Sunday.
    Weekday(u8),
    /// م: the Gregorian year mark, or p.m. after a time.
    MarkM,
    /// هـ / ه: the Hijri year mark.
    MarkH,
    /// ميلادي, AD, CE.
    Miladi,
    /// هجري, AH.
    HijriWord,
    /// a.m.
    Am,
    /// p.m.
    Pm,
    /// الساعة, at: introduces a time.
    At,
    /// بتوقيت / توقيت: introduces a zone phrase.
    Tawqit,
    /// GMT, UTC, غرينتش.
    Gmt,
    /// Z (ISO 8601 UTC designator).
    Zulu,
    /// T (ISO 8601 date/time separator).
    IsoT,
    /// ت in ت.غ (توقيت غرينتش) and ت م (توقيت مكة).
    TaAbbrev,
    /// غ in ت.غ.
    Ghain,
    /// A place that names a zone (after بتوقيت).
    Place(Zone),
    /// A zone abbreviation used like GMT (EET, AST).
    ZoneName(i16),
    /// الموافق: joins a Hijri and a Gregorian date.
    Muwafiq,
    /// A publication label word (النشر، نشر، published).
    Published,
    /// An update label word (تحديث، محدثة، updated).
    Updated,
    /// A word that may stand between a label and its date (تاريخ، في، تم، on).
    Filler,
    /// منذ.
    Since,
    /// قبل.
    Before,
    /// ago.
    Ago,
    /// حوالي, نحو: "about" in منذ حوالي ساعة.
    About,
    /// A time unit word: (unit, grammatical number: 1 singular, 2 dual, 0 plural).
    Unit(TimeUnit, u8),
    /// A number word (ثلاث، خمسة, a, an).
    NumWord(u8),
    /// اليوم, today.
    Today,
    /// أمس, البارحة, yesterday.
    Yesterday,
    /// "of" (2nd of February).
    Of,
    /// Any other word.
    Other,
}

use Lex::*;
use TimeUnit::{Day, Hour, Minute, Month, Second as Sec, Week, Year};

const MECCA: Zone = Zone::Fixed(180);
const GULF: Zone = Zone::Fixed(240);
const CET: Zone = Zone::Fixed(60);
const EET: Zone = Zone::Fixed(120);

/// Every word, folded. A unit test checks that each is its own fold and that
/// none repeats.
pub(crate) const WORDS: &[(&str, Lex)] = &[
    // Gregorian months: Egyptian/Gulf set, with common spellings.
    ("يناير", GMonth(1)),
    ("ينايير", GMonth(1)),
    ("فبراير", GMonth(2)),
    ("فبرير", GMonth(2)),
    ("فبرايل", GMonth(2)),
    ("مارس", GMonth(3)),
    ("ابريل", GMonth(4)),
    ("مايو", GMonth(5)),
    ("مايه", GMonth(5)),
    ("يونيو", GMonth(6)),
    ("يونيه", GMonth(6)),
    ("يوليو", GMonth(7)),
    ("يوليه", GMonth(7)),
    ("اغسطس", GMonth(8)),
    ("اغسطوس", GMonth(8)),
    ("سبتمبر", GMonth(9)),
    ("سيبتمبر", GMonth(9)),
    ("اكتوبر", GMonth(10)),
    ("اوكتوبر", GMonth(10)),
    ("نوفمبر", GMonth(11)),
    ("نوفمير", GMonth(11)),
    ("ديسمبر", GMonth(12)),
    ("ديسيمبر", GMonth(12)),
    ("دسمبر", GMonth(12)),
    // Levantine/Iraqi set.
    ("كانون", Kanun),
    ("شباط", GMonth(2)),
    ("اذار", GMonth(3)),
    ("نيسان", GMonth(4)),
    ("ايار", GMonth(5)),
    ("حزيران", GMonth(6)),
    ("تموز", GMonth(7)),
    ("اب", GMonth(8)),
    ("ايلول", GMonth(9)),
    ("تشرين", Tishrin),
    // Algerian/Tunisian set.
    ("جانفي", GMonth(1)),
    ("جانفييه", GMonth(1)),
    ("فيفري", GMonth(2)),
    ("فيفرييه", GMonth(2)),
    ("افريل", GMonth(4)),
    ("ماي", GMonth(5)),
    ("جوان", GMonth(6)),
    ("جويليه", GMonth(7)),
    ("اوت", GMonth(8)),
    // Moroccan set (يناير، فبراير، مارس، أبريل، ماي، يونيو shared above).
    ("يوليوز", GMonth(7)),
    ("غشت", GMonth(8)),
    ("شتنبر", GMonth(9)),
    ("نونبر", GMonth(11)),
    ("دجنبر", GMonth(12)),
    // English.
    ("january", GMonth(1)),
    ("jan", GMonth(1)),
    ("february", GMonth(2)),
    ("feb", GMonth(2)),
    ("march", GMonth(3)),
    ("mar", GMonth(3)),
    ("april", GMonth(4)),
    ("apr", GMonth(4)),
    ("may", GMonth(5)),
    ("june", GMonth(6)),
    ("jun", GMonth(6)),
    ("july", GMonth(7)),
    ("jul", GMonth(7)),
    ("august", GMonth(8)),
    ("aug", GMonth(8)),
    ("september", GMonth(9)),
    ("sep", GMonth(9)),
    ("sept", GMonth(9)),
    ("october", GMonth(10)),
    ("oct", GMonth(10)),
    ("november", GMonth(11)),
    ("nov", GMonth(11)),
    ("december", GMonth(12)),
    ("dec", GMonth(12)),
    // Hijri months and the halves of the two-word names.
    ("محرم", HMonth(1)),
    ("المحرم", HMonth(1)),
    ("صفر", HMonth(2)),
    ("ربيع", Rabi),
    ("جمادي", Jumada),
    ("جماد", Jumada),
    ("رجب", HMonth(7)),
    ("شعبان", HMonth(8)),
    ("رمضان", HMonth(9)),
    ("شوال", HMonth(10)),
    ("ذو", Dhu),
    ("ذي", Dhu),
    ("ذوالقعده", HMonth(11)),
    ("ذيالقعده", HMonth(11)),
    ("ذوالحجه", HMonth(12)),
    ("ذيالحجه", HMonth(12)),
    ("القعده", Qada),
    ("الحجه", Hijja),
    ("muharram", HMonth(1)),
    ("muharam", HMonth(1)),
    ("safar", HMonth(2)),
    ("rabi", Rabi),
    ("rabia", Rabi),
    ("jumada", Jumada),
    ("jumadah", Jumada),
    ("jamada", Jumada),
    ("rajab", HMonth(7)),
    ("shaban", HMonth(8)),
    ("ramadan", HMonth(9)),
    ("ramadhan", HMonth(9)),
    ("shawwal", HMonth(10)),
    ("shawal", HMonth(10)),
    ("dhu", Dhu),
    ("dhul", Dhu),
    ("zul", Dhu),
    ("thul", Dhu),
    ("dhulqadah", HMonth(11)),
    ("dhulqidah", HMonth(11)),
    ("dhulhijjah", HMonth(12)),
    ("dhulhijja", HMonth(12)),
    ("alqadah", Qada),
    ("alqidah", Qada),
    ("qadah", Qada),
    ("qidah", Qada),
    ("alhijjah", Hijja),
    ("alhijja", Hijja),
    ("hijjah", Hijja),
    // Qualifiers.
    ("الاول", First),
    ("اول", First),
    ("الاولي", First),
    ("اولي", First),
    ("alawwal", First),
    ("awwal", First),
    ("ulawwal", First),
    ("alula", First),
    ("ula", First),
    ("alawal", First),
    ("i", First),
    ("الثاني", Second),
    ("ثاني", Second),
    ("الثانيه", Second),
    ("الاخر", Second),
    ("الاخره", Second),
    ("اخره", Second),
    ("الاخير", Second),
    ("اخر", Akhir),
    ("althani", Second),
    ("thani", Second),
    ("alakhir", Second),
    ("akhir", Second),
    ("alakhirah", Second),
    ("alakhira", Second),
    ("akhirah", Second),
    ("althaniyah", Second),
    ("alukhra", Second),
    ("ussani", Second),
    ("ii", Second),
    // Weekdays (ISO numbering, 1 = Monday).
    ("الاثنين", Weekday(1)),
    ("اثنين", Weekday(1)),
    ("الاتنين", Weekday(1)),
    ("الثلاثاء", Weekday(2)),
    ("ثلاثاء", Weekday(2)),
    ("الثلاثا", Weekday(2)),
    ("الاربعاء", Weekday(3)),
    ("اربعاء", Weekday(3)),
    ("الاربعا", Weekday(3)),
    ("الخميس", Weekday(4)),
    ("خميس", Weekday(4)),
    ("الجمعه", Weekday(5)),
    ("جمعه", Weekday(5)),
    ("السبت", Weekday(6)),
    ("سبت", Weekday(6)),
    ("الاحد", Weekday(7)),
    ("احد", Weekday(7)),
    ("monday", Weekday(1)),
    ("mon", Weekday(1)),
    ("tuesday", Weekday(2)),
    ("tue", Weekday(2)),
    ("tues", Weekday(2)),
    ("wednesday", Weekday(3)),
    ("wed", Weekday(3)),
    ("thursday", Weekday(4)),
    ("thu", Weekday(4)),
    ("thurs", Weekday(4)),
    ("friday", Weekday(5)),
    ("fri", Weekday(5)),
    ("saturday", Weekday(6)),
    ("sat", Weekday(6)),
    ("sunday", Weekday(7)),
    ("sun", Weekday(7)),
    // Year marks.
    ("م", MarkM),
    ("ميلادي", Miladi),
    ("ميلاديه", Miladi),
    ("ad", Miladi),
    ("ce", Miladi),
    ("ه", MarkH),
    ("هجري", HijriWord),
    ("هجريه", HijriWord),
    ("ah", HijriWord),
    // Clock.
    ("ص", Am),
    ("صباحا", Am),
    ("صباح", Am),
    ("فجرا", Am),
    ("am", Am),
    ("مساء", Pm),
    ("مساءا", Pm),
    ("مسا", Pm),
    ("ظهرا", Pm),
    ("عصرا", Pm),
    ("ليلا", Pm),
    ("pm", Pm),
    ("الساعه", At),
    ("at", At),
    // Zones.
    ("بتوقيت", Tawqit),
    ("توقيت", Tawqit),
    ("gmt", Gmt),
    ("utc", Gmt),
    ("غرينتش", Gmt),
    ("جرينتش", Gmt),
    ("غرينيتش", Gmt),
    ("جرينيتش", Gmt),
    ("غرينتيش", Gmt),
    ("greenwich", Gmt),
    ("eet", ZoneName(120)),
    ("eest", ZoneName(180)),
    ("cet", ZoneName(60)),
    ("cest", ZoneName(120)),
    ("wet", ZoneName(0)),
    ("west", ZoneName(60)),
    ("msk", ZoneName(180)),
    ("ast", ZoneName(180)),
    ("gst", ZoneName(240)),
    ("z", Zulu),
    ("t", IsoT),
    ("ت", TaAbbrev),
    ("غ", Ghain),
    ("مكه", Place(MECCA)),
    ("المكرمه", Place(MECCA)),
    ("الرياض", Place(MECCA)),
    ("السعوديه", Place(MECCA)),
    ("الدوحه", Place(MECCA)),
    ("قطر", Place(MECCA)),
    ("الكويت", Place(MECCA)),
    ("البحرين", Place(MECCA)),
    ("المنامه", Place(MECCA)),
    ("بغداد", Place(MECCA)),
    ("العراق", Place(MECCA)),
    ("صنعاء", Place(MECCA)),
    ("اليمن", Place(MECCA)),
    ("دمشق", Place(MECCA)),
    ("سوريا", Place(MECCA)),
    ("عمان", Place(MECCA)),
    ("الاردن", Place(MECCA)),
    ("الامارات", Place(GULF)),
    ("ابوظبي", Place(GULF)),
    ("دبي", Place(GULF)),
    ("مسقط", Place(GULF)),
    ("القاهره", Place(Zone::Egypt)),
    ("مصر", Place(Zone::Egypt)),
    ("القدس", Place(Zone::Jerusalem)),
    ("فلسطين", Place(Zone::Jerusalem)),
    ("غزه", Place(Zone::Jerusalem)),
    ("بيروت", Place(Zone::Beirut)),
    ("لبنان", Place(Zone::Beirut)),
    ("الخرطوم", Place(EET)),
    ("السودان", Place(EET)),
    ("طرابلس", Place(EET)),
    ("ليبيا", Place(EET)),
    ("تونس", Place(CET)),
    ("الجزائر", Place(CET)),
    ("المغرب", Place(CET)),
    ("الرباط", Place(CET)),
    // Hijri/Gregorian joiner.
    ("الموافق", Muwafiq),
    ("الموافقه", Muwafiq),
    ("موافق", Muwafiq),
    // Labels.
    ("النشر", Published),
    ("نشر", Published),
    ("نشرت", Published),
    ("منشور", Published),
    ("published", Published),
    ("posted", Published),
    ("الاضافه", Published),
    ("اضيف", Published),
    ("تحديث", Updated),
    ("التحديث", Updated),
    ("محدثه", Updated),
    ("محدث", Updated),
    ("حدثت", Updated),
    ("تعديل", Updated),
    ("التعديل", Updated),
    ("updated", Updated),
    ("update", Updated),
    ("modified", Updated),
    ("تاريخ", Filler),
    ("بتاريخ", Filler),
    ("في", Filler),
    ("تم", Filler),
    ("يوم", Unit(Day, 1)),
    ("ل", Filler),
    ("من", Filler),
    ("on", Filler),
    ("last", Filler),
    ("date", Filler),
    ("the", Filler),
    // Relative.
    ("منذ", Since),
    ("قبل", Before),
    ("ago", Ago),
    ("حوالي", About),
    ("نحو", About),
    ("قرابه", About),
    ("about", About),
    ("around", About),
    ("ثانيه", Unit(Sec, 1)),
    ("ثانيتين", Unit(Sec, 2)),
    ("ثوان", Unit(Sec, 0)),
    ("ثواني", Unit(Sec, 0)),
    ("دقيقه", Unit(Minute, 1)),
    ("دقيقتين", Unit(Minute, 2)),
    ("دقائق", Unit(Minute, 0)),
    ("دقايق", Unit(Minute, 0)),
    ("ساعه", Unit(Hour, 1)),
    ("ساعتين", Unit(Hour, 2)),
    ("ساعات", Unit(Hour, 0)),
    ("يومين", Unit(Day, 2)),
    ("ايام", Unit(Day, 0)),
    ("اسبوع", Unit(Week, 1)),
    ("اسبوعين", Unit(Week, 2)),
    ("اسابيع", Unit(Week, 0)),
    ("شهر", Unit(Month, 1)),
    ("شهرين", Unit(Month, 2)),
    ("اشهر", Unit(Month, 0)),
    ("شهور", Unit(Month, 0)),
    ("سنه", Unit(Year, 1)),
    ("سنتين", Unit(Year, 2)),
    ("سنوات", Unit(Year, 0)),
    ("سنين", Unit(Year, 0)),
    ("عام", Unit(Year, 1)),
    ("عامين", Unit(Year, 2)),
    ("اعوام", Unit(Year, 0)),
    ("second", Unit(Sec, 1)),
    ("seconds", Unit(Sec, 0)),
    ("sec", Unit(Sec, 1)),
    ("secs", Unit(Sec, 0)),
    ("minute", Unit(Minute, 1)),
    ("minutes", Unit(Minute, 0)),
    ("min", Unit(Minute, 1)),
    ("mins", Unit(Minute, 0)),
    ("hour", Unit(Hour, 1)),
    ("hours", Unit(Hour, 0)),
    ("hr", Unit(Hour, 1)),
    ("hrs", Unit(Hour, 0)),
    ("day", Unit(Day, 1)),
    ("days", Unit(Day, 0)),
    ("week", Unit(Week, 1)),
    ("weeks", Unit(Week, 0)),
    ("month", Unit(Month, 1)),
    ("months", Unit(Month, 0)),
    ("year", Unit(Year, 1)),
    ("years", Unit(Year, 0)),
    ("واحد", NumWord(1)),
    ("واحده", NumWord(1)),
    ("ثلاث", NumWord(3)),
    ("ثلاثه", NumWord(3)),
    ("اربع", NumWord(4)),
    ("اربعه", NumWord(4)),
    ("خمس", NumWord(5)),
    ("خمسه", NumWord(5)),
    ("ست", NumWord(6)),
    ("سته", NumWord(6)),
    ("سبع", NumWord(7)),
    ("سبعه", NumWord(7)),
    ("ثماني", NumWord(8)),
    ("ثمان", NumWord(8)),
    ("ثمانيه", NumWord(8)),
    ("تسع", NumWord(9)),
    ("تسعه", NumWord(9)),
    ("عشر", NumWord(10)),
    ("عشره", NumWord(10)),
    ("a", NumWord(1)),
    ("an", NumWord(1)),
    ("one", NumWord(1)),
    ("two", NumWord(2)),
    ("three", NumWord(3)),
    ("اليوم", Today),
    ("today", Today),
    ("امس", Yesterday),
    ("البارحه", Yesterday),
    ("yesterday", Yesterday),
    ("of", Of),
];

const SLOTS: usize = 2048;

/// FNV-1a over bytes.
#[inline]
pub(crate) const fn hash(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Open-addressing index into [`WORDS`]: slot → entry index + 1, 0 when empty.
/// A word listed twice keeps its first entry.
static INDEX: [u16; SLOTS] = {
    let mut index = [0u16; SLOTS];
    let mut i = 0;
    while i < WORDS.len() {
        let word = WORDS[i].0.as_bytes();
        let mut slot = hash(word) as usize & (SLOTS - 1);
        loop {
            let at = index[slot];
            if at == 0 {
                index[slot] = i as u16 + 1;
                break;
            }
            if bytes_eq(WORDS[at as usize - 1].0.as_bytes(), word) {
                break;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        i += 1;
    }
    index
};

/// The meaning of an already folded word.
#[inline]
pub(crate) fn lookup(folded: &[u8]) -> Lex {
    let mut slot = hash(folded) as usize & (SLOTS - 1);
    loop {
        let at = INDEX[slot];
        if at == 0 {
            return Other;
        }
        let (word, lex) = WORDS[at as usize - 1];
        if word.as_bytes() == folded {
            return lex;
        }
        slot = (slot + 1) & (SLOTS - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_fits_word_roles_buffer() {
        assert!(WORDS.iter().all(|(w, _)| w.len() < FOLDED_WORD_BYTES));
        assert_eq!(word_role(&"يناير".repeat(20)), WordRole::Other);
        assert_eq!(word_role("يَنايِر"), WordRole::Month);
    }

    fn fold(s: &str) -> String {
        s.chars().filter_map(fold_char).collect()
    }

    #[test]
    fn every_word_is_folded_and_found() {
        let mut seen = std::collections::HashSet::new();
        for &(word, lex) in WORDS {
            assert_eq!(fold(word), word, "{word} is not in folded form");
            assert!(seen.insert(word), "{word} is listed twice");
            assert_eq!(lookup(word.as_bytes()), lex, "{word}");
        }
    }

    #[test]
    fn folds_what_matters() {
        assert_eq!(fold("أبريل"), "ابريل");
        assert_eq!(fold("جمادى الآخرة"), "جمادي الاخره");
        assert_eq!(fold("مساءً"), "مساء");
        assert_eq!(fold("هـ"), "ه");
        assert_eq!(fold("Jumada al-Akhirah"), "jumada alakhirah");
        assert_eq!(fold("نُشر\u{200F}"), "نشر");
        assert_eq!(lookup(fold("ديسمبر").as_bytes()), GMonth(12));
        assert_eq!(lookup(fold("الإثنين").as_bytes()), Weekday(1));
        assert_eq!(lookup("nothing".as_bytes()), Other);
    }

    #[test]
    fn fold_char_agrees_with_normalizer_search() {
        // The date matcher's fold must never disagree with SEARCH on the Arabic
        // letters and marks it touches (it folds a subset: no digits, no Persian
        // letters beyond ی and ک, which month names do not contain).
        let arabic = (0x0600..=0x06FF).chain(0x200B..=0x200F).chain(0x202A..=0x202E);
        for c in arabic.filter_map(char::from_u32) {
            let search =
                crate::Normalizer::SEARCH.normalize(c.encode_utf8(&mut [0; 4])).into_owned();
            match fold_char(c) {
                None => assert_eq!(search, "", "U+{:04X} is dropped by the date fold", c as u32),
                Some(f) if f != c => {
                    assert_eq!(search, f.to_string(), "U+{:04X} folds differently", c as u32)
                }
                Some(_) => {}
            }
        }
    }
}
