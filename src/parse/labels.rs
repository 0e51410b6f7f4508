//! THE table of label phrases the parser recognizes, matched on
//! `Normalizer::SEARCH`-normalized text (so إقرأ أيضاً، اقرأ أيضا، اقرأ ايضاً all hit).

use crate::hash::{FastMap, FastSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::agency::key;

/// What a label says about its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    /// A publication date label (تاريخ النشر، نشر في …).
    Published,
    /// An update date label (آخر تحديث …).
    Updated,
    /// A date label that says neither (التاريخ).
    Date,
    /// A source line (المصدر).
    Source,
    /// A tags line (كلمات دلالية، الوسوم …).
    Tags,
    /// A "read also" section header.
    Related,
    /// A list of the author's other articles (مقالات أخرى للكاتب): related
    /// items, and the end of the body (it never sits inside the article).
    MoreBy,
    /// A header of a list that is not part of the article (الأكثر قراءة …): its
    /// items are boilerplate.
    List,
    /// A one-line share/follow/print/comment widget.
    Boiler,
    /// A copyright or comment-form line: the article is over.
    End,
    /// A comment section's heading ("التعليقات (3)", "تعليقات القراء"; see
    /// `page::is_comments_heading`): the end of the article under its body, a
    /// counter or a button in its header.
    Comments,
    /// A menu or breadcrumb anchor (الرئيسية).
    Menu,
    /// A masthead line (رئيس التحرير …).
    Masthead,
    /// An image caption marker (صورة توضيحية).
    Caption,
    /// A breaking-news ticker entry (عاجل …).
    Ticker,
    /// A wire sign-off (// انتهى //).
    SignOff,
}

/// How a phrase must sit in the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum How {
    /// At the start, followed by a non-letter or the end.
    Prefix,
    /// At the start, followed by anything (run-on mastheads).
    Glued,
    /// The whole line (trailing punctuation ignored).
    Whole,
    /// Anywhere in the line.
    Contains,
}

use How::{Contains, Glued, Prefix, Whole};
use Label::*;

/// The label phrases, as written.
static PHRASES: &[(&str, Label, How)] = &[
    // Dates
    ("تاريخ النشر", Published, Prefix),
    ("نشر في", Published, Contains),
    ("نشر بتاريخ", Published, Contains),
    ("نشر يوم", Published, Prefix),
    ("تم النشر", Published, Prefix),
    ("تم نشره", Published, Prefix),
    ("تاريخ الخبر", Published, Prefix),
    ("Published", Published, Prefix),
    ("آخر تحديث", Updated, Contains),
    ("تم التحديث", Updated, Contains),
    ("تاريخ التحديث", Updated, Prefix),
    ("محدثة", Updated, Contains),
    ("Last updated", Updated, Prefix),
    ("Updated", Updated, Prefix),
    ("التاريخ", Date, Prefix),
    ("Time", Date, Whole),
    ("date", Date, Prefix),
    // Source
    ("المصدر", Source, Prefix),
    ("مصدر الخبر", Source, Prefix),
    ("Source", Source, Prefix),
    // Tags
    ("كلمات دلالية", Tags, Prefix),
    ("الكلمات الدلالية", Tags, Prefix),
    ("الكلمات الدالة", Tags, Prefix),
    ("الكلمات المفتاحية", Tags, Prefix),
    ("كلمات مفتاحية", Tags, Prefix),
    ("الكلمات المتعلقة", Tags, Prefix),
    ("الوسوم", Tags, Prefix),
    ("وسوم", Tags, Prefix),
    ("تاجز", Tags, Prefix),
    ("سمات", Tags, Prefix),
    ("Tags", Tags, Prefix),
    // Related
    ("اقرأ أيضا", Related, Prefix),
    ("إقرأ أيضاً", Related, Prefix),
    ("اقرأ كذلك", Related, Prefix),
    ("اقرأ المزيد", Related, Whole),
    ("المزيد من الأخبار", Related, Whole),
    ("انظر أيضا", Related, Prefix),
    ("شاهد أيضا", Related, Prefix),
    ("مواضيع ذات صلة", Related, Prefix),
    ("مواضيع ذات علاقة", Related, Prefix),
    ("مواضيع متعلقة", Related, Prefix),
    ("أخبار ذات صلة", Related, Prefix),
    ("أخبار متعلقة", Related, Prefix),
    ("الموضوعات المتعلقة", Related, Prefix),
    ("موضوعات ذات صلة", Related, Prefix),
    ("مقالات ذات صلة", Related, Prefix),
    ("ذات صلة", Related, Whole),
    ("أخبار ذات الصلة", Related, Prefix),
    ("مواضيع ذات الصلة", Related, Prefix),
    ("مقالات ذات الصلة", Related, Prefix),
    ("مقالات مشابهة", Related, Prefix),
    ("أخبار مشابهة", Related, Prefix),
    ("مواضيع مشابهة", Related, Prefix),
    ("قد يهمك", Related, Prefix),
    ("قد يعجبك", Related, Prefix),
    ("يمكنك أيضا قراءة", Related, Prefix),
    ("Read also", Related, Prefix),
    // Lists that are not the article
    ("الأكثر قراءة", List, Prefix),
    ("الأكثر مشاهدة", List, Prefix),
    ("الأكثر تصفحا", List, Prefix),
    ("الأكثر تداولا", List, Prefix),
    ("الأكثر تعليقا", List, Prefix),
    ("آخر الأخبار", List, Whole),
    ("أخر الأخبار", List, Whole),
    ("أحدث الأخبار", List, Whole),
    ("أهم الأخبار", List, Whole),
    ("اختيارات القراء", List, Prefix),
    ("اختيارات المحرر", List, Prefix),
    ("مواضيع ساخنة", List, Prefix),
    ("ترشيحاتنا", List, Prefix),
    ("مختارات", List, Prefix),
    ("استطلاع الرأي", List, Prefix),
    ("أقسام الموقع", List, Prefix),
    ("خدمات الموقع", List, Prefix),
    ("المزيد من المقالات", List, Prefix),
    ("مقالات مختارة", List, Prefix),
    // More by the same author: related items, after the article
    ("مقالات أخرى للكاتب", MoreBy, Glued),
    ("شريط الأحداث", List, Prefix),
    ("شريط الأخبار", List, Prefix),
    ("Trending", List, Prefix),
    // One-line widgets
    ("شارك", Boiler, Whole),
    ("شارك برأيك", Boiler, Prefix),
    ("شارك هذا الخبر", Boiler, Prefix),
    ("شارك الخبر", Boiler, Prefix),
    ("شارك على", Boiler, Prefix),
    ("مشاركة", Boiler, Whole),
    ("مشاركة الخبر", Boiler, Prefix),
    ("مشاركه الخبر", Boiler, Prefix),
    ("Share on", Boiler, Prefix),
    ("Share", Boiler, Whole),
    ("طباعة", Boiler, Whole),
    ("طباعة المقال", Boiler, Whole),
    ("Email", Boiler, Whole),
    ("تغريد", Boiler, Whole),
    ("Tweet", Boiler, Whole),
    ("استمع", Boiler, Whole),
    // Font-size buttons ("تكبير حجم الخط", "زيادة حجم الخط إنقاص حجم الخط").
    ("حجم الخط", Boiler, Contains),
    // The same buttons without "الخط", a line each.
    ("تكبير", Boiler, Whole),
    ("تصغير", Boiler, Whole),
    ("المزيد", Boiler, Whole),
    ("X", Boiler, Whole),
    ("تابعونا", Boiler, Prefix),
    ("تابعنا", Boiler, Prefix),
    ("تابعوا", Boiler, Prefix),
    ("تابع أخبار", Boiler, Prefix),
    ("تعليق", Boiler, Whole),
    ("انسخ الرابط", Boiler, Contains),
    // The story's link for sharing ("رابط الخبر بموقع …: TITLE").
    ("رابط الخبر", Boiler, Prefix),
    ("رابط المقال", Boiler, Prefix),
    ("رابط مختصر", Boiler, Prefix),
    ("الرابط المختصر", Boiler, Prefix),
    // How to write to a column's writer.
    ("للتواصل مع الكاتب", Boiler, Prefix),
    ("للتواصل مع الكاتبة", Boiler, Prefix),
    ("لمراسلة الكاتب", Boiler, Prefix),
    ("لمراسلة الكاتبة", Boiler, Prefix),
    ("تم نسخ الرابط", Boiler, Prefix),
    ("نعرض لكم زوارنا", Boiler, Prefix),
    ("مساحة إعلانية", Boiler, Prefix),
    ("إعلان", Boiler, Whole),
    ("العب للاستماع", Boiler, Prefix),
    ("تخطى قائمة التنقل", Boiler, Prefix),
    ("تجاوز إلى المحتوى", Boiler, Prefix),
    // The article is over
    ("جميع الحقوق محفوظة", End, Contains),
    ("الحقوق محفوظة", End, Contains),
    ("حقوق النشر محفوظة", End, Contains),
    ("All Rights Reserved", End, Contains),
    ("Copyright", End, Prefix),
    ("لا توجد تعليقات", End, Prefix),
    ("اضف تعليق", End, Prefix),
    ("أضف تعليق", End, Prefix),
    ("إضافة تعليق", End, Prefix),
    ("اترك تعليق", End, Prefix),
    ("اترك تعليقاً", End, Prefix),
    ("لن يتم نشر عنوان بريدك الإلكتروني", End, Prefix),
    ("لا مانع من الاقتباس", End, Prefix),
    // A print-edition note ("صدر هذا المقال بالنسخة الورقية …").
    ("صدر هذا المقال", Boiler, Prefix),
    // Menus, mastheads, captions, tickers, sign-offs
    ("الرئيسية", Menu, Prefix),
    ("الصفحة الرئيسية", Menu, Prefix),
    ("القائمة", Menu, Whole),
    // The site's own pages, linked from every menu and footer.
    ("اتصل بنا", Menu, Whole),
    ("تواصل معنا", Menu, Whole),
    ("من نحن", Menu, Whole),
    ("أعلن معنا", Menu, Whole),
    ("سياسة الخصوصية", Menu, Whole),
    ("شروط الاستخدام", Menu, Whole),
    ("خريطة الموقع", Menu, Whole),
    ("رئيس التحرير", Masthead, Glued),
    ("رئيس مجلس الإدارة", Masthead, Glued),
    ("رئيس مجلسي الإدارة والتحرير", Masthead, Glued),
    ("الإشراف العام", Masthead, Glued),
    ("مدير التحرير", Masthead, Glued),
    ("المؤسس", Masthead, Glued),
    ("صورة توضيحية", Caption, Prefix),
    ("صورة أرشيفية", Caption, Contains),
    ("أرشيفية", Caption, Whole),
    ("عاجل", Ticker, Prefix),
    ("انتهى", SignOff, Whole),
];

pub(crate) struct Entry {
    pub(crate) key: String,
    pub(crate) label: Label,
    pub(crate) how: How,
}

pub(crate) static TABLE: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    let mut v: Vec<Entry> =
        PHRASES.iter().map(|&(p, label, how)| Entry { key: key(p), label, how }).collect();
    // Longest phrases first, so "الكلمات الدلالية" wins over "الكلمات".
    let date_first = |l: Label| !l.is_date();
    v.sort_by(|a, b| {
        date_first(a.label).cmp(&date_first(b.label)).then(b.key.len().cmp(&a.key.len()))
    });
    v
});

/// A label found in a line: what it is and the byte end of the phrase in the
/// normalized text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub(crate) label: Label,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// A letter or digit; fast for ASCII and the Arabic block.
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        '0'..='9' | 'a'..='z' | 'A'..='Z' => true,
        '\0'..='\x7f' => false,
        '\u{0621}'..='\u{064A}' | '\u{0660}'..='\u{0669}' | '\u{066E}'..='\u{06D3}' => true,
        '\u{06F0}'..='\u{06F9}' => true,
        // The other letters of the block (ە ۮ ۯ ۺ ۻ ۼ ۿ).
        '\u{06D5}' | '\u{06EE}' | '\u{06EF}' | '\u{06FA}'..='\u{06FC}' | '\u{06FF}' => true,
        '\u{0600}'..='\u{06FF}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The table split for lookups: prefix and whole-line phrases by text,
/// run-on (glued) phrases, and one searcher per group of mid-line phrases.
struct Index {
    prefix: FastMap<String, Label>,
    /// The first word of every prefix phrase (up to its first character that
    /// is no [`is_word_char`]): a line opening with another word has none.
    prefix_first: FastSet<String>,
    whole: FastMap<String, Label>,
    glued: Vec<(String, Label)>,
    /// Mid-line date labels first (they win), then the others.
    contains_date: Vec<(String, Label)>,
    contains_other: Vec<(String, Label)>,
    contains_date_re: Regex,
    contains_other_re: Regex,
    max_words: usize,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut ix = Index {
        prefix: FastMap::default(),
        prefix_first: FastSet::default(),
        whole: FastMap::default(),
        glued: Vec::new(),
        contains_date: Vec::new(),
        contains_other: Vec::new(),
        contains_date_re: Regex::new("$^").expect("valid regex"),
        contains_other_re: Regex::new("$^").expect("valid regex"),
        max_words: 1,
    };
    for e in TABLE.iter() {
        ix.max_words = ix.max_words.max(e.key.split(' ').count());
        match e.how {
            How::Prefix => {
                ix.prefix.entry(e.key.clone()).or_insert(e.label);
                ix.prefix_first.insert(first_word(&e.key).to_owned());
            }
            How::Whole => {
                ix.whole.entry(e.key.clone()).or_insert(e.label);
            }
            How::Glued => ix.glued.push((e.key.clone(), e.label)),
            How::Contains if e.label.is_date() => ix.contains_date.push((e.key.clone(), e.label)),
            How::Contains => ix.contains_other.push((e.key.clone(), e.label)),
        }
    }
    let alt = |v: &[(String, Label)]| {
        let pats: Vec<String> = v.iter().map(|(k, _)| regex::escape(k)).collect();
        Regex::new(&pats.join("|")).expect("valid regex")
    };
    ix.contains_date_re = alt(&ix.contains_date);
    ix.contains_other_re = alt(&ix.contains_other);
    ix
});

impl Label {
    /// A date label: published, updated, or a date that says neither.
    pub(crate) fn is_date(self) -> bool {
        matches!(self, Label::Published | Label::Updated | Label::Date)
    }
}

/// The first mid-line phrase of `re` with word boundaries around it.
fn search(trimmed: &str, off: usize, re: &Regex, phrases: &[(String, Label)]) -> Option<Hit> {
    for m in re.find_iter(trimmed) {
        let before_ok = !trimmed[..m.start()].ends_with(is_word_char);
        let after_ok = !trimmed[m.end()..].starts_with(is_word_char);
        if before_ok && after_ok {
            let label = phrases.iter().find(|(k, _)| k == m.as_str()).map(|&(_, l)| l)?;
            return Some(Hit { label, start: off + m.start(), end: off + m.end() });
        }
    }
    None
}

/// `text` up to its first character that is no [`is_word_char`].
fn first_word(text: &str) -> &str {
    text.find(|c: char| !is_word_char(c)).map_or(text, |end| &text[..end])
}

/// The label of a normalized line (see [`crate::agency::key`]), if any: a
/// phrase at its start (longest first), the whole line, a run-on masthead, or
/// (in lines of at most 14 words) a phrase anywhere; date labels win.
pub(crate) fn find(norm: &str, words: usize) -> Option<Hit> {
    let ix = &*INDEX;
    let trimmed = norm.trim_start_matches(|c: char| !is_word_char(c));
    let off = norm.len() - trimmed.len();
    let bare = trimmed.trim_end_matches(|c: char| !is_word_char(c));
    let mut found: Option<Hit> = None;
    if let Some(&label) = ix.whole.get(bare) {
        found = Some(Hit { label, start: off, end: norm.len() });
    }
    if found.is_none() && ix.prefix_first.contains(first_word(trimmed)) {
        // The first words of the line, at word boundaries, joined by one space.
        let mut ends = Vec::with_capacity(ix.max_words);
        let mut in_word = false;
        let mut simple = true;
        for (i, c) in trimmed.char_indices() {
            let w = is_word_char(c);
            if in_word && !w {
                ends.push(i);
                if ends.len() == ix.max_words {
                    break;
                }
                if c != ' ' {
                    simple = false;
                }
            } else if !in_word && w && i > 0 && !ends.is_empty() {
                let gap = &trimmed[*ends.last().unwrap_or(&0)..i];
                if gap != " " {
                    simple = false;
                }
            }
            in_word = w;
        }
        if in_word && ends.len() < ix.max_words {
            ends.push(trimmed.len());
        }
        for (k, &end) in ends.iter().enumerate().rev() {
            let phrase = &trimmed[..end];
            let hit =
                if k == 0 || simple || !phrase.contains(|c: char| c != ' ' && !is_word_char(c)) {
                    ix.prefix.get(phrase).copied()
                } else {
                    None
                };
            if let Some(label) = hit {
                found = Some(Hit { label, start: off, end: off + end });
                break;
            }
        }
    }
    if found.is_none() {
        if let Some(&(ref k, label)) =
            ix.glued.iter().find(|(k, _)| trimmed.starts_with(k.as_str()))
        {
            found = Some(Hit { label, start: off, end: off + k.len() });
        }
    }
    if found.is_some_and(|h| h.label.is_date()) {
        return found;
    }
    if words <= 14 {
        if let Some(h) = search(trimmed, off, &ix.contains_date_re, &ix.contains_date) {
            return Some(h);
        }
    }
    if found.is_some() {
        return found;
    }
    if words <= 14 {
        return search(trimmed, off, &ix.contains_other_re, &ix.contains_other);
    }
    None
}

/// The obviously correct scan of the whole table, to check [`find`] against.
#[cfg(test)]
pub(crate) fn find_naive(norm: &str, words: usize) -> Option<Hit> {
    let trimmed = norm.trim_start_matches(|c: char| !c.is_alphanumeric());
    let off = norm.len() - trimmed.len();
    let bare = trimmed.trim_end_matches(|c: char| !c.is_alphanumeric());
    for e in TABLE.iter() {
        match e.how {
            How::Whole => {
                if bare == e.key {
                    return Some(Hit { label: e.label, start: off, end: norm.len() });
                }
            }
            How::Prefix | How::Glued => {
                if let Some(rest) = trimmed.strip_prefix(e.key.as_str()) {
                    if e.how == How::Glued || !rest.starts_with(is_word_char) {
                        return Some(Hit { label: e.label, start: off, end: off + e.key.len() });
                    }
                }
            }
            How::Contains => {
                if words > 14 {
                    continue;
                }
                let mut from = 0;
                while let Some(p) = trimmed[from..].find(e.key.as_str()) {
                    let s = from + p;
                    let e_ = s + e.key.len();
                    let before_ok = !trimmed[..s].ends_with(is_word_char);
                    let after_ok = !trimmed[e_..].starts_with(is_word_char);
                    if before_ok && after_ok {
                        return Some(Hit { label: e.label, start: off + s, end: off + e_ });
                    }
                    from = e_;
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_hit() {
        for s in ["إقرأ أيضاً:", "اقرأ أيضا", "اقرأ ايضاً", "إقرأ أيضًا"]
        {
            assert_eq!(find(&key(s), 3).map(|h| h.label), Some(Label::Related), "{s}");
        }
        assert_eq!(find(&key("كلمات دلالية: بين دول"), 4).map(|h| h.label), Some(Label::Tags));
        assert_eq!(find(&key("© 2020 حقوق النشر محفوظة لـ"), 5).map(|h| h.label), Some(Label::End));
        assert!(find(&key("المصدرية"), 1).is_none());
    }

    #[test]
    fn font_size_buttons_are_widgets() {
        for s in ["تكبير", "تصغير", "تكبير حجم الخط"] {
            assert_eq!(find(&key(s), 3).map(|h| h.label), Some(Label::Boiler), "{s}");
        }
        // Not inside a headline.
        assert!(find(&key("تكبير مشروع المطار"), 3).is_none());
    }

    #[test]
    fn index_agrees_with_the_table_scan() {
        let mut lines: Vec<String> = PHRASES
            .iter()
            .flat_map(|(p, _, _)| {
                [
                    p.to_string(),
                    format!("{p}: قيمة"),
                    format!("{p} قيمة طويلة"),
                    format!("نص {p} نص"),
                    format!("{p}ات"),
                    format!("- {p}، قيمة"),
                    format!("«{p}» نص"),
                    format!("{p}/قيمة"),
                ]
            })
            .collect();
        lines.push("GMT 17:27 17.03.2020(محدثة GMT 17:49 17.03.2020) انسخ الرابط".to_owned());
        lines.push("رئيس التحريرعلى الحوفي".to_owned());
        for l in &lines {
            let n = key(l);
            let words = n.split_whitespace().count();
            let (a, b) = (find(&n, words), find_naive(&n, words));
            assert_eq!(
                a.map(|h| (h.label, h.start, h.end)),
                b.map(|h| (h.label, h.start, h.end)),
                "{l}"
            );
        }
    }
}
