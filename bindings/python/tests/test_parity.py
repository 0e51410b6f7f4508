"""The Python package gives what the Rust crate gives, on the same inputs."""

from __future__ import annotations

import json
import subprocess

import arabic_news as an

from conftest import rust_parse_example


def test_same_json_as_the_rust_parse_example(dev_pages):
    # Every dev page, through the example's --jsonl mode: one record per input line,
    # {"line", "article"} or {"line", "error"}.
    lines = "".join(json.dumps({"text": text}) + "\n" for _, text, _ in dev_pages)
    out = subprocess.run(
        [rust_parse_example(), "--jsonl", "-"], input=lines, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert len(out) == len(dev_pages)
    results = an.parse_many([text for _, text, _ in dev_pages], return_exceptions=True)
    errors = 0
    for (page_id, _, _), rust, py in zip(dev_pages, out, results):
        rust = json.loads(rust)
        if isinstance(py, an.ParseError):
            errors += 1
            assert rust.get("error") == str(py) and "article" not in rust, page_id
        else:
            assert json.loads(py.to_json()) == rust["article"], page_id
    assert errors < len(dev_pages) // 10


def test_to_dict_matches_the_json(dev_pages):
    """to_dict holds the JSON's values, with dates as Python objects."""
    for page_id, text, _ in dev_pages[:60]:
        try:
            a = an.parse(text)
        except an.ParseError:
            continue
        d, j = a.to_dict(), json.loads(a.to_json())
        for key in ("title", "body", "tags", "boilerplate", "source", "outlet", "dateline", "kind"):
            assert d[key] == j[key], (page_id, key)
        for key in ("published", "updated"):
            if j[key] is None:
                assert d[key] is None
                continue
            assert d[key]["text"] == j[key]["text"]
            date = d[key]["date"]
            assert (date.isoformat() if date else None) == j[key]["date"], page_id
            time = d[key]["time"]
            want = j[key]["time"]
            spec = "seconds" if want and want.count(":") == 2 else "minutes"
            assert (time.replace(tzinfo=None).isoformat(timespec=spec) if time else None) == want, page_id
            offset = d[key]["utc_offset"]
            assert (offset.utcoffset(None) if offset else None) == (time.utcoffset() if time else offset and offset.utcoffset(None))
        assert len(d["related"]) == len(j["related"])
