//! The passes that claim lines for roles, in one precedence list (`PASSES`):
//! the main text block (`block`), the title, the header lines, the body, what
//! follows it ("read also" sections: `related`), and the last passes over
//! the body read (`finish`). The tagged record layout (`tagged`) has passes
//! of its own.

mod block;
mod finish;
mod related;
mod tagged;

use self::block::{
    Teasers, body_cluster, is_above_headline, is_masthead_value, is_widget, last_long_line,
    mark_lists, opens_article, opens_post,
};
use super::Parser;
use super::assemble::Draft;
use super::claims::{Claims, Role};
use super::features::{
    agency_credit, has_link, is_author_slot, is_bare_name, is_candidate, is_caption_phrase,
    is_dateline_line, is_initials, is_known_name, is_latin_name, is_list_item,
    is_name_word_without_article, is_section_name, is_sentence_opener, is_writer_note, name_text,
    names_a_picture, signed_headline, signed_with_email, source_credit, verb_byline,
};
use super::labels::Label;
use super::page::{
    CREDIT, Credit, LABEL_CREDIT_WORDS, Line, TIME, after_label, before_label, before_len,
    caption_credit, ends_with_full_stop, is_caption, is_photo_credit, is_run_on, is_whole_sentence,
    label, label_value, outlet_before_stamp, read_lines,
};
use crate::article::{ArticleDate, Byline, PageKind};
use crate::dateline::{self, AgencyRef, Dateline, Mode};
use crate::{DateParser, Time};

/// How far into the text block (its lines that are not furniture) an own-line
/// dateline still opens the body.
const DATELINE_REACH: usize = 4;
/// How far above the body the header (title, date, byline) is searched, in lines.
const HEADER_WINDOW: usize = 25;
/// Lines read from the top for the tagged record layout's markers.
const TAGGED_HEAD_LINES: usize = 12;
/// A wire dateline around a date ("بريدة 25 شوال 1436 هـ … واس") has a place, a
/// date and an agency: at least this many words.
const WIRE_DATE_WORDS: usize = 3;
/// A time split over lines ("٢٣:" / "١٠" / "م"): pieces this short, this
/// many lines from the date line at most.
const TIME_FRAGMENT_WORDS: usize = 3;
const TIME_FRAGMENT_REACH: usize = 3;
/// A repeated headline wins over the nearest one if it stands this close above it.
const REPEAT_REACH: usize = 2;
/// Unlabelled lines passed going up from the date before the title search stops.
const TITLE_SKIPS: usize = 4;
/// A first line of this many words right above the body is its headline.
const SHORT_FIRST_LINE_WORDS: usize = 2;
/// A site's name before a bar and the dateline ("SITE | PLACE (AGENCY)") has at
/// most this many words.
const SITE_NAME_WORDS: usize = 3;
/// A lead-in ending with a colon that opens the body is at least this long.
const LEAD_IN_WORDS: usize = 4;
/// A date just above the title: this many lines up at most, past only
/// labels and lines of at most `SHORT_LINE_ABOVE_TITLE` words.
const DATE_ABOVE_TITLE_REACH: usize = 4;
const SHORT_LINE_ABOVE_TITLE: usize = 3;
/// Without a headline, only a date this close above the body is the article's.
const DATE_NEAR_BODY: usize = 3;
/// Unlabelled lines closing the page, at most this many, are the body's last.
const TAIL_LINES: usize = 3;
/// A headline inline after a "read also" label has at least this many words.
const INLINE_RELATED_WORDS: usize = 2;
/// A closing sentence under the body has at least this many words.
const CLOSING_SENTENCE_WORDS: usize = 3;
/// A byline or author slot under this many paragraphs (a standfirst) opens the body.
const STANDFIRST_PARAGRAPHS: usize = 2;
/// A date under at most this many paragraphs (a standfirst) is the article's.
const STANDFIRST_DATE: usize = 1;
/// A credit closing the article ("(واس)") is this short.
const CLOSING_CREDIT_WORDS: usize = 4;
/// How far under the body a wire's filing time (after its sign-off) is
/// taken, in lines.
const SIGN_OFF_REACH: usize = 4;
/// How far under the body a date is taken, in lines (a column's date stands
/// under a closing remark and the writer's signature).
const DATE_UNDER_BODY_REACH: usize = 3;
/// How far under the body a reporter's byline is taken, in lines.
const BYLINE_UNDER_BODY_REACH: usize = 3;
/// Headline scores: a bare name above the body weighs against (more when
/// nothing else can be the headline); so do a sentence opener and a
/// caption's wording; a full,
/// a long, a repeated headline and one over the date or byline weigh for.
const BARE_NAME_PENALTY_LAST: i32 = 4;
const BARE_NAME_PENALTY: i32 = 1;
const OPENER_PENALTY: i32 = 2;
const CAPTION_PENALTY: i32 = 2;
const TITLE_FULL_WORDS: usize = 10;
const TITLE_LONG_WORDS: usize = 20;
const REPEAT_BONUS: i32 = 3;
const ABOVE_DATE_BONUS: i32 = 2;
/// A name the headline mentions is the outlet when it is this short.
const OUTLET_IN_TITLE_WORDS: usize = 3;
/// A source value on the line under its label is this short.
const SOURCE_WORDS: usize = 8;
/// A tag under a tags label is this short.
const TAG_WORDS: usize = 4;

/// The dateline at the head of a paragraph: the one place the passes read
/// it (the article's first paragraph, a "read also" item's, a tagged
/// record's; each caller says when a prefix counts). `text` is the
/// paragraph, found at byte `at.1` of line `at.0`: the prefix is claimed for
/// `roles.0` and the rest, trimmed, for `roles.1`. Returns the prefix read and
/// the paragraph after it (not trimmed).
fn paragraph_dateline<'t>(
    claims: &mut Claims,
    at: (usize, usize),
    text: &'t str,
    roles: (Role, Role),
    rule: &'static str,
) -> Option<(dateline::Prefix, &'t str)> {
    let prefix = dateline::read_prefix(text)?;
    let rest = &text[prefix.len..];
    let (line, off) = at;
    claims.range(line, off..off + prefix.len, roles.0, rule);
    let kept = rest.trim();
    if !kept.is_empty() {
        let start = off + prefix.len + (rest.len() - rest.trim_start().len());
        claims.range(line, start..start + kept.len(), roles.1, rule);
    }
    Some((prefix, rest))
}

/// A date as the page writes it: the text, and what the date parser reads in it.
fn make_date(dp: DateParser, text: &str) -> ArticleDate {
    let text = text.trim();
    let mut d = dp.parse(text).as_ref().map(ArticleDate::from).unwrap_or_default();
    d.text = text.to_owned();
    if d.time.is_none() {
        if let Some(c) = dp.parse_time(text) {
            d.time = Some(c.time);
            d.utc_offset = c.utc_offset;
        }
    }
    d
}

struct Asm<'a, 'l> {
    lines: &'l [Line<'a>],
    claims: Claims,
    draft: Draft,
    depth: u8,
    /// Reads dates.
    dates: DateParser,
    /// An outlet guessed from a lone word above the body; a paragraph-prefix
    /// dateline wins over it.
    weak: Option<(usize, Dateline)>,
    /// The line the header's dateline was read from, if any.
    dateline_line: Option<usize>,
    /// The line a dateline without a `dateline_line` was read from.
    dateline_from: Option<usize>,
    /// The line the publication date was read from by `take_date`.
    published_line: Option<usize>,
    /// The line and byte offset of each body paragraph.
    body_at: Vec<(usize, usize)>,
    /// The main text block's first and last lines (`body_block`; `header`
    /// moves the start to a lead-in, `body` the end to the page's last lines).
    bs: usize,
    be: usize,
    /// Where the header window starts (`body_block`), and the line after the
    /// title (`header`).
    h0: usize,
    hs: usize,
    /// The title's line, and the article's date line above the body (`title`).
    title: Option<usize>,
    date_idx: Option<usize>,
    /// The page lists teasers (`body_block`): no pass after it runs.
    listing: bool,
    /// The teaser of another article stands under the body (`body_block`):
    /// the body ends above it, whatever the lines after it are.
    teaser_under: bool,
}

impl<'a, 'l> Asm<'a, 'l> {
    fn new(lines: &'l [Line<'a>], depth: u8, dates: DateParser) -> Self {
        Asm {
            lines,
            claims: Claims::new(lines.len()),
            draft: Draft::default(),
            depth,
            dates,
            weak: None,
            dateline_line: None,
            dateline_from: None,
            published_line: None,
            body_at: Vec::new(),
            bs: lines.len(),
            be: lines.len(),
            h0: 0,
            hs: 0,
            title: None,
            date_idx: None,
            listing: false,
            teaser_under: false,
        }
    }

    /// The first line from `i` on, before `end`, that no rule has claimed.
    fn next_free(&self, i: usize, end: usize) -> Option<usize> {
        self.claims.next_free(i, end)
    }

    /// Whether a rule has claimed line `i`.
    fn used(&self, i: usize) -> bool {
        self.claims.is_claimed(i)
    }

    /// Claims the whole of line `i` for `role`.
    fn claim(&mut self, i: usize, role: Role, rule: &'static str) {
        self.claims.line(i, self.lines[i].text.len(), role, rule);
    }

    /// Claims line `i` as a body paragraph.
    fn push_body(&mut self, i: usize, rule: &'static str) {
        self.claim(i, Role::Body, rule);
        self.body_at.push((i, 0));
        self.draft.body.push(self.lines[i].text.to_owned());
    }

    /// Takes back the body read so far (a byline or author slot under the
    /// standfirst opens the body).
    fn drop_body(&mut self, body_lines: &mut Vec<usize>, reason: &'static str) {
        body_lines.clear();
        for (k, _) in std::mem::take(&mut self.body_at) {
            self.claims.release(k, reason);
        }
        self.draft.body.clear();
    }

    /// Keeps `d`, read from line `i`, unless a dateline was found already;
    /// returns whether it was kept.
    fn set_dateline(&mut self, i: usize, d: Dateline) -> bool {
        let free = self.draft.dateline.is_none();
        if free {
            self.draft.dateline = Some(d);
            self.dateline_line = Some(i);
        }
        free
    }

    fn set_byline(&mut self, text: &str, authors: Vec<String>) {
        if self.draft.byline.is_none() && !authors.is_empty() {
            self.draft.byline = Some(Byline { text: text.to_owned(), authors });
        }
    }

    /// A date line: published and/or updated. The line stays in
    /// `boilerplate` when it adds nothing.
    fn take_date(&mut self, i: usize, rule: &'static str) {
        let l = &self.lines[i];
        let text = l.text;
        let lbl = label(l);
        let content = if lbl.is_some_and(Label::is_date) { after_label(l) } else { text };
        if lbl == Some(Label::Updated) {
            let before = before_label(l);
            let has_date = !before.is_empty() && before.chars().any(crate::chars::is_numeric);
            let mut before_kept = before.is_empty();
            let split = before_len(l);
            if has_date && self.draft.published.is_none() {
                self.claims.range(i, 0..split, Role::Published, "date-before-update-label");
                self.published_line = Some(i);
                before_kept = true;
                self.draft.published =
                    Some(make_date(self.dates, before.trim_end_matches(['(', '،', ',', ' '])));
            }
            if self.draft.updated.is_none() {
                self.claims.range(i, split..l.text.len(), Role::Updated, rule);
                // Text before the label that no field took stays in boilerplate.
                if !before_kept {
                    self.claims.leave(
                        i,
                        0..split,
                        Role::Updated,
                        "left: text before an update label",
                    );
                }
                let c = if content.contains('(') { content } else { content.trim_end_matches(')') };
                let mut u = make_date(self.dates, c);
                if u.date.is_none() {
                    if let Some(p) = &self.draft.published {
                        u.date.clone_from(&p.date);
                    }
                }
                self.draft.updated = Some(u);
            }
            return;
        }
        // A relative date without a reference ("منذ ساعة") yields to a date
        // the page spells out.
        let dated = self.draft.published.as_ref().is_some_and(|p| p.date.is_some());
        let absolute = self.dates.parse(content).is_some_and(|d| d.date.is_some());
        if (self.draft.published.is_some() && (dated || !absolute))
            || self.dates.parse(content).is_none()
        {
            return;
        }
        // A relative date yields to one the page spells out: its line is
        // boilerplate again.
        if self.draft.published.is_some() {
            if let Some(old) = self.published_line.take() {
                self.claims.release(old, "released: a spelled-out date wins over a relative one");
            }
        }
        self.claim(i, Role::Published, rule);
        self.published_line = Some(i);
        // The update after the date on the same line ("نشر بتاريخ: 04/12/2015 (آخر
        // تحديث: 04/12/2015 الساعة: 12:28)"): its date and time are the update's.
        let content = match update_after(content) {
            Some(at) if self.draft.updated.is_none() && lbl != Some(Label::Updated) => {
                let from = text.len() - content.len() + at;
                self.claims.range(i, 0..from, Role::Published, rule);
                self.claims.range(i, from..text.len(), Role::Updated, "update-after-date");
                self.draft.updated = Some(make_date(self.dates, &content[at..]));
                content[..at].trim_end_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '(' | '|' | '-' | '،' | ',')
                })
            }
            _ => content,
        };
        // A short credit before a mid-line publication label ("كشـ24 نشر في: …").
        if lbl == Some(Label::Published) {
            let before = before_label(l);
            let credit = before.split_whitespace().count() <= LABEL_CREDIT_WORDS;
            let stored = !before.is_empty()
                && credit
                && self.set_dateline(
                    i,
                    Dateline {
                        text: before.to_owned(),
                        place: None,
                        agency: Some(agency_ref(before)),
                    },
                );
            let split = before_len(l);
            if stored {
                self.claims.range(i, 0..split, Role::Dateline, "credit-before-date-label");
                self.claims.range(i, split..l.text.len(), Role::Published, rule);
            }
            // Text before the label that no field took stays in boilerplate.
            if !before.is_empty() && !stored {
                self.claims.leave(i, 0..split, Role::Published, "left: text before a date label");
            }
        }
        // An outlet credited before the stamp ("جريدة الصباح - 12/12/2025 …",
        // an aggregator's line): the story's source.
        if let Some(rest) = outlet_before_stamp(content) {
            if self.draft.source.is_none() && lbl.is_none() {
                let split = content.len() - rest.len();
                let name = content[..split].trim_end_matches([' ', '-', '–']);
                self.claims.range(i, 0..split, Role::Source, "outlet-before-stamp");
                // `content` is the line up to an update after the date, if any.
                self.claims.range(i, split..content.len(), Role::Published, rule);
                self.draft.source = Some(name.to_owned());
            }
        }
        // A wire dateline around the date: "بريدة 25 شوال 1436 هـ … واس".
        let words: Vec<&str> = content.split_whitespace().collect();
        if let (Some(first), Some(last)) = (words.first(), words.last()) {
            if words.len() >= WIRE_DATE_WORDS
                && dateline::is_place(first)
                && crate::Agency::find(last).is_some()
            {
                self.set_dateline(
                    i,
                    Dateline {
                        text: content.to_owned(),
                        place: Some((*first).to_owned()),
                        agency: Some(agency_ref(last)),
                    },
                );
            }
        }
        // A place before the date: "بورتسودان 10-11-2023", "الرياض – 3 مايو 2024".
        if let Some(d) = self.dates.parse(content).filter(|d| d.span.start > 0) {
            let before = content[..d.span.start]
                .trim_matches(|c: char| c.is_whitespace() || dateline_sep(c) || c == ',');
            if !before.is_empty() && dateline::is_place(before) {
                let place = Some(before.to_owned());
                self.set_dateline(i, Dateline { text: before.to_owned(), place, agency: None });
            }
        }
        self.draft.published = Some(make_date(self.dates, content));
        self.time_from_fragments(i);
    }

    /// A publication time split over the short lines right above or below
    /// the date line `i` ("٢٣:" / "١٠" / "م +02:00 EET"): read from the lines
    /// joined, when the date line gave none. The value is taken; the lines
    /// stay in boilerplate.
    fn time_from_fragments(&mut self, i: usize) {
        let Some(p) = self.draft.published.as_mut().filter(|p| p.time.is_none()) else { return };
        let lines = self.lines;
        let claims = &self.claims;
        let fragment = |j: usize| {
            let l = &lines[j];
            !claims.is_claimed(j)
                && l.words <= TIME_FRAGMENT_WORDS
                && l.text.chars().any(crate::chars::is_numeric)
                && l.text.chars().all(|c| {
                    crate::chars::is_numeric(c) || c.is_ascii_alphabetic() || " :+-.ـصم".contains(c)
                })
        };
        let above =
            (i.saturating_sub(TIME_FRAGMENT_REACH)..i).rev().take_while(|&j| fragment(j)).last();
        let below = (i + 1..(i + 1 + TIME_FRAGMENT_REACH).min(lines.len()))
            .take_while(|&j| fragment(j))
            .last();
        for run in [above.map(|a| a..i), below.map(|b| i + 1..b + 1)].into_iter().flatten() {
            let mut joined = String::new();
            for j in run {
                if !joined.is_empty() && !joined.ends_with(':') {
                    joined.push(' ');
                }
                joined.push_str(lines[j].text);
            }
            if let Some(c) = self.dates.parse_time(&joined) {
                p.time = Some(c.time);
                p.utc_offset = c.utc_offset;
                return;
            }
        }
    }
}

fn agency_ref(name: &str) -> AgencyRef {
    AgencyRef::new(name)
}

/// A page read and classified: its lines, their claims, and the values read.
pub(super) struct Classified<'a> {
    lines: Vec<Line<'a>>,
    pub(super) claims: Claims,
    pub(super) draft: Draft,
}

impl<'a> Classified<'a> {
    /// The text of every line.
    pub(super) fn texts(&self) -> Vec<&'a str> {
        self.lines.iter().map(|l| l.text).collect()
    }

    /// Whether each line sits in a list that is not the article.
    pub(super) fn listed(&self) -> Vec<bool> {
        self.lines.iter().map(|l| l.listed).collect()
    }
}

/// Reads the page's lines and runs the passes over them (the tagged record
/// layout has passes of its own).
pub(super) fn classify<'a>(text: &'a str, parser: &Parser) -> Classified<'a> {
    let mut lines = read_lines(text);
    if lines
        .iter()
        .take(TAGGED_HEAD_LINES)
        .any(|l| l.text.starts_with("<DOC>") || l.text.starts_with("<TITLE>"))
    {
        let (claims, draft) = tagged::tagged(&lines, parser.date_parser());
        return Classified { lines, claims, draft };
    }
    mark_lists(&mut lines);
    let mut asm = Asm::new(&lines, parser.depth(), parser.date_parser());
    asm.run();
    let Asm { claims, draft, .. } = asm;
    Classified { lines, claims, draft }
}

/// A pass: reads the page's lines, claims some for roles.
type Pass = fn(&mut Asm<'_, '_>);

/// The passes over a page's lines, in precedence order: a line one pass has
/// claimed is not seen by the later ones. Each is named for `explain`'s
/// readers; the rules inside a pass name the claims they make.
const PASSES: &[(&str, Pass)] = &[
    ("body-block", |a| a.body_block()),
    ("title", |a| a.title()),
    ("header", |a| a.header()),
    ("slot-before-headline", |a| a.slot_before_title()),
    ("date-above-title", |a| a.date_above_title()),
    ("labelled-date", |a| a.labelled_date()),
    ("source-above-title", |a| a.source_above_title()),
    ("body", |a| a.body()),
    ("after-body", |a| a.after_body()),
    ("first-paragraph-dateline", |a| a.first_paragraph_dateline()),
    ("lone-outlet", |a| a.lone_outlet()),
    ("closing-credit", |a| a.closing_credit()),
    ("glued-label", |a| a.glued_label()),
    ("empty-paragraphs", |a| a.empty_paragraphs()),
];

/// The shape of a headline of two words ("قانون للجميع!", "واجهة المكتبات"),
/// for the places where the line's position says headline (the first line
/// right above the body, the line right above the article's date): Arabic, no
/// label, no date, not in a list, no caption, no author slot. Such a line may
/// also be a name; the callers weigh that.
fn is_short_headline(l: &Line<'_>) -> bool {
    l.words == SHORT_FIRST_LINE_WORDS && has_headline_shape(l)
}

/// What a short line over the body needs to be a headline: Arabic, no label,
/// no date, not in a list, no caption, no author slot.
fn has_headline_shape(l: &Line<'_>) -> bool {
    l.arabic
        && l.label.is_none()
        && !l.date
        && !l.listed
        && !is_caption(l)
        && !is_author_slot(l)
        && !has_link(l.text)
}

impl<'a> Asm<'a, '_> {
    /// Runs the passes; a listing stops after the first.
    fn run(&mut self) {
        for (_, pass) in PASSES {
            pass(self);
            if self.listing {
                break;
            }
        }
    }

    /// The main text block (`bs..=be`), or a listing: every line stays boilerplate.
    fn body_block(&mut self) {
        let lines = self.lines;
        let n = lines.len();
        let (bs, be) = body_cluster(lines).or_else(|| last_long_line(lines)).unwrap_or((n, n));
        let teasers = Teasers::read(lines, bs, be);
        // The body stops where the teaser of another article starts.
        self.teaser_under = teasers.teaser.is_some();
        let be = teasers.teaser.map_or(be, |s| s - 1);
        // A listing keeps every line in boilerplate.
        self.be = be;
        if teasers.listing() {
            self.draft.kind = PageKind::Listing;
            self.listing = true;
            return;
        }
        // A dateline on its own line near the top of the text block opens the
        // body: what stands above it (a standing note, a kicker, the headline)
        // is the header. Near: among its first lines, furniture (a breadcrumb,
        // share buttons), dates and a line printed again (the headline twice)
        // not counted.
        let bs = (bs..be)
            .filter(|&k| {
                !is_above_headline(&lines[k]) && (k == 0 || lines[k - 1].text != lines[k].text)
            })
            .take(DATELINE_REACH)
            .find(|&k| {
                let l = &lines[k];
                !l.prose && lines[k + 1].prose && is_dateline_line(l)
            })
            .map_or(bs, |k| k + 1);
        self.bs = bs;
        self.h0 = bs.saturating_sub(HEADER_WINDOW);
    }

    /// The title: the headline right above the article's date line, or the best headline-like line above the body.
    fn title(&mut self) {
        let lines = self.lines;
        let n = lines.len();
        let h0 = self.h0;
        let bs = self.bs;
        // Title: the headline right above the article's date line, or the best
        // headline-like line above the body.
        let date_idx = (h0..bs).rev().find(|&i| lines[i].date && !lines[i].listed);
        let mut title = None;
        if let Some(d) = date_idx {
            // The nearest headline above the date, unless one a little higher is
            // printed twice (a headline repeated is the page's own; the line
            // nearest the date may be a reporter's or a caption).
            let repeated = |i: usize| (h0..bs).any(|j| j != i && lines[j].text == lines[i].text);
            let mut skips = 0;
            let mut nearest: Option<usize> = None;
            for i in (h0..d).rev() {
                let l = &lines[i];
                // A two-word headline counts right above the date of an
                // article's header (share buttons and another stamp between
                // them aside), when no menu item reads the same (a
                // section's name above the date).
                // A name-shaped one only when the byline stands right under
                // the date ("كتب: …"): the reporter is named there.
                let short = (i + 1..d).all(|j| is_above_headline(&lines[j]))
                    && is_short_headline(l)
                    && opens_article(lines, d)
                    && (!is_bare_name(l)
                        || lines.get(d + 1).is_some_and(|b| verb_byline(b).is_some()))
                    && !lines.iter().any(|o| o.listed && o.text == l.text);
                if (is_candidate(l) || short) && !is_masthead_value(lines, i) {
                    // A repeated headline counts just above a shorter nearest
                    // one (short repeated lines are widgets: "شاهد كل النتائج").
                    if !l.listed
                        && repeated(i)
                        && nearest.is_none_or(|n| n <= i + REPEAT_REACH && lines[n].words < l.words)
                    {
                        title = Some((i, "title-repeated-above-date"));
                        break;
                    }
                    nearest = nearest.or(Some(i));
                }
                if l.label.is_none() {
                    skips += 1;
                }
                if skips > TITLE_SKIPS || l.prose {
                    break;
                }
            }
            title = title.or(nearest.map(|i| (i, "title-nearest-above-date")));
        }
        // "HEADLINE – بقلم: NAME": the nearest headline signed on its line.
        let mut signed = None;
        if title.is_none() {
            if let Some((i, s)) = (h0..bs).rev().find_map(|i| {
                let l = &lines[i];
                (!self.used(i) && !l.listed && !l.prose)
                    .then(|| signed_headline(l.text))
                    .flatten()
                    .map(|s| (i, s))
            }) {
                title = Some((i, "title-signed-on-its-line"));
                signed = Some(s);
            }
        }
        if title.is_none() {
            title = self.score_title(h0, bs).map(|i| (i, "title-best-scored"));
        }
        // A two-word line right above the body ("قانون للجميع!"), or one of a
        // name's shape ("قناة السويس الجديدة"), share buttons, the writer's
        // line ("بقلم: …") and a photo's caption between them aside, is its
        // headline when it opens the page:
        // above it only menu entries, widgets, one-word lines (a section's
        // name), dates, or the same line (a headline printed twice). Not when it is
        // a name opening with a common given name (the byline then): two words
        // of a name's shape are a headline more often ("حكاية فقر").
        let above_body = (0..bs.min(n)).rev().find(|&j| {
            let l = &lines[j];
            !is_widget(l) && verb_byline(l).is_none() && caption_credit(l) != Some(Credit::Sure)
        });
        if let Some(h) = above_body.filter(|_| title.is_none()) {
            let l = &lines[h];
            let opens = (0..h).all(|j| is_above_headline(&lines[j]) || lines[j].text == l.text);
            let shape = is_short_headline(l) || (is_bare_name(l) && has_headline_shape(l));
            if opens && shape && !is_known_name(l) {
                title = Some((h, "title-short-first-line"));
            }
        }
        if let Some((t, rule)) = title {
            let text = lines[t].text;
            if let Some((headline, at, authors)) = signed {
                self.claims.range(t, 0..headline.len(), Role::Title, rule);
                self.draft.title = Some(headline.to_owned());
                if self.draft.byline.is_none() {
                    self.claims.range(t, at..text.len(), Role::Byline, rule);
                    self.set_byline(&text[at..], authors);
                }
            } else {
                self.claim(t, Role::Title, rule);
                // Emphasis marks around a headline are decoration ("*…*").
                let text = text.trim_matches(|c: char| c == '*' || c.is_whitespace());
                self.draft.title = Some(text.to_owned());
            }
        }
        self.title = title.map(|(t, _)| t);
        self.date_idx = date_idx;
    }

    /// The header lines between the title and the body.
    #[allow(clippy::needless_range_loop)] // lines and claims are indexed together
    fn header(&mut self) {
        let lines = self.lines;
        let h0 = self.h0;
        let bs = self.bs;
        let title = self.title;
        // Header lines between the title and the body. A lead-in ending with a
        // colon opens the body (highlights follow it).
        let hs = title.map_or(h0, |t| t + 1);
        self.hs = hs;
        let lead_in = (hs..bs).find(|&j| {
            let l = &lines[j];
            !l.listed
                && l.label.is_none()
                && !l.date
                && l.arabic
                && l.words >= LEAD_IN_WORDS
                && l.text.ends_with(':')
                && dateline::read_slot(l.text, Mode::Author).is_none()
        });
        let bs = lead_in.unwrap_or(bs);
        self.bs = bs;
        for i in hs..bs {
            if self.used(i) || lines[i].listed {
                continue;
            }
            self.header_line(i, bs);
        }
    }

    /// An author slot glued to a copy of the headline, above it.
    #[allow(clippy::needless_range_loop)] // lines and claims are indexed together
    fn slot_before_title(&mut self) {
        let lines = self.lines;
        let h0 = self.h0;
        let title = self.title;
        // "NAME - PLACE - headline" above the headline: a page that opens with
        // its author slot glued to a copy of the headline.
        if let Some(t) = title {
            for i in h0..t {
                if !self.used(i) && !lines[i].listed {
                    self.slot_before_headline(i, lines[t].text);
                }
            }
        }
    }

    /// A date just above the title (or, without one, right above the body).
    fn date_above_title(&mut self) {
        let lines = self.lines;
        let bs = self.bs;
        let title = self.title;
        let date_idx = self.date_idx;
        // A date just above the title, with only labels or short lines between.
        if self.draft.published.is_none() {
            if let Some(t) = title {
                for i in (t.saturating_sub(DATE_ABOVE_TITLE_REACH)..t).rev() {
                    let l = &lines[i];
                    // The headline printed twice.
                    if l.text == lines[t].text {
                        continue;
                    }
                    if l.date && !self.used(i) {
                        self.take_date(i, "date-above-title");
                        break;
                    }
                    if label(l) == Some(Label::Masthead)
                        || (l.label.is_none() && l.words > SHORT_LINE_ABOVE_TITLE)
                    {
                        break;
                    }
                }
            } else if let Some(d) = date_idx {
                if !self.used(d) && self.anchored_date(d, bs) {
                    self.take_date(d, "date-above-body");
                }
            }
        }
    }

    /// An explicitly labelled date anywhere above the body.
    fn labelled_date(&mut self) {
        let lines = self.lines;
        let h0 = self.h0;
        let bs = self.bs;
        // An explicitly labelled date anywhere above the body ("date 2025-09-23",
        // "تاريخ النشر: …").
        if self.draft.published.as_ref().is_none_or(|p| p.date.is_none()) {
            if let Some(i) = (h0..bs).find(|&i| {
                let l = &lines[i];
                l.date && !self.used(i) && !l.listed && label(l).is_some_and(Label::is_date)
            }) {
                self.take_date(i, "labelled-date-above-body");
            }
        }
    }

    /// A source line above the title.
    #[allow(clippy::needless_range_loop)] // lines and claims are indexed together
    fn source_above_title(&mut self) {
        let lines = self.lines;
        let h0 = self.h0;
        let title = self.title;
        // A source line above the title ("المصدر: LBCI").
        if let Some(t) = title {
            for i in h0..t {
                if !self.used(i) && !lines[i].listed && label(&lines[i]) == Some(Label::Source) {
                    self.source(i);
                }
            }
        }
    }

    /// The body: its paragraphs, and the fields inside it.
    fn body(&mut self) {
        let lines = self.lines;
        let n = lines.len();
        let hs = self.hs;
        let bs = self.bs;
        // The body. Unlabelled lines closing the article are its last
        // paragraphs (cut pages end mid-sentence, on a short line, or on a
        // long one cut before its first comma, which has a ticker's shape).
        // The article closes where the page ends, or where the site's footer
        // (its copyright, its comment form) starts.
        let mut be = self.be;
        // A widget (an advertisement's label, a share button) among the last
        // lines is skipped, as it is inside the body.
        let widget = |l: &Line<'_>| label(l) == Some(Label::Boiler);
        let close = (be + 1..n)
            .find(|&i| matches!(label(&lines[i]), Some(Label::End | Label::Comments)))
            .unwrap_or(n);
        // A writer's note, a photographer's credit or a source's credit ends
        // the article's text: the tail runs up to the first of them. (A
        // caption does not: the lines around one are likely captions too.)
        let starred = |j: usize| lines.get(j).is_some_and(|l| l.text.starts_with('*'));
        let ends_text = |k: usize| {
            let l = &lines[k];
            is_photo_credit(l)
                || source_credit(l).is_some()
                || (is_writer_note(l) && !starred(k - 1) && !starred(k + 1))
        };
        let end = (be + 1..close).find(|&k| ends_text(k)).unwrap_or(close);
        // The page's last line, cut before its first comma, read as a
        // paragraph (a page that goes on to its footer was not cut).
        let mut cut_last = None;
        if be < end && end - be - 1 <= TAIL_LINES && !self.teaser_under {
            let tail = &lines[be + 1..end];
            // An inline "read also" link among them does not end the body,
            // nor does a widget.
            let texts = tail.iter().filter(|l| !widget(l)).count();
            let paragraph = |(k, l): (usize, &Line<'_>)| {
                l.arabic
                    && l.label.is_none()
                    && !l.date
                    && (!l.listed || (end == n && k + 1 == tail.len() && is_run_on(l.text, l.words)))
                    // Over a footer, the article was not cut: its paragraphs
                    // are whole sentences, not headlines of other stories.
                    && (close == n || is_whole_sentence(l))
                    && !is_caption(l)
                    && !names_a_picture(l)
                    && !is_initials(l.text)
                    && !(texts == 1 && is_known_name(l))
            };
            // The teaser of another article (a headline over a dateline) is
            // not the body going on.
            if tail
                .iter()
                .enumerate()
                .all(|(k, l)| widget(l) || paragraph((k, l)) || inline_related(l).is_some())
                && !tail.windows(2).any(|w| opens_post(&w[0], &w[1]))
            {
                be = (be + 1..end).rev().find(|&k| !widget(&lines[k])).unwrap_or(be);
                cut_last = lines[be].listed.then_some(be);
            }
        }
        // A short closing sentence right under the last paragraph (a widget
        // between them aside), ending with a full stop, is the body's last
        // paragraph ("أفيقوا يا عرب.").
        let next = (be + 1..n).find(|&k| !widget(&lines[k])).unwrap_or(n);
        if let Some(l) = lines.get(next) {
            if be >= bs
                && l.arabic
                && l.words >= CLOSING_SENTENCE_WORDS
                && (ends_with_full_stop(l.text) || l.text.ends_with(['!', '؟']))
                && l.label.is_none()
                && !l.date
                && !l.listed
                && !is_caption(l)
                && source_credit(l).is_none()
                && verb_byline(l).is_none()
            {
                be = next;
            }
        }
        self.be = be;
        // A sentence opener just above the first paragraph is the body's
        // first line ("إن وزير …" before a decree's clauses).
        let mut bs = bs;
        if let Some(j) =
            (hs..bs).rev().find(|&j| !self.used(j) && !lines[j].listed && lines[j].arabic)
        {
            let l = &lines[j];
            if l.label.is_none() && !l.date && is_sentence_opener(l.text) {
                bs = j;
            }
        }
        let mut body_lines: Vec<usize> = Vec::new();
        let mut i = bs;
        let title = self.title.map(|t| lines[t].text);
        while let Some(j) = self.next_free(i, (be + 1).min(n)) {
            i = j;
            let l = &lines[i];
            // The headline printed again under paragraphs opens what follows
            // the article (a share box, the site's blurb): the body has ended.
            if !body_lines.is_empty() && title == Some(l.text) {
                break;
            }
            match label(l) {
                Some(Label::Source | Label::Tags) => {
                    i = self.field_line(i);
                    continue;
                }
                Some(Label::Related) => {
                    // "اقرأ أيضا: TITLE" inside the body: one link, and the
                    // body goes on under it.
                    if let Some(title) = inline_related(l).filter(|_| self.depth > 0) {
                        let at = l.text.len() - title.len();
                        let rule = "related-inline-title";
                        self.claims.range(i, at..l.text.len(), Role::RelatedTitle, rule);
                        self.draft
                            .related
                            .push(Draft { title: Some(title.to_owned()), ..Draft::default() });
                        i += 1;
                        continue;
                    }
                    i = self.related(i + 1, n, true, self.depth);
                    continue;
                }
                Some(Label::Ticker | Label::Caption) if l.prose => {
                    self.push_body(i, "body-labelled-prose");
                }
                Some(_) => {}
                None => {
                    if l.date
                        && self.draft.published.is_none()
                        && body_lines.len() <= STANDFIRST_DATE
                    {
                        self.take_date(i, "date-under-standfirst");
                    } else if let Some(b) = verb_byline(l).filter(|_| {
                        self.draft.byline.is_none() && body_lines.len() <= STANDFIRST_PARAGRAPHS
                    }) {
                        // A byline under a standfirst: the body starts after it.
                        self.claim(i, Role::Byline, "byline-under-standfirst");
                        self.draft.byline = Some(b);
                        self.drop_body(
                            &mut body_lines,
                            "released: a byline under the standfirst opens the body",
                        );
                    } else if let Some(b) =
                        verb_byline(l).filter(|_| self.draft.byline.is_none() && i >= be)
                    {
                        // "تقرير: فلان" closing the body: the reporter signs it.
                        self.claim(i, Role::Byline, "byline-closing-body");
                        self.draft.byline = Some(b);
                    } else if let Some(slot) = (body_lines.len() <= STANDFIRST_PARAGRAPHS
                        && is_author_slot(l))
                    .then(|| dateline::read_slot(l.text, Mode::Author))
                    .flatten()
                    .filter(|s| s.author.is_some() && self.draft.byline.is_none())
                    {
                        // An author slot under a standfirst: the body starts after it.
                        self.take_slot(i, slot, 0..l.text.len(), "author-slot-under-standfirst");
                        self.drop_body(
                            &mut body_lines,
                            "released: an author slot under the standfirst opens the body",
                        );
                    } else if l.arabic
                        && !l.date
                        && !is_caption(l)
                        && (!l.listed || cut_last == Some(i))
                    {
                        body_lines.push(i);
                        self.push_body(i, "body");
                    }
                }
            }
            i += 1;
        }
    }

    /// After the body: source, tags, credits, sign-offs, related sections.
    fn after_body(&mut self) {
        let lines = self.lines;
        let n = lines.len();
        let be = self.be;
        // After the body: source, tags, credits, sign-offs, related sections.
        let mut i = be.saturating_add(1).min(n);
        let mut signed_off = false;
        while let Some(j) = self.next_free(i, n) {
            i = j;
            let l = &lines[i];
            match label(l) {
                Some(Label::End | Label::Comments) => break,
                Some(Label::Source | Label::Tags) => {
                    i = self.field_line(i);
                    continue;
                }
                Some(Label::Related | Label::MoreBy) if !l.listed => {
                    i = self.related(i + 1, n, false, self.depth);
                    continue;
                }
                Some(Label::SignOff) => signed_off = true,
                _ => {
                    if l.listed {
                    } else if let Some(name) =
                        source_credit(l).filter(|_| self.draft.source.is_none() && i <= be + 2)
                    {
                        // "*الأناضول", "(الجمهورية)" under the last paragraph:
                        // the story's source.
                        self.claim(i, Role::Source, "agency-credit-under-body");
                        self.draft.source = Some(name.to_owned());
                    } else if let Some(c) = CREDIT.captures(l.text).filter(|_| !is_photo_credit(l))
                    {
                        if self.draft.source.is_none()
                            && c[1].split_whitespace().count() <= CLOSING_CREDIT_WORDS
                        {
                            self.claim(i, Role::Source, "closing-credit");
                            self.draft.source = Some(c[1].trim().to_owned());
                        }
                    } else if l.date && signed_off && i <= be + SIGN_OFF_REACH {
                        // "// انتهى //" then "20:26 ت م": the wire's filing time.
                        if let (Some(p), Some(c)) =
                            (self.draft.published.as_mut(), TIME.captures(&l.norm))
                        {
                            if p.time.is_none() {
                                // The value is taken; the sign-off line stays in boilerplate.
                                p.time = c[1]
                                    .parse()
                                    .ok()
                                    .zip(c[2].parse().ok())
                                    .and_then(|(h, m)| Time::new(h, m));
                            }
                        }
                    } else if l.date
                        && self.draft.published.is_none()
                        && i <= be + DATE_UNDER_BODY_REACH
                        && !self.draft.body.is_empty()
                    {
                        self.take_date(i, "date-under-body");
                    } else if let Some(b) = verb_byline(l).filter(|_| {
                        self.draft.byline.is_none() && i <= be + BYLINE_UNDER_BODY_REACH
                    }) {
                        // "تقرير: فلان" right under the body.
                        self.claim(i, Role::Byline, "byline-under-body");
                        self.draft.byline = Some(b);
                    } else if self.draft.byline.is_none()
                        && i > 0
                        && ((i <= be + BYLINE_UNDER_BODY_REACH && lines[i - 1].date) || i == be + 1)
                        && (is_latin_name(l.text) || is_bare_name(l))
                    {
                        // A footer "date, author" pair, or a name alone, right
                        // under the body: the reporter signs the story.
                        self.claim(i, Role::Byline, "name-under-body");
                        self.draft.byline = Some(Byline {
                            text: l.text.to_owned(),
                            authors: vec![name_text(l.text).to_owned()],
                        });
                    } else if self.draft.byline.is_none() && i == be + 1 && is_initials(l.text) {
                        // "ه/ا" closing the story: the editors sign with initials.
                        self.claim(i, Role::Byline, "initials-under-body");
                        self.draft.byline = Some(Byline {
                            text: l.text.to_owned(),
                            authors: vec![l.text.to_owned()],
                        });
                    }
                }
            }
            i += 1;
        }
    }

    /// The best headline-like line in `h0..bs`.
    fn score_title(&self, h0: usize, bs: usize) -> Option<usize> {
        let lines = self.lines;
        let mut best: Option<(i32, usize)> = None;
        let mut first = true;
        for i in h0..bs.min(lines.len()) {
            let l = &lines[i];
            if l.listed || self.used(i) || !is_candidate(l) {
                continue;
            }
            // (Not a masthead's credit, "رئيس مجلس الإدارة : …", whose long
            // value cleared its label.)
            let masthead = || {
                super::labels::find(&l.norm, l.words)
                    .is_some_and(|h| h.start == 0 && h.label == Label::Masthead)
            };
            // The page's first line: where a page opens with its headline. Under
            // a menu (and one-word lines, share buttons, a date), the first line over a
            // shorter one (a caption) or over the body: a longer line under it
            // may be the headline under a site's tagline.
            let opens = || {
                let below = (i + 1..bs).find(|&j| !is_widget(&lines[j]));
                i == 0
                    || (lines[..i].iter().all(is_above_headline)
                        && below.is_none_or(|j| lines[j].prose || lines[j].words < l.words))
            };
            let top = std::mem::take(&mut first) && opens() && l.label.is_none() && !masthead();
            if dateline::read_slot(l.text, Mode::Author)
                .is_some_and(|s| s.author.is_some() || s.dateline.is_some())
            {
                continue;
            }
            let mut score = 0;
            // A reporter's bare name just above the body is the byline; higher
            // up it is a weak headline.
            // A reporter's bare name just above the body is likelier the byline
            // than the headline; it stays a headline when nothing else can be
            // one (a short headline looks like a name: "انفجار مرفأ بيروت").
            if is_bare_name(l) {
                score -= if ((i + 1)..bs).all(|j| lines[j].listed) {
                    BARE_NAME_PENALTY_LAST
                } else {
                    BARE_NAME_PENALTY
                };
            }
            if is_sentence_opener(l.text) {
                score -= OPENER_PENALTY;
            }
            // A photo's caption under the headline ("جانب من الحفل", "… (سامي
            // خوري)").
            if is_caption_phrase(l) || is_caption(l) {
                score -= CAPTION_PENALTY;
            }
            if top {
                score += 1;
            }
            // A full headline over a short caption or highlight.
            if l.words >= TITLE_FULL_WORDS {
                score += 1;
            }
            if l.words >= TITLE_LONG_WORDS {
                score += 1;
            }
            // Repeated, or repeated inside a longer line ("NAME - PLACE - headline").
            if (h0..bs).any(|j| j != i && lines[j].text.contains(l.text)) {
                score += REPEAT_BONUS;
            }
            if let Some(next) = lines.get(i + 1) {
                if next.date
                    || verb_byline(next).is_some()
                    || dateline::read_slot(next.text, Mode::Author).is_some()
                {
                    score += ABOVE_DATE_BONUS;
                }
            }
            if best.is_none_or(|b| score >= b.0) {
                best = Some((score, i));
            }
        }
        best.map(|b| b.1)
    }

    /// Whether the date line `i` belongs to the article's header without a
    /// headline to anchor it: right above the body starting at `bs`, or
    /// beside a byline (a masthead's clock stands by neither).
    fn anchored_date(&self, i: usize, bs: usize) -> bool {
        let byline = |j: usize| self.lines.get(j).is_some_and(|l| verb_byline(l).is_some());
        i + DATE_NEAR_BODY >= bs || byline(i + 1) || (i > 0 && byline(i - 1))
    }

    /// A line between the title and the body.
    fn header_line(&mut self, i: usize, bs: usize) {
        let l = &self.lines[i];
        if l.date {
            // Without a headline, only a date right above the body is the
            // article's (not the page's clock in its masthead).
            let labelled = label(l).is_some_and(Label::is_date);
            if self.draft.title.is_some() || labelled || self.anchored_date(i, bs) {
                self.take_date(i, "date-in-header");
            }
            return;
        }
        match label(l) {
            Some(Label::Source) => {
                self.source(i);
                return;
            }
            Some(_) => return,
            None => {}
        }
        if let Some(b) = verb_byline(l) {
            if self.draft.byline.is_none() {
                self.claim(i, Role::Byline, "byline-in-header");
                self.draft.byline = Some(b);
            }
            return;
        }
        if self.draft.title.as_deref() == Some(l.text) {
            return;
        }
        // The author slot: "NAME - PLACE", "PLACE - AGENCY", "بيروت: نذير رضا" …
        let mut slot_text = l.text.split(" | ").next().unwrap_or(l.text);
        if let Some(mut slot) = dateline::read_slot(slot_text, Mode::Author) {
            // "زنقة 20 | الرباط": a known place after the bar is the slot's place,
            // as a date there is the story's date.
            let after = l.text[slot_text.len()..].trim_start_matches([' ', '|']).trim_end();
            if let Some(d) = slot.dateline.as_mut().filter(|d| d.place.is_none()) {
                if !after.is_empty() && dateline::is_place(after) {
                    d.place = Some(after.to_owned());
                    d.text = l.text.to_owned();
                    slot_text = l.text;
                }
            }
            let dup = self.draft.dateline.as_ref().is_some_and(|d| d.text == slot_text)
                || self.draft.byline.as_ref().is_some_and(|b| b.text == slot_text);
            // A lone outlet name (no separator, no reporter) counts only right
            // above the body, or above the date line over it.
            let lone =
                slot.author.is_none() && !slot_text.contains(['-', '–', '—', ':', '|', '(', 'ـ']);
            let last =
                ((i + 1)..bs).all(|j| self.used(j) || self.lines[j].listed || self.lines[j].date);
            // Printed twice (the line above reads the same), a lone place is a
            // photo's alt text and caption.
            let twice = lone
                && i > 0
                && self.lines[i - 1].text == l.text
                && dateline::is_place(slot_text.trim());
            if dup || twice || (lone && !last) {
                return;
            }
            let rest = l.text[slot_text.len()..].trim_start_matches([' ', '|']);
            if !rest.is_empty() && self.draft.published.is_some() {
                return;
            }
            if self.take_slot(i, slot, 0..slot_text.len(), "author-slot-in-header")
                && !rest.is_empty()
            {
                let len = l.text.len();
                self.claims.range(
                    i,
                    len - rest.len()..len,
                    Role::Published,
                    "date-after-author-slot",
                );
                self.draft.published = Some(make_date(self.dates, rest));
            }
            return;
        }
        // "SITE | PLACE (AGENCY)": the dateline after a short site name and a bar.
        if let Some((site, after)) = l.text.rsplit_once(" | ") {
            let slot = dateline::read_slot(after.trim_end(), Mode::Author);
            if let Some(slot) = slot.filter(|s| s.dateline.is_some() && s.author.is_none()) {
                if site.split_whitespace().count() <= SITE_NAME_WORDS {
                    let at = site.len() + " | ".len();
                    let end = at + after.trim_end().len();
                    self.take_slot(i, slot, at..end, "dateline-after-site-name");
                    return;
                }
            }
        }
        // A columnist's signature: the name, then the e-mail address.
        if let Some(name) = signed_with_email(l.text).filter(|_| self.draft.byline.is_none()) {
            self.claim(i, Role::Byline, "name-and-email-in-header");
            self.set_byline(l.text, vec![name.to_owned()]);
            return;
        }
        // A bare name just above the body.
        // Widget lines without Arabic ("Bookmark", "A+ A-") do not count.
        let last_before_body =
            ((i + 1)..bs).all(|j| self.used(j) || self.lines[j].listed || !self.lines[j].arabic);
        // A name the headline itself mentions ("… لصدى البلد") is the outlet.
        let in_title = self.draft.title.as_deref().is_some_and(|t| t.contains(l.text));
        if last_before_body && self.draft.byline.is_none() && is_bare_name(l) && !in_title {
            self.claim(i, Role::Byline, "name-above-body");
            self.set_byline(l.text, vec![name_text(l.text).to_owned()]);
        } else if last_before_body
            && self.draft.dateline.is_none()
            && l.arabic
            && (l.words == 1 || (in_title && l.words <= OUTLET_IN_TITLE_WORDS))
            && !is_section_name(l)
            && l.label.is_none()
            // The headline's subject ("الرئيس السيسي", "محافظ أسيوط") is no outlet.
            && l.text.split_whitespace().all(is_name_word_without_article)
        {
            let name = l.text.trim_end_matches(|c: char| dateline_sep(c) || c.is_whitespace());
            self.weak = Some((
                i,
                Dateline { text: name.to_owned(), place: None, agency: Some(agency_ref(name)) },
            ));
        }
    }

    /// Line `i` as an author slot followed by the `headline`
    /// ("أحمد جودة - القاهرة - وزير الخارجية: …"): the slot gives the byline
    /// and the dateline when they are not known yet.
    fn slot_before_headline(&mut self, i: usize, headline: &str) {
        let text = self.lines[i].text;
        if text.len() <= headline.len() {
            return;
        }
        let Some(at) = text.find(headline).filter(|&at| at > 0) else { return };
        let prefix =
            text[..at].trim_end_matches(|c: char| c.is_whitespace() || dateline_sep(c) || c == 'ـ');
        if let Some(slot) = dateline::read_slot(prefix, Mode::Author) {
            if self.take_slot(i, slot, 0..prefix.len(), "author-slot-before-headline") {
                self.claims.range(i, at..text.len(), Role::Repeat, "headline-copy-after-slot");
            }
        }
    }

    /// Takes the author slot `slot`, read as `text` from line `i`, when it
    /// gives a dateline or a byline not known yet; returns whether it did.
    fn take_slot(
        &mut self,
        i: usize,
        slot: dateline::Slot,
        span: std::ops::Range<usize>,
        rule: &'static str,
    ) -> bool {
        let text = self.lines[i].text.get(span.clone()).unwrap_or_default();
        let place = slot.dateline.is_some() && self.draft.dateline.is_none();
        let author = slot.author.is_some() && self.draft.byline.is_none();
        // A reporter other than the byline's would be lost with the line: the
        // line stays in boilerplate then.
        let other_author = slot.author.as_ref().is_some_and(|a| {
            !author && self.draft.byline.as_ref().is_none_or(|b| !b.authors.contains(a))
        });
        let stores = (place || author) && !other_author;
        if stores {
            let role = match (place, author) {
                (true, true) => Role::AuthorSlot,
                (true, false) => Role::Dateline,
                _ => Role::Byline,
            };
            self.claims.range(i, span, role, rule);
            if let Some(d) = slot.dateline {
                self.set_dateline(i, d);
            }
            // "عمّان – 15 كانون الثاني 2026": the date of the dateline.
            if let Some(date) = slot.date.filter(|_| self.draft.published.is_none()) {
                self.draft.published = Some(make_date(self.dates, &date));
            }
            if let Some(a) = slot.author {
                self.set_byline(text, vec![a]);
            }
        }
        stores
    }

    /// A source or tags line; returns the next line to look at.
    fn field_line(&mut self, i: usize) -> usize {
        if label(&self.lines[i]) == Some(Label::Tags) { self.tags(i) } else { self.source(i) }
    }

    /// A source line; returns the next line to look at.
    fn source(&mut self, i: usize) -> usize {
        let l = &self.lines[i];
        let v = label_value(l);
        if !v.is_empty() {
            if self.draft.source.is_none() {
                self.claim(i, Role::Source, "source-label");
                self.draft.source = Some(v.to_owned());
            }
            return i + 1;
        }
        if let Some(next) = self.lines.get(i + 1) {
            if !self.used(i + 1)
                && next.label.is_none()
                && next.words <= SOURCE_WORDS
                && !next.date
                && self.draft.source.is_none()
            {
                self.claim(i + 1, Role::Source, "source-under-label");
                self.draft.source = Some(next.text.to_owned());
                if self.draft.dateline.is_none() {
                    let inner = next.text.trim_start_matches('(').trim_end_matches(')');
                    if let Some(s) = dateline::read_slot(inner, Mode::Line) {
                        self.draft.dateline = s.dateline;
                        self.dateline_from = Some(i + 1);
                    }
                }
                return i + 2;
            }
        }
        i + 1
    }

    /// A tags line; returns the next line to look at.
    fn tags(&mut self, i: usize) -> usize {
        let l = &self.lines[i];
        let v = label_value(l);
        if !v.is_empty() {
            self.claim(i, Role::Tags, "tags-label");
            self.draft.tags.extend(split_tags(v));
            return i + 1;
        }
        let mut j = i + 1;
        while let Some(next) = self.lines.get(j) {
            if self.used(j) || next.label.is_some() || next.date {
                break;
            }
            if j == i + 1 && next.text.contains([',', '،']) {
                self.claim(j, Role::Tags, "tags-under-label");
                self.draft.tags.extend(split_tags(next.text));
                return j + 1;
            }
            if next.words > TAG_WORDS {
                break;
            }
            self.claim(j, Role::Tags, "tags-under-label");
            self.draft.tags.push(next.text.to_owned());
            j += 1;
        }
        j
    }
}

/// Where an update phrase ("آخر تحديث") starts inside a date line's text, after
/// a date: the update's own date follows it.
fn update_after(content: &str) -> Option<usize> {
    let at = UPDATE_PHRASES.iter().filter_map(|p| content.find(p)).min()?;
    content[..at].contains(crate::chars::is_numeric).then_some(at)
}

/// How an update is announced after the publication date, on the same line.
const UPDATE_PHRASES: [&str; 4] = ["آخر تحديث", "اخر تحديث", "أخر تحديث", "آخر تعديل"];

fn dateline_sep(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | ':' | '.')
}

fn split_tags(v: &str) -> Vec<String> {
    v.split(['،', ',']).map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned).collect()
}

/// The headline a "read also" label carries on its own line ("اقرأ أيضا:
/// TITLE"), when it has one.
fn inline_related<'a>(l: &Line<'a>) -> Option<&'a str> {
    if label(l) != Some(Label::Related) {
        return None;
    }
    let title = label_value(l).trim_end();
    (title.split_whitespace().count() >= INLINE_RELATED_WORDS && l.text.ends_with(title))
        .then_some(title)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::page::head;

    /// Prints the line classification of the file in `LAYOUT_DEBUG` (a debugging aid).
    #[test]
    #[ignore = "debugging aid: LAYOUT_DEBUG=path cargo test -- --ignored --nocapture"]
    fn print_layout() {
        let Some(path) = std::env::var_os("LAYOUT_DEBUG") else { return };
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let mut lines = read_lines(&text);
        mark_lists(&mut lines);
        println!("cluster {:?}", body_cluster(&lines));
        for (i, l) in lines.iter().enumerate() {
            println!(
                "{i:>3} w{:<3} {}{}{}{} {:?} {}",
                l.words,
                if l.date { 'D' } else { '.' },
                if l.prose { 'P' } else { '.' },
                if l.listed { 'L' } else { '.' },
                if is_candidate(l) { 'C' } else { '.' },
                l.label.map(|h| h.label),
                head(l.text, 80)
            );
        }
    }
}
