"""Check 6: the same amount written two ways in one article (``amount_mismatch``, warning).

Two amounts are about the same thing only when the noun phrase right before each is
the same (``딥시크의 개발 비용 558만 달러``, ``개발 비용은 568만 달러``; particles and
adverbs such as 또한 skipped), no two different owners (``X의``) are named for it, they
are in different sentences and one currency, and neither sentence names a period, plan
or comparison (``지난해``, ``당초``, ``전망``) or a date, which would make two figures
both right. They are flagged when their rounding bands do not meet (``5조`` and
``5조2000억`` meet: a rounded headline figure is fine) and they are within a factor
of 1.5 of each other.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from decimal import Decimal
from functools import cache
from typing import Any

import regex

from ..lexicon import alternation, load, slow_pattern
from .base import WARNING, Finding, band, korean_amount, nz_unit, overlaps, span_of

AMOUNT_MISMATCH = "amount_mismatch"
NOUNS = frozenset({"NNG", "NNP", "SL", "SH"})
SKIPPED = frozenset({"MAG", "SP", "JKS", "JKO", "JKB", "JX", "JC"})
NEAR = Decimal("1.5")


@slow_pattern()
@cache
def _period_re() -> regex.Pattern[str]:
    return regex.compile(alternation(load("check_words")["period_words"]))


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(load("check_words")["subject_stopwords"])


def subject_key(article: Any, m: Any) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The noun phrase that names what an amount is, as (owner, head), or None when there is none.

    '딥시크의 개발 비용 또한 558만 달러' → (('딥시크',), ('개발', '비용')).
    """
    if not 0 <= m.sentence < len(article.sentences):
        return None
    sentence = article.sentences[m.sentence]
    tokens = article.sentence_tokens(sentence)
    first = sentence.token_start
    i = bisect.bisect_left(article.token_starts, m.start, first, sentence.token_end) - first - 1
    stop = _stopwords()
    while i >= 0 and (tokens[i].tag in SKIPPED or tokens[i].form in stop):
        i -= 1
    head: list[str] = []
    owner: list[str] = []
    words = head
    while i >= 0:
        t = tokens[i]
        if t.tag in NOUNS:
            if t.form not in stop:
                words.append(t.form)
        elif t.tag == "JKG" and head and words is head:  # 'X의 Y': the owner
            words = owner
        else:
            break
        i -= 1
    if not head:
        return None
    return tuple(reversed(owner)), tuple(reversed(head))


def _excluded_sentences(document: Any, among: set[int]) -> set[int]:
    """Those of the sentences ``among`` that name a period, plan, comparison or date."""
    out = {d.sentence for d in document.dates} & among
    period = _period_re()
    for i in among - out:
        if 0 <= i < len(document.sentences) and period.search(document.sentences[i].text):
            out.add(i)
    return out


def check_two_ways(document: Any) -> list[Finding]:
    candidates = [
        m for m in document.money
        if m.value is not None and m.value > 0 and m.range is None and m.currency
        and not m.qualifier and not m.per
    ]  # fmt: skip
    if len(candidates) < 2:
        return []
    excluded = _excluded_sentences(document, {m.sentence for m in candidates})
    groups: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    for m in candidates:
        if m.sentence in excluded:
            continue
        key = subject_key(document.article, m)
        if key is not None:
            groups[(m.currency, key[1])].append((key[0], m))
    findings = []
    for (currency, key), owned in groups.items():
        if len({owner for owner, _ in owned if owner}) > 1:
            continue  # 딥시크의 개발 비용 and 오픈AI의 개발 비용 are two things
        members = [m for _, m in owned]
        if len({m.sentence for m in members}) < 2:
            continue
        sources = {m.attributed_to for m in members if m.attributed_to}
        if len(sources) > 1:
            continue  # two sources may well give two figures
        values = sorted({m.value for m in members})
        # a coarser figure may round or cut the finer one (headline 5조, body 5조2000억)
        bands = {v: band(v, True, nz_unit(v)) for v in values}
        # clusters of values that may be the same figure rounded differently
        clusters: list[list[Decimal]] = []
        for v in values:
            if clusters and any(overlaps(bands[v], bands[u]) for u in clusters[-1]):
                clusters[-1].append(v)
            else:
                clusters.append([v])
        if len(clusters) < 2 or values[-1] / values[0] > NEAR:
            continue
        parts = []
        for cluster in clusters:
            ms = [m for m in members if m.value in cluster]
            seen = dict.fromkeys(m.text for m in ms)
            times = f" ({len(ms)}×)" if len(ms) > 1 else ""
            parts.append(" / ".join(seen) + times)
        word = load("check_words")["currency_words"].get(currency, currency)
        diff = f"{korean_amount(values[-1] - values[0])} {word}"
        subject = " ".join(key)
        message = (
            f"'{subject}' is given as {' and as '.join(parts)}: {diff} apart "
            f"({(values[-1] / values[0] - 1) * 100:.1f}%)"
        )
        ordered = sorted(members, key=lambda m: m.start)
        findings.append(
            Finding(
                kind=AMOUNT_MISMATCH,
                severity=WARNING,
                message=message,
                spans=tuple(span_of(m) for m in ordered),
                sentence=ordered[-1].sentence,
            )
        )
    return findings
