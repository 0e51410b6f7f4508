"""The Arrow batch path: parse_arrow gives parse()'s values in typed columns."""

from __future__ import annotations

import datetime

import pyarrow as pa
import pytest

import arabic_news as an


def _row_matches(row: dict, a: an.Article) -> None:
    assert row["error"] is None
    assert row["title"] == a.title
    assert row["body"] == list(a.body)
    assert row["tags"] == list(a.tags)
    assert row["boilerplate"] == list(a.boilerplate)
    assert row["source"] == a.source and row["outlet"] == a.outlet
    assert row["kind"] == a.kind
    for key in ("published", "updated"):
        d, r = getattr(a, key), row[key]
        if d is None:
            assert r is None
            continue
        assert r["text"] == d.text and r["date"] == d.date and r["calendar"] == d.calendar
        assert r["time"] == (d.time.replace(tzinfo=None) if d.time else None)
        assert r["datetime"] == (d.datetime.replace(tzinfo=None) if d.datetime else None)
        off = d.utc_offset.utcoffset(None) if d.utc_offset else None
        assert r["utc_offset_minutes"] == (int(off.total_seconds() // 60) if off is not None else None)
        assert r["hijri"] == (d.hijri.to_dict() if d.hijri else None)
    if a.dateline is None:
        assert row["dateline"] is None
    else:
        assert row["dateline"] == a.dateline.to_dict()
    assert row["byline"] == (a.byline.to_dict() if a.byline else None)
    assert row["quotes"] == [q.to_dict() for q in a.quotes]
    assert [r["title"] for r in row["related"]] == [r.title for r in a.related]
    assert [r["body"] for r in row["related"]] == [list(r.body) for r in a.related]


def test_parse_arrow_matches_parse(dev_pages):
    texts = [t for _, t, _ in dev_pages]
    out = an.parse_arrow(pa.array(texts), threads=2)
    assert isinstance(out, pa.StructArray)
    assert out.type == an.arrow_type()
    assert len(out) == len(texts)
    for text, row in zip(texts, out.to_pylist()):
        try:
            a = an.parse(text)
        except an.ParseError as e:
            assert row["error"] == str(e) and row["title"] is None and row["body"] is None
        else:
            _row_matches(row, a)


def test_inputs_nulls_and_errors():
    good = "خبر عاجل عن الاقتصاد\nأعلن الوزير اليوم أن النمو بلغ ثلاثة في المئة خلال العام الجاري وفق الأرقام الرسمية."
    for texts in (
        [good, None, "hello", ""],
        pa.array([good, None, "hello", ""], pa.large_string()),
        pa.array([good, None, "hello", ""], pa.string_view()),
        pa.chunked_array([[good, None], ["hello", ""]]),
    ):
        out = an.parse_arrow(texts)
        assert out.field("error").to_pylist() == [
            None,
            "input is null",
            "input holds no arabic text",
            "input holds no text",
        ]
        assert out.field("title").to_pylist() == ["خبر عاجل عن الاقتصاد", None, None, None]
    assert len(an.parse_arrow([])) == 0
    with pytest.raises(TypeError):
        an.parse_arrow(pa.array([1, 2]))
    with pytest.raises(TypeError):
        an.parse_arrow([good, 3])


def test_reference_time_and_dates_typed():
    page = "بوتين: الأولوية للاقتصاد\nتاريخ النشر: منذ 3 ساعات\nموسكو-سانا\nافتتح الرئيس الروسي فلاديمير بوتين قمة رابطة الدول المستقلة في مدينة سان بطرسبورغ."
    out = an.parse_arrow([page], reference_time=datetime.datetime(2024, 1, 10, 12, 0))
    published = out.field("published")
    assert published.type.field("date").type == pa.date32()
    assert published.type.field("time").type == pa.time64("us")
    assert published.to_pylist()[0]["date"] == datetime.date(2024, 1, 10)
    assert published.to_pylist()[0]["time"] == datetime.time(9, 0)
    assert published.to_pylist()[0]["datetime"] == datetime.datetime(2024, 1, 10, 9, 0)
    no_time = an.parse_arrow([page], with_time=False)
    assert "time" not in [f.name for f in no_time.type.field("published").type]
    assert no_time.type == an.arrow_type(with_time=False)


def test_ray_batch_callable_on_a_table(dev_pages):
    """arabic_news.ray.ArticleParser is a plain callable on pyarrow tables."""
    from arabic_news.ray import ArticleParser

    texts = [t for _, t, _ in dev_pages[:40]] + ["no arabic here"]
    table = pa.table({"id": list(range(len(texts))), "text": texts})
    keep = ArticleParser("text")
    out = keep(table)
    assert out.column_names[:2] == ["id", "text"] and "title" in out.column_names and "error" in out.column_names
    assert out.num_rows == len(texts) and keep.failed >= 1
    drop = ArticleParser("text", keep_failed=False, prefix="a_")
    out2 = drop(table)
    assert out2.num_rows == len(texts) - drop.failed
    assert out2.column("a_error").null_count == out2.num_rows
    assert out2.column("a_title").to_pylist() == [t for t, e in zip(out.column("title").to_pylist(), out.column("error").to_pylist()) if e is None]
