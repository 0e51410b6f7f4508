//! The HTML reader (feature `html`): the shared HTML pages against their gold,
//! side by side with the text parser on the same pages' text; hostile pages;
//! encodings; metadata; the JSON shape of text input left unchanged.

use std::collections::BTreeMap;

use arabic_news::{Article, Parser, parse, parse_html};
use serde_json::Value;

use crate::corpus::shared_dir;
use crate::score::{gold_readings, ours};

/// Accuracy floors per field on the ten HTML pages, the level reached: the
/// test fails when a field drops below its floor. (The text parser's score on
/// the same pages' text is printed beside, and must not be higher; see
/// `html_is_at_least_as_good_as_text`.)
const FLOORS: &[(&str, f64)] = &[
    ("title", 1.0),
    ("published_date", 1.0),
    ("published_time", 1.0),
    ("updated_date", 1.0),
    ("dateline_place", 1.0),
    ("dateline_agency", 1.0),
    ("dateline_agency_id", 1.0),
    ("byline", 1.0),
    ("source", 1.0),
    ("related_titles", 1.0),
    ("tags", 1.0),
    ("body_first", 1.0),
    // 010: the page's last paragraph is followed by a comment-policy line the
    // text parser takes as the body's end on the text too.
    ("body_last", 0.9),
];

/// Misses that are a difference of definition, not an error: `(page, field, why)`.
/// They are printed and counted apart; any other miss counts.
const EXPLAINED: &[(&str, &str, &str)] = &[(
    "001",
    "tags",
    "the page's article:tag meta lists the four tags it shows as unlabelled links; \
     the gold counts only tags under a label, parse_html fills tags from article:tag \
     when the text has none (issue 14)",
)];

/// Per field, `(html right, text right)`.
type Scores = BTreeMap<&'static str, (usize, usize)>;

/// Per field, how many of the shared HTML pages each side gets right: `(html, text, pages)`.
fn score() -> Option<(Scores, usize)> {
    let shared = shared_dir()?;
    let (html_dir, dev) = (shared.join("corpus/html"), shared.join("corpus/dev"));
    let mut right = Scores::new();
    let mut pages = 0;
    for n in 1..=10 {
        let id = format!("{n:03}");
        let Ok(bytes) = std::fs::read(html_dir.join(format!("{id}.html"))) else { continue };
        let g: Value = serde_json::from_str(
            &std::fs::read_to_string(dev.join(format!("{id}.gold.json"))).expect("gold"),
        )
        .expect("gold is JSON");
        let text = std::fs::read_to_string(dev.join(format!("{id}.txt"))).expect("dev text");
        let from_html = ours(&parse_html(&bytes).unwrap_or_default());
        let from_text = ours(&parse(&text).unwrap_or_default());
        let readings = gold_readings(&g);
        pages += 1;
        for (field, want) in &readings[0] {
            let hit = |got: &Value| readings.iter().any(|r| &r[field] == got);
            let explained = EXPLAINED.iter().find(|(p, f, _)| *p == id && f == field);
            let (h, t) = (hit(&from_html[field]), hit(&from_text[field]));
            if let (false, Some((_, _, why))) = (h, explained) {
                println!("explained html {id} {field}: {why}");
            }
            let h = h || explained.is_some();
            let e = right.entry(field).or_default();
            e.0 += usize::from(h);
            e.1 += usize::from(t);
            if !h {
                println!("miss html {id} {field}: got {} want {want}", from_html[field]);
            }
            if !t {
                println!("miss text {id} {field}: got {} want {want}", from_text[field]);
            }
        }
    }
    (pages > 0).then_some((right, pages))
}

#[test]
fn html_pages_against_gold() {
    let Some((right, pages)) = score() else {
        eprintln!("skipping: ../shared/corpus/html is not beside the crate");
        return;
    };
    println!("{:<20} {:>6} {:>6}", "field", "html", "text");
    let mut failed = Vec::new();
    for &(field, floor) in FLOORS {
        let (h, t) = right.get(field).copied().unwrap_or_default();
        println!("{field:<20} {h:>3}/{pages:<2} {t:>3}/{pages:<2}");
        let acc = h as f64 / pages as f64;
        if acc + 1e-9 < floor {
            failed.push(format!("{field}: {acc:.2} < floor {floor:.2}"));
        }
        if h < t {
            failed.push(format!("{field}: html {h} < text {t}"));
        }
    }
    assert!(failed.is_empty(), "{failed:?}");
}

/// A body paragraph for built pages.
const PARA: &str = "أعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية الصادرة عن الهيئة.";

/// A page built from pieces, with metadata in every form the reader knows.
fn page_with_meta(head: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=ar><head><meta charset=utf-8><title>خبر - الموقع</title>{head}</head>\
         <body><header><nav><a href=/>الرئيسية</a> <a href=/s>سياسة</a> <a href=/e>اقتصاد</a></nav></header>\
         <main>{body}</main><footer><p>جميع الحقوق محفوظة للموقع ٢٠٢٤</p></footer></body></html>"
    )
}

const BODY: &str = "<h1>الحكومة تقر خطة جديدة لدعم المزارعين</h1>\
    <div class=story><p>أقر مجلس الوزراء في جلسته اليوم خطة جديدة لدعم المزارعين في المحافظات بقيمة كبيرة تشمل القروض الميسرة.</p>\
    <p>وقال وزير الزراعة إن الخطة تستهدف آلاف المزارعين خلال العامين المقبلين وفق جدول زمني معلن.</p></div>";

#[test]
fn json_ld_graph_author_grammar_and_page_offset() {
    let head = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"الموقع"},
        {"@type":["NewsArticle"],"headline":"الحكومة تقر خطة جديدة لدعم المزارعين",
         "datePublished":"2024-05-12T01:30:00+03:00","dateModified":"2024-05-12T04:00:00+03:00",
         "author":{"@type":"Person","name":"سلمى حسن - عمان"},
         "publisher":{"@type":"Organization","name":"الموقع"},
         "image":{"@type":"ImageObject","url":"https://example.com/i.jpg"},
         "articleSection":"اقتصاد"}]}</script>
        <meta property="article:published_time" content="2024-05-11T22:30:00Z">
        <meta property="article:tag" content="زراعة"><meta property="article:tag" content="قروض">
        <link rel="canonical" href="/ar/news/1">"#;
    let page = page_with_meta(head, BODY);
    let a = Parser::new().parse_html(page.as_bytes(), Some("https://example.com/x?y=1")).unwrap();
    let p = a.published.as_ref().expect("published");
    // The page's own offset: the UTC writing would move the day.
    assert_eq!(
        (p.date.map(|d| d.to_string()), p.time.map(|t| t.to_string())),
        (Some("2024-05-12".to_owned()), Some("01:30:00".to_owned()))
    );
    assert_eq!(p.utc_offset.map(|o| o.to_string()), Some("+03:00".to_owned()));
    assert_eq!(
        a.updated.as_ref().and_then(|u| u.time.map(|t| t.to_string())),
        Some("04:00:00".to_owned())
    );
    assert_eq!(a.byline.as_ref().map(|b| b.authors.clone()), Some(vec!["سلمى حسن".to_owned()]));
    assert_eq!(a.dateline.as_ref().and_then(|d| d.place.as_deref()), Some("عمان"));
    assert_eq!(a.tags, ["زراعة", "قروض"]);
    assert_eq!(a.url.as_deref(), Some("https://example.com/ar/news/1"));
    assert_eq!(a.site_name.as_deref(), Some("الموقع"));
    assert_eq!(a.image.as_deref(), Some("https://example.com/i.jpg"));
    assert_eq!(a.section.as_deref(), Some("اقتصاد"));
    assert_eq!(a.title.as_deref(), Some("الحكومة تقر خطة جديدة لدعم المزارعين"));
    assert_eq!(a.body.len(), 2);
    // Chrome is kept, outside the article.
    assert!(a.boilerplate.iter().any(|l| l.contains("جميع الحقوق محفوظة")), "{:?}", a.boilerplate);
    assert!(a.boilerplate.iter().any(|l| l.contains("الرئيسية")), "{:?}", a.boilerplate);
}

#[test]
fn metadata_fills_only_what_the_text_lacks() {
    // The visible date wins over the metadata; an author that is the site is
    // no byline; a modified stamp equal to the publication is no update.
    let body = format!(
        "<h1>الحكومة تقر خطة جديدة لدعم المزارعين</h1><p>الأحد 12 مايو 2024</p>{}",
        &BODY[BODY.find("<div").unwrap()..]
    );
    let head = r#"<meta property="article:published_time" content="2024-05-01T10:00:00+03:00">
        <meta property="article:modified_time" content="2024-05-01T10:00:00+03:00">
        <meta property="og:site_name" content="الموقع"><meta name="author" content="الموقع">
        <meta name="keywords" content="الحكومة,تقر,خطة">"#;
    let a = parse_html(page_with_meta(head, &body).as_bytes()).unwrap();
    assert_eq!(
        a.published.as_ref().and_then(|p| p.date.map(|d| d.to_string())).as_deref(),
        Some("2024-05-12")
    );
    assert!(a.updated.is_none());
    assert!(a.byline.is_none());
    assert!(a.tags.is_empty(), "keywords are not tags: {:?}", a.tags);
    // No date anywhere but the URL.
    let a = Parser::new()
        .parse_html(page_with_meta("", BODY).as_bytes(), Some("https://example.com/2024/5/12/x"))
        .unwrap();
    assert_eq!(
        a.published.as_ref().and_then(|p| p.date.map(|d| d.to_string())).as_deref(),
        Some("2024-05-12")
    );
    // No visible headline: the metadata's.
    let head = r#"<meta property="og:title" content="عنوان من البيانات الوصفية للصفحة">"#;
    let a =
        parse_html(page_with_meta(head, &BODY[BODY.find("<div").unwrap()..]).as_bytes()).unwrap();
    assert_eq!(a.title.as_deref(), Some("عنوان من البيانات الوصفية للصفحة"));
}

/// Text input's JSON does not change: the HTML-only fields are left out when absent.
#[test]
fn text_json_has_no_html_fields() {
    let a = parse("عنوان الخبر هنا اليوم\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.").unwrap();
    let json = serde_json::to_value(&a).unwrap();
    for k in ["url", "site_name", "description", "image", "section"] {
        assert!(json.get(k).is_none(), "{k} in {json}");
    }
    let html = parse_html(page_with_meta("", BODY).as_bytes()).unwrap();
    let json = serde_json::to_string(&html).unwrap();
    let back: Article = serde_json::from_str(&json).unwrap();
    assert_eq!(back, html);
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn htmlish() -> impl Strategy<Value = Vec<u8>> {
        let pieces = prop::collection::vec(
            prop_oneof![
                Just("<div class=\"share\">".to_owned()),
                Just("<div>".to_owned()),
                Just("</div>".to_owned()),
                Just("<p>".to_owned()),
                Just("</p>".to_owned()),
                Just("<h1>".to_owned()),
                Just("<br>".to_owned()),
                Just("<a href=/x>".to_owned()),
                Just("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":\"".to_owned()),
                Just("</script>".to_owned()),
                Just("<meta property=\"article:published_time\" content=\"".to_owned()),
                Just("<meta charset=windows-1256>".to_owned()),
                Just("<!--".to_owned()),
                Just("<time datetime=\"2024-05-12T09:45\">".to_owned()),
                Just("اقرأ أيضاً:".to_owned()),
                Just(PARA.to_owned()),
                "[\u{0600}-\u{06FF} <>/=\"'\n:.،\\-()«»]{0,40}",
                "\\PC{0,20}",
            ],
            0..40,
        );
        pieces.prop_map(|v| v.concat().into_bytes())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn parse_html_never_panics_and_round_trips(page in htmlish()) {
            if let Ok(a) = parse_html(&page) {
                let json = serde_json::to_string(&a).expect("serializes");
                let back: Article = serde_json::from_str(&json).expect("deserializes");
                prop_assert_eq!(back, a);
            }
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
            let _ = parse_html(&bytes);
        }
    }
}

/// Readers' comments under a page's story, headed however the site heads them,
/// are kept out of its body, as in text input.
#[test]
fn comments_under_the_story_are_not_its_body() {
    let comment = "<div class=comment><b>سامي الحداد</b><span>منذ ساعتين</span>\
        <p>خطوة ممتازة ونتمنى أن تصل هذه الخطة إلى قرانا في الجنوب أيضا، فالمزارعون هناك ينتظرون الدعم منذ سنوات.</p></div>";
    for heading in ["تعليقات القراء", "التعليقات (1)", "آراء الزوار"]
    {
        let page =
            page_with_meta("", &format!("{BODY}<section><h3>{heading}</h3>{comment}</section>"));
        let a = parse_html(page.as_bytes()).unwrap();
        assert_eq!(a.body.len(), 2, "{heading}: {:?}", a.body);
        assert!(a.boilerplate.iter().any(|l| l.contains("خطوة ممتازة")), "{heading}");
    }
}
