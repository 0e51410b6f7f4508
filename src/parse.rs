//! `parse()`: raw Arabic news page text → [`Article`].
//!
//! The pipeline, one module a step:
//!
//! 1. `page` cuts the page into lines and reads each line's features (its
//!    label from `labels`, date evidence, prose, captions); `features` holds
//!    the other facts about one line the passes weigh (bylines, names,
//!    headline candidates, author slots);
//! 2. `classify` runs the passes (`PASSES`, in precedence order; `block`
//!    finds the main text block, lists and listings, `related` the "read
//!    also" sections, `finish` the passes over the body read, `tagged` the
//!    `<DOC>` record layout): they claim byte ranges of lines for roles, each
//!    claim named by the rule that made it (`claims`), and note the values
//!    they read in a draft;
//! 3. `assemble` is the only writer of the [`Article`]: the draft's values,
//!    the quotes of every body (`quotes`), and as boilerplate every range no
//!    claim covers, so nothing is lost;
//! 4. `explain` shows the claims line by line ([`Parser::explain`]).
//!
//! The words the rules look for are in `lexicon`; label phrases live in one
//! table (`labels`) and are matched on `Normalizer::SEARCH`-normalized text;
//! only short lines and the heads of long lines are normalized.

mod assemble;
mod claims;
mod classify;
mod explain;
mod features;
mod labels;
mod lexicon;
mod page;
mod quotes;

pub use claims::Role;
pub use explain::{Explain, ExplainedLine, Part};

use crate::article::Article;
use crate::{Date, DateParser, Error, ErrorKind, Time};

/// The default size limit: 64 MiB.
const DEFAULT_LIMIT: usize = 64 << 20;

/// Article parsing options: a `Copy` value with `const` setters.
///
/// # Example
///
/// ```
/// use arabic_news::Parser;
///
/// static PARSER: Parser = Parser::new().size_limit(1 << 20).related_depth(1);
/// let a = PARSER.parse("عنوان الخبر هنا اليوم\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.")?;
/// assert_eq!(a.title.as_deref(), Some("عنوان الخبر هنا اليوم"));
/// # Ok::<(), arabic_news::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parser {
    reference: Option<(Date, Time)>,
    size_limit: usize,
    related_depth: u8,
    lossy: bool,
    /// The HTML reader's element limit (feature `html`; see `Parser::node_limit`).
    #[cfg_attr(not(feature = "html"), allow(dead_code))]
    node_limit: usize,
}

impl Default for Parser {
    fn default() -> Self {
        Self::new()
    }
}

impl Parser {
    /// The default parser: no reference date, a 64 MiB size limit, related
    /// items parsed two levels deep, invalid UTF-8 reported as an error.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Parser::new(), arabic_news::Parser::default());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Parser {
            reference: None,
            size_limit: DEFAULT_LIMIT,
            related_depth: 2,
            lossy: false,
            node_limit: 1 << 20,
        }
    }

    /// The moment relative dates (منذ ساعتين، أمس) are counted from, such as the
    /// page's crawl time. Without one, relative dates keep `date: null`.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Date, Parser, Time};
    /// let p = Parser::new().reference(Date::new(2024, 1, 1).unwrap(), Time::MIDNIGHT);
    /// let a = p.parse("عنوان الخبر هنا اليوم\nمنذ 3 ساعات\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.")?;
    /// assert_eq!(a.published.unwrap().date, Date::new(2023, 12, 31));
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    #[must_use]
    pub const fn reference(mut self, date: Date, time: Time) -> Self {
        self.reference = Some((date, time));
        self
    }

    /// The largest input, in bytes, that [`Parser::parse`] accepts.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{ErrorKind, Parser};
    /// let err = Parser::new().size_limit(4).parse("نص طويل").unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::TooLarge { limit: 4, .. }));
    /// ```
    #[must_use]
    pub const fn size_limit(mut self, bytes: usize) -> Self {
        self.size_limit = bytes;
        self
    }

    /// How deep "read also" items are parsed: `0` keeps no related items
    /// (their lines go to `boilerplate`), `1` parses the page's items, `2`
    /// (the default) also the items inside those items.
    ///
    /// # Example
    ///
    /// ```
    /// let a = arabic_news::Parser::new().related_depth(0)
    ///     .parse("عنوان الخبر هنا اليوم\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.\nاقرأ أيضا:\nخبر آخر عن الاقتصاد اليوم")?;
    /// assert!(a.related.is_empty());
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    #[must_use]
    pub const fn related_depth(mut self, depth: u8) -> Self {
        self.related_depth = depth;
        self
    }

    /// What [`Parser::parse_bytes`] does with invalid UTF-8: report it as an
    /// error (the default), or, when `yes`, replace each invalid sequence with
    /// U+FFFD (as [`String::from_utf8_lossy`] does) and parse the rest.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::Parser;
    /// // A headline cut in the middle of its last letter, then a body line.
    /// let mut page = "عنوان الخبر هنا اليوم".as_bytes().to_vec();
    /// page.pop();
    /// page.extend_from_slice("\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.".as_bytes());
    /// assert!(Parser::new().parse_bytes(&page).is_err());
    /// let a = Parser::new().lossy(true).parse_bytes(&page)?;
    /// assert_eq!(a.body.len(), 1);
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    #[must_use]
    pub const fn lossy(mut self, yes: bool) -> Self {
        self.lossy = yes;
        self
    }

    /// Parses the visible text of a news page into an [`Article`].
    ///
    /// No-break spaces and the other Unicode spaces (U+00A0, U+1680,
    /// U+2000–U+200A, U+202F, U+205F, U+3000) are read as ASCII spaces: the
    /// article's text, and [`Parser::explain`]'s, has ASCII spaces there.
    ///
    /// # Errors
    ///
    /// Fails only when the text holds no article: it is empty or white space
    /// ([`ErrorKind::Empty`]), it is HTML or XML rather than the page's visible
    /// text ([`ErrorKind::Markup`]: a document that opens with `<!doctype`,
    /// `<html` or `<?xml`, or text that is mostly tags), it has no Arabic
    /// letter ([`ErrorKind::NoArabic`]), or it is longer than the size limit
    /// ([`ErrorKind::TooLarge`]).
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{ErrorKind, Parser};
    /// let a = Parser::new().parse("موسكو-سانا\nافتتح الرئيس الروسي قمة رابطة الدول المستقلة في مدينة سان بطرسبورغ اليوم.")?;
    /// assert_eq!(a.dateline.unwrap().place.as_deref(), Some("موسكو"));
    /// assert_eq!(Parser::new().parse(" \n ").unwrap_err().kind(), &ErrorKind::Empty);
    /// assert_eq!(Parser::new().parse("hello").unwrap_err().kind(), &ErrorKind::NoArabic);
    /// let html = "<!DOCTYPE html>\n<html lang=\"ar\"><head><title>خبر</title></head>";
    /// assert_eq!(Parser::new().parse(html).unwrap_err().kind(), &ErrorKind::Markup);
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    pub fn parse(&self, text: &str) -> Result<Article, Error> {
        self.check(text)?;
        let text = page::ascii_spaces(text);
        let page = classify::classify(&text, self);
        Ok(assemble::assemble(&page.texts(), &page.claims, page.draft))
    }

    /// Parses a page as [`Parser::parse`] does, and says what each line of it
    /// became and which rule decided: see [`Explain`]. For finding out why a
    /// field of a site comes out wrong (the example `parse` prints it with
    /// `--explain`).
    ///
    /// # Errors
    ///
    /// Those of [`Parser::parse`].
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Parser, Role};
    /// let e = Parser::new().explain("بوتين: الأولوية للاقتصاد\nموسكو-سانا\nافتتح الرئيس الروسي فلاديمير بوتين قمة رابطة الدول المستقلة في مدينة سان بطرسبورغ.")?;
    /// let dateline = &e.lines()[1].parts()[0];
    /// assert_eq!((dateline.role(), dateline.rule()), (Role::Dateline, "author-slot-in-header"));
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    pub fn explain(&self, text: &str) -> Result<Explain, Error> {
        self.check(text)?;
        let text = page::ascii_spaces(text);
        let page = classify::classify(&text, self);
        let (texts, listed) = (page.texts(), page.listed());
        let article = assemble::assemble(&texts, &page.claims, page.draft);
        Ok(Explain::new(&text, &texts, &listed, &page.claims, article))
    }

    /// The errors of [`Parser::parse`], before any parsing.
    fn check(&self, text: &str) -> Result<(), Error> {
        if text.len() > self.size_limit {
            return Err(Error::new(
                ErrorKind::TooLarge { size: text.len(), limit: self.size_limit },
                0,
            ));
        }
        let Some(first) =
            text.find(|c: char| !(c.is_whitespace() || crate::chars::is_invisible(c)))
        else {
            return Err(Error::new(ErrorKind::Empty, 0));
        };
        if let Some(at) = crate::markup::markup_start(text) {
            return Err(Error::new(ErrorKind::Markup, at));
        }
        if !text.chars().any(crate::chars::is_arabic_letter) {
            return Err(Error::new(ErrorKind::NoArabic, first));
        }
        Ok(())
    }

    /// Parses UTF-8 bytes; see [`Parser::parse`].
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidUtf8`] with the offset of the first invalid byte
    /// (unless [`Parser::lossy`] is on), and every error of [`Parser::parse`].
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{ErrorKind, Parser};
    /// let err = Parser::new().parse_bytes(b"\xD8\xA7\xFF").unwrap_err();
    /// assert_eq!((err.kind(), err.offset()), (&ErrorKind::InvalidUtf8, 2));
    /// ```
    pub fn parse_bytes(&self, bytes: &[u8]) -> Result<Article, Error> {
        if bytes.len() > self.size_limit {
            return Err(Error::new(
                ErrorKind::TooLarge { size: bytes.len(), limit: self.size_limit },
                0,
            ));
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => self.parse(text),
            Err(_) if self.lossy => self.parse(&String::from_utf8_lossy(bytes)),
            Err(e) => Err(Error::new(ErrorKind::InvalidUtf8, e.valid_up_to())),
        }
    }

    /// The size and element limits, for the HTML reader.
    #[cfg(feature = "html")]
    pub(crate) const fn limits(&self) -> (usize, usize) {
        (self.size_limit, self.node_limit)
    }

    /// Sets the HTML reader's element limit (the setter is `Parser::node_limit`).
    #[cfg(feature = "html")]
    pub(crate) const fn with_node_limit(mut self, nodes: usize) -> Self {
        self.node_limit = nodes;
        self
    }

    pub(crate) const fn depth(&self) -> u8 {
        self.related_depth
    }

    /// The date parser, with the reference when one is set.
    pub(crate) const fn date_parser(&self) -> DateParser {
        match self.reference {
            Some((date, time)) => DateParser::new().reference(date, time),
            None => DateParser::new(),
        }
    }
}

/// What a short line's label says, for the HTML reader (feature `html`): the
/// one hook it has into the parser's label table, so that a "read also", tags
/// or source section outside the page's main block is handed to the parser.
#[cfg(feature = "html")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    /// A "read also" or "more by the author" header.
    Related,
    /// A tags or source label.
    Field,
    /// A list of other stories, a share widget, a copyright or comment line:
    /// not the article's, and the end of its body.
    Other,
}

/// The [`Section`] a label at the start of `line` opens, if any.
#[cfg(feature = "html")]
pub(crate) fn section(line: &str) -> Option<Section> {
    let words = line.split_whitespace().count();
    let norm = crate::agency::key(line);
    let Some(hit) = labels::find(&norm, words) else {
        return page::is_comments_heading(&norm).then_some(Section::Other);
    };
    Some(match hit.label {
        labels::Label::Related | labels::Label::MoreBy => Section::Related,
        labels::Label::Tags | labels::Label::Source => Section::Field,
        labels::Label::List | labels::Label::End | labels::Label::Boiler => Section::Other,
        _ => return None,
    })
}

impl std::str::FromStr for Article {
    type Err = Error;

    /// Parses `s` with the default [`Parser`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s)
    }
}

/// Parses the visible text of a news page with the default [`Parser`].
///
/// # Errors
///
/// See [`Parser::parse`]: empty input, markup, input without Arabic, input over 64 MiB.
///
/// # Example
///
/// ```
/// let a = arabic_news::parse("بوتين: الأولوية للاقتصاد\nموسكو-سانا\nافتتح الرئيس الروسي فلاديمير بوتين قمة رابطة الدول المستقلة في مدينة سان بطرسبورغ.\nالمصدر: الوكالة العربية السورية للأنباء")?;
/// assert_eq!(a.title.as_deref(), Some("بوتين: الأولوية للاقتصاد"));
/// assert_eq!(a.source.as_deref(), Some("الوكالة العربية السورية للأنباء"));
/// # Ok::<(), arabic_news::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Article, Error> {
    Parser::new().parse(text)
}

/// Parses UTF-8 bytes with the default [`Parser`].
///
/// # Errors
///
/// See [`Parser::parse_bytes`].
///
/// # Example
///
/// ```
/// let a = arabic_news::parse_bytes("عنوان الخبر هنا اليوم\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.".as_bytes())?;
/// assert_eq!(a.body.len(), 1);
/// # Ok::<(), arabic_news::Error>(())
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Article, Error> {
    Parser::new().parse_bytes(bytes)
}
