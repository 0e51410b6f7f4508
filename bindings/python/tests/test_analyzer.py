"""Analyzer: the crate's analysis chain (tokenize, keep, drop stop words, normalize,
stem), checked against the same chain built by hand from the package's building
blocks, and as a value (immutable, comparable, picklable)."""

from __future__ import annotations

import ast
import copy
import doctest
import pathlib
import pickle

import pytest

import arabic_news as an

TEXT = (
    "قال المعلمون في الجزيرة: إن الأسعار ارتفعت ١٢٫٥٪ عام 2023م، وذلك \u200f«بسبب» "
    "#الاقتصاد \u064e www.spa.gov.sa info@spa.gov.sa @spa على علي 😀 Reuters ذهب إلى المدرسة."
)

OPTIONS = [
    {},
    {"stem": True},
    {"stop_words": True},
    {"stem": True, "stop_words": True},
    {"keep_numbers": False, "drop_punctuation": False},
    {"stem": True, "stop_words": True, "keep_numbers": False, "drop_punctuation": False},
    {"stem": True, "light10": True},
    {"stem": True, "protected": ["الجزيرة", "المعلمون"]},
    {"preset": "display", "stop_words": True},
    {"preset": "none", "stem": True},
    {"stem": True, "fold_teh_marbuta": False, "hamza": "to_hamza"},
]


def by_hand(text, *, stem=False, stop_words=False, keep_numbers=True, drop_punctuation=True,
            light10=False, protected=(), preset="search", **options):
    """The chain as a user would write it from tokenize, is_stop_word, normalize and
    stem (the Rust crate's specification of Analyzer::terms):
    (text, start, end, position, kind, script) per term."""
    protected = {an.normalize(w, preset, **options) for w in protected}
    out, position = [], 0
    for t in an.tokenize(text):
        if t.kind == "space" or (t.kind == "number" and not keep_numbers):
            continue
        if t.kind in ("punct", "symbol") and drop_punctuation:
            continue
        if stop_words and t.kind == "word" and t.script == "arabic" and an.is_stop_word(t.text):
            position += 1
            continue
        s = an.normalize(t.text, preset, **options)
        if not s:
            continue
        if stem and t.kind == "word" and s not in protected:
            s = an.stem(s, light10=light10)
        out.append((s, t.start, t.end, position, t.kind, t.script))
        position += 1
    return out


def analyzed(analyzer, text):
    return [(t.text, t.start, t.end, t.position, t.kind, t.script) for t in analyzer.terms(text)]


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: ",".join(f"{k}={v}" for k, v in o.items()) or "default")
def test_terms_equal_the_chain_by_hand(options):
    a = an.Analyzer(**options)
    want = by_hand(TEXT, **options)
    assert analyzed(a, TEXT) == want
    assert a(TEXT) == [w[0] for w in want]
    assert a.map([TEXT, "", TEXT[::-1]]) == [a(TEXT), [], a(TEXT[::-1])]


def test_terms_equal_the_chain_by_hand_on_news(bulk_articles):
    articles = bulk_articles[::40][:60]
    for options in (OPTIONS[0], OPTIONS[3], OPTIONS[5]):
        a = an.Analyzer(**options)
        for text in articles:
            assert analyzed(a, text) == by_hand(text, **options), options
        assert a.map(articles, threads=2) == [a(text) for text in articles]


def test_the_rust_crates_examples():
    # The outputs the Rust crate's doc examples assert for the same chain.
    assert an.Analyzer(stem=True, stop_words=True)("ذهب الطلاب إلى المدرسة.") == ["ذهب", "طلاب", "مدرس"]
    assert an.Analyzer()("أحمد، في ٢٠٢٣") == ["احمد", "في", "2023"]
    assert an.Analyzer(fold_teh_marbuta=False)("مدرسة") == ["مدرسة"]
    assert an.Analyzer(stem=True)("والمعلمون") == ["معلم"]
    assert an.Analyzer(stem=True, light10=True)("وبالكتاب") == ["كتاب"]
    assert an.Analyzer(keep_numbers=False)("عام 2023") == ["عام"]
    assert an.Analyzer(drop_punctuation=False)("نعم؟") == ["نعم", "؟"]
    assert an.Analyzer(stem=True, protected=["الجزيره"])("الجزيرة") == ["الجزيره"]
    text = "قال المعلمون: الـمدرسة"
    t = an.Analyzer(stem=True).terms(text)
    assert (t[1].text, text[t[1].start : t[1].end]) == ("معلم", "المعلمون")
    assert (t[2].text, t[2].position) == ("مدرس", 2)
    t = an.Analyzer().terms("  أَحمد")[0]
    assert (t.text, t.start, t.end, t.kind, t.script, t.position) == ("احمد", 2, 7, "word", "arabic", 0)


def test_stop_words_are_dropped_and_keep_their_positions():
    a = an.Analyzer(stop_words=True)
    got = [(t.text, t.position) for t in a.terms("ذهب إلى المدرسة، ثم عاد")]
    assert got == [("ذهب", 0), ("المدرسه", 2), ("عاد", 4)]
    assert [t.position for t in a.terms("ذهب، هو، إلى البيت")] == [0, 3]
    # Without dropping, the same words at the same positions, the stop words between.
    every = an.Analyzer().terms(TEXT)
    kept = a.terms(TEXT)
    assert {(t.text, t.position) for t in kept} < {(t.text, t.position) for t in every}
    dropped = [t for t in every if (t.text, t.position) not in {(k.text, k.position) for k in kept}]
    assert [TEXT[t.start : t.end] for t in dropped] == ["في", "إن", "على", "إلى"]
    assert an.is_stop_word("إِلَى") and an.is_stop_word("على") and not an.is_stop_word("علي")


def test_stemming_on_and_off():
    text = "والمعلمون في المدارس"
    assert an.Analyzer()(text) == ["والمعلمون", "في", "المدارس"]
    assert an.Analyzer(stem=True)(text) == ["معلم", "في", "مدارس"]
    assert an.Analyzer(stem=True)(text) == [an.stem(w) for w in an.Analyzer()(text)]
    # Only words are stemmed: numbers, hashtags, URLs and e-mails are not.
    assert an.Analyzer(stem=True)("#المدارس ٢٠٢٣ www.almadaris.com") == ["#المدارس", "2023", "www.almadaris.com"]


def test_offsets_are_str_indices_that_slice_the_token():
    text = "😀 قال د. أحمد: الـمدرسة «جميلة» 😀 ٢٠٢٣ ok"
    tokens = {(t.start, t.end): t for t in an.tokenize(text)}
    terms = an.Analyzer(stem=True).terms(text)
    assert [t.text for t in terms] == ["قال", "د", "احمد", "مدرس", "جميل", "2023", "ok"]
    for t in terms:
        token = tokens[(t.start, t.end)]  # the span of one token of tokenize
        assert text[t.start : t.end] == token.text
        assert (t.kind, t.script) == (token.kind, token.script)
    ascii_text = "Reuters said 2023, ok."
    assert [ascii_text[t.start : t.end] for t in an.Analyzer().terms(ascii_text)] == ["Reuters", "said", "2023", "ok"]


def test_large_texts_give_what_small_ones_do():
    # Over 64 KiB the GIL is released: same terms, positions running on.
    part = "ذهب الطلاب إلى المدرسة. "
    big = part * 4000
    a = an.Analyzer(stem=True, stop_words=True)
    assert len(big.encode()) > 64 * 1024
    assert a(big) == a(part) * 4000
    terms = a.terms(big)
    assert [t.position for t in terms[:6]] == [0, 1, 3, 4, 5, 7]
    assert big[terms[-1].start : terms[-1].end] == "المدرسة"


def test_map_is_the_call_on_each_text_in_order():
    a = an.Analyzer(stem=True)
    texts = [f"المعلمون {i} في المدارس" for i in range(100)]
    want = [a(t) for t in texts]
    assert a.map(texts) == want
    assert a.map(texts, threads=1) == a.map(iter(texts), threads=3) == want
    assert a.map([]) == [] and a.map(()) == []


def test_analyzer_is_an_immutable_value():
    a = an.Analyzer(stem=True, stop_words=True, protected={"الجزيرة"}, fold_teh_marbuta=False)
    with pytest.raises(AttributeError):
        a.stem = False
    assert a == an.Analyzer(stop_words=True, stem=True, protected=["الجزيرة", "الجزيرة"], fold_teh_marbuta=False)
    assert a != an.Analyzer(stem=True, stop_words=True)
    # Equal when they analyze alike: the search preset already folds alef.
    assert an.Analyzer(fold_alef=True) == an.Analyzer()
    assert hash(an.Analyzer(fold_alef=True)) == hash(an.Analyzer())
    assert len({a, copy.copy(a), an.Analyzer(), an.Analyzer()}) == 2
    assert repr(an.Analyzer()) == "Analyzer()"
    assert repr(a) == "Analyzer(stem=True, stop_words=True, protected=('الجزيرة',), fold_teh_marbuta=False)"
    assert eval(repr(a), {"Analyzer": an.Analyzer}) == a
    b = an.Analyzer(keep_numbers=False, light10=True, preset="display", hamza="keep")
    assert repr(b) == "Analyzer(keep_numbers=False, light10=True, preset='display', hamza='keep')"
    assert eval(repr(b), {"Analyzer": an.Analyzer}) == b
    t = a.terms("الجزيرة")[0]
    assert repr(t) == 'Term("الجزيرة", 0..7, position=0, "word")' and str(t) == "الجزيرة"
    assert t == a.terms("الجزيرة")[0] and hash(t) == hash(a.terms("الجزيرة")[0])
    with pytest.raises(AttributeError):
        t.text = "x"


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_analyzer_pickles(protocol):
    for options in OPTIONS:
        a = an.Analyzer(**options)
        b = pickle.loads(pickle.dumps(a, protocol))
        assert b == a and repr(b) == repr(a) and b(TEXT) == a(TEXT)
    a = an.Analyzer(stem=True, preset="display", hamza="keep")
    assert copy.deepcopy(a) == a and copy.deepcopy(a)(TEXT) == a(TEXT)


def test_analyzer_ships_with_cloudpickle():
    # What Spark (pyspark.cloudpickle) and Ray (cloudpickle) send to their workers.
    cloudpickle = pytest.importorskip("pyspark.cloudpickle")
    a = an.Analyzer(stem=True, stop_words=True, protected=["الجزيرة"])
    f = cloudpickle.loads(cloudpickle.dumps(lambda text: a(text)))
    assert f(TEXT) == a(TEXT)


@pytest.mark.parametrize("bad", [1, None, b"\xd8\xa3", ["نص"]])
def test_non_str_text_is_a_type_error(bad):
    a = an.Analyzer()
    with pytest.raises(TypeError, match="is not an instance of 'str'"):
        a(bad)
    with pytest.raises(TypeError, match="is not an instance of 'str'"):
        a.terms(bad)
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not "):
        a.map(["نص", bad])


def test_bad_options_and_arguments():
    a = an.Analyzer()
    with pytest.raises(TypeError, match="takes an iterable of str, not a str"):
        a.map("نص")
    with pytest.raises(TypeError, match="not iterable"):
        a.map(5)
    with pytest.raises(ValueError, match="threads must be at least 1"):
        a.map(["نص"], threads=0)
    with pytest.raises(TypeError):
        an.Analyzer(True)  # keyword-only
    with pytest.raises(TypeError, match=r'Analyzer\(\) got an unexpected keyword argument "stemming"'):
        an.Analyzer(stemming=True)
    with pytest.raises(TypeError, match="not an instance of 'bool'"):
        an.Analyzer(stem=1)
    with pytest.raises(TypeError, match='Analyzer option "fold_alef" takes a bool'):
        an.Analyzer(fold_alef="yes")
    with pytest.raises(ValueError, match="preset must be"):
        an.Analyzer(preset="lucene")
    with pytest.raises(ValueError, match="hamza must be"):
        an.Analyzer(hamza="drop")
    with pytest.raises(TypeError, match="protected takes an iterable of str"):
        an.Analyzer(protected="الجزيرة")
    with pytest.raises(TypeError, match="protected words must be str, not int"):
        an.Analyzer(protected=["الجزيرة", 1])
    # normalize() names an unknown option as such too, whatever its value.
    with pytest.raises(TypeError, match=r'normalize\(\) got an unexpected keyword argument "folds"'):
        an.normalize("نص", folds=1)


def _stub_docstrings(*names: str) -> list[tuple[str, str]]:
    """(qualified name, docstring) of the named classes and their methods in the
    installed package's type stubs."""
    stub = pathlib.Path(an.__file__).with_name("_native.pyi")
    found = []
    for node in ast.parse(stub.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef) and node.name in names:
            found.append((node.name, ast.get_docstring(node)))
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and ast.get_docstring(item):
                    found.append((f"{node.name}.{item.name}", ast.get_docstring(item)))
    return found


def test_the_stubs_examples_run():
    docs = _stub_docstrings("Analyzer", "Term")
    assert {"Analyzer", "Analyzer.__init__", "Analyzer.__call__", "Analyzer.terms", "Term"} <= dict(docs).keys()
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    examples = 0
    for name, doc in docs:
        test = parser.get_doctest(doc, {"Analyzer": an.Analyzer}, name, "_native.pyi", 0)
        examples += len(test.examples)
        runner.run(test)
    assert examples >= 10
    assert runner.summarize(verbose=False).failed == 0
