//! The light stemmer written plainly, on chars: the oracle for the byte-level
//! implementation. Shared by the integration tests and the `stem` fuzz target
//! (which includes this file).

/// The stem of `word` (Lucene's rules, or light10's), from the rules as the
/// module docs state them.
pub fn stem(word: &str, light10: bool) -> String {
    const ARTICLES: [&str; 6] = ["ال", "وال", "بال", "كال", "فال", "لل"];
    const SUFFIXES: [&str; 10] = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];
    let mut w: Vec<char> = word.chars().collect();
    let strip_prefix = |w: &mut Vec<char>, p: &str, min: usize| {
        let p: Vec<char> = p.chars().collect();
        let hit = w.starts_with(&p) && w.len() >= p.len() + min;
        if hit {
            w.drain(..p.len());
        }
        hit
    };
    let article = |w: &mut Vec<char>| ARTICLES.iter().any(|a| strip_prefix(w, a, 2));
    if light10 {
        strip_prefix(&mut w, "و", 3);
        article(&mut w);
    } else if !article(&mut w) {
        strip_prefix(&mut w, "و", 3);
    }
    for s in SUFFIXES {
        let s: Vec<char> = s.chars().collect();
        if w.ends_with(&s) && w.len() >= s.len() + 2 {
            w.truncate(w.len() - s.len());
        }
    }
    w.into_iter().collect()
}
