"""HTML input: parse_html, parse_html_many, parse_arrow(html=True), the datatrove step."""

from __future__ import annotations

import datetime

import pyarrow as pa
import pytest

import arabic_news as an
from conftest import DEV, SHARED

HTML = """<html><head><meta charset="utf-8">
<meta property="og:site_name" content="الأخبار">
<meta property="article:published_time" content="2024-05-12T09:45:00+03:00">
</head><body><nav><a href="/">الرئيسية</a> <a href="/s">رياضة</a></nav>
<h1>الحكومة تقر خطة جديدة لدعم المزارعين</h1>
<div class="story"><p>أقر مجلس الوزراء في جلسته اليوم خطة جديدة لدعم المزارعين في المحافظات بقيمة كبيرة.</p>
<p>وقال وزير الزراعة إن الخطة تستهدف آلاف المزارعين خلال العامين المقبلين وفق جدول زمني.</p></div>
</body></html>"""


def test_parse_html():
    a = an.parse_html(HTML.encode(), url="https://example.com/a/1")
    assert a.title == "الحكومة تقر خطة جديدة لدعم المزارعين"
    assert len(a.body) == 2
    assert a.published.date == datetime.date(2024, 5, 12)
    assert a.site_name == "الأخبار" and a.url == "https://example.com/a/1"
    assert a.to_dict()["site_name"] == "الأخبار"
    assert an.parse_html(HTML, url="https://example.com/a/1") == a  # str works too
    assert an.parse("x\nأقر مجلس الوزراء في جلسته اليوم خطة جديدة لدعم المزارعين في المحافظات بقيمة كبيرة.").url is None
    with pytest.raises(an.ParseError):
        an.parse_html(b"<html><body><p>hello</p></body></html>")
    with pytest.raises(TypeError):
        an.parse_html(3)
    deep = b"<html><body>" + b"<div>" * 5000 + "مرحبا بكم في الموقع".encode() + b"</div>" * 5000 + b"</body></html>"
    with pytest.raises(an.ParseError) as e:
        an.parse_html(deep)
    assert e.value.kind == "too_deep"


def _html_pages():
    folder = SHARED / "corpus" / "html"
    if not folder.exists():
        pytest.skip(f"{folder} is missing")
    return [(p.stem, p.read_bytes()) for p in sorted(folder.glob("*.html"))]


def test_html_corpus_against_gold():
    import json

    pages = _html_pages()
    many = an.parse_html_many([html for _, html in pages], threads=2, return_exceptions=True)
    titles = dates = 0
    for (page_id, html), a in zip(pages, many):
        assert a == an.parse_html(html), page_id
        gold = json.loads((DEV / f"{page_id}.gold.json").read_text(encoding="utf-8"))
        titles += " ".join((a.title or "").split()) == " ".join((gold["title"] or "").split())
        if gold.get("published"):
            dates += a.published is not None and a.published.date == datetime.date.fromisoformat(gold["published"]["date"])
    print(f"HTML pages: titles {titles}/{len(pages)}, published dates {dates}/{len(pages)}")
    assert titles >= 0.7 * len(pages) and dates >= 0.6 * len(pages)
    with pytest.raises(ValueError, match="urls"):
        an.parse_html_many([pages[0][1]], urls=["a", "b"])


def test_parse_arrow_html():
    pages = _html_pages()
    out = an.parse_arrow(pa.array([html for _, html in pages] + [None], pa.binary()), html=True)
    assert out.field("title").to_pylist()[:-1] == [an.parse_html(h).title for _, h in pages]
    assert out.field("error").to_pylist()[-1] == "input is null"
    listed = an.parse_arrow([HTML.encode()], html=True)
    assert listed.field("site_name").to_pylist() == ["الأخبار"]


def test_datatrove_reads_html_documents():
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from arabic_news.datatrove import ArabicNewsExtractor, looks_like_html

    assert looks_like_html("<!DOCTYPE html><html>") and looks_like_html("\n <html lang=ar>")
    assert not looks_like_html("خبر <b>عاجل</b>")
    docs = [Document(text=HTML, id="h", metadata={"url": "https://example.com/a/1"})]
    out = list(ArabicNewsExtractor()(iter(docs)))
    assert out[0].text.startswith("أقر مجلس الوزراء")
    assert out[0].metadata["title"] == "الحكومة تقر خطة جديدة لدعم المزارعين"
    assert out[0].metadata["site_name"] == "الأخبار"
    assert out[0].metadata["published"] == "2024-05-12T09:45:00+03:00"
