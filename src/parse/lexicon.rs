//! The parser's vocabularies, in one place: the words and marks its rules
//! look for (label phrases have their own table, `labels`; place, agency and
//! name words are the dateline grammar's). Words are written as the pages
//! write them; how each list is compared is said beside it.

/// The keys ([`crate::agency::key`]) of a word list, for the lists compared
/// by key: built once, into a `LazyLock`.
pub(super) fn keys<C: FromIterator<String>>(words: &[&str]) -> C {
    words.iter().map(|w| crate::agency::key(w)).collect()
}

/// Marks that close a sentence, for the rules that look for the end of one
/// (a quote's sentence, a glued label, a teaser cut mid-sentence). Narrower
/// than the tokenizer's [`sentences`](crate::sentences), which also ends a
/// sentence at `…` and `؛`: these rules were tuned on this set.
pub(super) const SENTENCE_ENDS: [char; 4] = ['.', '!', '؟', '?'];

/// `text.rfind(SENTENCE_ENDS)` on bytes (`؟` is `D8 9F`).
pub(super) fn rfind_sentence_end(b: &[u8]) -> Option<usize> {
    let mut end = b.len();
    while let Some(i) =
        crate::chars::rfind_byte(b, end, |c| (c == b'.') | (c == b'!') | (c == b'?') | (c == 0x9F))
    {
        if b[i] != 0x9F {
            return Some(i);
        }
        if i > 0 && b[i - 1] == 0xD8 {
            return Some(i - 1);
        }
        end = i;
    }
    None
}

/// `text.contains(SENTENCE_ENDS)` on bytes.
pub(super) fn has_sentence_end(text: &str) -> bool {
    rfind_sentence_end(text.as_bytes()).is_some()
}

/// [`SENTENCE_ENDS`] and an ellipsis: what ends the text before a closing
/// credit or a closing quotation mark when it ends a paragraph.
pub(super) const STOPS_OR_ELLIPSIS: [char; 5] = ['.', '!', '؟', '?', '…'];

/// How a paragraph ends (a headline may end with `?` or `!`, rarely with these).
pub(super) const PARAGRAPH_ENDS: [char; 7] = ['.', '"', '”', '»', '…', ':', '؛'];

/// Closing quotation marks.
pub(super) const CLOSING_QUOTES: [char; 3] = ['"', '”', '»'];

/// The words that open a byline (`كتب: …`, `بقلم …`), compared after
/// `agency::key` (so hamza and alef variants match).
pub(super) const BYLINE_VERBS: &[&str] = &[
    "كتب",
    "كتبت",
    "بقلم",
    "إعداد",
    "اعداد",
    "تقرير",
    "حوار",
    "ترجمة",
    "متابعة",
    "تحرير",
    "بواسطة",
    "إشراف",
    "By",
];

/// The [`BYLINE_VERBS`] that head a headline as often ("تقرير: …", "حوار: …"):
/// they sign only when a person's name follows.
pub(super) const HEADLINE_BYLINE_VERBS: &[&str] = &["تقرير", "حوار"];

/// Particles that open sentences, not headlines (with the space after them).
pub(super) const SENTENCE_OPENERS: [&str; 6] = ["إن ", "أن ", "كما ", "وقد ", "ولكن ", "لكن "];

/// Bullets that mark the items of a list.
pub(super) const BULLETS: [char; 6] = ['•', '●', '■', '▪', '◄', '►'];

/// Reporting verbs before a quotation, compared without diacritics, after a
/// conjunction (`و`, `ف`) is taken off; a verb with a leading hamza on alef
/// is also found written with a bare alef (`أضاف`, `اضاف`).
pub(super) const QUOTE_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "أضاف",
    "أضافت",
    "أكد",
    "أكدت",
    "أوضح",
    "أوضحت",
    "أشار",
    "أشارت",
    "صرح",
    "صرحت",
    "لفت",
    "لفتت",
    "شدد",
    "شددت",
    "تابع",
    "تابعت",
    "أعلن",
    "أعلنت",
    "ذكر",
    "ذكرت",
    "اعتبر",
    "اعتبرت",
    "مضيفا",
    "مؤكدا",
    "موضحا",
    "مشيرا",
    "كتب",
    "كتبت",
    "غرد",
    "غردت",
    "أردف",
];

/// Verbal nouns that follow the speaker (`عن بوتين قوله`).
pub(super) const QUOTE_AFTER_SPEAKER: &[&str] = &["قوله", "قولها", "قولهم"];

/// Words that end a speaker's name after the reporting verb.
pub(super) const QUOTE_NAME_ENDS: &[&str] = &[
    "إن",
    "إنه",
    "إنها",
    "أن",
    "أنه",
    "أنها",
    "ان",
    "انه",
    "انها",
    "في",
    "فى",
    "خلال",
    "على",
    "عبر",
    "إلى",
    "الى",
    "لـ",
    "أمام",
    "امام",
    "عن",
    "مع",
    "بعد",
    "قبل",
    "اليوم",
    "أمس",
    "امس",
    "بأن",
    "بان",
    "يوم",
    "لوكالة",
    "لصحيفة",
    "لقناة",
];

/// `word` with a leading hamza on alef (`أ`) written as a bare alef (the
/// second spelling of a [`QUOTE_VERBS`] verb); borrowed when there is none.
pub(super) fn fold_leading_hamza(word: &str) -> std::borrow::Cow<'_, str> {
    match word.strip_prefix('أ') {
        Some(rest) => format!("ا{rest}").into(),
        None => word.into(),
    }
}

/// Common Arabic given names, men's and women's, as a name's first word
/// (compared after `agency::key`). Evidence that a short line is a person's
/// name where its shape alone is not enough (a signature under the body, which
/// a paragraph cut short by the page's end resembles). Names opening with
/// `عبد` or `أبو` are recognised by that prefix.
pub(super) const GIVEN_NAMES: &[&str] = &[
    // Men
    "محمد",
    "أحمد",
    "محمود",
    "مصطفى",
    "علي",
    "حسن",
    "حسين",
    "عمر",
    "عثمان",
    "خالد",
    "سعد",
    "سعيد",
    "سعود",
    "سلطان",
    "سلمان",
    "سليمان",
    "صالح",
    "فهد",
    "فيصل",
    "فارس",
    "ناصر",
    "نايف",
    "بندر",
    "تركي",
    "ماجد",
    "مشعل",
    "منصور",
    "يوسف",
    "يحيى",
    "إبراهيم",
    "إسماعيل",
    "إسحاق",
    "يعقوب",
    "موسى",
    "عيسى",
    "هارون",
    "داود",
    "زكريا",
    "طارق",
    "زياد",
    "وليد",
    "هشام",
    "عصام",
    "باسم",
    "حسام",
    "وسام",
    "هيثم",
    "أيمن",
    "أنس",
    "أسامة",
    "حمزة",
    "جمال",
    "كمال",
    "نبيل",
    "عادل",
    "سامي",
    "سامر",
    "رامي",
    "رامز",
    "مازن",
    "مالك",
    "نادر",
    "ياسر",
    "عمار",
    "عماد",
    "إياد",
    "جهاد",
    "رياض",
    "مراد",
    "سمير",
    "منير",
    "بشير",
    "نذير",
    "شريف",
    "رشيد",
    "مجيد",
    "حميد",
    "وحيد",
    "فريد",
    "جميل",
    "ريان",
    "راشد",
    "مبارك",
    "حمد",
    "حمود",
    "عوض",
    "عايض",
    "عبيد",
    "بدر",
    "ثامر",
    "جاسم",
    "قاسم",
    "هاشم",
    "كاظم",
    "ناظم",
    "حازم",
    "عاصم",
    "غسان",
    "عدنان",
    "مروان",
    "رضوان",
    "عرفات",
    "لؤي",
    "معاذ",
    "معتز",
    "مهند",
    "أمين",
    "مأمون",
    "ممدوح",
    "مختار",
    "نزار",
    "نضال",
    "نور",
    "أنور",
    "منذر",
    "بسام",
    "هاني",
    "شادي",
    "فادي",
    "رائد",
    "زيد",
    "يزيد",
    "توفيق",
    "رفيق",
    "شفيق",
    "صادق",
    "صلاح",
    "فلاح",
    "نجاح",
    "فتحي",
    "حلمي",
    "حمدي",
    "رشدي",
    "مجدي",
    "لطفي",
    "صبري",
    "فوزي",
    "شوقي",
    "مكي",
    "وائل",
    "إدريس",
    "الحسين",
    "الحسن",
    "المهدي",
    "العربي",
    "الطيب",
    "الهادي",
    "المختار",
    // Women
    "فاطمة",
    "عائشة",
    "خديجة",
    "مريم",
    "زينب",
    "سارة",
    "هدى",
    "هند",
    "ليلى",
    "سلمى",
    "نورة",
    "نوف",
    "منى",
    "مها",
    "رنا",
    "رندا",
    "ريم",
    "ريما",
    "دينا",
    "لينا",
    "لمى",
    "أمل",
    "آمال",
    "إيمان",
    "أسماء",
    "سعاد",
    "نادية",
    "سميرة",
    "أميرة",
    "سهام",
    "وفاء",
    "رشا",
    "هالة",
    "غادة",
    "عبير",
    "نجلاء",
    "شيماء",
    "دعاء",
    "آلاء",
    "بشرى",
    "حنان",
    "جميلة",
    "نجوى",
    "سلوى",
    "رحاب",
    "سحر",
    "ياسمين",
    "نسرين",
    "شيرين",
    "رانيا",
    "لبنى",
    "هيفاء",
    "عفاف",
    "ابتسام",
    "منال",
    "جيهان",
    "نهى",
    "نهاد",
    "وداد",
    "ميساء",
];

/// The words that name a news site's sections ("ثقافة وفنون", "عربي ودولي",
/// "رياضة محلية"), compared after `agency::key`: a menu's entries, not a
/// headline's words.
pub(super) const SECTION_WORDS: &[&str] = &[
    "أخبار",
    "محليات",
    "محلية",
    "محلي",
    "دوليات",
    "دولية",
    "دولي",
    "عربي",
    "عربية",
    "عالمي",
    "عالم",
    "سياسة",
    "اقتصاد",
    "أعمال",
    "مال",
    "أسواق",
    "رياضة",
    "ثقافة",
    "فنون",
    "فن",
    "أدب",
    "منوعات",
    "مجتمع",
    "صحة",
    "علوم",
    "تكنولوجيا",
    "تقنية",
    "تعليم",
    "مقالات",
    "رأي",
    "آراء",
    "تقارير",
    "تحقيقات",
    "حوارات",
    "ملفات",
    "فيديو",
    "صور",
    "سياحة",
    "سيارات",
    "حوادث",
    "قضايا",
    "وفيات",
    "مرأة",
    "شباب",
    "إسلاميات",
    "كاريكاتير",
    "إعلام",
];

/// How a photo caption opens with words that name the picture ("جانب من
/// الحضور", "لقطة جماعية"), compared after `agency::key`, with the space after
/// the word.
pub(super) const PICTURE_OPENERS: &[&str] = &["جانب من ", "مشهد من ", "لقطة ", "صورة "];
/// "من" (from) opens captions too ("من حفل المعايدة"), and sentences ("من جهته
/// قال …").
pub(super) const FROM_OPENER: &str = "من ";

/// Words that make a line in parentheses under the text no paper's credit,
/// though they are definite nouns: photo words, editors' marks, the parts of a
/// series and the ordinals that number them ("(الصور)", "(النهاية)", "(الحلقة
/// الأولى)"), compared after `agency::key`.
pub(super) const NOT_PAPER_WORDS: &[&str] = &[
    "الصورة",
    "الصور",
    "الأرشيف",
    "أرشيفية",
    "النهاية",
    "المحرر",
    "التحرير",
    "الحلقة",
    "الجزء",
    "المادة",
    "الفقرة",
    "الأول",
    "الأولى",
    "الثاني",
    "الثانية",
    "الثالث",
    "الثالثة",
    "الرابع",
    "الرابعة",
    "الخامس",
    "الخامسة",
    "الأخير",
    "الأخيرة",
];

/// Words that say a line describes a photo ("الوزير متحدثاً في الحفل",
/// "الأمير يتوسط الفائزين"), compared after `agency::key`.
pub(super) const CAPTION_WORDS: &[&str] =
    &["متحدثاً", "متحدثا", "متحدثة", "يتوسط", "تتوسط", "يتوسطون", "متوسطا", "متوسطاً"];

/// The media a headline announces in parentheses at its end ("… (فيديو)",
/// "… (بالصور)"), compared after `agency::key`: a headline's tag, never a
/// paragraph's end.
pub(super) const MEDIA_TAGS: &[&str] = &[
    "فيديو",
    "بالفيديو",
    "صور",
    "بالصور",
    "فيديو وصور",
    "صور وفيديو",
    "بالفيديو والصور",
    "إنفوجراف",
    "انفوجراف",
    "فيديوجراف",
];

/// The words that name what a view or comment counter counts ("عدد
/// المشاهدات: 1520", "شوهد 1520 مرة"), compared after `agency::key`: a counter
/// line holds numbers, at least one of these, and [`COUNTER_FILLERS`].
pub(super) const COUNTER_WORDS: [&str; 18] = [
    "مشاهدة",
    "مشاهدات",
    "المشاهدات",
    "شوهد",
    "قراءة",
    "قراءات",
    "القراءات",
    "زيارة",
    "زيارات",
    "الزيارات",
    "تعليق",
    "تعليقات",
    "التعليقات",
    "views",
    "reads",
    "visits",
    "comments",
    "hits",
];

/// The words that name a comment section ("التعليقات", "تعليقات القراء",
/// "آخر التعليقات"), compared after `agency::key`: its heading holds one of
/// them, or "آراء" with one of [`READER_WORDS`], and otherwise only
/// [`READER_WORDS`], [`COMMENT_FILLERS`] and numbers.
pub(super) const COMMENT_WORDS: [&str; 4] = ["تعليقات", "التعليقات", "تعليقان", "comments"];

/// Who writes the comments ("تعليقات القراء", "آراء الزوار").
pub(super) const READER_WORDS: [&str; 4] = ["القراء", "الزوار", "قرائنا", "زوارنا"];

/// The other words a comment section's heading may hold.
pub(super) const COMMENT_FILLERS: [&str; 6] = ["آراء", "آخر", "أحدث", "عدد", "فيسبوك", "الفيسبوك"];

/// The other words a counter line may hold ("عدد", "مرة"), which name no count.
pub(super) const COUNTER_FILLERS: [&str; 2] = ["عدد", "مرة"];

/// The words that credit a photographer on a line of their own ("تصوير: سامي
/// حداد", "عدسة: …"), compared after `agency::key`.
pub(super) const PHOTOGRAPHER_WORDS: [&str; 2] = ["تصوير", "عدسة"];

/// The words of a photo's credit in parentheses ("(تصوير: …)", "(أرشيفية)",
/// "(ناشطون)", "(مواقع التواصل)"), compared after `agency::key` as prefixes.
pub(super) const PHOTO_WORDS: [&str; 14] = [
    "تصوير",
    "عدسة",
    "الصورة",
    "صورة",
    "أرشيف",
    "ناشط",
    "وكالات",
    "إنترنت",
    "الإنترنت",
    "متداول",
    "مواقع",
    "تويتر",
    "فيسبوك",
    "خاص",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_verbs_are_written_once() {
        let folded: Vec<_> = QUOTE_VERBS.iter().map(|v| fold_leading_hamza(v)).collect();
        for (i, v) in folded.iter().enumerate() {
            assert!(!folded[..i].contains(v), "{v} twice");
        }
        // Tanween is a diacritic: the comparison never sees it.
        assert!(QUOTE_VERBS.iter().all(|v| !v.chars().any(crate::chars::is_diacritic)));
    }
}
