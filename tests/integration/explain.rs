//! `Parser::explain`: every line's role and the rule that gave it, and the
//! accounting it makes visible (every part of every line is claimed, or is
//! boilerplate).

use arabic_news::{Parser, Role, parse};

const PAGE: &str = "الرئيسية\n\
بوتين: الأولوية للاقتصاد\n\
تاريخ النشر: 27 ديسمبر 2023\n\
\n\
كتب: أحمد علي\n\
موسكو (سانا) - افتتح الرئيس الروسي فلاديمير بوتين قمة رابطة الدول المستقلة في مدينة سان بطرسبورغ اليوم.\n\
وقال بوتين في كلمته: «إن التعاون بين دول الرابطة يتعزز عاما بعد عام».\n\
المصدر: الوكالة العربية السورية للأنباء\n";

/// `(line, role, rule)` of every part of `text`.
fn roles(text: &str) -> Vec<(usize, Role, &'static str)> {
    let e = Parser::new().explain(text).expect("an article");
    e.lines()
        .iter()
        .flat_map(|l| l.parts().iter().map(|p| (l.number(), p.role(), p.rule())))
        .collect()
}

#[test]
fn every_line_has_a_role_and_a_rule() {
    assert_eq!(
        roles(PAGE),
        [
            (1, Role::Boilerplate, "unclaimed"),
            (2, Role::Title, "title-nearest-above-date"),
            (3, Role::Published, "date-in-header"),
            (5, Role::Byline, "byline-in-header"),
            (6, Role::Dateline, "first-paragraph-dateline"),
            (6, Role::Body, "first-paragraph-dateline"),
            (7, Role::Body, "body"),
            (8, Role::Source, "source-label"),
        ]
    );
}

#[test]
fn the_explained_article_is_the_parsed_one_and_parts_hold_its_text() {
    let e = Parser::new().explain(PAGE).expect("an article");
    let a = parse(PAGE).expect("an article");
    assert_eq!(e.article(), &a);
    let part = |n: usize, k: usize| {
        e.lines().iter().find(|l| l.number() == n).unwrap().parts()[k].text().to_owned()
    };
    assert_eq!(part(6, 0), "موسكو (سانا) -");
    assert_eq!(Some(part(6, 1)), a.body.first().cloned());
    assert_eq!(Some(part(1, 0)), a.boilerplate.first().cloned());
}

#[test]
fn the_table_names_roles_and_rules() {
    let shown = Parser::new().explain(PAGE).expect("an article").to_string();
    let rows: Vec<&str> = shown.lines().collect();
    assert!(rows[0].starts_with("line  role"), "{shown}");
    assert!(rows[2].contains("title") && rows[2].contains("title-nearest-above-date"), "{shown}");
    // The second part of a line gets no line number of its own.
    let body = rows.iter().position(|r| r.contains("first-paragraph-dateline")).unwrap();
    assert!(rows[body + 1].starts_with("      body"), "{shown}");
}

#[test]
fn a_listing_and_errors() {
    let teasers: String = (0..4)
        .map(|k| format!("عنوان الخبر رقم {k} في الصفحة\nنص قصير عن الخبر رقم {k} يقطع في منتصف الجملة دون أن يكتمل لأن الصفحة تعرض مقتطفات من الأخبار...\n"))
        .collect();
    let e = Parser::new().explain(&teasers).expect("a page");
    assert!(e.lines().iter().all(|l| l.parts().iter().all(|p| p.rule() == "listing-page")));
    assert!(Parser::new().explain("hello").is_err());
}

/// A relative date yields to a date the page spells out: its line goes back
/// to boilerplate.
#[test]
fn a_relative_date_replaced_by_a_spelled_out_one_is_boilerplate_again() {
    let page = "عنوان الخبر هنا اليوم\nمنذ ساعة واحدة\nنشر في 6 سبتمبر 2025\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.";
    let a = parse(page).expect("an article");
    assert_eq!(a.published.map(|p| p.text), Some("6 سبتمبر 2025".to_owned()));
    assert_eq!(a.boilerplate, ["منذ ساعة واحدة"]);
    assert_eq!(
        roles(page)[1],
        (2, Role::Boilerplate, "released: a spelled-out date wins over a relative one")
    );
}
