//! Claims: which byte range of which line plays which role in the article,
//! and the rule that said so.
//!
//! The passes of `classify` never write the [`Article`](crate::Article): they
//! claim ranges of lines for roles (and note the values they read in a
//! [`Draft`](super::assemble::Draft)); `assemble` builds the article from
//! both. A range no claim covers is boilerplate, so no text is lost.
//! Claims on one line never overlap; a claim taken back says why.

use std::ops::Range;

/// What a range of a line is in the article, as [`Parser::explain`](crate::Parser::explain)
/// reports it.
///
/// # Example
///
/// ```
/// use arabic_news::Role;
/// assert_eq!(Role::Title.to_string(), "title");
/// assert_eq!(Role::Boilerplate.as_str(), "boilerplate");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Role {
    /// The headline (`Article::title`).
    Title,
    /// The publication date (`Article::published`).
    Published,
    /// The update date (`Article::updated`).
    Updated,
    /// The dateline (`Article::dateline`).
    Dateline,
    /// The byline (`Article::byline`).
    Byline,
    /// An author slot that gives the byline and the dateline at once
    /// ("NAME - PLACE").
    AuthorSlot,
    /// A paragraph of the body (`Article::body`).
    Body,
    /// The source line (`Article::source`).
    Source,
    /// Tags (`Article::tags`).
    Tags,
    /// The headline of a "read also" item (`Article::related`).
    RelatedTitle,
    /// The date of a "read also" item.
    RelatedDate,
    /// The outlet of a "read also" item.
    RelatedOutlet,
    /// The dateline of a "read also" item.
    RelatedDateline,
    /// A paragraph of a "read also" item.
    RelatedBody,
    /// A copy of a text another claim holds (the headline printed again
    /// after an author slot, a dateline repeated at the head of the body).
    Repeat,
    /// Record markup that holds no text (`<TEXT>`, an empty `<AUTHOR>`).
    Markup,
    /// Kept in `Article::boilerplate`: claimed by no rule, or let go by one.
    Boilerplate,
}

impl Role {
    /// The role's name, as [`Explain`](crate::Explain) prints it.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Role::RelatedTitle.as_str(), "related-title");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Title => "title",
            Role::Published => "published",
            Role::Updated => "updated",
            Role::Dateline => "dateline",
            Role::Byline => "byline",
            Role::AuthorSlot => "author-slot",
            Role::Body => "body",
            Role::Source => "source",
            Role::Tags => "tags",
            Role::RelatedTitle => "related-title",
            Role::RelatedDate => "related-date",
            Role::RelatedOutlet => "related-outlet",
            Role::RelatedDateline => "related-dateline",
            Role::RelatedBody => "related-body",
            Role::Repeat => "repeat",
            Role::Markup => "markup",
            Role::Boilerplate => "boilerplate",
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One claim: a byte range of a line's text, its role, and the rule that
/// claimed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Claim {
    pub(crate) range: Range<usize>,
    pub(crate) role: Role,
    pub(crate) rule: &'static str,
}

/// A claim taken back: the line, the role it had, and why it was let go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Release {
    pub(crate) line: usize,
    pub(crate) role: Role,
    pub(crate) reason: &'static str,
}

/// The claims on a page's lines (see the module docs).
#[derive(Debug, Clone, Default)]
pub(crate) struct Claims {
    /// Per line, its claims in byte order.
    lines: Vec<Vec<Claim>>,
    /// Ranges let go as boilerplate while their line stays claimed, in the
    /// order they were let go: `(line, range, reason)`.
    left: Vec<(usize, Range<usize>, &'static str)>,
    /// Claims taken back, in order.
    released: Vec<Release>,
}

impl Claims {
    /// No claims on `n` lines.
    pub(crate) fn new(n: usize) -> Self {
        Claims { lines: vec![Vec::new(); n], left: Vec::new(), released: Vec::new() }
    }

    /// Whether some claim holds line `i`.
    pub(crate) fn is_claimed(&self, i: usize) -> bool {
        !self.lines[i].is_empty()
    }

    /// Claims the whole of line `i` (of `len` bytes) for `role`.
    pub(crate) fn line(&mut self, i: usize, len: usize, role: Role, rule: &'static str) {
        self.range(i, 0..len, role, rule);
    }

    /// Claims `range` of line `i` for `role`; a claim it overlaps is replaced
    /// (the later rule wins, as the passes run in precedence order).
    pub(crate) fn range(&mut self, i: usize, range: Range<usize>, role: Role, rule: &'static str) {
        let claims = &mut self.lines[i];
        claims.retain(|c| c.range.end <= range.start || c.range.start >= range.end);
        let at = claims.iter().position(|c| c.range.start >= range.end).unwrap_or(claims.len());
        claims.insert(at, Claim { range, role, rule });
    }

    /// Takes back every claim on line `i`: its text is boilerplate again.
    pub(crate) fn release(&mut self, i: usize, reason: &'static str) {
        for c in std::mem::take(&mut self.lines[i]) {
            self.released.push(Release { line: i, role: c.role, reason });
        }
    }

    /// Keeps `range` of line `i` in boilerplate, in the order such pieces
    /// are let go (before the lines no claim holds): a claim of `role` on
    /// exactly that range is taken back; a range no claim touches is claimed
    /// as boilerplate; a range inside another claim stays that claim's too.
    pub(crate) fn leave(
        &mut self,
        i: usize,
        range: Range<usize>,
        role: Role,
        reason: &'static str,
    ) {
        let claims = &mut self.lines[i];
        if let Some(c) = claims.iter_mut().find(|c| c.range == range && c.role == role) {
            self.released.push(Release { line: i, role, reason });
            c.role = Role::Boilerplate;
            c.rule = reason;
        } else if claims.iter().all(|c| c.range.end <= range.start || c.range.start >= range.end) {
            self.range(i, range.clone(), Role::Boilerplate, reason);
        }
        self.left.push((i, range, reason));
    }

    /// The claims on line `i`, in byte order.
    pub(crate) fn of(&self, i: usize) -> &[Claim] {
        &self.lines[i]
    }

    /// The ranges let go as boilerplate, in order.
    pub(crate) fn left(&self) -> &[(usize, Range<usize>, &'static str)] {
        &self.left
    }

    /// The claims taken back, in order.
    pub(crate) fn released(&self) -> &[Release] {
        &self.released
    }

    /// The first line from `i` on, before `end`, that no claim holds.
    pub(crate) fn next_free(&self, i: usize, end: usize) -> Option<usize> {
        (i..end).find(|&j| !self.is_claimed(j))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_never_overlap_and_releases_say_why() {
        let mut c = Claims::new(2);
        c.line(0, 10, Role::Body, "body");
        c.range(0, 0..4, Role::Dateline, "paragraph-dateline");
        c.range(0, 4..10, Role::Body, "paragraph-dateline");
        assert_eq!(c.of(0).len(), 2);
        assert!(c.of(0).windows(2).all(|w| w[0].range.end <= w[1].range.start));
        c.release(0, "a test");
        assert!(!c.is_claimed(0));
        assert_eq!(c.released().len(), 2);
        assert_eq!(c.next_free(0, 2), Some(0));
        c.line(1, 3, Role::Published, "date");
        c.leave(1, 0..3, Role::Published, "a later date wins");
        assert_eq!(c.left().len(), 1);
        assert_eq!(c.of(1)[0].role, Role::Boilerplate);
    }
}
