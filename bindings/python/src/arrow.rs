//! The Arrow batch path: a column of page texts in, one struct array of article
//! fields out, with no Python object per row.
//!
//! Arrow data crosses the boundary through the Arrow PyCapsule interface
//! (`pyo3-arrow`), so the input can come from pyarrow, polars, DuckDB or any other
//! Arrow producer; the output is a `pyarrow.StructArray`.

use std::sync::Arc;

use arabic_news::{Article, ArticleDate};
use arrow_array::builder::{ListBuilder, StringBuilder};
use arrow_array::{
    Array, ArrayRef, BinaryArray, BinaryViewArray, Date32Array, Int8Array, Int16Array, Int32Array,
    LargeBinaryArray, LargeStringArray, ListArray, StringArray, StringViewArray, StructArray,
    Time64MicrosecondArray, TimestampMicrosecondArray,
};
use arrow_buffer::{NullBuffer, OffsetBuffer};
use arrow_schema::{DataType, Field, Fields, TimeUnit};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3_arrow::{PyArray, PyChunkedArray, PyField};

use crate::dates::{self, DateParts};

/// The article fields that only HTML input fills, in column order.
const HTML_FIELDS: [&str; 5] = ["url", "site_name", "description", "image", "section"];

/// How deep `related` items nest in the Arrow schema: the page's own related items
/// are kept; theirs (rare) are not (Arrow types cannot be recursive).
const RELATED_DEPTH: u8 = 1;

fn utf8(name: &str) -> Field {
    Field::new(name, DataType::Utf8, true)
}

fn str_list(name: &str) -> Field {
    Field::new(name, DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))), true)
}

/// Options of the output's shape.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape {
    /// Whether date structs have a `time` (`time64[us]`) field; Spark's Arrow
    /// reader has no TIME type, so its integration leaves it out (`datetime` has it).
    pub with_time: bool,
}

fn hijri_fields() -> Fields {
    Fields::from(vec![
        Field::new("year", DataType::Int16, true),
        Field::new("month", DataType::Int8, true),
        Field::new("day", DataType::Int8, true),
    ])
}

fn date_fields(shape: Shape) -> Fields {
    let mut fields = vec![utf8("text"), Field::new("date", DataType::Date32, true)];
    if shape.with_time {
        fields.push(Field::new("time", DataType::Time64(TimeUnit::Microsecond), true));
    }
    fields.extend([
        // Date and wall-clock time together, when both are known (no zone: see
        // utc_offset_minutes).
        Field::new("datetime", DataType::Timestamp(TimeUnit::Microsecond, None), true),
        Field::new("utc_offset_minutes", DataType::Int32, true),
        utf8("calendar"),
        Field::new("hijri", DataType::Struct(hijri_fields()), true),
    ]);
    Fields::from(fields)
}

fn quote_fields() -> Fields {
    Fields::from(vec![
        utf8("text"),
        utf8("speaker"),
        Field::new("paragraph", DataType::Int32, true),
    ])
}

/// The fields of an article struct; `depth` levels of `related` items.
fn article_fields(depth: u8, shape: Shape) -> Fields {
    let mut fields = vec![
        utf8("title"),
        Field::new("published", DataType::Struct(date_fields(shape)), true),
        Field::new("updated", DataType::Struct(date_fields(shape)), true),
        Field::new(
            "dateline",
            DataType::Struct(Fields::from(vec![
                utf8("text"),
                utf8("place"),
                Field::new(
                    "agency",
                    DataType::Struct(Fields::from(vec![utf8("id"), utf8("name")])),
                    true,
                ),
            ])),
            true,
        ),
        Field::new(
            "byline",
            DataType::Struct(Fields::from(vec![utf8("text"), str_list("authors")])),
            true,
        ),
        utf8("outlet"),
        str_list("body"),
        Field::new(
            "quotes",
            DataType::List(Arc::new(Field::new("item", DataType::Struct(quote_fields()), true))),
            true,
        ),
        utf8("source"),
        str_list("tags"),
    ];
    if depth > 0 {
        fields.push(Field::new(
            "related",
            DataType::List(Arc::new(Field::new(
                "item",
                DataType::Struct(article_fields(depth - 1, shape)),
                true,
            ))),
            true,
        ));
    }
    fields.push(str_list("boilerplate"));
    fields.push(utf8("kind"));
    // From HTML only (null for text input).
    fields.extend(HTML_FIELDS.iter().map(|name| utf8(name)));
    Fields::from(fields)
}

/// The fields of `parse_arrow`'s output: the article's, then `error`.
fn output_fields(shape: Shape) -> Fields {
    let mut fields: Vec<Field> =
        article_fields(RELATED_DEPTH, shape).iter().map(|f| f.as_ref().clone()).collect();
    fields.push(utf8("error"));
    Fields::from(fields)
}

fn nulls(valid: impl Iterator<Item = bool>) -> Option<NullBuffer> {
    let buffer = NullBuffer::from_iter(valid);
    (buffer.null_count() > 0).then_some(buffer)
}

fn strings<'a>(values: impl Iterator<Item = Option<&'a str>>) -> ArrayRef {
    Arc::new(StringArray::from_iter(values))
}

fn string_lists<'a, I>(rows: impl Iterator<Item = Option<I>>) -> ArrayRef
where
    I: IntoIterator<Item = &'a String>,
{
    let mut b = ListBuilder::new(StringBuilder::new());
    for row in rows {
        match row {
            Some(items) => {
                for s in items {
                    b.values().append_value(s);
                }
                b.append(true);
            }
            None => b.append(false),
        }
    }
    Arc::new(b.finish())
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(d: arabic_news::Date) -> i32 {
    let (y, m, day) = (i64::from(d.year()), i64::from(d.month()), i64::from(d.day()));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    i32::try_from(era * 146_097 + doe - 719_468).unwrap_or(i32::MAX)
}

fn micros_of_day(t: arabic_news::Time) -> i64 {
    let secs = i64::from(t.hour()) * 3600
        + i64::from(t.minute()) * 60
        + i64::from(t.second().unwrap_or(0));
    secs * 1_000_000
}

fn date_struct(rows: &[Option<&ArticleDate>], shape: Shape) -> StructArray {
    let parts: Vec<Option<(&str, DateParts)>> =
        rows.iter().map(|d| d.map(|d| (d.text.as_str(), DateParts::from(d)))).collect();
    let hijri: Vec<Option<arabic_news::HijriDate>> =
        parts.iter().map(|p| p.and_then(|(_, p)| p.hijri)).collect();
    let hijri = StructArray::new(
        hijri_fields(),
        vec![
            Arc::new(Int16Array::from_iter(
                hijri.iter().map(|h| h.map(|h| i16::try_from(h.year()).unwrap_or(i16::MAX))),
            )),
            Arc::new(Int8Array::from_iter(
                hijri.iter().map(|h| h.map(|h| i8::try_from(h.month()).unwrap_or(0))),
            )),
            Arc::new(Int8Array::from_iter(
                hijri.iter().map(|h| h.map(|h| i8::try_from(h.day()).unwrap_or(0))),
            )),
        ],
        nulls(hijri.iter().map(Option::is_some)),
    );
    let resolved = |p: &Option<(&str, DateParts)>| p.map(|(_, p)| p);
    let mut columns: Vec<ArrayRef> = vec![
        strings(parts.iter().map(|p| p.map(|(t, _)| t))),
        Arc::new(Date32Array::from_iter(
            parts.iter().map(|p| resolved(p).and_then(|p| p.date).map(days_from_civil)),
        )),
    ];
    if shape.with_time {
        columns.push(Arc::new(Time64MicrosecondArray::from_iter(
            parts.iter().map(|p| resolved(p).and_then(|p| p.time).map(micros_of_day)),
        )));
    }
    columns.extend([
        Arc::new(TimestampMicrosecondArray::from_iter(parts.iter().map(|p| {
            let p = resolved(p)?;
            let (d, t) = (p.date?, p.time?);
            Some(i64::from(days_from_civil(d)) * 86_400_000_000 + micros_of_day(t))
        }))) as ArrayRef,
        Arc::new(Int32Array::from_iter(
            parts.iter().map(|p| resolved(p).and_then(|p| p.utc_offset).map(|o| o.minutes())),
        )),
        strings(parts.iter().map(|p| resolved(p).map(|p| dates::calendar_name(p.calendar)))),
        Arc::new(hijri),
    ]);
    StructArray::new(date_fields(shape), columns, nulls(rows.iter().map(Option::is_some)))
}

fn sub_fields(fields: &Fields, name: &str) -> Fields {
    match fields.iter().find(|f| f.name() == name).map(|f| f.data_type()) {
        Some(DataType::Struct(f)) => f.clone(),
        Some(DataType::List(item)) => match item.data_type() {
            DataType::Struct(f) => f.clone(),
            _ => unreachable!("{name} is a list of structs"),
        },
        _ => unreachable!("{name} is a struct"),
    }
}

/// A list array of structs from per-row item lists.
fn struct_list(
    field: &Field,
    lengths: Vec<usize>,
    values: StructArray,
    valid: Option<NullBuffer>,
) -> ArrayRef {
    let DataType::List(item) = field.data_type() else { unreachable!("a list field") };
    Arc::new(ListArray::new(
        item.clone(),
        OffsetBuffer::from_lengths(lengths),
        Arc::new(values),
        valid,
    ))
}

/// The article struct of `rows` (`None` rows are null), `depth` levels of `related`.
fn article_struct(rows: &[Option<&Article>], depth: u8, shape: Shape) -> StructArray {
    let fields = article_fields(depth, shape);
    let valid = || nulls(rows.iter().map(Option::is_some));
    let field = |name: &str| {
        fields.iter().find(|f| f.name() == name).cloned().unwrap_or_else(|| unreachable!())
    };
    let dateline: Vec<Option<&arabic_news::Dateline>> =
        rows.iter().map(|a| a.and_then(|a| a.dateline.as_ref())).collect();
    let agency: Vec<Option<&arabic_news::AgencyRef>> =
        dateline.iter().map(|d| d.and_then(|d| d.agency.as_ref())).collect();
    let dateline_fields = sub_fields(&fields, "dateline");
    let dateline = StructArray::new(
        dateline_fields.clone(),
        vec![
            strings(dateline.iter().map(|d| d.map(|d| d.text.as_str()))),
            strings(dateline.iter().map(|d| d.and_then(|d| d.place.as_deref()))),
            Arc::new(StructArray::new(
                sub_fields(&dateline_fields, "agency"),
                vec![
                    strings(agency.iter().map(|a| a.and_then(|a| a.id.as_deref()))),
                    strings(agency.iter().map(|a| a.map(|a| a.name.as_str()))),
                ],
                nulls(agency.iter().map(Option::is_some)),
            )),
        ],
        nulls(dateline.iter().map(Option::is_some)),
    );
    let byline: Vec<Option<&arabic_news::Byline>> =
        rows.iter().map(|a| a.and_then(|a| a.byline.as_ref())).collect();
    let byline = StructArray::new(
        sub_fields(&fields, "byline"),
        vec![
            strings(byline.iter().map(|b| b.map(|b| b.text.as_str()))),
            string_lists(byline.iter().map(|b| b.map(|b| &b.authors))),
        ],
        nulls(byline.iter().map(Option::is_some)),
    );
    let quotes: Vec<&arabic_news::Quote> = rows.iter().flatten().flat_map(|a| &a.quotes).collect();
    let quote_values = StructArray::new(
        quote_fields(),
        vec![
            strings(quotes.iter().map(|q| Some(q.text.as_str()))),
            strings(quotes.iter().map(|q| q.speaker.as_deref())),
            Arc::new(Int32Array::from_iter(
                quotes.iter().map(|q| Some(i32::try_from(q.paragraph).unwrap_or(i32::MAX))),
            )),
        ],
        None,
    );
    let lengths =
        |f: fn(&Article) -> usize| rows.iter().map(|a| a.map_or(0, f)).collect::<Vec<_>>();
    let mut columns: Vec<ArrayRef> = vec![
        strings(rows.iter().map(|a| a.and_then(|a| a.title.as_deref()))),
        Arc::new(date_struct(
            &rows.iter().map(|a| a.and_then(|a| a.published.as_ref())).collect::<Vec<_>>(),
            shape,
        )),
        Arc::new(date_struct(
            &rows.iter().map(|a| a.and_then(|a| a.updated.as_ref())).collect::<Vec<_>>(),
            shape,
        )),
        Arc::new(dateline),
        Arc::new(byline),
        strings(rows.iter().map(|a| a.and_then(|a| a.outlet.as_deref()))),
        string_lists(rows.iter().map(|a| a.map(|a| &a.body))),
        struct_list(&field("quotes"), lengths(|a| a.quotes.len()), quote_values, valid()),
        strings(rows.iter().map(|a| a.and_then(|a| a.source.as_deref()))),
        string_lists(rows.iter().map(|a| a.map(|a| &a.tags))),
    ];
    if depth > 0 {
        let related: Vec<Option<&Article>> =
            rows.iter().flatten().flat_map(|a| &a.related).map(Some).collect();
        let values = article_struct(&related, depth - 1, shape);
        columns.push(struct_list(&field("related"), lengths(|a| a.related.len()), values, valid()));
    }
    columns.push(string_lists(rows.iter().map(|a| a.map(|a| &a.boilerplate))));
    columns.push(strings(rows.iter().map(|a| a.map(|a| crate::article::kind_name(a.kind)))));
    let html_fields: [fn(&Article) -> &Option<String>; 5] =
        [|a| &a.url, |a| &a.site_name, |a| &a.description, |a| &a.image, |a| &a.section];
    for get in html_fields {
        columns.push(strings(rows.iter().map(|a| a.and_then(|a| get(a).as_deref()))));
    }
    StructArray::new(fields, columns, valid())
}

/// The output struct array: article fields, and `error` on rows that failed.
pub(crate) fn output_struct(results: &[Result<Article, String>], shape: Shape) -> StructArray {
    let rows: Vec<Option<&Article>> = results.iter().map(|r| r.as_ref().ok()).collect();
    let article = article_struct(&rows, RELATED_DEPTH, shape);
    let (fields, mut columns, _) = article.into_parts();
    let mut all: Vec<Field> = fields.iter().map(|f| f.as_ref().clone()).collect();
    all.push(utf8("error"));
    columns.push(strings(results.iter().map(|r| r.as_ref().err().map(String::as_str))));
    StructArray::new(Fields::from(all), columns, None)
}

/// The pages of an Arrow string or binary array (`None` for nulls).
fn pages_of(array: &dyn Array) -> PyResult<Vec<Option<crate::Page<'_>>>> {
    use crate::Page::{Bytes, Text};
    let any = array.as_any();
    if let Some(a) = any.downcast_ref::<StringArray>() {
        return Ok(a.iter().map(|t| t.map(Text)).collect());
    }
    if let Some(a) = any.downcast_ref::<LargeStringArray>() {
        return Ok(a.iter().map(|t| t.map(Text)).collect());
    }
    if let Some(a) = any.downcast_ref::<StringViewArray>() {
        return Ok(a.iter().map(|t| t.map(Text)).collect());
    }
    if let Some(a) = any.downcast_ref::<BinaryArray>() {
        return Ok(a.iter().map(|b| b.map(Bytes)).collect());
    }
    if let Some(a) = any.downcast_ref::<LargeBinaryArray>() {
        return Ok(a.iter().map(|b| b.map(Bytes)).collect());
    }
    if let Some(a) = any.downcast_ref::<BinaryViewArray>() {
        return Ok(a.iter().map(|b| b.map(Bytes)).collect());
    }
    Err(PyTypeError::new_err(format!(
        "parse_arrow takes an array of strings or binary (utf8, large_utf8, utf8_view, \
         binary, large_binary, binary_view), not {}",
        array.data_type()
    )))
}

/// The message a null input row gets.
pub(crate) const NULL_TEXT: &str = "input is null";

/// Parses a column of pages into a `pyarrow.StructArray` of article fields.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, reference_time = None, with_time = true, html = false))]
pub(crate) fn parse_arrow<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
    reference_time: Option<&Bound<'py, PyAny>>,
    with_time: bool,
    html: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let shape = Shape { with_time };
    let parser = crate::parser(reference_time)?;
    let threads = crate::thread_count(threads)?;
    // Arrow input: one array (`__arrow_c_array__`) or a chunked one (`__arrow_c_stream__`).
    let chunks: Vec<ArrayRef> = if texts.hasattr("__arrow_c_array__")? {
        vec![texts.extract::<PyArray>()?.array().clone()]
    } else if texts.hasattr("__arrow_c_stream__")? {
        texts.extract::<PyChunkedArray>()?.chunks().to_vec()
    } else {
        // A Python iterable of str / bytes / None.
        let items: Vec<Bound<'py, PyAny>> = texts.try_iter()?.collect::<PyResult<_>>()?;
        if items.iter().any(|x| x.is_instance_of::<pyo3::types::PyBytes>()) {
            let bytes: Vec<Option<Vec<u8>>> =
                items.iter().map(|x| x.extract()).collect::<PyResult<_>>().map_err(|e| {
                    PyTypeError::new_err(format!(
                        "parse_arrow takes an Arrow array or an iterable of str, bytes or None: {e}"
                    ))
                })?;
            vec![Arc::new(BinaryArray::from_iter(bytes)) as ArrayRef]
        } else {
            let strs: Vec<Option<String>> =
                items.iter().map(|x| x.extract()).collect::<PyResult<_>>().map_err(|e| {
                    PyTypeError::new_err(format!(
                        "parse_arrow takes an Arrow array or an iterable of str, bytes or None: {e}"
                    ))
                })?;
            vec![Arc::new(StringArray::from(strs)) as ArrayRef]
        }
    };
    let mut all: Vec<Option<crate::Page<'_>>> = Vec::new();
    for chunk in &chunks {
        all.extend(pages_of(chunk.as_ref())?);
    }
    let array = py.detach(|| {
        let results: Vec<Result<Article, String>> =
            crate::map_parallel(&all, threads, |page| match page {
                Some(page) if html => {
                    parser.parse_html(page.bytes(), None).map_err(|e| e.to_string())
                }
                Some(page) => page.parse(&parser).map_err(|e| e.to_string()),
                None => Err(NULL_TEXT.to_owned()),
            });
        output_struct(&results, shape)
    });
    let field = Arc::new(Field::new("article", array.data_type().clone(), false));
    let array = Bound::new(py, PyArray::new(Arc::new(array), field))?;
    py.import("pyarrow")?.getattr("array")?.call1((array,))
}

/// The Arrow type of `parse_arrow`'s output, as a `pyarrow.DataType` (a struct).
#[pyfunction]
#[pyo3(signature = (*, with_time = true))]
pub(crate) fn arrow_type(py: Python<'_>, with_time: bool) -> PyResult<Bound<'_, PyAny>> {
    let shape = Shape { with_time };
    let field = PyField::new(Arc::new(Field::new(
        "article",
        DataType::Struct(output_fields(shape)),
        false,
    )));
    let pa = py.import("pyarrow")?;
    let f = pa.getattr("field")?.call1((field,))?;
    f.getattr("type").map_err(|e| PyValueError::new_err(e.to_string()))
}
