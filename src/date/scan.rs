//! The scanner: a lexer that turns text into numbers, folded words and
//! punctuation, a look-ahead window over its tokens, and the grammar that reads
//! date expressions from them.

use super::names::{Lex, Zone, fold_char, lookup};
use super::{
    Ago, Calendar, Date, DateParser, HijriDate, Time, TimeUnit, UtcOffset, Weekday,
    civil_from_days, days_in_month,
};
use crate::chars;

// ---------------------------------------------------------------------------
// Lexer

/// A token's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A run of digits (any of the three digit sets); `value` saturates, `digits`
    /// counts them (saturating); `ordinal` when an English suffix (27th) follows.
    Num { value: u32, digits: u8, ordinal: bool },
    /// A word, folded and looked up.
    Word(Lex),
    /// Any other single character.
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub(super) kind: Kind,
    pub(super) start: usize,
    pub(super) end: usize,
    /// A line break stands between this token and the one before it.
    pub(super) nl: bool,
}

const NO_TOK: Tok = Tok { kind: Kind::Punct(' '), start: 0, end: 0, nl: false };

/// Longest folded word looked up; longer words are `Lex::Other`.
const WORD_BYTES: usize = 48;

#[derive(Debug, Clone, Copy)]
pub(super) struct Lexer<'a> {
    pub(super) text: &'a str,
    pub(super) pos: usize,
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
    pub(super) fn next_tok(&mut self) -> Option<Tok> {
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
            if crate::chars::is_alphanumeric(c) {
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
pub(super) fn is_candidate(kind: Kind) -> bool {
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
pub(super) struct Window<'a> {
    pub(super) lexer: Lexer<'a>,
    pub(super) toks: [Tok; LOOKAHEAD],
    pub(super) len: usize,
    done: bool,
}

impl<'a> Window<'a> {
    pub(super) fn new(text: &'a str, pos: usize) -> Self {
        Window { lexer: Lexer { text, pos }, toks: [NO_TOK; LOOKAHEAD], len: 0, done: false }
    }

    pub(super) fn get(&mut self, i: usize) -> Option<Tok> {
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
    pub(super) fn shift(&mut self, from: usize) {
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
pub(super) struct Found {
    pub(super) date: Option<Date>,
    pub(super) time: Option<Time>,
    pub(super) offset: Option<UtcOffset>,
    pub(super) hijri: Option<HijriDate>,
    pub(super) weekday: Option<Weekday>,
    pub(super) calendar: Calendar,
    pub(super) ago: Option<Ago>,
    /// Index of the token after the expression (always > 0).
    pub(super) end: usize,
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
    // "26 فبراير 2023", "26/فبراير/2023", "13 / ربيع الأول / 1435 هـ".
    let k = w.skip(i + 1, 2, |k| {
        matches!(k, Kind::Punct(',' | '،' | '.' | '/') | Kind::Word(Lex::Of | Lex::Filler))
            || matches!(k, Kind::Punct(c) if is_dash(c))
    });
    let (cal, month, k) = month_at(w, k)?;
    let k = alt_month(w, k, cal);
    let k = w.skip(k, 1, |k| {
        matches!(k, Kind::Punct(',' | '،' | '.' | '/')) || matches!(k, Kind::Punct(c) if is_dash(c))
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
pub(super) fn clock_at(w: &mut Window<'_>) -> Option<(Time, Option<UtcOffset>, usize)> {
    let (time, end) = time_at(w, 0)?;
    // A place zone needs a date for its summer time; only fixed ones apply here.
    match zone_at(w, end, None, true) {
        Some((off, e)) => Some((time, Some(off), e)),
        None => Some((time, None, end)),
    }
}

impl DateParser {
    /// A date expression starting at token 0 of the window.
    pub(super) fn parse_at(&self, w: &mut Window<'_>) -> Option<Found> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
