"""Parse a Spark DataFrame column of Arabic news pages into typed article columns.

>>> from arabic_news.spark import parse_articles
>>> articles = parse_articles(df, "text")
>>> articles.select("title", "published.date", "dateline.place").show()
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from arabic_news._batches import article_fields, with_articles

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

__all__ = ["parse_articles", "article_schema"]


def article_schema(prefix: str = "") -> Any:
    """The Spark ``StructType`` of the columns ``parse_articles`` adds."""
    from pyspark.sql.pandas.types import from_arrow_type
    from pyspark.sql.types import StructField, StructType

    fields = article_fields(prefix, with_time=False)
    return StructType([StructField(f.name, from_arrow_type(f.type), True) for f in fields])


def parse_articles(
    df: DataFrame,
    column: str,
    *,
    keep_failed: bool = True,
    failed_counter: Any = None,
    threads: int = 1,
    reference_time: datetime.datetime | datetime.date | None = None,
    prefix: str = "",
) -> DataFrame:
    """``df`` with the article parsed from its string ``column`` appended as typed
    columns: ``title``, ``published``/``updated`` (structs with ``text``, ``date``
    DATE, ``datetime`` TIMESTAMP_NTZ (the wall clock as written, when the time is
    known), ``utc_offset_minutes`` (when the page names a zone), ``calendar``,
    ``hijri``), ``dateline``,
    ``byline``, ``outlet``, ``body`` (ARRAY<STRING>), ``quotes``, ``source``,
    ``tags``, ``related``, ``boilerplate``, and ``error`` (null when the row parsed).

    Runs with ``mapInArrow``: whole Arrow batches go to the Rust parser, no Python
    object per row. Rows that fail keep null article columns and their message in
    ``error`` (``keep_failed=True``) or are dropped; either way they are added to
    ``failed_counter`` when it is given (a ``SparkContext.accumulator(0)``).
    ``prefix`` is put before the new column names (to avoid clashes with ``df``'s).
    """
    from pyspark.sql.types import StructType

    names = set(df.columns)
    clash = [f.name for f in article_fields(prefix) if f.name in names]
    if clash:
        raise ValueError(f"df already has columns {clash}; pass a prefix")
    schema = StructType(list(df.schema.fields) + list(article_schema(prefix).fields))

    def parse_batches(batches):
        for batch in batches:
            out, failed = with_articles(
                batch,
                column,
                keep_failed=keep_failed,
                threads=threads,
                reference_time=reference_time,
                prefix=prefix,
                with_time=False,  # Spark reads no Arrow TIME; `datetime` holds it
            )
            if failed and failed_counter is not None:
                failed_counter.add(failed)
            yield out

    return df.mapInArrow(parse_batches, schema)
