//! The article's part of the page: chrome marked, the main block found by
//! prose density, and the lines handed to the text parser chosen (headline
//! area, main block, "read also"/tags/source sections after it); every other
//! visible line is kept for `boilerplate`.

use super::dom::{Hint, Page};
use crate::parse::{Section, section};

/// A line of at least this many characters, mostly not link text and mostly
/// Arabic, is prose.
const PROSE_CHARS: u32 = 60;

/// The headline is taken with the lines under it up to the main block when it
/// is at most this many lines above it.
const HEADER_SPAN: usize = 40;

/// Lines taken after a label that opens a section outside the main block.
const SECTION_LINES: usize = 30;

/// What is handed to the text parser, and what is left.
#[derive(Debug, Default)]
pub(crate) struct Selection {
    /// The lines for the text parser, in page order, the headline first.
    pub lines: Vec<String>,
    /// Visible lines outside them, in page order.
    pub rest: Vec<String>,
    /// Whether the headline line was found in the page.
    pub headline_found: bool,
}

struct Stats {
    prose: bool,
    letters: u32,
}

fn stats(text: &str, chars: u32, link_chars: u32, heading: u8) -> Stats {
    let (mut letters, mut arabic) = (0u32, 0u32);
    for c in text.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if crate::chars::is_arabic_letter(c) {
                arabic += 1;
            }
        }
    }
    let prose = heading == 0
        && chars >= PROSE_CHARS
        && link_chars * 10 < chars * 3
        && arabic * 2 >= letters;
    Stats { prose, letters: if prose { arabic } else { 0 } }
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Marks the lines of chrome elements, but for elements holding `keep` (a
/// wrapper with an unlucky class name around the story).
fn mark_chrome(page: &mut Page, keep: Option<usize>) {
    let n = page.lines.len();
    let mut diff = vec![0i32; n + 1];
    for b in &page.blocks {
        let (s, e) = (b.start as usize, b.end as usize);
        if b.hint == Hint::Chrome && s < e && !keep.is_some_and(|k| (s..e).contains(&k)) {
            diff[s] += 1;
            diff[e] -= 1;
        }
    }
    let mut depth = 0;
    for (i, l) in page.lines.iter_mut().enumerate() {
        depth += diff[i];
        l.chrome = depth > 0;
    }
}

/// Chooses the lines; `title` and `description` are the metadata's, if any.
pub(crate) fn select(page: &mut Page, title: Option<&str>, description: Option<&str>) -> Selection {
    let n = page.lines.len();
    let stats: Vec<Stats> =
        page.lines.iter().map(|l| stats(&l.text, l.chars, l.link_chars, l.heading)).collect();
    // prefix[i] = prose letters in lines[..i]
    let mut prefix = vec![0u64; n + 1];
    for (i, s) in stats.iter().enumerate() {
        prefix[i + 1] = prefix[i] + u64::from(s.letters);
    }
    mark_chrome(page, None);

    // The headline: the line the metadata headline names (a heading first),
    // else the first <h1> outside chrome.
    let title = title.map(norm).filter(|t| t.chars().count() >= 8);
    let matches_title = |text: &str| {
        let Some(t) = &title else { return false };
        let l = norm(text);
        let (lc, tc) = (l.chars().count(), t.chars().count());
        l == *t
            || (lc * 2 >= tc && lc >= 8 && (t.starts_with(&l) || t.ends_with(&l)))
            || (tc * 2 >= lc && l.starts_with(t.as_str()))
    };
    let lines = &page.lines;
    let headline = (0..n)
        .find(|&i| !lines[i].chrome && lines[i].heading > 0 && matches_title(&lines[i].text))
        .or_else(|| (0..n).find(|&i| !lines[i].chrome && matches_title(&lines[i].text)))
        .or_else(|| (0..n).find(|&i| !lines[i].chrome && lines[i].heading == 1));
    // The story's first paragraph, when the metadata description opens with it.
    let lead = description.map(norm).and_then(|d| {
        let key: String = d.chars().take(30).collect();
        (key.chars().count() >= 20)
            .then(|| (0..n).find(|&i| stats[i].prose && head(&lines[i].text, 200).contains(&key)))
            .flatten()
    });
    mark_chrome(page, lead.or(headline));

    // Main block: the element maximising prose letters less the other text it
    // would take along (link text, chrome, short lines); it holds the lead
    // paragraph when there is one, and ends after the headline.
    let mut value = vec![0i64; n + 1];
    for (i, (l, s)) in page.lines.iter().zip(&stats).enumerate() {
        let v = if l.chrome {
            -i64::from(l.chars)
        } else if s.prose {
            i64::from(s.letters) - i64::from(l.link_chars)
        } else {
            -i64::from(l.chars) / 2 - i64::from(l.link_chars) / 2
        };
        value[i + 1] = value[i] + v;
    }
    // Without a lead paragraph, the page's own story element (<article>,
    // <main>, itemprop=articleBody) bounds the search when it holds prose.
    let story = page
        .blocks
        .iter()
        .find(|b| b.story && prefix[b.end as usize] > prefix[b.start as usize])
        .map(|b| (b.start as usize, b.end as usize))
        .filter(|_| lead.is_none());
    let mut main: Option<(usize, usize, i64)> = None;
    for b in &page.blocks {
        let (s, e) = (b.start as usize, b.end as usize);
        if s >= e || prefix[e] == prefix[s] {
            continue;
        }
        if lead.is_some_and(|k| !(s..e).contains(&k))
            || headline.is_some_and(|h| e <= h)
            || story.is_some_and(|(ss, se)| s < ss || e > se)
        {
            continue;
        }
        let score = value[e] - value[s];
        // Ties go to the later (deeper) element: the same lines, less wrapper.
        if main.is_none_or(|(_, _, best)| score >= best) {
            main = Some((s, e, score));
        }
    }
    let (ms, me) = main.map_or((0, n), |(s, e, _)| (s, e));

    let mut take = vec![false; n];
    if let Some(h) = headline {
        take[h] = true;
        if h < ms {
            let end = if ms - h <= HEADER_SPAN { ms } else { (h + 1 + 8).min(ms) };
            for (t, l) in take[h + 1..end].iter_mut().zip(&page.lines[h + 1..end]) {
                *t = !l.chrome;
            }
        }
    }
    for (t, l) in take[ms..me].iter_mut().zip(&page.lines[ms..me]) {
        *t = !l.chrome;
    }
    // Sections after the main block opened by a label: "read also" lists,
    // tags and source lines.
    let mut i = me;
    while i < n {
        let l = &page.lines[i];
        let sect = if l.chars <= 80 { section(&l.text) } else { None };
        if sect == Some(Section::Other) {
            // Kept as a cue: the text parser ends the body there.
            take[i] = true;
        }
        if !matches!(sect, Some(Section::Related | Section::Field)) {
            i += 1;
            continue;
        }
        take[i] = true;
        // The section is the smallest element around the label holding a few
        // lines after it, short of one holding the main block.
        let mut b = l.block;
        let mut end = i + 1;
        while let Some(blk) = page.blocks.get(b as usize) {
            if blk.start as usize <= ms && ms < me {
                break;
            }
            end = blk.end as usize;
            if end >= i + 4 {
                break;
            }
            b = blk.parent;
        }
        let mut j = i + 1;
        while j < end.min(i + 1 + SECTION_LINES) {
            let t = &page.lines[j].text;
            if page.lines[j].chars <= 80
                && matches!(section(t), Some(Section::Related | Section::Field))
            {
                break;
            }
            take[j] = true;
            j += 1;
        }
        i = j.max(i + 1);
    }

    let mut sel = Selection { headline_found: headline.is_some(), ..Selection::default() };
    // The headline first, even when the page puts it after its header lines.
    if let Some(h) = headline.filter(|&h| h >= ms) {
        sel.lines.push(page.lines[h].text.clone());
    }
    for (i, l) in page.lines.iter().enumerate() {
        if take[i] {
            if Some(i) == headline && i >= ms {
                continue;
            }
            sel.lines.push(l.text.clone());
        } else {
            sel.rest.push(l.text.clone());
        }
    }
    sel
}

/// The first `n` bytes of `s`, cut back to a char boundary.
fn head(s: &str, n: usize) -> &str {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}
