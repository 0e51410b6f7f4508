//! Allocation-counting tests: a counting global allocator owns this test binary.
//!
//! Each capability keeps its own test function below; they share only the
//! allocator and `allocations_during`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Counts the allocations made on the current thread (tests run on several
/// threads, so a global counter would see the other tests' allocations).
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: defers to `System` unchanged; only counts calls.
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
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The number of allocations `f` makes on this thread.
fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

// ---------------------------------------------------------------------------
// Normalizer (issue #2)

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
        let mut result = None;
        let count = allocations_during(|| result = Some(n.normalize(text)));
        assert!(matches!(result, Some(Cow::Borrowed(_))), "{n:?} changed clean text");
        assert_eq!(count, 0, "{n:?} allocated on clean text of {} bytes", text.len());
        let count = allocations_during(|| {
            let _ = arabic_news::normalize(text);
        });
        assert_eq!(count, 0, "arabic_news::normalize allocated on clean text");
    }
}
