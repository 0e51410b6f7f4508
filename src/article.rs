//! The `Article` model: an owned, plain record of what a news page holds.

use crate::dateline::Dateline;

/// A news article found in raw page text: the main story, its metadata, the
/// "read also" items (themselves articles) and every leftover line.
///
/// Absent scalar fields are `None` (JSON `null`), absent lists are empty. Text
/// fields hold the text as written (trimmed), not normalized. The serde field
/// names (feature `serde`) are part of the API and never change.
///
/// # Example
///
/// ```
/// let a = arabic_news::parse("خبر عاجل عن الاقتصاد\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.")?;
/// assert_eq!(a.title.as_deref(), Some("خبر عاجل عن الاقتصاد"));
/// assert_eq!(a.body.len(), 1);
/// # Ok::<(), arabic_news::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct Article {
    /// The headline of the main article (not the site name, a menu entry or a ticker).
    pub title: Option<String>,
    /// The publication date of the main article.
    pub published: Option<ArticleDate>,
    /// The last update date of the main article.
    pub updated: Option<ArticleDate>,
    /// Where and from which agency or outlet the story was filed.
    pub dateline: Option<Dateline>,
    /// The author line.
    pub byline: Option<Byline>,
    /// The outlet credited for the article (a related item's `يمانيون../` line).
    pub outlet: Option<String>,
    /// The paragraphs of the body, dateline prefix removed.
    pub body: Vec<String>,
    /// Quotations in the body, with the speaker when the sentence names one.
    pub quotes: Vec<Quote>,
    /// The value of a source line (`المصدر: …`) or a closing credit.
    pub source: Option<String>,
    /// The tags after a tags label (`كلمات دلالية`, `الوسوم`, `Tags` …).
    pub tags: Vec<String>,
    /// The items of "read also" sections, each parsed as an article.
    pub related: Vec<Article>,
    /// Every non-blank line that is in no other field (page order, but for a
    /// dateline text replaced by the first paragraph's own dateline, which comes last).
    pub boilerplate: Vec<String>,
    /// Whether the page holds one article or lists teasers of many.
    pub kind: PageKind,
}

/// What a page holds: one article, or a list of teasers (a section, tag,
/// author or home page).
///
/// A [`PageKind::Listing`] has no title and no body: its lines stay in
/// [`Article::boilerplate`], so nothing is lost. JSON: `"article"`, `"listing"`.
///
/// # Example
///
/// ```
/// use arabic_news::PageKind;
///
/// let page = "\
/// الاقتصاد يواصل النمو في الربع الثالث
/// قال الوزير إن الاقتصاد نما بقوة في الربع الثالث من العام بفضل الصادرات والاستثمار في الصناعة...
/// افتتاح معرض الكتاب بمشاركة واسعة
/// افتتح المعرض أبوابه أمس بمشاركة مئات الناشرين من الدول العربية والأجنبية وسط إقبال كبير من الزوار...
/// فوز المنتخب في مباراته الودية الأولى
/// حقق المنتخب فوزا مستحقا في مباراته الودية الأولى استعدادا للبطولة القارية المقبلة في الصيف...
/// الأرصاد تتوقع أمطارا غزيرة الأسبوع المقبل
/// توقعت هيئة الأرصاد الجوية هطول أمطار غزيرة على معظم المناطق خلال الأسبوع المقبل مع انخفاض الحرارة...";
/// let a = arabic_news::parse(page)?;
/// assert_eq!(a.kind, PageKind::Listing);
/// assert!(a.title.is_none() && a.body.is_empty());
/// assert_eq!(a.boilerplate.len(), 8);
/// # Ok::<(), arabic_news::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum PageKind {
    /// One main article (the default).
    #[default]
    Article,
    /// Teasers of many articles and no main one.
    Listing,
}

impl Article {
    /// An empty article (every field absent).
    ///
    /// # Example
    ///
    /// ```
    /// let a = arabic_news::Article::new();
    /// assert!(a.title.is_none() && a.body.is_empty());
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Every text the article holds, its related items' included: title,
    /// outlet, source, date texts, dateline (text, place, agency name), byline
    /// (text, authors), body paragraphs, tags and boilerplate, in that order,
    /// depth first. Quotes are not listed (they repeat body text). Handy for
    /// indexing a whole page, and for checking that nothing was lost.
    ///
    /// # Example
    ///
    /// ```
    /// let a = arabic_news::parse("خبر عاجل عن الاقتصاد\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.\nالمصدر: سانا")?;
    /// assert_eq!(a.texts(), ["خبر عاجل عن الاقتصاد", "سانا", "أعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية."]);
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    #[must_use]
    pub fn texts(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.visit_texts(&mut |t, _| out.push(t));
        out
    }

    /// Calls `f` with every text of [`texts`](Self::texts), in the same
    /// order, and whether it is a paragraph-like text (body, tags,
    /// boilerplate) rather than a heading-like one (title, dates, dateline …).
    pub(crate) fn visit_texts<'a>(&'a self, f: &mut impl FnMut(&'a str, TextKind)) {
        use TextKind::{Bulk, Head};
        for t in [&self.title, &self.outlet, &self.source].into_iter().flatten() {
            f(t, Head);
        }
        for d in self.published.iter().chain(&self.updated) {
            f(&d.text, Head);
        }
        if let Some(d) = &self.dateline {
            f(&d.text, Head);
            if let Some(p) = &d.place {
                f(p, Head);
            }
            if let Some(a) = &d.agency {
                f(&a.name, Head);
            }
        }
        if let Some(b) = &self.byline {
            f(&b.text, Head);
            for a in &b.authors {
                f(a, Head);
            }
        }
        for t in self.body.iter().chain(&self.tags).chain(&self.boilerplate) {
            f(t, Bulk);
        }
        for r in &self.related {
            r.visit_texts(f);
        }
    }
}

/// What kind of text [`Article::visit_texts`] passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextKind {
    /// A title, date, dateline, byline, source or outlet text: a few per article.
    Head,
    /// A body paragraph, tag or boilerplate line: any number.
    Bulk,
}

impl std::str::FromStr for Article {
    type Err = crate::Error;

    /// Parses `s` with the default [`Parser`](crate::Parser).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::parse(s)
    }
}

/// A publication or update date as the page states it.
///
/// # Example
///
/// ```
/// use arabic_news::ArticleDate;
/// let d = ArticleDate::new("27 ديسمبر 2023");
/// assert_eq!(d.calendar, "gregorian");
/// assert!(d.date.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct ArticleDate {
    /// The date text as written, label removed.
    pub text: String,
    /// ISO `YYYY-MM-DD` (Gregorian, converted from Hijri when only Hijri is given).
    pub date: Option<String>,
    /// `HH:MM` or `HH:MM:SS`, 24 h.
    pub time: Option<String>,
    /// `+HH:MM`, only when the text names a zone.
    pub utc_offset: Option<String>,
    /// `"gregorian"` or `"hijri"`: the calendar the text is written in.
    pub calendar: String,
    /// The Hijri date, when the text gives one.
    pub hijri: Option<HijriYmd>,
}

impl ArticleDate {
    /// A date record holding only its `text` (calendar Gregorian, nothing resolved).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::ArticleDate::new("أمس").text, "أمس");
    /// ```
    #[must_use]
    pub fn new(text: &str) -> Self {
        ArticleDate { text: text.to_owned(), calendar: "gregorian".to_owned(), ..Self::default() }
    }
}

/// A Hijri (Umm al-Qura) year, month and day.
///
/// # Example
///
/// ```
/// let h = arabic_news::HijriYmd { year: 1445, month: 6, day: 14 };
/// assert_eq!(h.month, 6);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct HijriYmd {
    /// The Hijri year.
    pub year: i32,
    /// The Hijri month, 1–12.
    pub month: u8,
    /// The day of the month, 1–30.
    pub day: u8,
}

/// An author line and the names it gives.
///
/// # Example
///
/// ```
/// let a = arabic_news::parse("عنوان الخبر هنا اليوم\nكتبت: سلمى حداد\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.")?;
/// assert_eq!(a.byline.unwrap().authors, ["سلمى حداد"]);
/// # Ok::<(), arabic_news::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct Byline {
    /// The line (or part of it) as written, verb included (`كتبت: …`).
    pub text: String,
    /// The author names, without the verb.
    pub authors: Vec<String>,
}

/// A quotation in the body.
///
/// # Example
///
/// ```
/// let a = arabic_news::parse("عنوان الخبر هنا اليوم\nوقال الوزير في مؤتمر صحفي: «إن هذه الأرقام تعكس ثقة الشركاء في المنتجات».")?;
/// assert_eq!(a.quotes[0].speaker.as_deref(), Some("الوزير"));
/// # Ok::<(), arabic_news::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct Quote {
    /// The quoted text, without the quotation marks.
    pub text: String,
    /// Who said it, when the same sentence names a speaker with a reporting verb.
    pub speaker: Option<String>,
    /// The index in `body` of the paragraph holding the quote.
    pub paragraph: usize,
}
