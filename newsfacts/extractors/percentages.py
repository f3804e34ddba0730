"""Percentages and percentage points (issue 3).

``17%``, ``17％``, ``30퍼센트``, ``3~4%``, ``±3.1%포인트``, ``0.25%p``. A percent is not a
percentage point: ``unit`` tells them apart. ``direction`` comes from the predicate that follows
the figure (``17% 급락해`` → down), read from Kiwi's morphemes; ``comparison`` is the base a change
is measured against when the sentence names one (``전년 대비``, ``전월보다``).
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from functools import cache

import regex

from ..lexicon import alternation, load, slow_pattern
from ..mentions import Mention
from ..page.article import Article, Sentence
from ..quotemarks import ALL_CLOSERS
from .anchors import anchors_by_sentence, barrier_re, search_anchored
from .matchgroups import numbers
from .numerals import Quantity, decade_range, first_chars, number_pattern, range_values, value_of


@dataclasses.dataclass(frozen=True, kw_only=True)
class PercentMention(Mention):
    value: Decimal | None
    unit: str  # percent | percentage_point
    approx: bool = False
    range: tuple[Decimal | None, Decimal | None] | None = None
    qualifier: str | None = None
    direction: str | None = None  # up | down
    comparison: str | None = None
    attributed_to: str | None = None


PERCENT, POINT = "percent", "percentage_point"


@cache
def _words() -> dict:
    return load("percent_words")


@cache
def direction_stems() -> dict[str, str]:
    w = _words()
    return {**{s: "up" for s in w["up"]}, **{s: "down" for s in w["down"]}}


@cache
def _reversing() -> frozenset[str]:
    return frozenset(_words()["reversing_prefixes"])


_OPPOSITE = {"up": "down", "down": "up"}


_SKIP_TAGS = ("S", "J", "NNB", "XSN", "MM", "NR", "NNP", "NNG", "MAG", "E", "VCP", "XPN")
_LOOKAHEAD_TOKENS = 24  # a list of figures (A(17%), B(13%) ... 주가도 급락) shares one predicate


def predicate_direction(article: Article, offset: int, limit: int) -> str | None:
    """up / down from the first predicate after ``offset`` (before ``limit``), else None.

    The first verb, adjective or 하다-noun decides: ``17% 급락해`` → down, ``79.8%의 정확도로
    o1을 앞섰다`` → None (앞서다 is not a change of amount).
    """
    stems = direction_stems()
    tokens = article.tokens
    i = article.first_token_from(offset)
    end = min(len(tokens), i + _LOOKAHEAD_TOKENS)
    while i < end:
        t = tokens[i]
        if t.start >= limit:
            return None
        tag = t.tag
        form = t.form
        if tag.startswith("VA") and i + 2 < len(tokens) and tokens[i + 2].form == "지":
            form += "아지"  # Kiwi reads 낮아졌다 as 낮 + 어 + 지: the 'become lower' verb
        if form in stems and (tag.startswith(("VV", "VA", "NNG", "MAG", "XR"))):
            # 역성장, 마이너스 성장: Kiwi gives the prefix as a token of its own
            if i > 0 and tokens[i - 1].form in _reversing() and tag == "NNG":
                return _OPPOSITE[stems[form]]
            return stems[form]
        if tag.startswith(("VV", "VA", "VX", "XSV", "XSA")) or tag in ("EF", "SF", "JKG"):
            return None  # another predicate, the sentence's end, or 의: 하위 20% 가구의 소득
        if tag == "SE" or (tag == "SSC" and form in ALL_CLOSERS):
            return None  # '“관세 100%”…투자 확대': the quote, or the headline's clause, has ended
        if tag == "NNG" and i + 1 < len(tokens) and tokens[i + 1].tag.startswith(("XSV", "XSA")):
            return None
        if tag.startswith("EC") and i > 0 and tokens[i - 1].tag.startswith(("VV", "VA", "XSV")):
            return None
        i += 1
    return None


@slow_pattern()
@cache
def _comparison_re() -> regex.Pattern[str]:
    w = _words()
    return regex.compile(
        rf"""
        (?P<cmp>
            (?: {alternation(w["comparison_bases"])}
              | \d{{4}}\s?년(?:\s?\d{{1,2}}\s?월)?(?:\s?\d\s?분기)?   # 2019년 대비, 2024년 1분기보다
            )
            (?:\s?[(（][^()（）]{{1,30}}[)）])?                  # 전월(2.7%)보다: the base's figure
            \s?(?:{alternation(w["comparison_markers"])})
          | (?<![^\s…⋯·,])[^\s…⋯·,]+?\s?(?:{alternation(w["open_comparison_markers"])})  # 정부안 대비
        )
        """,
        regex.VERBOSE,
    )


@cache
def _marker_gate() -> regex.Pattern[str]:
    """Any comparison marker at all: most figures have none, and the full pattern is slower."""
    w = _words()
    return regex.compile(alternation(w["comparison_markers"] + w["open_comparison_markers"]))


def comparison_before(article: Article, start: int, offset: int) -> str | None:
    """The last comparison base (전년 대비, 전월보다) between ``start`` and ``offset``.

    A base named in an earlier clause (``수출은 전년 대비 12% 늘었고 실업률은 0.3%포인트
    하락했다``) does not carry over the clause's verb ending.
    """
    text = article.text
    if not _marker_gate().search(text, start, offset):
        return None
    found = None
    for m in _comparison_re().finditer(text, start, offset):
        found = m
    if found is None:
        return None
    tokens = article.tokens
    i = article.first_token_from(found.end())
    while i < len(tokens) and tokens[i].start < offset:
        tag = tokens[i].tag
        if tag in ("EF", "SF") or (
            tag.startswith("EC") and i > 0 and tokens[i - 1].tag.startswith(("VV", "VA", "XSV", "XSA", "EP"))
        ):
            return None
        i += 1
    return found["cmp"]


# --- the pattern -----------------------------------------------------------------------------


@slow_pattern((False,), (True,))
@cache
def _percent_re(hangul: bool = True) -> regex.Pattern[str]:
    """The percentage pattern; without ``hangul`` it skips numbers written in Hangul (faster)."""
    w = _words()
    q = load("quantity_words")
    signs = [s for s in w["percent"] if s != "프로"]
    number = number_pattern()
    # A Hangul number needs a unit to be found here (이십 퍼센트); a lone 오 or 이 is too often a
    # word. 프로 (colloquial) only written against a number and not starting a longer word (프로야구).
    first = first_chars(
        q["qualifier_before"], q["approx_before"], ["±", "+", "-", "−", "마", "플", "."], hangul=hangul
    )
    return regex.compile(
        rf"""
        (?=[{first}])                                   # cheap test before the alternatives
        (?:(?P<qpre>{alternation(q["qualifier_before"])})\s*)?
        (?:(?P<apre>{alternation(q["approx_before"])})\s*)?
        (?P<pm>±|\+/-|\+-)?
        (?:(?P<neg>(?<![\d\w])[-−]|마이너스\s?)|(?P<plus>(?<![\d\w])\+|플러스\s?))?
        (?P<num>{number}|(?<![\p{{L}}\d.,])\.\d+)
        (?:
            \s?(?:{alternation(signs)})?\s*
            (?P<sep>{alternation(q["range_separators"])})\s*
            (?P<num2>{number})
        )?
        (?P<yeo>여)?
        (?:
            (?P<point>{alternation(w["point"])})(?![A-Za-z])
          | \s?(?P<sign>{alternation(signs)})(?![0-9A-Za-z])
          | (?P<pro>프로)(?![가-힣](?<![가는를의로도에만이다씩]))
        )
        (?P<dae>대)?
        (?:\s*(?P<apost>{alternation(q["approx_after"])}))?
        (?:\s?(?P<qpost>{alternation(q["qualifier_after"])})(?![가-힣](?<![을를이가은는의으로에도]))|)
        """,
        regex.VERBOSE,
    )


@cache
def _hangul_percent_re() -> regex.Pattern[str]:
    """A percent written after a Hangul number (이십 퍼센트): only then is the slower pattern needed."""
    c = load("numerals")
    chars = "".join(c["sino_digits"]) + "".join(c["small_units"]) + "".join(c["big_units"])
    # the numeral is a lookbehind, so the scan stops only at 퍼센/프로, not at every 이, 일, 사 ...
    return regex.compile(rf"(?<=[{chars}]\s?)(?:퍼센|프로)")


_PREFILTER = regex.compile(r"[%％]|퍼센|프로|포인트")


@cache
def _after_particle_re() -> regex.Pattern[str]:
    """A bound joined by a particle: 50%가 넘는 → qualifier 넘는 (outside the span)."""
    words = load("quantity_words")["qualifier_after_particle"]
    return regex.compile(rf"(?:이|가|을|를)\s?(?P<q>{alternation(words)})")


def _is_hangul_number_ok(article: Article, start: int) -> bool:
    """A number written in Hangul must be a numeral to Kiwi (이십 퍼센트), not a word."""
    t = article.token_at(start)
    return t is not None and (t.tag == "NR" or (t.tag == "MM" and t.form in ("수", "몇")))


def _quantity(m: regex.Match[str]) -> Quantity | None:
    g = numbers(m.re)
    if m[g.num2]:
        ends = range_values(m[g.num], m[g.num2])
        if ends is None:
            return None
        low, high = ends
        return Quantity(value=None, range=(low.value, high.value), approx=low.approx or high.approx)
    text = m[g.num]
    if text.startswith("."):
        text = "0" + text
    return value_of(text)


# 전월(2.7%)보다: the figure of the base a change is measured from; the clause's verb
# (올랐다) moves the other figure, not this one
@cache
def _arrows() -> dict[str, str]:
    w = _words()
    return {**{s: "up" for s in w["up_signs"]}, **{s: "down" for s in w["down_signs"]}}


def _arrow(text: str, start: int, end: int) -> str | None:
    """up / down from an arrow written against the figure: headlines and market tables
    (``영업익 20.9%↓``, ``▲1.2%``); a space between is allowed after it."""
    arrows = _arrows()
    after = text[end : end + 2].lstrip(" ")[:1]
    if after in arrows:
        return arrows[after]
    before = text[start - 1] if start > 0 else ""
    return arrows.get(before)


_BASE_FIGURE = regex.compile(r"\s*[)）]\s*(?:보다|대비|에\s*비해|과\s*비교해|와\s*비교해)")


def _mention(article: Article, sentence: Sentence, m: regex.Match[str]) -> PercentMention | None:
    g = numbers(m.re)
    if not any(map(str.isdigit, m[g.num])) and not _is_hangul_number_ok(article, m.start(g.num)):
        return None
    q = _quantity(m)
    if q is None:
        return None
    value, rng, approx = q.value, q.range, q.approx
    approx = approx or bool(m[g.apre] or m[g.apost] or m[g.yeo])
    if m[g.neg] and value is not None:
        value = -value
    if m[g.pm] and value is not None:
        rng = (-value, value)
    if m[g.dae] and value is not None:
        rng, approx = decade_range(value), True
    unit = POINT if m[g.point] else PERCENT
    start, end = m.start(), m.end()
    text = article.text
    while end > start and text[end - 1].isspace():
        end -= 1
    qualifier = m[g.qpre] or m[g.qpost] or (m[g.pm] and "±") or None
    if qualifier is None:
        after = _after_particle_re().match(text, end, sentence.end)
        qualifier = after["q"] if after else None
    comparison = comparison_before(article, sentence.start, start)
    direction = _arrow(text, start, end) or (
        # endpos: without it regex's \s* costs the length of the rest of the text (quadratic)
        None
        if _BASE_FIGURE.match(text, end, sentence.end)
        else predicate_direction(article, end, sentence.end)
    )
    if direction is None and comparison is not None and value is not None and value != 0:
        # 전년 대비 -12.5%를 기록했다: a signed change against a base says its own direction
        direction = "down" if value < 0 else ("up" if m[g.plus] else None)
    return PercentMention(
        text=text[start:end],
        start=start,
        end=end,
        sentence=sentence.index,
        value=value,
        unit=unit,
        approx=approx,
        range=rng,
        qualifier=qualifier,
        direction=direction,
        comparison=comparison,
    )


def extract_percentages(article: Article) -> list[PercentMention]:
    """Every percentage and percentage point in the headline and body, in text order."""
    out: list[PercentMention] = []
    text = article.text
    barrier = _barrier_re()
    for sentence, anchors in anchors_by_sentence(article, _PREFILTER):
        hangul = _hangul_percent_re().search(text, sentence.start, sentence.end) is not None
        pattern = _percent_re(hangul)
        pos = sentence.start
        while m := search_anchored(pattern, barrier, text, pos, sentence.end, anchors):
            pos = m.end()
            if _in_url(text, m.start(), sentence):
                continue
            mention = _mention(article, sentence, m)
            if mention is not None:
                out.append(mention)
    return out


@cache
def _barrier_re() -> regex.Pattern[str]:
    """What no percentage contains: its search starts after the last one before a sign."""
    w = _words()
    signs = ["±", "+/-", "+-", "+", "플러스"]
    return barrier_re([*w["percent"], *w["point"], *load("numerals")["negative"], *signs])


_URL = regex.compile(r"(?:https?://|www\.)\S*$")


def _in_url(text: str, offset: int, sentence: Sentence) -> bool:
    """Percent-encoding in a web address (%20) is not a percentage."""
    return _URL.search(text, max(sentence.start, offset - 300), offset) is not None
