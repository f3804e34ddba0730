"""The page model: every line of a pasted page gets a role, the date line is read by its shape,
and no rule ever drops the body. Every fixture here is written for these tests; each one
reproduces a layout seen on real Korean news pages."""

from __future__ import annotations

import itertools
import textwrap
from datetime import date
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts.lexicon import load
from newsfacts.page.layout import (
    BODY,
    BYLINE,
    CAPTION,
    CHROME,
    CONTENT_ROLES,
    DATELINE,
    HEADLINE,
    NOISE,
    RELATED,
    SUBHEAD,
    chrome_reason,
    furniture_reason,
    read_dateline,
    read_page,
)

WORDS = load("page")
LEAD = "정부는 25일 반도체 수출이 지난해보다 14.2% 늘어 62억 달러를 기록했다고 밝혔다."
SECOND = "산업통상자원부 관계자는 “하반기에도 증가세가 이어질 것”이라고 말했다."
BODY_TEXT = f"{LEAD}\n\n{SECOND}"


def page(header: str, body: str = BODY_TEXT, footer: str = "") -> str:
    return f"{header}\n\n{body}\n{footer}"


# --- date lines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2024년 3월 8일 11시 05분 입력", date(2024, 3, 8)),
        ("2025.02.03 17:20 승인", date(2025, 2, 3)),
        ("2025-02-03 17:20 기사입력", date(2025, 2, 3)),
    ],
)
def test_a_label_after_its_date_is_read(line: str, published: date) -> None:
    found = read_dateline(line)
    assert found is not None
    assert (found.published, found.unlabelled, found.labelled) == (published, None, True)


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("2024년 3월 8일 11시 05분 입력", date(2024, 3, 8), None),
        ("최초입력 2024.06.12 09:10 | 최종수정 2024.06.12 13:45", date(2024, 6, 12), date(2024, 6, 12)),
        ("홍길동 기자 | 입력 2025.09.22 07:30 | 수정 2025.09.22 10:02", date(2025, 9, 22), date(2025, 9, 22)),
        ("• 승인 2018.02.18 22:27", date(2018, 2, 18), None),
        ("입력 | 2015-12-24 10:46:00", date(2015, 12, 24), None),
        # the publication date wins even when the modification date is earlier
        ("입력 : 2024-10-07 06:00:00 수정 : 2024-10-06 21:06:56", date(2024, 10, 7), date(2024, 10, 6)),
        ("최종수정 2017.10.08 11:00 기사입력 2017.10.07 09:00", date(2017, 10, 7), date(2017, 10, 8)),
        (
            "홍길동 기자 승인 2020.07.25 09:11 | 최종 수정 2020.07.26 09:30 의견 1",
            date(2020, 7, 25),
            date(2020, 7, 26),
        ),
        ("등록 2025.01.31 05:00수정 2025.02.01 06:00", date(2025, 1, 31), date(2025, 2, 1)),
        ("인터넷입력 :2024/01/02 10:00", date(2024, 1, 2), None),
        ("입력 2025.01.31 (03:00) 수정 2025.02.01 (08:00)", date(2025, 1, 31), date(2025, 2, 1)),
        ("조회수 120 | 등록일 2024-05-06", date(2024, 5, 6), None),
        # an unknown label still reads by its shape; the date is the publication date
        ("게시시각 2024.03.02 08:15", date(2024, 3, 2), None),
        ("Posted 2024-03-02 08:15 KST", date(2024, 3, 2), None),
        # a byline with an e-mail, then the date
        ("홍길동 기자 hong@example.co.kr 2021-04-14 11:26:20", date(2021, 4, 14), None),
        ("2025.08.11. 오후 3:05", date(2025, 8, 11), None),
        ("2025-08-11(월) 14:30", date(2025, 8, 11), None),
        # labels after their dates: the publication date wins here too
        ("2024.06.13 09:10 수정 2024.06.12 13:45 입력", date(2024, 6, 12), date(2024, 6, 13)),
        ("2024-10-07 06:00 입력 / 2024-10-06 21:06 수정", date(2024, 10, 7), date(2024, 10, 6)),
    ],
    ids=lambda v: str(v),
)
def test_date_line_forms(line: str, published: date, modified: date | None) -> None:
    found = read_dateline(line)
    assert found is not None
    assert (found.published or found.unlabelled, found.modified) == (published, modified)
    text = page(f"반도체 수출 석 달째 늘어\n{line}")
    assert read_page(text).reference_date == published


@pytest.mark.parametrize(
    "line",
    [
        "2025.01.31 기준 잔액은 3조원이다.",  # a sentence with a date
        "2024-01-01 12면",  # a print-edition line
        "2025.08.11 서울 광화문 집회 현장",  # more than a date
        "입력란에 이름을 쓴다",
        "입력 2025.02.30 03:00",  # no such day
    ],
)
def test_lines_that_are_not_date_lines(line: str) -> None:
    assert read_dateline(line) is None


@pytest.mark.parametrize("label", WORDS["dateline_published"])
def test_every_published_label_is_read(label: str) -> None:
    text = page(f"반도체 수출 석 달째 늘어\n{label} 2024.12.09 21:12 수정 2024.12.08 10:00")
    assert read_page(text).reference_date == date(2024, 12, 9)


@pytest.mark.parametrize("label", WORDS["dateline_modified"])
def test_every_modified_label_yields_to_the_publication_date(label: str) -> None:
    text = page(f"반도체 수출 석 달째 늘어\n{label} 2024.12.10 08:00 입력 2024.12.09 07:00")
    assert read_page(text).reference_date == date(2024, 12, 9)
    alone = page(f"반도체 수출 석 달째 늘어\n{label} 2024.12.10 08:00")
    assert read_page(alone).reference_date == date(2024, 12, 10)


# --- whole pages, one per layout ---------------------------------------------------------------

PORTAL_TOP = """\
메뉴 건너뛰기
홈 > 경제 > 산업
구독 로그인 회원가입
코스피 2,731.15 ▲0.42%  원/달러 1,388.60
한빛경제
반도체 수출 62억 달러…14.2% 늘어
국채 6조3000억 원 추가 발행…나랏빚 1,190조 원으로
금융위 “가계대출 증가세 꺾일 것”
홍길동 기자 | 입력 2025.09.22 07:30 | 수정 2025.09.22 10:02
글자크기
페이스북 공유하기
"""

WIRE = """\
반도체 수출 62억 달러…14.2% 늘어
송고시간2025-09-22 07:30

(세종=한빛통신) 홍길동 기자 = 정부는 25일 반도체 수출이 지난해보다 14.2% 늘었다고 밝혔다.

산업통상자원부 관계자는 “하반기에도 증가세가 이어질 것”이라고 말했다.
"""

WIDGET_FIRST = """\
반도체 수출 62억 달러…14.2% 늘어
댓글 0
이 기사를 공유합니다

정부는 25일 반도체 수출이 지난해보다 14.2% 늘어 62억 달러를 기록했다고 밝혔다.

수출 증가율은 석 달 만에 가장 높았고 자동차 수출도 8.1% 늘었다고 정부는 설명했다.

산업통상자원부 관계자는 “하반기에도 증가세가 이어질 것”이라고 말했다.

댓글 2
2025-09-22 14:49:37
이번엔 진짜 100% 오르겠네요
"""

RELATED_BOX = """\
반도체 수출 62억 달러…14.2% 늘어
입력 2025.09.22 07:30

정부는 25일 반도체 수출이 지난해보다 14.2% 늘어 62억 달러를 기록했다고 밝혔다.
관련기사
- 자동차 수출 30억 달러 돌파
- 반도체 재고 20% 감소
산업통상자원부 관계자는 “하반기에도 증가세가 이어질 것”이라고 말했다.
[AD]
정부는 수출 지원 예산 1조 원을 추가로 편성하기로 했다.
▲ 25일 부산항 신선대부두에 수출 컨테이너가 쌓여 있다. (사진=한빛통신 제공)
많이 본 뉴스
코스피 3% 급락…외국인 1조 매도
"""

BYLINE_AND_FOOTER_DATE = """\
반도체 수출 62억 달러…14.2% 늘어

정부는 25일 반도체 수출이 지난해보다 14.2% 늘어 62억 달러를 기록했다고 밝혔다.

산업통상자원부 관계자는 “하반기에도 증가세가 이어질 것”이라고 말했다.
홍길동 기자 hong@example.co.kr
반도체 수출 62억 달러…14.2% 늘어
입력 2017-03-31 18:22
"""

BARE_LAST_LINE = """\
반도체 수출 62억 달러…14.2% 늘어

정부는 25일 반도체 수출이 지난해보다 14.2% 늘어 62억 달러를 기록했다고 밝혔다.
<저작권자 © 한빛경제, 무단 전재 및 재배포 금지>
2023-12-21 09:38:09
"""

ONE_LINE = (
    "반도체 수출 62억 달러…14.2% 늘어 입력 2025.09.22 07:30 "
    "정부는 25일 반도체 수출이 지난해보다 14.2% 늘어 62억 달러를 기록했다고 밝혔다. "
    "산업통상자원부 관계자는 “하반기에도 증가세가 이어질 것”이라고 말했다."
)

GLUED_DATE = (
    " date 2026-03-04 정부는 3일 반도체 수출이 지난해보다 14.2% 늘어 62억 달러를 기록했다고 밝혔다.\n"
    "산업통상자원부 관계자는 “하반기에도 증가세가 이어질 것”이라고 말했다.\n"
)

LABEL_ON_ITS_OWN_LINE = """\
반도체 수출 62억 달러…14.2% 늘어

정부는 25일 반도체 수출이 지난해보다 14.2% 늘어 62억 달러를 기록했다고 밝혔다.
입력
2024-05-06 10:20
"""


@pytest.mark.parametrize(
    ("text", "reference", "roles"),
    [
        (
            PORTAL_TOP + "\n" + BODY_TEXT,
            date(2025, 9, 22),
            {
                "메뉴 건너뛰기": CHROME,
                "홈 > 경제 > 산업": CHROME,
                "구독 로그인 회원가입": CHROME,
                "코스피 2,731.15": CHROME,
                "한빛경제": CHROME,
                "반도체 수출 62억": HEADLINE,
                "국채 6조3000억": SUBHEAD,
                "금융위 “가계대출": SUBHEAD,
                "홍길동 기자 | 입력": DATELINE,
                "글자크기": CHROME,
                "페이스북 공유하기": CHROME,
                LEAD[:10]: BODY,
                SECOND[:10]: BODY,
            },
        ),
        (
            WIRE,
            date(2025, 9, 22),
            {"(세종=한빛통신) 홍길동 기자": BYLINE, "정부는 25일": BODY, "송고시간": DATELINE},
        ),
        (
            WIDGET_FIRST,
            None,
            {
                "댓글 0": CHROME,
                "이 기사를 공유합니다": CHROME,
                "정부는 25일": BODY,
                "수출 증가율은": BODY,
                "산업통상자원부": BODY,
                "댓글 2": NOISE,
                "2025-09-22 14:49:37": NOISE,
                "이번엔 진짜": NOISE,
            },
        ),
        (
            RELATED_BOX,
            date(2025, 9, 22),
            {
                "관련기사": RELATED,
                "자동차 수출 30억": RELATED,
                "반도체 재고 20%": RELATED,
                "산업통상자원부": BODY,
                "[AD]": CHROME,
                "정부는 수출 지원": BODY,
                "25일 부산항": CAPTION,
                "많이 본 뉴스": RELATED,
                "코스피 3% 급락": RELATED,
            },
        ),
        (
            BYLINE_AND_FOOTER_DATE,
            date(2017, 3, 31),
            {"홍길동 기자 hong": NOISE, "입력 2017-03-31": DATELINE, "정부는 25일": BODY},
        ),
        (BARE_LAST_LINE, date(2023, 12, 21), {"2023-12-21 09:38:09": DATELINE, "<저작권자": NOISE}),
        (
            ONE_LINE,
            date(2025, 9, 22),
            {"반도체 수출 62억": HEADLINE, "입력 2025.09.22": DATELINE, "정부는 25일": BODY},
        ),
        (GLUED_DATE, date(2026, 3, 4), {"date 2026-03-04": DATELINE, "정부는 3일": BODY}),
        (LABEL_ON_ITS_OWN_LINE, date(2024, 5, 6), {"입력": DATELINE, "2024-05-06": DATELINE}),
    ],
    ids=[
        "portal-top",
        "wire",
        "widget-first",
        "related-box",
        "footer-date",
        "bare-last-line",
        "one-line",
        "glued-date",
        "label-own-line",
    ],
)
def test_page_layouts(text: str, reference: date | None, roles: dict[str, str]) -> None:
    layout = read_page(text)
    assert layout.reference_date == reference
    for prefix, role in roles.items():
        at = text.index(prefix)
        line = next(ln for ln in layout.lines if ln.start <= at < ln.end)
        assert line.role == role, (prefix, line)
        assert (line.reason is None) is (role in CONTENT_ROLES)
    for line in layout.lines:
        assert text[line.start : line.end] == line.text


@pytest.mark.parametrize(
    "menu",
    [
        pytest.param("뉴스홈 | 경제 | 산업 | 국제", id="pipe-separated-menu"),
    ],
)
def test_known_missed_menus(menu: str) -> None:
    text = page(f"{menu}\n\n반도체 수출 62억 달러…14.2% 늘어\n입력 2025.09.22 07:30")
    assert newsfacts.extract(text).headline == "반도체 수출 62억 달러…14.2% 늘어"


def test_the_reason_is_in_the_json_and_the_subheads_are_read() -> None:
    doc = newsfacts.extract(PORTAL_TOP + "\n" + BODY_TEXT)
    data = doc.to_dict()
    skipped = {doc.text[e["start"] : e["end"]]: (e["role"], e["reason"]) for e in data["layout"]}
    assert skipped["코스피 2,731.15 ▲0.42%  원/달러 1,388.60"] == (CHROME, "market ticker")
    assert skipped["홈 > 경제 > 산업"] == (CHROME, "navigation")
    assert [m["text"] for m in data["money"]][:3] == ["62억 달러", "6조3000억 원", "1,190조 원"]
    assert any(q["speaker"] == "금융위" for q in data["quotes"])
    assert not any(m["text"].startswith("2,731") for m in data["money"])


def test_a_comment_timestamp_is_never_the_publication_date() -> None:
    text = "반도체 수출 62억 달러\n\n" + BODY_TEXT + "\n댓글 2\n독자1\n2018-06-01 14:49:37\n좋은 기사네요\n"
    assert read_page(text).reference_date is None


def test_keep_noise_keeps_every_line() -> None:
    doc = newsfacts.extract(RELATED_BOX, keep_noise=True)
    assert any(m.text == "30억 달러" for m in doc.money)
    assert not any(m.text == "30억 달러" for m in newsfacts.extract(RELATED_BOX).money)


# --- word lists ---------------------------------------------------------------------------------


@pytest.mark.parametrize("word", WORDS["chrome_words"] + WORDS["ad_words"])
def test_every_chrome_word_alone_is_chrome(word: str) -> None:
    assert chrome_reason(word) is not None


@pytest.mark.parametrize("phrase", WORDS["read_aloud"])
def test_every_read_aloud_phrase_is_chrome(phrase: str) -> None:
    assert chrome_reason(f"이 기사를 {phrase}") is not None


@pytest.mark.parametrize("name", WORDS["market_names"])
def test_every_market_name_makes_a_ticker(name: str) -> None:
    assert chrome_reason(f"{name} 1,234.56 ▲0.42%") == "market ticker"


@pytest.mark.parametrize("header", WORDS["related_headers"])
def test_every_related_header_starts_a_box(header: str) -> None:
    text = f"제목이다\n입력 2025.01.31 03:00\n{LEAD}\n{header}\n자동차 수출 30억 달러 돌파\n{SECOND}"
    layout = read_page(text)
    roles = {ln.text: ln.role for ln in layout.lines}
    assert roles[header] == roles["자동차 수출 30억 달러 돌파"] == RELATED
    assert roles[SECOND] == BODY


@pytest.mark.parametrize("title", WORDS["byline_titles"])
def test_every_byline_title_makes_a_byline(title: str) -> None:
    text = f"제목이다\n홍길동 {title}\n입력 2025.01.31 03:00\n{BODY_TEXT}"
    roles = {ln.text: ln.role for ln in read_page(text).lines}
    assert roles[f"홍길동 {title}"] == BYLINE


@pytest.mark.parametrize("word", WORDS["count_words"])
def test_every_counter_may_stand_in_a_date_line(word: str) -> None:
    assert read_dateline(f"입력 2025.01.31 03:00 | {word} 12") is not None


@pytest.mark.parametrize("marker", WORDS["caption_markers"] + WORDS["caption_leads"])
def test_every_caption_marker_makes_a_caption(marker: str) -> None:
    caption = (
        f"{marker} 25일 부산항에 수출 컨테이너가 쌓여 있다"
        if marker in WORDS["caption_leads"]
        else (f"25일 부산항에 수출 컨테이너가 쌓여 있다. {marker}한빛통신")
    )
    text = f"제목이다\n입력 2025.01.31 03:00\n{LEAD}\n{caption}\n{SECOND}"
    roles = {ln.text: ln.role for ln in read_page(text).lines}
    assert roles[caption] == CAPTION


@pytest.mark.parametrize("word", WORDS["reactions"] + WORDS["noise_headers"] + WORDS["copyright_markers"])
def test_every_noise_marker_after_the_body_starts_the_noise(word: str) -> None:
    text = f"제목이다\n입력 2025.01.31 03:00\n{LEAD}\n{SECOND}\n{word} 3\n독자 의견 100%"
    layout = read_page(text)
    assert layout.noise_start == text.index(f"{word} 3")


# --- the body is never lost, and a wrapped article reads the same --------------------------------

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("**/*.txt"))
FIXTURES = [
    PORTAL_TOP + "\n" + BODY_TEXT,
    WIRE,
    WIDGET_FIRST,
    RELATED_BOX,
    BYLINE_AND_FOOTER_DATE,
    BARE_LAST_LINE,
    ONE_LINE,
    GLUED_DATE,
    LABEL_ON_ITS_OWN_LINE,
]


@pytest.mark.parametrize("text", FIXTURES + [p.read_text("utf-8") for p in SAMPLES])
def test_no_page_loses_its_body(text: str) -> None:
    layout = read_page(text)
    for sentence in (LEAD, SECOND, "정부는 수출 지원 예산 1조 원을 추가로 편성하기로 했다."):
        if sentence in text:
            at = text.index(sentence[10:])
            assert any(ln.start <= at < ln.end and ln.role == BODY for ln in layout.lines), sentence


def wrap(text: str, width: int) -> str:
    """Each line over ``width`` broken at spaces, as archives and scripts are."""
    return "\n".join(
        textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
        if len(line) > width
        else line
        for line in text.split("\n")
    )


def facts(doc: newsfacts.Document) -> set[tuple[str, str, str | None]]:
    out: set[tuple[str, str, str | None]] = set()
    for kind in ("money", "percentages", "dates"):
        for m in doc.mentions(kind):
            out.add((kind, str(m.value), m.attributed_to))
    out.update(("quotes", "".join(q.text.split()), q.speaker) for q in doc.quotes)
    return out


_UNWRAPPED = {p.name: facts(newsfacts.extract(p.read_text("utf-8"))) for p in SAMPLES}


def wrap_by_characters(text: str, width: int) -> str:
    """Each line over ``width`` cut every ``width`` characters, inside words too, as PDFs
    and fixed-column archives are."""
    return "\n".join(
        "\n".join(line[i : i + width] for i in range(0, len(line), width)) if len(line) > width else line
        for line in text.split("\n")
    )


def _looks_wrapped_already(text: str, width: int, how) -> bool:
    lines = text.split("\n")
    for a, b in itertools.pairwise(lines):
        if not a.strip() or not b.strip() or len(a) > width or len(b) > width:
            continue
        full = len(a) == width if how is wrap_by_characters else len(a) + 1 + len(b.split()[0]) > width - 1
        if full and len(a) >= width / 2:
            return True
    return False


# The wrappings of a sample that read differently today (all 610 tried): strict xfail cases
# below, and left out of the property test's comparison of facts, which found them one run
# in four. A fix shows up as an XPASS: take its row out.
WRAP_MISSES = {
    ("politics.txt", "wrap_by_characters", 21): "gap: a date line cut inside its time is read "
    "as a date in the text (2024-12-09T09:12)",
    ("sports.txt", "wrap", 78): "gap: a quote's speaker changes (빌트 for 구단 스포츠디렉터)",
    ("sports.txt", "wrap_by_characters", 20): "gap: a headline quote cut inside a word is lost",
    ("tech.txt", "wrap_by_characters", 28): "gap: 내년 상반기 and a quote cut inside a word are lost",
}


@pytest.mark.parametrize(
    ("name", "how", "width"),
    [
        pytest.param(
            name, how, width, id=f"{name}-{how}-{width}", marks=pytest.mark.xfail(strict=True, reason=why)
        )
        for (name, how, width), why in WRAP_MISSES.items()
    ],
)
def test_known_missed_wrappings(name: str, how: str, width: int) -> None:
    wrapping = {"wrap": wrap, "wrap_by_characters": wrap_by_characters}[how]
    path = next(p for p in SAMPLES if p.name == name)
    assert facts(newsfacts.extract(wrapping(path.read_text("utf-8"), width))) == _UNWRAPPED[name]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(SAMPLES),
    st.integers(min_value=20, max_value=80),
    st.sampled_from([wrap, wrap_by_characters]),
)
def test_a_hard_wrapped_article_reads_the_same(path: Path, width: int, how) -> None:
    text = path.read_text("utf-8")
    # The one case no reader can tell: two short lines in a row (subheads) where the first
    # is as long as a wrapped line would be (exactly the width, or too full for the next
    # word to fit). docs/page-model.md says so.
    assume(not _looks_wrapped_already(text, width, how))
    wrapped = how(text, width)
    doc = newsfacts.extract(wrapped)
    if (path.name, how.__name__, width) not in WRAP_MISSES:
        assert facts(doc) == _UNWRAPPED[path.name]
    for kind in ("money", "percentages", "dates", "quotes"):
        for m in doc.mentions(kind):
            assert wrapped[m.start : m.end] == m.text


# --- page furniture that reads like a sentence ----------------------------------------------------

CUE = "label in brackets (a broadcast cue or an outlet's name)"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[앵커]", (CHROME, CUE)),
        ("<앵커 멘트>", (CHROME, CUE)),
        ("◀VCR▶", (CHROME, CUE)),
        ("【 기자 】", (CHROME, CUE)),
        ("[한빛일보]", (CHROME, CUE)),
        ("한빛방송 뉴스 홍길동입니다.", (BYLINE, "broadcast sign-off")),
        ("홍길동 기자가 보도합니다.", (BYLINE, "broadcast sign-off")),
        ("홍길동 기자입니다.", (BYLINE, "broadcast sign-off")),
        ("한빛방송 홍길동 (hong@example.co.kr)", (CHROME, "contact line")),
        ("▷ 전화 02-123-4567", (CHROME, "contact line")),
        ("09.07 (월)", (CHROME, "date widget")),
        # sentences and subheads that only look alike
        ("그것은 우리의 책임입니다.", None),
        ("내부 제보로 드러난 비리", None),
        ("[中 AI ‘반도체’ 대전 시리즈 제3부]", None),
        ("홍 기자는 02-123-4567로 연락했다고 밝혔다.", None),
    ],
    ids=lambda v: str(v),
)
def test_furniture_lines(line: str, expected: tuple[str, str] | None) -> None:
    assert furniture_reason(line) == expected


@pytest.mark.parametrize("word", WORDS["credit_words"])
def test_every_credit_word_makes_a_credit_line(word: str) -> None:
    assert furniture_reason(f"{word} : 홍길동") == (CHROME, "broadcast credits")


@pytest.mark.parametrize("name", WORDS["broadcasters"])
def test_every_broadcaster_makes_a_sign_off(name: str) -> None:
    assert furniture_reason(f"부산에서 {name} 홍길동입니다.") == (BYLINE, "broadcast sign-off")


@pytest.mark.parametrize("phrase", WORDS["promo_phrases"])
def test_every_promotion_phrase_is_chrome(phrase: str) -> None:
    assert furniture_reason(f"※ {phrase}") == (CHROME, "promotion")


@pytest.mark.parametrize("phrase", WORDS["site_notices"])
def test_every_site_notice_is_chrome(phrase: str) -> None:
    assert furniture_reason(f"이 페이지의 {phrase}") == (CHROME, "site notice")


@pytest.mark.parametrize("phrase", WORDS["image_words"])
def test_every_image_placeholder_is_chrome(phrase: str) -> None:
    assert furniture_reason(f"한빛 {phrase}") == (CHROME, "image placeholder")


BROADCAST_SCRIPT = """\
[앵커]
반도체 수출이 석 달째 늘었습니다.
[기자]
정부는 25일 반도체 수출이 지난해보다 14.2% 늘어 62억 달러를 기록했다고 밝혔습니다.
촬영기자 : 홍길동
한빛방송 뉴스 김철수입니다.
※ '당신의 제보가 뉴스가 됩니다'
[전화] 02-123-4567
"""


def test_a_broadcast_script_keeps_only_its_report() -> None:
    layout = read_page(BROADCAST_SCRIPT)
    kept = [ln.text for ln in layout.lines if ln.role in CONTENT_ROLES]
    assert kept == [
        "반도체 수출이 석 달째 늘었습니다.",
        "정부는 25일 반도체 수출이 지난해보다 14.2% 늘어 62억 달러를 기록했다고 밝혔습니다.",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("4℃", "weather widget"),
        ("서울 -3℃", "weather widget"),
        ("맑음 12°C", "weather widget"),
        ("8℃ / 15℃", "weather widget"),
        ("해솔 날씨 12℃ 흐림 | 미세먼지 보통 | [알림] 시민기자 모집", "weather widget"),
        # a temperature in a sentence is the article's
        ("낮 최고기온은 33℃까지 올랐다.", None),
    ],
)
def test_weather_widget_lines(line: str, expected: str | None) -> None:
    assert chrome_reason(line) == expected


def test_a_weather_ticker_is_not_the_headline() -> None:
    ticker = "\n".join(f"{t}℃" for t in (4, 6, 7, 5, 8, 12))
    text = f"{ticker}\n연수구, 소통 콘서트 열어\n\n연수구는 지난 27일 소통 콘서트를 열었다."
    doc = newsfacts.extract(text)
    assert doc.headline == "연수구, 소통 콘서트 열어"


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            '누리TV 국민방송\n\n수산물 물가 점검…"수산업 혁신"\n\n누리뉴스 월~금요일 19시\n\n'
            '수산물 물가 점검…"수산업 혁신"\n\n등록일 : 2025.08.29 20:30\n\n'
            "해양수산부 장관이 시장을 찾아 수산물 가격을 점검했습니다.\n",
            '수산물 물가 점검…"수산업 혁신"',
        ),
        (
            '뉴스\n\n누리방송 상단 메뉴\n\n"외국 스타트업 초청 행사는 한국이 처음"\n\n'
            '"외국 스타트업 초청 행사는 한국이 처음"\n\n'
            "오픈AI가 한국 스타트업을 초청해 행사를 열었다고 중기부가 밝혔다.\n",
            '"외국 스타트업 초청 행사는 한국이 처음"',
        ),
    ],
)
def test_a_title_printed_twice_is_the_headline_not_the_channels_name(text: str, headline: str) -> None:
    assert newsfacts.extract(text).headline == headline


def test_a_live_news_menu_above_the_headline_is_chrome() -> None:
    page = (
        '실시간 뉴스\n\n\n가람수목원 "누적 관람객 400만명 돌파"\n\n\n'
        "[가람뉴스 변시온 기자] 가람수목원의 누적 관람객이 400만 명을 넘었다고 17일 밝혔다.\n"
    )
    doc = newsfacts.extract(page)
    assert doc.headline == '가람수목원 "누적 관람객 400만명 돌파"'
    assert [(s["role"], page[s["start"] : s["end"]]) for s in doc.skipped()][:1] == [
        ("chrome", "실시간 뉴스")
    ]
