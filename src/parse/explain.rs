//! [`Explain`]: what the parser made of each line of a page, and which rule
//! said so, for people finding out why a field of their site comes out wrong.

use std::fmt;

use super::claims::{Claims, Role};
use crate::article::{Article, PageKind};

/// What [`Parser::explain`](crate::Parser::explain) reports: every non-blank
/// line of the page with the role each part of it plays in the article and
/// the rule that gave it that role, and the article itself (the same as
/// [`Parser::parse`](crate::Parser::parse) returns).
///
/// Its `Display` prints one row per part of a line: the line number in the
/// input (1-based, counting `\n`), the role, the rule, and the text (cut at
/// 60 characters). A line no rule claimed is `boilerplate`, with the rule
/// `unclaimed` (`in-a-list` inside a menu or a list of other stories,
/// `listing-page` on a page of teasers), or, when a rule claimed it and a
/// later one took the claim back, the reason (`released: a byline under the
/// standfirst opens the body`); white space and punctuation between the parts
/// of a line are not shown.
///
/// # Example
///
/// ```
/// use arabic_news::{Parser, Role};
///
/// let page = "الرئيسية\nبوتين: الأولوية للاقتصاد\nموسكو-سانا\nافتتح الرئيس الروسي فلاديمير بوتين قمة رابطة الدول المستقلة في مدينة سان بطرسبورغ.";
/// let explain = Parser::new().explain(page)?;
/// let title = &explain.lines()[1];
/// assert_eq!((title.number(), title.parts()[0].role()), (2, Role::Title));
/// assert_eq!(explain.article().title.as_deref(), Some("بوتين: الأولوية للاقتصاد"));
/// println!("{explain}");
/// // line  role              rule                            text
/// //    1  boilerplate       unclaimed                       الرئيسية
/// //    2  title             title-best-scored               بوتين: الأولوية للاقتصاد
/// //    …
/// # Ok::<(), arabic_news::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explain {
    lines: Vec<ExplainedLine>,
    article: Article,
}

/// One non-blank line of a page in an [`Explain`]: its number and its parts.
///
/// # Example
///
/// ```
/// let e = arabic_news::Parser::new().explain("عنوان الخبر هنا اليوم\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.")?;
/// assert_eq!(e.lines()[1].number(), 2);
/// assert_eq!(e.lines()[1].parts()[0].rule(), "body");
/// # Ok::<(), arabic_news::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExplainedLine {
    number: usize,
    parts: Vec<Part>,
}

/// A part of a line in an [`Explain`]: its text, role and the rule that gave
/// it the role.
///
/// # Example
///
/// ```
/// use arabic_news::Role;
/// let e = arabic_news::Parser::new().explain("عنوان الخبر هنا اليوم\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.")?;
/// let part = &e.lines()[0].parts()[0];
/// assert_eq!((part.role(), part.text()), (Role::Title, "عنوان الخبر هنا اليوم"));
/// # Ok::<(), arabic_news::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    role: Role,
    rule: &'static str,
    text: String,
}

impl Explain {
    /// Every non-blank line of the page, in page order (a line the parser
    /// reads as two, such as a leading `date 2024-01-01` token, appears twice
    /// with the same number).
    ///
    /// # Example
    ///
    /// ```
    /// let e = arabic_news::Parser::new().explain("عنوان الخبر هنا اليوم\n\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.")?;
    /// let numbers: Vec<usize> = e.lines().iter().map(|l| l.number()).collect();
    /// assert_eq!(numbers, [1, 3]);
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    #[must_use]
    pub fn lines(&self) -> &[ExplainedLine] {
        &self.lines
    }

    /// The article the page parses into.
    ///
    /// # Example
    ///
    /// ```
    /// let page = "عنوان الخبر هنا اليوم\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.";
    /// let e = arabic_news::Parser::new().explain(page)?;
    /// assert_eq!(e.article(), &arabic_news::parse(page)?);
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    #[must_use]
    pub fn article(&self) -> &Article {
        &self.article
    }

    /// The article, without the explanation.
    ///
    /// # Example
    ///
    /// ```
    /// let e = arabic_news::Parser::new().explain("عنوان الخبر هنا اليوم\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.")?;
    /// assert_eq!(e.into_article().body.len(), 1);
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    #[must_use]
    pub fn into_article(self) -> Article {
        self.article
    }

    /// The explanation of a page: `input` the text parsed, `lines` its
    /// non-blank lines (subslices of `input`), `listed` whether each sits in a
    /// list that is not the article.
    pub(super) fn new(
        input: &str,
        lines: &[&str],
        listed: &[bool],
        claims: &Claims,
        article: Article,
    ) -> Explain {
        let base = input.as_ptr() as usize;
        let (mut number, mut seen) = (1, 0);
        let released = claims.released();
        let unclaimed = |i: usize| match () {
            () if article.kind == PageKind::Listing => "listing-page",
            () => match released.iter().rev().find(|r| r.line == i) {
                Some(r) => r.reason,
                None if listed[i] => "in-a-list",
                None => "unclaimed",
            },
        };
        let mut out = Vec::with_capacity(lines.len());
        for (i, text) in lines.iter().enumerate() {
            // Lines are slices of the input: their offset gives their number.
            let at = (text.as_ptr() as usize).saturating_sub(base).min(input.len());
            if at >= seen {
                number += input.as_bytes()[seen..at].iter().filter(|&&b| b == b'\n').count();
                seen = at;
            }
            let mut parts = Vec::new();
            let gap = |from: usize, to: usize, parts: &mut Vec<Part>| {
                let t = text.get(from..to).unwrap_or("").trim();
                if t.chars().any(char::is_alphanumeric) {
                    let rule = unclaimed(i);
                    parts.push(Part { role: Role::Boilerplate, rule, text: t.to_owned() });
                }
            };
            let mut end = 0;
            for c in claims.of(i) {
                gap(end, c.range.start, &mut parts);
                let t = text.get(c.range.clone()).unwrap_or("").trim();
                parts.push(Part { role: c.role, rule: c.rule, text: t.to_owned() });
                end = end.max(c.range.end);
            }
            gap(end, text.len(), &mut parts);
            out.push(ExplainedLine { number, parts });
        }
        Explain { lines: out, article }
    }
}

impl ExplainedLine {
    /// The line's number in the input, from 1 (lines end at `\n`).
    ///
    /// # Example
    ///
    /// ```
    /// let e = arabic_news::Parser::new().explain("\nعنوان الخبر هنا اليوم\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.")?;
    /// assert_eq!(e.lines()[0].number(), 2);
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    #[must_use]
    pub fn number(&self) -> usize {
        self.number
    }

    /// The line's parts, in text order (most lines have one).
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::Role;
    /// let e = arabic_news::Parser::new().explain("عنوان الخبر هنا اليوم\nموسكو (سانا) - افتتح الرئيس الروسي قمة رابطة الدول المستقلة في مدينة سان بطرسبورغ.")?;
    /// let roles: Vec<Role> = e.lines()[1].parts().iter().map(|p| p.role()).collect();
    /// assert_eq!(roles, [Role::Dateline, Role::Body]);
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    #[must_use]
    pub fn parts(&self) -> &[Part] {
        &self.parts
    }
}

impl Part {
    /// The part's role in the article.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::Role;
    /// let e = arabic_news::Parser::new().explain("عنوان الخبر هنا اليوم\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.")?;
    /// assert_eq!(e.lines()[1].parts()[0].role(), Role::Body);
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    #[must_use]
    pub fn role(&self) -> Role {
        self.role
    }

    /// The name of the rule that gave the part its role (`unclaimed` for
    /// boilerplate no rule claimed). Rule names may change between releases.
    ///
    /// # Example
    ///
    /// ```
    /// let e = arabic_news::Parser::new().explain("عنوان الخبر هنا اليوم\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.\nالمصدر: سانا")?;
    /// assert_eq!(e.lines()[2].parts()[0].rule(), "source-label");
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    #[must_use]
    pub fn rule(&self) -> &'static str {
        self.rule
    }

    /// The part's text, trimmed, as written in the input.
    ///
    /// # Example
    ///
    /// ```
    /// let e = arabic_news::Parser::new().explain("عنوان الخبر هنا اليوم\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.\nالمصدر: سانا")?;
    /// assert_eq!(e.lines()[2].parts()[0].text(), "المصدر: سانا");
    /// # Ok::<(), arabic_news::Error>(())
    /// ```
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// How many characters of a part's text `Display` prints.
const SHOWN: usize = 60;

impl fmt::Display for Explain {
    /// A table: line number, role, rule, text (see [`Explain`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:>4}  {:<16}  {:<30}  text", "line", "role", "rule")?;
        for l in &self.lines {
            for (k, p) in l.parts.iter().enumerate() {
                let shown: String = p.text.chars().take(SHOWN).collect();
                let more = if shown.len() < p.text.len() { "…" } else { "" };
                if k == 0 {
                    write!(f, "{:>4}", l.number)?;
                } else {
                    write!(f, "{:>4}", "")?;
                }
                writeln!(f, "  {:<16}  {:<30}  {shown}{more}", p.role.as_str(), p.rule)?;
            }
        }
        Ok(())
    }
}
