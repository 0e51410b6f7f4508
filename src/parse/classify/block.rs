//! The main text block of a page: lists and menus that are not the article,
//! the cluster of prose with the most text, and whether the page is a
//! listing of teasers rather than one article.

use super::super::labels::Label;
use super::super::page::{Line, ends_sentence, ends_with_full_stop, label};
use super::related::is_teaser;
use super::{
    agency_credit, is_author_slot, is_bare_name, is_caption, is_dateline_line, is_section_name,
    verb_byline,
};
use crate::dateline::Dateline;

/// A line printed twice is a headline from this many words on, and the
/// photo's credit after its second copy has at most `TWICE_CREDIT_WORDS`.
const PRINTED_TWICE_WORDS: usize = 3;
const TWICE_CREDIT_WORDS: usize = 2;
/// A date line with prose this close below it ends a list above the article.
const DATE_ABOVE_PROSE: usize = 2;
/// A masthead label alone on its line, and the value under it, are this short.
const MASTHEAD_LINE_WORDS: usize = 4;
/// A menu is a run of at least `MENU_RUN` lines of at most `MENU_ITEM_WORDS`.
const MENU_ITEM_WORDS: usize = 3;
const MENU_RUN: usize = 4;
/// The most lines between two paragraphs of one body; more around a "read
/// also" section inside the body.
const BODY_GAP: usize = 4;
const BODY_GAP_RELATED: usize = 10;
/// How much less prose after the page's copyright or comment form weighs.
const AFTER_END_WEIGHT: usize = 8;
/// How many words a teaser's headline has.
const TEASER_HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 3..=24;
/// How far above the text block an article's header (date, byline) stands.
const HEADER_REACH: usize = 4;
/// How far above a post's first paragraph its headline stands (a dateline
/// and a repeat of the headline may sit between).
const POST_HEADER_REACH: usize = 3;
/// Without prose, the last line of at least this many words is the body.
const LONG_LINE_WORDS: usize = 8;

/// Marks the items of lists that are not the article, and menus (runs of four
/// or more short lines).
pub(super) fn mark_lists(lines: &mut [Line<'_>]) {
    let n = lines.len();
    let mut i = 0;
    while i < n {
        if label(&lines[i]) == Some(Label::List) {
            let mut j = i + 1;
            while j < n {
                let l = &lines[j];
                if l.prose || matches!(label(l), Some(lb) if lb != Label::Boiler) {
                    break;
                }
                // The article's date line: the list ended at the headline above it.
                if opens_article(lines, j) {
                    if j > i + 1 {
                        lines[j - 1].listed = false;
                    }
                    break;
                }
                // A headline printed twice (the second time with a photo's
                // credit after it) is the page's own: the list ended above it.
                if printed_twice(lines, j) {
                    break;
                }
                lines[j].listed = true;
                j += 1;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    for i in 1..n {
        if is_masthead_value(lines, i) {
            lines[i].listed = true;
        }
    }
    // Menus: runs of 4+ lines of at most three words, no dates.
    let mut s = 0;
    while s < n {
        // A menu item names a place to go: it never asks or exclaims, as a
        // short headline may ("نوابنا... مَنْ تمثلون؟!").
        let short = |l: &Line<'_>| {
            l.words <= MENU_ITEM_WORDS
                && !l.date
                && !l.prose
                && !l.text.ends_with(['!', '?', '؟'])
                && verb_byline(l).is_none()
                && !is_author_slot(l)
                && (l.label.is_none() || label(l) == Some(Label::Menu))
        };
        if !short(&lines[s]) {
            s += 1;
            continue;
        }
        let mut e = s;
        while e < n && short(&lines[e]) {
            e += 1;
        }
        if e - s >= MENU_RUN {
            // A run that ends right above the article's date line, or its
            // author slot ("سامي حداد - عمان"), share buttons between them
            // aside, ends with the article's headline, unless that is one of
            // the site's own pages.
            let k = (e..n).find(|&k| !is_widget(&lines[k])).unwrap_or(n);
            // Or right above the first paragraph, with a line of two words or
            // more that is no section's name ("ثقافة وفنون"): a short headline
            // ("ماء بارد", "نادي «بريكس»"); one word is the menu's ("رياضة").
            let last = &lines[e - 1];
            let over_body = lines.get(k).is_some_and(|l| l.prose && !l.listed)
                && last.words >= 2
                && !is_section_name(last);
            let header = opens_article(lines, k) || opens_with_slot(lines, k) || over_body;
            let mut end = e;
            if header && label(&lines[e - 1]) != Some(Label::Menu) {
                end = e - 1;
                // The headline printed twice: both copies.
                if end > s && lines[end - 1].text == lines[end].text {
                    end -= 1;
                }
            }
            for l in &mut lines[s..end] {
                l.listed = true;
            }
        }
        s = e.max(s + 1);
    }
}

/// Whether line `j`, a line of a headline's length, is printed again on the
/// next line (share buttons and dates aside), alone or with a photo's credit
/// after it ("عنوان ! ح.م").
fn printed_twice(lines: &[Line<'_>], j: usize) -> bool {
    let l = &lines[j];
    let next = ((j + 1)..lines.len()).find(|&k| !is_above_headline(&lines[k]));
    l.words >= PRINTED_TWICE_WORDS
        && next.is_some_and(|k| {
            let next = &lines[k];
            next.text.strip_prefix(l.text).is_some_and(|rest| {
                rest.is_empty()
                    || (rest.starts_with(' ')
                        && rest.split_whitespace().count() <= TWICE_CREDIT_WORDS)
            })
        })
}

/// Whether line `j` is the date line of the article's header: a date with
/// prose right below it ([`prose_below`]) or the byline ("كتب: …") right
/// under it; the date lines right under it (an update's stamp under the
/// publication's, or over it) count as one with it.
pub(super) fn opens_article(lines: &[Line<'_>], j: usize) -> bool {
    if !lines.get(j).is_some_and(|l| l.date) {
        return false;
    }
    let last = (j..lines.len()).take_while(|&k| lines[k].date).last().unwrap_or(j);
    prose_below(lines, last) || lines.get(last + 1).is_some_and(|b| verb_byline(b).is_some())
}

/// Whether line `j` is an author slot or dateline on its own line with prose
/// right below it ([`prose_below`]).
fn opens_with_slot(lines: &[Line<'_>], j: usize) -> bool {
    lines.get(j).is_some_and(is_author_slot) && prose_below(lines, j)
}

/// Whether a paragraph stands within [`DATE_ABOVE_PROSE`] lines under line `j`.
fn prose_below(lines: &[Line<'_>], j: usize) -> bool {
    lines.iter().skip(j + 1).take(DATE_ABOVE_PROSE).any(|x| x.prose)
}

/// A line between a headline and what it heads that is neither: a menu
/// entry or breadcrumb, a share or print button, a comment counter, a
/// one-word line.
pub(super) fn is_widget(l: &Line<'_>) -> bool {
    l.listed
        || l.words <= 1
        || matches!(label(l), Some(Label::Boiler | Label::Menu | Label::Comments))
}

/// Whether line `i` is a masthead's value: a name under its label alone on
/// the line above ("رئيس التحرير" over "سامر الخطيب").
pub(super) fn is_masthead_value(lines: &[Line<'_>], i: usize) -> bool {
    let (Some(l), Some(value)) = (i.checked_sub(1).and_then(|k| lines.get(k)), lines.get(i)) else {
        return false;
    };
    let bare = l.norm.trim_end_matches(|c: char| !crate::chars::is_alphanumeric(c));
    label(l) == Some(Label::Masthead)
        && l.words <= MASTHEAD_LINE_WORDS
        && l.label.is_some_and(|h| h.end >= bare.len())
        && value.label.is_none()
        && value.words <= MASTHEAD_LINE_WORDS
}

/// A line a page prints above its headline: furniture ([`is_widget`]) or a
/// date (the article's, or the site's clock).
pub(super) fn is_above_headline(l: &Line<'_>) -> bool {
    is_widget(l) || l.date
}

/// Finds the main body: the cluster of prose lines with the most text.
pub(super) fn body_cluster(lines: &[Line<'_>]) -> Option<(usize, usize)> {
    let prose: Vec<usize> =
        (0..lines.len()).filter(|&i| lines[i].prose && !lines[i].listed).collect();
    let mut best: Option<(usize, usize, usize)> = None;
    let first_prose = prose.first().copied().unwrap_or(0);
    // A comment section's heading ends the article under two paragraphs at
    // least (above them it counts the comments in the header).
    let end_line = (first_prose..lines.len()).find(|&i| match label(&lines[i]) {
        Some(Label::End) => true,
        Some(Label::Comments) => prose.iter().take_while(|&&p| p < i).nth(1).is_some(),
        _ => false,
    });
    let mut k = 0;
    while k < prose.len() {
        let start = prose[k];
        let mut end = start;
        let mut score = lines[start].text.len();
        let mut m = k + 1;
        while m < prose.len() {
            let next = prose[m];
            let gap = &lines[end + 1..next];
            // A line crediting an agency closes the article above it.
            let hard = gap.iter().any(|l| {
                matches!(
                    label(l),
                    Some(
                        Label::Source
                            | Label::Tags
                            | Label::End
                            | Label::Comments
                            | Label::List
                            | Label::MoreBy
                    )
                ) || agency_credit(l).is_some()
            });
            let related = gap.iter().any(|l| label(l) == Some(Label::Related));
            // Under a "read also" header, a paragraph cut short that no
            // paragraph follows is an item's teaser; one the body goes on
            // after is the body resuming.
            let resumes = prose.get(m + 1).is_some_and(|&after| after - next <= BODY_GAP);
            let teaser = related && is_teaser(lines[next].text) && !resumes;
            if hard || teaser || gap.len() > if related { BODY_GAP_RELATED } else { BODY_GAP } {
                break;
            }
            end = next;
            score += lines[next].text.len();
            m += 1;
        }
        // Text after the page's copyright or comment form (comment rules,
        // sign-up forms) is not the article when there is prose before it.
        if end_line.is_some_and(|e| start > e) {
            score /= AFTER_END_WEIGHT;
        }
        if best.is_none_or(|b| score > b.2) {
            best = Some((start, end, score));
        }
        k = m;
    }
    best.map(|(s, e, _)| (s, e))
}

/// The evidence that a page lists teasers (a section, tag, author or home
/// page) instead of holding one article, weighed over the main text block
/// `bs..=be`: paragraphs that each stand under a headline of their own,
/// paragraphs cut short with a "more" mark, and against them, the header
/// an article has (a date, a byline or a dateline above the text).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Teasers {
    /// Prose paragraphs in the block.
    pub(super) paragraphs: usize,
    /// Paragraphs right under a headline-like line of their own that another
    /// headline-like line follows.
    pub(super) headed: usize,
    /// Paragraphs cut with a "more" link, or with `...`, `…` before the page's end.
    pub(super) cut: usize,
    /// Paragraphs, not the page's last line, that stop mid-sentence.
    pub(super) unfinished: usize,
    /// A date, byline or dateline line right above the block.
    pub(super) header: bool,
    /// Headlines inside the block, below a paragraph, that open a post of
    /// their own: printed twice, or over a dateline (on its own line, or
    /// opening the next paragraph, or its dash left where a site cut it).
    pub(super) posts: usize,
    /// Where the teaser of another article starts under the block's article:
    /// a lone post, shorter than the article above it.
    pub(super) teaser: Option<usize>,
}

/// Teasers of a listing: how many of the block's paragraphs stand alone.
pub(super) const LISTING_TEASERS: usize = 3;

impl Teasers {
    pub(super) fn read(lines: &[Line<'_>], bs: usize, be: usize) -> Teasers {
        let mut t = Teasers::default();
        if bs >= lines.len() {
            return t;
        }
        let headline = is_teaser_headline;
        for i in bs..=be.min(lines.len() - 1) {
            let l = &lines[i];
            if !l.prose {
                continue;
            }
            t.paragraphs += 1;
            // Right under its headline, or under its headline and its date.
            let above = (i > 0 && headline(&lines[i - 1]))
                || (i > 1 && lines[i - 1].date && headline(&lines[i - 2]));
            let below = lines.get(i + 1).is_none_or(|n| headline(n) || n.date);
            if above && below {
                t.headed += 1;
            }
            // A "more" link marks a teaser anywhere; an ellipsis only before
            // the page's end (a page cut short ends in one too).
            let text = l.text.trim_end();
            if text.ends_with("المزيد]") || (i + 1 < lines.len() && is_teaser(text)) {
                t.cut += 1;
            } else if i + 1 < lines.len()
                && !text.ends_with(crate::parse::lexicon::SENTENCE_ENDS)
                && !ends_sentence(text)
            {
                // Stopped mid-sentence before the page's end: a teaser cut at
                // a fixed length.
                t.unfinished += 1;
            }
        }
        // Posts below the first one, when the first has a headline of its own
        // (a paragraph above the page's headline is a kicker), until a related
        // section (its items are headlines over paragraphs too).
        let first = (bs..=be.min(lines.len() - 1)).find(|&i| lines[i].prose);
        let headed_first = first
            .is_some_and(|p| (p.saturating_sub(POST_HEADER_REACH)..p).any(|j| headline(&lines[j])));
        if let Some(p) = first.filter(|_| headed_first) {
            let mut second = None;
            for i in p + 1..be.min(lines.len() - 1) {
                let (l, next) = (&lines[i], &lines[i + 1]);
                if label(l) == Some(Label::Related) {
                    break;
                }
                if opens_post(l, next) {
                    t.posts += 1;
                    second.get_or_insert(i);
                }
            }
            // One post after a longer first one is an article and the teaser
            // of another under it (a "next article" box without its label).
            if let (1, Some(s)) = (t.posts, second) {
                let prose = |r: std::ops::Range<usize>| r.filter(|&i| lines[i].prose).count();
                if prose(p..s) > prose(s..be.min(lines.len() - 1) + 1) {
                    t.posts = 0;
                    t.teaser = Some(s);
                }
            }
        }
        // Teasers that carry dates of their own make the dates no header.
        let dated_teasers = (bs..=be.min(lines.len() - 1)).any(|j| lines[j].date);
        t.header = !dated_teasers
            && (bs.saturating_sub(HEADER_REACH)..bs).any(|j| {
                let l = &lines[j];
                // A site's "last updated" stamp is no article header.
                (l.date && label(l) != Some(Label::Updated))
                    || verb_byline(l).is_some()
                    || is_author_slot(l)
            });
        t
    }

    /// Whether the evidence says listing: enough teasers, and at least half
    /// of the block's paragraphs.
    pub(super) fn listing(self) -> bool {
        // Under an article's header, paragraphs cut with "..." are a style,
        // and crossheads each over one paragraph a layout: both are needed.
        let standalone = match self.header {
            true if self.cut == 0 => 0,
            true => self.headed,
            false => self.headed + self.cut,
        };
        // Or (nearly) every paragraph of the block is cut short.
        let teasers = self.cut + self.unfinished;
        let all_cut = !self.header
            && ((self.paragraphs >= 2 && teasers == self.paragraphs)
                || (teasers >= LISTING_TEASERS && teasers * 3 >= self.paragraphs * 2));
        all_cut
            || (standalone >= LISTING_TEASERS && standalone * 2 >= self.paragraphs)
            || self.posts > 0
    }
}

/// A line with a teaser's headline shape: not prose, no label, no date. Not a
/// question (an interviewer's, over the answer) nor a line ending with a colon
/// (a crosshead introducing the paragraph under it): those head parts of one
/// article.
fn is_teaser_headline(l: &Line<'_>) -> bool {
    !l.prose
        && l.label.is_none()
        && !l.date
        && TEASER_HEADLINE_WORDS.contains(&l.words)
        && l.arabic
        && !l.text.trim_end().ends_with(['؟', '?', ':'])
        && !ends_with_full_stop(l.text)
        && !is_numbered(l.text)
        && !is_dateline_line(l)
}

/// Whether `text` opens with a number and a mark ("1 - …", "2) …", "٣. …"):
/// a numbered part of one text, not another story's headline ("5 دول …" is
/// no numbered part).
fn is_numbered(text: &str) -> bool {
    let t = text.trim_start();
    let rest = t.trim_start_matches(crate::chars::is_numeric);
    rest.len() < t.len() && rest.trim_start().starts_with(['-', '–', ')', '.', ':', '/'])
}

/// Whether `l` and `next` open a post: a headline over a post header.
pub(super) fn opens_post(l: &Line<'_>, next: &Line<'_>) -> bool {
    is_teaser_headline(l) && !is_bare_name(l) && post_header(l, next)
}

/// Whether `next` opens a post under the headline `l`: the headline printed
/// again, a dateline on its own line, or a paragraph (or a long line, a
/// teaser cut short) that opens with a dateline or with the dash a site left
/// where it cut one out.
fn post_header(l: &Line<'_>, next: &Line<'_>) -> bool {
    next.text == l.text
        || (!next.prose && !next.date && Dateline::parse(next.text).is_some())
        || ((next.prose || (next.arabic && next.words >= LONG_LINE_WORDS))
            && (Dateline::parse_prefix(next.text).is_some() || next.text.starts_with(['–', '—'])))
}

/// Without a paragraph of prose (a page cut short), the last long line is the
/// body.
pub(super) fn last_long_line(lines: &[Line<'_>]) -> Option<(usize, usize)> {
    let i = (0..lines.len()).rev().find(|&i| {
        let l = &lines[i];
        l.words >= LONG_LINE_WORDS
            && l.arabic
            && l.label.is_none()
            && !l.date
            && !l.listed
            && !is_caption(l)
    })?;
    // Not the page's only headline.
    (i > 0).then_some((i, i))
}

#[cfg(test)]
mod tests {
    use super::super::super::page::read_lines;
    use super::*;
    use crate::PageKind;

    #[test]
    fn a_second_post_under_its_own_headline_and_dateline_makes_a_listing() {
        let post = |headline: &str, place: &str| {
            format!(
                "{headline}\n{place} - قال مسؤول في الوزارة اليوم إن العمل في المشروع الجديد سيبدأ \
                 الشهر المقبل بعد اكتمال الدراسات الفنية اللازمة لذلك.\n\
                 وأضاف أن الوزارة خصصت الموارد المطلوبة للمرحلة الأولى من المشروع كاملة دون تأخير.\n"
            )
        };
        let page = post("الوزارة تعلن موعد بدء مشروع الطرق الجديد", "القاهرة")
            + &post("افتتاح مستشفى جديد في المدينة الشهر المقبل", "عمان");
        let a = crate::parse(&page).expect("parses");
        assert_eq!(a.kind, PageKind::Listing);
        assert!(a.title.is_none() && a.body.is_empty());
        // One post, its crosshead over a plain paragraph: an article.
        let one = post("الوزارة تعلن موعد بدء مشروع الطرق الجديد", "القاهرة")
            + "تفاصيل المرحلة الأولى من المشروع\n\
               وتشمل المرحلة الأولى إنشاء طرق جديدة تربط المدن الكبرى بالموانئ الرئيسية في البلاد.\n";
        let a = crate::parse(&one).expect("parses");
        assert_eq!(a.kind, PageKind::Article);
        // A paragraph above the page's headline is its kicker, not a first post.
        let kicker =
            "صفحة أسبوعية تعيد نشر ما كتبته الصحيفة قبل عقود عن قضايا المجتمع والاقتصاد في البلاد.\n"
                .to_owned()
                + &post("الصحيفة تفتح ملف الشيكات بدون رصيد", "الدوحة");
        let a = crate::parse(&kicker).expect("parses");
        assert_eq!(a.kind, PageKind::Article);
    }

    /// A dateline on a line of its own ("نابلس(صدى الوادي ) خاص") heads the
    /// article's text, not a teaser: it is no teaser's headline, whatever
    /// stands under it.
    #[test]
    fn a_dateline_line_is_no_teaser_headline() {
        let text = "نابلس(صدى الوادي ) خاص\nالقاهرة - خاص\nرئيس البلدية خلال جولته في السوق القديم";
        let lines = read_lines(text);
        assert!(!is_teaser_headline(&lines[0]));
        assert!(!is_teaser_headline(&lines[1]));
        assert!(is_teaser_headline(&lines[2]));
        // A sentence closed by a full stop is no headline (no dev title and
        // no bulk headline ends with one); an ellipsis may close a headline.
        let lines = read_lines("كان الوزير واعيا جدا في كل أحاديثه.\nالوزير يعود من جولته..");
        assert!(!is_teaser_headline(&lines[0]));
        assert!(is_teaser_headline(&lines[1]));
        // A numbered part of one text is no other story's headline.
        let lines = read_lines("1 - تجنب السكريات\n٢) نم مبكرا كل ليلة\n5 دول عربية تفتح حدودها");
        assert!(!is_teaser_headline(&lines[0]));
        assert!(!is_teaser_headline(&lines[1]));
        assert!(is_teaser_headline(&lines[2]));
    }

    /// Crossheads that are figures ("12 عيادة", "647 وصفة") under a photo's
    /// caption head parts of one report, not posts of a listing: a figure is
    /// no outlet's dateline.
    #[test]
    fn figures_as_crossheads_make_no_posts() {
        let para = |what: &str| {
            format!(
                "وقال مدير الحملة إن الفرق الطبية قدمت خلال الأسبوع الماضي {what} للمرضى في المخيم، وإن العمل مستمر على مدار الساعة لتلبية احتياجات الأسر اللاجئة كلها.\n"
            )
        };
        let page = "العيادات الميدانية تعالج اللاجئين في المخيم\n".to_owned()
            + &para("الفحوص")
            + "الطبيب خلال جولته في العيادة الجديدة\n647 وصفة\n"
            + &para("الأدوية")
            + "12 عيادة\n"
            + &para("اللقاحات");
        let a = crate::parse(&page).expect("parses");
        assert_eq!(a.kind, PageKind::Article);
        assert!(a.body.first().is_some_and(|p| p.contains("الفحوص")), "{:?}", a.body);
        assert!(a.body.last().is_some_and(|p| p.contains("اللقاحات")), "{:?}", a.body);
    }

    #[test]
    fn questions_and_numbered_crossheads_over_paragraphs_are_an_article() {
        let headline = "وزير النقل: مشاريع الطرق الجديدة تبدأ خلال أشهر";
        let intro = "تحدث وزير النقل في حوار مطول عن خطط الوزارة للسنوات المقبلة ومشاريع الطرق \
                     والموانئ التي تعمل عليها، وفيما يلي نص الحوار.";
        // An interview: each question (؟) over its answer.
        let qa = [
            (
                "* ما أبرز المشاريع التي تعمل عليها الوزارة حاليا؟",
                "- نعمل على ثلاثة مشاريع كبرى في الطرق تربط المدن الرئيسية بالموانئ، وسنعلن \
                 تفاصيلها قريبا بعد اكتمال الدراسات التي تجريها الوزارة مع الجهات المختصة.",
            ),
            (
                "* متى يبدأ تنفيذ المرحلة الأولى منها؟",
                "- تبدأ المرحلة الأولى مطلع العام المقبل بعد انتهاء الدراسات الفنية والمالية \
                 اللازمة لها، ونتوقع أن تستغرق نحو عامين من العمل المتواصل.",
            ),
            (
                "* وهل تكفي الميزانية المرصودة لإنجاز المشاريع؟",
                "- الميزانية كافية للمرحلتين الأولى والثانية، ونبحث مع القطاع الخاص تمويل \
                 المرحلة الثالثة عبر عقود شراكة طويلة الأجل تضمن حقوق الطرفين.",
            ),
        ];
        // A list of tips: each numbered crosshead (:) over its paragraph.
        let tips = [
            (
                "1) خطط لرحلتك قبل موعدها بوقت كاف:",
                "يساعدك التخطيط المبكر على اختيار أنسب الطرق وتجنب الازدحام في أوقات الذروة \
                 خلال العطلات، كما يتيح لك حجز أماكن الإقامة بأسعار أقل.",
            ),
            (
                "2) تأكد من سلامة سيارتك قبل السفر:",
                "افحص الإطارات والمكابح ومستوى الزيت والماء قبل الانطلاق، فذلك يجنبك الأعطال \
                 المفاجئة على الطرق الطويلة بعيدا عن محطات الخدمة.",
            ),
            (
                "3) خذ قسطا كافيا من الراحة أثناء القيادة:",
                "توقف كل ساعتين للراحة وشرب الماء، فالتعب من أكثر أسباب الحوادث على الطرق \
                 السريعة بين المدن في مواسم السفر.",
            ),
        ];
        for pairs in [qa, tips] {
            let mut page = format!("{headline}\n{intro}\n");
            for (head, paragraph) in pairs {
                page += &format!("{head}\n{paragraph}\n");
            }
            let a = crate::parse(&page).expect("parses");
            assert_eq!(a.kind, PageKind::Article, "{page}");
            assert_eq!(a.title.as_deref(), Some(headline));
            assert_eq!(a.body.first().map(String::as_str), Some(intro));
            assert_eq!(a.body.last().map(String::as_str), Some(pairs[2].1));
        }
    }

    #[test]
    fn one_short_post_under_a_longer_article_is_a_teaser_not_a_listing() {
        let article = "الوزارة تعلن موعد بدء مشروع الطرق الجديد\n\
            القاهرة - قال مسؤول في الوزارة اليوم إن العمل في المشروع الجديد سيبدأ الشهر المقبل بعد \
            اكتمال الدراسات الفنية اللازمة لذلك.\n\
            وأضاف أن الوزارة خصصت الموارد المطلوبة للمرحلة الأولى من المشروع كاملة دون تأخير.\n\
            وأشار إلى أن المرحلة الثانية ستبدأ بعد عام من انتهاء الأولى وفق الجدول المعلن.\n";
        // The page ends with the teaser of another article, cut short.
        let teaser = "افتتاح مستشفى جديد في المدينة الشهر المقبل\n\
            عمان - افتتح وزير الصحة اليوم مستشفى جديدا في المدينة يضم أقساما متخصصة في";
        // Or whole, a paragraph of its own.
        let whole = format!(
            "{teaser} أمراض القلب والأطفال، ويستقبل المرضى من جميع المحافظات المجاورة ابتداء من \
             الأسبوع المقبل."
        );
        for page in [format!("{article}{teaser}"), format!("{article}{whole}")] {
            let a = crate::parse(&page).expect("parses");
            assert_eq!(a.kind, PageKind::Article);
            assert_eq!(a.title.as_deref(), Some("الوزارة تعلن موعد بدء مشروع الطرق الجديد"));
            assert_eq!(a.body.len(), 3, "{:?}", a.body);
        }
        // A first post no longer than the one under it: a page of posts.
        let short = article.lines().take(2).collect::<Vec<_>>().join("\n");
        let posts = format!(
            "{short}\n{teaser} عدة مدن.\nوقال الوزير إن المستشفى سيستقبل المرضى من الأسبوع المقبل.\n"
        );
        assert_eq!(crate::parse(&posts).expect("parses").kind, PageKind::Listing);
    }

    #[test]
    fn a_short_closing_sentence_ends_the_body() {
        let page = "الحكومة تعلن خطة جديدة للنقل العام\n\
            قالت الحكومة اليوم إنها ستبدأ تنفيذ خطة جديدة للنقل العام في العاصمة خلال الأشهر المقبلة.\n\
            وأضافت أن الخطة تشمل خطوط حافلات جديدة وتوسعة محطات القطارات القائمة في المدينة.\n\
            والله من وراء القصد.\n\
            المزيد من الأخبار\n\
            افتتاح معرض الكتاب الدولي\n\
            ارتفاع أسعار الذهب عالميا\n\
            فوز المنتخب في المباراة الودية\n";
        let a = crate::parse(page).expect("parses");
        assert_eq!(a.body.last().map(String::as_str), Some("والله من وراء القصد."));
        // Without its full stop, the line is no paragraph.
        let a = crate::parse(&page.replace("القصد.", "القصد")).expect("parses");
        assert_ne!(a.body.last().map(String::as_str), Some("والله من وراء القصد"));
    }

    const PARAGRAPHS: &str = "قالت الحكومة اليوم إنها ستبدأ تنفيذ خطة جديدة للنقل العام في العاصمة خلال الأشهر المقبلة.\n\
        وأضافت أن الخطة تشمل خطوط حافلات جديدة وتوسعة محطات القطارات القائمة في المدينة كلها.\n";

    #[test]
    fn the_headline_printed_again_under_the_paragraphs_ends_the_body() {
        let page = format!(
            "الحكومة تعلن خطة جديدة للنقل العام\n{PARAGRAPHS}الحكومة تعلن خطة جديدة للنقل العام\n\
             العاصمة مدينة كبيرة يسكنها ملايين الناس وتقع على ضفاف النهر منذ مئات السنين الطويلة.\n"
        );
        let a = crate::parse(&page).expect("parses");
        assert_eq!(a.body.len(), 2, "{:?}", a.body);
    }

    #[test]
    fn a_cut_paragraph_closing_a_read_also_section_is_a_teaser() {
        let page = format!(
            "الحكومة تعلن خطة جديدة للنقل العام\n{PARAGRAPHS}اقرأ أيضا\n\
             افتتاح معرض الكتاب الدولي في العاصمة\n\
             افتتح وزير الثقافة اليوم معرض الكتاب الدولي في دورته الجديدة بمشاركة واسعة من دور …\n"
        );
        let a = crate::parse(&page).expect("parses");
        assert_eq!(a.body.len(), 2, "{:?}", a.body);
        // Not cut, the paragraph is the body resuming after an inline "read also".
        let a = crate::parse(&page.replace("من دور …", "من دور النشر.")).expect("parses");
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
    }

    #[test]
    fn a_place_before_the_date_or_after_the_outlet_is_the_dateline_place() {
        let page = format!("الحكومة تعلن خطة جديدة للنقل العام\nالمنامة 10-11-2023\n{PARAGRAPHS}");
        let a = crate::parse(&page).expect("parses");
        let d = a.dateline.expect("a dateline");
        assert_eq!(d.place.as_deref(), Some("المنامة"));
        assert!(a.published.is_some_and(|p| p.text.contains("2023")));
        let page =
            format!("الحكومة تعلن خطة جديدة للنقل العام\nالساحل نيوز | الرباط\n{PARAGRAPHS}");
        let d = crate::parse(&page).expect("parses").dateline.expect("a dateline");
        assert_eq!(d.place.as_deref(), Some("الرباط"));
        assert_eq!(d.agency.map(|a| a.name).as_deref(), Some("الساحل نيوز"));
    }

    #[test]
    fn a_date_beside_a_byline_is_the_articles_without_a_headline() {
        let captions = "صورة أرشيفية\n".repeat(4);
        let page = format!("الثلاثاء 27-01-2026 00:52\nكتب: سامي حداد\n{captions}{PARAGRAPHS}");
        let a = crate::parse(&page).expect("parses");
        assert!(a.published.is_some_and(|p| p.text.contains("2026")));
        // Without the byline, a date this far above the body is the page's clock.
        let page = format!("الثلاثاء 27-01-2026 00:52\nالرئيسية\n{captions}{PARAGRAPHS}");
        assert!(crate::parse(&page).expect("parses").published.is_none());
    }

    #[test]
    fn an_inline_read_also_link_leaves_the_body_going_on() {
        let page = format!(
            "الحكومة تعلن خطة جديدة للنقل العام\n{PARAGRAPHS}اقرأ أيضا: افتتاح معرض الكتاب الدولي\n\
             وتشمل الخطة كذلك تطوير شبكة المترو الحالية وزيادة عدد الرحلات اليومية في"
        );
        let a = crate::parse(&page).expect("parses");
        let titles: Vec<_> = a.related.iter().filter_map(|r| r.title.as_deref()).collect();
        assert_eq!(titles, ["افتتاح معرض الكتاب الدولي"]);
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
    }

    #[test]
    fn a_short_headline_that_asks_breaks_a_menu() {
        let text = "الرئيسية\nمحليات\nماذا بعد الانتخابات؟!\nرياضة\nاتصل بنا\n\
                    قال مسؤولون في الحكومة اليوم إن الانتخابات المقبلة ستجري في موعدها المحدد دون أي تأجيل.";
        let mut lines = read_lines(text);
        mark_lists(&mut lines);
        assert!(!lines[2].listed);
        // The same run without the question is a menu.
        let text = text.replace("ماذا بعد الانتخابات؟!", "أخبار العالم");
        let mut lines = read_lines(&text);
        mark_lists(&mut lines);
        assert!(lines[..5].iter().all(|l| l.listed));
    }
}
