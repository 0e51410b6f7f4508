"""Arabic news pages to structured articles, fast (a Rust core, PyO3 bindings).

>>> import arabic_news
>>> article = arabic_news.parse(page_text)
>>> article.title, article.published.date, article.dateline.place
>>> analyzer = arabic_news.Analyzer(stem=True, stop_words=True)
>>> analyzer(article.text)  # the terms a search index stores

Engines: :mod:`arabic_news.datatrove` (a datatrove ``PipelineStep``),
:mod:`arabic_news.spark` (``parse_articles(df, column)``) and
:mod:`arabic_news.ray` (a ``map_batches`` callable for Ray Data).
"""

from arabic_news._native import (
    Agency,
    Analyzer,
    Article,
    ArticleDate,
    Byline,
    Dateline,
    HijriDate,
    NewsDate,
    ParseError,
    Quote,
    Sentence,
    Term,
    Token,
    __version__,
    arrow_type,
    find_dates,
    is_stop_word,
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
    "Analyzer",
    "Article",
    "ArticleDate",
    "Byline",
    "Dateline",
    "HijriDate",
    "NewsDate",
    "ParseError",
    "Quote",
    "Sentence",
    "Term",
    "Token",
    "__version__",
    "arrow_type",
    "find_dates",
    "is_stop_word",
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
