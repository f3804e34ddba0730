"""Checks 3 and 4: a stated change against the two values it connects, and stated shares.

The statements read, in one sentence::

    A에서 B로 N% 증가했다            (A, B then the change N, then the verb)
    A에서 N% 늘어난 B로              (the change between, as an adnominal verb)
    B로 전년 동월(A)보다 N% 늘었다   (the new level, then the base in brackets, as wires write)
    X는 … Y의 N%에 불과하다          (a share; X in the same sentence or the one before)

where A and B are two percentages, two amounts of one currency or two counts with one counter.

- percent vs point (``percent_point``): between two percentages a ``%`` change that equals
  their difference is a percentage-point change written as a percent (warning); a ``%포인트``
  change that does not match the two levels is an error.
- stated change (``stated_change``): an N% that matches neither (B−A)/A nor, for
  percentages, B−A; or a verb whose direction contradicts A → B (error).
- share (``share``): N% that is not X/Y (error).

All comparisons use the rounding bands of the written figures (``base``).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import cache
from typing import Any

import regex

from ..lexicon import alternation, load, slow_pattern
from .base import ERROR, WARNING, Finding, fmt_percent, overlaps
from .figures import POINT, Figure, abs_band, between, difference, ratio, relative_change, sentence_figures

PERCENT_POINT, STATED_CHANGE, SHARE = "percent_point", "stated_change", "share"

_FROM = regex.compile(r"^\s*\)?\s*에서\s*$")
_TO = regex.compile(r"^\s*\)?\s*(?:으로|로)\s*,?\s*$")
_TO_AFTER = regex.compile(r"\s*\)?\s*(?:으로|로)")
# 'B로 전년 동월(A)보다 N%': the words naming the base, an opening bracket, then after A its
# closing bracket and the comparison
_TO_BASE = regex.compile(r"^\s*\)?\s*(?:으로|로)\s*,?\s*[^\d%()\[\].?!]{1,20}?[(（]\s*$")
_BASE_THAN = regex.compile(r"^\s*[)）]\s*(?:보다|대비|에\s*비해|과\s*비교해|와\s*비교해)\s*$")


@slow_pattern()
@cache
def _verbs() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    words = load("check_words")
    up, down = alternation(words["change_up"]), alternation(words["change_down"])
    verbs = rf"(?P<verb>(?:(?P<up>{up})|(?P<down>{down}))\p{{Hangul}}*)"
    # what may stand between N% and its verb: the tail of %포인트, a hedge, a particle
    hedge = r"(?:\s*(?:포인트|p|P))?\s*(?:(?:가량|정도|안팎|넘게|이상|가까이|씩|나|이나|가|이)\s*)?"
    after = regex.compile(rf"{hedge}{verbs}")  # used with match(text, pos): anchored there
    # N% 늘어난 B: the whole gap between N and B is the verb in its adnominal form
    adnominal = regex.compile(rf"^{hedge}{verbs}\s*$")
    return after, adnominal


@cache
def _share_tail() -> regex.Pattern[str]:
    # '에 불과' is also written '에불과': each space in a listed tail is optional
    words = sorted(load("check_words")["share_tails"], key=len, reverse=True)
    tails = "|".join(r"\s*".join(regex.escape(part) for part in w.split()) for w in words)
    return regex.compile(rf"\s*(?:가량|정도|안팎)?\s*(?:{tails})")


# 'Y의 N%': up to a short clause between Y and 의 (가 들어간 GPT-4의), within one clause
_OF = regex.compile(r"^\s*\)?[^%.?!,]{0,20}?의\s*$")


def _direction(m: regex.Match[str]) -> str:
    return "up" if m["up"] else "down"


# the two figures written before N: (gap between them, gap before N, whether the base comes first)
_BEFORE_N = (
    (_FROM, _TO, True),  # A에서 B로 N%
    (_TO_BASE, _BASE_THAN, False),  # B로 전년 동월(A)보다 N%
)


def _before_n(
    text: str, x: Figure, y: Figure, n: Figure, after: regex.Pattern[str]
) -> tuple[Figure, Figure, Figure, str, str] | None:
    """A statement whose two figures are both written before N, in one of ``_BEFORE_N``."""
    if x.key != y.key:
        return None
    for first_gap, second_gap, base_first in _BEFORE_N:
        if first_gap.match(between(text, x, y)) and second_gap.match(between(text, y, n)):
            v = after.match(text, n.end, min(n.end + 30, len(text)))
            if v is not None:
                a, b = (x, y) if base_first else (y, x)
                return a, b, n, _direction(v), v["verb"]
    return None


def _statements(text: str, figures: Sequence[Figure]) -> list[tuple[Figure, Figure, Figure, str, str]]:
    """(A, B, N, direction, verb) for each change statement among a sentence's figures."""
    after, adnominal = _verbs()
    out = []
    for k, n in enumerate(figures):
        if not n.is_percent:
            continue
        if k >= 2 and (found := _before_n(text, figures[k - 2], figures[k - 1], n, after)) is not None:
            out.append(found)
            continue
        if 1 <= k < len(figures) - 1:
            a, b = figures[k - 1], figures[k + 1]
            if (
                a.key == b.key
                and _FROM.match(between(text, a, n))
                and (v := adnominal.match(between(text, n, b))) is not None
                and _TO_AFTER.match(text, b.end, min(b.end + 5, len(text)))
            ):
                out.append((a, b, n, _direction(v), v["verb"]))
    return out


def _sign(lo: Decimal, hi: Decimal) -> str | None:
    if lo > 0:
        return "up"
    if hi < 0:
        return "down"
    return None


def _signed(value: Decimal, places: int = 1) -> str:
    return ("+" if value > 0 else "") + fmt_percent(value, places)


def evaluate(text: str, a: Figure, b: Figure, n: Figure, direction: str, verb: str) -> Finding | None:
    spans = (a.span, b.span, n.span)
    shown = f"{a.text} → {b.text}"
    d_lo, d_hi = difference(a, b)
    diff = b.value - a.value
    sign = _sign(d_lo, d_hi)
    rel = relative_change(a, b)
    rel_value = (b.value / a.value - 1) * 100 if a.value > 0 else None
    if sign is not None and sign != direction:
        moved = "a rise" if sign == "up" else "a fall"
        if a.is_percent:
            by = f"{_signed(diff, 2)}%포인트"
        else:
            by = f"{_signed(rel_value)}%" if rel_value is not None else _signed(diff)
        message = f"{shown} is {moved} ({by}), but the sentence says {verb}"
        return Finding(kind=STATED_CHANGE, severity=ERROR, message=message, spans=spans, sentence=n.sentence)
    stated = abs_band(n.lo, n.hi)  # a change may be written signed (-0.25%p) or not
    matches_rel = rel is not None and overlaps(abs_band(*rel), stated)
    if a.is_percent:
        matches_point = overlaps(abs_band(d_lo, d_hi), stated)
        point_text = f"{fmt_percent(abs(diff))}%포인트"
        if n.key == (POINT,):
            if matches_point:
                return None
            message = f"{shown} is a change of {point_text}, not {n.text}"
            return Finding(
                kind=PERCENT_POINT, severity=ERROR, message=message, spans=spans, sentence=n.sentence
            )
        if matches_rel:
            return None
        rel_text = f"; as a percent change it is {_signed(rel_value)}%" if rel_value is not None else ""
        if matches_point:
            message = f"{shown} is a change of {point_text}, written {n.text}{rel_text}"
            return Finding(
                kind=PERCENT_POINT, severity=WARNING, message=message, spans=spans, sentence=n.sentence
            )
        message = f"{shown}: {n.text} matches neither the difference ({point_text}){rel_text}"
        return Finding(kind=STATED_CHANGE, severity=ERROR, message=message, spans=spans, sentence=n.sentence)
    if n.key == (POINT,) or rel is None or matches_rel or rel_value is None:
        return None
    message = f"{shown} is {_signed(rel_value)}% (({b.text} − {a.text}) / {a.text}), not {n.text}"
    return Finding(kind=STATED_CHANGE, severity=ERROR, message=message, spans=spans, sentence=n.sentence)


def _shares(
    text: str, figures: Sequence[Figure], previous: Sequence[Figure]
) -> list[tuple[list[Figure], Figure, Figure]]:
    """(candidates for X, Y, N) for each 'X … Y의 N%' share statement, the nearest candidate last.

    X is the nearest amount before Y, and with it every earlier one of Y's kind in the
    sentences given: in '… 매출이 440억 달러로 … 월가 전망치(433억 달러)를 웃돌았다. 데이터센터
    매출은 391억 달러로 전체의 89%' the whole is not the amount named last.
    """
    out = []
    tail = _share_tail()
    for k, n in enumerate(figures):
        if n.key[0] != "percent" or k == 0:
            continue
        y = figures[k - 1]
        if y.is_percent or not _OF.match(between(text, y, n)):
            continue
        if not tail.match(text, n.end, min(n.end + 12, len(text))):
            continue
        before = [f for f in (*previous, *figures[: k - 1]) if not f.is_percent]
        if not before or before[-1].key != y.key:
            continue
        out.append(([f for f in before if f.key == y.key], y, n))
    return out


def _fits_share(x: Figure, y: Figure, n: Figure) -> bool:
    """N% is X/Y, or Y/X ('Y … 전체의 N%' may name the whole before the part)."""
    for band_ in (ratio(x, y), ratio(y, x)):
        if band_ is not None and overlaps(band_, (n.lo, n.hi)):
            return True
    return ratio(x, y) is None


def check_changes(document: Any) -> list[Finding]:
    text = document.text
    # a quick prefilter: only sentences with a percent sign can hold any of these statements
    wanted = {
        p.sentence for p in document.percentages
        if p.value is not None and 0 <= p.sentence < len(document.sentences)
    }  # fmt: skip
    if not wanted:
        return []
    figures = sentence_figures(document, wanted | {i - d for i in wanted for d in (1, 2) if i >= d})
    findings: list[Finding] = []
    earlier: dict[int, list[Figure]] | None = None  # every sentence's figures, read if needed
    for i in sorted(wanted):
        sentence_figs = figures.get(i, [])
        for a, b, n, direction, verb in _statements(text, sentence_figs):
            finding = evaluate(text, a, b, n, direction, verb)
            if finding is not None:
                findings.append(finding)
        previous = [*figures.get(i - 2, []), *figures.get(i - 1, [])]
        for candidates, y, n in _shares(text, sentence_figs, previous):
            if any(_fits_share(c, y, n) for c in candidates):
                continue
            # '전체의 25.5%' may mean a total named paragraphs before (수출액 595억 달러 …
            # 무역수지 63억 달러 … 반도체 152억 달러로 전체의 25.5%): an error only if no
            # amount of its kind anywhere before fits
            if earlier is None:
                earlier = sentence_figures(document, set(range(len(document.sentences))))
            if any(_fits_share(f, y, n) for j in range(i - 2) for f in earlier.get(j, ()) if f.key == y.key):
                continue
            x = candidates[-1]
            if n.value < 100 < x.value / y.value * 100:
                x, y = y, x  # the part and the whole, as the reader takes them
            share = x.value / y.value * 100
            message = f"{x.text} is {fmt_percent(share)}% of {y.text} ({x.text} / {y.text}), not {n.text}"
            findings.append(
                Finding(
                    kind=SHARE,
                    severity=ERROR,
                    message=message,
                    spans=(x.span, y.span, n.span),
                    sentence=n.sentence,
                )
            )
    return findings
