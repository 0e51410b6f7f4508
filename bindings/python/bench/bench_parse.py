"""Records/s of the Python package against the Rust `parse` example, same machine,
same run, on the bulk corpus (../shared/corpus/bulk).

    python bindings/python/bench/bench_parse.py [--rounds 3] [--example PATH]

The Rust side is `target/release/examples/parse --jsonl` (build it first with
`cargo build --release --example parse`): JSON Lines in, one article JSON per line
out (to /dev/null). The Python side parses the same articles with parse_many, on one
thread (per-core, the comparison) and on every core; `+ to_json` adds the JSON
serialization the example also does. Each figure is the best of the rounds (the
machine is shared: the best round is the least disturbed one).
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

import arabic_news as an

ROOT = pathlib.Path(__file__).resolve().parents[3]
BULK = ROOT.parent / "shared" / "corpus" / "bulk"


def bulk_articles() -> list[str]:
    articles = []
    for path in sorted(BULK.glob("*.txt")):
        articles += [a.strip("\n") for a in path.read_text(encoding="utf-8").split("\n\f\n") if a.strip()]
    return articles


def timed(f) -> float:
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--example", default=str(ROOT / "target" / "release" / "examples" / "parse"))
    args = ap.parse_args()
    if not pathlib.Path(args.example).exists():
        sys.exit(f"{args.example} is missing: cargo build --release --example parse")
    articles = bulk_articles()
    megabytes = sum(len(a.encode()) for a in articles) / 1e6
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({"text": a}, ensure_ascii=False) + "\n")
        jsonl = f.name

    def rust():
        with open(jsonl, "rb") as stdin, open(os.devnull, "wb") as stdout:
            subprocess.run([args.example, "--jsonl", "-"], stdin=stdin, stdout=stdout, check=True)

    cases = {
        "Rust parse example --jsonl (1 thread)": rust,
        "parse_many, threads=1": lambda: an.parse_many(articles, threads=1),
        "parse_many + to_json, threads=1": lambda: [a.to_json() for a in an.parse_many(articles, threads=1)],
        "parse_arrow, threads=1": lambda: an.parse_arrow(articles, threads=1),
        f"parse_many, threads={os.cpu_count()}": lambda: an.parse_many(articles),
    }
    best = {name: float("inf") for name in cases}
    for _ in range(args.rounds):
        for name, f in cases.items():
            best[name] = min(best[name], timed(f))
    os.unlink(jsonl)
    rust_rate = len(articles) / best["Rust parse example --jsonl (1 thread)"]
    print(f"{len(articles)} articles, {megabytes:.1f} MB; best of {args.rounds} rounds; load average {os.getloadavg()[0]:.1f}")
    print(f"| {'path':40} | records/s | MB/s | vs Rust example |")
    print(f"|{'-' * 42}|-----------|------|-----------------|")
    for name, seconds in best.items():
        rate = len(articles) / seconds
        print(f"| {name:40} | {rate:9.0f} | {megabytes / seconds:4.0f} | {rate / rust_rate:14.2f}x |")


if __name__ == "__main__":
    main()
