//! Parse news pages into articles and print them as JSON.
//!
//! ```text
//! cargo run --example parse                          # the sample article the crate carries
//! cargo run --example parse -- page.txt              # one page (`-` for stdin)
//! cargo run --example parse -- --jsonl < crawl.jsonl # a corpus, one record per line
//! cargo run --example parse -- --explain page.txt    # each line's role, and the rule that gave it
//! cargo run --example parse -- --help
//! ```
//!
//! Corpus mode (`--jsonl [FILE | -]`) reads JSON Lines whose records hold the
//! page text in a `text` field and writes one JSON object per non-blank input
//! line, in input order, whatever the line holds:
//!
//! ```text
//! {"line":1,"id":"a1","url":"https://…","article":{"title":"…",…}}
//! {"line":2,"id":"a2","error":"the record's \"text\" is a number, not a string"}
//! {"line":4,"article":{…},"warnings":["invalid UTF-8 replaced with U+FFFD"]}
//! ```
//!
//! `line` is the input line number (blank lines count, so it joins back to the
//! input); `id` and `url` are copied from the record when it has them. A bad
//! record (malformed JSON, no `text`, a page that is no article) gives an
//! `error` and the stream goes on; invalid UTF-8 is replaced with U+FFFD and
//! reported in `warnings`; a UTF-8 byte order mark is skipped. Relative dates
//! (منذ 3 ساعات) are counted from the record's `--time-field` (ISO 8601 / RFC
//! 3339, such as `2024-01-01T12:30:00Z`; its wall-clock time is used, its
//! offset is not applied), else from `--base`, else left null. The exit
//! status is 0 when the input was read to its end; a count of records and
//! errors goes to stderr.
//!
//! `--explain` prints, instead of the JSON, every non-blank line of the page
//! with its role in the article (title, published, body, boilerplate …) and
//! the parser rule that gave it (`Parser::explain`): for finding out why a
//! field of a site comes out wrong.
//!
//! ```text
//! line  role              rule                            text
//!    1  boilerplate       in-a-list                       الرئيسية
//!    4  title             title-nearest-above-date        بوتين: الأولوية للاقتصاد
//!    5  published         date-in-header                  27 ديسمبر 2023
//! ```
//!
//! With feature `html` (`cargo run --features html --example parse -- …`):
//! `--html` reads the page, or every record's `html` field, as HTML bytes
//! (`Parser::parse_html`, the record's `url` passed along); a page that opens as
//! an HTML document (`<!doctype`, `<html`) and a record with an `html` field are
//! read as HTML without it.

use std::io::{BufRead, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use arabic_news::{Article, Date, Parser, Time};

const SAMPLE: &str = include_str!("data/sample_article.txt");

const USAGE: &str = "\
usage: parse [OPTIONS] [PAGE | -]
       parse [OPTIONS] --jsonl [FILE | -]

Parses the visible text of Arabic news pages into articles, printed as JSON.

  (no argument)        parse the sample article the crate carries
  PAGE | -             parse one page (a text file, or - for stdin), print pretty JSON
  --jsonl [FILE | -]   read JSON Lines records with the page in \"text\" (default: stdin);
                       write one JSON object per non-blank input line:
                       {\"line\", \"id\", \"url\", \"article\" | \"error\", \"warnings\"}

options:
  --time-field NAME    with --jsonl: count relative dates (منذ 3 ساعات) from the record's
                       NAME field, an ISO 8601 / RFC 3339 date-time (2024-01-01T12:30:00Z)
  --base DATETIME      count relative dates from DATETIME (2024-01-01T12:30:00), for
                       records without the --time-field, or for a single page
  --explain            print each line's role and the rule that gave it, not the JSON
                       (one page, as text)
  --html               (feature html) the page, or the records' \"html\" field, is HTML;
                       pages opening with <!doctype or <html and records with an
                       \"html\" field are read as HTML without it
  -h, --help           print this help
";

/// What a record's input field holds and how it becomes an article: one
/// variant per input kind, each with its field name and its parse function.
#[derive(Debug, Clone, Copy)]
enum Input {
    /// The visible text of the page.
    Text,
    /// The page's HTML (feature `html`).
    #[cfg(feature = "html")]
    Html,
}

impl Input {
    /// The record field that holds the input.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    fn field(self) -> &'static str {
        match self {
            Input::Text => "text",
            #[cfg(feature = "html")]
            Input::Html => "html",
        }
    }

    /// Parses one input; `url` is the page's, for HTML.
    fn parse(
        self,
        parser: &Parser,
        input: &[u8],
        url: Option<&str>,
    ) -> Result<Article, arabic_news::Error> {
        match self {
            Input::Text => {
                let _ = url;
                parser.parse(&String::from_utf8_lossy(input))
            }
            #[cfg(feature = "html")]
            Input::Html => parser.parse_html(input, url),
        }
    }

    /// The input kind for `bytes`: HTML when asked for, or (feature `html`)
    /// when the bytes open as an HTML document.
    fn of(self, bytes: &[u8]) -> Self {
        #[cfg(feature = "html")]
        {
            let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
            let head = &bytes[start..];
            let opens = |p: &[u8]| head.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
            if opens(b"<!doctype") || opens(b"<html") {
                return Input::Html;
            }
        }
        let _ = bytes;
        self
    }
}

/// Where the input comes from.
#[derive(Debug)]
enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    fn new(arg: &str) -> Self {
        if arg == "-" { Source::Stdin } else { Source::File(PathBuf::from(arg)) }
    }

    fn open(&self) -> Result<Box<dyn BufRead>, String> {
        match self {
            Source::Stdin => Ok(Box::new(std::io::stdin().lock())),
            Source::File(path) => std::fs::File::open(path)
                .map(|f| {
                    Box::new(std::io::BufReader::with_capacity(1 << 16, f)) as Box<dyn BufRead>
                })
                .map_err(|e| format!("cannot open {}: {e}", path.display())),
        }
    }

    fn name(&self) -> String {
        match self {
            Source::Stdin => "stdin".to_owned(),
            Source::File(path) => path.display().to_string(),
        }
    }
}

/// The command line.
#[derive(Debug)]
struct Options {
    /// `None`: the sample article.
    page: Option<Source>,
    jsonl: bool,
    explain: bool,
    input: Input,
    time_field: Option<String>,
    base: Option<(Date, Time)>,
}

fn main() -> ExitCode {
    let options = match options(std::env::args().skip(1)) {
        Ok(Some(o)) => o,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("parse: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = if options.jsonl { jsonl(&options) } else { page(&options) };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parse: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the arguments; `None` for `--help`.
fn options(args: impl IntoIterator<Item = String>) -> Result<Option<Options>, String> {
    let mut o = Options {
        page: None,
        jsonl: false,
        explain: false,
        input: Input::Text,
        time_field: None,
        base: None,
    };
    let mut args = args.into_iter().peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--jsonl" => {
                o.jsonl = true;
                if let Some(path) = args.next_if(|a| a == "-" || !a.starts_with("--")) {
                    o.page = Some(Source::new(&path));
                }
            }
            "--explain" => o.explain = true,
            "--time-field" => {
                o.time_field = Some(args.next().ok_or("--time-field needs a field name")?);
            }
            #[cfg(feature = "html")]
            "--html" => o.input = Input::Html,
            "--base" => {
                let value = args.next().ok_or("--base needs a date-time")?;
                o.base = Some(timestamp(&value).ok_or_else(|| {
                    format!("--base: expected an ISO 8601 date-time such as 2024-01-01T12:30:00, found {value:?}")
                })?);
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            path if o.page.is_none() => o.page = Some(Source::new(path)),
            extra => return Err(format!("unexpected argument {extra:?}")),
        }
    }
    if o.jsonl && o.page.is_none() {
        o.page = Some(Source::Stdin);
    }
    if o.explain && o.jsonl {
        return Err("--explain reads one page, not --jsonl".to_owned());
    }
    if o.time_field.is_some() && !o.jsonl {
        return Err("--time-field needs --jsonl".to_owned());
    }
    Ok(Some(o))
}

/// Reads `YYYY-MM-DD`, optionally followed by `T` (or a space) and
/// `HH:MM[:SS[.fraction]]`, optionally followed by `Z` or an offset
/// (`+03:00`, `+0300`), which is accepted and not applied.
fn timestamp(s: &str) -> Option<(Date, Time)> {
    let s = s.trim();
    let date: Date = s.get(..10)?.parse().ok()?;
    let rest = &s[10..];
    if rest.is_empty() {
        return Some((date, Time::MIDNIGHT));
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let hm = rest.get(..5)?;
    let (mut time, mut rest) = (hm.parse::<Time>().ok()?, &rest[5..]);
    if let Some(secs) = rest.strip_prefix(':') {
        time = format!("{hm}:{}", secs.get(..2)?).parse().ok()?;
        rest = &secs[2..];
        if let Some(fraction) = rest.strip_prefix(['.', ',']) {
            rest = fraction.trim_start_matches(|c: char| c.is_ascii_digit());
        }
    }
    let zone_ok = match rest.as_bytes() {
        [] | [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] | [b'+' | b'-', h1, h2, m1, m2] => {
            [h1, h2, m1, m2].iter().all(|b| b.is_ascii_digit())
        }
        _ => false,
    };
    zone_ok.then_some((date, time))
}

fn parser(base: Option<(Date, Time)>) -> Parser {
    match base {
        Some((date, time)) => Parser::new().reference(date, time),
        None => Parser::new(),
    }
}

/// One page (or the sample): pretty JSON on stdout.
fn page(o: &Options) -> Result<(), String> {
    let (name, bytes) = match &o.page {
        None => ("the sample article".to_owned(), SAMPLE.as_bytes().to_vec()),
        Some(source) => {
            let mut bytes = Vec::new();
            source
                .open()?
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read {}: {e}", source.name()))?;
            (source.name(), bytes)
        }
    };
    let input = o.input.of(&bytes);
    if matches!(input, Input::Text) && std::str::from_utf8(&bytes).is_err() {
        eprintln!("parse: {name}: invalid UTF-8 replaced with U+FFFD");
    }
    if o.explain {
        if !matches!(input, Input::Text) {
            return Err(format!("{name}: --explain reads page text, not HTML"));
        }
        let text = String::from_utf8_lossy(&bytes);
        let explain = parser(o.base).explain(&text).map_err(|e| format!("{name}: {e}"))?;
        let mut out = std::io::stdout().lock();
        return write!(out, "{explain}").map_err(|e| format!("writing the output: {e}"));
    }
    let article = input.parse(&parser(o.base), &bytes, None).map_err(|e| format!("{name}: {e}"))?;
    let mut out = std::io::stdout().lock();
    write_pretty(&mut out, &article).map_err(|e| format!("writing the output: {e}"))
}

#[cfg(feature = "serde")]
fn write_pretty(out: &mut impl Write, article: &Article) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, article)?;
    writeln!(out)
}

/// Without serde there is no JSON: the article as text.
#[cfg(not(feature = "serde"))]
fn write_pretty(out: &mut impl Write, article: &Article) -> std::io::Result<()> {
    write!(out, "{article}")
}

/// Counts for the summary line.
#[cfg(feature = "serde")]
#[derive(Debug, Default)]
struct Counts {
    records: u64,
    errors: u64,
    warned: u64,
}

#[cfg(not(feature = "serde"))]
fn jsonl(_: &Options) -> Result<(), String> {
    Err("--jsonl writes JSON: build with the serde feature (on by default)".to_owned())
}

/// Corpus mode: one output line per non-blank input line, never stopping on
/// a bad record.
#[cfg(feature = "serde")]
fn jsonl(o: &Options) -> Result<(), String> {
    let source = o.page.as_ref().unwrap_or(&Source::Stdin);
    let mut input = source.open()?;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut counts = Counts::default();
    let mut buf = Vec::new();
    for n in 1.. {
        buf.clear();
        match input.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => return Err(format!("reading {} at line {n}: {e}", source.name())),
        }
        let Some(record) = record(n, &buf, o) else { continue };
        counts.records += 1;
        counts.errors += u64::from(record.error.is_some());
        counts.warned += u64::from(!record.warnings.is_empty());
        let written = serde_json::to_writer(&mut out, &record)
            .map_err(std::io::Error::from)
            .and_then(|()| out.write_all(b"\n"));
        if let Err(e) = written {
            return quiet_on_broken_pipe(e);
        }
    }
    out.flush().or_else(quiet_on_broken_pipe)?;
    eprintln!(
        "parse: {} records, {} articles, {} errors ({} with warnings)",
        counts.records,
        counts.records - counts.errors,
        counts.errors,
        counts.warned
    );
    Ok(())
}

/// A reader that went away (`parse … | head`) ends the run quietly.
#[cfg(feature = "serde")]
fn quiet_on_broken_pipe(e: std::io::Error) -> Result<(), String> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(format!("writing the output: {e}"))
    }
}

/// One output record.
#[cfg(feature = "serde")]
#[derive(Debug, serde::Serialize)]
struct Record {
    line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    article: Option<Article>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<String>,
}

/// The output for input line `n` (its bytes, line end included), or `None`
/// for a blank line.
#[cfg(feature = "serde")]
fn record(n: usize, raw: &[u8], o: &Options) -> Option<Record> {
    let raw = raw.strip_suffix(b"\n").unwrap_or(raw);
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    let raw = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw);
    if raw.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let mut r =
        Record { line: n, id: None, url: None, article: None, error: None, warnings: Vec::new() };
    let line = String::from_utf8_lossy(raw);
    if let std::borrow::Cow::Owned(_) = line {
        r.warnings.push("invalid UTF-8 replaced with U+FFFD".to_owned());
    }
    match convert(&line, o, &mut r) {
        Ok(article) => r.article = Some(article),
        Err(e) => r.error = Some(e),
    }
    Some(r)
}

/// One record's JSON text → its article, filling in `id`, `url` and
/// `warnings` on the way.
#[cfg(feature = "serde")]
fn convert(line: &str, o: &Options, r: &mut Record) -> Result<Article, String> {
    use serde_json::Value;
    let value: Value = serde_json::from_str(line).map_err(|e| {
        let msg = e.to_string();
        let what = msg.strip_suffix(&format!(" at line {} column {}", e.line(), e.column()));
        format!("malformed JSON at column {}: {}", e.column(), what.unwrap_or(&msg))
    })?;
    let Value::Object(record) = value else {
        return Err(format!("expected a JSON object, found {}", kind(&value)));
    };
    r.id = record.get("id").filter(|v| !v.is_null()).cloned();
    r.url = record.get("url").filter(|v| !v.is_null()).cloned();
    // A record with an `html` field is HTML (feature `html`), whatever the option.
    let kind_of_input = match o.input {
        #[cfg(feature = "html")]
        Input::Text if record.get("html").is_some_and(Value::is_string) => Input::Html,
        other => other,
    };
    let field = kind_of_input.field();
    let input = match record.get(field) {
        Some(Value::String(s)) => s,
        Some(other) => {
            return Err(format!("the record's {field:?} is {}, not a string", kind(other)));
        }
        None => return Err(format!("the record has no {field:?} field")),
    };
    let mut base = o.base;
    if let Some(name) = &o.time_field {
        match record.get(name) {
            Some(Value::String(s)) => match timestamp(s) {
                Some(t) => base = Some(t),
                None => r.warnings.push(format!(
                    "{name:?} is not an ISO 8601 date-time ({s:?}); relative dates {}",
                    if base.is_some() { "counted from --base" } else { "left null" }
                )),
            },
            Some(Value::Null) | None => {}
            Some(other) => r.warnings.push(format!("{name:?} is {}, not a string", kind(other))),
        }
    }
    let url = r.url.as_ref().and_then(Value::as_str);
    kind_of_input.parse(&parser(base), input.as_bytes(), url).map_err(|e| e.to_string())
}

/// "a number", "an array", … for messages.
#[cfg(feature = "serde")]
fn kind(v: &serde_json::Value) -> &'static str {
    use serde_json::Value;
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
