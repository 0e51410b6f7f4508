//! Facts about one line that the passes weigh: a byline with a verb, a name,
//! a headline candidate, an author slot, a list item.

use std::sync::LazyLock;

use super::lexicon::{
    BULLETS, BYLINE_VERBS, CAPTION_WORDS, FROM_OPENER, GIVEN_NAMES, HEADLINE_BYLINE_VERBS,
    NOT_PAPER_WORDS, PICTURE_OPENERS, SECTION_WORDS, SENTENCE_OPENERS, keys,
};
use super::page::{
    Credit, Line, after_letters, caption_credit, ends_sentence, is_media_tag, is_short_line,
};
use crate::agency::key;
use crate::article::Byline;
use crate::dateline::{self, Mode};

pub(super) static BYLINE_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys(BYLINE_VERBS));

/// The keys of [`HEADLINE_BYLINE_VERBS`].
static HEADLINE_BYLINE_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys(HEADLINE_BYLINE_VERBS));

/// A group of initials has at most this many letters.
const INITIALS_LETTERS: usize = 3;
/// An agency credit line names one agency: at most this many words.
const AGENCY_CREDIT_WORDS: usize = 4;
/// A paper credited in parentheses by definite nouns alone has at most this
/// many words ("(الرأي العام)").
const PAPER_CREDIT_WORDS: usize = 3;
/// A byline line is this short: a verb and a few names.
const BYLINE_WORDS: usize = 9;
/// After a parenthesized aside opening a line, a headline has this many words
/// or more.
const ASIDE_HEADLINE_WORDS: usize = 2;
/// The most words in one person's name (honorifics and compound names included).
const NAME_WORDS: usize = 5;
/// How many words a Latin personal name has.
const LATIN_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;
/// How many words a headline has.
const HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 3..=45;
/// How many words a headline signed on its own line has (a column's title
/// may have two: "أصبوحة علياء بقلم: …").
const SIGNED_HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 2..=45;
/// An author slot ("NAME - PLACE") is this short.
const SLOT_WORDS: usize = 8;
/// A writer's note under the text ("* عضو جمعية …") is this short.
const WRITER_NOTE_WORDS: usize = 6;

/// A byline with a verb: `كتب: …`, `بقلم …`, `حوار: …`.
pub(super) fn verb_byline(l: &Line<'_>) -> Option<Byline> {
    if l.words > BYLINE_WORDS || l.date || l.text.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let first = l.norm.split([' ', ':']).next()?;
    if !BYLINE_KEYS.iter().any(|k| k == first) {
        return None;
    }
    let n = first.chars().count();
    let rest = l.text[after_letters(l.text, n)..]
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '/'));
    let authors = split_authors(rest);
    // A person's name is not one word with the article ("بواسطة: التحرير" is the desk).
    let desk = |a: &String| !a.contains(' ') && a.starts_with("ال");
    // "تقرير:" and "حوار:" head a headline as often: then only names sign.
    let headline_key = HEADLINE_BYLINE_KEYS.iter().any(|k| k == first);
    let unnamed =
        |a: &String| headline_key && !dateline::is_name_shaped(dateline::without_honorifics(a));
    if authors.is_empty()
        || authors
            .iter()
            .any(|a| a.split_whitespace().count() > NAME_WORDS || desk(a) || unnamed(a))
    {
        return None;
    }
    Some(Byline { text: l.text.to_owned(), authors })
}

/// A headline and its signature on one line ("عنوان – بقلم: فلان", "عنوان ...
/// بقلم : Sami Helyani"): the headline without the separator before the
/// signature, the byte where the signature starts, and its authors. The
/// signature is set apart by a separator before `بقلم` or a colon after it
/// ("رسوم بقلم رصاص" is a pencil drawing), and signs names only.
pub(super) fn signed_headline(text: &str) -> Option<(&str, usize, Vec<String>)> {
    const SIGN: &str = "بقلم";
    let is_sep = |c: char| matches!(c, '-' | '–' | '—' | '|' | '.' | '…' | '/');
    text.match_indices(SIGN).find_map(|(at, _)| {
        let before = text[..at].strip_suffix(' ')?;
        let headline = before.trim_end_matches(|c: char| c.is_whitespace() || is_sep(c));
        let after = &text[at + SIGN.len()..];
        let colon = after.trim_start().starts_with(':');
        if !(after.starts_with([' ', ':']) && (colon || headline.len() < before.len())) {
            return None;
        }
        let words = crate::chars::word_count(headline);
        if !(SIGNED_HEADLINE_WORDS.contains(&words)) {
            return None;
        }
        let authors =
            split_authors(after.trim_start_matches(|c: char| c.is_whitespace() || c == ':'));
        // After بقلم, a name in Latin letters need not be capitalized ("Sami helyani").
        let named = |a: &String| {
            dateline::is_name_shaped(dateline::without_honorifics(a)) || is_latin_words(a)
        };
        (!authors.is_empty() && authors.iter().all(named)).then_some((headline, at, authors))
    })
}

pub(super) fn split_authors(s: &str) -> Vec<String> {
    s.split(['،', ',', '|'])
        .flat_map(|p| p.split(" و "))
        .map(|p| p.trim().trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// A Latin personal name: two or three capitalized words ("Ziad Sankary").
pub(super) fn is_latin_name(text: &str) -> bool {
    is_latin_words(text)
        && text.split_whitespace().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(|c| c.is_ascii_uppercase())
                && cs.clone().count() >= 1
                && cs.all(|c| !c.is_ascii_uppercase())
        })
}

/// Two or three words of Latin letters (and `-`, `'`): a name's shape,
/// capitalized or not ("Sami helyani").
fn is_latin_words(text: &str) -> bool {
    LATIN_NAME_WORDS.contains(&text.split_whitespace().count())
        && text.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '-' | '\''))
}

/// A section's name: every word one of [`SECTION_WORDS`] ("ثقافة وفنون",
/// "عربي ودولي"; `و` and the article allowed before a word).
pub(super) fn is_section_name(l: &Line<'_>) -> bool {
    static SECTIONS: LazyLock<std::collections::HashSet<String>> =
        LazyLock::new(|| keys(SECTION_WORDS));
    let section = |k: &str| {
        SECTIONS.contains(k) || k.strip_prefix("ال").is_some_and(|r| SECTIONS.contains(r))
    };
    l.text.split_whitespace().all(|w| {
        let k = key(w);
        section(&k) || k.strip_prefix('و').is_some_and(section)
    })
}

/// A bare name: 2–4 words of Arabic letters, no article on the first word.
pub(super) fn is_bare_name(l: &Line<'_>) -> bool {
    if l.label.is_some() || l.date {
        return false;
    }
    dateline::is_name_shaped(name_text(l.text))
}

/// Whether `l` is a person's name ([`is_bare_name`]) whose first word is a
/// common given name (or opens with `عبد`, `أبو`): the stronger evidence a
/// lone line needs where a fragment of prose could take its place.
pub(super) fn is_known_name(l: &Line<'_>) -> bool {
    static GIVEN: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| keys(GIVEN_NAMES));
    is_bare_name(l)
        && name_text(l.text).split_whitespace().next().is_some_and(|w| {
            let w = key(w);
            GIVEN.contains(&w) || w.starts_with("عبد") || w == "ابو"
        })
}

/// The name of a signature "NAME e-mail" ("سامي خوري sami@example.com",
/// "سامي خوري comments [at] example.com"): a name ([`dateline::is_name_shaped`]),
/// then Latin text holding an e-mail address, its `@` written or spelled.
pub(super) fn signed_with_email(text: &str) -> Option<&str> {
    let at = text.find(|c: char| c.is_ascii_alphanumeric())?;
    let (name, mail) = (text[..at].trim(), &text[at..]);
    let mailish = (mail.contains('@') || mail.contains("[at]") || mail.contains("(at)"))
        && !mail.chars().any(crate::chars::is_arabic_letter);
    // No word of a name carries a preposition and the article ("للتواصل").
    let named =
        dateline::is_name_shaped(name) && !name.split_whitespace().any(|w| w.starts_with("لل"));
    (mailish && named).then_some(name)
}
/// A name line without the honorifics before it (الأستاذ الدكتور) and the
/// footnote mark after it ("… الراشدي **" points to the author's note).
pub(super) fn name_text(text: &str) -> &str {
    dateline::without_honorifics(text.trim_end_matches(|c: char| c == '*' || c.is_whitespace()))
}

/// A line with a photo caption's wording: an opener ("جانب من", "من …",
/// "لقطة") or a word describing the picture ("متحدثاً", "يتوسط"). A question
/// opening with "من" (who) is a headline.
pub(super) fn is_caption_phrase(l: &Line<'_>) -> bool {
    static WORDS: LazyLock<Vec<String>> = LazyLock::new(|| keys(CAPTION_WORDS));
    is_caption_length(l)
        && (opens_caption(l, true) || l.norm.split(' ').any(|w| WORDS.iter().any(|c| c == w)))
}

/// A short line that asks nothing: a caption's length. Its `norm` is the key
/// of all of it.
fn is_caption_length(l: &Line<'_>) -> bool {
    is_short_line(l) && !l.text.ends_with(['?', '؟'])
}

/// Whether `l` (of a caption's length) opens as a photo's caption does: with
/// words naming the picture, or with "من" when `from` says it counts.
fn opens_caption(l: &Line<'_>, from: bool) -> bool {
    static OPENERS: LazyLock<Vec<String>> =
        LazyLock::new(|| PICTURE_OPENERS.iter().map(|p| key(p.trim_end()) + " ").collect());
    OPENERS.iter().any(|p| l.norm.starts_with(p.as_str()))
        || (from && l.norm.starts_with(FROM_OPENER))
}

/// A short line opening with words that name a picture ("جانب من …", "لقطة
/// …"): a photo's caption wherever it stands, even closing a page that was cut
/// (where "من …" may open a paragraph).
pub(super) fn names_a_picture(l: &Line<'_>) -> bool {
    is_caption_length(l) && opens_caption(l, false)
}

/// A writer's note under the text: a short line marked with one asterisk,
/// the mark a writer's name carries to point to it ("* كاتب وباحث", "*أستاذ
/// الاقتصاد …"). Not one that ends a sentence or asks, nor a paragraph marked
/// with two asterisks, nor "* * *", which breaks sections.
pub(super) fn is_writer_note(l: &Line<'_>) -> bool {
    l.text.strip_prefix('*').is_some_and(|rest| {
        let rest = rest.trim_start();
        rest.starts_with(|c: char| c.is_alphabetic())
            && !ends_sentence(rest)
            && !rest.ends_with(['?', '؟', '!'])
    }) && l.words <= WRITER_NOTE_WORDS
}

/// A line opening with a particle that starts sentences, not headlines.
pub(super) fn is_sentence_opener(text: &str) -> bool {
    SENTENCE_OPENERS.iter().any(|p| text.starts_with(p))
}

/// A line marked as an item of a list: a bullet, or a dash and a clock
/// ("• …", "- 19:17 …").
pub(super) fn is_list_item(text: &str) -> bool {
    text.starts_with(BULLETS)
        || text
            .strip_prefix(['-', '–'])
            .is_some_and(|r| r.trim_start().starts_with(crate::chars::is_numeric))
}

/// At least half of the words are Arabic words of two letters or more (not
/// widget text such as "tag icon ع ع ع").
pub(super) fn mostly_arabic_words(text: &str) -> bool {
    let (mut arabic, mut all) = (0, 0);
    for w in text.split_whitespace() {
        all += 1;
        if w.chars().filter(|&c| crate::chars::is_arabic_letter(c)).nth(1).is_some() {
            arabic += 1;
        }
    }
    arabic * 2 >= all
}

/// A line that can be a headline.
pub(super) fn is_candidate(l: &Line<'_>) -> bool {
    !opens_aside(l.text)
        && !has_link(l.text)
        && l.arabic
        && mostly_arabic_words(l.text)
        && HEADLINE_WORDS.contains(&l.words)
        && !is_list_item(l.text)
        && !l.date
        && !l.prose
        && l.label.is_none()
        && caption_credit(l) != Some(Credit::Sure)
        && verb_byline(l).is_none()
        && !is_author_slot(l)
        && !dateline::is_outlet_credit(l.text)
}

/// Whether `text` holds a web link ("https://…", "www.…", an embedded tweet's
/// "pic.twitter.com/…"): a headline never does.
pub(super) fn has_link(text: &str) -> bool {
    text.contains("://") || text.contains("www.") || text.contains("pic.twitter.com/")
}

/// A line opening with a parenthesis is an aside ("(تصوير: …)", "(1) …"),
/// unless a headline follows the words in it, which it is about ("(الدبكة
/// والسامري) تستقطب زوار المهرجان").
fn opens_aside(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('(') else { return false };
    let Some((inner, after)) = rest.split_once(')') else { return true };
    inner.chars().any(char::is_numeric) || crate::chars::word_count(after) < ASIDE_HEADLINE_WORDS
}

/// A dateline on a line of its own ("القاهرة - خاص", "نابلس (صدى الوادي)"):
/// a short line that reads as one.
pub(super) fn is_dateline_line(l: &Line<'_>) -> bool {
    l.words <= SLOT_WORDS
        && dateline::read_slot(l.text, Mode::Line).is_some_and(|s| s.dateline.is_some())
}

/// "NAME - PLACE", "PLACE - AGENCY": a dash-separated author slot, or a
/// reporter "NAME من PLACE".
pub(super) fn is_author_slot(l: &Line<'_>) -> bool {
    l.words <= SLOT_WORDS
        && (l.text.contains(['-', '–', 'ـ']) || l.text.contains(" من "))
        && dateline::read_slot(l.text, Mode::Author).is_some_and(|s| s.dateline.is_some())
}

/// A line that only credits a known agency ("*الأناضول", "(واس)", "- رويترز")
/// or a press office: the name as written, without the marks around it. Such
/// a line closes an article.
pub(super) fn agency_credit<'a>(l: &Line<'a>) -> Option<&'a str> {
    if l.words > AGENCY_CREDIT_WORDS || l.date || l.label.is_some() {
        return None;
    }
    let name = l.text.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '*' | '(' | ')' | '-' | '–' | '—' | '.' | ':' | '/')
    });
    // A press office crediting its own release ("إعلام مجلس السيادة",
    // "المكتب الإعلامي لوزارة الصحة"): the release's source.
    let office = PRESS_OFFICES.iter().any(|p| name.starts_with(p)) && l.words >= 2;
    (!name.is_empty() && (office || crate::Agency::find(name).is_some())).then_some(name)
}

/// A paper's name alone in parentheses ("(الجمهورية)", "(الرأي العام)"), which
/// under the text credits the paper the item was taken from: the name. It has
/// an outlet's shape, or is definite nouns only, as a person's name is not
/// ("(سامي خوري)", "(الشيخ الزهراني)"), nor a title, a media or photo word,
/// an editor's mark or a part's number ("(الرئيس)", "(الصور)", "(النهاية)",
/// "(الحلقة الأولى)").
pub(super) fn paper_credit<'a>(l: &Line<'a>) -> Option<&'a str> {
    if l.words > PAPER_CREDIT_WORDS || l.date || l.label.is_some() {
        return None;
    }
    let t = l.text.trim().trim_end_matches(['.', ' ']);
    let name = t.strip_prefix('(')?.strip_suffix(')')?.trim();
    if name.is_empty() || name.contains(['(', ')']) || is_media_tag(name) {
        return None;
    }
    static NOT_PAPER: LazyLock<Vec<String>> = LazyLock::new(|| keys(NOT_PAPER_WORDS));
    let k = key(name);
    let not_paper = |w: &str| NOT_PAPER.iter().any(|n| n == w);
    let definite = |w: &str| {
        w.starts_with("ال")
            && w.chars().all(crate::chars::is_arabic_letter)
            && is_name_word_without_article(w)
    };
    // An honorific opens a person's name ("(الشيخ الزهراني)").
    let honorific = dateline::without_honorifics(name).len() < name.len();
    let paper = dateline::is_outlet_credit(name)
        || (name.split_whitespace().all(definite) && !k.split(' ').any(not_paper) && !honorific);
    paper.then_some(name)
}

/// A line crediting the story's source under the text: an agency, a press
/// office ([`agency_credit`]) or a paper in parentheses ([`paper_credit`]).
pub(super) fn source_credit<'a>(l: &Line<'a>) -> Option<&'a str> {
    agency_credit(l).or_else(|| paper_credit(l))
}

/// Whether `word` can be part of a name once its article is taken off
/// (`رئيس` of `الرئيس` cannot): [`dateline::is_name_word`].
pub(super) fn is_name_word_without_article(word: &str) -> bool {
    dateline::is_name_word(word.strip_prefix("ال").unwrap_or(word))
}

/// How a press office's credit line opens.
const PRESS_OFFICES: [&str; 4] = ["إعلام ", "اعلام ", "المكتب الإعلامي", "المكتب الاعلامي"];

/// Initials signing a story, a group of one to three Arabic letters on each
/// side of a slash ("ه/ا", "م.ع/ س"): the editors' sign-off.
pub(super) fn is_initials(text: &str) -> bool {
    let Some((a, b)) = text.split_once('/') else { return false };
    let group = |g: &str| {
        let letters = g.chars().filter(|&c| crate::chars::is_arabic_letter(c)).count();
        (1..=INITIALS_LETTERS).contains(&letters)
            && g.chars().all(|c| crate::chars::is_arabic_letter(c) || matches!(c, '.' | ' '))
    };
    group(a) && group(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_sign_a_story() {
        for s in ["ه/ا", "م.ع/ س", "ع ب/ك"] {
            assert!(is_initials(s), "{s}");
        }
        for s in ["2024/4/26", "ه/ا/ب", "القاهرة/ رويترز", "a/b", "/ا"] {
            assert!(!is_initials(s), "{s}");
        }
    }

    #[test]
    fn signatures_with_an_email() {
        assert_eq!(signed_with_email("سامي خوري sami@example.com"), Some("سامي خوري"));
        assert_eq!(signed_with_email("سامي خوري comments [at] example.com"), Some("سامي خوري"));
        assert_eq!(signed_with_email("سامي خوري www.example.com"), None);
        assert_eq!(signed_with_email("للتواصل معنا info@example.com"), None);
        assert_eq!(signed_with_email("الموقع الرسمي info@example.com"), None);
    }

    /// The lines that credit a source under the text, and lines of their
    /// shape that credit none, for the agency and the paper readers alike.
    #[test]
    fn credit_lines() {
        type Reader = for<'a> fn(&Line<'a>) -> Option<&'a str>;
        // A reader, the lines it credits (with the name), the lines it does not.
        type Case = (Reader, &'static [(&'static str, &'static str)], &'static [&'static str]);
        let cases: [Case; 2] = [
            (
                agency_credit,
                &[
                    ("*الأناضول", "الأناضول"),
                    ("(واس)", "واس"),
                    ("- رويترز.", "رويترز"),
                    ("إعلام وزارة الزراعة", "إعلام وزارة الزراعة"),
                    ("المكتب الإعلامي للمحافظة", "المكتب الإعلامي للمحافظة"),
                ],
                &[
                    "الأناضول تنشر تقريرا عن الزيارة",
                    "وزارة الصحة",
                    "(كوفيد-19)",
                    "إعلام",
                    "إعلام إسرائيلي: الجيش يستعد لعملية جديدة في الشمال",
                ],
            ),
            (
                paper_credit,
                &[
                    ("(الجمهورية)", "الجمهورية"),
                    ("(الرأي العام).", "الرأي العام"),
                    ("(صحيفة الساحل)", "صحيفة الساحل"),
                ],
                &[
                    "الجمهورية",
                    "(سامي خوري)",
                    "(وللحديث بقية)",
                    "(الرئيس)",
                    "(الوزير)",
                    "(الصور)",
                    "(الأرشيف)",
                    "(النهاية)",
                    "(المحرر)",
                    "(الحلقة الأولى)",
                    "(المادة الثانية)",
                    "(فيديو)",
                    "(الجمهورية) (الأيام)",
                    "(الشيخ الزهراني)",
                ],
            ),
        ];
        for (read, credited, not) in cases {
            for &(s, name) in credited {
                assert_eq!(read(&make_line(s)), Some(name), "{s}");
            }
            for &s in not {
                assert_eq!(read(&make_line(s)), None, "{s}");
            }
        }
    }
    use crate::parse::page::make_line;

    #[test]
    fn media_tags_are_no_credit_and_section_names_are_known() {
        // "(بالفيديو والصور)" has a name's shape, but tags the headline's media.
        let tagged = make_line("وزير الصحة يتفقد مستشفى المدينة الجديد (بالفيديو والصور)");
        assert_eq!(caption_credit(&tagged), None);
        let credited = make_line("وزير الصحة يتفقد مستشفى المدينة الجديد (سامي خوري)");
        assert_eq!(caption_credit(&credited), Some(Credit::Name));
        for name in ["ثقافة وفنون", "عربي ودولي", "الرياضة المحلية", "أخبار والرياضة"]
        {
            assert!(is_section_name(&make_line(name)), "{name}");
        }
        assert!(!is_section_name(&make_line("ماء بارد")));
    }

    #[test]
    fn headline_candidates() {
        // Items of a list and widget text are no headline.
        assert!(!is_candidate(&make_line("• الوزير يفتتح معرض الكتاب في دورته الجديدة")));
        assert!(!is_candidate(&make_line("- 19:17 الوزير يفتتح معرض الكتاب")));
        assert!(!is_candidate(&make_line("tag icon ع ع ع")));
        // A disease name in parentheses is no photo credit.
        assert!(is_candidate(&make_line("الصحة تعلن تسجيل 6 إصابات جديدة بفيروس (كوفيد-19)")));
        assert!(!is_candidate(&make_line("الوزير خلال زيارته المعرض أمس (رويترز)")));
        assert!(is_candidate(&make_line("الوزير يفتتح معرض الكتاب في دورته الجديدة")));
        // A headline may open with the names it is about in parentheses; an
        // aside alone, or a number, is no headline.
        assert!(is_candidate(&make_line("(الدبكة والسامري) تستقطب زوار المهرجان")));
        assert!(!is_candidate(&make_line("(تصوير: سامي خوري)")));
        assert!(!is_candidate(&make_line("(1) الوزير يفتتح معرض الكتاب")));
        assert!(!is_candidate(&make_line("(الوزير يفتتح معرض الكتاب")));
    }

    #[test]
    fn names_hold_no_function_word() {
        assert!(is_bare_name(&make_line("سامي حداد")));
        assert!(is_bare_name(&make_line("ليلى عبد الرحمن")));
        // "لأنها" is ل + أنها: a headline, not a name.
        assert!(!is_bare_name(&make_line("لأنها بيروت")));
        assert!(!is_bare_name(&make_line("وفي الختام")));
    }
}
