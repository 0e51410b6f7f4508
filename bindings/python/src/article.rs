//! The frozen Python classes of the article model: `Article`, `ArticleDate`,
//! `HijriDate`, `Dateline`, `Agency`, `Byline`, `Quote`.
//!
//! Each wraps its Rust value; getters build Python values on access, so making an
//! `Article` costs one allocation whatever its size (what `parse_many` needs).

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};

use crate::dates::{self, DateParts};

fn strs<'py>(py: Python<'py>, v: &[String]) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(py, v)
}

/// A news article parsed from a page's text.
#[pyclass(module = "arabic_news", frozen, eq)]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Article {
    pub inner: arabic_news::Article,
}

#[pymethods]
impl Article {
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title.as_deref()
    }
    #[getter]
    fn published(&self) -> Option<ArticleDate> {
        self.inner.published.clone().map(ArticleDate::from)
    }
    #[getter]
    fn updated(&self) -> Option<ArticleDate> {
        self.inner.updated.clone().map(ArticleDate::from)
    }
    #[getter]
    fn dateline(&self) -> Option<Dateline> {
        self.inner.dateline.clone().map(|inner| Dateline { inner })
    }
    #[getter]
    fn byline(&self) -> Option<Byline> {
        self.inner.byline.clone().map(|inner| Byline { inner })
    }
    #[getter]
    fn outlet(&self) -> Option<&str> {
        self.inner.outlet.as_deref()
    }
    #[getter]
    fn body<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        strs(py, &self.inner.body)
    }
    #[getter]
    fn quotes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.quotes.iter().map(|q| Quote { inner: q.clone() }))
    }
    #[getter]
    fn source(&self) -> Option<&str> {
        self.inner.source.as_deref()
    }
    #[getter]
    fn tags<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        strs(py, &self.inner.tags)
    }
    #[getter]
    fn related<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.related.iter().map(|a| Article { inner: a.clone() }))
    }
    #[getter]
    fn boilerplate<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        strs(py, &self.inner.boilerplate)
    }
    #[getter]
    fn kind(&self) -> &'static str {
        kind_name(self.inner.kind)
    }
    #[getter]
    fn url(&self) -> Option<&str> {
        self.inner.url.as_deref()
    }
    #[getter]
    fn site_name(&self) -> Option<&str> {
        self.inner.site_name.as_deref()
    }
    #[getter]
    fn description(&self) -> Option<&str> {
        self.inner.description.as_deref()
    }
    #[getter]
    fn image(&self) -> Option<&str> {
        self.inner.image.as_deref()
    }
    #[getter]
    fn section(&self) -> Option<&str> {
        self.inner.section.as_deref()
    }

    /// The body paragraphs joined by `sep`.
    #[getter]
    fn text(&self) -> String {
        self.inner.body.join("\n\n")
    }

    fn texts(&self) -> Vec<&str> {
        self.inner.texts()
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        article_dict(py, &self.inner)
    }

    #[pyo3(signature = (*, indent = None))]
    fn to_json(&self, indent: Option<usize>) -> PyResult<String> {
        to_json(&self.inner, indent)
    }

    #[staticmethod]
    fn from_json(json: &str) -> PyResult<Article> {
        serde_json::from_str(json)
            .map(|inner| Article { inner })
            .map_err(|e| PyValueError::new_err(format!("not an article JSON: {e}")))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let from_json = slf.get_type().getattr("from_json")?;
        Ok((from_json, (to_json(&slf.get().inner, None)?,)))
    }

    fn __repr__(&self) -> String {
        let a = &self.inner;
        format!(
            "Article(kind={:?}, title={}, published={}, dateline={}, body=<{} paragraphs>, related=<{} items>)",
            kind_name(a.kind),
            repr_opt(a.title.as_deref()),
            repr_opt(a.published.as_ref().map(|d| d.text.as_str())),
            repr_opt(a.dateline.as_ref().map(|d| d.text.as_str())),
            a.body.len(),
            a.related.len()
        )
    }
}

fn to_json<T: serde::Serialize>(value: &T, indent: Option<usize>) -> PyResult<String> {
    let result = match indent {
        None => serde_json::to_string(value),
        Some(n) => {
            let pad = vec![b' '; n];
            let fmt = serde_json::ser::PrettyFormatter::with_indent(&pad);
            let mut out = Vec::new();
            let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
            serde::Serialize::serialize(value, &mut ser)
                .map(|()| String::from_utf8(out).unwrap_or_default())
        }
    };
    result.map_err(|e| PyValueError::new_err(e.to_string()))
}

/// `"article"` or `"listing"`, as the JSON writes it.
pub(crate) const fn kind_name(kind: arabic_news::PageKind) -> &'static str {
    match kind {
        arabic_news::PageKind::Listing => "listing",
        _ => "article",
    }
}

/// A Python-style quoted string, or `None`.
fn repr_opt(s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_owned(), |s| format!("{s:?}"))
}

pub(crate) fn article_dict<'py>(
    py: Python<'py>,
    a: &arabic_news::Article,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("title", &a.title)?;
    d.set_item("published", a.published.as_ref().map(|x| date_dict(py, x)).transpose()?)?;
    d.set_item("updated", a.updated.as_ref().map(|x| date_dict(py, x)).transpose()?)?;
    d.set_item("dateline", a.dateline.as_ref().map(|x| dateline_dict(py, x)).transpose()?)?;
    d.set_item(
        "byline",
        a.byline
            .as_ref()
            .map(|b| -> PyResult<_> {
                let bd = PyDict::new(py);
                bd.set_item("text", &b.text)?;
                bd.set_item("authors", PyList::new(py, &b.authors)?)?;
                Ok(bd)
            })
            .transpose()?,
    )?;
    d.set_item("outlet", &a.outlet)?;
    d.set_item("body", PyList::new(py, &a.body)?)?;
    let quotes = PyList::empty(py);
    for q in &a.quotes {
        quotes.append(Quote { inner: q.clone() }.to_dict(py)?)?;
    }
    d.set_item("quotes", quotes)?;
    d.set_item("source", &a.source)?;
    d.set_item("tags", PyList::new(py, &a.tags)?)?;
    let related = PyList::empty(py);
    for r in &a.related {
        related.append(article_dict(py, r)?)?;
    }
    d.set_item("related", related)?;
    d.set_item("boilerplate", PyList::new(py, &a.boilerplate)?)?;
    d.set_item("kind", kind_name(a.kind))?;
    // From HTML only; the JSON leaves them out when absent, the dict keeps every key.
    d.set_item("url", &a.url)?;
    d.set_item("site_name", &a.site_name)?;
    d.set_item("description", &a.description)?;
    d.set_item("image", &a.image)?;
    d.set_item("section", &a.section)?;
    Ok(d)
}

fn date_dict<'py>(py: Python<'py>, x: &arabic_news::ArticleDate) -> PyResult<Bound<'py, PyDict>> {
    ArticleDate::from(x.clone()).to_dict(py)
}

fn dateline_dict<'py>(py: Python<'py>, x: &arabic_news::Dateline) -> PyResult<Bound<'py, PyDict>> {
    Dateline { inner: x.clone() }.to_dict(py)
}

/// A publication or update date as the page states it.
#[pyclass(module = "arabic_news", frozen, eq)]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ArticleDate {
    text: String,
    parts: DateParts,
}

impl From<arabic_news::ArticleDate> for ArticleDate {
    fn from(d: arabic_news::ArticleDate) -> Self {
        let parts = DateParts::from(&d);
        ArticleDate { text: d.text, parts }
    }
}

#[pymethods]
impl ArticleDate {
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }
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
    fn calendar(&self) -> &'static str {
        dates::calendar_name(self.parts.calendar)
    }
    #[getter]
    fn hijri(&self) -> Option<HijriDate> {
        self.parts.hijri.map(|inner| HijriDate { inner })
    }
    #[getter]
    fn datetime<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.parts.py_datetime(py)
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", &self.text)?;
        d.set_item("date", self.date(py)?)?;
        d.set_item("time", self.time(py)?)?;
        d.set_item("utc_offset", self.utc_offset(py)?)?;
        d.set_item("calendar", self.calendar())?;
        d.set_item("hijri", self.parts.hijri_dict(py)?)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let date = self.date(py)?.map(|d| d.str().map(|s| s.to_string())).transpose()?;
        let time = self.time(py)?.map(|d| d.str().map(|s| s.to_string())).transpose()?;
        Ok(format!(
            "ArticleDate(text={:?}, date={}, time={}, calendar={:?})",
            self.text,
            date.unwrap_or_else(|| "None".into()),
            time.unwrap_or_else(|| "None".into()),
            self.calendar()
        ))
    }
}

/// A Hijri (Umm al-Qura) date.
#[pyclass(module = "arabic_news", frozen, eq, hash)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct HijriDate {
    pub inner: arabic_news::HijriDate,
}

#[pymethods]
impl HijriDate {
    #[getter]
    fn year(&self) -> u16 {
        self.inner.year()
    }
    #[getter]
    fn month(&self) -> u8 {
        self.inner.month()
    }
    #[getter]
    fn day(&self) -> u8 {
        self.inner.day()
    }
    fn to_gregorian<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let d = self.inner.to_gregorian();
        Ok(pyo3::types::PyDate::new(py, d.year(), d.month(), d.day())?.into_any())
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        dates::hijri_dict(py, self.inner)
    }
    fn __repr__(&self) -> String {
        format!("HijriDate(year={}, month={}, day={})", self.year(), self.month(), self.day())
    }
}

/// Where and from which agency or outlet the story was filed.
#[pyclass(module = "arabic_news", frozen, eq)]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Dateline {
    inner: arabic_news::Dateline,
}

#[pymethods]
impl Dateline {
    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }
    #[getter]
    fn place(&self) -> Option<&str> {
        self.inner.place.as_deref()
    }
    #[getter]
    fn agency(&self) -> Option<Agency> {
        self.inner.agency.clone().map(|inner| Agency { inner })
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", &self.inner.text)?;
        d.set_item("place", &self.inner.place)?;
        d.set_item("agency", self.agency().map(|a| a.to_dict(py)).transpose()?)?;
        Ok(d)
    }
    fn __repr__(&self) -> String {
        format!(
            "Dateline(text={:?}, place={}, agency={})",
            self.inner.text,
            repr_opt(self.place()),
            self.agency().map_or_else(|| "None".to_owned(), |a| a.__repr__())
        )
    }
}

/// A news agency or outlet as a dateline names it.
#[pyclass(module = "arabic_news", frozen, eq)]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Agency {
    inner: arabic_news::AgencyRef,
}

#[pymethods]
impl Agency {
    #[getter]
    fn id(&self) -> Option<&str> {
        self.inner.id.as_deref()
    }
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("id", &self.inner.id)?;
        d.set_item("name", &self.inner.name)?;
        Ok(d)
    }
    fn __repr__(&self) -> String {
        format!("Agency(id={}, name={:?})", repr_opt(self.id()), self.inner.name)
    }
}

/// The author line.
#[pyclass(module = "arabic_news", frozen, eq)]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Byline {
    inner: arabic_news::Byline,
}

#[pymethods]
impl Byline {
    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }
    #[getter]
    fn authors<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        strs(py, &self.inner.authors)
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", &self.inner.text)?;
        d.set_item("authors", PyList::new(py, &self.inner.authors)?)?;
        Ok(d)
    }
    fn __repr__(&self) -> String {
        format!("Byline(text={:?}, authors={:?})", self.inner.text, self.inner.authors)
    }
}

/// A quotation in the body.
#[pyclass(module = "arabic_news", frozen, eq)]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Quote {
    inner: arabic_news::Quote,
}

#[pymethods]
impl Quote {
    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }
    #[getter]
    fn speaker(&self) -> Option<&str> {
        self.inner.speaker.as_deref()
    }
    #[getter]
    fn paragraph(&self) -> usize {
        self.inner.paragraph
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", &self.inner.text)?;
        d.set_item("speaker", &self.inner.speaker)?;
        d.set_item("paragraph", self.inner.paragraph)?;
        Ok(d)
    }
    fn __repr__(&self) -> String {
        format!(
            "Quote(text={:?}, speaker={}, paragraph={})",
            self.inner.text,
            repr_opt(self.speaker()),
            self.inner.paragraph
        )
    }
}
