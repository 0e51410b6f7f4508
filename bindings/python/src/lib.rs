//! `arabic_news._native`: the Rust half of the `arabic_news` Python package.
//!
//! The pure-Python half (`python/arabic_news/`) re-exports these functions and
//! classes and adds the engine integrations (datatrove, Spark, Ray). The Python API
//! is documented in `python/arabic_news/_native.pyi`.

mod analyze;
mod arrow;
mod article;
mod dates;
mod text;

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};

use arabic_news::{ErrorKind, Parser};
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::marker::Ungil;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString};

use crate::article::Article;

create_exception!(
    arabic_news,
    ParseError,
    PyValueError,
    "The page holds no article (empty, no Arabic text, HTML markup), is over the size limit, or is not UTF-8."
);

const fn kind_name(kind: &ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Empty => "empty",
        ErrorKind::NoArabic => "no_arabic",
        ErrorKind::TooLarge { .. } => "too_large",
        ErrorKind::InvalidUtf8 => "invalid_utf8",
        ErrorKind::Markup => "markup",
        ErrorKind::TooManyNodes { .. } => "too_many_nodes",
        ErrorKind::TooDeep { .. } => "too_deep",
        _ => "other",
    }
}

/// The Python exception for a Rust parse error: the Rust message, and `kind` and
/// `byte_offset` attributes.
pub(crate) fn parse_error(py: Python<'_>, e: &arabic_news::Error) -> PyErr {
    let err = ParseError::new_err(e.to_string());
    let value = err.value(py);
    // Setting attributes on a fresh exception instance cannot fail.
    let _ = value.setattr("kind", kind_name(e.kind()));
    let _ = value.setattr("byte_offset", e.offset());
    err
}

/// A `Parser` from the keyword arguments the parse functions share.
pub(crate) fn parser(reference_time: Option<&Bound<'_, PyAny>>) -> PyResult<Parser> {
    Ok(match dates::reference(reference_time)? {
        Some((d, t)) => Parser::new().reference(d, t),
        None => Parser::new(),
    })
}

/// A page as `parse` accepts it: text, or UTF-8 bytes.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Page<'a> {
    Text(&'a str),
    Bytes(&'a [u8]),
}

impl Page<'_> {
    /// The page's bytes (UTF-8 for text).
    pub(crate) const fn bytes(&self) -> &[u8] {
        match self {
            Page::Text(t) => t.as_bytes(),
            Page::Bytes(b) => b,
        }
    }

    pub(crate) fn parse(
        &self,
        parser: &Parser,
    ) -> Result<arabic_news::Article, arabic_news::Error> {
        match self {
            Page::Text(t) => parser.parse(t),
            Page::Bytes(b) => parser.parse_bytes(b),
        }
    }
}

fn page<'a>(obj: &'a Bound<'_, PyAny>) -> PyResult<Page<'a>> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Page::Text(s.to_str()?));
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(Page::Bytes(b.as_bytes()));
    }
    Err(PyTypeError::new_err(format!(
        "a page must be str or bytes, not {}",
        obj.get_type().name()?
    )))
}

/// Parses one page into an `Article`.
#[pyfunction]
#[pyo3(signature = (text, *, reference_time = None))]
fn parse(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    reference_time: Option<&Bound<'_, PyAny>>,
) -> PyResult<Article> {
    let parser = parser(reference_time)?;
    let page = page(text)?;
    // Release the GIL for large pages only: switching costs more than a small parse.
    let len = match page {
        Page::Text(t) => t.len(),
        Page::Bytes(b) => b.len(),
    };
    let result = detach_if(py, len > 16 * 1024, || page.parse(&parser));
    result.map(|inner| Article { inner }).map_err(|e| parse_error(py, &e))
}

/// Parses a news page's HTML into an `Article`.
#[pyfunction]
#[pyo3(signature = (html, *, url = None, reference_time = None))]
fn parse_html(
    py: Python<'_>,
    html: &Bound<'_, PyAny>,
    url: Option<&str>,
    reference_time: Option<&Bound<'_, PyAny>>,
) -> PyResult<Article> {
    let parser = parser(reference_time)?;
    let bytes = html_bytes(html)?;
    py.detach(|| parser.parse_html(bytes, url))
        .map(|inner| Article { inner })
        .map_err(|e| parse_error(py, &e))
}

/// The bytes of an HTML page given as `bytes` (any encoding the page declares) or `str`.
fn html_bytes<'a>(obj: &'a Bound<'_, PyAny>) -> PyResult<&'a [u8]> {
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(b.as_bytes());
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(s.to_str()?.as_bytes());
    }
    Err(PyTypeError::new_err(format!(
        "an HTML page must be bytes or str, not {}",
        obj.get_type().name()?
    )))
}

/// Parses many HTML pages on all cores (the GIL released), in input order.
#[pyfunction]
#[pyo3(signature = (pages, *, urls = None, threads = None, reference_time = None, return_exceptions = false))]
fn parse_html_many<'py>(
    py: Python<'py>,
    pages: &Bound<'py, PyAny>,
    urls: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
    reference_time: Option<&Bound<'py, PyAny>>,
    return_exceptions: bool,
) -> PyResult<Bound<'py, PyList>> {
    let parser = parser(reference_time)?;
    let threads = thread_count(threads)?;
    let objects: Vec<Bound<'py, PyAny>> = pages.try_iter()?.collect::<PyResult<_>>()?;
    let htmls: Vec<&[u8]> = objects.iter().map(html_bytes).collect::<PyResult<_>>()?;
    let urls: Vec<Option<String>> = match urls {
        Some(u) => u.try_iter()?.map(|x| x?.extract()).collect::<PyResult<_>>()?,
        None => vec![None; htmls.len()],
    };
    if urls.len() != htmls.len() {
        return Err(PyValueError::new_err(format!(
            "{} urls for {} pages",
            urls.len(),
            htmls.len()
        )));
    }
    let items: Vec<(&[u8], Option<&str>)> =
        htmls.iter().zip(&urls).map(|(h, u)| (*h, u.as_deref())).collect();
    let results = py.detach(|| map_parallel(&items, threads, |(h, u)| parser.parse_html(h, *u)));
    articles(py, results, return_exceptions)
}

/// `f()`, with the GIL released when `detach` is true (a large input: for a small
/// one the switch costs more than the work).
pub(crate) fn detach_if<T: Ungil>(
    py: Python<'_>,
    detach: bool,
    f: impl Ungil + FnOnce() -> T,
) -> T {
    if detach { py.detach(f) } else { f() }
}

/// The list a batch returns: an `Article` per page, or (with `return_exceptions`)
/// the `ParseError` of a page that failed in its place; else the first error raises.
fn articles(
    py: Python<'_>,
    results: Vec<Result<arabic_news::Article, arabic_news::Error>>,
    return_exceptions: bool,
) -> PyResult<Bound<'_, PyList>> {
    let out = PyList::empty(py);
    for result in results {
        match result {
            Ok(inner) => out.append(Article { inner })?,
            Err(e) if return_exceptions => out.append(parse_error(py, &e).into_value(py))?,
            Err(e) => return Err(parse_error(py, &e)),
        }
    }
    Ok(out)
}

/// How many threads a batch runs on: `threads`, or every core.
pub(crate) fn thread_count(threads: Option<usize>) -> PyResult<usize> {
    match threads {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, NonZeroUsize::get)),
    }
}

/// `f` on every item, on `threads` threads, results in input order. Items are
/// handed out in small chunks from a shared counter, so a thread that draws long
/// pages does not hold the others up.
pub(crate) fn map_parallel<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let threads = threads.min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    const CHUNK: usize = 8;
    let next = AtomicUsize::new(0);
    let mut parts: Vec<(usize, Vec<R>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let start = next.fetch_add(CHUNK, Ordering::Relaxed);
                        if start >= items.len() {
                            break done;
                        }
                        let end = (start + CHUNK).min(items.len());
                        done.push((start, items[start..end].iter().map(&f).collect()));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    });
    parts.sort_unstable_by_key(|(start, _)| *start);
    parts.into_iter().flat_map(|(_, rs)| rs).collect()
}

/// Parses many pages on all cores (the GIL released), in input order.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, reference_time = None, return_exceptions = false))]
fn parse_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
    reference_time: Option<&Bound<'py, PyAny>>,
    return_exceptions: bool,
) -> PyResult<Bound<'py, PyList>> {
    let parser = parser(reference_time)?;
    let threads = thread_count(threads)?;
    // Hold every page object, so the borrowed text stays alive while the GIL is released.
    let objects: Vec<Bound<'py, PyAny>> = texts.try_iter()?.collect::<PyResult<_>>()?;
    let pages: Vec<Page<'_>> = objects.iter().map(page).collect::<PyResult<_>>()?;
    let results = py.detach(|| map_parallel(&pages, threads, |p| p.parse(&parser)));
    articles(py, results, return_exceptions)
}

/// The native module; `arabic_news/__init__.py` re-exports it.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("ParseError", m.py().get_type::<ParseError>())?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(parse_html, m)?)?;
    m.add_function(wrap_pyfunction!(parse_html_many, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::parse_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::arrow_type, m)?)?;
    m.add_function(wrap_pyfunction!(text::normalize, m)?)?;
    m.add_function(wrap_pyfunction!(text::tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(text::words, m)?)?;
    m.add_function(wrap_pyfunction!(text::sentences, m)?)?;
    m.add_function(wrap_pyfunction!(text::stem, m)?)?;
    m.add_function(wrap_pyfunction!(text::is_stop_word, m)?)?;
    m.add_function(wrap_pyfunction!(text::parse_date, m)?)?;
    m.add_function(wrap_pyfunction!(text::find_dates, m)?)?;
    m.add_class::<Article>()?;
    m.add_class::<article::ArticleDate>()?;
    m.add_class::<article::HijriDate>()?;
    m.add_class::<article::Dateline>()?;
    m.add_class::<article::Agency>()?;
    m.add_class::<article::Byline>()?;
    m.add_class::<article::Quote>()?;
    m.add_class::<analyze::Analyzer>()?;
    m.add_class::<analyze::Term>()?;
    m.add_class::<text::Token>()?;
    m.add_class::<text::Sentence>()?;
    m.add_class::<text::NewsDate>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
