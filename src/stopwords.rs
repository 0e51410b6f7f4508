//! Arabic stop words: the function words a search index usually skips.

use crate::Normalizer;

/// How a word is compared with [`STOP_WORDS`]: [`Normalizer::SEARCH`] without the
/// alef maksura fold, so that the preposition على stays apart from the name علي
/// (SEARCH alone would make them one word).
pub(crate) const STOP_KEY: Normalizer = Normalizer::SEARCH.fold_alef_maksura(false);

/// Arabic function words (prepositions, conjunctions, pronouns, demonstratives,
/// relative pronouns, particles and auxiliaries), written by this crate's
/// authors in the form [`is_stop_word`] compares: diacritics and tatweel removed,
/// alef variants folded to ا, ة folded to ه, ى kept. Sorted, for binary search.
///
/// # Example
///
/// ```
/// assert!(arabic_news::STOP_WORDS.contains(&"الذين"));
/// assert!(arabic_news::STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
/// ```
pub const STOP_WORDS: &[&str] = &[
    "اذ",
    "اذا",
    "الا",
    "التي",
    "الذي",
    "الذين",
    "اللاتي",
    "اللتان",
    "اللتين",
    "اللذان",
    "اللذين",
    "اللواتي",
    "الى",
    "ام",
    "اما",
    "ان",
    "انا",
    "انت",
    "انتم",
    "انتما",
    "انتن",
    "انه",
    "انها",
    "انهم",
    "او",
    "اي",
    "ايضا",
    "اين",
    "ايها",
    "بان",
    "بانه",
    "بعد",
    "بعض",
    "بل",
    "به",
    "بها",
    "بين",
    "تحت",
    "تلك",
    "ثم",
    "جميع",
    "حتى",
    "حول",
    "حيث",
    "حين",
    "خلال",
    "ذا",
    "ذات",
    "ذلك",
    "ذو",
    "ذي",
    "سوف",
    "سوى",
    "ضد",
    "على",
    "عليه",
    "عليها",
    "عن",
    "عند",
    "عندما",
    "غير",
    "فان",
    "فقد",
    "فقط",
    "فهو",
    "فهي",
    "في",
    "فيه",
    "فيها",
    "قبل",
    "قد",
    "كان",
    "كانت",
    "كذلك",
    "كل",
    "كلا",
    "كما",
    "كي",
    "كيف",
    "لا",
    "لان",
    "لدى",
    "لعل",
    "لقد",
    "لكن",
    "لكنه",
    "لم",
    "لما",
    "لماذا",
    "لن",
    "له",
    "لها",
    "لهم",
    "لو",
    "ليس",
    "ليست",
    "ما",
    "ماذا",
    "متى",
    "مثل",
    "مع",
    "مما",
    "من",
    "منذ",
    "منه",
    "منها",
    "نحن",
    "نحو",
    "هؤلاء",
    "هذا",
    "هذه",
    "هل",
    "هم",
    "هما",
    "هن",
    "هنا",
    "هناك",
    "هو",
    "هي",
    "وان",
    "وقد",
    "وكان",
    "وكانت",
    "ولا",
    "ولم",
    "ومن",
    "وهو",
    "وهي",
    "يكون",
];

/// The longest stop word, in bytes: longer words skip the lookup.
const MAX_STOP_WORD_LEN: usize = 16;

/// A key of at most 16 bytes as one integer: its bytes little-endian, zero
/// padded. Two keys without a zero byte pack alike only when they are equal (no
/// stop word holds one; a key that does is never looked up).
const fn packed(s: &[u8]) -> u128 {
    let mut v = 0u128;
    let mut i = 0;
    while i < s.len() && i < 16 {
        v |= (s[i] as u128) << (8 * i);
        i += 1;
    }
    v
}

/// [`STOP_WORDS`] packed and sorted as integers, so that a lookup is a binary
/// search over integers, without a string comparison.
static PACKED: [u128; STOP_WORDS.len()] = {
    let mut keys = [0u128; STOP_WORDS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = packed(STOP_WORDS[i].as_bytes());
        // Insertion sort: keep `keys[..=i]` sorted.
        let mut j = i;
        while j > 0 && keys[j - 1] > keys[j] {
            let t = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    keys
};

/// Whether `word` is one of the [`STOP_WORDS`], after removing its diacritics and
/// tatweel and folding its alef variants and ة (إلى, إِلَى and الـى all match الى).
///
/// ى and ي stay apart, so the preposition على is a stop word and the name علي is
/// not. Allocates only when the word needs normalizing.
///
/// # Example
///
/// ```
/// use arabic_news::is_stop_word;
///
/// assert!(is_stop_word("إِلَى"));
/// assert!(is_stop_word("الذين"));
/// assert!(is_stop_word("على"));
/// assert!(!is_stop_word("علي"));
/// assert!(!is_stop_word("الكتاب"));
/// ```
#[must_use]
pub fn is_stop_word(word: &str) -> bool {
    // Diacritics can make a stop word long; only a clearly longer word is skipped.
    if word.len() > 4 * MAX_STOP_WORD_LEN {
        return false;
    }
    let key = crate::normalize::Prepared::StopKey.normalize(word);
    // A zero byte would pack like the end of the key ("عن\0" like "عن").
    key.len() <= MAX_STOP_WORD_LEN
        && !key.as_bytes().contains(&0)
        && PACKED.binary_search(&packed(key.as_bytes())).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_unique_and_in_key_form() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
        for w in STOP_WORDS {
            assert_eq!(STOP_KEY.normalize(w), *w, "{w} is in key form");
            assert!(w.len() <= MAX_STOP_WORD_LEN, "{w} is longer than MAX_STOP_WORD_LEN");
            assert!(!w.as_bytes().contains(&0));
        }
        assert!(PACKED.windows(2).all(|w| w[0] < w[1]), "packed keys sorted and unique");
        // Found by fuzzing: a trailing zero byte must not pack like a stop word.
        assert!(is_stop_word("عن"));
        assert!(!is_stop_word("عن\0"));
        assert!(!is_stop_word("عن\0\0"));
        for w in STOP_WORDS {
            assert!(PACKED.binary_search(&packed(w.as_bytes())).is_ok());
        }
    }
}
