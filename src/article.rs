//! The `Article` model: an owned, plain record of what a news page holds.

use std::fmt;

use crate::dateline::Dateline;
use crate::{Calendar, Date, HijriDate, NewsDate, Time, UtcOffset};

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
    /// From HTML, the visible lines outside the article's part of the page
    /// follow, capped (see [`Parser::parse_html`](crate::Parser::parse_html)).
    pub boilerplate: Vec<String>,
    /// Whether the page holds one article or lists teasers of many.
    pub kind: PageKind,
    /// From HTML only: the page's canonical URL (or the one the caller gave).
    /// Left out of the JSON when absent, as are the other HTML-only fields.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub url: Option<String>,
    /// From HTML only: the site's name (`og:site_name`, JSON-LD `publisher`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub site_name: Option<String>,
    /// From HTML only: the standfirst or summary (`og:description`, `description`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub description: Option<String>,
    /// From HTML only: the lead image's URL (`og:image`, JSON-LD `image`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub image: Option<String>,
    /// From HTML only: the site's section (`article:section`, JSON-LD `articleSection`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub section: Option<String>,
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
        self.visit_texts(&mut |t| out.push(t));
        out
    }

    /// Calls `f` with every text of [`texts`](Self::texts), in the same order.
    fn visit_texts<'a>(&'a self, f: &mut impl FnMut(&'a str)) {
        for t in [&self.title, &self.outlet, &self.source].into_iter().flatten() {
            f(t);
        }
        for d in self.published.iter().chain(&self.updated) {
            f(&d.text);
        }
        if let Some(d) = &self.dateline {
            f(&d.text);
            if let Some(p) = &d.place {
                f(p);
            }
            if let Some(a) = &d.agency {
                f(&a.name);
            }
        }
        if let Some(b) = &self.byline {
            f(&b.text);
            for a in &b.authors {
                f(a);
            }
        }
        for t in self.body.iter().chain(&self.tags).chain(&self.boilerplate) {
            f(t);
        }
        for r in &self.related {
            r.visit_texts(f);
        }
    }
}

impl fmt::Display for Article {
    /// The article as plain text for a reader: the title; the publication and
    /// update dates as written; the byline's authors and the dateline; the
    /// body paragraphs, separated by blank lines; then the source and the
    /// tags. Quotes (already in the body), related items and boilerplate are
    /// left out; serialize the article (feature `serde`) to keep everything.
    ///
    /// # Example
    ///
    /// ```
    /// let a = arabic_news::parse("بوتين: الأولوية للاقتصاد\nتاريخ النشر: 27 ديسمبر 2023\nموسكو-سانا\nكتب: أحمد علي\nافتتح الرئيس الروسي فلاديمير بوتين قمة رابطة الدول المستقلة في مدينة سان بطرسبورغ.\nالمصدر: سانا")?;
    /// assert_eq!(a.to_string(), "بوتين: الأولوية للاقتصاد
    /// 27 ديسمبر 2023
    /// أحمد علي
    /// موسكو (سانا)
    ///
    /// افتتح الرئيس الروسي فلاديمير بوتين قمة رابطة الدول المستقلة في مدينة سان بطرسبورغ.
    ///
    /// المصدر: سانا
    /// ");
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(t) = &self.title {
            writeln!(f, "{t}")?;
        }
        match (&self.published, &self.updated) {
            (Some(p), Some(u)) => writeln!(f, "{} (آخر تحديث: {})", p.text, u.text)?,
            (Some(p), None) => writeln!(f, "{}", p.text)?,
            (None, Some(u)) => writeln!(f, "آخر تحديث: {}", u.text)?,
            (None, None) => {}
        }
        if let Some(b) = &self.byline {
            writeln!(f, "{b}")?;
        }
        if let Some(d) = &self.dateline {
            writeln!(f, "{d}")?;
        }
        for p in &self.body {
            write!(f, "\n{p}\n")?;
        }
        if self.source.is_some() || !self.tags.is_empty() {
            writeln!(f)?;
        }
        if let Some(s) = &self.source {
            writeln!(f, "المصدر: {s}")?;
        }
        if !self.tags.is_empty() {
            writeln!(f, "الوسوم: {}", self.tags.join("، "))?;
        }
        Ok(())
    }
}

/// A publication or update date as the page states it: the text as written
/// and what it resolves to, typed.
///
/// The parser fills it from the [`NewsDate`] the date parser reads in
/// [`text`](Self::text) (see [`From<&NewsDate>`](#impl-From%3C%26NewsDate%3E-for-ArticleDate)),
/// and, when that text gives a time but no date, from the time alone.
///
/// With the `serde` feature every typed field serializes as the string its
/// `Display` writes: `date` as `"2023-12-27"`, `time` as `"10:30"` or
/// `"10:30:05"`, `utc_offset` as `"+03:00"`, `calendar` as `"gregorian"`,
/// `"hijri"` or `"both"`, `hijri` as `{ "year", "month", "day" }`.
///
/// # Example
///
/// ```
/// use arabic_news::{Calendar, Date, HijriDate};
///
/// let a = arabic_news::parse("عنوان الخبر هنا اليوم\nالأربعاء 14 جمادى الآخرة 1445 هـ الموافق 27 ديسمبر 2023 - 10:30 ص\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.")?;
/// let d = a.published.unwrap();
/// let date: Date = d.date.unwrap();
/// assert_eq!(date, Date::new(2023, 12, 27).unwrap());
/// assert_eq!(d.time.unwrap().to_string(), "10:30");
/// assert_eq!(d.calendar, Calendar::Both);
/// assert_eq!(d.hijri, HijriDate::new(1445, 6, 14));
/// assert_eq!(d.hijri_matches(), Some(true));
/// # Ok::<(), arabic_news::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
#[non_exhaustive]
pub struct ArticleDate {
    /// The date text as written, label removed.
    pub text: String,
    /// The Gregorian date: as written, converted by the Umm al-Qura calendar
    /// when the text gives only a Hijri date, or counted back from the
    /// parser's [reference](crate::Parser::reference) for a relative date
    /// (`None` for a relative date without a reference, and for a text that
    /// gives only a time).
    pub date: Option<Date>,
    /// The wall-clock time, 24 h, when the text gives one (or a relative date
    /// under a day was resolved against a reference).
    pub time: Option<Time>,
    /// The offset from UTC, only when the text names a zone or an offset
    /// (`GMT`, `بتوقيت مكة`, `+03:00`); never guessed from the outlet.
    pub utc_offset: Option<UtcOffset>,
    /// The calendar the text is written in: [`Calendar::Gregorian`] (also for
    /// relative dates, a time alone, and text that holds no date),
    /// [`Calendar::Hijri`] (only a Hijri date; `date` holds its conversion) or
    /// [`Calendar::Both`] (a Hijri and a Gregorian date of the same day, as in
    /// `… هـ الموافق … م`; see [`hijri_matches`](Self::hijri_matches)).
    pub calendar: Calendar,
    /// The Hijri date, when the text gives one.
    pub hijri: Option<HijriDate>,
}

impl ArticleDate {
    /// A date record holding only its `text` (calendar Gregorian, nothing resolved).
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{ArticleDate, Calendar};
    /// let d = ArticleDate::new("أمس");
    /// assert_eq!(d.text, "أمس");
    /// assert_eq!((d.date, d.calendar), (None, Calendar::Gregorian));
    /// ```
    #[must_use]
    pub fn new(text: &str) -> Self {
        ArticleDate { text: text.to_owned(), ..Self::default() }
    }

    /// Whether the Hijri and the Gregorian dates of a [`Calendar::Both`] text
    /// name the same day by the Umm al-Qura calendar; `None` unless the text
    /// gives both. Local moon sighting can put a country's Hijri date a day
    /// off the Umm al-Qura one, so `false` is a report, not necessarily an error.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{ArticleDate, parse_date};
    /// let nd = parse_date("20 جمادى الآخرة 1445 هـ الموافق 1 يناير 2024 م").unwrap();
    /// assert_eq!(ArticleDate::from(&nd).hijri_matches(), Some(false));
    /// ```
    #[must_use]
    pub fn hijri_matches(&self) -> Option<bool> {
        if self.calendar != Calendar::Both {
            return None;
        }
        Some(self.hijri?.to_gregorian() == self.date?)
    }
}

impl From<&NewsDate> for ArticleDate {
    /// The typed fields of a parsed date: `date`, `time`, `utc_offset`,
    /// `calendar` and `hijri` are copied; `text` is left empty, since a
    /// [`NewsDate`] holds only the [`span`](NewsDate::span) of the text it was
    /// read from (set it from that span, or from the whole date line).
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{ArticleDate, Calendar, parse_date};
    /// let text = "1 رمضان 1445 هـ";
    /// let nd = parse_date(text).unwrap();
    /// let mut d = ArticleDate::from(&nd);
    /// d.text = text[nd.span].to_owned();
    /// assert_eq!(d.date.unwrap().to_string(), "2024-03-11");
    /// assert_eq!(d.calendar, Calendar::Hijri);
    /// assert_eq!(d.text, "1 رمضان 1445 هـ");
    /// ```
    fn from(d: &NewsDate) -> Self {
        ArticleDate {
            text: String::new(),
            date: d.date,
            time: d.time,
            utc_offset: d.utc_offset,
            calendar: d.calendar,
            hijri: d.hijri,
        }
    }
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

impl fmt::Display for Byline {
    /// The author names joined with `، `, or the line as written when it
    /// names none.
    ///
    /// # Example
    ///
    /// ```
    /// let a = arabic_news::parse("عنوان الخبر هنا اليوم\nكتب: أحمد علي، سلمى حداد\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.")?;
    /// assert_eq!(a.byline.unwrap().to_string(), "أحمد علي، سلمى حداد");
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.authors.is_empty() {
            return f.write_str(&self.text);
        }
        for (i, a) in self.authors.iter().enumerate() {
            if i > 0 {
                f.write_str("، ")?;
            }
            f.write_str(a)?;
        }
        Ok(())
    }
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
