//! The `parse` example as a corpus tool: the README's first command, and
//! `--jsonl` streams with every kind of bad record, driven as a user runs it.

#![cfg(feature = "serde")]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::{Value, json};

/// The example binary, built with this test's features (cargo reuses the
/// library this test links, so this is a no-op after `cargo test`).
fn example() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        let features: Vec<&str> = [
            ("serde", cfg!(feature = "serde")),
            ("tantivy", cfg!(feature = "tantivy")),
            ("jiff", cfg!(feature = "jiff")),
            ("chrono", cfg!(feature = "chrono")),
        ]
        .into_iter()
        .filter_map(|(name, on)| on.then_some(name))
        .collect();
        let out = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--example", "parse", "--message-format=json"])
            .args(["--manifest-path", concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")])
            .args(["--no-default-features", "--features", &features.join(",")])
            .stderr(Stdio::inherit())
            .output()
            .expect("cargo runs");
        assert!(out.status.success(), "cargo build --example parse failed");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter(|m| m["target"]["name"] == "parse")
            .find_map(|m| m["executable"].as_str().map(PathBuf::from))
            .expect("cargo names the example's executable")
    })
}

/// Runs the example with `args`, `stdin` as its input.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(example())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    let mut input = child.stdin.take().expect("stdin");
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin); // the example may stop reading on a usage error
    });
    let out = child.wait_with_output().expect("the example runs");
    writer.join().expect("stdin writer");
    out
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("the output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

const BODY: &str =
    "أعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.";

fn page(title: &str, extra: &str) -> String {
    format!("{title}\n{extra}{BODY}")
}

#[test]
fn the_readme_command_prints_the_sample() {
    let out = run(&[], b"");
    assert!(out.status.success());
    let want = include_str!("../fixtures/sample_article.json");
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
}

#[test]
fn a_stream_with_bad_records_goes_on() {
    let good = json!({ "id": "a1", "url": "https://example.com/1", "text": page("الحكومة تقر خطة جديدة لدعم المزارعين", "") });
    let relative = json!({
        "id": "a7", "fetch_time": "2024-01-01T12:30:00Z",
        "text": page("وزير الاقتصاد يعلن نمو الصادرات الزراعية", "منذ 3 ساعات\n"),
    });
    let bad_time = json!({
        "id": "a8", "fetch_time": "yesterday",
        "text": page("البنك المركزي يبقي أسعار الفائدة دون تغيير", "منذ 3 ساعات\n"),
    });
    let no_time = json!({ "id": "a9", "text": page("افتتاح معرض الكتاب بمشاركة واسعة من الناشرين", "منذ 3 ساعات\n") });
    let mut input = Vec::new();
    input.extend_from_slice(b"\xEF\xBB\xBF"); // a BOM on the first line
    input.extend_from_slice(format!("{good}\n").as_bytes());
    input.extend_from_slice("{\"id\":\"a2\",\"text\":\"عنوان\n".as_bytes()); // cut short
    // Invalid UTF-8 inside the text, and a CRLF line end.
    let mut broken =
        json!({ "id": 3, "text": page("الحكومة XX تقر موازنة العام المقبل", "") }).to_string();
    broken = broken.replace("XX", "\u{1}");
    let mut bytes = broken.into_bytes();
    let at = bytes.iter().position(|&b| b == 1).expect("marker");
    bytes[at] = 0xFF;
    input.extend_from_slice(&bytes);
    input.extend_from_slice(b"\r\n");
    input.extend_from_slice(b"\n   \n"); // blank lines: no output, but they count
    input.extend_from_slice(b"{\"id\":\"a4\"}\n"); // no text
    input.extend_from_slice(b"{\"id\":\"a5\",\"text\":42}\n"); // not a string
    input.extend_from_slice(b"[1,2]\n"); // not an object
    input.extend_from_slice(format!("{relative}\n{bad_time}\n{no_time}\n").as_bytes());
    input.extend_from_slice(
        b"{\"id\":\"a10\",\"text\":\"<!DOCTYPE html><html><body><p>x</p></body></html>\"}\n",
    );
    input.extend_from_slice(b"{\"id\":null,\"text\":\"\"}"); // no final line end

    let out =
        run(&["--jsonl", "--time-field", "fetch_time", "--base", "2023-06-01T00:00:00"], &input);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got = lines(&out);
    let line_numbers: Vec<u64> = got.iter().map(|r| r["line"].as_u64().unwrap()).collect();
    assert_eq!(line_numbers, [1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13]);

    assert_eq!(got[0]["id"], "a1");
    assert_eq!(got[0]["url"], "https://example.com/1");
    assert_eq!(got[0]["article"]["title"], "الحكومة تقر خطة جديدة لدعم المزارعين");
    assert!(got[0].get("error").is_none() && got[0].get("warnings").is_none());

    assert_eq!(
        got[1],
        json!({ "line": 2, "error": "malformed JSON at column 29: EOF while parsing a string" })
    );

    assert_eq!(got[2]["id"], 3);
    assert_eq!(got[2]["article"]["title"], "الحكومة \u{FFFD} تقر موازنة العام المقبل");
    assert_eq!(got[2]["warnings"], json!(["invalid UTF-8 replaced with U+FFFD"]));

    assert_eq!(
        got[3],
        json!({ "line": 6, "id": "a4", "error": "the record has no \"text\" field" })
    );
    assert_eq!(
        got[4],
        json!({ "line": 7, "id": "a5", "error": "the record's \"text\" is a number, not a string" })
    );
    assert_eq!(got[5], json!({ "line": 8, "error": "expected a JSON object, found an array" }));

    // Relative dates: from the record's fetch time, else from --base.
    let published = |r: &Value| r["article"]["published"].clone();
    assert_eq!(published(&got[6])["date"], "2024-01-01");
    assert_eq!(published(&got[6])["time"], "09:30");
    assert_eq!(published(&got[7])["date"], "2023-05-31");
    assert_eq!(published(&got[7])["time"], "21:00");
    assert_eq!(
        got[7]["warnings"],
        json!([
            "\"fetch_time\" is not an ISO 8601 date-time (\"yesterday\"); relative dates counted from --base"
        ])
    );
    assert_eq!(published(&got[8])["date"], "2023-05-31");
    assert_eq!(published(&got[8])["time"], "21:00");
    assert!(got[8].get("warnings").is_none());

    assert_eq!(
        got[9],
        json!({ "line": 12, "id": "a10", "error": "input is html or xml markup, not page text: extract the visible text first" })
    );
    assert_eq!(got[10], json!({ "line": 13, "error": "input holds no text" }));

    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr, "parse: 11 records, 5 articles, 6 errors (2 with warnings)\n");
}

/// A corpus with 1% broken records: every record gives exactly one output
/// line, in order, with its id. CI runs it with 100,000 records
/// (`ARABIC_NEWS_STREAM_RECORDS`); by default 2,000 keep `cargo test` quick.
#[test]
fn one_percent_broken_records_lose_nothing() {
    let n: usize = std::env::var("ARABIC_NEWS_STREAM_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000);
    let mut input = Vec::new();
    for i in 0..n {
        let record = match (i % 100 == 50).then_some((i / 100) % 4) {
            Some(0) => format!("{{\"id\":\"r{i}\",\"text\":\"cut"),
            Some(1) => format!("{{\"id\":\"r{i}\"}}"),
            Some(2) => format!("{{\"id\":\"r{i}\",\"text\":[1]}}"),
            Some(_) => format!("{{\"id\":\"r{i}\",\"text\":\"latin only\"}}"),
            None => json!({
                "id": format!("r{i}"),
                "text": page(&format!("الحكومة تقر الخطة رقم {i} لدعم المزارعين"), "تاريخ النشر: 27 ديسمبر 2023\nالقاهرة - أ ش أ\n"),
            })
            .to_string(),
        };
        input.extend_from_slice(record.as_bytes());
        input.push(b'\n');
    }
    let out = run(&["--jsonl", "-"], &input);
    assert!(out.status.success());
    let got = lines(&out);
    assert_eq!(got.len(), n);
    let mut errors = 0;
    for (i, r) in got.iter().enumerate() {
        assert_eq!(r["line"], i + 1);
        let broken = i % 100 == 50;
        errors += usize::from(broken);
        if broken && (i / 100) % 4 == 0 {
            assert!(r.get("id").is_none(), "{r}"); // malformed JSON: no id to give
        } else {
            assert_eq!(r["id"], format!("r{i}"));
        }
        assert_eq!(r.get("error").is_some(), broken, "{r}");
        if !broken {
            assert_eq!(r["article"]["published"]["date"], "2023-12-27");
        }
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr,
        format!("parse: {n} records, {} articles, {errors} errors (0 with warnings)\n", n - errors)
    );
}

#[test]
fn help_usage_and_missing_files() {
    let out = run(&["--help"], b"");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.starts_with("usage: parse") && help.contains("--time-field"), "{help}");

    let out = run(&["--jsonl", "no/such/crawl.jsonl"], b"");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("parse: cannot open no/such/crawl.jsonl: "), "{stderr}");

    let out = run(&["--bogus"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("parse: unknown option --bogus\n"));

    let out = run(&["--base", "yesterday"], b"");
    assert_eq!(out.status.code(), Some(2));

    // A page that is no article: the error's Display, not its Debug form.
    let out = run(&["-"], b"hello");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "parse: stdin: input holds no arabic text\n");
}

#[test]
fn explain_prints_each_lines_role_and_rule() {
    let out = run(&["--explain", "-"], page("عنوان الخبر هنا اليوم", "").as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("line  role"), "{text}");
    assert!(text.lines().any(|l| l.contains(" body ")), "{text}");
    assert!(text.lines().any(|l| l.contains(" title ")), "{text}");
    // One page only.
    let out = run(&["--explain", "--jsonl"], b"");
    assert_eq!(out.status.code(), Some(2));
}
