//! Dates as Arabic news writes them (issue #4): every regional set of Gregorian
//! month names, Hijri dates converted by the Umm al-Qura calendar, numeric and ISO
//! forms in any of the three digit sets, times, zones, publication/update labels and
//! relative expressions.
//!
//! The scanner is hand-written: a lexer turns the text into numbers, folded words
//! (looked up in one compile-time hash table, [`names`]) and punctuation, and a
//! small grammar with a bounded look-ahead reads date expressions from them. Every
//! input byte is lexed a bounded number of times, so [`DateParser::find_all`] is
//! linear in the text.

mod hijri;
mod names;
#[rustfmt::skip]
mod ummalqura;

use std::fmt;

use self::names::{Lex, Zone, fold_char, lookup};
use crate::Span;
use crate::chars;

// ---------------------------------------------------------------------------
// Day arithmetic (days since 1970-01-01, proleptic Gregorian).

/// Days from 1970-01-01 to `y-m-d` (H. Hinnant's `days_from_civil`).
const fn days_from_civil(y: i64, m: u8, d: u8) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01, when its year is in 1..=9999.
const fn civil_from_days(days: i64) -> Option<Date> {
    // Years 1..=9999 lie well inside ±3 million days.
    if days < -800_000 || days > 3_000_000 {
        return None;
    }
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    if y < 1 || y > 9999 {
        return None;
    }
    Date::new(y as i32, m as u8, d as u8)
}

/// Julian Day Number of 1970-01-01.
const UNIX_JDN: i64 = 2_440_588;

// ---------------------------------------------------------------------------
// Date

/// A Gregorian calendar date, year 1 to 9999.
///
/// `Display` writes ISO 8601 (`2023-12-27`); with the `serde` feature it
/// serializes as that string.
///
/// # Example
///
/// ```
/// let d = arabic_news::Date::new(2023, 12, 27).unwrap();
/// assert_eq!(d.to_string(), "2023-12-27");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The date `year-month-day`, or `None` when it does not exist (month 13,
    /// 31 February, year outside 1..=9999).
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::Date;
    /// assert!(Date::new(2024, 2, 29).is_some());
    /// assert!(Date::new(2023, 2, 29).is_none());
    /// ```
    #[must_use]
    pub const fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        if year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The year.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Date::new(2023, 1, 2).unwrap().year(), 2023);
    /// ```
    #[must_use]
    pub const fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Date::new(2023, 1, 2).unwrap().month(), 1);
    /// ```
    #[must_use]
    pub const fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Date::new(2023, 1, 2).unwrap().day(), 2);
    /// ```
    #[must_use]
    pub const fn day(&self) -> u8 {
        self.day
    }

    /// The day of the week.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Date, Weekday};
    /// assert_eq!(Date::new(2023, 12, 27).unwrap().weekday(), Weekday::Wednesday);
    /// ```
    #[must_use]
    pub const fn weekday(&self) -> Weekday {
        Weekday::from_monday((self.days() + 3).rem_euclid(7) as u8 + 1)
    }

    /// The same day in the Umm al-Qura calendar, or `None` outside its table
    /// (1924-08-01 to 2077-11-16, that is 1343–1500 AH).
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Date, HijriDate};
    /// let d = Date::new(2023, 12, 27).unwrap();
    /// assert_eq!(d.to_hijri(), HijriDate::new(1445, 6, 14));
    /// ```
    #[must_use]
    pub const fn to_hijri(&self) -> Option<HijriDate> {
        match hijri::from_jdn(self.days() + UNIX_JDN) {
            Some((year, month, day)) => Some(HijriDate { year, month, day }),
            None => None,
        }
    }

    /// Days since 1970-01-01.
    const fn days(&self) -> i64 {
        days_from_civil(self.year as i64, self.month, self.day)
    }

    /// The date `n` days later (earlier when negative), if it is in range.
    const fn add_days(&self, n: i64) -> Option<Date> {
        civil_from_days(self.days() + n)
    }
}

/// The number of days in `month` of the Gregorian `year`.
const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 {
                29
            } else {
                28
            }
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

// ---------------------------------------------------------------------------
// Weekday

/// A day of the week.
///
/// # Example
///
/// ```
/// use arabic_news::Weekday;
/// assert_eq!(Weekday::Friday.number_from_monday(), 5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Weekday {
    /// الاثنين.
    Monday,
    /// الثلاثاء.
    Tuesday,
    /// الأربعاء.
    Wednesday,
    /// الخميس.
    Thursday,
    /// الجمعة.
    Friday,
    /// السبت.
    Saturday,
    /// الأحد.
    Sunday,
}

impl Weekday {
    /// The ISO 8601 number of the day: Monday 1 … Sunday 7.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Weekday::Sunday.number_from_monday(), 7);
    /// ```
    #[must_use]
    pub const fn number_from_monday(self) -> u8 {
        self as u8 + 1
    }

    const fn from_monday(n: u8) -> Weekday {
        match n {
            1 => Weekday::Monday,
            2 => Weekday::Tuesday,
            3 => Weekday::Wednesday,
            4 => Weekday::Thursday,
            5 => Weekday::Friday,
            6 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }
}

// ---------------------------------------------------------------------------
// Time

/// A wall-clock time of day, 24 h, with or without seconds.
///
/// `Display` writes `HH:MM`, or `HH:MM:SS` when the seconds were given.
///
/// # Example
///
/// ```
/// use arabic_news::Time;
/// assert_eq!(Time::new(9, 5).unwrap().to_string(), "09:05");
/// assert_eq!(Time::with_seconds(22, 30, 0).unwrap().to_string(), "22:30:00");
/// assert!(Time::new(24, 0).is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Time {
    hour: u8,
    minute: u8,
    second: u8,
    has_seconds: bool,
}

impl Time {
    /// Midnight, `00:00`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Time::MIDNIGHT.to_string(), "00:00");
    /// ```
    pub const MIDNIGHT: Time = Time { hour: 0, minute: 0, second: 0, has_seconds: false };

    /// `hour:minute`, or `None` unless `hour < 24` and `minute < 60`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Time::new(23, 59).unwrap().hour(), 23);
    /// ```
    #[must_use]
    pub const fn new(hour: u8, minute: u8) -> Option<Self> {
        if hour > 23 || minute > 59 {
            return None;
        }
        Some(Time { hour, minute, second: 0, has_seconds: false })
    }

    /// `hour:minute:second`, or `None` unless each is in range (`second < 60`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Time::with_seconds(1, 2, 3).unwrap().second(), Some(3));
    /// ```
    #[must_use]
    pub const fn with_seconds(hour: u8, minute: u8, second: u8) -> Option<Self> {
        if hour > 23 || minute > 59 || second > 59 {
            return None;
        }
        Some(Time { hour, minute, second, has_seconds: true })
    }

    /// The hour, 0–23.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Time::new(7, 0).unwrap().hour(), 7);
    /// ```
    #[must_use]
    pub const fn hour(&self) -> u8 {
        self.hour
    }

    /// The minute, 0–59.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Time::new(7, 45).unwrap().minute(), 45);
    /// ```
    #[must_use]
    pub const fn minute(&self) -> u8 {
        self.minute
    }

    /// The second, when the time was given with seconds.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Time::new(7, 45).unwrap().second(), None);
    /// ```
    #[must_use]
    pub const fn second(&self) -> Option<u8> {
        if self.has_seconds { Some(self.second) } else { None }
    }

    const fn seconds_of_day(&self) -> i64 {
        self.hour as i64 * 3600 + self.minute as i64 * 60 + self.second as i64
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)?;
        if self.has_seconds {
            write!(f, ":{:02}", self.second)?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// UtcOffset

/// An offset from UTC, whole minutes, at most ±18 h.
///
/// `Display` writes `+HH:MM`.
///
/// # Example
///
/// ```
/// use arabic_news::UtcOffset;
/// assert_eq!(UtcOffset::from_minutes(180).unwrap().to_string(), "+03:00");
/// assert_eq!(UtcOffset::UTC.to_string(), "+00:00");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UtcOffset {
    minutes: i16,
}

impl UtcOffset {
    /// UTC itself, `+00:00`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::UtcOffset::UTC.minutes(), 0);
    /// ```
    pub const UTC: UtcOffset = UtcOffset { minutes: 0 };

    /// The offset of `minutes` east of UTC, or `None` beyond ±18 h.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(arabic_news::UtcOffset::from_minutes(-300).is_some());
    /// assert!(arabic_news::UtcOffset::from_minutes(19 * 60).is_none());
    /// ```
    #[must_use]
    pub const fn from_minutes(minutes: i32) -> Option<Self> {
        if minutes < -18 * 60 || minutes > 18 * 60 {
            return None;
        }
        Some(UtcOffset { minutes: minutes as i16 })
    }

    /// Minutes east of UTC.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::UtcOffset::from_minutes(240).unwrap().minutes(), 240);
    /// ```
    #[must_use]
    pub const fn minutes(&self) -> i32 {
        self.minutes as i32
    }
}

impl fmt::Display for UtcOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.minutes < 0 { '-' } else { '+' };
        let m = self.minutes.unsigned_abs();
        write!(f, "{sign}{:02}:{:02}", m / 60, m % 60)
    }
}

// ---------------------------------------------------------------------------
// HijriDate

/// A date of the Umm al-Qura (Hijri) calendar, 1 Muharram 1343 to 30 Dhu
/// al-Hijjah 1500 AH (1924-08-01 to 2077-11-16).
///
/// Month lengths come from the official calendar's table (see
/// `src/date/ummalqura.rs`, generated from the `hijridate` package). `Display`
/// writes `YYYY-MM-DD`; with `serde` it is `{ "year", "month", "day" }`.
///
/// # Example
///
/// ```
/// use arabic_news::{Date, HijriDate};
/// let h = HijriDate::new(1445, 9, 1).unwrap(); // 1 Ramadan 1445
/// assert_eq!(h.to_gregorian(), Date::new(2024, 3, 11).unwrap());
/// assert!(HijriDate::new(1410, 8, 30).is_none()); // Sha'ban 1410 had 29 days
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "HijriFields", into = "HijriFields"))]
pub struct HijriDate {
    year: u16,
    month: u8,
    day: u8,
}

/// The serialized form of a [`HijriDate`], checked on the way in.
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
struct HijriFields {
    year: u16,
    month: u8,
    day: u8,
}

#[cfg(feature = "serde")]
impl From<HijriDate> for HijriFields {
    fn from(h: HijriDate) -> Self {
        HijriFields { year: h.year, month: h.month, day: h.day }
    }
}

#[cfg(feature = "serde")]
impl TryFrom<HijriFields> for HijriDate {
    type Error = &'static str;
    fn try_from(h: HijriFields) -> Result<Self, Self::Error> {
        HijriDate::new(h.year, h.month, h.day)
            .ok_or("not a date of the Umm al-Qura calendar (1343-1500 AH)")
    }
}

impl HijriDate {
    /// The Hijri date, or `None` when the month has no such day in the Umm al-Qura
    /// calendar or the year is outside 1343–1500.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(arabic_news::HijriDate::new(1445, 6, 31).is_none());
    /// ```
    #[must_use]
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        match hijri::to_jdn(year, month, day) {
            Some(_) => Some(HijriDate { year, month, day }),
            None => None,
        }
    }

    /// The Hijri year.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::HijriDate::new(1445, 6, 14).unwrap().year(), 1445);
    /// ```
    #[must_use]
    pub const fn year(&self) -> u16 {
        self.year
    }

    /// The Hijri month, 1 (Muharram) – 12 (Dhu al-Hijjah).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::HijriDate::new(1445, 6, 14).unwrap().month(), 6);
    /// ```
    #[must_use]
    pub const fn month(&self) -> u8 {
        self.month
    }

    /// The day of the Hijri month, 1–30.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::HijriDate::new(1445, 6, 14).unwrap().day(), 14);
    /// ```
    #[must_use]
    pub const fn day(&self) -> u8 {
        self.day
    }

    /// The number of days of this date's month (29 or 30; a few early months of the
    /// table have 28 or 31).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::HijriDate::new(1445, 9, 1).unwrap().month_length(), 30);
    /// ```
    #[must_use]
    pub const fn month_length(&self) -> u8 {
        match hijri::month_length(self.year, self.month) {
            Some(n) => n,
            None => 0,
        }
    }

    /// The same day in the Gregorian calendar.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Date, HijriDate};
    /// let d = HijriDate::new(1343, 5, 15).unwrap().to_gregorian();
    /// assert_eq!(d, Date::new(1924, 12, 12).unwrap());
    /// ```
    #[must_use]
    pub const fn to_gregorian(&self) -> Date {
        match hijri::to_jdn(self.year, self.month, self.day) {
            Some(jdn) => match civil_from_days(jdn - UNIX_JDN) {
                Some(d) => d,
                None => Date { year: 1970, month: 1, day: 1 },
            },
            // A HijriDate is always valid, so this arm is never taken.
            None => Date { year: 1970, month: 1, day: 1 },
        }
    }

    /// The Hijri date of a Gregorian date; the same as [`Date::to_hijri`].
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Date, HijriDate};
    /// let h = HijriDate::from_gregorian(Date::new(1990, 3, 10).unwrap()).unwrap();
    /// assert_eq!((h.year(), h.month(), h.day()), (1410, 8, 13));
    /// ```
    #[must_use]
    pub const fn from_gregorian(date: Date) -> Option<Self> {
        date.to_hijri()
    }
}

impl fmt::Display for HijriDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

// ---------------------------------------------------------------------------
// NewsDate and its parts

/// What a date line says the date is: the publication, an update, or unlabelled.
///
/// # Example
///
/// ```
/// use arabic_news::{DateRole, parse_date};
/// assert_ne!(DateRole::Published, DateRole::Updated);
/// assert_eq!(parse_date("آخر تحديث: 27 ديسمبر 2023").unwrap().role, DateRole::Updated);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DateRole {
    /// No label, or a label that says neither.
    #[default]
    Unlabelled,
    /// A publication label: تاريخ النشر، نشر في، نشر بتاريخ، تم النشر، Published …
    Published,
    /// An update label: آخر تحديث، تم التحديث، محدثة، Last updated …
    Updated,
}

/// Which calendar the text wrote the date in.
///
/// # Example
///
/// ```
/// use arabic_news::{Calendar, parse_date};
/// assert_eq!(parse_date("1 رمضان 1445 هـ").unwrap().calendar, Calendar::Hijri);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Calendar {
    /// Gregorian only (relative expressions count as Gregorian).
    #[default]
    Gregorian,
    /// Hijri only; [`NewsDate::date`] holds its Umm al-Qura conversion.
    Hijri,
    /// A Hijri and a Gregorian date of the same day (الموافق); see
    /// [`NewsDate::hijri_matches`].
    Both,
}

/// The unit of a relative expression.
///
/// # Example
///
/// ```
/// use arabic_news::{TimeUnit, parse_date};
/// let d = parse_date("منذ 3 ساعات").unwrap();
/// assert_eq!(d.ago.unwrap().unit, TimeUnit::Hour);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum TimeUnit {
    /// ثانية.
    Second,
    /// دقيقة.
    Minute,
    /// ساعة.
    Hour,
    /// يوم (also اليوم, أمس).
    Day,
    /// أسبوع.
    Week,
    /// شهر.
    Month,
    /// سنة / عام.
    Year,
}

/// How far back a relative expression points: `count` `unit`s before the
/// reference (اليوم is 0 days, أمس 1 day, منذ ساعتين 2 hours).
///
/// # Example
///
/// ```
/// use arabic_news::{Ago, TimeUnit, parse_date};
/// let d = parse_date("منذ يومين").unwrap();
/// assert_eq!(d.ago, Some(Ago { count: 2, unit: TimeUnit::Day }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Ago {
    /// How many units.
    pub count: u32,
    /// The unit.
    pub unit: TimeUnit,
}

/// A date found in news text.
///
/// `date` is always Gregorian (converted by the Umm al-Qura calendar when the text
/// gives only a Hijri date); `hijri` keeps the Hijri date when the text gives one.
/// A weekday or a Hijri/Gregorian pair that contradicts the date changes nothing
/// but is reported by [`weekday_matches`](NewsDate::weekday_matches) and
/// [`hijri_matches`](NewsDate::hijri_matches).
///
/// `Display` writes ISO 8601: `2023-12-27`, `2023-12-27T10:30`,
/// `2023-12-27T10:30+03:00` (the offset only with a time); a relative expression
/// without a reference is written as a negative ISO 8601 duration (`-PT3H`).
///
/// # Example
///
/// ```
/// use arabic_news::{Date, DateRole, parse_date};
/// let d = parse_date("تاريخ النشر: الأربعاء 27 ديسمبر 2023 - 10:30 م").unwrap();
/// assert_eq!(d.date, Date::new(2023, 12, 27));
/// assert_eq!(d.role, DateRole::Published);
/// assert_eq!(d.to_string(), "2023-12-27T22:30");
/// assert_eq!(d.weekday_matches(), Some(true));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NewsDate {
    /// The Gregorian date; `None` only for a relative expression with no reference.
    pub date: Option<Date>,
    /// The wall-clock time, when the text gives one (or a sub-day relative
    /// expression was resolved against a reference).
    pub time: Option<Time>,
    /// The offset from UTC, only when the text names a zone or an offset.
    pub utc_offset: Option<UtcOffset>,
    /// The Hijri date, when the text gives one.
    pub hijri: Option<HijriDate>,
    /// The weekday the text names, if any.
    pub weekday: Option<Weekday>,
    /// Which calendar the text wrote.
    pub calendar: Calendar,
    /// Whether the expression was relative (منذ 3 ساعات، أمس).
    pub relative: bool,
    /// For a relative expression, how far back it points.
    pub ago: Option<Ago>,
    /// Published, updated or unlabelled.
    pub role: DateRole,
    /// The byte span of the expression in the parsed text, from its first word
    /// (weekday, number, month or relative word) to its last; a label before it
    /// is not included.
    pub span: Span,
}

impl NewsDate {
    /// Whether the named weekday is the date's weekday; `None` when the text names
    /// no weekday or the date is unknown.
    ///
    /// # Example
    ///
    /// ```
    /// let d = arabic_news::parse_date("الخميس 27 ديسمبر 2023").unwrap();
    /// assert_eq!(d.weekday_matches(), Some(false)); // 27 December 2023 was a Wednesday
    /// ```
    #[must_use]
    pub fn weekday_matches(&self) -> Option<bool> {
        Some(self.date?.weekday() == self.weekday?)
    }

    /// Whether the Hijri and the Gregorian halves of a الموافق pair name the same
    /// day by the Umm al-Qura calendar; `None` unless the text gives both.
    /// Local moon sighting can put a country's Hijri date a day or two off the
    /// Umm al-Qura one, so `false` is a report, not necessarily an error.
    ///
    /// # Example
    ///
    /// ```
    /// let d = arabic_news::parse_date("19 جمادى الآخرة 1445 هـ الموافق 1 يناير 2024 م").unwrap();
    /// assert_eq!(d.hijri_matches(), Some(true));
    /// ```
    #[must_use]
    pub fn hijri_matches(&self) -> Option<bool> {
        if self.calendar != Calendar::Both {
            return None;
        }
        Some(self.hijri?.to_gregorian() == self.date?)
    }

    /// Whether nothing in the expression contradicts anything else (weekday and
    /// Hijri/Gregorian pair).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(arabic_news::parse_date("الأربعاء 27 ديسمبر 2023").unwrap().is_consistent());
    /// ```
    #[must_use]
    pub fn is_consistent(&self) -> bool {
        self.weekday_matches() != Some(false) && self.hijri_matches() != Some(false)
    }
}

impl fmt::Display for NewsDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.date {
            Some(date) => {
                write!(f, "{date}")?;
                if let Some(time) = self.time {
                    write!(f, "T{time}")?;
                    if let Some(offset) = self.utc_offset {
                        write!(f, "{offset}")?;
                    }
                }
                Ok(())
            }
            None => match self.ago {
                Some(Ago { count, unit }) => {
                    let sign = if count == 0 { "" } else { "-" };
                    let (t, u) = match unit {
                        TimeUnit::Second => ("T", 'S'),
                        TimeUnit::Minute => ("T", 'M'),
                        TimeUnit::Hour => ("T", 'H'),
                        TimeUnit::Day => ("", 'D'),
                        TimeUnit::Week => ("", 'W'),
                        TimeUnit::Month => ("", 'M'),
                        TimeUnit::Year => ("", 'Y'),
                    };
                    write!(f, "{sign}P{t}{count}{u}")
                }
                None => Ok(()),
            },
        }
    }
}

// ---------------------------------------------------------------------------
// DateParser

/// The date parser's configuration: a `Copy` value with `const` setters.
///
/// Relative expressions (منذ 3 ساعات، أمس) are resolved against the
/// [`reference`](DateParser::reference) when one is set; otherwise they are
/// reported with `relative: true`, `date: None` and [`NewsDate::ago`].
///
/// Documented limits: a date needs a day, a month and a four-digit year (a bare
/// "27 ديسمبر" is not read); numeric dates are day first (`5/6/2023` is 5 June) and
/// fall back to month first only when the day-first reading is impossible
/// (`12/27/2023`); an unmarked numeric date whose year is 1300–1500 is read as
/// Hijri; impossible dates (31 فبراير, month 13, Hijri day 30 of a 29-day month,
/// Hijri years outside 1343–1500) are not dates. Month and year steps back from a
/// reference clamp the day to the month's end (منذ شهر on 31 March is 29 February).
///
/// # Example
///
/// ```
/// use arabic_news::{Date, DateParser, Time};
/// static PARSER: DateParser =
///     DateParser::new().reference(Date::new(2024, 1, 1).unwrap(), Time::MIDNIGHT);
/// assert_eq!(PARSER.parse("منذ 3 ساعات").unwrap().to_string(), "2023-12-31T21:00");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateParser {
    reference: Option<(Date, Time)>,
    relative: bool,
}

impl Default for DateParser {
    fn default() -> Self {
        DateParser::new()
    }
}

impl DateParser {
    /// The default parser: no reference, relative expressions on.
    ///
    /// # Example
    ///
    /// ```
    /// let parser = arabic_news::DateParser::new();
    /// assert!(parser.parse("27 ديسمبر 2023").is_some());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        DateParser { reference: None, relative: true }
    }

    /// Resolves relative expressions against `date` at `time` (the page's crawl
    /// time, say).
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Date, DateParser, Time};
    /// let p = DateParser::new().reference(Date::new(2024, 1, 1).unwrap(), Time::MIDNIGHT);
    /// assert_eq!(p.parse("أمس").unwrap().date, Date::new(2023, 12, 31));
    /// ```
    #[must_use]
    pub const fn reference(self, date: Date, time: Time) -> Self {
        DateParser { reference: Some((date, time)), ..self }
    }

    /// Whether to read relative expressions at all (on by default). Turn it off to
    /// find only absolute dates in running text, where اليوم and أمس are common.
    ///
    /// # Example
    ///
    /// ```
    /// let p = arabic_news::DateParser::new().relative(false);
    /// assert!(p.parse("منذ 3 ساعات").is_none());
    /// ```
    #[must_use]
    pub const fn relative(self, yes: bool) -> Self {
        DateParser { relative: yes, ..self }
    }

    /// The first date expression in `text`.
    ///
    /// # Example
    ///
    /// ```
    /// let d = arabic_news::DateParser::new().parse("Wed, 27 Dec 2023 10:30:00 +0300").unwrap();
    /// assert_eq!(d.to_string(), "2023-12-27T10:30:00+03:00");
    /// ```
    #[must_use]
    pub fn parse(&self, text: &str) -> Option<NewsDate> {
        self.find_all(text).next()
    }

    /// The first clock time in `text` (`H:MM[:SS]`, a.m./p.m. words, a zone),
    /// whether or not a date goes with it. Use it for lines that carry only a time;
    /// [`parse`](DateParser::parse) already attaches a time that belongs to a date.
    ///
    /// # Example
    ///
    /// ```
    /// let clock = arabic_news::DateParser::new().parse_time("آخر تحديث 14:00 (GMT+0400)").unwrap();
    /// assert_eq!(clock.time.to_string(), "14:00");
    /// assert_eq!(clock.utc_offset.unwrap().to_string(), "+04:00");
    /// ```
    #[must_use]
    pub fn parse_time(&self, text: &str) -> Option<ClockTime> {
        let mut win = Window::new(text, 0);
        loop {
            let tok = win.get(0)?;
            if let Kind::Num { .. } = tok.kind {
                if let Some((time, utc_offset, e)) = clock_at(&mut win) {
                    return Some(ClockTime {
                        time,
                        utc_offset,
                        span: Span::new(tok.start, win.toks[e - 1].end),
                    });
                }
            }
            win.shift(1);
        }
    }

    /// Every date expression in `text`, in order, with its span and the role of
    /// the label before it.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{DateParser, DateRole};
    /// let text = "نشر في: 27/12/2023 - 10:30 م | آخر تحديث: 28/12/2023 - 11:05 م";
    /// let all: Vec<_> = DateParser::new().find_all(text).collect();
    /// assert_eq!(all.len(), 2);
    /// assert_eq!(all[0].role, DateRole::Published);
    /// assert_eq!(all[1].role, DateRole::Updated);
    /// assert_eq!(&text[all[1].span], "28/12/2023 - 11:05 م");
    /// ```
    #[must_use]
    pub fn find_all<'a>(&self, text: &'a str) -> Dates<'a> {
        Dates {
            parser: *self,
            text,
            win: Window::new(text, 0),
            head: 0,
            pos: 0,
            line_start: 0,
            role: DateRole::Unlabelled,
            last: None,
            prev_word_end: None,
        }
    }
}

/// A clock time found on its own, without a date: a wire sign-off
/// (`// انتهى // 20:26 ت م`) or a time line under a date line.
///
/// # Example
///
/// ```
/// use arabic_news::{DateParser, Time, UtcOffset};
/// let text = "// انتهى // 20:26 ت م";
/// let clock = DateParser::new().parse_time(text).unwrap();
/// assert_eq!(clock.time, Time::new(20, 26).unwrap());
/// assert_eq!(clock.utc_offset, UtcOffset::from_minutes(180)); // ت م: Makkah time
/// assert_eq!(&text[clock.span], "20:26 ت م");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ClockTime {
    /// The wall-clock time (24 h).
    pub time: Time,
    /// The offset from UTC, when the text names a zone (GMT, ت.غ, ت م, +03:00,
    /// or a fixed-offset place after بتوقيت).
    pub utc_offset: Option<UtcOffset>,
    /// The byte span of the time and its zone.
    pub span: Span,
}

/// Finds the first date expression in `text` with the default [`DateParser`].
///
/// # Example
///
/// ```
/// let d = arabic_news::parse_date("الأربعاء 14 جمادى الآخرة 1445 هـ - 27 ديسمبر 2023 م").unwrap();
/// assert_eq!(d.to_string(), "2023-12-27");
/// assert_eq!(d.hijri_matches(), Some(true));
/// ```
#[must_use]
pub fn parse_date(text: &str) -> Option<NewsDate> {
    DateParser::new().parse(text)
}

/// The iterator of [`DateParser::find_all`]: every date in a text. `'a` is the
/// text's lifetime.
///
/// # Example
///
/// ```
/// let text = "في 29 يوليو 1938 ... وفي 11 مايو 1939";
/// let years: Vec<i32> = arabic_news::DateParser::new()
///     .find_all(text)
///     .filter_map(|d| d.date.map(|d| d.year()))
///     .collect();
/// assert_eq!(years, [1938, 1939]);
/// ```
#[derive(Debug, Clone)]
pub struct Dates<'a> {
    parser: DateParser,
    text: &'a str,
    /// Tokens lexed ahead; `win.toks[head..win.len]` are not yet consumed.
    win: Window<'a>,
    head: usize,
    /// The end of the last consumed token.
    pos: usize,
    /// Where the current line starts (the first token after a line break).
    line_start: usize,
    role: DateRole,
    /// The last date found and the byte where it ended.
    last: Option<(Date, usize)>,
    /// The end of the previous token when it was an unknown word.
    prev_word_end: Option<usize>,
}

impl Dates<'_> {
    /// The text not yet searched.
    ///
    /// # Example
    ///
    /// ```
    /// let mut it = arabic_news::DateParser::new().find_all("27/12/2023 ثم");
    /// it.next();
    /// assert_eq!(it.as_str(), " ثم");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text[self.pos..]
    }

    /// The next unconsumed token.
    fn next_token(&mut self) -> Option<Tok> {
        if self.head == self.win.len {
            self.win.len = 0;
            self.head = 0;
        }
        let tok = self.win.get(self.head)?;
        self.head += 1;
        self.pos = tok.end;
        if tok.nl {
            self.line_start = tok.start;
        }
        Some(tok)
    }

    /// Marks the window's tokens `..end` consumed (a date ended there).
    fn consume_to(&mut self, end: usize) -> usize {
        for i in self.head..end {
            if self.win.toks[i].nl {
                self.line_start = self.win.toks[i].start;
            }
        }
        self.head = end;
        self.pos = self.win.toks[end - 1].end;
        self.pos
    }
}

impl Iterator for Dates<'_> {
    type Item = NewsDate;

    fn next(&mut self) -> Option<NewsDate> {
        loop {
            let tok = self.next_token()?;
            let after_word = self.prev_word_end.take().is_some_and(|e| e >= self.line_start);
            match tok.kind {
                Kind::Word(Lex::Published) => {
                    self.role = DateRole::Published;
                    continue;
                }
                Kind::Word(Lex::Updated) => {
                    self.role = DateRole::Updated;
                    continue;
                }
                Kind::Word(Lex::Other) => {
                    self.role = DateRole::Unlabelled;
                    self.prev_word_end = Some(tok.end);
                    continue;
                }
                // اليوم / أمس after a word on the same line are prose or a section
                // name (الاقتصاد اليوم), not a page's date.
                Kind::Word(Lex::Today | Lex::Yesterday | Lex::First) if after_word => continue,
                kind if !is_candidate(kind) => continue,
                _ => {}
            }
            // Re-base the window on this token: the grammar reads from index 0.
            self.win.shift(self.head - 1);
            self.head = 1;
            let Some(found) = self.parser.parse_at(&mut self.win) else {
                // A labelled clock on the line of the last date dates that day.
                if let (DateRole::Published | DateRole::Updated, Some((date, at))) =
                    (self.role, self.last)
                {
                    if at >= self.line_start {
                        if let Some((time, offset, e)) = clock_at(&mut self.win) {
                            let end = self.consume_to(e);
                            return Some(NewsDate {
                                date: Some(date),
                                time: Some(time),
                                utc_offset: offset,
                                hijri: None,
                                weekday: None,
                                calendar: Calendar::Gregorian,
                                relative: false,
                                ago: None,
                                role: std::mem::take(&mut self.role),
                                span: Span::new(tok.start, end),
                            });
                        }
                    }
                }
                continue;
            };
            {
                let end = self.consume_to(found.end);
                let role = std::mem::take(&mut self.role);
                if let Some(date) = found.date {
                    self.last = Some((date, end));
                }
                return Some(NewsDate {
                    date: found.date,
                    time: found.time,
                    utc_offset: found.offset,
                    hijri: found.hijri,
                    weekday: found.weekday,
                    calendar: found.calendar,
                    relative: found.ago.is_some(),
                    ago: found.ago,
                    role,
                    span: Span::new(tok.start, end),
                });
            }
        }
    }
}

impl std::iter::FusedIterator for Dates<'_> {}

// ---------------------------------------------------------------------------
// Lexer

/// A token's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A run of digits (any of the three digit sets); `value` saturates, `digits`
    /// counts them (saturating); `ordinal` when an English suffix (27th) follows.
    Num { value: u32, digits: u8, ordinal: bool },
    /// A word, folded and looked up.
    Word(Lex),
    /// Any other single character.
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    kind: Kind,
    start: usize,
    end: usize,
    /// A line break stands between this token and the one before it.
    nl: bool,
}

const NO_TOK: Tok = Tok { kind: Kind::Punct(' '), start: 0, end: 0, nl: false };

/// Longest folded word looked up; longer words are `Lex::Other`.
const WORD_BYTES: usize = 48;

#[derive(Debug, Clone, Copy)]
struct Lexer<'a> {
    text: &'a str,
    pos: usize,
}

/// Decodes the char at byte `i` of `text` (a char boundary): the two-byte
/// Arabic range inline, the rest through `str::chars`.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = text.as_bytes();
    let b0 = *b.get(i)?;
    if b0 < 0x80 {
        return Some(b0 as char);
    }
    if (0xC2..0xE0).contains(&b0) {
        if let Some(&b1) = b.get(i + 1) {
            return char::from_u32((u32::from(b0 & 0x1F) << 6) | u32::from(b1 & 0x3F));
        }
    }
    text[i..].chars().next()
}

impl Lexer<'_> {
    fn next_tok(&mut self) -> Option<Tok> {
        let text = self.text;
        let mut nl = false;
        loop {
            let c = char_at(text, self.pos)?;
            let start = self.pos;
            if c.is_ascii() {
                match c {
                    ' ' | '\t' | '\x0B' | '\x0C' => {
                        self.pos += 1;
                        continue;
                    }
                    '\n' | '\r' => {
                        self.pos += 1;
                        nl = true;
                        continue;
                    }
                    '0'..='9' => return Some(self.number(start, nl)),
                    'a'..='z' | 'A'..='Z' => return Some(self.word(start, false, nl)),
                    _ => {
                        self.pos += 1;
                        return Some(Tok { kind: Kind::Punct(c), start, end: self.pos, nl });
                    }
                }
            }
            if chars::is_arabic_letter(c) || chars::is_diacritic(c) || chars::is_tatweel(c) {
                return Some(self.word(start, true, nl));
            }
            if chars::digit_value(c).is_some() {
                return Some(self.number(start, nl));
            }
            if c.is_whitespace() || chars::is_invisible(c) {
                self.pos += c.len_utf8();
                nl |= matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}');
                continue;
            }
            if c.is_alphanumeric() {
                // A word of another script: never part of a date.
                let mut end = start;
                while let Some(ch) = char_at(text, end) {
                    if !ch.is_alphanumeric() || ch.is_ascii() || chars::is_arabic(ch) {
                        break;
                    }
                    end += ch.len_utf8();
                }
                self.pos = end.max(start + c.len_utf8());
                return Some(Tok { kind: Kind::Word(Lex::Other), start, end: self.pos, nl });
            }
            self.pos += c.len_utf8();
            return Some(Tok { kind: Kind::Punct(c), start, end: self.pos, nl });
        }
    }

    fn number(&mut self, start: usize, nl: bool) -> Tok {
        let (mut value, mut digits, mut end) = (0u32, 0u8, start);
        let bytes = self.text.as_bytes();
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            value = value.saturating_mul(10).saturating_add(u32::from(bytes[end] - b'0'));
            digits = digits.saturating_add(1);
            end += 1;
        }
        while let Some(ch) = char_at(self.text, end) {
            let Some(d) = chars::digit_value(ch) else { break };
            value = value.saturating_mul(10).saturating_add(u32::from(d));
            digits = digits.saturating_add(1);
            end += ch.len_utf8();
        }
        let rest = self.text.as_bytes().get(end..).unwrap_or(&[]);
        let ordinal = rest.len() >= 2
            && matches!(
                [rest[0].to_ascii_lowercase(), rest[1].to_ascii_lowercase()],
                [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']
            )
            && !rest.get(2).is_some_and(u8::is_ascii_alphabetic);
        if ordinal {
            end += 2;
        }
        self.pos = end;
        Tok { kind: Kind::Num { value, digits, ordinal }, start, end, nl }
    }

    fn word(&mut self, start: usize, arabic: bool, nl: bool) -> Tok {
        let text = self.text;
        let mut buf = [0u8; WORD_BYTES];
        let (mut len, mut overflow, mut end) = (0usize, false, start);
        let bytes = text.as_bytes();
        loop {
            // Fast path: the base Arabic letters, tatweel and harakat (two bytes
            // each), folded inline as `fold_char` would.
            if arabic && end + 1 < bytes.len() && (0xD8..=0xD9).contains(&bytes[end]) {
                let c = (u32::from(bytes[end] & 0x1F) << 6) | u32::from(bytes[end + 1] & 0x3F);
                let folded = match c {
                    0x0622 | 0x0623 | 0x0625 => Some([0xD8, 0xA7]), // آ أ إ → ا
                    0x0629 => Some([0xD9, 0x87]),                   // ة → ه
                    0x0649 => Some([0xD9, 0x8A]),                   // ى → ي
                    0x0621..=0x063A | 0x0641..=0x064A => Some([bytes[end], bytes[end + 1]]),
                    0x0640 | 0x064B..=0x065F => None, // tatweel, harakat: dropped
                    _ => Some([0, 0]),
                };
                match folded {
                    Some([0, 0]) => {} // not on the fast path
                    Some(pair) => {
                        if len + 2 > WORD_BYTES {
                            overflow = true;
                        } else {
                            buf[len..len + 2].copy_from_slice(&pair);
                            len += 2;
                        }
                        end += 2;
                        continue;
                    }
                    None => {
                        end += 2;
                        continue;
                    }
                }
            }
            let Some(ch) = char_at(text, end) else { break };
            let n = ch.len_utf8();
            let belongs = if arabic {
                chars::is_arabic_letter(ch)
                    || chars::is_diacritic(ch)
                    || chars::is_tatweel(ch)
                    || (chars::is_invisible(ch)
                        && char_at(text, end + n).is_some_and(chars::is_arabic_letter))
            } else {
                ch.is_ascii_alphabetic()
                    || (matches!(ch, '\'' | '’' | 'ʼ' | 'ʿ' | '`' | '-')
                        && char_at(text, end + n).is_some_and(|c| c.is_ascii_alphabetic()))
                    || (matches!(ch, '\'' | '’') && end > start)
            };
            if !belongs {
                break;
            }
            end += n;
            if let Some(f) = fold_char(ch) {
                let m = f.len_utf8();
                if len + m > WORD_BYTES {
                    overflow = true;
                } else {
                    f.encode_utf8(&mut buf[len..len + m]);
                    len += m;
                }
            }
        }
        self.pos = end;
        let lex = if overflow || len == 0 { Lex::Other } else { lookup(&buf[..len]) };
        Tok { kind: Kind::Word(lex), start, end, nl }
    }
}

/// Whether a token can begin a date expression.
fn is_candidate(kind: Kind) -> bool {
    match kind {
        Kind::Num { .. } => true,
        Kind::Word(lex) => matches!(
            lex,
            Lex::GMonth(_)
                | Lex::Kanun
                | Lex::Tishrin
                | Lex::HMonth(_)
                | Lex::Rabi
                | Lex::Jumada
                | Lex::Dhu
                | Lex::Weekday(_)
                | Lex::Since
                | Lex::Before
                | Lex::Today
                | Lex::Yesterday
                | Lex::First
                | Lex::Unit(TimeUnit::Day, 1)
                | Lex::NumWord(_)
                | Lex::Gmt
        ),
        Kind::Punct(_) => false,
    }
}

/// The most tokens one date expression may span: the bound that keeps
/// `find_all` linear.
const LOOKAHEAD: usize = 32;

/// Tokens from a start position, lexed on demand.
#[derive(Debug, Clone)]
struct Window<'a> {
    lexer: Lexer<'a>,
    toks: [Tok; LOOKAHEAD],
    len: usize,
    done: bool,
}

impl<'a> Window<'a> {
    fn new(text: &'a str, pos: usize) -> Self {
        Window { lexer: Lexer { text, pos }, toks: [NO_TOK; LOOKAHEAD], len: 0, done: false }
    }

    fn get(&mut self, i: usize) -> Option<Tok> {
        while self.len <= i {
            if self.done || self.len == LOOKAHEAD {
                return None;
            }
            match self.lexer.next_tok() {
                Some(t) => {
                    self.toks[self.len] = t;
                    self.len += 1;
                }
                None => self.done = true,
            }
        }
        Some(self.toks[i])
    }

    /// Moves tokens `from..len` to the front.
    fn shift(&mut self, from: usize) {
        self.toks.copy_within(from..self.len, 0);
        self.len -= from;
    }

    fn kind(&mut self, i: usize) -> Option<Kind> {
        self.get(i).map(|t| t.kind)
    }

    fn word(&mut self, i: usize) -> Option<Lex> {
        match self.kind(i)? {
            Kind::Word(lex) => Some(lex),
            _ => None,
        }
    }

    fn punct(&mut self, i: usize) -> Option<char> {
        match self.kind(i)? {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// A number token: (value, digit count, ordinal).
    fn num(&mut self, i: usize) -> Option<(u32, u8, bool)> {
        match self.kind(i)? {
            Kind::Num { value, digits, ordinal } => Some((value, digits, ordinal)),
            _ => None,
        }
    }

    /// Whether token `i` starts right where token `i - 1` ends.
    fn adjacent(&mut self, i: usize) -> bool {
        i > 0 && self.get(i).is_some() && self.toks[i - 1].end == self.toks[i].start
    }

    /// Whether a line break separates token `i` from the one before it (true when
    /// there is no token `i`).
    fn line_breaks_before(&mut self, i: usize) -> bool {
        if i == 0 || self.get(i).is_none() {
            return true;
        }
        self.toks[i].nl
    }

    /// Skips at most `max` tokens for which `ok` holds; returns the new index.
    fn skip(&mut self, mut i: usize, max: usize, ok: impl Fn(Kind) -> bool) -> usize {
        let mut n = 0;
        while n < max && self.kind(i).is_some_and(&ok) {
            i += 1;
            n += 1;
        }
        i
    }
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '−' | 'ـ')
}

// ---------------------------------------------------------------------------
// Grammar

/// What one date expression gave, before it becomes a `NewsDate`.
struct Found {
    date: Option<Date>,
    time: Option<Time>,
    offset: Option<UtcOffset>,
    hijri: Option<HijriDate>,
    weekday: Option<Weekday>,
    calendar: Calendar,
    ago: Option<Ago>,
    /// Index of the token after the expression (always > 0).
    end: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cal {
    Gregorian,
    Hijri,
}

/// A calendar date read from the text.
#[derive(Clone, Copy)]
enum CoreDate {
    Greg(Date),
    Hijri(HijriDate),
}

impl CoreDate {
    const fn cal(self) -> Cal {
        match self {
            CoreDate::Greg(_) => Cal::Gregorian,
            CoreDate::Hijri(_) => Cal::Hijri,
        }
    }
}

/// The year mark after a date.
fn mark_at(w: &mut Window<'_>, i: usize) -> (Option<Cal>, usize) {
    match w.word(i) {
        Some(Lex::MarkM | Lex::Miladi) => (Some(Cal::Gregorian), i + 1),
        Some(Lex::MarkH | Lex::HijriWord) => (Some(Cal::Hijri), i + 1),
        _ => (None, i),
    }
}

/// Builds the date of `cal` or `None` when it does not exist.
fn make(cal: Cal, year: u32, month: u8, day: u32) -> Option<CoreDate> {
    let day = u8::try_from(day).ok()?;
    match cal {
        Cal::Gregorian => Date::new(i32::try_from(year).ok()?, month, day).map(CoreDate::Greg),
        Cal::Hijri => HijriDate::new(u16::try_from(year).ok()?, month, day).map(CoreDate::Hijri),
    }
}

/// A month name at `i`: its calendar, number and the index after it.
fn month_at(w: &mut Window<'_>, i: usize) -> Option<(Cal, u8, usize)> {
    let lex = w.word(i)?;
    let first = |w: &mut Window<'_>, j: usize, numbers: bool| -> Option<bool> {
        match w.kind(j)? {
            Kind::Word(Lex::First) => Some(true),
            // ثانية (second, the unit) doubles as "second" in جمادى ثانية.
            Kind::Word(Lex::Second | Lex::Akhir | Lex::Unit(TimeUnit::Second, 1)) => Some(false),
            Kind::Num { value: 1, digits: 1, ordinal: false } if numbers => Some(true),
            Kind::Num { value: 2, digits: 1, ordinal: false } if numbers => Some(false),
            _ => None,
        }
    };
    Some(match lex {
        Lex::GMonth(m) => (Cal::Gregorian, m, i + 1),
        Lex::HMonth(m) => (Cal::Hijri, m, i + 1),
        Lex::Kanun => (Cal::Gregorian, if first(w, i + 1, true)? { 12 } else { 1 }, i + 2),
        Lex::Tishrin => (Cal::Gregorian, if first(w, i + 1, true)? { 10 } else { 11 }, i + 2),
        Lex::Rabi => (Cal::Hijri, if first(w, i + 1, false)? { 3 } else { 4 }, i + 2),
        Lex::Jumada => (Cal::Hijri, if first(w, i + 1, false)? { 5 } else { 6 }, i + 2),
        Lex::Dhu => match w.word(i + 1)? {
            Lex::Qada => (Cal::Hijri, 11, i + 2),
            Lex::Hijja => (Cal::Hijri, 12, i + 2),
            _ => return None,
        },
        _ => return None,
    })
}

/// After a month name: an alternative name of the same month set off by `/`, `(`
/// or a dash (كانون الأول/ديسمبر, نيسان (أبريل)); returns the index after it.
fn alt_month(w: &mut Window<'_>, i: usize, cal: Cal) -> usize {
    let Some(c) = w.punct(i) else { return i };
    if !(c == '/' || c == '(' || c == '\\' || is_dash(c)) {
        return i;
    }
    match month_at(w, i + 1) {
        Some((c2, _, end)) if c2 == cal => {
            if c == '(' && w.punct(end) == Some(')') {
                end + 1
            } else {
                end
            }
        }
        _ => i,
    }
}

fn is_year(n: Option<(u32, u8, bool)>) -> Option<u32> {
    match n? {
        (y, 4, false) if y > 0 => Some(y),
        _ => None,
    }
}

/// A calendar date at `i` (year mark included): named day-month-year,
/// month-day-year, numeric day-month-year or year-month-day.
fn core_at(w: &mut Window<'_>, i: usize) -> Option<(CoreDate, usize)> {
    let (first, digits, ordinal) = match w.kind(i)? {
        Kind::Num { value, digits, ordinal } => (value, digits, ordinal),
        Kind::Word(_) => return named_month_first(w, i),
        Kind::Punct(_) => return None,
    };
    if digits <= 2 {
        if let Some(found) = named_day_first(w, i, first) {
            return Some(found);
        }
        if !ordinal {
            return numeric(w, i, false);
        }
        return None;
    }
    if digits == 4 && !ordinal {
        return numeric(w, i, true);
    }
    None
}

fn named_day_first(w: &mut Window<'_>, i: usize, day: u32) -> Option<(CoreDate, usize)> {
    let k = w.skip(i + 1, 2, |k| {
        matches!(k, Kind::Punct(',' | '،' | '.') | Kind::Word(Lex::Of | Lex::Filler))
            || matches!(k, Kind::Punct(c) if is_dash(c))
    });
    let (cal, month, k) = month_at(w, k)?;
    let k = alt_month(w, k, cal);
    let k = w.skip(k, 1, |k| {
        matches!(k, Kind::Punct(',' | '،' | '.')) || matches!(k, Kind::Punct(c) if is_dash(c))
    });
    let year = is_year(w.num(k))?;
    let date = make(cal, year, month, day)?;
    let (_, end) = mark_at(w, k + 1);
    Some((date, end))
}

fn named_month_first(w: &mut Window<'_>, i: usize) -> Option<(CoreDate, usize)> {
    let (cal, month, k) = month_at(w, i)?;
    let k = alt_month(w, k, cal);
    let (day, digits, _) = w.num(k)?;
    if digits > 2 {
        return None;
    }
    let k = w.skip(k + 1, 1, |k| matches!(k, Kind::Punct(',' | '،')));
    let year = is_year(w.num(k))?;
    let date = make(cal, year, month, day)?;
    let (_, end) = mark_at(w, k + 1);
    Some((date, end))
}

/// `d/m/y`, `d-m-y`, `d.m.y` (or, with `year_first`, `y-m-d`), one separator
/// throughout; the year mark, or a year in 1300–1500, makes it Hijri.
fn numeric(w: &mut Window<'_>, i: usize, year_first: bool) -> Option<(CoreDate, usize)> {
    let sep = w.punct(i + 1)?;
    if !matches!(sep, '/' | '-' | '.' | '\\') {
        return None;
    }
    let (b, b_digits, b_ord) = w.num(i + 2)?;
    if b_digits > 2 || b_ord || w.punct(i + 3) != Some(sep) {
        return None;
    }
    let (a, _, _) = w.num(i)?;
    let (c, c_digits, c_ord) = w.num(i + 4)?;
    let (year, month, day) = if year_first {
        if c_digits > 2 || c_ord {
            return None;
        }
        (a, b, c)
    } else {
        (is_year(Some((c, c_digits, c_ord)))?, b, a)
    };
    let (mark, end) = mark_at(w, i + 5);
    let cal =
        mark.unwrap_or(if (1300..=1500).contains(&year) { Cal::Hijri } else { Cal::Gregorian });
    let month8 = u8::try_from(month).ok()?;
    if let Some(date) = make(cal, year, month8, day) {
        return Some((date, end));
    }
    // Month first (12/27/2023) when day first is impossible.
    if !year_first && month > 12 && day <= 12 {
        return make(cal, year, day as u8, month).map(|d| (d, end));
    }
    None
}

/// A clock time at `i`: `H:MM[:SS][.fff]` and an optional a.m./p.m. word.
fn time_at(w: &mut Window<'_>, i: usize) -> Option<(Time, usize)> {
    let (h, h_digits, h_ord) = w.num(i)?;
    if h_digits > 2 || h_ord || w.punct(i + 1) != Some(':') {
        return None;
    }
    let (m, m_digits, _) = w.num(i + 2)?;
    if m_digits != 2 {
        return None;
    }
    let mut k = i + 3;
    let mut sec = None;
    if w.punct(k) == Some(':') && w.adjacent(k) {
        if let Some((s, 2, false)) = w.num(k + 1) {
            sec = Some(s);
            k += 2;
            // Fractional seconds.
            if w.punct(k) == Some('.')
                && w.adjacent(k)
                && w.num(k + 1).is_some()
                && w.adjacent(k + 1)
            {
                k += 2;
            }
        }
    }
    let mut hour = h;
    match w.word(k) {
        Some(Lex::Am) if h <= 12 => {
            hour = h % 12;
            k += 1;
        }
        Some(Lex::Pm | Lex::MarkM) if h <= 12 => {
            hour = h % 12 + 12;
            k += 1;
        }
        // 23:10 م: a redundant (or contradictory) mark on a 24 h clock.
        Some(Lex::Am | Lex::Pm | Lex::MarkM) => k += 1,
        _ => {}
    }
    let hour = u8::try_from(hour).ok()?;
    let minute = u8::try_from(m).ok()?;
    let time = match sec {
        Some(s) => Time::with_seconds(hour, minute, u8::try_from(s).ok()?.min(59))?,
        None => Time::new(hour, minute)?,
    };
    Some((time, k))
}

/// A sign and a number right after it: `+03`, `+0300`, `+03:00`, `-5`.
fn signed_offset(w: &mut Window<'_>, i: usize) -> Option<(UtcOffset, usize)> {
    let sign = match w.punct(i)? {
        '+' => 1,
        '-' | '−' => -1,
        _ => return None,
    };
    let (n, digits, ordinal) = w.num(i + 1)?;
    if ordinal || !w.adjacent(i + 1) {
        return None;
    }
    let (hours, mut minutes, mut k) = match digits {
        1 | 2 => (n, 0, i + 2),
        4 => (n / 100, n % 100, i + 2),
        _ => return None,
    };
    if digits <= 2 && w.punct(k) == Some(':') {
        if let Some((mm, 2, false)) = w.num(k + 1) {
            minutes = mm;
            k += 2;
        }
    }
    if hours > 18 || minutes > 59 {
        return None;
    }
    let total = sign * (hours as i32 * 60 + minutes as i32);
    Some((UtcOffset::from_minutes(total)?, k))
}

/// The offset of a zone named by place on `date`.
fn zone_offset(zone: Zone, date: Date) -> Option<UtcOffset> {
    let (y, days) = (date.year(), date.days());
    let last = |month: u8, weekday: Weekday| -> i64 {
        let last_day = Date { year: y, month, day: days_in_month(y, month) };
        let back = (last_day.weekday() as i64 - weekday as i64).rem_euclid(7);
        last_day.days() - back
    };
    let minutes = match zone {
        Zone::Fixed(m) => i32::from(m),
        Zone::Egypt => {
            let summer = y >= 2023
                && days >= last(4, Weekday::Friday)
                && days <= last(10, Weekday::Thursday);
            if summer { 180 } else { 120 }
        }
        Zone::Jerusalem => {
            let summer = days >= last(3, Weekday::Sunday) - 2 && days < last(10, Weekday::Sunday);
            if summer { 180 } else { 120 }
        }
        Zone::Beirut => {
            let summer = days >= last(3, Weekday::Sunday) && days < last(10, Weekday::Sunday);
            if summer { 180 } else { 120 }
        }
    };
    UtcOffset::from_minutes(minutes)
}

/// A zone at `i` (optionally in parentheses): GMT/UTC[±h], Z, ±hhmm after a time,
/// بتوقيت <place>, ت.غ, ت م.
fn zone_at(
    w: &mut Window<'_>,
    i: usize,
    date: Option<Date>,
    after_time: bool,
) -> Option<(UtcOffset, usize)> {
    let paren = w.punct(i) == Some('(');
    let k = if paren { i + 1 } else { i };
    let (offset, mut end) = match w.kind(k)? {
        Kind::Word(Lex::Gmt) => match signed_offset(w, k + 1) {
            Some(found) => found,
            None => (UtcOffset::UTC, k + 1),
        },
        Kind::Word(Lex::ZoneName(m)) => (UtcOffset::from_minutes(i32::from(m))?, k + 1),
        Kind::Word(Lex::Zulu) if after_time && w.adjacent(k) => (UtcOffset::UTC, k + 1),
        Kind::Punct(_) if after_time => {
            // +02:00 EET: the abbreviation repeats the offset.
            let (off, e) = signed_offset(w, k)?;
            (off, if matches!(w.word(e), Some(Lex::ZoneName(_))) { e + 1 } else { e })
        }
        Kind::Word(Lex::Tawqit) => {
            let j = w.skip(k + 1, 1, |k| matches!(k, Kind::Word(Lex::Filler)));
            match w.word(j)? {
                Lex::Gmt => (UtcOffset::UTC, j + 1),
                Lex::Place(zone) => {
                    let off = zone_offset(zone, date?)?;
                    let j = if matches!(w.word(j + 1), Some(Lex::Place(z)) if z == zone) {
                        j + 2
                    } else {
                        j + 1
                    };
                    (off, j)
                }
                _ => return None,
            }
        }
        Kind::Word(Lex::TaAbbrev) => {
            let j = w.skip(k + 1, 1, |k| matches!(k, Kind::Punct('.')));
            let off = match w.word(j)? {
                Lex::Ghain => UtcOffset::UTC,
                Lex::MarkM => UtcOffset::from_minutes(180)?,
                _ => return None,
            };
            (off, w.skip(j + 1, 1, |k| matches!(k, Kind::Punct('.'))))
        }
        _ => return None,
    };
    if paren {
        if w.punct(end) != Some(')') {
            return None;
        }
        end += 1;
    }
    Some((offset, end))
}

/// Separators allowed between a date and its time.
fn time_separator(k: Kind) -> bool {
    match k {
        Kind::Punct(c) => is_dash(c) || matches!(c, '|' | ',' | '،' | '@' | '/' | '-' | '؛' | ';'),
        Kind::Word(lex) => matches!(lex, Lex::At | Lex::IsoT | Lex::Filler),
        Kind::Num { .. } => false,
    }
}

/// The time (and zone) after a date ending before token `j`.
fn time_and_zone(
    w: &mut Window<'_>,
    j: usize,
    date: Option<Date>,
) -> (Option<Time>, Option<UtcOffset>, usize) {
    let mut end = j;
    let k = w.skip(j, 3, time_separator);
    let mut time = None;
    if let Some((t, e)) = time_at(w, k) {
        time = Some(t);
        end = e;
    }
    let mut offset = None;
    if let Some((off, e)) = zone_at(w, end, date, time.is_some()) {
        offset = Some(off);
        end = e;
    }
    (time, offset, end)
}

/// A clock at token 0 that a date follows: `[GMT] H:MM [ص|م] [zone]` and a
/// separator; returns the time, the offset and the index of what follows.
fn prefix_clock(w: &mut Window<'_>) -> Option<(Option<Time>, Option<UtcOffset>, usize)> {
    let (mut offset, k) = match w.word(0) {
        Some(Lex::Gmt) => match signed_offset(w, 1) {
            Some((off, e)) => (Some(off), e),
            None => (Some(UtcOffset::UTC), 1),
        },
        _ => (None, 0),
    };
    let (time, mut k) = time_at(w, k)?;
    if offset.is_none() {
        if let Some((off, e)) = zone_at(w, k, None, true) {
            offset = Some(off);
            k = e;
        }
    }
    let k = w.skip(k, 2, |k| {
        matches!(k, Kind::Punct(',' | '،' | '|')) || matches!(k, Kind::Punct(c) if is_dash(c))
    });
    Some((Some(time), offset, k))
}

/// A clock alone (`14:00 (GMT+0400)`), for a label that dates a time on the
/// line of an earlier date: "28 آب 2013، آخر تحديث 14:00".
fn clock_at(w: &mut Window<'_>) -> Option<(Time, Option<UtcOffset>, usize)> {
    let (time, end) = time_at(w, 0)?;
    // A place zone needs a date for its summer time; only fixed ones apply here.
    match zone_at(w, end, None, true) {
        Some((off, e)) => Some((time, Some(off), e)),
        None => Some((time, None, end)),
    }
}

impl DateParser {
    /// A date expression starting at token 0 of the window.
    fn parse_at(&self, w: &mut Window<'_>) -> Option<Found> {
        if self.relative {
            if let Some(found) = self.relative_at(w) {
                return Some(found);
            }
        }
        // A clock before the date: "٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠", "GMT 17:27 17.03.2020".
        let (pre_time, pre_offset, mut i) = prefix_clock(w).unwrap_or((None, None, 0));
        let mut weekday = None;
        if let Some(Lex::Weekday(d)) = w.word(i) {
            weekday = Some(Weekday::from_monday(d));
            i = w.skip(i + 1, 2, |k| {
                matches!(k, Kind::Punct(',' | '،' | '/') | Kind::Word(Lex::Muwafiq | Lex::Filler))
                    || matches!(k, Kind::Punct(c) if is_dash(c))
            });
        }
        let (first, mut j) = core_at(w, i)?;
        let (mut greg, mut hijri) = match first {
            CoreDate::Greg(d) => (Some(d), None),
            CoreDate::Hijri(h) => (None, Some(h)),
        };
        // The other calendar's date of the same day (الموافق …, " - ", "(…)").
        let mut k = j;
        let mut paren = false;
        let mut n = 0;
        while n < 2 {
            match w.punct(k) {
                Some(c) if is_dash(c) || matches!(c, '،' | ',' | '|' | '/' | '(' | '[') => {
                    paren |= c == '(' || c == '[';
                    k += 1;
                    n += 1;
                }
                _ => break,
            }
        }
        if w.word(k) == Some(Lex::Muwafiq) {
            k = w.skip(k + 1, 2, |k| matches!(k, Kind::Word(Lex::Filler) | Kind::Punct(':')));
        }
        if let Some(Lex::Weekday(_)) = w.word(k) {
            k = w.skip(k + 1, 1, |k| {
                matches!(k, Kind::Punct(',' | '،')) || matches!(k, Kind::Punct(c) if is_dash(c))
            });
        }
        if let Some((second, e)) = core_at(w, k) {
            if second.cal() != first.cal() {
                match second {
                    CoreDate::Greg(d) => greg = Some(d),
                    CoreDate::Hijri(h) => hijri = Some(h),
                }
                j = e;
                if paren && matches!(w.punct(j), Some(')' | ']')) {
                    j += 1;
                }
            }
        }
        let calendar = match (greg, hijri) {
            (Some(_), Some(_)) => Calendar::Both,
            (None, Some(_)) => Calendar::Hijri,
            _ => Calendar::Gregorian,
        };
        let date = greg.or_else(|| hijri.map(|h| h.to_gregorian()));
        let (time, offset, end) = match pre_time {
            None => time_and_zone(w, j, date),
            Some(t) => match (pre_offset, zone_at(w, j, date, false)) {
                (None, Some((off, e))) => (Some(t), Some(off), e),
                (off, _) => (Some(t), off, j),
            },
        };
        Some(Found { date, time, offset, hijri, weekday, calendar, ago: None, end })
    }

    /// A relative expression at token 0: منذ/قبل N <unit>, N <unit> ago, اليوم,
    /// أمس, أول أمس, يوم أمس (with an optional time after the day words).
    fn relative_at(&self, w: &mut Window<'_>) -> Option<Found> {
        let count_unit = |w: &mut Window<'_>, k: usize| -> Option<(u32, TimeUnit, usize)> {
            match w.kind(k)? {
                Kind::Num { value, digits, ordinal: false } if digits <= 6 => {
                    match w.word(k + 1)? {
                        Lex::Unit(unit, _) => Some((value, unit, k + 2)),
                        _ => None,
                    }
                }
                Kind::Word(Lex::NumWord(n)) => match w.word(k + 1)? {
                    Lex::Unit(unit, _) => Some((u32::from(n), unit, k + 2)),
                    _ => None,
                },
                Kind::Word(Lex::Unit(unit, form)) if form > 0 => {
                    Some((u32::from(form), unit, k + 1))
                }
                _ => None,
            }
        };
        let (count, unit, end, day_word) = match w.kind(0)? {
            Kind::Word(Lex::Since | Lex::Before) => {
                // منذ حوالي ساعة: "about" changes nothing.
                let k = w.skip(1, 1, |k| matches!(k, Kind::Word(Lex::About)));
                let (count, unit, end) = count_unit(w, k)?;
                // منذ عام 2011 is "since 2011", not "a year ago".
                if matches!(w.num(end), Some((_, 4, _))) {
                    return None;
                }
                (count, unit, end, false)
            }
            Kind::Num { .. } | Kind::Word(Lex::NumWord(_)) => {
                let (count, unit, end) = count_unit(w, 0)?;
                if w.word(end)? != Lex::Ago {
                    return None;
                }
                (count, unit, end + 1, false)
            }
            Kind::Word(Lex::Today) => (0, TimeUnit::Day, 1, true),
            Kind::Word(Lex::Yesterday) => {
                if w.word(1) == Some(Lex::First) {
                    (2, TimeUnit::Day, 2, true)
                } else {
                    (1, TimeUnit::Day, 1, true)
                }
            }
            Kind::Word(Lex::First) => {
                let k = w.skip(1, 1, |k| matches!(k, Kind::Word(Lex::Filler)));
                if w.word(k)? != Lex::Yesterday {
                    return None;
                }
                (2, TimeUnit::Day, k + 1, true)
            }
            Kind::Word(Lex::Unit(TimeUnit::Day, 1)) => {
                if w.word(1)? != Lex::Yesterday {
                    return None;
                }
                (1, TimeUnit::Day, 2, true)
            }
            _ => return None,
        };
        let ago = Ago { count, unit };
        let (mut time, mut end) = (None, end);
        if day_word {
            let k = w.skip(end, 2, time_separator);
            if let Some((t, e)) = time_at(w, k) {
                time = Some(t);
                end = e;
            } else if !w.line_breaks_before(end) {
                // اليوم and أمس stand alone, before a clock, punctuation or a
                // weekday; followed by a word they are prose (اليوم السابع).
                match w.kind(end) {
                    Some(Kind::Word(Lex::Weekday(_))) => {
                        // اليوم الأربعاء 27 ديسمبر 2023: the absolute date wins.
                        let k = w.skip(end + 1, 1, |k| matches!(k, Kind::Punct(',' | '،')));
                        if core_at(w, k).is_some() {
                            return None;
                        }
                    }
                    Some(Kind::Word(_)) => return None,
                    _ => {}
                }
            }
        }
        let (date, time) = match self.reference {
            Some((rd, rt)) => resolve(ago, rd, rt, time),
            None => (None, time),
        };
        Some(Found {
            date,
            time,
            offset: None,
            hijri: None,
            weekday: None,
            calendar: Calendar::Gregorian,
            ago: Some(ago),
            end,
        })
    }
}

/// The date (and time) `ago` before the reference `rd` `rt`.
fn resolve(ago: Ago, rd: Date, rt: Time, time: Option<Time>) -> (Option<Date>, Option<Time>) {
    let n = i64::from(ago.count);
    let clock = |secs: i64| -> (Option<Date>, Option<Time>) {
        let total = rd.days() * 86_400 + rt.seconds_of_day() - secs;
        let (days, tod) = (total.div_euclid(86_400), total.rem_euclid(86_400));
        let (h, m, s) = ((tod / 3600) as u8, (tod / 60 % 60) as u8, (tod % 60) as u8);
        let t = if ago.unit == TimeUnit::Second || s != 0 {
            Time::with_seconds(h, m, s)
        } else {
            Time::new(h, m)
        };
        match civil_from_days(days) {
            Some(d) => (Some(d), t),
            None => (None, None),
        }
    };
    match ago.unit {
        TimeUnit::Second => clock(n),
        TimeUnit::Minute => clock(n * 60),
        TimeUnit::Hour => clock(n * 3600),
        TimeUnit::Day => (rd.add_days(-n), time),
        TimeUnit::Week => (rd.add_days(-7 * n), time),
        TimeUnit::Month | TimeUnit::Year => {
            let months = if ago.unit == TimeUnit::Year { n * 12 } else { n };
            let total = i64::from(rd.year) * 12 + i64::from(rd.month) - 1 - months;
            let (y, m) = (total.div_euclid(12), total.rem_euclid(12) as u8 + 1);
            let Ok(y) = i32::try_from(y) else { return (None, time) };
            if !(1..=9999).contains(&y) {
                return (None, time);
            }
            (Date::new(y, m, rd.day.min(days_in_month(y, m))), time)
        }
    }
}

// ---------------------------------------------------------------------------
// ISO strings (for serde)

/// Reads `YYYY-MM-DD`.
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
fn read_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    Date::new(s[..4].parse().ok()?, s[5..7].parse().ok()?, s[8..].parse().ok()?)
}

/// Reads `HH:MM` or `HH:MM:SS`.
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
fn read_time(s: &str) -> Option<Time> {
    let b = s.as_bytes();
    if (b.len() != 5 && b.len() != 8) || b[2] != b':' || !s.is_ascii() {
        return None;
    }
    let (h, m) = (s[..2].parse().ok()?, s[3..5].parse().ok()?);
    if b.len() == 8 {
        if b[5] != b':' {
            return None;
        }
        return Time::with_seconds(h, m, s[6..].parse().ok()?);
    }
    Time::new(h, m)
}

/// Reads `+HH:MM` / `-HH:MM`.
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
fn read_offset(s: &str) -> Option<UtcOffset> {
    let b = s.as_bytes();
    if b.len() != 6 || b[3] != b':' || !s.is_ascii() {
        return None;
    }
    let sign = match b[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (h, m): (i32, i32) = (s[1..3].parse().ok()?, s[4..].parse().ok()?);
    if m > 59 {
        return None;
    }
    UtcOffset::from_minutes(sign * (h * 60 + m))
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{Date, Time, UtcOffset, read_date, read_offset, read_time};
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    macro_rules! as_iso_string {
        ($ty:ty, $read:ident, $what:literal) => {
            impl Serialize for $ty {
                fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.collect_str(self)
                }
            }
            impl<'de> Deserialize<'de> for $ty {
                fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    let s = String::deserialize(d)?;
                    $read(&s).ok_or_else(|| D::Error::custom(concat!("expected ", $what)))
                }
            }
        };
    }

    as_iso_string!(Date, read_date, "a date YYYY-MM-DD");
    as_iso_string!(Time, read_time, "a time HH:MM or HH:MM:SS");
    as_iso_string!(UtcOffset, read_offset, "an offset +HH:MM");
}

// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> String {
        let base = DateParser::new().reference(Date::new(2024, 1, 1).unwrap(), Time::MIDNIGHT);
        base.parse(text).map_or_else(|| "None".to_string(), |d| d.to_string())
    }

    #[test]
    fn day_arithmetic_round_trips() {
        for days in [-719_162, -1, 0, 1, 19_722, 2_932_896] {
            let d = civil_from_days(days).unwrap();
            assert_eq!(d.days(), days);
        }
        assert_eq!(civil_from_days(-719_163), None); // year 0
        assert_eq!(civil_from_days(2_932_897), None); // year 10000
        assert_eq!(Date::new(1970, 1, 1).unwrap().weekday(), Weekday::Thursday);
    }

    #[test]
    fn every_month_set() {
        let sets: [[&str; 12]; 5] = [
            [
                "يناير",
                "فبراير",
                "مارس",
                "أبريل",
                "مايو",
                "يونيو",
                "يوليو",
                "أغسطس",
                "سبتمبر",
                "أكتوبر",
                "نوفمبر",
                "ديسمبر",
            ],
            [
                "كانون الثاني",
                "شباط",
                "آذار",
                "نيسان",
                "أيار",
                "حزيران",
                "تموز",
                "آب",
                "أيلول",
                "تشرين الأول",
                "تشرين الثاني",
                "كانون الأول",
            ],
            [
                "جانفي",
                "فيفري",
                "مارس",
                "أفريل",
                "ماي",
                "جوان",
                "جويلية",
                "أوت",
                "سبتمبر",
                "أكتوبر",
                "نوفمبر",
                "ديسمبر",
            ],
            [
                "يناير",
                "فبراير",
                "مارس",
                "أبريل",
                "ماي",
                "يونيو",
                "يوليوز",
                "غشت",
                "شتنبر",
                "أكتوبر",
                "نونبر",
                "دجنبر",
            ],
            [
                "January", "Feb", "March", "Apr", "May", "June", "Jul", "August", "Sept",
                "October", "Nov", "December",
            ],
        ];
        for set in sets {
            for (i, name) in set.iter().enumerate() {
                assert_eq!(
                    iso(&format!("3 {name} 2024")),
                    format!("2024-{:02}-03", i + 1),
                    "{name}"
                );
            }
        }
        for (text, want) in [
            ("4 ابريل 2024", "2024-04-04"),
            ("4 إبريل 2024", "2024-04-04"),
            ("4 يونيه 2024", "2024-06-04"),
            ("4 يوليه 2024", "2024-07-04"),
            ("4 كانون 2 2024", "2024-01-04"),
            ("4 تشرين 1 2024", "2024-10-04"),
            ("4 أيلول/سبتمبر 2024", "2024-09-04"),
            ("4 نيسان / أبريل 2024", "2024-04-04"),
            ("4 نيسان (أبريل) 2024", "2024-04-04"),
            ("4 ديسمبر، 2024", "2024-12-04"),
            ("27th, December 2023 GMT", "2023-12-27"),
            ("Wednesday 20, August 2025", "2025-08-20"),
            ("Dec 27, 2023", "2023-12-27"),
        ] {
            assert_eq!(iso(text), want, "{text}");
        }
    }

    #[test]
    fn digits_and_numeric_forms() {
        for (text, want) in [
            ("٢٧/١٢/٢٠٢٣", "2023-12-27"),
            ("۲۷-۱۲-۲۰۲۳", "2023-12-27"),
            ("27.12.2023", "2023-12-27"),
            ("2023/12/27", "2023-12-27"),
            ("5/6/2023", "2023-06-05"),
            ("12/27/2023", "2023-12-27"),
            ("2023-12-27T10:30:00.123Z", "2023-12-27T10:30:00+00:00"),
            ("2023-12-27 10:30", "2023-12-27T10:30"),
            ("31/2/2023", "None"),
            ("27/13/2023", "None"),
            ("27/12/99999999999", "None"),
            ("27/12/23", "None"),
        ] {
            assert_eq!(iso(text), want, "{text}");
        }
    }

    #[test]
    fn invisible_controls_change_nothing() {
        assert_eq!(iso("\u{200F}27\u{200E} ديسمبر\u{202D} 2023\u{202C}"), "2023-12-27");
        assert_eq!(iso("27 دي\u{0640}سمبر 2023"), "2023-12-27");
    }

    #[test]
    fn times_and_zones() {
        for (text, want) in [
            ("27 ديسمبر 2023 10:30 ص", "2023-12-27T10:30"),
            ("27 ديسمبر 2023 12:15 ص", "2023-12-27T00:15"),
            ("27 ديسمبر 2023 12:15 م", "2023-12-27T12:15"),
            ("27 ديسمبر 2023 الساعة 8:45 مساءً", "2023-12-27T20:45"),
            ("27 ديسمبر 2023 08:15 GMT", "2023-12-27T08:15+00:00"),
            ("27 ديسمبر 2023 08:15 GMT+4", "2023-12-27T08:15+04:00"),
            ("27 ديسمبر 2023 08:15 GMT-03:30", "2023-12-27T08:15-03:30"),
            ("27 ديسمبر 2023 10:30 بتوقيت مكة المكرمة", "2023-12-27T10:30+03:00"),
            ("27 يوليو 2023 10:30 بتوقيت القدس", "2023-07-27T10:30+03:00"),
            ("27 يوليو 2023 10:30 بتوقيت القاهرة", "2023-07-27T10:30+03:00"),
            ("27 يوليو 2022 10:30 بتوقيت القاهرة", "2022-07-27T10:30+02:00"),
            ("27 ديسمبر 2023 10:30 بتوقيت غرينتش", "2023-12-27T10:30+00:00"),
            ("27 ديسمبر 2023 10:30 (ت.غ)", "2023-12-27T10:30+00:00"),
            ("27 ديسمبر 2023 20:26 ت م", "2023-12-27T20:26+03:00"),
            ("27 ديسمبر 2023 25:30", "2023-12-27"),
        ] {
            assert_eq!(iso(text), want, "{text}");
        }
    }

    #[test]
    fn hijri_names_and_variants() {
        for (text, want) in [
            ("1 محرم 1446 هـ", "2024-07-07"),
            ("1 المحرم 1446", "2024-07-07"),
            ("20 ربيع الآخر 1445 هـ", "2023-11-04"),
            ("20 ربيع الثاني 1445 هـ", "2023-11-04"),
            ("1 ربيع الأول 1445 هـ", "2023-09-16"),
            ("1 جمادى الأولى 1445 هـ", "2023-11-15"),
            ("1 جمادى الأول 1445 هـ", "2023-11-15"),
            ("14 جمادى الآخرة 1445هـ", "2023-12-27"),
            ("14 جمادى الثانية 1445 ه", "2023-12-27"),
            ("15 ذو القعدة 1445 هـ", "2024-05-23"),
            ("15 ذي القعدة 1445 هـ", "2024-05-23"),
            ("9 ذي الحجة 1445 هـ", "2024-06-15"),
            ("14 Jumada al-Akhirah 1445 AH", "2023-12-27"),
            ("1 Ramadan 1445 AH", "2024-03-11"),
            ("14-09-1432 هـ, 09:40 صباحاً", "2011-08-14T09:40"),
            ("31 رمضان 1445 هـ", "None"),
            ("1 رمضان 1501 هـ", "None"),
        ] {
            assert_eq!(iso(text), want, "{text}");
        }
        let d = parse_date("1 رمضان 1445 هـ").unwrap();
        assert_eq!(d.hijri, HijriDate::new(1445, 9, 1));
        assert_eq!(d.calendar, Calendar::Hijri);
    }

    #[test]
    fn hijri_gregorian_pairs_are_checked() {
        let d = parse_date("الاثنين 19 جمادى الآخرة 1445 هـ الموافق 1 يناير 2024 م").unwrap();
        assert_eq!(
            (d.calendar, d.hijri_matches(), d.weekday_matches()),
            (Calendar::Both, Some(true), Some(true))
        );
        let d = parse_date("20 جمادى الآخرة 1445 هـ الموافق 1 يناير 2024 م").unwrap();
        assert_eq!(d.to_string(), "2024-01-01");
        assert_eq!(d.hijri_matches(), Some(false));
        assert!(!d.is_consistent());
        let d = parse_date("الأحد 16 يونيو 2024 - 10 ذو الحجة 1445").unwrap();
        assert_eq!(d.hijri, HijriDate::new(1445, 12, 10));
        assert_eq!(d.hijri_matches(), Some(true));
    }

    #[test]
    fn weekday_contradictions_are_reported() {
        let d = parse_date("الجمعة 27 ديسمبر 2023").unwrap();
        assert_eq!(d.weekday, Some(Weekday::Friday));
        assert_eq!(d.weekday_matches(), Some(false));
        assert_eq!(d.date, Date::new(2023, 12, 27));
        assert_eq!(parse_date("27 ديسمبر 2023").unwrap().weekday_matches(), None);
    }

    #[test]
    fn labels() {
        for (text, role) in [
            ("تاريخ النشر: 27 ديسمبر 2023", DateRole::Published),
            ("نُشر في: 27 ديسمبر 2023", DateRole::Published),
            ("نشر بتاريخ 27 ديسمبر 2023", DateRole::Published),
            ("تم النشر: 27 ديسمبر 2023", DateRole::Published),
            ("Published On 27 Dec 2023", DateRole::Published),
            ("آخر تحديث: 27 ديسمبر 2023", DateRole::Updated),
            ("تم التحديث 27 ديسمبر 2023", DateRole::Updated),
            ("محدثة 27 ديسمبر 2023", DateRole::Updated),
            ("Last updated: 27 December 2023", DateRole::Updated),
            ("بتاريخ 27 ديسمبر 2023", DateRole::Unlabelled),
            ("نشر الرئيس بيانا يوم 27 ديسمبر 2023", DateRole::Unlabelled),
        ] {
            assert_eq!(parse_date(text).unwrap().role, role, "{text}");
        }
        assert_eq!(parse_date("تاريخ النشر: غير متوفر"), None);
    }

    #[test]
    fn relative_expressions() {
        for (text, want) in [
            ("منذ 3 ساعات", "2023-12-31T21:00"),
            ("منذ ثلاث ساعات", "2023-12-31T21:00"),
            ("منذ ساعة", "2023-12-31T23:00"),
            ("منذ ساعتين", "2023-12-31T22:00"),
            ("منذ 30 ثانية", "2023-12-31T23:59:30"),
            ("قبل يومين", "2023-12-30"),
            ("منذ 3 أيام", "2023-12-29"),
            ("منذ حوالي ساعة", "2023-12-31T23:00"),
            ("منذ أسبوعين", "2023-12-18"),
            ("منذ شهر", "2023-12-01"),
            ("منذ سنة", "2023-01-01"),
            ("أمس", "2023-12-31"),
            ("يوم أمس", "2023-12-31"),
            ("أول أمس", "2023-12-30"),
            ("أول من أمس", "2023-12-30"),
            ("اليوم 10:30 ص", "2024-01-01T10:30"),
            ("an hour ago", "2023-12-31T23:00"),
            ("منذ عام 2011", "None"),
            ("منذ سنوات", "None"),
            ("منذ 4000000000 سنة", "None"),
        ] {
            assert_eq!(iso(text), want, "{text}");
        }
        let d = parse_date("منذ 3 ساعات").unwrap();
        assert!(d.relative);
        assert_eq!(d.date, None);
        assert_eq!(d.to_string(), "-PT3H");
        assert_eq!(parse_date("اليوم").unwrap().to_string(), "P0D");
        assert_eq!(DateParser::new().relative(false).parse("أمس"), None);
        assert_eq!(parse_date("جريدة اليوم السابع"), None);
        assert_eq!(parse_date("الاقتصاد اليوم"), None);
        assert_eq!(iso("الاقتصاد\nاليوم"), "2024-01-01");
        assert_eq!(iso("اليوم الأربعاء 27 ديسمبر 2023"), "2023-12-27");
        assert_eq!(iso("أمس، 10:30"), "2023-12-31T10:30");
        assert_eq!(iso("اليوم\nعاجل"), "2024-01-01");
    }

    #[test]
    fn find_all_spans() {
        let text = "نشر في: 27/12/2023 - 10:30 م | آخر تحديث: 27/12/2023 - 11:05 م";
        let all: Vec<_> = DateParser::new().find_all(text).collect();
        assert_eq!(all.len(), 2);
        assert_eq!(&text[all[0].span], "27/12/2023 - 10:30 م");
        assert_eq!(all[0].to_string(), "2023-12-27T22:30");
        assert_eq!(all[1].to_string(), "2023-12-27T23:05");
        let text = "الأربعاء 27 ديسمبر 2023";
        assert_eq!(parse_date(text).unwrap().span, Span::new(0, text.len()));
    }

    #[test]
    fn lexer_fast_path_folds_like_fold_char() {
        for c in ('\u{0600}'..='\u{06FF}').filter(|&c| {
            chars::is_arabic_letter(c) || chars::is_diacritic(c) || chars::is_tatweel(c)
        }) {
            let word = format!("ين{c}اير");
            let mut lexer = Lexer { text: &word, pos: 0 };
            let tok = lexer.next_tok().unwrap();
            let want: String = word.chars().filter_map(fold_char).collect();
            assert_eq!(tok.kind, Kind::Word(lookup(want.as_bytes())), "U+{:04X}", c as u32);
            assert_eq!(tok.end, word.len(), "U+{:04X}", c as u32);
        }
        for (a, b) in
            [("أبريل", "ابريل"), ("إبريل", "ابريل"), ("جمادى", "جمادي"), ("الآخرة", "الاخره")]
        {
            let (ta, tb) = (
                Lexer { text: a, pos: 0 }.next_tok().unwrap(),
                Lexer { text: b, pos: 0 }.next_tok().unwrap(),
            );
            assert_eq!(ta.kind, tb.kind, "{a}");
        }
    }

    #[test]
    fn clock_times_alone() {
        let p = DateParser::new();
        let c = p.parse_time("حدث ذلك 3 مرات. // انتهى // 20:26 ت.غ").unwrap();
        assert_eq!((c.time.to_string(), c.utc_offset), ("20:26".to_string(), Some(UtcOffset::UTC)));
        assert_eq!(p.parse_time("10:30 م").unwrap().time, Time::new(22, 30).unwrap());
        assert_eq!(p.parse_time("الساعة 25:10"), None);
        assert_eq!(p.parse_time(""), None);
    }

    #[test]
    fn iso_strings_round_trip() {
        assert_eq!(read_date("2023-12-27"), Date::new(2023, 12, 27));
        assert_eq!(read_time("10:30:05"), Time::with_seconds(10, 30, 5));
        assert_eq!(read_offset("-03:30"), UtcOffset::from_minutes(-210));
        assert_eq!(read_date("2023-13-27"), None);
    }
}
