"""Check 7: the parts of a figure that add up to more than the figure itself.

    수출액은 131억 달러였다. 이 가운데 메모리가 80억 달러, 시스템 반도체가 61억 달러다.

A part marker (``이 가운데``, ``이 중``, ``그중`` …: data, ``part_markers``) opens a breakdown of
the figure just named: the last figure before the marker in its sentence, else the last one
of the sentence before in the same paragraph. The parts are the figures of the same kind
(one currency, or one counter) after the marker in that sentence. When their sum is more
than the whole, beyond what the rounding of every written figure allows, it is an error
(``parts_exceed_whole``). Parts may fall short of the whole (the rest goes unnamed), so a
smaller sum says nothing; nor does a breakdown that also names a base or an earlier value
(``전년(70억 달러)보다``, ``70억 달러에서``), which is not a part.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any

import regex

from ..lexicon import alternation, load
from .base import ERROR, Finding, korean_amount
from .figures import Figure, sentence_figures

PARTS_EXCEED_WHOLE = "parts_exceed_whole"


@cache
def _marker_re() -> regex.Pattern[str]:
    markers = load("check_words")["part_markers"]
    return regex.compile(rf"(?:^|(?<=[\s,]))(?:{alternation(markers)})(?=\s|에서|,)")


@cache
def _excluder_re() -> regex.Pattern[str]:
    return regex.compile(rf"\s*\)?\s*(?:{alternation(load('check_words')['part_excluders'])})")


def _unit(figure: Figure) -> str:
    if figure.key[0] == "money":
        return " " + load("check_words")["currency_words"].get(figure.key[1], figure.key[1])
    return figure.key[1]


def check_parts(document: Any) -> list[Finding]:
    text = document.text
    sentences = document.sentences
    marked = [
        (s.index, m) for s in sentences for m in _marker_re().finditer(text, s.start, s.end)
    ]  # fmt: skip
    if not marked:
        return []
    figures = sentence_figures(document, {i for i, _ in marked} | {i - 1 for i, _ in marked if i > 0})
    findings = []
    for i, m in marked:
        own = [f for f in figures.get(i, []) if not f.is_percent]
        before = [f for f in own if f.end <= m.start()]
        if before:
            whole = before[-1]
        else:
            previous = [f for f in figures.get(i - 1, []) if not f.is_percent]
            if not previous or sentences[i - 1].paragraph != sentences[i].paragraph:
                continue
            whole = previous[-1]
        after = [f for f in own if f.start >= m.end()]
        parts = [f for f in after if f.key == whole.key]
        # endpos: without it regex's \s* costs the length of the rest of the text (quadratic)
        end = sentences[i].end
        if not parts or any(_excluder_re().match(text, f.end, end) for f in parts):
            continue
        low = sum((f.lo for f in parts), Decimal(0))
        if low <= whole.hi:
            continue
        total = sum((f.value for f in parts), Decimal(0))
        written = " + ".join(f.text for f in parts)
        message = (
            f"the parts after '{m[0]}' add up to {korean_amount(total)}{_unit(whole)} ({written}), "
            f"more than {whole.text}"
        )
        spans = (whole.span, *(f.span for f in parts))
        findings.append(
            Finding(kind=PARTS_EXCEED_WHOLE, severity=ERROR, message=message, spans=spans, sentence=i)
        )
    return findings
