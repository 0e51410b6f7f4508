#!/usr/bin/env python3
"""The README's performance table, measured: runs the `tokenize`, `normalize` and
`search` bench groups RUNS times in turn (default 3) and prints, for each function,
the median speed over the runs, its ratio to the group's baseline taken within each
run (then the median of those ratios, with each run's), and its share of the byte
scan of the same run.

    scripts/bench_table.py            # three runs of the three groups, ~20 minutes
    scripts/bench_table.py 5          # five runs
    scripts/bench_table.py 1 tokenize # one run of one group

Reads criterion's own results (target/criterion/<group>/<function>/new), so it
prints what `cargo bench` measured, nothing else. Needs ../shared/corpus/bulk
beside the repository (the benches fall back to the sample article without it,
and the figures then mean little). The machine's load is printed with each run.
"""

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRITERION = ROOT / "target" / "criterion"
# bench -> (cargo arguments, criterion group directory, baseline function, functions)
GROUPS = {
    "tokenize": (
        ["--bench", "tokenize"],
        "tokenize_bulk",
        "split_whitespace",
        ["tokenize", "words", "sentences", "split_whitespace", "split_word_bounds"],
    ),
    "normalize": (
        ["--bench", "normalize"],
        "normalize_bulk",
        "str__to_lowercase",
        ["search", "search_normalize_into", "minimal bitmask folds", "display", "str__to_lowercase"],
    ),
    "search": (
        ["--features", "tantivy", "--bench", "search"],
        "search_tokens-bulk",
        "tantivy default",
        None,  # every function of the group
    ),
}
SCAN = "byte scan"


def median_ns(group: str, function: str) -> float:
    d = json.loads((CRITERION / group / function / "new" / "estimates.json").read_text())
    return d["median"]["point_estimate"]


def throughput(group: str, function: str) -> int:
    d = json.loads((CRITERION / group / function / "new" / "benchmark.json").read_text())
    return d["throughput"]["Bytes"]


def functions(group: str, wanted):
    if wanted is not None:
        return wanted
    return sorted(
        p.name
        for p in (CRITERION / group).iterdir()
        if p.name not in ("report", SCAN) and p.is_dir()
    )


def main() -> None:
    args = sys.argv[1:]
    runs = int(args.pop(0)) if args and args[0].isdigit() else 3
    names = args or list(GROUPS)
    # name -> function -> list of (MB/s, ratio to baseline, share of the scan)
    results = {n: {} for n in names}
    for run in range(runs):
        for name in names:
            cargo, group, _, _ = GROUPS[name]
            load = os.getloadavg()[0]
            print(f"run {run + 1}/{runs}: {name} (load {load:.2f})", file=sys.stderr)
            subprocess.run(
                ["cargo", "bench", "--quiet", *cargo, "--", "--warm-up-time", "1",
                 "--measurement-time", "3"],
                cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
            )
            _, group, baseline, wanted = GROUPS[name]
            base = median_ns(group, baseline)
            scan = median_ns(group, SCAN)
            for f in functions(group, wanted) + [SCAN]:
                ns = median_ns(group, f)
                mbs = throughput(group, f) / ns * 1e3
                results[name].setdefault(f, []).append((mbs, base / ns, scan / ns))
    for name in names:
        baseline = GROUPS[name][2]
        print(f"\n{name} (ratios to {baseline}; {runs} runs)")
        print(f"{'function':45} {'MB/s':>8} {'ratio':>7} {'runs':>22} {'of scan':>8}")
        for f, rows in results[name].items():
            mbs = statistics.median(r[0] for r in rows)
            ratio = statistics.median(r[1] for r in rows)
            each = ", ".join(f"{r[1]:.2f}" for r in rows)
            share = statistics.median(r[2] for r in rows)
            print(f"{f:45} {mbs:8.0f} {ratio:6.2f}x {each:>22} {share:7.1%}")


if __name__ == "__main__":
    main()
