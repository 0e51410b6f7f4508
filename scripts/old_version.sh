# Sourced by scripts/parse_ab.sh, scripts/prims_ab.sh and scripts/output_diff.sh:
# a detached worktree of the revision "$1" under a fresh temporary directory
# "$work" (as "$work/old", its package renamed to version 0.0.0-old so that a
# throwaway crate can depend on both versions), removed again when the script
# exits. Sets "repo", "work" and "bulk"; defines need_bulk and ab_crate.
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'git -C "$repo" worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$repo" worktree add --detach "$work/old" "$1" >/dev/null
# Two packages of one name need two versions.
sed -i '0,/^version = /s/^version = .*/version = "0.0.0-old"/' "$work/old/Cargo.toml"

# For the A/B scripts: "$bulk", the bulk corpus beside the repository, or exit.
bulk="$repo/../shared/corpus/bulk"
need_bulk() {
  [ -d "$bulk" ] || { echo "no $bulk: the bulk corpus is needed" >&2; exit 1; }
}

# `ab_crate NAME [DEPENDENCY_LINE]`: a throwaway binary crate "$work/ab" named
# NAME that depends on both versions, `old` and `new` (no default features but
# "$ab_features"), and on the optional extra dependency, built with debug info
# (for callgrind); its src/main.rs is the caller's to write.
ab_features="${ab_features:-}"
ab_crate() {
  mkdir -p "$work/ab/src"
  cat > "$work/ab/Cargo.toml" <<EOF
[package]
name = "$1"
version = "0.0.0"
edition = "2021"
[dependencies]
old = { package = "arabic-news", path = "$work/old", default-features = false, features = [$ab_features] }
new = { package = "arabic-news", path = "$repo", default-features = false, features = [$ab_features] }
${2:-}
[profile.release]
debug = 1
[workspace]
EOF
}
