"""Shared fixtures: the corpus in ../shared (beside the repository's root)."""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]  # the repository's root
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
BULK = SHARED / "corpus" / "bulk"


def _need(path: pathlib.Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is missing (the shared corpus is not beside the repository)")


@pytest.fixture(scope="session")
def dev_pages() -> list[tuple[str, str, dict]]:
    """(id, text, gold) of every dev page."""
    _need(DEV)
    pages = []
    for gold_path in sorted(DEV.glob("*.gold.json")):
        page_id = gold_path.name.split(".")[0]
        text = (DEV / f"{page_id}.txt").read_text(encoding="utf-8")
        pages.append((page_id, text, json.loads(gold_path.read_text(encoding="utf-8"))))
    assert len(pages) > 100
    return pages


@pytest.fixture(scope="session")
def bulk_articles() -> list[str]:
    """The bulk corpus's articles (separated by form-feed lines)."""
    _need(BULK)
    articles = []
    for path in sorted(BULK.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        articles += [a.strip("\n") for a in text.split("\n\f\n") if a.strip()]
    assert len(articles) > 1000
    return articles


def rust_parse_example() -> pathlib.Path:
    """The Rust crate's `parse` example binary, built (debug) if no build is there."""
    import os
    import subprocess

    if os.environ.get("ARABIC_NEWS_PARSE_EXAMPLE"):
        return pathlib.Path(os.environ["ARABIC_NEWS_PARSE_EXAMPLE"])
    for profile in ("release", "debug"):
        path = ROOT / "target" / profile / "examples" / "parse"
        if path.exists():
            return path
    subprocess.run(["cargo", "build", "--quiet", "--example", "parse"], cwd=ROOT, check=True)
    return ROOT / "target" / "debug" / "examples" / "parse"


@pytest.fixture(scope="session")
def spark():
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        reason = "no Java runtime (.ci/run installs one from Debian's packages; here that was impossible)"
        print(f"SKIP Spark tests: {reason}")
        pytest.skip(reason)
    from pyspark.sql import SparkSession

    # The Python workers must be this interpreter (the venv with arabic_news).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("arabic-news-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    yield session
    session.stop()
