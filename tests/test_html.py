"""The HTML report: self-contained, every fact a highlighted element, every piece of text escaped."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from views_doc import ARTICLE, XSS_ARTICLE, build, build_xss

import newsfacts
from newsfacts.cli import cli
from newsfacts.document import Document
from newsfacts.extractors.dates.reading import DateMention
from newsfacts.page.article import parse_article
from newsfacts.render.html import FONT_STACK, report
from newsfacts.render.marks import collect, page_lines

#: every element the report may contain; anything else would come from the article
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "section", "article", "nav",
    "ol", "ul", "li", "b", "code", "span", "mark", "sup", "a", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip


class Page(HTMLParser):
    """The elements of a report, and the text of every <mark> without its footnote numbers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[dict[str, object]] = []
        self._open: list[dict[str, object]] = []  # marks being read
        self._stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in ("meta",):
            return
        self._stack.append(tag)
        if tag == "mark" and "data-n" in a:
            m = {"n": int(a["data-n"]), "kind": a["data-kind"], "title": a.get("title"), "text": ""}
            self.marks.append(m)
            self._open.append(m)

    def handle_endtag(self, tag):
        while self._stack:
            top = self._stack.pop()
            if top == "mark" and self._open:
                self._open.pop()
            if top == tag:
                break

    def handle_data(self, data):
        self.text.append(data)
        if "sup" in self._stack or "style" in self._stack:
            return
        for m in self._open:
            m["text"] += data  # type: ignore[operator]


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


@pytest.fixture(scope="module")
def doc():
    return build()


@pytest.fixture(scope="module")
def page(doc):
    return parse(report([doc]))


def _marks_by_number(page: Page) -> dict[int, dict[str, object]]:
    """A mark split around a crossing one appears several times; join its pieces."""
    joined: dict[int, dict[str, object]] = {}
    for m in page.marks:
        if m["n"] in joined:
            joined[m["n"]]["text"] += m["text"]  # type: ignore[operator]
        else:
            joined[m["n"]] = dict(m)
    return joined


def test_every_fact_is_a_highlighted_element(doc, page):
    marks = _marks_by_number(page)
    expected = collect(doc).marks
    assert len(marks) == len(expected) == 11
    for m in expected:
        assert marks[m.n]["kind"] == m.kind
        assert marks[m.n]["text"] == m.text == doc.text[m.start : m.end]
    kinds = {(m["kind"], m["text"]) for m in marks.values()}
    for kind in ("money", "rates", "percentages", "dates", "quotes"):
        for mention in doc.mentions(kind):
            assert any(text == mention.text for _, text in kinds), mention


@pytest.mark.parametrize(
    ("n", "title"),
    [
        pytest.param(1, "[1] money: 558만 달러 → USD 5,580,000 ≈ KRW 7,812,000,000 @ 1,400\nsource: 퓨리오사",
                     id="money-value-and-source"),
        pytest.param(6, "[6] quote: direct quote (말했다)\nsource: 백준호 대표", id="quote-speaker"),
        pytest.param(9, "[9] money: 250만 달러 → USD 2,500,000 ≈ KRW 2,500,000,000 @ 1,000\nsource: 업계\n"
                        "error: conversion_rate: 250만 달러(약 25억 원) implies 1,000 KRW/USD; "
                        "the article's other rates are 1,400", id="finding-in-hover"),
    ],
)  # fmt: skip
def test_hover_shows_value_and_source(page, n, title):
    assert _marks_by_number(page)[n]["title"] == title


def test_self_contained(doc):
    html = report([doc])
    for banned in ("http://", "https://", "src=", "<script", "<link", "@import", "url(", "<img", "<iframe"):
        assert banned not in html, banned
    tags = parse(html).tags
    csp = [a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp == ["default-src 'none'; style-src 'unsafe-inline'; img-src data:"]
    assert {t for t, _ in tags} <= ALLOWED_TAGS


@pytest.mark.parametrize(
    "font",
    ['"Noto Sans CJK KR"', '"Apple SD Gothic Neo"', '"Malgun Gothic"', '"NanumGothic"', "sans-serif"],
    ids=["linux", "macos", "windows", "older-linux", "fallback"],
)
def test_hangul_font_stack_for_every_desktop(doc, font):
    html = report([doc])
    assert f"font-family: {FONT_STACK};" in html and font in FONT_STACK
    assert '<html lang="ko">' in html and '<meta charset="utf-8">' in html


def test_findings_come_first_errors_before_warnings(doc):
    html = report([doc])
    findings, article = html.index('<section class="findings">'), html.index('<section class="text">')
    assert findings < article
    block = html[findings:article]
    assert block.index("sev-error") < block.index("sev-warning")
    assert '<a href="#d1-m9">[9]</a> <a href="#d1-m10">[10]</a>' in block


def test_one_table_per_kind(doc):
    html = report([doc])
    for field, count in (("money", 2), ("rates", 1), ("percentages", 1), ("dates", 3), ("quotes", 1)):
        assert f'id="t1-{field}">' in html
        assert f"({count})</h3>" in html


def test_clean_article_says_so():
    doc = build()
    from dataclasses import replace

    html = report([replace(doc, checks=())])
    assert '<section class="findings clean"><b>No findings.</b></section>' in html


# --- escaping ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def xss_html():
    return report([build_xss()])


def test_markup_in_the_article_is_text_not_elements(xss_html):
    page = parse(xss_html)
    assert {t for t, _ in page.tags} <= ALLOWED_TAGS  # no <script>, <img>, <b> from the article
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
    text = "".join(page.text)
    assert '<script>alert("headline")</script> 삼성 558만 달러 수주' in text
    assert '회사 측은 "><img src=x onerror=alert(1)> 계약 규모가' in text
    assert "김 대표는 “<b>굵게</b> & ‘따옴표’ </mark><script>alert(2)</script>”라고 말했다." in text


def test_markup_in_a_fact_and_its_hover_is_escaped(xss_html):
    marks = _marks_by_number(parse(xss_html))
    quote = next(m for m in marks.values() if m["kind"] == "quote")
    assert quote["text"] == "<b>굵게</b> & ‘따옴표’ </mark><script>alert(2)</script>"
    money = next(m for m in marks.values() if m["kind"] == "money")
    assert 'source: "><img src=x onerror=alert(4)>' in money["title"]  # type: ignore[operator]
    assert 'error: x<script>: <img src=x onerror="alert(5)">' in money["title"]  # type: ignore[operator]


def test_source_name_is_escaped(xss_html):
    assert "<title>newsfacts · &lt;x onerror=&quot;alert(3)&quot;&gt;.txt</title>" in xss_html


# --- command line ---------------------------------------------------------------------------


@pytest.fixture()
def files(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text(XSS_ARTICLE, encoding="utf-8")
    return a, b


def test_format_html_on_extract(files):
    result = CliRunner().invoke(cli, ["extract", str(files[0]), "-f", "html"])
    assert result.exit_code == 0
    assert result.output.startswith("<!DOCTYPE html>") and result.output.endswith("</html>\n")
    text = "".join(parse(result.output).text)
    assert "회사 측은 올해 매출이 전년 대비 " in text and "좋아요 3" in text


def test_show_html_writes_the_file_and_says_so(files, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["show", *map(str, files), "--html", str(out)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"newsfacts: wrote {out} (2 documents)\n"
    html = out.read_text("utf-8")
    assert html.count('<article class="doc"') == 2 and html.count("<!DOCTYPE html>") == 1
    assert "&lt;script&gt;" in html and "<script" not in html


def test_html_with_a_format_also_prints(files, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["extract", str(files[0]), "--html", str(out), "-f", "json"])
    assert result.exit_code == 0
    assert result.stdout.lstrip().startswith("{") and out.exists()


def test_unwritable_html_path_is_an_input_error(files, tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(files[0]), "--html", str(tmp_path / "no" / "r.html")])
    assert result.exit_code == 2
    assert result.stderr.startswith("newsfacts: error: ") and "r.html: cannot write" in result.stderr


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=60), st.data())
def test_any_text_any_marks_give_valid_escaped_html(text, data):
    top = len(text)
    pairs = data.draw(st.lists(st.tuples(st.integers(0, top - 1), st.integers(1, top)), max_size=5))
    spans = [(a, b) for a, b in pairs if a < b]
    dates = tuple(
        DateMention(text=text[a:b], start=a, end=b, sentence=0, value=None, grain="day") for a, b in spans
    )
    doc = Document(article=parse_article(text), dates=dates)
    page = parse(report([doc]))
    assert {t for t, _ in page.tags} <= ALLOWED_TAGS
    marks = _marks_by_number(page)
    lines = [ln for ln in page_lines(doc) if ln.role != "blank"]
    for m in collect(doc).marks:
        # the page is shown line by line, so a mark over a line break shows its pieces on each line
        pieces = [text[max(m.start, ln.start) : min(m.end, ln.end)] for ln in lines]
        expected = "".join(
            p for ln, p in zip(lines, pieces, strict=True) if m.start < ln.end and m.end > ln.start
        )
        assert marks.get(m.n, {"text": ""})["text"] == expected


# --- real extraction ------------------------------------------------------------------------

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))


def _every_mention_marked(doc: Document, html: str) -> None:
    marks = _marks_by_number(parse(html))
    expected = collect(doc).marks
    assert expected, "the extractors found nothing to show"
    assert len(marks) == len(expected)
    for m in expected:
        assert (marks[m.n]["kind"], marks[m.n]["text"]) == (m.kind, m.text)


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_samples_through_extract(sample):
    doc = newsfacts.extract(sample.read_text("utf-8"), source=sample.name)
    _every_mention_marked(doc, report([doc]))


def test_seed_article_through_extract(seed_text):
    doc = newsfacts.extract(seed_text, source="seed.txt")
    html = report([doc])
    _every_mention_marked(doc, html)
    assert "] money: 558만 달러 → USD 5,580,000 ≈ KRW 7,812,000,000 @ 1,400" in html


def test_without_checks_there_is_no_findings_box(doc):
    html = report([doc], ("money", "dates"))
    assert 'class="findings' not in html
    assert 'id="t1-money"' in html and 'id="t1-quotes"' not in html


@pytest.mark.parametrize(
    ("kind", "css"), [("direct", "k-quote q-direct"), ("indirect", "k-quote q-indirect")]
)
def test_direct_quotes_and_reported_claims_look_different(doc, kind, css):
    from dataclasses import replace

    quote = replace(doc.quotes[0], kind=kind)
    html = report([replace(doc, quotes=(quote,))])
    assert f'<mark class="{css}" id="d1-m6" data-n="6" data-kind="quote"' in html
