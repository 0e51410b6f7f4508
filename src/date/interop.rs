//! Conversions to and from the civil date and time types of `jiff` and `chrono`
//! (features `jiff` and `chrono`).
//!
//! Ours → theirs never fails: every [`Date`], [`Time`] and [`UtcOffset`] is a
//! value of theirs. Theirs → ours fails ([`ErrorKind::InvalidValue`]) for a
//! year outside 1..=9999 or an offset that is not whole minutes within ±18:00;
//! a time's fraction of a second is dropped (our times count whole seconds).

#[cfg(any(feature = "jiff", feature = "chrono"))]
use super::{Date, Time, UtcOffset};
#[cfg(any(feature = "jiff", feature = "chrono"))]
use crate::{Error, ErrorKind};

#[cfg(any(feature = "jiff", feature = "chrono"))]
const YEARS: Error =
    Error::new(ErrorKind::InvalidValue { expected: "a date in years 1 to 9999" }, 0);
#[cfg(any(feature = "jiff", feature = "chrono"))]
const OFFSETS: Error =
    Error::new(ErrorKind::InvalidValue { expected: "an offset of whole minutes within ±18:00" }, 0);

/// A time with seconds from the parts another crate gives.
#[cfg(any(feature = "jiff", feature = "chrono"))]
fn time_from(hour: u8, minute: u8, second: u8) -> Time {
    // Another crate's hour, minute and second are always in range.
    Time::with_seconds(hour, minute, second.min(59)).unwrap_or(Time::MIDNIGHT)
}

/// An offset from seconds east of UTC.
#[cfg(any(feature = "jiff", feature = "chrono"))]
fn offset_from(seconds: i32) -> Result<UtcOffset, Error> {
    if seconds % 60 != 0 {
        return Err(OFFSETS);
    }
    UtcOffset::from_minutes(seconds / 60).ok_or(OFFSETS)
}

#[cfg(feature = "jiff")]
mod jiff_impls {
    use super::{Date, Error, OFFSETS, Time, UtcOffset, YEARS, offset_from, time_from};
    use jiff::civil;
    use jiff::tz::Offset;

    #[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
    impl From<Date> for civil::Date {
        /// The same day as a `jiff` civil date.
        ///
        /// # Example
        ///
        /// ```
        /// let d = arabic_news::Date::new(2023, 12, 27).unwrap();
        /// assert_eq!(jiff::civil::Date::from(d), jiff::civil::date(2023, 12, 27));
        /// ```
        fn from(d: Date) -> Self {
            // Years 1..=9999 are inside jiff's range, so this never falls back.
            civil::Date::new(d.year() as i16, d.month() as i8, d.day() as i8)
                .unwrap_or(civil::Date::ZERO)
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
    impl TryFrom<civil::Date> for Date {
        type Error = Error;

        /// The same day, when its year is in 1..=9999.
        ///
        /// # Errors
        ///
        /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) for a year
        /// outside 1..=9999.
        ///
        /// # Example
        ///
        /// ```
        /// use arabic_news::Date;
        /// let d = Date::try_from(jiff::civil::date(2024, 2, 29))?;
        /// assert_eq!(d.to_string(), "2024-02-29");
        /// assert!(Date::try_from(jiff::civil::date(-5, 1, 1)).is_err());
        /// # Ok::<(), arabic_news::Error>(())
        /// ```
        fn try_from(d: civil::Date) -> Result<Self, Error> {
            let year = i32::from(d.year());
            Date::new(year, d.month() as u8, d.day() as u8).ok_or(YEARS)
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
    impl From<Time> for civil::Time {
        /// The same wall-clock time (seconds `0` when ours has none).
        ///
        /// # Example
        ///
        /// ```
        /// let t = arabic_news::Time::new(22, 30).unwrap();
        /// assert_eq!(jiff::civil::Time::from(t), jiff::civil::time(22, 30, 0, 0));
        /// ```
        fn from(t: Time) -> Self {
            let second = t.second().unwrap_or(0);
            civil::Time::new(t.hour() as i8, t.minute() as i8, second as i8, 0)
                .unwrap_or(civil::Time::midnight())
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
    impl From<civil::Time> for Time {
        /// The same wall-clock time with seconds; the fraction of a second is dropped.
        ///
        /// # Example
        ///
        /// ```
        /// let t = arabic_news::Time::from(jiff::civil::time(9, 5, 7, 500_000_000));
        /// assert_eq!(t.to_string(), "09:05:07");
        /// ```
        fn from(t: civil::Time) -> Self {
            time_from(t.hour() as u8, t.minute() as u8, t.second() as u8)
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
    impl From<UtcOffset> for Offset {
        /// The same offset from UTC.
        ///
        /// # Example
        ///
        /// ```
        /// let o = arabic_news::UtcOffset::from_minutes(180).unwrap();
        /// assert_eq!(jiff::tz::Offset::from(o), jiff::tz::offset(3));
        /// ```
        fn from(o: UtcOffset) -> Self {
            Offset::from_seconds(o.minutes() * 60).unwrap_or(Offset::UTC)
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
    impl TryFrom<Offset> for UtcOffset {
        type Error = Error;

        /// The same offset, when it is whole minutes within ±18:00.
        ///
        /// # Errors
        ///
        /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) otherwise.
        ///
        /// # Example
        ///
        /// ```
        /// use arabic_news::UtcOffset;
        /// assert_eq!(UtcOffset::try_from(jiff::tz::offset(-5))?.minutes(), -300);
        /// assert!(UtcOffset::try_from(jiff::tz::offset(20)).is_err());
        /// # Ok::<(), arabic_news::Error>(())
        /// ```
        fn try_from(o: Offset) -> Result<Self, Error> {
            offset_from(o.seconds()).map_err(|_| OFFSETS)
        }
    }
}

#[cfg(feature = "chrono")]
mod chrono_impls {
    use super::{Date, Error, Time, UtcOffset, YEARS, offset_from, time_from};
    use chrono::{Datelike, FixedOffset, NaiveDate, NaiveTime, Offset as _, Timelike};

    #[cfg_attr(docsrs, doc(cfg(feature = "chrono")))]
    impl From<Date> for NaiveDate {
        /// The same day as a `chrono` naive date.
        ///
        /// # Example
        ///
        /// ```
        /// let d = arabic_news::Date::new(2023, 12, 27).unwrap();
        /// assert_eq!(chrono::NaiveDate::from(d), chrono::NaiveDate::from_ymd_opt(2023, 12, 27).unwrap());
        /// ```
        fn from(d: Date) -> Self {
            // Years 1..=9999 are inside chrono's range, so this never falls back.
            NaiveDate::from_ymd_opt(d.year(), u32::from(d.month()), u32::from(d.day()))
                .unwrap_or(NaiveDate::MIN)
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "chrono")))]
    impl TryFrom<NaiveDate> for Date {
        type Error = Error;

        /// The same day, when its year is in 1..=9999.
        ///
        /// # Errors
        ///
        /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) for a year
        /// outside 1..=9999.
        ///
        /// # Example
        ///
        /// ```
        /// use arabic_news::Date;
        /// use chrono::NaiveDate;
        /// let d = Date::try_from(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())?;
        /// assert_eq!(d.to_string(), "2024-02-29");
        /// assert!(Date::try_from(NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap()).is_err());
        /// # Ok::<(), arabic_news::Error>(())
        /// ```
        fn try_from(d: NaiveDate) -> Result<Self, Error> {
            Date::new(d.year(), d.month() as u8, d.day() as u8).ok_or(YEARS)
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "chrono")))]
    impl From<Time> for NaiveTime {
        /// The same wall-clock time (seconds `0` when ours has none).
        ///
        /// # Example
        ///
        /// ```
        /// let t = arabic_news::Time::new(22, 30).unwrap();
        /// assert_eq!(chrono::NaiveTime::from(t), chrono::NaiveTime::from_hms_opt(22, 30, 0).unwrap());
        /// ```
        fn from(t: Time) -> Self {
            let second = u32::from(t.second().unwrap_or(0));
            NaiveTime::from_hms_opt(u32::from(t.hour()), u32::from(t.minute()), second)
                .unwrap_or(NaiveTime::MIN)
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "chrono")))]
    impl From<NaiveTime> for Time {
        /// The same wall-clock time with seconds; the fraction of a second (and
        /// a leap second's extra second) is dropped.
        ///
        /// # Example
        ///
        /// ```
        /// let t = chrono::NaiveTime::from_hms_milli_opt(9, 5, 7, 500).unwrap();
        /// assert_eq!(arabic_news::Time::from(t).to_string(), "09:05:07");
        /// ```
        fn from(t: NaiveTime) -> Self {
            time_from(t.hour() as u8, t.minute() as u8, t.second() as u8)
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "chrono")))]
    impl From<UtcOffset> for FixedOffset {
        /// The same offset from UTC.
        ///
        /// # Example
        ///
        /// ```
        /// let o = arabic_news::UtcOffset::from_minutes(180).unwrap();
        /// assert_eq!(chrono::FixedOffset::from(o), chrono::FixedOffset::east_opt(3 * 3600).unwrap());
        /// ```
        fn from(o: UtcOffset) -> Self {
            // ±18:00 is inside chrono's range, so this never falls back.
            FixedOffset::east_opt(o.minutes() * 60).unwrap_or(chrono::Utc.fix())
        }
    }

    #[cfg_attr(docsrs, doc(cfg(feature = "chrono")))]
    impl TryFrom<FixedOffset> for UtcOffset {
        type Error = Error;

        /// The same offset, when it is whole minutes within ±18:00.
        ///
        /// # Errors
        ///
        /// [`ErrorKind::InvalidValue`](crate::ErrorKind::InvalidValue) otherwise.
        ///
        /// # Example
        ///
        /// ```
        /// use arabic_news::UtcOffset;
        /// use chrono::FixedOffset;
        /// assert_eq!(UtcOffset::try_from(FixedOffset::west_opt(5 * 3600).unwrap())?.minutes(), -300);
        /// assert!(UtcOffset::try_from(FixedOffset::east_opt(30).unwrap()).is_err());
        /// # Ok::<(), arabic_news::Error>(())
        /// ```
        fn try_from(o: FixedOffset) -> Result<Self, Error> {
            offset_from(o.local_minus_utc())
        }
    }
}
