"""ArabicNewsExtractor in a real datatrove pipeline (local executor)."""

from __future__ import annotations

import gzip
import json
import pathlib

import pytest

pytest.importorskip("datatrove")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

import arabic_news as an  # noqa: E402
from arabic_news.datatrove import ArabicNewsExtractor  # noqa: E402

BAD = ["no arabic text in this one", "   \n  ", "12:30 - 2015"]  # (datatrove readers skip empty texts themselves)


def write_crawl(folder: pathlib.Path, pages: list[str], files: int = 2) -> dict[str, str]:
    """`pages` as datatrove JSONL input, split over `files` files; their texts by id."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = {}
    for f in range(files):
        with open(folder / f"part-{f}.jsonl", "w", encoding="utf-8") as out:
            for i, text in enumerate(pages[f::files]):
                ids[f"{f}-{i}"] = text
                out.write(json.dumps({"id": f"{f}-{i}", "text": text}, ensure_ascii=False) + "\n")
    return ids


def read_output(folder: pathlib.Path) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as f:
            rows += [json.loads(line) for line in f]
    return rows


def run(tmp_path: pathlib.Path, pages: list[str], keep_failed: bool) -> tuple[list[dict], dict]:
    out = tmp_path / ("kept" if keep_failed else "dropped")
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "crawl")),
            ArabicNewsExtractor(keep_failed=keep_failed, batch_size=64),
            JsonlWriter(str(out)),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / f"logs-{keep_failed}"),
    ).run()
    stats = json.loads((tmp_path / f"logs-{keep_failed}" / "stats.json").read_text())
    counts = {}
    for step in stats:
        for key, value in step.get("stats", {}).items():
            counts[key] = value["total"] if isinstance(value, dict) else value
    return read_output(out), counts


def test_extractor_on_bulk_corpus(tmp_path, bulk_articles):
    pages = bulk_articles[:300] + BAD
    ids = write_crawl(tmp_path / "crawl", pages)
    expected = {}
    for text in pages:
        try:
            a = an.parse(text)
        except an.ParseError:
            continue
        if a.body:
            expected[text] = a

    kept, kstats = run(tmp_path, pages, keep_failed=True)
    assert len(kept) == len(pages)
    failed = [r for r in kept if "arabic_news_error" in r["metadata"]]
    assert len(failed) == len(pages) - len(expected) >= len(BAD)
    assert kstats["documents"] == len(pages) and kstats["failed"] == len(failed)
    assert kstats["parsed"] == len(expected)

    dropped, dstats = run(tmp_path, pages, keep_failed=False)
    assert len(dropped) == len(expected)
    assert dstats["dropped"] == dstats["failed"] == len(pages) - len(expected)
    for row in dropped:
        meta = row["metadata"]
        a = expected[ids[row["id"]]]
        assert row["text"] == "\n\n".join(a.body)
        assert meta["title"] == a.title
        published = a.published and (a.published.datetime or a.published.date)
        assert meta["published"] == (published.isoformat() if published else None)
        assert meta["tags"] == list(a.tags) and meta["source"] == a.source
        assert set(meta) >= {"title", "published", "updated", "dateline_place", "dateline_agency", "authors", "source", "tags", "kind"}


def test_extractor_step_directly():
    page = "بوتين: الأولوية للاقتصاد\nتاريخ النشر: 27 ديسمبر 2023 - 10:30 م بتوقيت مكة\nموسكو-سانا\nافتتح الرئيس الروسي فلاديمير بوتين قمة رابطة الدول المستقلة في مدينة سان بطرسبورغ."
    docs = [Document(text=page, id="a"), Document(text="no arabic", id="b")]
    out = list(ArabicNewsExtractor()(iter(docs)))
    assert [d.id for d in out] == ["a", "b"]
    meta = out[0].metadata
    assert meta["title"] == "بوتين: الأولوية للاقتصاد"
    assert meta["dateline_place"] == "موسكو" and meta["dateline_agency"] == "SANA"
    assert out[0].text.startswith("افتتح الرئيس")
    assert out[1].metadata["arabic_news_error"] == "input holds no arabic text"
    assert out[1].text == "no arabic"
    with pytest.raises(ValueError):
        ArabicNewsExtractor(batch_size=0)
