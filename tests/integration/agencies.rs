//! The agency gazetteer (`AGENCIES`) against the shared agencies table
//! (`../shared/data/agencies.tsv`), so that the two never drift apart.

use arabic_news::{AGENCIES, Agency};

use crate::corpus::read_shared;

#[test]
fn the_gazetteer_matches_the_shared_table() {
    let Some(tsv) = read_shared("data/agencies.tsv") else { return };
    let mut problems = Vec::new();
    let mut ids = Vec::new();
    for row in tsv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = row.split('\t').collect();
        let [id, en, country, names] = cols[..] else {
            problems.push(format!("malformed row: {row}"));
            continue;
        };
        ids.push(id);
        let Some(a) = Agency::by_id(id) else {
            problems.push(format!("{id} is missing from AGENCIES"));
            continue;
        };
        if (a.name_en(), a.country()) != (en, country) {
            problems.push(format!(
                "{id}: {} {} in the crate, {en} {country} in the table",
                a.name_en(),
                a.country()
            ));
        }
        for name in names.split('|') {
            if Agency::find(name).map(Agency::id) != Some(id) {
                problems.push(format!("{id}: {name} does not find it"));
            }
        }
    }
    for a in AGENCIES {
        if !ids.contains(&a.id()) {
            problems.push(format!("{} is in AGENCIES but not in the table", a.id()));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
