"""Type stubs of the Rust extension module. Import from ``arabic_news``, not from here."""

import datetime
from collections.abc import Iterable
from typing import Any, Literal, TypedDict, overload

import pyarrow
from typing_extensions import Unpack

__version__: str

class ParseError(ValueError):
    """The page holds no article, or cannot be read.

    The message is the Rust library's (``"input holds no arabic text"``).
    """

    kind: Literal[
        "empty", "no_arabic", "too_large", "invalid_utf8", "markup", "too_many_nodes", "too_deep", "other"
    ]
    """What went wrong: empty or blank input, no Arabic letter, over the 64 MiB
    size limit, (for ``bytes`` input) not UTF-8, or HTML/XML markup rather than a
    page's visible text, or (HTML input) a document over the element-count or
    nesting-depth limit."""
    byte_offset: int
    """Where, as a byte offset into the UTF-8 input."""

class HijriDate:
    """A Hijri (Umm al-Qura) date. Frozen, hashable."""

    @property
    def year(self) -> int: ...
    @property
    def month(self) -> int:
        """1–12 (محرم is 1)."""
    @property
    def day(self) -> int: ...
    def to_gregorian(self) -> datetime.date:
        """The same day in the Gregorian calendar, by the Umm al-Qura tables."""
    def to_dict(self) -> dict[str, int]:
        """``{"year": …, "month": …, "day": …}``."""

class ArticleDate:
    """A publication or update date as the page states it. Frozen."""

    @property
    def text(self) -> str:
        """The date text as written, label removed."""
    @property
    def date(self) -> datetime.date | None:
        """The Gregorian date (converted from Hijri when the page gives only Hijri)."""
    @property
    def time(self) -> datetime.time | None:
        """The wall-clock time; aware (fixed-offset ``tzinfo``) when the page names a zone."""
    @property
    def utc_offset(self) -> datetime.timezone | None:
        """The zone, only when the page names one (بتوقيت مكة، GMT+3 …)."""
    @property
    def calendar(self) -> Literal["gregorian", "hijri", "both"]:
        """The calendar the text is written in (``"both"``: a الموافق pair)."""
    @property
    def hijri(self) -> HijriDate | None:
        """The Hijri date, when the page gives one."""
    @property
    def datetime(self) -> datetime.datetime | None:
        """Date and time together, when both are known (aware when the zone is)."""
    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict, with ``datetime`` values."""

class Agency:
    """A news agency or outlet as a dateline names it. Frozen."""

    @property
    def id(self) -> str | None:
        """The gazetteer's upper-case id (``"SANA"``, ``"REUTERS"``) when the name is known."""
    @property
    def name(self) -> str:
        """The name as written (``"أ ش أ"``, ``"وكالات"``)."""
    def to_dict(self) -> dict[str, str | None]: ...

class Dateline:
    """Where and from which agency the story was filed (``موسكو-سانا``). Frozen."""

    @property
    def text(self) -> str: ...
    @property
    def place(self) -> str | None: ...
    @property
    def agency(self) -> Agency | None: ...
    def to_dict(self) -> dict[str, Any]: ...

class Byline:
    """The author line. Frozen."""

    @property
    def text(self) -> str:
        """The line as written, verb included (``كتبت: …``)."""
    @property
    def authors(self) -> tuple[str, ...]:
        """The author names, without the verb."""
    def to_dict(self) -> dict[str, Any]: ...

class Quote:
    """A quotation in the body. Frozen."""

    @property
    def text(self) -> str:
        """The quoted text, without the quotation marks."""
    @property
    def speaker(self) -> str | None:
        """Who said it, when the same sentence names a speaker with a reporting verb."""
    @property
    def paragraph(self) -> int:
        """The index in ``Article.body`` of the paragraph holding the quote."""
    def to_dict(self) -> dict[str, Any]: ...

class Article:
    """A news article found in a page's text. Frozen; compares by value; picklable.

    Absent scalar fields are ``None``, absent lists are empty tuples. Texts are as
    written (trimmed), not normalized.
    """

    @property
    def title(self) -> str | None:
        """The headline of the main article."""
    @property
    def published(self) -> ArticleDate | None: ...
    @property
    def updated(self) -> ArticleDate | None: ...
    @property
    def dateline(self) -> Dateline | None: ...
    @property
    def byline(self) -> Byline | None: ...
    @property
    def outlet(self) -> str | None:
        """The outlet credited for the article (mostly on related items)."""
    @property
    def body(self) -> tuple[str, ...]:
        """The body paragraphs, dateline prefix removed."""
    @property
    def text(self) -> str:
        """The body paragraphs joined by blank lines (``"\\n\\n"``)."""
    @property
    def quotes(self) -> tuple[Quote, ...]: ...
    @property
    def source(self) -> str | None:
        """The value of a source line (``المصدر: …``) or closing credit."""
    @property
    def tags(self) -> tuple[str, ...]: ...
    @property
    def related(self) -> tuple[Article, ...]:
        """The "read also" items, each parsed as an article."""
    @property
    def boilerplate(self) -> tuple[str, ...]:
        """Every non-blank line that is in no other field (menus, footers …)."""
    @property
    def url(self) -> str | None:
        """From HTML only: the canonical URL (or the one given to ``parse_html``)."""
    @property
    def site_name(self) -> str | None:
        """From HTML only: ``og:site_name`` / JSON-LD ``publisher``."""
    @property
    def description(self) -> str | None:
        """From HTML only: the standfirst or summary."""
    @property
    def image(self) -> str | None:
        """From HTML only: the lead image's URL."""
    @property
    def section(self) -> str | None:
        """From HTML only: the site's section."""
    @property
    def kind(self) -> Literal["article", "listing"]:
        """``"listing"`` for a page of teasers with no main article (no title, no body)."""
    def texts(self) -> list[str]:
        """Every text the article holds, related items' included, depth first."""
    def to_dict(self) -> dict[str, Any]:
        """The article as nested dicts and lists, in the JSON shape, dates as
        ``datetime.date``/``datetime.time``/``datetime.timezone``."""
    def to_json(self, *, indent: int | None = None) -> str:
        """The article as JSON, exactly as the Rust crate serializes it (ISO strings)."""
    @staticmethod
    def from_json(json: str) -> Article:
        """The article of ``to_json``'s output. Raises ``ValueError`` on other JSON."""

class Token:
    """One token: ``text[token.start:token.end] == token.text``. Frozen, hashable."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int:
        """Start offset in the ``str`` (code points, not bytes)."""
    @property
    def end(self) -> int: ...
    @property
    def kind(
        self,
    ) -> Literal["word", "number", "punct", "space", "symbol", "url", "email", "hashtag", "mention"]: ...
    @property
    def script(self) -> Literal["arabic", "latin", "other"] | None:
        """The script of a word; ``None`` for other kinds."""
    @property
    def is_word(self) -> bool: ...

class Sentence:
    """One sentence: ``text[s.start:s.end] == s.text``. Frozen, hashable."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...

class NewsDate:
    """A date found in news text. ``str(d)`` is ISO 8601 (``2023-12-27T22:30+03:00``). Frozen."""

    @property
    def text(self) -> str:
        """The expression as written (a label before it not included)."""
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def date(self) -> datetime.date | None:
        """The Gregorian date; ``None`` only for a relative expression without a reference time."""
    @property
    def time(self) -> datetime.time | None: ...
    @property
    def utc_offset(self) -> datetime.timezone | None: ...
    @property
    def datetime(self) -> datetime.datetime | None: ...
    @property
    def hijri(self) -> HijriDate | None: ...
    @property
    def weekday(self) -> int | None:
        """The weekday the text names, Monday = 0 (as ``datetime.date.weekday()``)."""
    @property
    def calendar(self) -> Literal["gregorian", "hijri", "both"]: ...
    @property
    def relative(self) -> bool:
        """Whether the expression was relative (منذ 3 ساعات، أمس)."""
    @property
    def ago(self) -> dict[str, Any] | None:
        """For a relative expression: ``{"count": 3, "unit": "hour"}``."""
    @property
    def role(self) -> Literal["published", "updated", "unlabelled"]:
        """From the label before the date (تاريخ النشر، آخر تحديث …)."""
    def weekday_matches(self) -> bool | None: ...
    def hijri_matches(self) -> bool | None: ...
    def to_dict(self) -> dict[str, Any]: ...

def parse(
    text: str | bytes, *, reference_time: datetime.datetime | datetime.date | None = None
) -> Article:
    """Parse the visible text of a news page into an :class:`Article`.

    ``bytes`` must be UTF-8. ``reference_time`` resolves relative dates (منذ 3 ساعات);
    its tzinfo is ignored (the wall clock is used). Raises :class:`ParseError`
    (a ``ValueError``) when the page holds no article.
    """

def parse_html(
    html: bytes | str,
    *,
    url: str | None = None,
    reference_time: datetime.datetime | datetime.date | None = None,
) -> Article:
    """Parse a news page's HTML into an :class:`Article`, GIL released.

    ``bytes`` in any encoding the page declares (or that detection finds); metadata
    (JSON-LD, OpenGraph, ``<time>``) fills the dates, ``url``, ``site_name``,
    ``description``, ``image`` and ``section``. Raises :class:`ParseError`.
    """

def parse_html_many(
    pages: Iterable[bytes | str],
    *,
    urls: Iterable[str | None] | None = None,
    threads: int | None = None,
    reference_time: datetime.datetime | datetime.date | None = None,
    return_exceptions: bool = False,
) -> list[Article]:
    """:func:`parse_html` over many pages on ``threads`` threads (default: every core),
    GIL released, results in input order; ``urls`` pairs with ``pages``."""

def parse_many(
    texts: Iterable[str | bytes],
    *,
    threads: int | None = None,
    reference_time: datetime.datetime | datetime.date | None = None,
    return_exceptions: bool = False,
) -> list[Article]:
    """Parse many pages on ``threads`` threads (default: every core), GIL released.

    Results are in input order. With ``return_exceptions=True`` a page that fails
    gives its :class:`ParseError` in its place instead of raising (as
    ``asyncio.gather`` does).
    """

def parse_arrow(
    texts: Any,
    *,
    threads: int | None = None,
    reference_time: datetime.datetime | datetime.date | None = None,
    with_time: bool = True,
    html: bool = False,
) -> pyarrow.StructArray:
    """Parse a column of pages into a ``pyarrow.StructArray`` (type :func:`arrow_type`).

    With ``html=True`` each row is an HTML page (string or binary column), read as
    :func:`parse_html` reads it. ``texts`` is any Arrow string or binary array or chunked array (pyarrow, polars, DuckDB …,
    through the Arrow PyCapsule interface) or an iterable of ``str``/``None``. No
    Python object is made per row. A row that fails has null article fields and
    its message in ``error``; a null input's message is ``"input is null"``.
    Nested ``related`` items keep one level. Requires pyarrow.

    ``published``/``updated`` are structs of ``text``, ``date`` (date32), ``time``
    (time64[us]; left out with ``with_time=False``, for Spark, whose Arrow reader
    has no TIME type), ``datetime`` (timestamp[us], the wall clock as written, when
    the time is known), ``utc_offset_minutes`` (when the page names a zone),
    ``calendar`` and ``hijri`` (year, month, day).
    """

def arrow_type(*, with_time: bool = True) -> pyarrow.StructType:
    """The Arrow type of :func:`parse_arrow`'s rows: the article fields, then ``error``."""

class _NormalizeOptions(TypedDict, total=False):
    """The switches of :func:`normalize` (the Rust ``Normalizer`` setters), each
    on top of the preset; :class:`Analyzer` takes them too."""

    strip_tatweel: bool
    strip_diacritics: bool
    keep_shadda: bool
    superscript_alef_to_alef: bool
    fold_alef: bool
    fold_alef_maksura: bool
    fold_teh_marbuta: bool
    hamza: Literal["keep", "fold_carriers", "to_hamza"]
    fold_persian: bool
    fold_digits: bool
    decompose_presentation_forms: bool
    remove_invisible: bool
    normalize_spaces: bool
    lowercase_latin: bool
    fold_punctuation: bool

def normalize(
    text: str,
    preset: Literal["search", "display", "none"] = "search",
    **options: Unpack[_NormalizeOptions],
) -> str:
    """Normalize Arabic text.

    ``"search"`` (for indexes and matching) removes diacritics and tatweel and folds
    alef variants, ى, ة, Persian letters and digits; ``"display"`` is lossless for a
    reader; ``"none"`` starts from nothing. Each option switches one operation on
    or off on top of the preset.

    >>> normalize("أَحْمَد في الـمدرسة ٢٠٢٣")
    'احمد في المدرسه 2023'
    """

def tokenize(text: str) -> list[Token]:
    """Every token of ``text`` (words, numbers, URLs, hashtags … and the spaces and
    punctuation between them): they concatenate back to ``text``."""

def words(text: str) -> list[Token]:
    """The word and number tokens of ``text``."""

class Term:
    """One term of :meth:`Analyzer.terms`: the analyzed text of a token, with the
    token's ``str`` offsets, kind and position. Frozen, hashable.

    ``text[term.start:term.end]`` is the token as written, before normalization
    and stemming; ``term.text`` is what the analyzer made of it.

    >>> text = "قال المعلمون: الـمدرسة"
    >>> term = Analyzer(stem=True).terms(text)[1]
    >>> term.text, text[term.start : term.end], term.position, term.kind
    ('معلم', 'المعلمون', 1, 'word')
    """

    @property
    def text(self) -> str:
        """The term: normalized (and stemmed) as the analyzer says."""
    @property
    def start(self) -> int:
        """Start offset of the token in the analyzed ``str`` (code points, not bytes)."""
    @property
    def end(self) -> int: ...
    @property
    def position(self) -> int:
        """The number of candidate tokens before this one (the kinds kept, stop words
        counted even when dropped): 0 for the first term, one apart for neighbours,
        two across a dropped stop word, so phrase queries built by the same analyzer
        still match (as Lucene's ``StopFilter`` and tantivy's ``StopWordFilter`` do)."""
    @property
    def kind(
        self,
    ) -> Literal["word", "number", "punct", "space", "symbol", "url", "email", "hashtag", "mention"]:
        """The kind of the term's token, as :attr:`Token.kind`."""
    @property
    def script(self) -> Literal["arabic", "latin", "other"] | None:
        """The script of a word; ``None`` for other kinds."""

class Analyzer:
    """The analysis chain of a search index, in one immutable value: this package's
    tokenizer, then the token kinds kept, stop words dropped, each term
    normalized, each word stemmed (the Rust crate's ``Analyzer``, which its tantivy
    tokenizer is built on, so Python and Rust index alike).

    ``Analyzer()`` keeps words, numbers, URLs, e-mails, hashtags and mentions, drops
    white space, punctuation and symbols, normalizes with the ``"search"`` preset,
    keeps stop words and does not stem. Analyzers are frozen, compare equal when
    they analyze alike, hash, and pickle (so they ship to Spark and Ray workers);
    one can be shared by threads.

    >>> analyzer = Analyzer(stem=True, stop_words=True)
    >>> analyzer("ذهب الطلاب إلى المدرسة.")
    ['ذهب', 'طلاب', 'مدرس']
    >>> [(t.text, t.position) for t in analyzer.terms("عاد إلى بيته")]
    [('عاد', 0), ('بيت', 2)]
    >>> analyzer.map(["ذهب الطلاب", "إلى المدرسة"])
    [['ذهب', 'طلاب'], ['مدرس']]

    As a callable from ``str`` to a list of terms, it is also a ready
    ``analyzer=`` for scikit-learn's ``CountVectorizer`` and ``TfidfVectorizer``.
    """

    def __init__(
        self,
        *,
        stem: bool = False,
        stop_words: bool = False,
        keep_numbers: bool = True,
        drop_punctuation: bool = True,
        light10: bool = False,
        protected: Iterable[str] | None = None,
        preset: Literal["search", "display", "none"] = "search",
        **options: Unpack[_NormalizeOptions],
    ) -> None:
        """Every argument is keyword-only.

        - ``stem``: stem words (:func:`stem`'s light stemmer), after normalization.
          Only words are stemmed: numbers, URLs, e-mails, hashtags and mentions
          are not.
        - ``stop_words``: drop Arabic stop words (tested on the word as written).
          A dropped stop word still takes a position (see :attr:`Term.position`).
        - ``keep_numbers``: number tokens (``2023``, ``١٬٠٠٠``) are terms.
        - ``drop_punctuation``: punctuation and symbol tokens are no terms.
        - ``light10``: stem with Larkey's light10 rules rather than Lucene's.
        - ``protected``: words never stemmed (Lucene's stem exclusion set), written
          as you like: each is normalized as the terms are before the comparison.
          Each distinct set is kept for the life of the process.
        - ``preset`` and ``options``: the normalizer, as :func:`normalize` takes it.

        Raises ``TypeError`` for an unknown keyword or a value of the wrong type,
        ``ValueError`` for an unknown ``preset`` or ``hamza`` mode.

        >>> Analyzer(keep_numbers=False, drop_punctuation=False)("أحمد، في ٢٠٢٣")
        ['احمد', '،', 'في']
        >>> Analyzer(stem=True, protected=["الجزيرة"])("الجزيرة المدرسة")
        ['الجزيره', 'مدرس']
        >>> Analyzer(fold_teh_marbuta=False)("مدرسة")
        ['مدرسة']
        """
    def __call__(self, text: str) -> list[str]:
        """The terms of ``text``, as strings, in order: what an index stores.

        The same as ``[t.text for t in self.terms(text)]``, without making a
        :class:`Term` per term. A text over 64 KiB is analyzed with the GIL released.

        >>> Analyzer()("أحمد، في ٢٠٢٣ #غزة")
        ['احمد', 'في', '2023', '#غزه']
        """
    def terms(self, text: str) -> list[Term]:
        """The terms of ``text`` with their ``str`` offsets, kinds and positions.

        >>> text = "في الـمدرسة"
        >>> [(t.text, text[t.start : t.end], t.position) for t in Analyzer().terms(text)]
        [('في', 'في', 0), ('المدرسه', 'الـمدرسة', 1)]
        """
    def map(self, texts: Iterable[str], *, threads: int | None = None) -> list[list[str]]:
        """``[self(text) for text in texts]`` on ``threads`` threads (default: every
        core), the GIL released; results in input order.

        Raises ``TypeError`` when ``texts`` is a ``str`` (use ``self(text)``) or holds
        something other than ``str``.
        """

def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``: split at ``. ؟ ! … ؛`` and line breaks, never at
    ``،``, inside numbers, URLs or e-mails, or after abbreviations (``د.``)."""

def stem(word: str, *, light10: bool = False) -> str:
    """The light stem of an Arabic word (Lucene's rules; Larkey's light10 with
    ``light10=True``): ``stem("والمعلمون") == "معلم"``."""

def is_stop_word(word: str) -> bool:
    """Whether ``word`` is an Arabic stop word (إلى، الذين، على …), whatever its
    diacritics and alef, yeh or teh marbuta variants: the list
    ``Analyzer(stop_words=True)`` drops. ``is_stop_word("على")`` but not
    ``is_stop_word("علي")``."""

def parse_date(
    text: str, *, reference_time: datetime.datetime | datetime.date | None = None
) -> NewsDate | None:
    """The first date in ``text``, as Arabic news writes dates (Hijri, الموافق pairs,
    every regional month set, ص/م times, zones, relative expressions), or ``None``."""

def find_dates(
    text: str, *, reference_time: datetime.datetime | datetime.date | None = None
) -> list[NewsDate]:
    """Every date in ``text``, in order."""
