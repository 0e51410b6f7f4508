#!/usr/bin/env bash
# The hot paths (tokenize, words, sentences, SEARCH normalization, Analyzer::terms,
# the tantivy token stream)
# of two versions of the crate, interleaved call by call in one process on the
# bulk corpus: the honest way to compare their speed on a machine whose speed
# swings within minutes (a shared VM), where two separate runs can differ by a
# third. Optionally the instruction count of one call of each (callgrind).
#
#   scripts/prims_ab.sh OLD_REV                        # every function, 15 rounds
#   scripts/prims_ab.sh OLD_REV tokenize sentences     # the names containing these
#   PRIMS_AB_ROUNDS=31 scripts/prims_ab.sh OLD_REV tokenize.count
#   PRIMS_AB_CALLGRIND=1 scripts/prims_ab.sh OLD_REV tokenize.count
#
# Needs ../shared/corpus/bulk beside the repository; valgrind for the callgrind
# counts. Builds a throwaway crate in a temporary directory; nothing in the
# repository changes.
set -euo pipefail
old_rev="${1:?usage: prims_ab.sh OLD_REV [NAME_FILTER...]}"
shift
source "$(dirname "$0")/old_version.sh" "$old_rev"
need_bulk
# The tantivy token stream is one of the hot paths.
ab_features='"tantivy"'
ab_crate prims-ab 'tantivy-tokenizer-api = "0.6"'
cp "$repo/scripts/prims_ab.rs" "$work/ab/src/main.rs"
(cd "$work/ab" && cargo build --release --quiet)
bin="$work/ab/target/release/prims-ab"
"$bin" "$bulk" "${PRIMS_AB_ROUNDS:-15}" "$@"
if [ -n "${PRIMS_AB_CALLGRIND:-}" ]; then
  for name in $("$bin" "$bulk" list "$@"); do
    base=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$bulk" 0 "=$name" 2>&1 \
      | sed -n 's/.*Collected : //p')
    one=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$bulk" 1 "=$name" 2>&1 \
      | sed -n 's/.*Collected : //p')
    echo "  $name: $(( (one - base) / 1000000 )) M instructions for one call"
  done
fi
