//! `Analyzer` and `Term`: the crate's analysis chain (`arabic_news::Analyzer`):
//! tokenize, keep the words, drop stop words, normalize, stem.
//!
//! `Analyzer.__call__` and `Analyzer.map` give the terms' texts only (what an
//! index stores); `Analyzer.terms` gives `Term` objects with `str` offsets and
//! positions.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::Mutex;

use arabic_news::Stemmer;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use crate::text::{CharIndex, kind_name, normalizer};

/// Texts from this many bytes up are analyzed with the GIL released (as
/// `normalize` does); for smaller ones the switch costs more than the work.
const DETACH_ABOVE: usize = 64 * 1024;

/// The analysis chain of a search index, as one immutable configuration.
///
/// See `arabic_news/_native.pyi` for the Python documentation.
#[pyclass(module = "arabic_news", frozen, eq, hash)]
#[derive(Debug)]
pub(crate) struct Analyzer {
    inner: arabic_news::Analyzer,
    preset: String,
    stem: bool,
    light10: bool,
    stop_words: bool,
    keep_numbers: bool,
    drop_punctuation: bool,
    /// The protected words, normalized and interned (what `inner` holds).
    protected: &'static [&'static str],
    /// The normalizer options as given (validated), for `repr` and pickling.
    options: Py<PyDict>,
}

/// Equal when they analyze alike (whatever the spelling of their options).
impl PartialEq for Analyzer {
    fn eq(&self, other: &Self) -> bool {
        self.inner == other.inner
    }
}

/// Hashed as it compares: by the analysis it does.
impl Hash for Analyzer {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.inner.hash(state);
    }
}

/// `words` as a `'static` slice, as `arabic_news::Analyzer::protected` takes it.
///
/// Each distinct set is leaked once and reused: an analyzer unpickled on a worker
/// for every task, or made in a loop, costs no new memory.
fn intern(mut words: Vec<String>) -> &'static [&'static str] {
    static SETS: Mutex<Vec<&'static [&'static str]>> = Mutex::new(Vec::new());
    words.sort_unstable();
    words.dedup();
    if words.is_empty() {
        return &[];
    }
    let mut sets = SETS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(set) = sets.iter().find(|set| set.iter().eq(words.iter())) {
        return set;
    }
    let set: Vec<&'static str> = words.into_iter().map(|w| &*w.leak()).collect();
    let set: &'static [&'static str] = set.leak();
    sets.push(set);
    set
}

#[pymethods]
impl Analyzer {
    #[new]
    #[pyo3(signature = (
        *,
        stem = false,
        stop_words = false,
        keep_numbers = true,
        drop_punctuation = true,
        light10 = false,
        protected = None,
        preset = "search",
        **options
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        stem: bool,
        stop_words: bool,
        keep_numbers: bool,
        drop_punctuation: bool,
        light10: bool,
        protected: Option<&Bound<'_, PyAny>>,
        preset: &str,
        options: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Self> {
        let normalizer = normalizer("Analyzer", preset, options)?;
        let protected = match protected {
            None => Vec::new(),
            Some(words) if words.is_instance_of::<PyString>() => {
                return Err(PyTypeError::new_err(
                    "protected takes an iterable of str (a list, a set), not a str",
                ));
            }
            Some(words) => words
                .try_iter()?
                .map(|w| {
                    let w = w?;
                    let w = w.cast::<PyString>().map_err(|_| {
                        PyTypeError::new_err(format!(
                            "protected words must be str, not {}",
                            w.get_type().name().map_or_else(|_| "?".into(), |n| n.to_string())
                        ))
                    })?;
                    // In normalized form, as the chain compares them.
                    Ok(normalizer.normalize(w.to_str()?).into_owned())
                })
                .collect::<PyResult<_>>()?,
        };
        let protected = intern(protected);
        let inner = arabic_news::Analyzer::new()
            .normalizer(normalizer)
            .stem(stem)
            .stemmer(Stemmer::new().light10(light10))
            .stop_words(stop_words)
            .keep_numbers(keep_numbers)
            .drop_punctuation(drop_punctuation)
            .protected(protected);
        Ok(Analyzer {
            inner,
            preset: preset.to_owned(),
            stem,
            light10,
            stop_words,
            keep_numbers,
            drop_punctuation,
            protected,
            options: match options {
                Some(o) => o.copy()?.unbind(),
                None => PyDict::new(py).unbind(),
            },
        })
    }

    /// The texts of the terms of `text`.
    fn __call__<'py>(&self, py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyList>> {
        let terms = self.analyze(py, text);
        Strs::new(py).list(terms.iter().map(arabic_news::Term::as_str))
    }

    /// The terms of `text`, with `str` offsets and positions.
    fn terms<'py>(&self, py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyList>> {
        let terms = self.analyze(py, text);
        let mut index = CharIndex::new(text);
        PyList::new(py, terms.into_iter().map(|t| Term::new(&mut index, t)))
    }

    /// `self(text)` for every text of `texts`, on `threads` threads, the GIL released.
    #[pyo3(signature = (texts, *, threads = None))]
    fn map<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "Analyzer.map() takes an iterable of str, not a str (analyzer(text) analyzes one text)",
            ));
        }
        let threads = crate::thread_count(threads)?;
        // Hold every text object, so the borrowed text stays alive while the GIL is released.
        let objects: Vec<Bound<'py, PyAny>> = texts.try_iter()?.collect::<PyResult<_>>()?;
        let texts: Vec<&str> = objects
            .iter()
            .enumerate()
            .map(|(i, t)| match t.cast::<PyString>() {
                Ok(s) => s.to_str(),
                Err(_) => Err(PyTypeError::new_err(format!(
                    "texts[{i}] must be str, not {}",
                    t.get_type().name()?
                ))),
            })
            .collect::<PyResult<_>>()?;
        let analyzer = self.inner;
        let results: Vec<Vec<Cow<'_, str>>> = py.detach(|| {
            crate::map_parallel(&texts, threads, |t| {
                analyzer.terms(t).map(arabic_news::Term::into_text).collect()
            })
        });
        let mut strs = Strs::new(py);
        let lists = results
            .iter()
            .map(|terms| strs.list(terms.iter().map(AsRef::as_ref)))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, lists)
    }

    /// The keyword arguments that make this analyzer again (for pickle and copy).
    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        let kwargs = self.options.bind(py).copy()?;
        for (name, value) in self.settings() {
            kwargs.set_item(name, value)?;
        }
        kwargs.set_item("protected", PyTuple::new(py, self.protected)?)?;
        kwargs.set_item("preset", &self.preset)?;
        Ok((PyTuple::empty(py), kwargs))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let mut args: Vec<String> = self
            .settings()
            .into_iter()
            .filter(|&(name, value)| value != matches!(name, "keep_numbers" | "drop_punctuation"))
            .map(|(name, value)| format!("{name}={}", if value { "True" } else { "False" }))
            .collect();
        if !self.protected.is_empty() {
            args.push(format!("protected={}", PyTuple::new(py, self.protected)?.repr()?));
        }
        if self.preset != "search" {
            args.push(format!("preset={}", PyString::new(py, &self.preset).repr()?));
        }
        for (name, value) in self.options.bind(py) {
            args.push(format!("{name}={}", value.repr()?));
        }
        Ok(format!("Analyzer({})", args.join(", ")))
    }
}

impl Analyzer {
    /// The switches, by their keyword names.
    const fn settings(&self) -> [(&'static str, bool); 5] {
        [
            ("stem", self.stem),
            ("stop_words", self.stop_words),
            ("keep_numbers", self.keep_numbers),
            ("drop_punctuation", self.drop_punctuation),
            ("light10", self.light10),
        ]
    }

    /// The terms of `text`, the GIL released for a large text.
    fn analyze<'a>(&self, py: Python<'_>, text: &'a str) -> Vec<arabic_news::Term<'a>> {
        let analyzer = self.inner;
        crate::detach_if(py, text.len() > DETACH_ABOVE, || analyzer.terms(text).collect())
    }
}

/// FNV-1a: a fast hash for the short keys of [`Strs`] (SipHash, the default,
/// costs more than the `str` it saves for a short word).
#[derive(Debug, Clone, Copy)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The Python `str`s of term texts, each distinct text made once. News repeats its
/// words (a few thousand make most of a text), and a `str` made before costs a
/// reference count where a new one costs a UTF-8 decode and an allocation; the
/// lists share their `str`s, too.
struct Strs<'a, 'py> {
    py: Python<'py>,
    made: HashMap<&'a str, Bound<'py, PyString>, BuildHasherDefault<Fnv>>,
}

impl<'a, 'py> Strs<'a, 'py> {
    fn new(py: Python<'py>) -> Self {
        Strs { py, made: HashMap::default() }
    }

    /// A list of `terms`, as `str`s.
    fn list(
        &mut self,
        terms: impl ExactSizeIterator<Item = &'a str>,
    ) -> PyResult<Bound<'py, PyList>> {
        let py = self.py;
        let made = &mut self.made;
        PyList::new(
            py,
            terms.map(|t| made.entry(t).or_insert_with(|| PyString::new(py, t)).clone()),
        )
    }
}

/// One term of `Analyzer.terms`.
#[pyclass(module = "arabic_news", frozen, eq, hash, get_all)]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Term {
    text: String,
    start: usize,
    end: usize,
    position: usize,
    kind: &'static str,
    script: Option<&'static str>,
}

impl Term {
    fn new(index: &mut CharIndex<'_>, t: arabic_news::Term<'_>) -> Self {
        let (start, end) = index.span(t.span());
        let (kind, script) = kind_name(t.kind());
        let position = t.position();
        Term { text: t.into_text().into_owned(), start, end, position, kind, script }
    }
}

#[pymethods]
impl Term {
    fn __str__(&self) -> &str {
        &self.text
    }
    fn __repr__(&self) -> String {
        format!(
            "Term({:?}, {}..{}, position={}, {:?})",
            self.text, self.start, self.end, self.position, self.kind
        )
    }
}
