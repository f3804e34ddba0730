"""Percentages and percentage points, their direction and what they are compared with."""

from __future__ import annotations

from decimal import Decimal

import pytest

import newsfacts
from newsfacts.extractors.percentages import PERCENT, POINT
from newsfacts.lexicon import load

D = Decimal


def p(
    text, value, unit=PERCENT, *, approx=False, range=None, qualifier=None, direction=None, comparison=None
):
    return {
        "text": text,
        "value": None if value is None else D(str(value)),
        "unit": unit,
        "approx": approx,
        "range": None if range is None else tuple(D(str(x)) for x in range),
        "qualifier": qualifier,
        "direction": direction,
        "comparison": comparison,
    }


def seen(doc):
    out = []
    for x in doc.percentages:
        assert doc.text[x.start : x.end] == x.text
        out.append(
            {
                k: getattr(x, k)
                for k in ("text", "value", "unit", "approx", "range", "qualifier", "direction", "comparison")
            }
        )
    return out


CASES = [
    # forms
    pytest.param("엔비디아 주가는 17% 급락했다.", [p("17%", 17, direction="down")], id="percent"),
    pytest.param("지분 17％를 확보했다.", [p("17％", 17)], id="fullwidth"),
    pytest.param("응답자의 30퍼센트가 찬성했다.", [p("30퍼센트", 30)], id="peosenteu"),
    pytest.param(
        "TSMC(13.33%)도 밀렸다.", [p("13.33%", "13.33", direction="down")], id="decimals-in-brackets"
    ),
    pytest.param("성장률은 3~4%로 전망된다.", [p("3~4%", None, range=(3, 4))], id="range-tilde"),
    pytest.param("성장률은 3-4%로 전망된다.", [p("3-4%", None, range=(3, 4))], id="range-hyphen"),
    pytest.param("금리는 3%~4% 사이다.", [p("3%~4%", None, range=(3, 4))], id="range-both-signs"),
    pytest.param(
        "오차범위는 ±3.1%포인트다.",
        [p("±3.1%포인트", "3.1", POINT, range=(-3.1, 3.1), qualifier="±")],
        id="margin",
    ),
    pytest.param(
        "금리를 0.25%포인트 인상했다.", [p("0.25%포인트", "0.25", POINT, direction="up")], id="point-word"
    ),
    pytest.param("금리를 0.25%p 내렸다.", [p("0.25%p", "0.25", POINT, direction="down")], id="point-p"),
    pytest.param("금리를 0.25%P 낮췄다.", [p("0.25%P", "0.25", POINT, direction="down")], id="point-P"),
    pytest.param(
        "지지율이 5.2% 포인트 올랐다.", [p("5.2% 포인트", "5.2", POINT, direction="up")], id="point-spaced"
    ),
    pytest.param("격차는 2퍼센트포인트다.", [p("2퍼센트포인트", 2, POINT)], id="point-hangul"),
    pytest.param("물가 상승률은 2%대에 머물렀다.", [p("2%대", 2, approx=True, range=(2, 3))], id="dae"),
    pytest.param("점유율은 약 5.6%에 불과하다.", [p("약 5.6%", "5.6", approx=True)], id="yak"),
    pytest.param("참여율은 30% 가량이다.", [p("30% 가량", 30, approx=True)], id="garyang"),
    pytest.param("투표율은 60% 안팎이다.", [p("60% 안팎", 60, approx=True)], id="anpak"),
    pytest.param("가구의 10여%가 응답했다.", [p("10여%", 10, approx=True)], id="yeo"),
    pytest.param("득표율 50% 이상이 필요하다.", [p("50% 이상", 50, qualifier="이상")], id="isang"),
    pytest.param("지분 5% 미만은 공시하지 않는다.", [p("5% 미만", 5, qualifier="미만")], id="miman"),
    pytest.param("최대 70%까지 할인한다.", [p("최대 70%", 70, qualifier="최대")], id="choedae"),
    pytest.param(
        "찬성이 50%가 넘는 것으로 나타났다.", [p("50%", 50, qualifier="넘는")], id="neomneun-particle"
    ),
    pytest.param("실적은 -3.5%로 뒷걸음질했다.", [p("-3.5%", "-3.5")], id="negative"),
    pytest.param("성장률은 마이너스 0.2%였다.", [p("마이너스 0.2%", "-0.2")], id="minus-word"),
    # a signed change against a base says its direction when the verb does not
    pytest.param(
        "피해액은 전년 동기 대비 -12.5%를 기록했다.",
        [p("-12.5%", "-12.5", direction="down", comparison="전년 동기 대비")],
        id="signed-down-against-a-base",
    ),
    pytest.param(
        "수출은 전년 대비 +3.2%를 기록했다.",
        [p("+3.2%", "3.2", direction="up", comparison="전년 대비")],
        id="signed-up-against-a-base",
    ),
    pytest.param(
        "성장률은 전년 대비 플러스 1.1%를 나타냈다.",
        [p("플러스 1.1%", "1.1", direction="up", comparison="전년 대비")],
        id="plus-word-against-a-base",
    ),
    pytest.param("실적은 +3.5%였다.", [p("+3.5%", "3.5")], id="plus-without-a-base"),
    pytest.param("플러스 요인이 3%다.", [p("3%", 3)], id="plus-word-not-a-sign"),
    pytest.param("점유율이 이십 퍼센트로 올라섰다.", [p("이십 퍼센트", 20)], id="hangul-number"),
    pytest.param("할인율은 20프로다.", [p("20프로", 20)], id="peuro"),
    pytest.param("완전히 100% 맞는 말이다.", [p("100%", 100)], id="hundred"),
    # direction from the predicate
    pytest.param("수출이 12.5% 증가했다.", [p("12.5%", "12.5", direction="up")], id="jeungga"),
    pytest.param("매출이 8% 늘었다.", [p("8%", 8, direction="up")], id="neulda"),
    pytest.param("주가가 30% 뛰었다.", [p("30%", 30, direction="up")], id="ttwida"),
    pytest.param("집값이 5% 올랐다.", [p("5%", 5, direction="up")], id="oreuda"),
    pytest.param("판매가 20% 감소했다.", [p("20%", 20, direction="down")], id="gamso"),
    pytest.param("수입이 3% 줄었다.", [p("3%", 3, direction="down")], id="julda"),
    pytest.param("가격이 10% 떨어졌다.", [p("10%", 10, direction="down")], id="tteoreojida"),
    pytest.param("금리를 0.5% 내렸다.", [p("0.5%", "0.5", direction="down")], id="naerida"),
    pytest.param("매출이 5% 신장했다.", [p("5%", 5, direction="up")], id="sinjang"),
    pytest.param(
        "1분기 성장률이 -0.2%로 역성장했다.", [p("-0.2%", "-0.2", direction="down")], id="yeok-seongjang"
    ),
    pytest.param("매출이 3% 역신장했다.", [p("3%", 3, direction="down")], id="yeok-sinjang"),
    pytest.param("수출이 5% 마이너스 성장했다.", [p("5%", 5, direction="down")], id="minus-seongjang"),
    pytest.param(
        "R1은 79.8%의 정확도로 o1(79.2%)을 앞섰다.",
        [p("79.8%", "79.8"), p("79.2%", "79.2")],
        id="no-direction",
    ),
    pytest.param("점유율 30%를 기록하며 매출이 늘었다.", [p("30%", 30)], id="other-verb-first"),
    pytest.param(
        "브로드컴(17.4%), TSMC(13.33%) 주가도 급락했다.",
        [p("17.4%", "17.4", direction="down"), p("13.33%", "13.33", direction="down")],
        id="list-shares-predicate",
    ),
    pytest.param(
        "수출은 10% 늘었고 수입은 5% 줄었다.",
        [p("10%", 10, direction="up"), p("5%", 5, direction="down")],
        id="two-clauses",
    ),
    pytest.param(
        "소득 하위 20% 가구의 소득은 1년 전보다 3.4% 늘었다.",
        [p("20%", 20), p("3.4%", "3.4", direction="up", comparison="1년 전보다")],
        id="genitive-figure-has-no-direction",
    ),
    # comparison bases
    pytest.param(
        "수출은 전년 대비 12.5% 증가했다.",
        [p("12.5%", "12.5", direction="up", comparison="전년 대비")],
        id="jeonnyeon-daebi",
    ),
    pytest.param(
        "소비자물가는 전월보다 0.5% 올랐다.",
        [p("0.5%", "0.5", direction="up", comparison="전월보다")],
        id="jeonwol-boda",
    ),
    pytest.param(
        "영업이익은 전년 동기 대비 20% 감소했다.",
        [p("20%", 20, direction="down", comparison="전년 동기 대비")],
        id="jeonnyeon-donggi",
    ),
    pytest.param(
        "매출은 지난해 같은 기간에 비해 7% 늘었다.",
        [p("7%", 7, direction="up", comparison="지난해 같은 기간에 비해")],
        id="jinanhae-gateun-gigan",
    ),
    pytest.param(
        "수출액은 582억 달러로 전년 동월(520억 달러)보다 12% 늘었다.",
        [p("12%", 12, direction="up", comparison="전년 동월(520억 달러)보다")],
        id="base-with-its-figure-in-brackets",
    ),
    pytest.param(
        "실업률은 3.1%로 전월(2.7%)보다 0.4%포인트 올랐다.",
        [
            p("3.1%", "3.1", direction="up"),
            p("2.7%", "2.7"),  # the base: the verb moves the other figure
            p("0.4%포인트", "0.4", POINT, direction="up", comparison="전월(2.7%)보다"),
        ],
        id="base-with-a-percentage-in-brackets",
    ),
    pytest.param(
        "출생아 수는 2019년 대비 15% 줄었다.",
        [p("15%", 15, direction="down", comparison="2019년 대비")],
        id="year-base",
    ),
    pytest.param(
        "수출은 전년 대비 12% 늘었고 실업률은 0.3%포인트 하락했다.",
        [
            p("12%", 12, direction="up", comparison="전년 대비"),
            p("0.3%포인트", "0.3", POINT, direction="down"),
        ],
        id="base-stays-in-its-clause",
    ),
    pytest.param(
        "감액 규모는 정부안 대비 0.6% 줄어든 수준이다.",
        [p("0.6%", "0.6", direction="down", comparison="정부안 대비")],
        id="any-word-before-daebi",
    ),
    pytest.param(
        "국가채무는 국내총생산(GDP) 대비 48.1%에 이른다.",
        [p("48.1%", "48.1", comparison="국내총생산(GDP) 대비")],
        id="ratio-base",
    ),
    pytest.param("그는 지켜보다 5% 할인을 받았다.", [p("5%", 5)], id="boda-is-also-a-verb"),
    # not percentages
    pytest.param("인구의 절반이 찬성했다.", [], id="jeolban"),
    pytest.param("두 자릿수 성장을 이어갔다.", [], id="du-jaritsu"),
    pytest.param("2025.1.31 발표 자료다.", [], id="date"),
    pytest.param("프로야구 개막전이 열렸다.", [], id="peuroyagu"),
    pytest.param("두바오 1.5 프로를 내놨다.", [], id="product-name"),
    pytest.param("코스피는 30포인트 내렸다.", [], id="index-points"),
    pytest.param("주소는 https://example.com/a%20b%2012 이다.", [], id="url-encoding"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_percentages(sentence, expected):
    assert seen(newsfacts.extract(sentence)) == expected


def test_seed_article(seed_text):
    doc = newsfacts.extract(seed_text)
    noise = doc.article.noise_start
    assert noise is not None and all(x.end <= noise for x in doc.percentages)
    values = [x.value for x in doc.percentages]
    for v in ("17", "17.4", "13.33", "11.71", "79.8", "79.2", "65.9", "63.4"):
        assert values.count(D(v)) == 1, v
    assert values.count(D("5.6")) >= 2
    assert doc.headline is not None and any(x.value == 5 for x in doc.percentages)
    assert all(x.unit == PERCENT for x in doc.percentages)
    (drop,) = [x for x in doc.percentages if x.value == 17]
    assert drop.direction == "down"


def test_dates_are_never_percentages():
    doc = newsfacts.extract("정부는 2025.1.31 자료에서 실업률이 3.1%라고 밝혔다.")
    assert [x.text for x in doc.percentages] == ["3.1%"]


# --- every entry of the percentage words -------------------------------------------------------

WORDS = load("percent_words")

# the written forms of the verb stems in the data (하다-nouns are written noun + 했다)
SURFACE = {
    "오르": "올랐다",
    "올라가": "올라갔다",
    "늘": "늘었다",
    "늘어나": "늘어났다",
    "뛰": "뛰었다",
    "뛰어오르": "뛰어올랐다",
    "치솟": "치솟았다",
    "높아지": "높아졌다",
    "불어나": "불어났다",
    "껑충": "껑충 뛰었다",
    "떨어지": "떨어졌다",
    "줄": "줄었다",
    "줄어들": "줄어들었다",
    "내리": "내렸다",
    "내려가": "내려갔다",
    "낮아지": "낮아졌다",
    "미끄러지": "미끄러졌다",
    "밀리": "밀렸다",
    "낮추": "낮췄다",
}


@pytest.mark.parametrize(
    ("stem", "direction"), [(w, "up") for w in WORDS["up"]] + [(w, "down") for w in WORDS["down"]]
)
def test_direction_words(stem, direction):
    predicate = SURFACE.get(stem, f"{stem}했다")
    (x,) = newsfacts.extract(f"지표가 12% {predicate}.").percentages
    assert x.direction == direction


# how each prefix is written against the noun it turns around
_PREFIX_JOINT = {"역": ""}


@pytest.mark.parametrize("prefix", WORDS["reversing_prefixes"])
def test_reversing_prefixes(prefix):
    joint = _PREFIX_JOINT.get(prefix, " ")
    (x,) = newsfacts.extract(f"지표가 12% {prefix}{joint}성장했다.").percentages
    assert x.direction == "down"


@pytest.mark.parametrize("base", WORDS["comparison_bases"])
def test_comparison_bases(base):
    (x,) = newsfacts.extract(f"매출은 {base} 대비 12% 늘었다.").percentages
    assert x.comparison == f"{base} 대비"


@pytest.mark.parametrize("marker", WORDS["comparison_markers"])
def test_comparison_markers(marker):
    base = "지난해" if marker.startswith("와") else "전년"
    joint = " " if marker in ("대비", "比") else ""
    (x,) = newsfacts.extract(f"매출은 {base}{joint}{marker} 12% 늘었다.").percentages
    assert x.comparison == f"{base}{joint}{marker}"


@pytest.mark.parametrize("sign", WORDS["percent"])
def test_percent_signs(sign):
    (x,) = newsfacts.extract(f"점유율은 40{sign}다.").percentages
    assert (x.text, x.value, x.unit) == (f"40{sign}", 40, PERCENT)


@pytest.mark.parametrize("sign", WORDS["point"])
def test_point_signs(sign):
    (x,) = newsfacts.extract(f"금리 차는 0.75{sign}다.").percentages
    assert (x.text, x.value, x.unit) == (f"0.75{sign}", D("0.75"), POINT)


@pytest.mark.parametrize("marker", WORDS["open_comparison_markers"])
def test_open_comparison_markers(marker):
    joint = "" if marker.startswith("에") else " "
    (x,) = newsfacts.extract(f"감액분은 정부안{joint}{marker} 3% 수준이다.").percentages
    assert x.comparison == f"정부안{joint}{marker}"


@pytest.mark.parametrize(
    ("sign", "direction"),
    [*((s, "up") for s in WORDS["up_signs"]), *((s, "down") for s in WORDS["down_signs"])],
)
def test_arrow_signs(sign, direction):
    # written after the figure (headlines), before it (market tables), or a space apart
    for text in (f"영업익 20.9%{sign}", f"코스피 {sign}1.2%", f"수출 12.5% {sign}"):
        (x,) = newsfacts.extract(text).percentages
        assert (text, x.direction) == (text, direction)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LG전자, 영업익 7,519억…전년比 20.9%↓",
            [p("20.9%", "20.9", direction="down", comparison="전년比")],
        ),
        ("매출 3%↑·영업익 5%↓", [p("3%", 3, direction="up"), p("5%", 5, direction="down")]),
        # the open form's base is one word, never across an ellipsis, a middle dot or a comma
        ("순익 2배…전분기 대비 12% 늘어", [p("12%", 12, direction="up", comparison="전분기 대비")]),
        ("수출·GDP 대비 비중은 46.1%다.", [p("46.1%", "46.1", comparison="GDP 대비")]),
        ("정책, 정부안 대비 0.6% 줄었다.", [p("0.6%", "0.6", direction="down", comparison="정부안 대비")]),
        # the predicate after a closing quote mark or a headline's ellipsis is not the figure's
        ('트럼프 "반도체 관세 100%"…투자 확대 검토', [p("100%", 100)]),
        ("트럼프 “관세 100%” 삼성 투자 확대", [p("100%", 100)]),
        ("코스피 2% 급락…2500선 내줘", [p("2%", 2, direction="down")]),
        ("그는 “주가가 17% 급락했다”고 말했다.", [p("17%", 17, direction="down")]),
    ],
)
def test_headline_arrows_and_comparisons(text, expected):
    assert seen(newsfacts.extract(text)) == expected
