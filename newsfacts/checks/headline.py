"""Check 8: a figure in the headline that no figure of the body comes to.

A headline repeats the body's figures, often rounded or cut (headline ``12%``, body
``11.9%``; headline ``5조``, body ``5조2000억``). A headline percentage, %포인트 or amount that
no body figure of the same kind rounds or cuts to is a warning (``headline_figure``): the
headline or the body has the wrong number, or the headline states one the body never gives,
which the desk wants to know as well. An article whose body gives no figure of that kind is
left alone.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..page.article import BODY
from .base import WARNING, Finding, band, nz_unit, overlaps
from .figures import Figure, money_figure, percent_figure

HEADLINE_FIGURE = "headline_figure"


def _figures(document: Any) -> list[Figure]:
    out = [f for p in document.percentages if (f := percent_figure(p)) is not None]
    for m in document.money:
        if (f := money_figure(m)) is not None:
            out.append(f)
        c = m.conversion
        if c is not None and c.value and c.value > 0:  # 50억 엔(약 483억 원) gives 483억 원 too
            value = Decimal(c.value)
            out.append(Figure(c.text, c.start, c.end, m.sentence, ("money", c.currency), value, c.approx))
    return out


def _comes_to(body: Figure, head: Figure) -> bool:
    # the headline's figure, read as a rounding or a cut at its last written digit
    return overlaps(band(head.value, True, nz_unit(head.value)), (body.lo, body.hi))


def check_headline(document: Any) -> list[Finding]:
    article = document.article
    if article.headline is None:
        return []
    headline = article.headline

    def in_headline(m: Any) -> bool:
        return headline.start <= m.start < headline.end

    if not any(map(in_headline, document.percentages)) and not any(
        in_headline(m) or (m.conversion is not None and in_headline(m.conversion)) for m in document.money
    ):
        return []  # no figure in the headline: the body's need not be read
    roles = {p.index: p.role for p in article.paragraphs}
    head, body = [], []
    for f in _figures(document):
        if headline.start <= f.start < headline.end:
            head.append(f)
        elif roles.get(article.sentences[f.sentence].paragraph) == BODY:
            body.append(f)
    findings = []
    for h in head:
        same_kind = [b for b in body if b.key == h.key]
        if not same_kind or any(_comes_to(b, h) for b in same_kind):
            continue
        shown = ", ".join(dict.fromkeys(b.text for b in same_kind))
        message = f"the headline's {h.text} is not in the body, which gives {shown}"
        finding = Finding(
            kind=HEADLINE_FIGURE, severity=WARNING, message=message, spans=(h.span,), sentence=h.sentence
        )
        findings.append(finding)
    return findings
