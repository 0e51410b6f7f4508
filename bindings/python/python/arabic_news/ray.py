"""Ray Data: a ``map_batches`` callable that adds the article columns.

>>> import ray
>>> from arabic_news.ray import ArticleParser
>>> ds = ray.data.read_json("crawl/").map_batches(ArticleParser("text"), batch_format="pyarrow")
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from arabic_news._batches import with_articles

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["ArticleParser"]


class ArticleParser:
    """Adds the article columns of :func:`arabic_news.parse_arrow` to each
    ``pyarrow.Table`` batch (use ``batch_format="pyarrow"``).

    Failed rows keep null article columns and their message in ``error``, or are
    dropped with ``keep_failed=False``; ``self.failed`` counts them (per worker).
    """

    def __init__(
        self,
        column: str = "text",
        *,
        keep_failed: bool = True,
        threads: int = 1,
        reference_time: datetime.datetime | datetime.date | None = None,
        prefix: str = "",
    ):
        self.column = column
        self.keep_failed = keep_failed
        self.threads = threads
        self.reference_time = reference_time
        self.prefix = prefix
        self.failed = 0

    def __call__(self, batch: pa.Table) -> pa.Table:
        out, failed = with_articles(
            batch,
            self.column,
            keep_failed=self.keep_failed,
            threads=self.threads,
            reference_time=self.reference_time,
            prefix=self.prefix,
        )
        self.failed += failed
        return out
