//! Telling markup from page text: the article parser reads the visible text
//! of a page, and HTML given to it by mistake would make the whole document
//! one headline.

/// Where the markup starts when `text` is an HTML or XML document (it opens
/// with `<!doctype`, `<html` or `<?xml`, after white space) or is mostly tags
/// (tags hold more than half of its visible bytes); `None` for page text,
/// including text with a few tags or `<` signs in it.
///
/// One pass that jumps from `<` to `<`; the lines and visible bytes are read
/// only when the tags alone are not decisive.
pub(crate) fn markup_start(text: &str) -> Option<usize> {
    let lead =
        text.len() - text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}').len();
    let head = &text.as_bytes()[lead..];
    for open in [&b"<!doctype"[..], b"<html", b"<?xml"] {
        if head.len() >= open.len() && head[..open.len()].eq_ignore_ascii_case(open) {
            return Some(lead);
        }
    }
    let bytes = text.as_bytes();
    let (mut first, mut tags, mut count, mut at) = (None, 0usize, 0usize, 0usize);
    while let Some(i) = crate::chars::find_byte(bytes, at, |b| b == b'<') {
        let is_tag =
            bytes.get(i + 1).is_some_and(|&b| b.is_ascii_alphabetic() || b"/!?".contains(&b));
        if !is_tag {
            at = i + 1;
            continue;
        }
        let Some(end) = text[i..].find('>').map(|j| i + j + 1) else { break };
        first.get_or_insert(i);
        tags += end - i;
        count += 1;
        at = end;
    }
    let first = first?;
    if count < 2 || tags * 4 < text.len() {
        return None;
    }
    // A tagged record (`<DOC>`, `<TITLE>` …, one corpus layout the parser reads)
    // is page text, however short.
    if text.lines().take(12).any(|l| {
        let l = l.trim_start();
        l.starts_with("<DOC>") || l.starts_with("<TITLE>")
    }) {
        return None;
    }
    let visible = bytes.iter().filter(|b| !b.is_ascii_whitespace()).count();
    (tags * 2 > visible).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::markup_start;

    #[test]
    fn documents_and_tag_soup_are_markup() {
        assert_eq!(markup_start("<!DOCTYPE html><html><body><p>نص</p></body></html>"), Some(0));
        assert_eq!(markup_start("\u{FEFF}\n  <html lang=\"ar\">\n<head>"), Some(6));
        assert_eq!(markup_start("<?xml version=\"1.0\"?><rss><item>خبر</item></rss>"), Some(0));
        let fragment = "<div class=\"post\">\n  <h1>عنوان الخبر</h1>\n  <p>نص</p>\n</div>";
        assert_eq!(markup_start(fragment), Some(0));
        assert_eq!(markup_start("عنوان\n<div><span><a href=\"/x\">x</a></span></div>"), Some(11));
    }

    #[test]
    fn page_text_is_not_markup() {
        for text in [
            "عنوان الخبر\nأعلن الوزير اليوم أن النمو بلغ <b>ثلاثة</b> في المئة خلال العام الجاري.",
            "إذا كان a<b وكان b>c فإن a<c في كل الأحوال المعروفة للرياضيات.",
            "عنوان < 5 > 3",
            "<<<<>>>>",
            "",
            "html",
            "<p>",
            "<DOC>\n<DOCNO>AR-1</DOCNO>\n<TITLE>خبر</TITLE>\n</DOC>",
        ] {
            assert_eq!(markup_start(text), None, "{text}");
        }
    }

    #[test]
    fn unclosed_tags_stop_the_scan() {
        let text = "<a".repeat(100_000);
        assert_eq!(markup_start(&text), None);
    }
}
