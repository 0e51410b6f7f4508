//! Dates as plain parts, and their Python forms (`datetime.date`, `datetime.time`,
//! `datetime.timezone`).

use arabic_news::{ArticleDate, Calendar, Date, DateRole, HijriDate, NewsDate, Time, UtcOffset};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDate, PyDateTime, PyDelta, PyDict, PyTime, PyTzInfo};

/// The resolved parts of a date, whichever Rust type they come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct DateParts {
    pub date: Option<Date>,
    pub time: Option<Time>,
    pub utc_offset: Option<UtcOffset>,
    pub calendar: Calendar,
    pub hijri: Option<HijriDate>,
}

/// `From<&T> for DateParts`, for the Rust types that hold the same parts.
macro_rules! date_parts_from {
    ($($t:ty),*) => {$(
        impl From<&$t> for DateParts {
            fn from(d: &$t) -> Self {
                DateParts {
                    date: d.date,
                    time: d.time,
                    utc_offset: d.utc_offset,
                    calendar: d.calendar,
                    hijri: d.hijri,
                }
            }
        }
    )*};
}

date_parts_from!(NewsDate, ArticleDate);

pub(crate) const fn calendar_name(c: Calendar) -> &'static str {
    match c {
        Calendar::Hijri => "hijri",
        Calendar::Both => "both",
        _ => "gregorian",
    }
}

pub(crate) const fn role_name(r: DateRole) -> &'static str {
    match r {
        DateRole::Published => "published",
        DateRole::Updated => "updated",
        _ => "unlabelled",
    }
}

fn py_tz<'py>(py: Python<'py>, o: Option<UtcOffset>) -> PyResult<Option<Bound<'py, PyTzInfo>>> {
    o.map(|o| {
        let delta = PyDelta::new(py, 0, o.minutes() * 60, 0, true)?;
        PyTzInfo::fixed_offset(py, delta)
    })
    .transpose()
}

/// The Python values of the parts: what the date classes' getters return.
impl DateParts {
    /// `datetime.date`.
    pub(crate) fn py_date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.date.map(|d| Ok(PyDate::new(py, d.year(), d.month(), d.day())?.into_any())).transpose()
    }

    /// `datetime.timezone`, when the offset is known.
    pub(crate) fn py_utc_offset<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        Ok(py_tz(py, self.utc_offset)?.map(Bound::into_any))
    }

    /// `datetime.time`, aware (with a fixed-offset `tzinfo`) when the offset is known.
    pub(crate) fn py_time<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let Some(t) = self.time else { return Ok(None) };
        let tz = py_tz(py, self.utc_offset)?;
        let time = PyTime::new(py, t.hour(), t.minute(), t.second().unwrap_or(0), 0, tz.as_ref())?;
        Ok(Some(time.into_any()))
    }

    /// `datetime.datetime` when both date and time are known (aware when the offset is).
    pub(crate) fn py_datetime<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let (Some(d), Some(t)) = (self.date, self.time) else { return Ok(None) };
        let tz = py_tz(py, self.utc_offset)?;
        let datetime = PyDateTime::new(
            py,
            d.year(),
            d.month(),
            d.day(),
            t.hour(),
            t.minute(),
            t.second().unwrap_or(0),
            0,
            tz.as_ref(),
        )?;
        Ok(Some(datetime.into_any()))
    }

    /// The Hijri date as a dict (`to_dict`'s value).
    pub(crate) fn hijri_dict<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        self.hijri.map(|h| hijri_dict(py, h)).transpose()
    }
}

pub(crate) fn hijri_dict<'py>(py: Python<'py>, h: HijriDate) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("year", h.year())?;
    d.set_item("month", h.month())?;
    d.set_item("day", h.day())?;
    Ok(d)
}

/// A reference time from a `datetime.datetime` (wall clock, tzinfo ignored) or a
/// `datetime.date` (midnight).
pub(crate) fn reference(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<(Date, Time)>> {
    let Some(obj) = obj else { return Ok(None) };
    let bad =
        || PyTypeError::new_err("reference_time must be a datetime.datetime or datetime.date");
    if !obj.is_instance_of::<PyDate>() {
        return Err(bad());
    }
    let get = |name: &str| obj.getattr(name);
    let date = Date::new(get("year")?.extract()?, get("month")?.extract()?, get("day")?.extract()?)
        .ok_or_else(bad)?;
    let time = if obj.is_instance_of::<PyDateTime>() {
        Time::with_seconds(
            get("hour")?.extract()?,
            get("minute")?.extract()?,
            get("second")?.extract()?,
        )
        .ok_or_else(bad)?
    } else {
        Time::MIDNIGHT
    };
    Ok(Some((date, time)))
}
