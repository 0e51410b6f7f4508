"""parse_articles on a local[2] Spark session, checked against parse() and the gold."""

from __future__ import annotations

import pytest

pytest.importorskip("pyspark")

import arabic_news as an  # noqa: E402


def _norm(s):
    return " ".join(s.split()) if isinstance(s, str) else s


def test_parse_articles_matches_parse_and_gold(spark, dev_pages):
    from arabic_news.spark import parse_articles

    df = spark.createDataFrame([(pid, text) for pid, text, _ in dev_pages], "id string, text string").repartition(2)
    failed = spark.sparkContext.accumulator(0)
    out = parse_articles(df, "text", failed_counter=failed)
    types = dict(out.dtypes)
    assert types["title"] == "string"
    assert types["body"] == "array<string>"
    assert types["published"].startswith("struct<text:string,date:date,datetime:timestamp_ntz")
    rows = {r["id"]: r for r in out.collect()}
    assert len(rows) == len(dev_pages)

    expected_failures = 0
    gold_titles = gold_dates = scored_titles = scored_dates = 0
    for pid, text, gold in dev_pages:
        row = rows[pid]
        try:
            a = an.parse(text)
        except an.ParseError as e:
            expected_failures += 1
            assert row["error"] == str(e) and row["title"] is None
            continue
        # Same values as the Python API.
        assert row["error"] is None
        assert row["title"] == a.title, pid
        assert list(row["body"]) == list(a.body), pid
        pub = a.published
        assert (row["published"]["date"] if row["published"] else None) == (pub.date if pub else None), pid
        if a.dateline:
            assert row["dateline"]["place"] == a.dateline.place
        # Against the hand-checked gold.
        if "title" in gold:
            scored_titles += 1
            gold_titles += _norm(row["title"]) == _norm(gold["title"])
        if gold.get("published") and gold["published"].get("date"):
            scored_dates += 1
            got = row["published"]["date"].isoformat() if row["published"] and row["published"]["date"] else None
            gold_dates += got == gold["published"]["date"]
    assert failed.value == expected_failures
    print(f"gold agreement through Spark: titles {gold_titles}/{scored_titles}, published dates {gold_dates}/{scored_dates}")
    # Loose floors: the parser's accuracy is the Rust suite's business; these catch
    # a broken column mapping (every value wrong or null).
    assert gold_titles > 0.5 * scored_titles
    assert gold_dates > 0.5 * scored_dates

    dropped = parse_articles(df, "text", keep_failed=False).select("id", "error").collect()
    assert len(dropped) == len(dev_pages) - expected_failures
    assert all(r["error"] is None for r in dropped)


def test_prefix_and_clashes(spark):
    from arabic_news.spark import parse_articles

    df = spark.createDataFrame([("خبر عاجل عن الاقتصاد\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام.", "x")], "text string, title string")
    with pytest.raises(ValueError, match="prefix"):
        parse_articles(df, "text")
    row = parse_articles(df, "text", prefix="article_").collect()[0]
    assert row["title"] == "x" and row["article_title"] == "خبر عاجل عن الاقتصاد"


def test_an_analyzer_ships_to_spark_workers(spark, dev_pages):
    # The analyzer travels in the closure (cloudpickle) to Python workers in other processes.
    analyzer = an.Analyzer(stem=True, stop_words=True, protected=["الجزيرة"])
    texts = [text for _, text, _ in dev_pages[:40]]
    got = spark.sparkContext.parallelize(texts, 2).map(analyzer).collect()
    assert got == analyzer.map(texts) and sum(map(len, got)) > 1000
