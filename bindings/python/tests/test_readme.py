"""The README's Python snippets, run verbatim (extracted here, so they cannot drift)."""

from __future__ import annotations

import contextlib
import io
import json
import re

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SNIPPETS = re.findall(r"```python\n(.*?)```", README.split("## Python", 1)[1].split("\n## ", 1)[0], re.S)

# The Rust README's sample page.
PAGE = re.search(r'let page = "(.*?)";', README, re.S).group(1)


def snippet(marker: str) -> str:
    found = [s for s in SNIPPETS if marker in s]
    assert len(found) == 1, f"one README Python snippet with {marker!r}"
    return found[0]


def test_python_example(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    code = snippet("an.parse(page)")
    assert len(code.strip().splitlines()) <= 12
    out = io.StringIO()
    scope: dict = {}
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), scope)
    lines = out.getvalue().splitlines()
    assert lines == [
        "بوتين: الأولوية لتقوية الروابط الاقتصادية 2023-12-27 موسكو SANA",
        "احمد في المدرسه 2023",
        "['قال', 'د', 'أحمد'] معلم",
        "2024-03-11",
    ]
    assert len(scope["articles"]) == 1000 and scope["articles"][0] == scope["article"]
    assert scope["record"]["dateline"]["agency"]["id"] == "SANA"


def test_analyzer_snippet():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(snippet("an.Analyzer("), "README.md", "exec"), {})
    assert out.getvalue().splitlines() == [
        "['ذهب', 'طلاب', 'مدرس']",
        "[('عاد', 'عاد', 0), ('بيت', 'بيته', 2)]",
        "[['ذهب', 'طلاب'], ['مدرس']]",
    ]


def test_the_package_readme_prints_what_it_says():
    """bindings/python/README.md (the package's page): each `print(...)  # out` line
    prints `out`."""
    package_readme = (ROOT / "bindings" / "python" / "README.md").read_text(encoding="utf-8")
    (code,) = re.findall(r"```python\n(.*?)```", package_readme, re.S)
    expected = [line.split("  # ", 1)[1] for line in code.splitlines() if line.startswith("print(")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "bindings/python/README.md", "exec"), {})
    assert out.getvalue().splitlines() == expected and len(expected) == 4


def _crawl(folder, pages) -> None:
    folder.mkdir()
    with open(folder / "pages.jsonl", "w", encoding="utf-8") as f:
        for i, text in enumerate(pages):
            f.write(json.dumps({"id": str(i), "text": text}, ensure_ascii=False) + "\n")


def test_spark_snippet(tmp_path, spark, dev_pages):
    # Its own process, started in tmp_path: Spark resolves relative paths against
    # the JVM's working directory, which a chdir in this process does not move.
    import os
    import subprocess
    import sys

    pages = [text for _, text, _ in dev_pages[:40]] + ["no arabic"]
    _crawl(tmp_path / "crawl", pages)
    (tmp_path / "snippet.py").write_text(snippet("parse_articles"), encoding="utf-8")
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    subprocess.run([sys.executable, "snippet.py"], cwd=tmp_path, env=env, check=True, timeout=600)
    import pyarrow.parquet as pq

    import arabic_news as an

    table = pq.read_table(tmp_path / "articles.parquet")
    expected = [a for a in an.parse_many(pages, return_exceptions=True) if isinstance(a, an.Article)]
    assert table.num_rows == len(expected) < len(pages)
    assert sorted(table.column("title").to_pylist(), key=str) == sorted((a.title for a in expected), key=str)
    assert table.column_names == ["title", "date", "place", "body"]


def test_datatrove_snippet(tmp_path, monkeypatch, bulk_articles):
    pytest.importorskip("datatrove")
    monkeypatch.chdir(tmp_path)
    _crawl(tmp_path / "crawl", bulk_articles[:100] + ["no arabic"])
    exec(compile(snippet("ArabicNewsExtractor"), "README.md", "exec"), {"__name__": "__main__"})
    import gzip

    rows = []
    for path in (tmp_path / "articles").glob("*.jsonl.gz"):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            rows += [json.loads(line) for line in f]
    assert 90 <= len(rows) <= 100
    assert all("title" in r["metadata"] and r["text"] for r in rows)
    assert sum(bool(r["metadata"]["title"]) for r in rows) > 0.8 * len(rows)
    assert not any("arabic_news_error" in r["metadata"] for r in rows)
