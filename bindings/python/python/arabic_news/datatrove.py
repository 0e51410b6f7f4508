"""A datatrove pipeline step that turns crawled Arabic news pages into clean
article text with metadata.

>>> from arabic_news.datatrove import ArabicNewsExtractor
>>> pipeline = [JsonlReader("crawl/"), ArabicNewsExtractor(), JsonlWriter("out/")]
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

import re

from arabic_news._native import Article, ArticleDate, ParseError, parse_html_many, parse_many

__all__ = ["ArabicNewsExtractor", "article_metadata"]


_HTML = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>])", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """Whether a document's text is an HTML page (as WARC readers give them)."""
    return _HTML.match(text[:4096]) is not None


def _iso(d: ArticleDate | None) -> str | None:
    if d is None:
        return None
    when = d.datetime or d.date
    return when.isoformat() if when is not None else None


def article_metadata(article: Article) -> dict:
    """The metadata ``ArabicNewsExtractor`` records for an article: every key is
    always present (``None`` or ``[]`` when absent), so columnar writers see one schema.
    Dates are ISO 8601 strings (``2023-12-27T22:30:00+03:00`` or ``2023-12-27``)."""
    dateline = article.dateline
    agency = dateline.agency if dateline else None
    return {
        "title": article.title,
        "published": _iso(article.published),
        "updated": _iso(article.updated),
        "dateline_place": dateline.place if dateline else None,
        "dateline_agency": (agency.id or agency.name) if agency else None,
        "authors": list(article.byline.authors) if article.byline else [],
        "source": article.source,
        "tags": list(article.tags),
        "kind": article.kind,
        "site_name": article.site_name,
    }


class ArabicNewsExtractor(PipelineStep):
    """Parses each document's text as an Arabic news page (its HTML when the text is
    an HTML document, as datatrove's WARC reader gives it, with
    ``metadata["url"]`` passed on): ``doc.text`` becomes the
    article body (paragraphs joined by ``paragraph_separator``) and ``doc.metadata``
    gains the keys of :func:`article_metadata`.

    A document that holds no article (no Arabic text, empty, over the size limit,
    a listing page of teasers) or whose article has no body is *failed*: counted in the ``failed`` stat and,
    with ``keep_failed=True`` (the default), passed on unchanged with its reason in
    ``metadata["arabic_news_error"]``; with ``keep_failed=False`` it is dropped
    (``dropped`` stat). A bad document never stops the task.

    Documents are parsed ``batch_size`` at a time on ``threads`` threads (the GIL
    released); datatrove's own parallelism is tasks, so one thread is the default.
    """

    name = "📰 Arabic news"
    type = "🛢 - EXTRAC"

    def __init__(
        self,
        *,
        keep_failed: bool = True,
        paragraph_separator: str = "\n\n",
        batch_size: int = 256,
        threads: int = 1,
        reference_time: datetime.datetime | datetime.date | None = None,
    ):
        super().__init__()
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.keep_failed = keep_failed
        self.paragraph_separator = paragraph_separator
        self.batch_size = batch_size
        self.threads = threads
        self.reference_time = reference_time

    def _finish(self, doc: Document, result: Article | ParseError) -> bool:
        """Updates ``doc`` from its parse result; whether to pass it on."""
        if isinstance(result, Article) and result.body:
            doc.text = self.paragraph_separator.join(result.body)
            doc.metadata.update(article_metadata(result))
            self.stat_update("parsed")
            self.update_doc_stats(doc)
            return True
        if isinstance(result, ParseError):
            reason = str(result)
        elif result.kind == "listing":
            reason = "a listing page (teasers, no main article)"
        else:
            reason = "no article body found"
        self.stat_update("failed")
        if self.keep_failed:
            doc.metadata["arabic_news_error"] = reason
            return True
        self.stat_update("dropped")
        return False

    def _flush(self, batch: list[Document]) -> Iterator[Document]:
        html = [looks_like_html(doc.text) for doc in batch]
        results: list = [None] * len(batch)
        with self.track_time("batch"):
            for want_html in (False, True):
                picked = [i for i, h in enumerate(html) if h == want_html]
                if not picked:
                    continue
                if want_html:
                    self.stat_update("html", value=len(picked))
                    parsed = parse_html_many(
                        [batch[i].text for i in picked],
                        urls=[batch[i].metadata.get("url") for i in picked],
                        threads=self.threads,
                        reference_time=self.reference_time,
                        return_exceptions=True,
                    )
                else:
                    parsed = parse_many(
                        [batch[i].text for i in picked],
                        threads=self.threads,
                        reference_time=self.reference_time,
                        return_exceptions=True,
                    )
                for i, result in zip(picked, parsed):
                    results[i] = result
        for doc, result in zip(batch, results):
            if self._finish(doc, result):
                yield doc

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        batch: list[Document] = []
        for doc in data or ():
            self.stat_update("documents")
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self._flush(batch)
                batch = []
        if batch:
            yield from self._flush(batch)
