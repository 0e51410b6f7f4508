"""Throughput of arabic_news.spark.parse_articles on a local Spark session.

    python bindings/python/bench/bench_spark.py [--master local[2]] [--copies 4]

The bulk corpus's articles (`--copies` times over) in a DataFrame cached in
memory, parsed into the article columns and written to Spark's `noop` sink, so
the figure is reading rows, the Arrow hand-off to the Python workers, parsing and
the hand-back. The best of three runs after a warm-up.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from bench_parse import bulk_articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--copies", type=int, default=4)
    args = ap.parse_args()
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    from arabic_news.spark import parse_articles

    spark = (
        SparkSession.builder.master(args.master)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    articles = bulk_articles() * args.copies
    cores = spark.sparkContext.defaultParallelism
    df = spark.createDataFrame([(a,) for a in articles], "text string").repartition(cores * 4).cache()
    df.count()
    mb = sum(len(a.encode()) for a in articles) / 1e6
    job = parse_articles(df, "text")
    job.write.format("noop").mode("overwrite").save()  # warm-up: workers start, imports
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        job.write.format("noop").mode("overwrite").save()
        best = min(best, time.perf_counter() - t)
    print(
        f"Spark {spark.version} {args.master}: {len(articles)} articles ({mb:.1f} MB) in {best:.2f} s: "
        f"{len(articles) / best:.0f} records/s, {mb / best:.1f} MB/s (load average {os.getloadavg()[0]:.1f})"
    )
    spark.stop()


if __name__ == "__main__":
    main()
