//! Allocation-counting tests: a counting global allocator owns this test binary.
//!
//! Iterating tokens, words and sentences must not allocate (the tokenizer is
//! zero-copy and keeps no buffer), and normalizing text that needs no change
//! must not allocate either.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Counts the allocations made by the current thread (other test threads do not
/// disturb the count).
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    /// Bytes allocated and not yet freed by this thread, and the highest value seen.
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

/// Adds `delta` bytes to this thread's live total and raises the peak.
fn track(delta: isize) {
    let _ = LIVE.try_with(|live| {
        live.set(live.get() + delta);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
    });
}

// SAFETY: every call is forwarded unchanged to the system allocator; the counter
// is a const-initialized thread-local `Cell`, which never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        track(layout.size() as isize);
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        track(-(layout.size() as isize));
        // SAFETY: the caller upholds `GlobalAlloc::dealloc`'s contract.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        track(new_size as isize - layout.size() as isize);
        // SAFETY: the caller upholds `GlobalAlloc::realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The allocations `f` makes on this thread.
fn allocations<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let before = ALLOCATIONS.with(Cell::get);
    let out = f();
    (ALLOCATIONS.with(Cell::get) - before, out)
}

/// About 1 MB of varied news text: Arabic with diacritics and tatweel, numbers
/// with separators, Latin, URLs, e-mails, hashtags, mentions, emoji, line breaks.
fn megabyte() -> String {
    let paragraph = "أعلن د. أحمد الـعربي اليوم 27 ديسمبر 2023م أنّ الصادراتِ نمت بنسبة ١٢٫٥٪ \
        (3,250.75 مليون $) وفق CNNعربية؛ راجع https://example.com/مصر?a=1 أو info@example.com \
        وتابع #الاقتصاد_الوطني و @SaudiNews50 👍❤\u{FE0F}. هل يستمر النمو؟ «نعم.»\n";
    let mut text = String::with_capacity((1 << 20) + paragraph.len());
    while text.len() < 1 << 20 {
        text.push_str(paragraph);
    }
    text
}

#[test]
fn iterating_a_megabyte_allocates_nothing() {
    let text = megabyte();
    let (n, count) = allocations(|| arabic_news::tokenize(&text).count());
    assert!(count > 100_000);
    assert_eq!(n, 0, "tokenize allocated {n} times");

    let (n, bytes) = allocations(|| {
        arabic_news::tokenize(&text).map(|t| t.as_str().len() + t.span().len()).sum::<usize>()
    });
    assert_eq!(bytes, 2 * text.len());
    assert_eq!(n, 0, "token accessors allocated {n} times");

    let (n, count) = allocations(|| arabic_news::words(&text).count());
    assert!(count > 50_000);
    assert_eq!(n, 0, "words allocated {n} times");

    let (n, count) = allocations(|| arabic_news::sentences(&text).count());
    assert!(count > 1_000);
    assert_eq!(n, 0, "sentences allocated {n} times");

    let (n, count) = allocations(|| arabic_news::sentences(&text).flat_map(|s| s.tokens()).count());
    assert!(count > 100_000);
    assert_eq!(n, 0, "sentence tokens allocated {n} times");
}

#[test]
fn the_counter_sees_allocations() {
    let (n, v) = allocations(|| vec![1u8; 16]);
    assert!(n >= 1);
    drop(v);
}

#[test]
fn normalize_allocates_nothing_on_clean_text() {
    use arabic_news::Normalizer;
    use std::borrow::Cow;

    // Already in SEARCH form: long enough for many 64-byte blocks, with spaces,
    // digits, Latin, punctuation and three-byte characters that are candidates
    // but do not change (em dash, curly quotes).
    let line = "وقال الوزير في مؤتمر صحفي يوم 27 ديسمبر 2023 ان الصادرات نمت بنسبه 12.5٪ — «نمو» “قوي” cnn\n";
    let clean = line.repeat(200);
    let custom = Normalizer::new().strip_tatweel(true).fold_alef(true).fold_digits(true);
    for (n, text) in [
        (Normalizer::SEARCH, clean.as_str()),
        (Normalizer::SEARCH, line),
        (Normalizer::DISPLAY, clean.as_str()),
        (custom, clean.as_str()),
        (custom, line),
        (Normalizer::SEARCH, ""),
    ] {
        let (count, result) = allocations(|| n.normalize(text));
        assert!(matches!(result, Cow::Borrowed(_)), "{n:?} changed clean text");
        assert_eq!(count, 0, "{n:?} allocated on clean text of {} bytes", text.len());
        let (count, _) = allocations(|| arabic_news::normalize(text));
        assert_eq!(count, 0, "arabic_news::normalize allocated on clean text");
    }
}

/// The highest number of bytes `f` holds allocated at once on this thread,
/// above what was live when it started.
fn peak_bytes<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let start = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(start));
    let out = f();
    (usize::try_from(PEAK.with(Cell::get) - start).unwrap_or(0), out)
}

#[test]
fn parse_peak_memory_is_at_most_four_times_the_input() {
    // 16 MB of real news text when ../shared is there, else our sample repeated.
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bulk");
    let mut text = std::fs::read_to_string(dir.join("2015-07-23.txt")).unwrap_or_else(|_| {
        // Past the harness's capture, so that a reduced run says so.
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            b"\nnote: ../shared is not beside the crate: the peak-memory test measured the crate's sample article, not 16 MB of real news\n",
        );
        include_str!("../examples/data/sample_article.txt").to_owned()
    });
    let unit = text.clone();
    while text.len() < 16 << 20 {
        text.push_str(&unit);
    }
    let cut = text[..16 << 20].rfind('\n').unwrap_or(text.len());
    text.truncate(cut);
    let (peak, article) = peak_bytes(|| arabic_news::parse(&text).expect("an article"));
    assert!(!article.body.is_empty() || !article.boilerplate.is_empty());
    let ratio = peak as f64 / text.len() as f64;
    println!("parse of {} bytes: peak {} bytes allocated, {ratio:.2}x the input", text.len(), peak);
    assert!(ratio <= 4.0, "peak memory {ratio:.2}x the input");
    let (peak_tiny, _) = peak_bytes(|| vec![0u8; 1000]);
    assert!(peak_tiny >= 1000, "the peak counter sees allocations");
}
