//! Bytes → text: the page's encoding from its BOM, its `<meta charset>` or
//! `http-equiv` declaration, or, when it declares none (or declares UTF-8 and is
//! not), from the bytes themselves (chardetng, Firefox's detector).

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the page a `charset` declaration is looked for (the WHATWG
/// prescan reads 1024 bytes; real pages put long `<script>`s first).
const PRESCAN: usize = 8 << 10;

/// How many bytes the detector reads: enough for any page's language, bounded
/// for huge ones.
const DETECT: usize = 256 << 10;

/// The page as text, and the encoding it was read in.
pub(crate) fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static Encoding) {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        return (text, enc);
    }
    let declared = declared(&bytes[..bytes.len().min(PRESCAN)]);
    // Valid UTF-8 with multi-byte sequences is never an accident of a legacy
    // encoding, whatever the page declares (servers mislabel pages).
    if let Ok(text) = std::str::from_utf8(bytes) {
        if declared.is_none_or(|d| d == UTF_8 || !text.is_ascii()) {
            return (Cow::Borrowed(text), UTF_8);
        }
    }
    let enc = match declared {
        Some(d) if d != UTF_8 => d,
        // Declared UTF-8 but mostly not (windows-1256 bytes under a UTF-8
        // label), or nothing declared and not UTF-8: ask the detector.
        Some(_) if mostly_utf8(bytes) => UTF_8,
        _ => detect(bytes),
    };
    let (text, _, _) = enc.decode(bytes);
    (text, enc)
}

/// The encoding a `<meta charset=…>` or `<meta http-equiv=content-type
/// content="…; charset=…">` in `head` names, when `encoding_rs` knows it.
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let mut at = 0;
    while let Some(i) = find_ci(&head[at..], b"charset") {
        let mut j = at + i + b"charset".len();
        at = j;
        while head.get(j).is_some_and(|b| b.is_ascii_whitespace()) {
            j += 1;
        }
        if head.get(j) != Some(&b'=') {
            continue;
        }
        j += 1;
        while head.get(j).is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'') {
            j += 1;
        }
        let end = head[j..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':')))
            .map_or(head.len(), |k| j + k);
        if let Some(enc) = Encoding::for_label(&head[j..end]) {
            // WHATWG: a UTF-16 declaration in an ASCII-compatible byte stream
            // means UTF-8; x-user-defined means windows-1252.
            return Some(match enc.name() {
                "UTF-16LE" | "UTF-16BE" => UTF_8,
                "x-user-defined" => WINDOWS_1252,
                _ => enc,
            });
        }
    }
    None
}

/// The first case-insensitive occurrence of the ASCII `needle` in `hay`.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

/// Whether at least 98% of the non-ASCII bytes form valid UTF-8 sequences
/// (a page cut mid-letter, or a stray byte, is still UTF-8).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().bytes().filter(|b| !b.is_ascii()).count();
        bad += chunk.invalid().len();
    }
    bad * 50 <= good + bad
}

/// The detector's guess for a page that declares nothing usable.
fn detect(bytes: &[u8]) -> &'static Encoding {
    use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
    let mut det = EncodingDetector::new(Iso2022JpDetection::Deny);
    let sample = &bytes[..bytes.len().min(DETECT)];
    det.feed(sample, sample.len() == bytes.len());
    det.guess(None, Utf8Detection::Allow)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cp1256(s: &str) -> Vec<u8> {
        encoding_rs::WINDOWS_1256.encode(s).0.into_owned()
    }

    #[test]
    fn declarations() {
        assert_eq!(declared(b"<meta charset=\"windows-1256\">"), Some(encoding_rs::WINDOWS_1256));
        assert_eq!(
            declared(b"<meta http-equiv=Content-Type content='text/html; CharSet=ISO-8859-6'>"),
            Some(encoding_rs::ISO_8859_6)
        );
        assert_eq!(declared(b"<meta charset=utf-16>"), Some(UTF_8));
        assert_eq!(declared(b"<meta charset=bogus><meta charset=utf-8>"), Some(UTF_8));
        assert_eq!(declared(b"<p>charset</p>"), None);
    }

    #[test]
    fn undeclared_and_mislabelled_arabic() {
        let text = "<p>أعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية.</p>";
        let bytes = cp1256(text);
        let (t, enc) = decode(&bytes);
        assert_eq!((t.as_ref(), enc), (text, encoding_rs::WINDOWS_1256));
        let mut labelled = b"<meta charset=utf-8>".to_vec();
        labelled.extend(cp1256(text));
        let (t, enc) = decode(&labelled);
        assert!(t.ends_with(text), "{t}");
        assert_eq!(enc, encoding_rs::WINDOWS_1256);
        // A legacy label on valid multi-byte UTF-8: the bytes win.
        let mut utf8 = b"<meta charset=windows-1256>".to_vec();
        utf8.extend(text.as_bytes());
        assert_eq!(decode(&utf8).1, UTF_8);
        // One stray byte does not make a UTF-8 page legacy.
        let mut stray = b"<meta charset=utf-8>".to_vec();
        stray.extend(text.as_bytes());
        stray.push(0xFF);
        assert_eq!(decode(&stray).1, UTF_8);
        // A BOM wins over everything.
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend(b"<meta charset=windows-1256>");
        bom.extend(text.as_bytes());
        assert_eq!(decode(&bom).1, UTF_8);
    }
}
