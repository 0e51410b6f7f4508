#!/usr/bin/env python3
"""Compare `parse_html` with trafilatura on the shared HTML pages, in one run.

For each of ../shared/corpus/html/001-010.html (gold: ../shared/corpus/dev/NNN.gold.json)
it prints, side by side, whether each tool got the title, the publication date, the
author(s) and the first and last body paragraphs (first 40 characters, white space
collapsed, as the dev README scores them) right; then pages per second for each, measured
in this same run over the same pages (the median of several rounds, each round every
page `--repeat` times; trafilatura in-process, this crate through
`cargo run --release --features html --example parse -- --html --jsonl`, process start
included and measured apart).

Usage: python3 scripts/compare_trafilatura.py [--shared ../shared] [--repeat 20] [--rounds 5]

It creates its own virtual environment (target/trafilatura-venv) with trafilatura 2.3.x
from PyPI on first use, and re-runs itself inside it.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, "target", "trafilatura-venv")
FIELDS = ["title", "date", "author", "body_first", "body_last"]


def ensure_venv():
    """Re-exec inside a venv that has trafilatura 2.3.x."""
    if os.environ.get("COMPARE_TRAFILATURA_VENV") == "1":
        return
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
        # lxml 6 moved its HTML cleaner out; justext (a trafilatura dependency) needs it.
        subprocess.check_call(
            [py, "-m", "pip", "install", "--quiet", "trafilatura>=2.3,<2.4", "lxml_html_clean"]
        )
    env = dict(os.environ, COMPARE_TRAFILATURA_VENV="1")
    os.execve(py, [py, os.path.abspath(__file__)] + sys.argv[1:], env)


def norm(s):
    return " ".join((s or "").split())


def first40(s):
    return norm(norm(s)[:40]) if s else None


def gold_fields(g):
    """The gold's readings: a list of dicts (the gold, then each alternative)."""
    def fields(g):
        body_first = g.get("body_first")
        body_last = g.get("body_last")
        return {
            "title": norm(g.get("title")) or None,
            "date": (g.get("published") or {}).get("date"),
            "author": sorted(norm(a) for a in (g.get("byline") or [])),
            "body_first": first40(body_first),
            "body_last": first40(body_last),
        }
    out = [fields(g)]
    for field, values in (g.get("alternatives") or {}).items():
        for v in values:
            other = dict(g)
            other[field] = v
            out.append(fields(other))
    return out


def trafilatura_fields(doc):
    if doc is None:
        return {f: None for f in FIELDS}
    text = doc.get("text") or ""
    paras = [p for p in (norm(x) for x in text.split("\n")) if p]
    authors = doc.get("author") or ""
    return {
        "title": norm(doc.get("title")) or None,
        "date": (doc.get("date") or None),
        "author": sorted(norm(a) for a in authors.split(";") if norm(a)),
        "body_first": first40(paras[0]) if paras else None,
        "body_last": first40(paras[-1]) if paras else None,
    }


def ours_fields(a):
    if "error" in a:
        return {f: None for f in FIELDS}
    pub = a.get("published") or {}
    body = a.get("body") or []
    return {
        "title": norm(a.get("title")) or None,
        "date": pub.get("date"),
        "author": sorted(norm(x) for x in ((a.get("byline") or {}).get("authors") or [])),
        "body_first": first40(body[0]) if body else None,
        "body_last": first40(body[-1]) if body else None,
    }


def right(got, readings, field):
    return any(r[field] == got[field] for r in readings)


def main():
    ensure_venv()
    import trafilatura  # noqa: E402  (inside the venv)

    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    pages = []
    for n in range(1, 11):
        pid = f"{n:03}"
        html_path = os.path.join(args.shared, "corpus", "html", f"{pid}.html")
        gold_path = os.path.join(args.shared, "corpus", "dev", f"{pid}.gold.json")
        if not os.path.exists(html_path):
            continue
        with open(html_path, "rb") as f:
            raw = f.read()
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
        pages.append((pid, raw, gold))
    if not pages:
        sys.exit(f"no pages under {args.shared}/corpus/html")

    # Ours: build once, then one JSON Lines run per round.
    subprocess.check_call(
        ["cargo", "build", "--quiet", "--release", "--features", "html", "--example", "parse"],
        cwd=ROOT,
    )
    exe = os.path.join(ROOT, "target", "release", "examples", "parse")
    records = "".join(
        json.dumps({"html": raw.decode("utf-8", "replace")}, ensure_ascii=False) + "\n"
        for _, raw, _ in pages
    ).encode("utf-8")

    def run_ours(data):
        t = time.perf_counter()
        out = subprocess.run([exe, "--html", "--jsonl", "-"], input=data, capture_output=True, check=True)
        return time.perf_counter() - t, out.stdout

    _, out = run_ours(records)
    ours = [
        json.loads(line).get("article") or {"error": True}
        for line in out.decode("utf-8").splitlines()
        if line.strip()
    ]

    # Trafilatura: with metadata, as its docs recommend for news.
    def traf(raw):
        doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
        return doc.as_dict() if doc is not None else None

    theirs = [traf(raw) for _, raw, _ in pages]

    print(f"{'page':<5} " + " ".join(f"{f:>21}" for f in FIELDS))
    print(f"{'':<5} " + " ".join(f"{'ours  trafilatura':>21}" for _ in FIELDS))
    totals = {f: [0, 0] for f in FIELDS}
    mark = {True: "yes", False: " - "}
    for (pid, _, gold), a, t in zip(pages, ours, theirs):
        readings = gold_fields(gold)
        o, tr = ours_fields(a), trafilatura_fields(t)
        cells = []
        for f in FIELDS:
            ro, rt = right(o, readings, f), right(tr, readings, f)
            totals[f][0] += ro
            totals[f][1] += rt
            cells.append(f"{mark[ro]:>8} {mark[rt]:>12}")
        print(f"{pid:<5} " + " ".join(cells))
    n = len(pages)
    print(f"{'right':<5} " + " ".join(f"{totals[f][0]:>5}/{n:<2} {totals[f][1]:>9}/{n:<2}" for f in FIELDS))

    # Speed, same run: rounds of `repeat` passes over all pages.
    empty_times, ours_times, traf_times = [], [], []
    batch = records * args.repeat
    for _ in range(args.rounds):
        empty_times.append(run_ours(b"")[0])
        ours_times.append(run_ours(batch)[0])
        t = time.perf_counter()
        for _ in range(args.repeat):
            for _, raw, _ in pages:
                traf(raw)
        traf_times.append(time.perf_counter() - t)
    count = n * args.repeat
    start = statistics.median(empty_times)
    ours_s = max(statistics.median(ours_times) - start, 1e-9)
    traf_s = statistics.median(traf_times)
    print()
    print(f"pages/s (median of {args.rounds} rounds of {count} pages):")
    print(f"  arabic-news parse_html: {count / ours_s:10.1f}  ({1000 * ours_s / count:.2f} ms/page, process start {1000 * start:.1f} ms excluded)")
    print(f"  trafilatura {trafilatura.__version__:<10}: {count / traf_s:10.1f}  ({1000 * traf_s / count:.2f} ms/page)")
    print(f"  ratio: {traf_s / ours_s:.1f}x")


if __name__ == "__main__":
    main()
