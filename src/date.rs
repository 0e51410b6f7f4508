//! Dates as Arabic news writes them (issue #4). SKELETON: the public types are fixed,
//! the parser is being written.

use crate::Span;

/// A Gregorian calendar date.
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

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// What a date line says the date is: the publication, an update, or unlabelled.
///
/// # Example
///
/// ```
/// use arabic_news::DateRole;
/// assert_ne!(DateRole::Published, DateRole::Updated);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DateRole {
    /// No label, or a label that says neither.
    #[default]
    Unlabelled,
    /// A publication label: تاريخ النشر، نشر في، نشر بتاريخ …
    Published,
    /// An update label: آخر تحديث، تم التحديث، Last updated …
    Updated,
}

/// A date found in news text.
///
/// # Example
///
/// ```
/// let _ = arabic_news::parse_date("27 ديسمبر 2023");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct NewsDate {
    /// The Gregorian date; `None` only for a relative expression with no reference.
    pub date: Option<Date>,
    /// The byte span of the expression in the parsed text.
    pub span: Span,
    /// Whether the expression was relative (منذ 3 ساعات، أمس).
    pub relative: bool,
    /// Published, updated or unlabelled.
    pub role: DateRole,
}

/// Finds the first date expression in `text`.
///
/// # Example
///
/// ```
/// let _ = arabic_news::parse_date("27 ديسمبر 2023");
/// ```
#[must_use]
pub fn parse_date(text: &str) -> Option<NewsDate> {
    let _ = text;
    None
}
