"""Arabic news pages to structured articles, fast (a Rust core, PyO3 bindings).

>>> import arabic_news
>>> article = arabic_news.parse(page_text)
>>> article.title, article.published.date, article.dateline.place

Engines: :mod:`arabic_news.datatrove` (a datatrove ``PipelineStep``),
:mod:`arabic_news.spark` (``parse_articles(df, column)``) and
:mod:`arabic_news.ray` (a ``map_batches`` callable for Ray Data).
"""

from arabic_news._native import (
    Agency,
    Article,
    ArticleDate,
    Byline,
    Dateline,
    HijriDate,
    NewsDate,
    ParseError,
    Quote,
    Sentence,
    Token,
    __version__,
    arrow_type,
    find_dates,
    normalize,
    parse,
    parse_arrow,
    parse_date,
    parse_html,
    parse_html_many,
    parse_many,
    sentences,
    stem,
    tokenize,
    words,
)

__all__ = [
    "Agency",
    "Article",
    "ArticleDate",
    "Byline",
    "Dateline",
    "HijriDate",
    "NewsDate",
    "ParseError",
    "Quote",
    "Sentence",
    "Token",
    "__version__",
    "arrow_type",
    "find_dates",
    "normalize",
    "parse",
    "parse_arrow",
    "parse_date",
    "parse_html",
    "parse_html_many",
    "parse_many",
    "sentences",
    "stem",
    "tokenize",
    "words",
]
