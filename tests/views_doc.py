"""A hand-built Document for the view tests: an article written for them, its facts at real offsets.

The views must not depend on what the extractors find today, so these tests build the mentions
themselves; tests that go through ``newsfacts.extract`` live beside them.
"""

from __future__ import annotations

from decimal import Decimal

from newsfacts.checks import Finding
from newsfacts.document import Document
from newsfacts.extractors.dates.reading import DateMention
from newsfacts.extractors.exchange_rates import RateMention
from newsfacts.extractors.money import Conversion, MoneyMention
from newsfacts.extractors.percentages import PercentMention
from newsfacts.extractors.speech.quotes import QuoteMention
from newsfacts.mentions import Span
from newsfacts.page.article import parse_article

ARTICLE = """\
AI 반도체 스타트업 퓨리오사, 558만 달러 투자 유치
입력 2025.01.31 03:00

AI 반도체 스타트업 퓨리오사는 미국 벤처캐피털로부터 558만 달러(약 78억1200만 원)를 투자받았다고 30일 밝혔다.
회사 측은 올해 매출이 전년 대비 17% 늘어날 것으로 내다봤다.
백준호 대표는 “연구 인력을 두 배로 늘리고 내년엔 미국에 법인을 세우겠다”고 말했다.
업계는 지난해 투자 규모가 250만 달러(약 25억 원)에 그쳤다며 이날 원·달러 환율은 1,400원이었다고 전했다.

좋아요 3
댓글 2
2025.01.31 09:12
대단하네요 100% 응원합니다
"""


def _at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _span(text: str, needle: str, nth: int = 0) -> Span:
    s, e = _at(text, needle, nth)
    return Span(text=needle, start=s, end=e)


def build(text: str = ARTICLE) -> Document:
    """The facts of ``ARTICLE`` as the extractors are meant to find them."""
    article = parse_article(text, source="furiosa.txt")

    def sent(offset: int) -> int:
        s = article.sentence_at(offset)
        assert s is not None, f"offset {offset} is in no sentence"
        return s.index

    m1 = _at(text, "558만 달러", 1)
    c1 = _at(text, "78억1200만 원")
    m2 = _at(text, "250만 달러")
    c2 = _at(text, "25억 원")
    money = (
        MoneyMention(
            text="558만 달러",
            start=m1[0],
            end=m1[1],
            sentence=sent(m1[0]),
            value=Decimal(5580000),
            currency="USD",
            conversion=Conversion(
                text="78억1200만 원",
                start=c1[0],
                end=c1[1],
                value=Decimal(7812000000),
                currency="KRW",
                approx=True,
            ),
            implied_rate=Decimal(1400),
            attributed_to="퓨리오사",
        ),
        MoneyMention(
            text="250만 달러",
            start=m2[0],
            end=m2[1],
            sentence=sent(m2[0]),
            value=Decimal(2500000),
            currency="USD",
            conversion=Conversion(
                text="25억 원", start=c2[0], end=c2[1], value=Decimal(2500000000), currency="KRW", approx=True
            ),
            implied_rate=Decimal(1000),
            attributed_to="업계",
        ),
    )
    r = _at(text, "1,400원")
    rates = (
        RateMention(
            text="1,400원",
            start=r[0],
            end=r[1],
            sentence=sent(r[0]),
            base="USD",
            quote="KRW",
            value=Decimal(1400),
            attributed_to="업계",
        ),
    )
    p = _at(text, "17%")
    percentages = (
        PercentMention(
            text="17%",
            start=p[0],
            end=p[1],
            sentence=sent(p[0]),
            value=Decimal(17),
            unit="percent",
            direction="up",
            comparison="전년 대비",
            attributed_to="회사 측",
        ),
    )
    d1, d2, d3 = _at(text, "30일"), _at(text, "내년"), _at(text, "지난해")
    dates = (
        DateMention(
            text="30일",
            start=d1[0],
            end=d1[1],
            sentence=sent(d1[0]),
            value="2025-01-30",
            grain="day",
            relative=True,
            attributed_to="퓨리오사",
        ),
        DateMention(
            text="내년",
            start=d2[0],
            end=d2[1],
            sentence=sent(d2[0]),
            value="2026",
            grain="year",
            relative=True,
            attributed_to="백준호 대표",
        ),
        DateMention(
            text="지난해",
            start=d3[0],
            end=d3[1],
            sentence=sent(d3[0]),
            value="2024",
            grain="year",
            relative=True,
            attributed_to="업계",
        ),
    )
    q = _at(text, "연구 인력을 두 배로 늘리고 내년엔 미국에 법인을 세우겠다")
    sp = _at(text, "백준호 대표")
    quotes = (
        QuoteMention(
            text=text[q[0] : q[1]],
            start=q[0],
            end=q[1],
            sentence=sent(q[0]),
            kind="direct",
            speaker="백준호 대표",
            speaker_start=sp[0],
            speaker_end=sp[1],
            speaker_mention="백준호 대표",
            verb="말했다",
        ),
    )
    checks = (
        Finding(
            kind="conversion_rate",
            severity="error",
            message="250만 달러(약 25억 원) implies 1,000 KRW/USD; the article's other rates are 1,400",
            spans=(_span(text, "250만 달러"), _span(text, "25억 원")),
            sentence=sent(m2[0]),
        ),
        Finding(kind="article_wide", severity="warning", message="no byline found", spans=()),
    )
    return Document(
        article=article,
        money=money,
        rates=rates,
        percentages=percentages,
        dates=dates,
        quotes=quotes,
        checks=checks,
    )


XSS_ARTICLE = """\
<script>alert("headline")</script> 삼성 558만 달러 수주
입력 2025.01.31 03:00

회사 측은 "><img src=x onerror=alert(1)> 계약 규모가 558만 달러라고 밝혔다.
김 대표는 “<b>굵게</b> & ‘따옴표’ </mark><script>alert(2)</script>”라고 말했다.
"""


def build_xss() -> Document:
    """An article whose text is markup, with facts inside and around the markup."""
    text = XSS_ARTICLE
    article = parse_article(text, source='<x onerror="alert(3)">.txt')
    m = _at(text, "558만 달러", 1)
    q = _at(text, "<b>굵게</b> & ‘따옴표’ </mark><script>alert(2)</script>")
    sp = _at(text, "김 대표")
    sent = article.sentence_at
    return Document(
        article=article,
        money=(
            MoneyMention(
                text="558만 달러",
                start=m[0],
                end=m[1],
                sentence=sent(m[0]).index,
                value=Decimal(5580000),
                currency="USD",
                attributed_to='"><img src=x onerror=alert(4)>',
            ),
        ),
        quotes=(
            QuoteMention(
                text=text[q[0] : q[1]],
                start=q[0],
                end=q[1],
                sentence=sent(q[0]).index,
                kind="direct",
                speaker="김 대표",
                speaker_start=sp[0],
                speaker_end=sp[1],
                verb="말했다",
            ),
        ),
        checks=(
            Finding(
                kind="x<script>",
                severity="error",
                message='<img src=x onerror="alert(5)">',
                spans=(Span(text="558만 달러", start=m[0], end=m[1]),),
            ),
        ),
    )
