"""Speakers, tenth pass (issue 20): what unseen real pages still got wrong, each written as a
passage of its own for this project. An expected row is ``(quote text, speaker,
speaker_mention)`` in text order.
"""

from __future__ import annotations

import pytest
from _speakers import cases_in_tables, speakers

from newsfacts.extractors.speech.entities import Entities
from newsfacts.page.article import parse_article

# --- one post written once for two people listed with a middle dot ---------------------------

_BOTH = "새물결당 한도윤·시민중도당 마서진 원내대표"

SHARED_POST = [
    pytest.param(
        "새물결당 한도윤·시민중도당 마서진 원내대표는 이날 국회에서 처음 만났다. "
        "한 원내대표는 “자주 만나 풀어가자”고 말했다. "
        "마 원내대표는 “먼저 손을 내밀어 주셔서 고맙다”고 화답했다.",
        [
            ("자주 만나 풀어가자", "새물결당 한도윤 원내대표", "한 원내대표"),
            ("먼저 손을 내밀어 주셔서 고맙다", "시민중도당 마서진 원내대표", "마 원내대표"),
        ],
        id="two-leaders-of-two-parties",
    ),
    pytest.param(
        "탁지호·변서윤 의원은 공동으로 법안을 발의했다. 변 의원은 “현장의 요구를 담았다”고 설명했다.",
        [("현장의 요구를 담았다", "변서윤 의원", "변 의원")],
        id="two-members-no-party",
    ),
    pytest.param(
        "새물결당 한도윤·시민중도당 마서진 원내대표는 “함께 풀겠다”고 말했다. "
        "한 원내대표는 “자주 보자”고 했다.",
        [
            ("함께 풀겠다", _BOTH, _BOTH),
            ("자주 보자", "새물결당 한도윤 원내대표", "한 원내대표"),
        ],
        id="the-list-speaks-together-then-one-of-it",
    ),
    pytest.param(
        "정부·여당 관계자는 이날 “결론은 다음 주에 난다”고 말했다.",
        [("결론은 다음 주에 난다", "정부·여당 관계자", "정부·여당 관계자")],
        id="bodies-listed-are-no-names",
    ),
    pytest.param(
        "가온당 신임 원내대표로 국도하 의원이 뽑혔다. 당은 국 신임 원내대표를 중심으로 뭉치기로 했다. "
        "국 신임 원내대표는 “협치의 길을 열겠다”고 말했다.",
        [("협치의 길을 열겠다", "국도하 의원", "국 신임 원내대표")],
        id="newly-in-the-post-is-the-same-person",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "새물결당 한도윤·시민중도당 마서진 원내대표는 이날 만났다.",
            [
                ("새물결당 한도윤 원내대표", ["새물결당 한도윤"]),
                ("시민중도당 마서진 원내대표", ["시민중도당 마서진 원내대표"]),
            ],
        ),
        ("윤 의원·김 의원은 이날 만났다.", []),
    ],
)
def test_each_person_of_a_shared_post_is_an_entity(text: str, expected: list[tuple[str, list[str]]]) -> None:
    article = parse_article(text)
    found = [
        (e.name, [m.text for m in e.mentions]) for e in Entities(article).entities() if "·" not in e.name
    ]
    assert found == expected
    for e in Entities(article).entities():
        for m in e.mentions:
            assert article.text[m.start : m.end] == m.text


ALL_CASES = [
    *SHARED_POST,
]


def test_every_table_runs() -> None:
    assert cases_in_tables(globals()) == len(ALL_CASES)


@pytest.mark.parametrize(("text", "expected"), ALL_CASES)
def test_tenth_pass(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected
