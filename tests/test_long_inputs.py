"""Long paragraphs: cut into pieces for Kiwi, resolved without rescanning, and read the same as
the same sentences on their own lines (issue 18; speed is measured in bench/long_inputs.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsfacts import extract
from newsfacts.page.article import MAX_PIECE_CHARS, PIECE_CHARS, _pieces

SENTENCE = "가나다라마바사 했다. "  # 12 characters, a sentence end after Hangul


@pytest.mark.parametrize(
    ("text", "offsets"),
    [
        (SENTENCE * 100, [0]),  # 1,200 characters: short enough to go whole
        (SENTENCE * 500, [0, 2004, 4008]),  # cut at the first sentence end past 2,000 each time
        ("“" + SENTENCE * 400 + "”" + SENTENCE * 200, [0, 4814, 6818]),  # not inside the quote
        ('"' + SENTENCE * 400 + '" ' + SENTENCE * 200, [0, 4815, 6819]),
        ("”" + SENTENCE * 400, [0, 2005, 4009]),  # a stray closing mark opens nothing
        ("수치는 3.5. 2.5. " * 800, [0, 10_000]),  # no Hangul before the stop: cut at a space
        ("억" * 25_000, [0, 10_000, 20_000]),  # no sentence end: cut at the longest piece
        ("억억억 " * 6_000, [0, 10_000, 20_000]),  # ... after a space
        ("“" * 25_000, [0, 10_000, 20_000]),
    ],
    ids=[
        "short", "cut-at-sentence-ends", "not-inside-curly-quote", "not-inside-straight-quote",
        "stray-closing-mark", "decimals-are-no-sentence-end", "no-sentence-end", "spaces",
        "open-quotes",
    ],
)  # fmt: skip
def test_long_paragraphs_go_to_kiwi_in_pieces(text, offsets) -> None:
    pieces = _pieces(text)
    assert [offset for offset, _ in pieces] == offsets
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= MAX_PIECE_CHARS for _, piece in pieces)


def test_a_quote_longer_than_the_longest_piece_is_cut_anyway() -> None:
    text = "“" + SENTENCE * 1_000 + "”"
    assert [offset for offset, _ in _pieces(text)] == [0, 9_997, 12_001]


def test_every_company_reference_in_a_long_paragraph_finds_its_company() -> None:
    unit = "삼성전자는 올해 투자를 늘린다고 밝혔다. 회사 측은 “5조 원을 투입할 것”이라고 말했다. "
    doc = extract(unit * 200)  # one paragraph of 12,000 characters
    said = [(q.speaker_mention, q.speaker) for q in doc.quotes if q.speaker_mention == "회사 측"]
    assert said == [("회사 측", "삼성전자")] * 200


#: sentences that read the same whatever paragraph they are in: absolute dates, no 이날 or 그는
POOL = [
    "삼성전자는 2025년 1분기 영업이익이 6조6000억 원으로 전년 대비 1.2% 늘었다고 밝혔다.",
    "정부는 2024년 12월 3일 예산 5조 원을 배정했다.",
    "수출액은 558만 달러(약 78억1200만 원)로 집계됐다.",
    "소비자물가는 3.1% 올랐고 실업률은 0.2%포인트 내렸다.",
    "한국은행은 2025년 2월 25일 기준금리를 2.75%로 내렸다.",
    "업계는 긍정적으로 평가했다.",
    "SK하이닉스 주가는 3.5% 하락한 18만2000원에 거래를 마쳤다.",
    "이 회사는 2023년 매출 1조2000억 원을 기록했다.",
    "투자 규모는 50억 엔(약 483억 원)이다.",
    "“내년에는 수출이 5% 늘 것”이라고 한 관계자가 말했다.",
]


def _facts(text: str) -> dict[str, list[tuple]]:
    doc = extract(text, date(2025, 3, 5))
    for m in (*doc.money, *doc.percentages, *doc.dates):
        assert text[m.start : m.end] == m.text
    return {
        "money": [(m.text, m.start, m.value, m.currency) for m in doc.money],
        "percentages": [(m.text, m.start, m.value, m.unit) for m in doc.percentages],
        "dates": [(m.text, m.start, m.value, m.grain) for m in doc.dates],
    }


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=450))
@example(POOL * 45)  # 15,000 characters: always one paragraph cut into pieces
def test_one_line_reads_like_a_line_per_sentence(sentences) -> None:
    one_line = " ".join(sentences)
    # the same characters, a line break for each space between sentences: offsets stay put
    lines = "\n".join(sentences)
    assert _facts(one_line) == _facts(lines)


def test_the_property_covers_long_paragraphs() -> None:
    longest = " ".join(POOL * 45)
    assert len(longest) > 7 * PIECE_CHARS
    assert len(_pieces(longest)) == 8
