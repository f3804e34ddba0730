"""Reading a match's groups by number (``newsfacts.extractors.matchgroups``) reads what the names read."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import regex

from newsfacts.extractors import money, percentages
from newsfacts.extractors.dates import reading as dates
from newsfacts.extractors.matchgroups import numbers

CASES = [
    (
        lambda: money._money_re(True),
        "최대 558만 달러(약 78억1200만 원)와 US$3.5 billion, 3억~4억 원대, 1달러 20센트",
    ),
    (lambda: money._money_re(False), "약 300억여 원 가량, $10-20, 5000원 이상"),
    (lambda: percentages._percent_re(True), "약 17% 급락, 3~4%, ±3.1%포인트, 이십 퍼센트 이상, 마이너스 2%"),
    (
        lambda: dates._atom_re(),
        "2025.1.31 오후 3시 20분 지난달 27∼29일 '24년 1·4분기 (금) 한 달 전 오전(현지시간)",
    ),
]


@pytest.mark.parametrize(("pattern", "text"), CASES)
def test_groups_read_by_number_are_the_named_groups(
    pattern: Callable[[], regex.Pattern[str]], text: str
) -> None:
    p = pattern()
    g = numbers(p)
    found = list(p.finditer(text))
    assert found
    for m in found:
        for name in p.groupindex:
            assert m[getattr(g, name)] == m[name]
            assert m.span(getattr(g, name)) == m.span(name)
