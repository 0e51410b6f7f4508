//! `parse_date` and `find_all`: never panic; every span lies inside the input on
//! char boundaries; found dates are in order and do not overlap; a date's ISO
//! form survives a serde JSON round trip.
#![no_main]

use arabic_news::{Date, DateParser, Time};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Some(d) = arabic_news::parse_date(text) {
        assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
        assert!(d.span.start < d.span.end && d.span.end <= text.len());
        let _ = d.to_string();
    }
    let parser = DateParser::new().reference(Date::new(2024, 1, 1).unwrap(), Time::MIDNIGHT);
    let mut last_end = 0;
    for d in parser.find_all(text) {
        assert!(d.span.start >= last_end && d.span.end <= text.len());
        assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
        if let Some(date) = d.date {
            let json = serde_json::to_string(&date).unwrap();
            let back: Date = serde_json::from_str(&json).unwrap();
            assert_eq!(back, date);
        }
        last_end = d.span.end;
    }
    let _ = parser.parse_time(text);
});
