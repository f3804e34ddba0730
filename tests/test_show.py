"""``newsfacts show``: the article with its facts highlighted, numbered and footnoted."""

from __future__ import annotations

import dataclasses
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
import regex
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from views_doc import ARTICLE, build

import newsfacts
from newsfacts.checks import Finding
from newsfacts.cli import cli
from newsfacts.document import Document
from newsfacts.extractors.dates.reading import DateMention
from newsfacts.extractors.money import Conversion, MoneyMention
from newsfacts.extractors.speech.quotes import QuoteMention
from newsfacts.mentions import Span
from newsfacts.page.article import parse_article
from newsfacts.render.html import report
from newsfacts.render.marks import Close, Mark, Open, collect, nest, page_lines
from newsfacts.render.terminal import Piece, render, use_color, wrap

ANSI = regex.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def doc():
    return build()


def _mark(n: int, start: int, end: int, kind: str = "money") -> Mark:
    return Mark(n=n, kind=kind, start=start, end=end, text="", value="", source=None)


def _events(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """Events as a compact string: ``<1`` opens mark 1, ``1>`` closes it at its end, ``1)`` closes a piece."""
    out = []
    for e in nest(text, start, end, marks):
        if isinstance(e, Open):
            out.append(f"<{e.mark.n}" if e.first else f"({e.mark.n}")
        elif isinstance(e, Close):
            out.append(f"{e.mark.n}>" if e.last else f"{e.mark.n})")
        else:
            out.append(e)
    return " ".join(out)


@pytest.mark.parametrize(
    ("marks", "start", "end", "expected"),
    [
        pytest.param([], 0, 7, "abcdefg", id="no-marks"),
        pytest.param([_mark(1, 2, 4)], 0, 7, "ab <1 cd 1> efg", id="one"),
        pytest.param([_mark(1, 0, 7)], 0, 7, "<1 abcdefg 1>", id="whole-range"),
        pytest.param([_mark(1, 0, 6, "quote"), _mark(2, 2, 4)], 0, 7, "<1 ab <2 cd 2> ef 1> g", id="nested"),
        pytest.param([_mark(1, 0, 4), _mark(2, 4, 6)], 0, 7, "<1 abcd 1> <2 ef 2> g", id="adjacent"),
        pytest.param([_mark(1, 0, 4), _mark(2, 2, 6)], 0, 7, "<1 ab <2 cd 2) 1> (2 ef 2> g", id="crossing"),
        pytest.param([_mark(1, 1, 5)], 3, 7, "(1 de 1> fg", id="clipped-start"),
        pytest.param([_mark(1, 1, 5)], 0, 3, "a <1 bc 1)", id="clipped-end"),
        pytest.param([_mark(1, 10, 12)], 0, 7, "abcdefg", id="outside"),
        pytest.param([_mark(1, 2, 4), _mark(2, 2, 4, "date")], 0, 7, "ab <1 <2 cd 2> 1> efg", id="same-span"),
    ],
)
def test_nest(marks, start, end, expected):
    assert _events("abcdefg", start, end, marks) == expected


def _plain(rows) -> list[str]:
    return ["".join(p.text for p in r) for r in rows]


@pytest.mark.parametrize(
    ("pieces", "width", "indent", "expected"),
    [
        pytest.param(
            [Piece("회사 측은 올해 매출이 늘어날 것으로 내다봤다.")],
            20,
            0,
            ["회사 측은 올해", "매출이 늘어날 것으로", "내다봤다."],
            id="hangul-at-spaces",
        ),
        pytest.param(
            [Piece("벤처캐피털로부터투자받았다고")],
            10,
            0,
            ["벤처캐피털", "로부터투자", "받았다고"],
            id="long-word-cut-between-syllables",
        ),
        pytest.param(
            [Piece("가나다 "), Piece("[558만 달러]", atomic=True), Piece("[1]", atomic=True), Piece("를")],
            12,
            0,
            ["가나다", "[558만 달러]", "[1]를"],
            id="marker-never-split",
        ),
        pytest.param([Piece("abc def ghi jkl")], 9, 2, ["abc def", "  ghi jkl"], id="hanging-indent"),
        pytest.param(
            [Piece(unicodedata.normalize("NFD", "한국은행 기준금리"))],
            9,
            0,
            [unicodedata.normalize("NFD", s) for s in ("한국은행", "기준금리")],
            id="decomposed-jamo",
        ),
        pytest.param(
            [Piece(unicodedata.normalize("NFD", "가나다라마바사"))],
            8,
            0,
            [unicodedata.normalize("NFD", s) for s in ("가나다라", "마바사")],
            id="jamo-word-cut-whole",
        ),
    ],
)
def test_wrap(pieces, width, indent, expected):
    assert _plain(wrap(pieces, width, indent)) == expected


@pytest.mark.parametrize("width", [20, 33, 47, 60, 80, 120])
def test_every_line_fits_and_markers_stay_whole(doc, width):
    out = render([doc], width=width)
    for line in out.splitlines():
        assert cell_len(line) <= width, line
    # each fact appears with its marker in one piece on one line
    for m in collect(doc).marks:
        assert f"][{m.n}" in out
    assert "".join(out.split()).count("[558만달러][1]") == 1


def test_plain_view(doc):
    out = render([doc], width=100)
    lines = out.splitlines()
    assert lines[0] == (
        "furiosa.txt · reference date 2025-01-31 · 2 money, 1 rate, 1 percentage, 3 dates, 1 quote · 1 error,"
    )
    assert lines[1] == "1 warning"
    assert "! warning article_wide: no byline found" in lines
    assert (
        "AI 반도체 스타트업 퓨리오사는 미국 벤처캐피털로부터 [558만 달러][1](약 [78억1200만 원][2])를"
        in lines
    )
    assert (
        "[백준호 대표][5]는 “[연구 인력을 두 배로 늘리고 [내년][7]엔 미국에 법인을 세우겠다][6]”고 말했다."
        in lines
    )
    assert (
        "업계는 [지난해][8] 투자 규모가 [250만 달러][9✗](약 [25억 원][10✗])에 그쳤다며 이날 원·달러 환율은"
        in lines
    )
    notes = lines[lines.index("Notes") :]
    assert notes == [
        "Notes",
        " [1] money      558만 달러 → USD 5,580,000 ≈ KRW 7,812,000,000 @ 1,400 · source: 퓨리오사",
        " [2] money      78억1200만 원 → ~KRW 7,812,000,000 (conversion of [1], 1,400 KRW/USD) · source:",
        "                퓨리오사",
        " [3] date       30일 → 2025-01-30 (day, relative) · source: 퓨리오사",
        " [4] percentage 17% → 17% (up, 전년 대비) · source: 회사 측",
        " [5] speaker    백준호 대표 · said [6]",
        " [6] quote      direct quote (말했다) · source: 백준호 대표",
        " [7] date       내년 → 2026 (year, relative) · source: 백준호 대표",
        " [8] date       지난해 → 2024 (year, relative) · source: 업계",
        " [9] money      250만 달러 → USD 2,500,000 ≈ KRW 2,500,000,000 @ 1,000 · source: 업계",
        "                ✗ error conversion_rate: 250만 달러(약 25억 원) implies 1,000 KRW/USD; the article's",  # noqa: E501 (a golden line at width 100)
        "                  other rates are 1,400",
        "[10] money      25억 원 → ~KRW 2,500,000,000 (conversion of [9], 1,000 KRW/USD) · source: 업계",
        "                ✗ error conversion_rate: see [9]",
        "[11] rate       1,400원 → USD/KRW 1,400 · source: 업계",
    ]


def test_page_noise_and_meta_are_shown_and_dimmed(doc):
    roles = {doc.text[ln.start : ln.end]: ln.role for ln in page_lines(doc)}
    assert roles["입력 2025.01.31 03:00"] == "dateline"
    assert roles["AI 반도체 스타트업 퓨리오사, 558만 달러 투자 유치"] == "headline"
    assert roles["좋아요 3"] == roles["대단하네요 100% 응원합니다"] == "noise"
    colored = render([doc], width=100, color=True)
    assert "\x1b[2m좋아요 3\x1b[0m" in colored
    assert "\x1b[2m입력 2025.01.31 03:00\x1b[0m" in colored


@pytest.mark.parametrize(
    ("needle", "code"),
    [
        pytest.param("558만 달러\x1b[0m\x1b[1;30;43m¹", "30;43", id="money-on-yellow-with-superscript"),
        pytest.param("17%\x1b[0m\x1b[1;30;46m⁴", "30;46", id="percentage-on-cyan"),
        pytest.param("30일\x1b[0m\x1b[1;30;42m³", "30;42", id="date-on-green"),
        pytest.param("백준호 대표⁵", "1;35", id="speaker-magenta"),
        pytest.param("250만 달러\x1b[0m\x1b[1;31;43m⁹", "1;31;43", id="error-fact-in-red"),
        pytest.param("✗ error", "1;31", id="error-red"),
        pytest.param("! warning", "33", id="warning-yellow"),
    ],
)
def test_color_view(doc, needle, code):
    assert f"\x1b[{code}m{needle}" in render([doc], width=100, color=True)


def test_figure_inside_a_quote_keeps_its_colour(doc):
    out = render([doc], width=100, color=True)
    assert "\x1b[3;30;42m내년\x1b[0m\x1b[1;30;42m⁷" in out  # italic (the quote) and the date's green


def test_mentions_out_of_bounds_are_skipped_not_fatal(doc):
    broken = dataclasses.replace(doc.money[0], start=10_000, end=10_007)
    bad = dataclasses.replace(doc, money=(broken, doc.money[1]))
    out = render([bad], width=80)
    assert "[250만 달러][" in out and "558만 달러 →" not in out


def test_only_limits_the_marks(doc):
    out = render([doc], ("dates",), width=100)
    assert "[30일][1]" in out and "[558만 달러]" not in out and "✗ error" not in out


@pytest.mark.parametrize(
    ("choice", "env", "tty", "expected"),
    [
        pytest.param(None, {}, True, True, id="terminal"),
        pytest.param(None, {}, False, False, id="piped"),
        pytest.param(None, {"NO_COLOR": "1"}, True, False, id="NO_COLOR"),
        pytest.param(None, {"NO_COLOR": ""}, True, True, id="NO_COLOR-empty-is-unset"),
        pytest.param(False, {}, True, False, id="--no-color"),
        pytest.param(True, {"NO_COLOR": "1"}, False, True, id="--color-wins"),
    ],
)
def test_use_color(monkeypatch, choice, env, tty, expected):
    monkeypatch.delenv("NO_COLOR", raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)

    class Stream:
        def isatty(self) -> bool:
            return tty

    assert use_color(choice, Stream()) is expected


@pytest.fixture()
def article_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    ("args", "env", "has_ansi"),
    [
        pytest.param([], {}, False, id="piped-plain"),
        pytest.param(["--color"], {}, True, id="--color"),
        pytest.param(["--color", "--no-color"], {}, False, id="--no-color-last-wins"),
        pytest.param(["--pager"], {"PAGER": "cat"}, False, id="--pager"),
        pytest.param([], {"NO_COLOR": "1"}, False, id="NO_COLOR"),
        pytest.param(["--color"], {"NO_COLOR": "1"}, True, id="--color-beats-NO_COLOR"),
    ],
)
def test_show_command(article_file, args, env, has_ansi):
    result = CliRunner().invoke(cli, ["show", str(article_file), *args], env={"COLUMNS": "70", **env})
    assert result.exit_code == 0, result.output
    assert ("\x1b[" in result.output) is has_ansi
    if has_ansi:
        assert "\x1b[30;43m" in result.output  # colours, not only bold and italics
    assert "AI 반도체 스타트업 퓨리오사, " in result.output and "좋아요 3" in result.output
    assert all(cell_len(line) <= 70 for line in ANSI.sub("", result.output).splitlines()), [
        line for line in ANSI.sub("", result.output).splitlines() if cell_len(line) > 70
    ]


def test_show_missing_file_is_an_input_error(tmp_path):
    result = CliRunner().invoke(cli, ["show", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert result.output.strip().endswith("missing.txt: no such file")


def test_show_help_names_every_option():
    out = CliRunner().invoke(cli, ["show", "--help"]).output
    for option in ("--no-color", "--pager", "--html", "--db", "--excel", "--only", "--date", "--keep-noise"):
        assert option in out


# --- properties -------------------------------------------------------------------------------


@st.composite
def text_and_spans(draw):
    text = draw(st.text(min_size=1, max_size=60))
    spans = draw(
        st.lists(st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))), max_size=6).map(
            lambda pairs: [(a, b) for a, b in pairs if a < b]
        )
    )
    return text, spans


@given(text_and_spans(), st.integers(0, 59), st.integers(1, 60))
def test_nest_rebuilds_the_text_and_stays_well_nested(case, start, end):
    text, spans = case
    end = min(end, len(text))
    start = min(start, end)
    marks = [_mark(n, a, b) for n, (a, b) in enumerate(spans, 1)]
    stack, pieces, lasts = [], [], []
    for e in nest(text, start, end, marks):
        if isinstance(e, Open):
            stack.append(e.mark.n)
        elif isinstance(e, Close):
            assert stack.pop() == e.mark.n  # closes the innermost open mark: valid HTML
            if e.last:
                lasts.append(e.mark.n)
        else:
            pieces.append(e)
    assert stack == []
    assert "".join(pieces) == text[start:end]
    inside = [m.n for m in marks if m.start < end and m.end > start and m.end <= end]
    assert sorted(lasts) == sorted(inside)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_and_spans(), st.integers(20, 120))
def test_any_text_renders_within_the_width(case, width):
    text, spans = case
    dates = tuple(
        DateMention(text=text[a:b], start=a, end=b, sentence=0, value=None, grain="day") for a, b in spans
    )
    doc = Document(article=parse_article(text), dates=dates)
    plain = render([doc], width=width)
    assert "\x1b" not in plain  # the article's own control characters never reach the terminal
    colored = ANSI.sub("", render([doc], width=width, color=True))
    assert "\x1b" not in colored
    for out in (plain, colored):
        assert all(cell_len(line) <= width for line in out.splitlines())


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param(
            "경고\x1b[2J\x1b]0;title\x07 문장이다.", "경고�[2J�]0;title� 문장이다.", id="escape-sequences"
        ),
        pytest.param("탭\t문자\x00널", "탭 문자�널", id="tab-and-nul"),
    ],
)
def test_control_characters_are_shown_not_obeyed(text, shown):
    doc = Document(article=parse_article(text))
    assert shown in render([doc], width=80, color=True)


# --- real extraction ------------------------------------------------------------------------

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))


def _innermost_marked(doc: Document, out: str) -> None:
    """Every fact with no other fact inside it is written ``[text][n]`` (spaces aside: lines wrap)."""
    flat = "".join(out.split())
    marks = collect(doc).marks
    assert marks, "the extractors found nothing to show"
    for m in marks:
        if any(o is not m and m.start <= o.start and o.end <= m.end for o in marks):
            continue
        # a fact a finding touches carries its sign: [558만 달러][15~] for the seed's market_rate note
        assert any(
            "[" + "".join(m.text.split()) + f"][{m.n}{sign}]" in flat for sign in ("", "✗", "!", "~")
        ), m


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_samples_through_extract(sample):
    doc = newsfacts.extract(sample.read_text("utf-8"), source=sample.name)
    out = render([doc], width=90)
    _innermost_marked(doc, out)
    assert all(cell_len(line) <= 90 for line in out.splitlines())


def test_seed_article_through_extract(seed_text):
    doc = newsfacts.extract(seed_text, source="seed.txt")
    out = render([doc], width=100)
    _innermost_marked(doc, out)
    assert "558만 달러 → USD 5,580,000 ≈ KRW 7,812,000,000 @ 1,400" in out
    # the reader comments are shown, dimmed, and nothing in them is marked
    noise = doc.article.noise_start
    assert noise is not None and all(m.end <= noise for m in collect(doc).marks)
    colored = render([doc], width=100, color=True)
    assert "\x1b[2m댓글 3\x1b[0m" in colored


@pytest.mark.parametrize(("kind", "code"), [("direct", "3;94"), ("indirect", "3")])
def test_reported_claims_are_quieter_than_direct_quotes(doc, kind, code):
    quote = dataclasses.replace(doc.quotes[0], kind=kind)
    out = render([dataclasses.replace(doc, quotes=(quote,))], width=100, color=True)
    assert f"\x1b[{code}m연구 인력을 두 배로 늘리고 \x1b[0m" in out


@st.composite
def any_document(draw):
    """Arbitrary text with facts of every kind on arbitrary spans, overlapping or not."""
    text = draw(st.text(min_size=1, max_size=50))
    top = len(text)

    def span():
        a = draw(st.integers(0, top - 1))
        return a, draw(st.integers(a + 1, top))

    money = []
    for _ in range(draw(st.integers(0, 3))):
        (a, b), (c, d) = span(), span()
        conv = Conversion(text=text[c:d], start=c, end=d, value=Decimal(7), currency="KRW")
        money.append(
            MoneyMention(
                text=text[a:b], start=a, end=b, sentence=0, value=Decimal(5), currency="USD",
                conversion=draw(st.sampled_from([None, conv])), implied_rate=Decimal("1.4"),
            )
        )  # fmt: skip
    quotes = []
    for _ in range(draw(st.integers(0, 3))):
        (a, b), (c, d) = span(), span()
        kind = draw(st.sampled_from(["direct", "indirect"]))
        quotes.append(
            QuoteMention(
                text=text[a:b], start=a, end=b, sentence=0, kind=kind,
                speaker=text[c:d], speaker_start=c, speaker_end=d,
            )
        )  # fmt: skip
    checks = []
    for _ in range(draw(st.integers(0, 2))):
        spans = tuple(
            Span(text=text[a:b], start=a, end=b) for a, b in [span() for _ in range(draw(st.integers(0, 2)))]
        )
        severity = draw(st.sampled_from(["error", "warning"]))
        checks.append(Finding(kind="k", severity=severity, message="m", spans=spans))
    return Document(
        article=parse_article(text), money=tuple(money), quotes=tuple(quotes), checks=tuple(checks)
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_document(), st.integers(20, 100))
def test_any_facts_on_any_text_render_everywhere(doc, width):
    marks = collect(doc).marks
    assert [m.n for m in marks] == list(range(1, len(marks) + 1))
    for color in (False, True):
        out = ANSI.sub("", render([doc], width=width, color=color))
        assert all(cell_len(line) <= width for line in out.splitlines())
    assert report([doc]).endswith("</html>\n")


def _finding_with(doc, *needles_and_nth, sentence_of=None):
    spans = []
    for needle, nth in needles_and_nth:
        start = -1
        for _ in range(nth + 1):
            start = doc.text.index(needle, start + 1)
        spans.append(Span(text=needle, start=start, end=start + len(needle)))
    sentence = doc.article.sentence_at(spans[0].start).index if sentence_of is None else sentence_of
    return Finding(
        kind="conversion_rate", severity="error", message="m", spans=tuple(spans), sentence=sentence
    )


@pytest.mark.parametrize(
    ("spans", "flagged", "compared"),
    [
        pytest.param([("250만 달러", 0), ("25억 원", 0)], ["250만 달러", "25억 원"], [], id="own-sentence"),
        pytest.param([("250만 달러", 0), ("25억 원", 0), ("558만 달러", 1), ("78억1200만 원", 0)],
                     ["250만 달러", "25억 원"], ["558만 달러", "78억1200만 원"], id="others-only-compared"),
        pytest.param([("내년", 0)], ["내년"], [], id="figure-in-a-quote-flags-the-figure-not-the-quote"),
        pytest.param([("두 배로 늘리고 내년", 0)], ["내년"], [], id="span-over-a-figure-flags-the-figure"),
        pytest.param([("법인", 0)], ["연구 인력을 두 배로 늘리고 내년엔 미국에 법인을 세우겠다"], [],
                     id="innermost-fact-around-the-span"),
    ],
)  # fmt: skip
def test_findings_flag_their_own_facts_and_only_cite_the_others(doc, spans, flagged, compared):
    finding = _finding_with(doc, *spans)
    marks = collect(dataclasses.replace(doc, checks=(finding,))).marks
    assert [m.text for m in marks if m.findings] == flagged
    assert [m.text for m in marks if m.cited] == compared


def test_cited_facts_say_where_the_finding_is(doc):
    finding = _finding_with(doc, ("250만 달러", 0), ("25억 원", 0), ("558만 달러", 1))
    out = render([dataclasses.replace(doc, checks=(finding,))], width=100)
    assert "[558만 달러][1](약" in out and "[250만 달러][9✗]" in out
    notes = out[out.index("Notes") :].splitlines()
    assert notes[2] == "                compared in conversion_rate (see [9])"
