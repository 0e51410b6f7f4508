//! Umm al-Qura arithmetic over the generated month-length table.

use super::ummalqura::{END_JDN, FIRST_JDN, FIRST_YEAR, LAST_YEAR, MONTH_LENGTHS, ODD_MONTHS};

const YEARS: usize = MONTH_LENGTHS.len();

/// The length of `month` (1–12) of the table's year index `y`.
const fn month_len(y: usize, month: u8) -> u8 {
    let year = FIRST_YEAR + y as u16;
    let mut i = 0;
    while i < ODD_MONTHS.len() {
        if ODD_MONTHS[i].0 == year && ODD_MONTHS[i].1 == month {
            return ODD_MONTHS[i].2;
        }
        i += 1;
    }
    if MONTH_LENGTHS[y] & (1 << (month - 1)) != 0 { 30 } else { 29 }
}

/// Day offsets (from `FIRST_JDN`) of 1 Muharram of every year, plus the end.
const YEAR_STARTS: [u32; YEARS + 1] = {
    let mut out = [0u32; YEARS + 1];
    let mut y = 0;
    while y < YEARS {
        let mut len = 0u32;
        let mut m = 1;
        while m <= 12 {
            len += month_len(y, m) as u32;
            m += 1;
        }
        out[y + 1] = out[y] + len;
        y += 1;
    }
    assert!(FIRST_JDN + out[YEARS] as i64 == END_JDN, "month table does not add up");
    out
};

/// The number of days of Hijri `month` of `year`, when the table covers it.
pub(crate) const fn month_length(year: u16, month: u8) -> Option<u8> {
    if year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 {
        return None;
    }
    Some(month_len((year - FIRST_YEAR) as usize, month))
}

/// The Julian Day Number of a valid Hijri date, or `None` outside the table.
pub(crate) const fn to_jdn(year: u16, month: u8, day: u8) -> Option<i64> {
    let Some(len) = month_length(year, month) else { return None };
    if day < 1 || day > len {
        return None;
    }
    let y = (year - FIRST_YEAR) as usize;
    let mut off = YEAR_STARTS[y] as i64;
    let mut m = 1;
    while m < month {
        off += month_len(y, m) as i64;
        m += 1;
    }
    Some(FIRST_JDN + off + day as i64 - 1)
}

/// The Hijri date of a Julian Day Number, or `None` outside the table.
pub(crate) const fn from_jdn(jdn: i64) -> Option<(u16, u8, u8)> {
    if jdn < FIRST_JDN || jdn >= END_JDN {
        return None;
    }
    let off = (jdn - FIRST_JDN) as u32;
    // Binary search for the last year start <= off.
    let (mut lo, mut hi) = (0usize, YEARS);
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if YEAR_STARTS[mid] <= off {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let mut rest = off - YEAR_STARTS[lo];
    let mut m = 1;
    while m <= 12 {
        let len = month_len(lo, m) as u32;
        if rest < len {
            return Some((FIRST_YEAR + lo as u16, m, rest as u8 + 1));
        }
        rest -= len;
        m += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_round_trips_every_day() {
        for jdn in FIRST_JDN..END_JDN {
            let (y, m, d) = from_jdn(jdn).unwrap();
            assert_eq!(to_jdn(y, m, d), Some(jdn));
        }
        assert_eq!(from_jdn(FIRST_JDN - 1), None);
        assert_eq!(from_jdn(END_JDN), None);
    }

    #[test]
    fn known_month_starts() {
        // 1 Muharram 1343 = JDN 2423999 (1924-08-01); 1 Ramadan 1445 = 2024-03-11 (JDN 2460381).
        assert_eq!(to_jdn(1343, 1, 1), Some(2_423_999));
        assert_eq!(to_jdn(1445, 9, 1), Some(2_460_381));
        assert_eq!(to_jdn(1410, 8, 30), None);
        assert_eq!(to_jdn(1342, 12, 1), None);
        assert_eq!(to_jdn(1501, 1, 1), None);
        assert_eq!(month_length(1343, 9), Some(28));
    }
}
