//! Allocation-counting tests: a counting global allocator owns this test binary.
//!
//! Iterating tokens, words and sentences must not allocate: the tokenizer is
//! zero-copy and keeps no buffer.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Counts the allocations made by the current thread (other test threads do not
/// disturb the count).
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; the counter
// is a const-initialized thread-local `Cell`, which never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller upholds `GlobalAlloc::dealloc`'s contract.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
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
