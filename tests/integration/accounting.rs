//! The "nothing lost" invariant of the article parser: every non-blank line of
//! the input is accounted for by some field of the `Article`. Shared by the
//! integration tests and the `parse` fuzz target (which includes this file).

use arabic_news::Article;

/// Whether every letter and digit of `line` is accounted for by `fields`
/// (a leading label of up to three words, such as `المصدر:`, and record
/// markup such as `<TITLE>` aside). Every occurrence of every field string
/// covers its bytes, so the answer does not depend on the order of removal.
pub fn covered(line: &str, fields: &[String]) -> bool {
    if fields.iter().any(|f| f == line) {
        return true;
    }
    let mut hit = vec![false; line.len()];
    let mut found = false;
    for f in fields {
        if f.len() > line.len() {
            continue;
        }
        // A one-character field (a tag such as "ا") covers only whole-word
        // occurrences; inside words it would cut a label into letters.
        let short = f.chars().nth(1).is_none();
        for (at, m) in line.match_indices(f.as_str()) {
            let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            if short
                && (word_char(line[..at].chars().next_back())
                    || word_char(line[at + m.len()..].chars().next()))
            {
                continue;
            }
            hit[at..at + m.len()].iter_mut().for_each(|h| *h = true);
            found = true;
        }
    }
    // Record markup, which covers its bytes as a field does (whatever fields
    // overlap it).
    for tag in ["TITLE", "TIME", "AUTHOR", "TEXT", "DOC", "DOCNO", "URL", "SRC", "CAT", "ABSTRACT"]
    {
        for markup in [format!("<{tag}>"), format!("</{tag}>")] {
            for (at, m) in line.match_indices(markup.as_str()) {
                hit[at..at + m.len()].iter_mut().for_each(|h| *h = true);
            }
        }
    }
    let rest: String = line.char_indices().map(|(i, c)| if hit[i] { ' ' } else { c }).collect();
    let words: Vec<&str> = rest
        .split_whitespace()
        .filter(|w| {
            // A letter or digit; a stray combining mark left by a removed label is not.
            w.chars().any(|c| c.is_alphanumeric() && !arabic_news::chars::is_combining_mark(c))
        })
        .collect();
    words.is_empty() || (found && words.len() <= 3)
}

/// `text` as the parser reads it: no-break and the other Unicode spaces (the
/// `Zs` category) as ASCII spaces.
pub fn as_read(text: &str) -> String {
    text.chars()
        .map(|c| {
            let other_space = c.is_whitespace()
                && !c.is_ascii()
                && !matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}');
            if other_space { ' ' } else { c }
        })
        .collect()
}

/// The trimmed non-blank lines of `text` that no field of `article` accounts for.
pub fn lost_lines(text: &str, article: &Article) -> Vec<String> {
    let mut fields: Vec<String> = article
        .texts()
        .into_iter()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    fields.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let mut lost = Vec::new();
    for line in as_read(text).lines() {
        let t =
            line.trim_matches(|c: char| c.is_whitespace() || arabic_news::chars::is_invisible(c));
        if !t.is_empty() && !covered(t, &fields) {
            lost.push(t.to_owned());
        }
    }
    lost
}
