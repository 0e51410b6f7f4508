//! The `Article` model as users see it: typed dates, the stable JSON shape,
//! `Display`, and the string forms of `Date`, `Time` and `UtcOffset`.

use arabic_news::{Calendar, Date, ErrorKind, HijriDate, Time, UtcOffset, parse};

const SAMPLE: &str = include_str!("../../examples/data/sample_article.txt");

/// The JSON of the sample article, byte for byte as `cargo run --example
/// parse` printed it before dates were typed: the serde shape is part of the
/// API. A parser change that changes the sample's fields updates the file
/// (`ARABIC_NEWS_BLESS=1`); a type change must not.
#[cfg(feature = "serde")]
#[test]
fn sample_json_is_unchanged() {
    let article = parse(SAMPLE).expect("the sample parses");
    let got = serde_json::to_string_pretty(&article).expect("json") + "\n";
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample_article.json");
    if std::env::var_os("ARABIC_NEWS_BLESS").is_some() {
        std::fs::write(&path, &got).expect("write the snapshot");
    }
    let want = std::fs::read_to_string(&path).expect("tests/fixtures/sample_article.json");
    assert!(got == want, "the sample's JSON changed:\n{got}");
    let back: arabic_news::Article = serde_json::from_str(&want).expect("the JSON reads back");
    assert_eq!(back, article);
}

#[test]
fn dates_are_typed() {
    let article = parse(SAMPLE).expect("the sample parses");
    // The line a user's first program wrote.
    let d: Date = article.published.clone().unwrap().date.unwrap();
    assert_eq!(d, Date::new(2023, 12, 27).unwrap());
    let p = article.published.as_ref().unwrap();
    assert_eq!(p.time, Time::new(10, 30));
    assert_eq!(p.utc_offset, None);
    assert_eq!(p.calendar, Calendar::Both);
    assert_eq!(p.hijri, HijriDate::new(1445, 6, 14));
    assert_eq!(p.hijri_matches(), Some(true));
    assert_eq!(p.hijri.unwrap().to_gregorian(), d);
    let u = article.updated.as_ref().unwrap();
    assert_eq!((u.date, u.time, u.calendar), (Some(d), Time::new(14, 45), Calendar::Gregorian));
}

#[test]
fn hijri_only_and_zoned_dates() {
    let body = "أعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.";
    let a = parse(&format!("عنوان الخبر هنا اليوم\n1 رمضان 1445 هـ\n{body}")).unwrap();
    let p = a.published.unwrap();
    assert_eq!((p.calendar, p.date), (Calendar::Hijri, Date::new(2024, 3, 11)));
    assert_eq!(p.hijri, HijriDate::new(1445, 9, 1));
    assert_eq!(p.hijri_matches(), None);
    let a =
        parse(&format!("عنوان الخبر هنا اليوم\nنشر في: 27 ديسمبر 2023 - 08:15:30 GMT+4\n{body}"))
            .unwrap();
    let p = a.published.unwrap();
    assert_eq!(p.time, Time::with_seconds(8, 15, 30));
    assert_eq!(p.utc_offset, UtcOffset::from_minutes(240));
}

#[cfg(feature = "serde")]
#[test]
fn article_dates_serialize_as_strings() {
    use arabic_news::ArticleDate;
    let nd =
        arabic_news::parse_date("20 جمادى الآخرة 1445 هـ الموافق 1 يناير 2024 م - 10:30:05 GMT")
            .unwrap();
    let mut d = ArticleDate::from(&nd);
    d.text = "x".to_owned();
    let json = serde_json::to_string(&d).unwrap();
    assert_eq!(
        json,
        r#"{"text":"x","date":"2024-01-01","time":"10:30:05","utc_offset":"+00:00","calendar":"both","hijri":{"year":1445,"month":6,"day":20}}"#
    );
    assert_eq!(d.hijri_matches(), Some(false));
    assert_eq!(serde_json::from_str::<ArticleDate>(&json).unwrap(), d);
    // Missing fields take their defaults; bad values are errors, not panics.
    let d: ArticleDate = serde_json::from_str(r#"{"text":"أمس"}"#).unwrap();
    assert_eq!((d.date, d.calendar), (None, Calendar::Gregorian));
    for bad in [
        r#"{"date":"2023-02-30"}"#,
        r#"{"time":"25:00"}"#,
        r#"{"utc_offset":"+0300"}"#,
        r#"{"calendar":"julian"}"#,
        r#"{"hijri":{"year":1600,"month":1,"day":1}}"#,
    ] {
        assert!(serde_json::from_str::<ArticleDate>(bad).is_err(), "{bad}");
    }
}

#[test]
fn string_forms_round_trip() {
    for s in ["0001-01-01", "2024-02-29", "9999-12-31"] {
        assert_eq!(s.parse::<Date>().unwrap().to_string(), s);
    }
    for s in ["00:00", "23:59", "10:30:05", "00:00:00"] {
        assert_eq!(s.parse::<Time>().unwrap().to_string(), s);
    }
    for s in ["+00:00", "+03:30", "-05:00", "+18:00", "-18:00"] {
        assert_eq!(s.parse::<UtcOffset>().unwrap().to_string(), s);
    }
    let err = "2023-02-29".parse::<Date>().unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidValue { expected: "a date YYYY-MM-DD" });
    assert_eq!(err.to_string(), "expected a date YYYY-MM-DD");
    assert_eq!(
        "1:30".parse::<Time>().unwrap_err().to_string(),
        "expected a time HH:MM or HH:MM:SS"
    );
    assert!("".parse::<Date>().is_err() && "".parse::<Time>().is_err());
    assert!("+18:01".parse::<UtcOffset>().is_err());
}

#[test]
fn error_messages_name_an_offset_only_when_there_is_one() {
    let msg = |r: Result<arabic_news::Article, arabic_news::Error>| r.unwrap_err().to_string();
    assert_eq!(msg(parse("")), "input holds no text");
    assert_eq!(msg(parse("hello world")), "input holds no arabic text");
    assert_eq!(
        msg(arabic_news::Parser::new().size_limit(3).parse("نص طويل")),
        "input of 13 bytes is over the size limit of 3 bytes"
    );
    assert_eq!(msg(arabic_news::parse_bytes(b"\xD8\xA7 \xFF")), "invalid utf-8 at byte 3");
    assert_eq!(
        msg(parse("\n<!doctype html>\n<html dir=\"rtl\"><title>خبر</title><body><h1>عنوان</h1>")),
        "input is html or xml markup, not page text: extract the visible text first"
    );
    let err = parse("\n<!doctype html>\n<html>").unwrap_err();
    assert_eq!((err.kind(), err.offset()), (&ErrorKind::Markup, 1));
}

#[test]
fn display_reads_like_an_article() {
    let a = parse(SAMPLE).expect("the sample parses");
    let text = a.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], a.title.as_deref().unwrap());
    assert_eq!(
        lines[1],
        "الأربعاء 14 جمادى الآخرة 1445 هـ الموافق 27 ديسمبر 2023 - 10:30 ص (آخر تحديث: 27 ديسمبر 2023 - 14:45)"
    );
    assert_eq!(lines[2], "سلمى حدّاد");
    assert_eq!(lines[3], "الرباط (ومع)");
    for p in &a.body {
        assert!(text.contains(&format!("\n\n{p}\n")), "{p}");
    }
    assert!(
        text.ends_with("المصدر: وكالة المغرب العربي للأنباء\nالوسوم: الصادرات، الزراعة، الاقتصاد\n")
    );
    for b in &a.boilerplate {
        assert!(!text.contains(b.as_str()), "boilerplate is not for readers: {b}");
    }
}

#[cfg(feature = "jiff")]
#[test]
fn jiff_conversions() {
    let d = Date::new(2023, 12, 27).unwrap();
    let j = jiff::civil::Date::from(d);
    assert_eq!(j.to_string(), "2023-12-27");
    assert_eq!(Date::try_from(j).unwrap(), d);
    let t = Time::with_seconds(10, 30, 5).unwrap();
    assert_eq!(Time::from(jiff::civil::Time::from(t)), t);
    let o = UtcOffset::from_minutes(-210).unwrap();
    assert_eq!(UtcOffset::try_from(jiff::tz::Offset::from(o)).unwrap(), o);
    assert!(UtcOffset::try_from(jiff::tz::Offset::from_seconds(30).unwrap()).is_err());
    assert!(Date::try_from(jiff::civil::date(0, 1, 1)).is_err());
}

#[cfg(feature = "chrono")]
#[test]
fn chrono_conversions() {
    let d = Date::new(2023, 12, 27).unwrap();
    let c = chrono::NaiveDate::from(d);
    assert_eq!(c.to_string(), "2023-12-27");
    assert_eq!(Date::try_from(c).unwrap(), d);
    let t = Time::with_seconds(10, 30, 5).unwrap();
    assert_eq!(Time::from(chrono::NaiveTime::from(t)), t);
    let o = UtcOffset::from_minutes(345).unwrap();
    assert_eq!(UtcOffset::try_from(chrono::FixedOffset::from(o)).unwrap(), o);
    assert!(Date::try_from(chrono::NaiveDate::from_ymd_opt(0, 1, 1).unwrap()).is_err());
}
