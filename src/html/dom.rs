//! The parsed page as the rest of `html` sees it: one walk over the html5ever
//! tree (through `dom_query`) gives the visible text as lines (one per block
//! element or `<br>`), the block elements with the line range each covers, and
//! the raw metadata (`<meta>`, `<link>`, JSON-LD, `<time>`, `itemprop`).
//!
//! The walk is iterative (no recursion, whatever the nesting) and linear in the
//! number of nodes; text is copied once, white space collapsed.

use dom_query::{Document, LocalName, NodeData, NodeId};

/// The attributes the walk reads (and `href`, on `<link>` only).
const WANTED_ATTRS: &[&str] = &[
    "class", "id", "role", "itemprop", "property", "name", "content", "rel", "type", "datetime",
    "hidden",
];

/// A hint from an element's tag, role, class or id about what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hint {
    /// Nothing known.
    None,
    /// Page chrome: navigation, header, footer, sidebar, share, comment and ad
    /// widgets. Its text is boilerplate unless it holds most of the page's prose.
    Chrome,
    /// A "related articles" box (kept: its items are `related`).
    Related,
}

/// A block element: where its text is in [`Page::lines`], and its hint.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// The enclosing block (`u32::MAX` for the first).
    pub parent: u32,
    /// The first line of the element's text.
    pub start: u32,
    /// One past its last line.
    pub end: u32,
    pub hint: Hint,
    /// `<article>`, `<main>` or `itemprop=articleBody`: the page says this is the story.
    pub story: bool,
}

/// One line of visible text.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    pub text: String,
    /// The innermost block element holding the line.
    pub block: u32,
    /// Characters inside links.
    pub link_chars: u32,
    /// Characters in all.
    pub chars: u32,
    /// 1–6 for a heading line, else 0.
    pub heading: u8,
    /// The line is in a chrome element (set by the caller, see [`Hint::Chrome`]).
    pub chrome: bool,
}

/// Raw metadata, as written.
#[derive(Debug, Default)]
pub(crate) struct Raw {
    /// `(property or name or itemprop, content)` of every `<meta>`, lowercased key.
    pub metas: Vec<(String, String)>,
    /// `<link rel=canonical href>`.
    pub canonical: Option<String>,
    /// The text of every `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
    /// `(itemprop or class, datetime)` of every `<time datetime>`, and
    /// `(itemprop, text or content)` of elements with a date `itemprop`.
    pub times: Vec<(String, String)>,
    /// `<title>`.
    pub title: Option<String>,
}

/// The page: lines, blocks and raw metadata.
#[derive(Debug, Default)]
pub(crate) struct Page {
    pub lines: Vec<Line>,
    pub blocks: Vec<Block>,
    pub raw: Raw,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Never visible text (script, style, form controls, embedded media).
    Never,
    /// A block element: its text starts and ends a line.
    Block,
    /// `<br>`, `<hr>`: a line break.
    Break,
    /// `<a>`.
    Link,
    /// Anything else: inline.
    Inline,
}

fn kind(tag: &str) -> Kind {
    match tag {
        "script" | "style" | "noscript" | "template" | "svg" | "math" | "iframe" | "object"
        | "embed" | "canvas" | "video" | "audio" | "select" | "option" | "button" | "input"
        | "textarea" | "map" | "head" => Kind::Never,
        "address" | "article" | "aside" | "blockquote" | "body" | "center" | "dd" | "details"
        | "dialog" | "dir" | "div" | "dl" | "dt" | "fieldset" | "figcaption" | "figure"
        | "footer" | "form" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "header" | "hgroup"
        | "li" | "main" | "menu" | "nav" | "ol" | "p" | "pre" | "section" | "summary" | "table"
        | "tbody" | "thead" | "tfoot" | "tr" | "td" | "th" | "ul" | "caption" | "legend"
        | "html" => Kind::Block,
        "br" | "hr" => Kind::Break,
        "a" => Kind::Link,
        _ => Kind::Inline,
    }
}

/// Class and id words that mark chrome. Compared with each `-`/`_`-separated
/// part of each class and id token, lowercased.
const CHROME_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "megamenu",
    "footer",
    "sidebar",
    "share",
    "sharing",
    "social",
    "comment",
    "comments",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "banner",
    "cookie",
    "cookies",
    "newsletter",
    "subscribe",
    "breadcrumb",
    "breadcrumbs",
    "popup",
    "modal",
    "login",
    "ticker",
    "breaking",
    "popular",
    "mostread",
    "trending",
    "widget",
    "sponsored",
    "masthead",
    "topbar",
];

/// Class and id words that mark a "related articles" box.
const RELATED_WORDS: &[&str] = &["related", "relatedposts", "readmore", "also", "see"];

fn hint_of(tag: &str, attrs: &[(String, String)], in_story: bool) -> Hint {
    match tag {
        "nav" | "footer" | "aside" | "form" => return Hint::Chrome,
        // A page-level header is chrome; an article's own header holds its headline.
        "header" if !in_story => return Hint::Chrome,
        _ => {}
    }
    let mut hint = Hint::None;
    for (k, v) in attrs {
        match k.as_str() {
            "role"
                if matches!(
                    v.as_str(),
                    "navigation" | "banner" | "contentinfo" | "complementary" | "search"
                ) =>
            {
                return Hint::Chrome;
            }
            "class" | "id" => {
                for token in v.split_ascii_whitespace() {
                    let lower = token.to_ascii_lowercase();
                    for part in lower.split(['-', '_']) {
                        if CHROME_WORDS.contains(&part) {
                            return Hint::Chrome;
                        }
                        if RELATED_WORDS.contains(&part) {
                            hint = Hint::Related;
                        }
                    }
                    if lower.starts_with("related") {
                        hint = Hint::Related;
                    }
                }
            }
            _ => {}
        }
    }
    hint
}

/// The date-bearing `itemprop`s.
fn is_date_prop(p: &str) -> bool {
    matches!(p, "datePublished" | "dateModified" | "dateCreated" | "uploadDate")
}

enum Frame {
    Node(NodeId),
    /// Leave an element: (its kind, the block index it opened, if a block).
    Exit(Kind, Option<u32>, u8),
}

/// Walks the parsed document once.
pub(crate) fn walk(doc: &Document) -> Page {
    let tree = &doc.tree;
    let mut page = Page::default();
    let mut cur = String::new();
    let mut cur_link = 0u32;
    let mut cur_chars = 0u32;
    // The stack of open block indices, and how many links / headings / story
    // elements are open.
    let mut open: Vec<u32> = Vec::new();
    let mut links = 0u32;
    let mut heading: Vec<u8> = Vec::new();
    let mut story = 0u32;
    let mut in_title = false;

    let mut stack = vec![Frame::Node(doc.root().id)];
    while let Some(frame) = stack.pop() {
        let id = match frame {
            Frame::Node(id) => id,
            Frame::Exit(kind, block, flags) => {
                match kind {
                    Kind::Block => {
                        flush(&mut page, &mut cur, &mut cur_link, &mut cur_chars, &open, &heading);
                        if let Some(b) = block {
                            open.pop();
                            let end = page.lines.len() as u32;
                            page.blocks[b as usize].end = end;
                        }
                    }
                    Kind::Link => links -= 1,
                    _ => {}
                }
                if flags & 1 != 0 {
                    heading.pop();
                }
                if flags & 2 != 0 {
                    story -= 1;
                }
                if flags & 4 != 0 {
                    in_title = false;
                }
                continue;
            }
        };
        enum What {
            Skip,
            Text,
            Element { tag: LocalName, attrs: Vec<(String, String)> },
            Container,
        }
        let (what, first, next) = tree
            .query_node(&id, |n| {
                let what = match &n.data {
                    NodeData::Text { contents } => {
                        if in_title {
                            page.raw.title.get_or_insert_with(String::new).push_str(contents);
                        } else {
                            push_text(&mut cur, &mut cur_chars, &mut cur_link, links > 0, contents);
                        }
                        What::Text
                    }
                    NodeData::Element(el) => {
                        // Only the attributes the reader looks at are copied.
                        let is_link = &*el.name.local == "link";
                        What::Element {
                            tag: el.name.local.clone(),
                            attrs: el
                                .attrs
                                .iter()
                                .filter(|a| {
                                    let n = &*a.name.local;
                                    WANTED_ATTRS.contains(&n) || (is_link && n == "href")
                                })
                                .map(|a| (a.name.local.to_string(), a.value.to_string()))
                                .collect(),
                        }
                    }
                    NodeData::Document | NodeData::Fragment => What::Container,
                    _ => What::Skip,
                };
                (what, n.first_child, n.next_sibling)
            })
            .unwrap_or((What::Skip, None, None));
        if let Some(next) = next {
            stack.push(Frame::Node(next));
        }
        let (tag_atom, attrs) = match what {
            What::Skip | What::Text => continue,
            What::Container => {
                if let Some(c) = first {
                    stack.push(Frame::Node(c));
                }
                continue;
            }
            What::Element { tag, attrs } => (tag, attrs),
        };
        let tag: &str = &tag_atom;
        let attr = |name: &str| attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
        collect_meta(&mut page.raw, tag, &attrs, tree, id);
        let mut k = kind(tag);
        if tag == "head" {
            // Its children are metadata, never visible text.
            k = Kind::Inline;
        }
        if k == Kind::Never || attr("hidden").is_some() {
            continue;
        }
        let mut flags = 0u8;
        if let Some(level) =
            tag.strip_prefix('h').and_then(|d| d.parse::<u8>().ok()).filter(|l| (1..=6).contains(l))
        {
            heading.push(level);
            flags |= 1;
        }
        let is_story = matches!(tag, "article" | "main")
            || attr("itemprop") == Some("articleBody")
            || attr("role") == Some("main");
        if is_story {
            story += 1;
            flags |= 2;
        }
        if tag == "title" && page.raw.title.is_none() {
            in_title = true;
            flags |= 4;
        }
        let mut block = None;
        match k {
            Kind::Block => {
                flush(&mut page, &mut cur, &mut cur_link, &mut cur_chars, &open, &heading);
                let b = page.blocks.len() as u32;
                let start = page.lines.len() as u32;
                page.blocks.push(Block {
                    parent: open.last().copied().unwrap_or(u32::MAX),
                    start,
                    end: start,
                    hint: hint_of(tag, &attrs, story > u32::from(is_story)),
                    story: is_story,
                });
                open.push(b);
                block = Some(b);
            }
            Kind::Break => {
                flush(&mut page, &mut cur, &mut cur_link, &mut cur_chars, &open, &heading);
            }
            Kind::Link => links += 1,
            _ => {}
        }
        stack.push(Frame::Exit(k, block, flags));
        if let Some(c) = first {
            stack.push(Frame::Node(c));
        }
    }
    flush(&mut page, &mut cur, &mut cur_link, &mut cur_chars, &open, &heading);
    if let Some(t) = &mut page.raw.title {
        *t = collapse(t);
    }
    page
}

/// Appends a text node to the current line, white space collapsed.
fn push_text(cur: &mut String, chars: &mut u32, link: &mut u32, in_link: bool, text: &str) {
    for word in text.split(|c: char| c.is_whitespace() || c == '\u{200b}') {
        if word.is_empty() {
            // A space between this node's words and the line's, only once.
            if !cur.is_empty() && !cur.ends_with(' ') {
                cur.push(' ');
            }
            continue;
        }
        let n = word.chars().count() as u32;
        cur.push_str(word);
        cur.push(' ');
        *chars += n;
        if in_link {
            *link += n;
        }
    }
    // Keep a space only where the text had one: a word split across inline
    // elements (<b>ال</b>خبر) is one word.
    if !text.ends_with(|c: char| c.is_whitespace()) && cur.ends_with(' ') {
        cur.pop();
    }
}

/// Ends the current line (when it holds text) and records it.
fn flush(
    page: &mut Page,
    cur: &mut String,
    link: &mut u32,
    chars: &mut u32,
    open: &[u32],
    heading: &[u8],
) {
    let text = cur.trim();
    if !text.is_empty() {
        page.lines.push(Line {
            text: text.to_owned(),
            block: open.last().copied().unwrap_or(u32::MAX),
            link_chars: *link,
            chars: *chars,
            heading: heading.last().copied().unwrap_or(0),
            chrome: false,
        });
    }
    cur.clear();
    *link = 0;
    *chars = 0;
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Records what an element says about the page's metadata.
fn collect_meta(
    raw: &mut Raw,
    tag: &str,
    attrs: &[(String, String)],
    tree: &dom_query::Tree,
    id: NodeId,
) {
    let attr = |name: &str| attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    match tag {
        "meta" => {
            let key = attr("property").or_else(|| attr("name")).or_else(|| attr("itemprop"));
            if let (Some(k), Some(c)) = (key, attr("content")) {
                raw.metas.push((k.trim().to_ascii_lowercase(), c.trim().to_owned()));
            }
            if let (Some(p), Some(c)) = (attr("itemprop"), attr("content")) {
                if is_date_prop(p) {
                    raw.times.push((p.to_owned(), c.trim().to_owned()));
                }
            }
        }
        "link" => {
            let rel = attr("rel").unwrap_or_default();
            if rel.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("canonical")) {
                if let Some(h) = attr("href") {
                    raw.canonical.get_or_insert_with(|| h.trim().to_owned());
                }
            }
        }
        "script" => {
            if attr("type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json")) {
                let text = dom_query::NodeRef::new(id, tree).text();
                // Bounded: a JSON-LD block larger than this is not metadata.
                if text.len() <= 1 << 20 {
                    raw.json_ld.push(text.to_string());
                }
            }
        }
        _ => {
            // RDFa: <span property="dc:date" content="…">.
            if let (Some(k), Some(c)) = (attr("property"), attr("content")) {
                raw.metas.push((k.trim().to_ascii_lowercase(), c.trim().to_owned()));
            }
            let prop = attr("itemprop");
            if tag == "time" {
                if let Some(dt) = attr("datetime") {
                    let key = prop.or_else(|| attr("class")).unwrap_or("time");
                    raw.times.push((key.to_owned(), dt.trim().to_owned()));
                }
            } else if let Some(p) = prop.filter(|p| is_date_prop(p)) {
                let v = attr("content").or_else(|| attr("datetime"));
                if let Some(v) = v {
                    raw.times.push((p.to_owned(), v.trim().to_owned()));
                }
            }
        }
    }
}
