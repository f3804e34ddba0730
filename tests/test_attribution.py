"""Figures tied to the quote, claim or 따르면 source they sit in (issue 5)."""

from __future__ import annotations

import dataclasses

import pytest

import newsfacts
from newsfacts.extractors.attribution import attribute
from newsfacts.extractors.dates.reading import DateMention
from newsfacts.extractors.speech.reading import extract_quotes
from newsfacts.page.article import parse_article


def sources(text: str, kind: str) -> list[tuple[str, str | None]]:
    doc = newsfacts.extract(text)
    return [(m.text, m.attributed_to) for m in doc.mentions(kind)]


CASES = [
    pytest.param(
        "통계청에 따르면 지난달 소비자물가는 2.1% 올랐다.", "percentages", [("2.1%", "통계청")], id="따르면"
    ),
    pytest.param(
        "김 장관은 23일 “물가가 3% 올랐다”고 말했다.", "percentages", [("3%", "김 장관")], id="direct-quote"
    ),
    pytest.param(
        "한국은행은 올해 경제성장률이 1.9%에 그칠 것으로 내다봤다.",
        "percentages",
        [("1.9%", "한국은행")],
        id="forecast-claim",
    ),
    pytest.param(
        "삼성전자는 올해 투자를 50조 원으로 늘릴 것으로 알려졌다.",
        "money",
        [("50조 원", None)],
        id="알려졌다-no-speaker",
    ),
    pytest.param("코스피는 전 거래일보다 1.2% 올랐다.", "percentages", [("1.2%", None)], id="paper-own"),
    pytest.param(
        "관세청에 따르면 1월 수출은 10% 줄었다. 수입도 5% 감소했다.",
        "percentages",
        [("10%", "관세청"), ("5%", "관세청")],
        id="parallel-도-sentence",
    ),
    pytest.param(
        "관세청에 따르면 1월 수출은 10% 줄었다. 또 무역적자는 20억 달러로 집계됐다.",
        "money",
        [("20억 달러", "관세청")],
        id="parallel-또-sentence",
    ),
    pytest.param(
        "관세청에 따르면 1월 수출은 10% 줄었다. 정부는 대책을 내놨다. 수입은 5% 늘었다.",
        "percentages",
        [("10%", "관세청"), ("5%", None)],
        id="source-does-not-run-on",
    ),
    pytest.param(
        "관세청에 따르면 1월 수출은 10% 줄었다.\n수입도 5% 감소했다.",
        "percentages",
        [("10%", "관세청"), ("5%", None)],
        id="source-stops-at-paragraph",
    ),
    pytest.param(
        "블룸버그통신은 애플이 신제품을 낸다고 보도했다. 이 매체는 “판매가 20% 늘 것”이라고 전했다.",
        "percentages",
        [("20%", "블룸버그통신")],
        id="resolved-reference",
    ),
    pytest.param(
        "이 대표는 “558만 달러(약 78억 원)를 썼다”고 말했다.",
        "money",
        [("558만 달러", "이 대표")],
        id="money-in-quote",
    ),
    pytest.param(
        "정부는 23일 추경 규모가 12조 원이라고 밝혔다.",
        "money",
        [("12조 원", "정부")],
        id="money-in-claim",
    ),
    pytest.param(
        "김 장관은 “금리가 내린다”고 말했다. 이날 코스피는 2% 올랐다.",
        "percentages",
        [("2%", None)],
        id="after-the-quote-not-attributed",
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), CASES)
def test_attribution(text: str, kind: str, expected: list[tuple[str, str | None]]) -> None:
    assert sources(text, kind) == expected


@dataclasses.dataclass(frozen=True, kw_only=True)
class Bare:
    """What attribution may rely on, and nothing else."""

    text: str
    start: int
    end: int
    sentence: int
    attributed_to: str | None = None


def _bare(article, key: str, figure: str) -> Bare:
    start = article.text.index(key) + key.index(figure)
    sentence = article.sentence_at(start)
    assert sentence is not None
    return Bare(text=figure, start=start, end=start + len(figure), sentence=sentence.index)


def test_attribute_needs_only_offsets() -> None:
    article = parse_article("김 장관은 “내년 1월에 시행한다”고 말했다. 시행일은 1월 2일이다.")
    quotes = extract_quotes(article)
    first, second = _bare(article, "내년 1월에", "내년 1월"), _bare(article, "1월 2일이다", "1월 2일")
    out = attribute(article, quotes, [first, second])
    assert [m.attributed_to for m in out] == ["김 장관", None]
    assert out[1] is second  # unchanged mentions are passed through
    assert first.attributed_to is None  # the input is not mutated


def test_attribute_without_quotes_returns_input() -> None:
    article = parse_article("시행일은 1월 2일이다.")
    mention = _bare(article, "1월 2일", "1월 2일")
    assert attribute(article, [], [mention]) == [mention]


# --- the seed article ------------------------------------------------------------------------


def test_seed_techcrunch_figures(seed_text: str) -> None:
    doc = newsfacts.extract(seed_text)
    after = seed_text.index("테크크런치에 따르면")
    para_end = seed_text.index("\n", after)
    attributed = [(p.text, p.attributed_to) for p in doc.percentages if after < p.start < para_end]
    assert attributed == [
        ("79.8%", "테크크런치"),
        ("79.2%", "테크크런치"),
        ("65.9%", "테크크런치"),
        ("63.4%", "테크크런치"),
    ]


def test_seed_claims_and_own_figures(seed_text: str) -> None:
    doc = newsfacts.extract(seed_text)
    money = {(m.text, m.start): m.attributed_to for m in doc.money}
    first_cost = seed_text.index("558만 달러")
    assert money[("558만 달러", first_cost)] == "딥시크"  # '…개발했다고 공개했다', the company's claim
    assert money[("약 6000억 달러", seed_text.index("약 6000억 달러"))] is None  # the paper's own
    percents = {p.start: p.attributed_to for p in doc.percentages}
    assert percents[seed_text.index("17%")] is None
    claimed = seed_text.index("5.6%에 불과하다")
    assert percents[claimed] == "딥시크"  # '딥시크의 주장에 따르면'


@pytest.mark.parametrize(
    ("key", "figure", "expected"),
    [
        ("2022년 개발해 상대적으로 구형인 ‘H800’ 반도체만으로", "2022년", "딥시크"),
        ("29일(현지 시간) 보도했다", "29일", None),
        ("27일 뉴욕 증시를", "27일", None),
        ("29일 새 AI 모델", "29일", None),
    ],
    ids=["in-claim", "date-of-report", "paper-own", "paper-own-2"],
)
def test_seed_dates_hand_built(seed_text: str, key: str, figure: str, expected: str | None) -> None:
    article = parse_article(seed_text)
    bare = _bare(article, key, figure)
    date = DateMention(
        text=bare.text, start=bare.start, end=bare.end, sentence=bare.sentence, value=None, grain="day"
    )
    [out] = attribute(article, extract_quotes(article), [date])
    assert out.attributed_to == expected
