"""Arrow record batches in, the same batches with the article columns out: the
shared core of the Spark and Ray integrations."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from arabic_news._native import arrow_type, parse_arrow

if TYPE_CHECKING:
    import pyarrow as pa


def article_fields(prefix: str = "", *, with_time: bool = True) -> list[pa.Field]:
    """The fields ``with_articles`` adds: the article fields, then ``error``."""
    return [f.with_name(prefix + f.name) for f in arrow_type(with_time=with_time)]


def with_articles(
    batch: pa.RecordBatch | pa.Table,
    column: str,
    *,
    keep_failed: bool = True,
    threads: int | None = 1,
    reference_time: datetime.datetime | datetime.date | None = None,
    prefix: str = "",
    with_time: bool = True,
) -> tuple[pa.RecordBatch | pa.Table, int]:
    """``batch`` with the article columns of its ``column`` appended (after
    ``prefix``), and how many rows failed. Failed rows keep null article columns
    and their message in ``error``, or are dropped when ``keep_failed`` is false."""
    import pyarrow as pa
    import pyarrow.compute as pc

    texts = batch.column(column)
    parsed = parse_arrow(texts, threads=threads, reference_time=reference_time, with_time=with_time)
    names = list(batch.schema.names) + [prefix + f.name for f in parsed.type]
    columns = list(batch.columns) + parsed.flatten()
    if isinstance(batch, pa.Table):
        out = pa.Table.from_arrays(columns, names=names)
    else:
        out = pa.RecordBatch.from_arrays(columns, names=names)
    errors = parsed.field("error")
    failed = len(errors) - errors.null_count
    if failed and not keep_failed:
        out = out.filter(pc.is_null(errors))
    return out, failed
