//! The building blocks: `normalize`, `tokenize`, `words`, `sentences`, `stem`,
//! `is_stop_word`,
//! `parse_date`, and their `Token`, `Sentence` and `NewsDate` classes.
//!
//! Offsets given to Python are `str` indices (code points), so that
//! `text[t.start:t.end] == t.text`, not the Rust byte offsets.

use arabic_news::{Hamza, Normalizer, Script, Span, TokenKind};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::dates::{self, DateParts};

/// Maps increasing byte offsets of one text to code point offsets.
pub(crate) struct CharIndex<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
    ascii: bool,
}

impl<'a> CharIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        CharIndex { text, byte: 0, chars: 0, ascii: text.is_ascii() }
    }
    /// The code point offset of byte `to`; `to` must not be less than the last one asked.
    pub(crate) fn at(&mut self, to: usize) -> usize {
        if self.ascii {
            return to;
        }
        if to < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..to].chars().count();
        self.byte = to;
        self.chars
    }
    /// The code point offsets of a byte span (not before the last one asked).
    pub(crate) fn span(&mut self, span: Span) -> (usize, usize) {
        (self.at(span.start), self.at(span.end))
    }
}

/// The options of `normalize` (the `Normalizer` setters), by name; `caller`
/// names the function in error messages.
fn apply_option(
    caller: &str,
    n: Normalizer,
    name: &str,
    value: &Bound<'_, PyAny>,
) -> PyResult<Normalizer> {
    if name == "hamza" {
        let mode: String = value.extract()?;
        let mode = match mode.as_str() {
            "keep" => Hamza::Keep,
            "fold_carriers" => Hamza::FoldCarriers,
            "to_hamza" => Hamza::ToHamza,
            _ => {
                return Err(PyValueError::new_err(format!(
                    "hamza must be 'keep', 'fold_carriers' or 'to_hamza', not {mode:?}"
                )));
            }
        };
        return Ok(n.hamza(mode));
    }
    // The name first: an unknown option is that, whatever its value.
    let setter: fn(Normalizer, bool) -> Normalizer = match name {
        "strip_tatweel" => Normalizer::strip_tatweel,
        "strip_diacritics" => Normalizer::strip_diacritics,
        "keep_shadda" => Normalizer::keep_shadda,
        "superscript_alef_to_alef" => Normalizer::superscript_alef_to_alef,
        "fold_alef" => Normalizer::fold_alef,
        "fold_alef_maksura" => Normalizer::fold_alef_maksura,
        "fold_teh_marbuta" => Normalizer::fold_teh_marbuta,
        "fold_persian" => Normalizer::fold_persian,
        "fold_digits" => Normalizer::fold_digits,
        "decompose_presentation_forms" => Normalizer::decompose_presentation_forms,
        "remove_invisible" => Normalizer::remove_invisible,
        "normalize_spaces" => Normalizer::normalize_spaces,
        "lowercase_latin" => Normalizer::lowercase_latin,
        "fold_punctuation" => Normalizer::fold_punctuation,
        _ => {
            return Err(PyTypeError::new_err(format!(
                "{caller}() got an unexpected keyword argument {name:?}"
            )));
        }
    };
    let yes: bool = value
        .extract()
        .map_err(|_| PyTypeError::new_err(format!("{caller} option {name:?} takes a bool")))?;
    Ok(setter(n, yes))
}

/// The `Normalizer` of a preset name and the `Normalizer` setters by name (the
/// options of `normalize`); `caller` names the function in error messages.
pub(crate) fn normalizer(
    caller: &str,
    preset: &str,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<Normalizer> {
    let mut n = match preset {
        "search" => Normalizer::SEARCH,
        "display" => Normalizer::DISPLAY,
        "none" => Normalizer::new(),
        _ => {
            return Err(PyValueError::new_err(format!(
                "preset must be 'search', 'display' or 'none', not {preset:?}"
            )));
        }
    };
    if let Some(options) = options {
        for (k, v) in options {
            n = apply_option(caller, n, k.extract::<&str>()?, &v)?;
        }
    }
    Ok(n)
}

/// Normalizes Arabic text; see `arabic_news.pyi`.
#[pyfunction]
#[pyo3(signature = (text, preset = "search", **options))]
pub(crate) fn normalize(
    py: Python<'_>,
    text: &str,
    preset: &str,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<String> {
    let n = normalizer("normalize", preset, options)?;
    // Large texts normalize without the GIL; small ones are not worth the switch.
    Ok(crate::detach_if(py, text.len() > 64 * 1024, || n.normalize(text).into_owned()))
}

/// Whether `word` is an Arabic stop word (diacritics and letter variants aside).
#[pyfunction]
pub(crate) fn is_stop_word(word: &str) -> bool {
    arabic_news::is_stop_word(word)
}

/// Reduces an Arabic word to its light stem.
#[pyfunction]
#[pyo3(signature = (word, *, light10 = false))]
pub(crate) fn stem(word: &str, light10: bool) -> &str {
    arabic_news::Stemmer::new().light10(light10).stem(word)
}

/// A token kind as Python spells it: the kind, and a word's script.
pub(crate) const fn kind_name(kind: TokenKind) -> (&'static str, Option<&'static str>) {
    match kind {
        TokenKind::Word(Script::Arabic) => ("word", Some("arabic")),
        TokenKind::Word(Script::Latin) => ("word", Some("latin")),
        TokenKind::Word(_) => ("word", Some("other")),
        TokenKind::Number => ("number", None),
        TokenKind::Punct => ("punct", None),
        TokenKind::Space => ("space", None),
        TokenKind::Url => ("url", None),
        TokenKind::Email => ("email", None),
        TokenKind::Hashtag => ("hashtag", None),
        TokenKind::Mention => ("mention", None),
        _ => ("symbol", None),
    }
}

/// One token of a text.
#[pyclass(module = "arabic_news", frozen, eq, hash, get_all)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Token {
    text: String,
    start: usize,
    end: usize,
    kind: &'static str,
    script: Option<&'static str>,
}

#[pymethods]
impl Token {
    #[getter]
    fn is_word(&self) -> bool {
        self.kind == "word"
    }
    fn __str__(&self) -> &str {
        &self.text
    }
    fn __repr__(&self) -> String {
        format!("Token({:?}, {}..{}, {:?})", self.text, self.start, self.end, self.kind)
    }
}

fn tokens<'a>(text: &str, it: impl Iterator<Item = arabic_news::Token<'a>>) -> Vec<Token> {
    let mut index = CharIndex::new(text);
    it.map(|t| {
        let (start, end) = index.span(t.span());
        let (kind, script) = kind_name(t.kind());
        Token { text: t.as_str().to_owned(), start, end, kind, script }
    })
    .collect()
}

/// Every token of `text`, spaces and punctuation included.
#[pyfunction]
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    tokens(text, arabic_news::tokenize(text))
}

/// The word and number tokens of `text`.
#[pyfunction]
pub(crate) fn words(text: &str) -> Vec<Token> {
    tokens(text, arabic_news::words(text))
}

/// One sentence of a text.
#[pyclass(module = "arabic_news", frozen, eq, hash, get_all)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Sentence {
    text: String,
    start: usize,
    end: usize,
}

#[pymethods]
impl Sentence {
    fn __str__(&self) -> &str {
        &self.text
    }
    fn __repr__(&self) -> String {
        format!("Sentence({:?}, {}..{})", self.text, self.start, self.end)
    }
}

/// The sentences of `text`.
#[pyfunction]
pub(crate) fn sentences(text: &str) -> Vec<Sentence> {
    let mut index = CharIndex::new(text);
    arabic_news::sentences(text)
        .map(|s| {
            let (start, end) = index.span(s.span());
            Sentence { text: s.as_str().to_owned(), start, end }
        })
        .collect()
}

/// A date found in news text.
#[pyclass(module = "arabic_news", frozen, eq)]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NewsDate {
    inner: arabic_news::NewsDate,
    /// The resolved parts of `inner`.
    parts: DateParts,
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
}

#[pymethods]
impl NewsDate {
    #[getter]
    fn date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.parts.py_date(py)
    }
    #[getter]
    fn time<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.parts.py_time(py)
    }
    #[getter]
    fn utc_offset<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.parts.py_utc_offset(py)
    }
    #[getter]
    fn datetime<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.parts.py_datetime(py)
    }
    #[getter]
    fn hijri(&self) -> Option<crate::article::HijriDate> {
        self.parts.hijri.map(|inner| crate::article::HijriDate { inner })
    }
    /// Monday is 0, as `datetime.date.weekday()`.
    #[getter]
    fn weekday(&self) -> Option<u8> {
        self.inner.weekday.map(|w| w.number_from_monday() - 1)
    }
    #[getter]
    fn calendar(&self) -> &'static str {
        dates::calendar_name(self.inner.calendar)
    }
    #[getter]
    fn relative(&self) -> bool {
        self.inner.relative
    }
    #[getter]
    fn ago<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        self.inner
            .ago
            .map(|a| {
                let d = PyDict::new(py);
                d.set_item("count", a.count)?;
                d.set_item("unit", unit_name(a.unit))?;
                Ok(d)
            })
            .transpose()
    }
    #[getter]
    fn role(&self) -> &'static str {
        dates::role_name(self.inner.role)
    }
    fn weekday_matches(&self) -> Option<bool> {
        self.inner.weekday_matches()
    }
    fn hijri_matches(&self) -> Option<bool> {
        self.inner.hijri_matches()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", &self.text)?;
        d.set_item("date", self.date(py)?)?;
        d.set_item("time", self.time(py)?)?;
        d.set_item("utc_offset", self.utc_offset(py)?)?;
        d.set_item("hijri", self.parts.hijri_dict(py)?)?;
        d.set_item("weekday", self.weekday())?;
        d.set_item("calendar", self.calendar())?;
        d.set_item("relative", self.inner.relative)?;
        d.set_item("ago", self.ago(py)?)?;
        d.set_item("role", self.role())?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        Ok(d)
    }
    fn __str__(&self) -> String {
        self.inner.to_string()
    }
    fn __repr__(&self) -> String {
        format!("NewsDate({:?}, {:?})", self.inner.to_string(), self.text)
    }
}

const fn unit_name(u: arabic_news::TimeUnit) -> &'static str {
    use arabic_news::TimeUnit as U;
    match u {
        U::Second => "second",
        U::Minute => "minute",
        U::Hour => "hour",
        U::Day => "day",
        U::Week => "week",
        U::Month => "month",
        U::Year => "year",
    }
}

fn news_date(text: &str, index: &mut CharIndex<'_>, d: arabic_news::NewsDate) -> NewsDate {
    let (start, end) = index.span(d.span);
    NewsDate {
        text: text[d.span.start..d.span.end].to_owned(),
        start,
        end,
        parts: DateParts::from(&d),
        inner: d,
    }
}

fn date_parser(reference_time: Option<&Bound<'_, PyAny>>) -> PyResult<arabic_news::DateParser> {
    Ok(match dates::reference(reference_time)? {
        Some((d, t)) => arabic_news::DateParser::new().reference(d, t),
        None => arabic_news::DateParser::new(),
    })
}

/// The first date in `text`, or `None`.
#[pyfunction]
#[pyo3(signature = (text, *, reference_time = None))]
pub(crate) fn parse_date(
    text: &str,
    reference_time: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<NewsDate>> {
    Ok(date_parser(reference_time)?
        .parse(text)
        .map(|d| news_date(text, &mut CharIndex::new(text), d)))
}

/// Every date in `text`, in order.
#[pyfunction]
#[pyo3(signature = (text, *, reference_time = None))]
pub(crate) fn find_dates<'py>(
    py: Python<'py>,
    text: &str,
    reference_time: Option<&Bound<'_, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let mut index = CharIndex::new(text);
    let found: Vec<NewsDate> = date_parser(reference_time)?
        .find_all(text)
        .map(|d| news_date(text, &mut index, d))
        .collect();
    PyList::new(py, found)
}
