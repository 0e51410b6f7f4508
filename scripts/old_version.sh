# Sourced by scripts/parse_ab.sh and scripts/output_diff.sh: a detached worktree
# of the revision "$1" under a fresh temporary directory "$work" (as "$work/old",
# its package renamed to version 0.0.0-old so that a throwaway crate can depend
# on both versions), removed again when the script exits. Sets "repo" and "work".
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'git -C "$repo" worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$repo" worktree add --detach "$work/old" "$1" >/dev/null
# Two packages of one name need two versions.
sed -i '0,/^version = /s/^version = .*/version = "0.0.0-old"/' "$work/old/Cargo.toml"
