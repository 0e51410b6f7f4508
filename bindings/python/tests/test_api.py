"""The Python API: values, types, errors, immutability."""

from __future__ import annotations

import datetime
import pickle

import pytest

import arabic_news as an

PAGE = """الرئيسية | أخبار | رياضة
بوتين: الأولوية لتقوية الروابط الاقتصادية
تاريخ النشر: 27 ديسمبر 2023
موسكو-سانا
افتتح الرئيس الروسي فلاديمير بوتين قمة رابطة الدول المستقلة في مدينة سان بطرسبورغ لبحث التعاون.
المصدر: الوكالة العربية السورية للأنباء"""


def test_parse_fields():
    a = an.parse(PAGE)
    assert a.title == "بوتين: الأولوية لتقوية الروابط الاقتصادية"
    assert a.published.date == datetime.date(2023, 12, 27)
    assert a.published.time is None and a.published.datetime is None
    assert a.published.calendar == "gregorian"
    assert a.dateline.place == "موسكو"
    assert a.dateline.agency.id == "SANA"
    assert a.source == "الوكالة العربية السورية للأنباء"
    assert a.boilerplate == ("الرئيسية | أخبار | رياضة",)
    assert a.body[0].startswith("افتتح الرئيس")
    assert a.text == "\n\n".join(a.body)
    assert "موسكو" in a.texts()


def test_article_is_frozen_comparable_picklable():
    a = an.parse(PAGE)
    with pytest.raises(AttributeError):
        a.title = "x"
    assert a == an.parse(PAGE)
    assert a != an.parse(PAGE + "\nالوسوم: روسيا")
    assert pickle.loads(pickle.dumps(a)) == a
    assert an.Article.from_json(a.to_json()) == a
    assert isinstance(a.body, tuple)
    with pytest.raises(ValueError):
        an.Article.from_json("[1, 2]")
    assert "بوتين" in repr(a)


def test_to_dict_has_the_json_shape_with_python_dates():
    a = an.parse(PAGE)
    d = a.to_dict()
    assert list(d) == [
        "title", "published", "updated", "dateline", "byline", "outlet", "body",
        "quotes", "source", "tags", "related", "boilerplate", "kind",
        "url", "site_name", "description", "image", "section",
    ]
    assert a.kind == d["kind"] == "article"
    assert d["published"]["date"] == datetime.date(2023, 12, 27)
    assert d["dateline"] == {"text": "موسكو-سانا", "place": "موسكو", "agency": {"id": "SANA", "name": "سانا"}}
    assert d["updated"] is None and d["tags"] == []
    import json

    j = json.loads(a.to_json())
    assert j["published"]["date"] == "2023-12-27"
    assert set(j) >= set(d) - {"url", "site_name", "description", "image", "section"}  # HTML-only, absent from the JSON when null


def test_times_zones_and_hijri():
    page = (
        "بوتين: الأولوية لتقوية الروابط الاقتصادية\n"
        "الأربعاء 14 جمادى الآخرة 1445 هـ الموافق 27 ديسمبر 2023 م - 10:30 م بتوقيت مكة المكرمة\n"
        "موسكو-سانا\n"
        "افتتح الرئيس الروسي فلاديمير بوتين قمة رابطة الدول المستقلة في مدينة سان بطرسبورغ لبحث التعاون."
    )
    p = an.parse(page).published
    tz = datetime.timezone(datetime.timedelta(hours=3))
    assert p.date == datetime.date(2023, 12, 27)
    assert p.time == datetime.time(22, 30, tzinfo=tz)
    assert p.utc_offset == tz
    assert p.datetime == datetime.datetime(2023, 12, 27, 22, 30, tzinfo=tz)
    assert p.calendar == "both"
    assert (p.hijri.year, p.hijri.month, p.hijri.day) == (1445, 6, 14)
    assert p.hijri.to_gregorian() == datetime.date(2023, 12, 27)


def test_parse_date():
    d = an.parse_date("نشر في: الأربعاء 14 جمادى الآخرة 1445 هـ - 27 ديسمبر 2023 م - 10:30 م بتوقيت مكة المكرمة")
    assert str(d) == "2023-12-27T22:30+03:00"
    assert d.role == "published" and d.hijri_matches() is True
    assert d.weekday == datetime.date(2023, 12, 27).weekday()
    text = "الخبر: منذ 3 ساعات"
    r = an.parse_date(text, reference_time=datetime.datetime(2024, 1, 1))
    assert r.relative and r.ago == {"count": 3, "unit": "hour"}
    assert r.datetime == datetime.datetime(2023, 12, 31, 21, 0)
    assert text[r.start : r.end] == r.text == "منذ 3 ساعات"
    assert an.parse_date("منذ 3 ساعات").date is None
    assert an.parse_date("لا تاريخ هنا") is None
    assert [str(x) for x in an.find_dates("نشر في: 27/12/2023 - 10:30 م | آخر تحديث: 27/12/2023 - 11:05 م")] == [
        "2023-12-27T22:30",
        "2023-12-27T23:05",
    ]
    with pytest.raises(TypeError):
        an.parse_date("27 ديسمبر 2023", reference_time="2024-01-01")


def test_reference_time_in_parse():
    page = PAGE.replace("تاريخ النشر: 27 ديسمبر 2023", "تاريخ النشر: منذ 3 ساعات")
    a = an.parse(page, reference_time=datetime.datetime(2024, 1, 10, 12, 0))
    assert a.published.datetime == datetime.datetime(2024, 1, 10, 9, 0)
    assert an.parse(page).published.date is None
    assert an.parse_many([page], reference_time=datetime.date(2024, 1, 10))[0].published.date == datetime.date(
        2024, 1, 9
    )


def test_errors_are_value_errors_with_the_rust_message():
    for text, kind in [("", "empty"), ("  \n ", "empty"), ("hello world", "no_arabic")]:
        with pytest.raises(an.ParseError) as e:
            an.parse(text)
        assert isinstance(e.value, ValueError)
        assert e.value.kind == kind
    with pytest.raises(an.ParseError) as e:
        an.parse(b"\xd8\xa7\xff")
    assert e.value.kind == "invalid_utf8" and e.value.byte_offset == 2
    assert str(e.value) == "invalid utf-8 at byte 2"
    with pytest.raises(ValueError, match="no arabic"):
        an.parse("hello")
    with pytest.raises(an.ParseError) as e:
        an.parse("<!doctype html><html><body><p>مرحبا بكم في الموقع</p></body></html>")
    assert e.value.kind == "markup"
    with pytest.raises(TypeError):
        an.parse(42)
    assert an.parse(PAGE.encode()) == an.parse(PAGE)


def test_parse_many_order_errors_and_threads(dev_pages):
    texts = [t for _, t, _ in dev_pages]
    one = an.parse_many(texts, threads=1, return_exceptions=True)
    two = an.parse_many(iter(texts), threads=2, return_exceptions=True)
    assert len(one) == len(texts)
    for text, a, b in zip(texts, one, two):
        try:
            expected = an.parse(text)
        except an.ParseError as e:
            assert isinstance(a, an.ParseError) and str(a) == str(e) == str(b)
        else:
            assert a == b == expected
    with pytest.raises(an.ParseError):
        an.parse_many([PAGE, "no arabic"])
    out = an.parse_many([PAGE, "no arabic", ""], return_exceptions=True)
    assert isinstance(out[0], an.Article)
    assert [x.kind if isinstance(x, an.ParseError) else None for x in out] == [None, "no_arabic", "empty"]
    assert an.parse_many([]) == []
    with pytest.raises(ValueError):
        an.parse_many([PAGE], threads=0)
    with pytest.raises(TypeError):
        an.parse_many([PAGE, None])


def test_normalize_presets_and_options():
    assert an.normalize("أَحْمَد في الـمدرسة ٢٠٢٣") == "احمد في المدرسه 2023"
    assert an.normalize("ﻷ ﷲ", "display") == "لأ الله"
    assert an.normalize("مسؤولة", fold_teh_marbuta=False, hamza="fold_carriers") == "مسوولة"
    assert an.normalize("أَحْمَد", "none") == "أَحْمَد"
    assert an.normalize("أَحْمَد", "none", strip_diacritics=True) == "أحمد"
    with pytest.raises(TypeError, match="unexpected keyword"):
        an.normalize("x", fold_everything=True)
    with pytest.raises(ValueError):
        an.normalize("x", "loud")
    with pytest.raises(ValueError):
        an.normalize("x", hamza="drop")
    big = "أَحْمَد " * 20_000  # the GIL-free path
    assert an.normalize(big) == "احمد " * 20_000


def test_tokens_are_lossless_with_str_offsets():
    text = "قال د. أحمد إن الصادرات نمت ١٢٫٥٪ عام 2023م. التفاصيل: www.spa.gov.sa #الاقتصاد_الوطني 😀"
    tokens = an.tokenize(text)
    assert "".join(t.text for t in tokens) == text
    for t in tokens:
        assert text[t.start : t.end] == t.text
    kinds = {t.text: (t.kind, t.script) for t in tokens}
    assert kinds["أحمد"] == ("word", "arabic")
    assert kinds["١٢٫٥"] == ("number", None)
    assert kinds["www.spa.gov.sa"] == ("url", None)
    assert kinds["#الاقتصاد_الوطني"] == ("hashtag", None)
    words = an.words(text)
    assert [w.text for w in words][:4] == ["قال", "د", "أحمد", "إن"]
    assert all(w.is_word or w.kind != "space" for w in words)
    s = an.sentences(text)
    assert [x.text for x in s] == [
        "قال د. أحمد إن الصادرات نمت ١٢٫٥٪ عام 2023م.",
        "التفاصيل: www.spa.gov.sa #الاقتصاد_الوطني 😀",
    ]
    assert all(text[x.start : x.end] == x.text for x in s)
    assert an.tokenize("") == [] and an.sentences("") == []


def test_stem():
    assert an.stem("والمعلمون") == "معلم"
    assert an.stem("وبالكتاب", light10=True) == "كتاب"
    assert an.stem("") == ""


def test_version():
    assert an.__version__.count(".") == 2
