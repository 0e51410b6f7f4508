//! Scoring an [`Article`] against a dev corpus gold file (`../shared/corpus/dev`):
//! the fields of the dev README, from either side, compared as the README says
//! (alternatives accepted). Shared by the text parser's corpus test and the HTML one.
#![allow(dead_code)] // helpers are used by whichever capability tests are compiled in

use std::collections::BTreeMap;

use arabic_news::Article;
use serde_json::Value;

/// Trim and collapse white space, as the dev README says.
pub fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn opt(v: &Value) -> Option<String> {
    v.as_str().map(norm)
}

pub fn first40(s: &str) -> String {
    norm(&s.trim().chars().take(40).collect::<String>())
}

/// Tags are compared joined with spaces, list separators ignored (the parser
/// splits a tags line on commas; the gold keeps the line as written).
pub fn tags_key(s: &str) -> String {
    norm(&s.replace([',', '،'], " "))
}

/// The fields of the dev README, from our article.
pub fn ours(a: &Article) -> BTreeMap<&'static str, Value> {
    let s = |o: Option<String>| o.map_or(Value::Null, Value::String);
    let d = a.dateline.as_ref();
    let mut m = BTreeMap::new();
    m.insert("title", s(a.title.as_deref().map(norm)));
    m.insert("published_date", s(a.published.as_ref().and_then(|p| p.date.map(|d| d.to_string()))));
    // The gold gives minutes; our times may carry seconds.
    m.insert(
        "published_time",
        s(a.published
            .as_ref()
            .and_then(|p| p.time.map(|t| t.to_string().chars().take(5).collect()))),
    );
    m.insert("updated_date", s(a.updated.as_ref().and_then(|p| p.date.map(|d| d.to_string()))));
    m.insert("dateline_place", s(d.and_then(|d| d.place.as_deref().map(norm))));
    m.insert("dateline_agency", s(d.and_then(|d| d.agency.as_ref().map(|a| norm(&a.name)))));
    m.insert("dateline_agency_id", s(d.and_then(|d| d.agency.as_ref().and_then(|a| a.id.clone()))));
    m.insert(
        "byline",
        Value::Array(
            a.byline
                .iter()
                .flat_map(|b| b.authors.iter())
                .map(|x| Value::String(norm(x)))
                .collect(),
        ),
    );
    m.insert("source", s(a.source.as_deref().map(norm)));
    m.insert("tags", s(if a.tags.is_empty() { None } else { Some(tags_key(&a.tags.join(" "))) }));
    m.insert(
        "related_titles",
        Value::Array(a.related.iter().map(|r| s(r.title.as_deref().map(norm))).collect()),
    );
    m.insert("body_first", s(a.body.first().map(|p| first40(p))));
    m.insert("body_last", s(a.body.last().map(|p| first40(p))));
    m
}

/// The same fields from a gold file.
pub fn gold(g: &Value) -> BTreeMap<&'static str, Value> {
    let s = |o: Option<String>| o.map_or(Value::Null, Value::String);
    let mut m = BTreeMap::new();
    m.insert("title", s(opt(&g["title"])));
    m.insert("published_date", s(opt(&g["published"]["date"])));
    m.insert("published_time", s(opt(&g["published"]["time"])));
    m.insert("updated_date", s(opt(&g["updated"]["date"])));
    m.insert("dateline_place", s(opt(&g["dateline"]["place"])));
    m.insert("dateline_agency", s(opt(&g["dateline"]["agency"])));
    m.insert("dateline_agency_id", s(opt(&g["dateline"]["agency_id"])));
    m.insert(
        "byline",
        Value::Array(
            g["byline"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str())
                .map(|x| Value::String(norm(x)))
                .collect(),
        ),
    );
    m.insert("source", s(opt(&g["source"])));
    m.insert("tags", s(g["tags"].as_str().map(tags_key)));
    m.insert(
        "related_titles",
        Value::Array(
            g["related_titles"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|v| s(v.as_str().map(norm)))
                .collect(),
        ),
    );
    m.insert("body_first", s(g["body_first"].as_str().map(first40)));
    m.insert("body_last", s(g["body_last"].as_str().map(first40)));
    m
}

/// The gold readings of a page: the gold itself, then one per accepted
/// alternative (`"alternatives": {field: [value, …]}` in the gold file).
pub fn gold_readings(g: &Value) -> Vec<BTreeMap<&'static str, Value>> {
    let mut readings = vec![gold(g)];
    if let Some(alts) = g["alternatives"].as_object() {
        for (field, values) in alts {
            for value in values.as_array().into_iter().flatten() {
                let mut other = g.clone();
                other[field.as_str()] = value.clone();
                readings.push(gold(&other));
            }
        }
    }
    readings
}
