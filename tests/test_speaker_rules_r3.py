"""Speakers, fourth pass (issue 20): rules of Korean newswriting that a third set of unseen
articles showed missing, each stated by structure rather than by the words met.

Every passage is written for this project. An expected row is ``(quote text, speaker,
speaker_mention)`` in text order.
"""

from __future__ import annotations

import pytest
from _speakers import speakers

from newsfacts.extractors.speech.entities import Entities
from newsfacts.extractors.speech.fullest import abbreviates
from newsfacts.lexicon import load
from newsfacts.page.article import parse_article

SPEAKERS = load("speakers")


def kinds(text: str) -> list[tuple[str, str]]:
    return Entities(parse_article(text)).names()


# --- 1. a name and its post, whatever the post is called ------------------------------------

NAME_AND_POST = [
    pytest.param(
        "표은솔 한울재단 파트너는 “후속 투자도 검토한다”고 말했다. "
        "표 파트너는 “시장이 커질 것”이라고 덧붙였다.",
        [
            ("후속 투자도 검토한다", "표은솔 한울재단 파트너", "표은솔 한울재단 파트너"),
            ("시장이 커질 것", "표은솔 한울재단 파트너", "표 파트너"),
        ],
        id="a-post-no-list-holds",
    ),
    pytest.param(
        "김도윤 누리경찰청 강력수사대장은 “공범 두 명을 더 쫓고 있다”고 말했다. "
        "김 대장은 “곧 검거할 것”이라고 덧붙였다.",
        [
            ("공범 두 명을 더 쫓고 있다", "김도윤 누리경찰청 강력수사대장", "김도윤 누리경찰청 강력수사대장"),
            ("곧 검거할 것", "김도윤 누리경찰청 강력수사대장", "김 대장"),
        ],
        id="a-name-kiwi-breaks-before-the-affiliation",
    ),
    pytest.param(
        "최은호 이룬시 환경국장은 “악취 민원이 줄었다”고 말했다. 최 국장은 “점검을 이어간다”고 했다.",
        [
            ("악취 민원이 줄었다", "최은호 이룬시 환경국장", "최은호 이룬시 환경국장"),
            ("점검을 이어간다", "최은호 이룬시 환경국장", "최 국장"),
        ],
        id="a-place-read-as-a-verb",
    ),
    pytest.param(
        "누리전자 배터리사업부장 도하린 전무는 “라인을 늘린다”고 말했다. 도 부장은 “수율이 올랐다”고 했다.",
        [
            ("라인을 늘린다", "누리전자 배터리사업부장 도하린 전무", "누리전자 배터리사업부장 도하린 전무"),
            ("수율이 올랐다", "누리전자 배터리사업부장 도하린 전무", "도 부장"),
        ],
        id="a-unit-and-jang-before-the-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_AND_POST)
def test_a_name_and_any_post_is_a_person(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


BODIES_OF_A_PERSON = (
    "민하준 새미래당 대표는 공약을 냈다. 오세린 {word}는 “반대한다”고 밝혔다. 그는 “재검토하라”고 말했다."
)


@pytest.mark.parametrize("word", SPEAKERS["person_bodies"])
def test_every_person_body_word_keeps_a_body(word: str) -> None:
    # were '오세린 캠프' a person, '그는' would take it up
    text = BODIES_OF_A_PERSON.format(word=word)
    assert speakers(text)[-1] == ("재검토하라", "민하준 새미래당 대표", "그")


def test_a_name_and_a_post_is_taken_up_by_he() -> None:
    text = BODIES_OF_A_PERSON.format(word="한울재단 파트너")
    assert speakers(text)[-1] == ("재검토하라", "오세린 한울재단 파트너", "그")


@pytest.mark.parametrize("unit", SPEAKERS["unit_syllables"])
def test_every_unit_syllable_and_jang_is_a_title(unit: str) -> None:
    text = f"누리시 시민안전{unit}장 도하린 씨는 “점검을 마쳤다”고 말했다. 도 {unit}장은 “보완하겠다”고 했다."
    full = f"누리시 시민안전{unit}장 도하린 씨"
    assert speakers(text) == [("점검을 마쳤다", full, full), ("보완하겠다", full, f"도 {unit}장")]


@pytest.mark.parametrize("place", ["청림공장", "청림운동장", "청림경기장"])
def test_a_place_ending_in_jang_is_no_head_of_a_unit(place: str) -> None:
    # 장 after a syllable that is no unit's ending is a place, not a title: '그는' passes it
    text = (
        f"민하준 새미래당 대표는 공약을 냈다. 누리 {place}은 “문을 닫는다”고 밝혔다. "
        "그는 “유감”이라고 말했다."
    )
    assert speakers(text)[-1] == ("유감", "민하준 새미래당 대표", "그")


# --- 2. 'a certain X' and 'this X' ------------------------------------------------------------

CERTAIN = [
    pytest.param(
        "국내 한 게임 퍼블리셔는 “판호 발급이 늦다”고 말했다. 이 퍼블리셔는 “출시를 미뤘다”고 덧붙였다.",
        [
            ("판호 발급이 늦다", "국내 한 게임 퍼블리셔", "국내 한 게임 퍼블리셔"),
            ("출시를 미뤘다", "국내 한 게임 퍼블리셔", "이 퍼블리셔"),
        ],
        id="this-publisher",
    ),
    pytest.param(
        "한 웹툰 작가는 “연재 주기가 너무 빠르다”고 말했다. 이 작가는 “휴재권을 보장하라”고 요구했다.",
        [
            ("연재 주기가 너무 빠르다", "한 웹툰 작가", "한 웹툰 작가"),
            ("휴재권을 보장하라", "한 웹툰 작가", "이 작가"),
        ],
        id="this-writer",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CERTAIN)
def test_a_certain_post_is_an_anonymous_person(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("한 중견 제약사는 가격을 올렸다.", id="a-body"),
        pytest.param("한 번 최고기록을 넘겼다.", id="a-count"),
        pytest.param("연평균 수입 증가율은 3%였다.", id="a-name-shaped-word-and-no-body"),
        pytest.param("창경궁 돌담은 복원됐다.", id="a-name-shaped-place-and-a-noun"),
        pytest.param("지난해 취업자는 늘었다.", id="a-role-of-no-one"),
        pytest.param("누리전자의 고사양 AI 칩은 품귀다.", id="an-owner-and-a-name-shaped-word"),
    ],
)
def test_no_person_without_a_post(text: str) -> None:
    assert [name for name, kind in kinds(text) if kind == "person"] == []


# --- 3. family names of two syllables ---------------------------------------------------------

TWO_SYLLABLE = [s for s in SPEAKERS["surnames"] if len(s) == 2]


@pytest.mark.parametrize("surname", TWO_SYLLABLE)
def test_every_two_syllable_surname_keeps_its_short_form(surname: str) -> None:
    text = (
        f"{surname}윤 새미래당 의원은 “예산을 늘려야 한다”고 말했다. {surname} 의원은 “재원은 있다”고 했다."
    )
    full = f"{surname}윤 새미래당 의원"
    assert speakers(text) == [("예산을 늘려야 한다", full, full), ("재원은 있다", full, f"{surname} 의원")]


# --- 4. someone's role; a time noun before the speaker --------------------------------------

ROLES = [
    pytest.param(
        "한 수강생의 어머니는 “환불을 못 받았다”고 말했다.",
        [("환불을 못 받았다", "한 수강생의 어머니", "한 수강생의 어머니")],
        id="a-role-takes-its-genitive",
    ),
    pytest.param(
        "공판 직후 D군의 어머니(39)는 복도에 주저앉았다. 그는 “납득할 수 없다”고 말했다.",
        [("납득할 수 없다", "D군의 어머니(39)", "그")],
        id="after-a-time-noun-and-he",
    ),
    pytest.param(
        "통계청의 주장에 따르면 물가는 2% 올랐다.",
        [("물가는 2% 올랐다", "통계청", "통계청")],
        id="a-source-noun-is-no-role",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_roles_of_someone_and_time_adverbials(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


# --- 5. headlines that say what the speaker is ------------------------------------------------

HEADLINES = [
    pytest.param(
        "누리항 어획량 반토막…어민들 “기름값도 못 건져”\n\n"
        "누리항 어획량이 지난해의 절반으로 줄었다.\n\n"
        "40년째 조업 중인 어민 여창수(66) 씨는 “요즘은 나가면 기름값도 못 건져 손해”라고 말했다.",
        [
            ("기름값도 못 건져", "어민 여창수(66) 씨", "어민들"),
            ("요즘은 나가면 기름값도 못 건져 손해", "어민 여창수(66) 씨", "어민 여창수(66) 씨"),
        ],
        id="a-group-of-what-they-are",
    ),
    pytest.param(
        "새 요금제 논란…탈락 사업자 “심사 기준 불공정”\n\n"
        "한빛통신 관계자는 “심사 기준이 불공정했다”며 이의를 제기했다.",
        [
            ("심사 기준 불공정", "한빛통신 관계자", "탈락 사업자"),
            ("심사 기준이 불공정했다", "한빛통신 관계자", "한빛통신 관계자"),
        ],
        id="what-the-speaker-is-in-common-nouns",
    ),
    pytest.param(
        "금융위 “대출 규제 유지”\n\n김영수 한빛대 교수는 “대출 규제를 유지해야 한다”고 말했다.",
        [
            ("대출 규제 유지", "금융위", "금융위"),
            ("대출 규제를 유지해야 한다", "김영수 한빛대 교수", "김영수 한빛대 교수"),
        ],
        id="a-body-short-name-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headline_common_nouns_take_the_condensed_speaker(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("선관위", "누리시선거관리위원회", True),
        ("교육청", "누리시교육청", False),
        ("선관위", "선거관리위원회", True),
        ("경찰청", "누리시경찰청", False),
    ],
)
def test_a_short_name_may_drop_the_place(short: str, full: str, expected: bool) -> None:
    assert abbreviates(short, full) is expected


# --- 6. other titles a short form may use -------------------------------------------------------

OTHER_TITLES = [
    pytest.param(
        "여당 간사인 우태준 새미래당 의원은 “합의가 가깝다”고 말했다. "
        "우 간사는 “주말에 다시 만난다”고 덧붙였다.",
        [
            ("합의가 가깝다", "우태준 새미래당 의원", "우태준 새미래당 의원"),
            ("주말에 다시 만난다", "우태준 새미래당 의원", "우 간사"),
        ],
        id="a-post-in-a-relative-clause",
    ),
    pytest.param(
        "누리우주센터 발사체사업단 모하진 단장은 “점화는 정상이었다”고 말했다. "
        "사업단장은 “다음 발사는 내년”이라고 덧붙였다.",
        [
            (
                "점화는 정상이었다",
                "누리우주센터 발사체사업단 모하진 단장",
                "누리우주센터 발사체사업단 모하진 단장",
            ),
            ("다음 발사는 내년", "누리우주센터 발사체사업단 모하진 단장", "사업단장"),
        ],
        id="the-head-of-the-unit-before-the-name",
    ),
    pytest.param(
        "우태준 새미래당 의원은 “합의가 가깝다”고 말했다. 우 간사는 “주말에 만난다”고 덧붙였다.",
        [
            ("합의가 가깝다", "우태준 새미래당 의원", "우태준 새미래당 의원"),
            ("주말에 만난다", "우 간사", "우 간사"),
        ],
        id="no-post-given-no-other-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_TITLES)
def test_other_titles_of_the_same_person(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


# --- 7. bodies by what they are, and short names after the body they belong to ----------------

BODIES = [
    pytest.param(
        "밴드 소속사 한울뮤직은 “투어를 연장한다”고 밝혔다. 소속사 측은 “안전 인력을 늘린다”고 덧붙였다.",
        [
            ("투어를 연장한다", "한울뮤직", "한울뮤직"),
            ("안전 인력을 늘린다", "한울뮤직", "소속사 측"),
        ],
        id="what-the-body-was-introduced-as",
    ),
    pytest.param(
        "국회 교육개혁특별위원회(교육특위)는 회의를 열었다. 국회 교육특위는 “다음 주 표결한다”고 밝혔다.",
        [("다음 주 표결한다", "국회 교육개혁특별위원회", "국회 교육특위")],
        id="a-short-name-after-its-owner",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_bodies_by_what_they_are(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


CLUBS = [
    pytest.param(
        "누리FC는 “새 감독을 선임했다”고 발표했다. 구단은 “계약 기간은 2년”이라고 밝혔다.",
        [("새 감독을 선임했다", "누리FC", "누리FC"), ("계약 기간은 2년", "누리FC", "구단")],
        id="the-club-named-before",
    ),
    pytest.param(
        "국가대표 수비수 오태식(25)이 독일 명문 구단으로 이적한다. 구단은 “계약 기간은 4년”이라고 밝혔다.",
        [("계약 기간은 4년", "구단", "구단")],
        id="a-player-is-no-club",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLUBS)
def test_the_club_is_written_back_as_gudan(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


# --- 8. a company reference points back, to a company -------------------------------------------

COMPANY_BACK = [
    pytest.param(
        "회사 측은 “증설을 서두른다”고 밝혔다.\n\n누리전자는 공장을 새로 짓는다.",
        [("증설을 서두른다", "회사 측", "회사 측")],
        id="not-the-company-named-after",
    ),
    pytest.param(
        "올해 2분기 글로벌 DRAM 시장 규모는 늘었다. 회사 측은 “투자를 늘린다”고 밝혔다.",
        [("투자를 늘린다", "회사 측", "회사 측")],
        id="a-figure-with-a-proper-noun-is-no-company",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPANY_BACK)
def test_a_company_reference_points_back_to_a_company(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("누리전자 주가는 5% 올랐다.", [], id="a-thing-of-a-company"),
        pytest.param("올해 2분기 글로벌 DRAM 시장 규모는 늘었다.", [], id="a-figure"),
        pytest.param("미국 정부는 관세를 올렸다.", [("미국 정부", "organization")], id="a-body-word-as-head"),
        pytest.param(
            "한빛 타이거즈는 5연승을 달렸다.", [("한빛 타이거즈", "organization")], id="a-name-as-head"
        ),
    ],
)
def test_a_body_is_named_by_its_head(text: str, expected: list[tuple]) -> None:
    assert kinds(text) == expected


# --- 9. the one asked answers ------------------------------------------------------------------

VERBS = load("reporting_verbs")


@pytest.mark.parametrize("cue", VERBS["ask_cues"])
def test_every_ask_cue_makes_the_one_asked_the_speaker(cue: str) -> None:
    text = f"한울랩 오세린 대표는 회사를 세웠다. 오 대표에게 상장 계획을 {cue} “아직은 이르다”고 답했다."
    assert speakers(text) == [("아직은 이르다", "한울랩 오세린 대표", "오 대표")]


def test_no_question_no_one_asked() -> None:
    # '에게' with no question before the quote: the dropped subject is the last speaker
    text = "오세린 대표는 “투자를 늘린다”고 말했다. 직원들에게 선물을 건넨 뒤 “고생했다”고 말했다."
    assert speakers(text) == [
        ("투자를 늘린다", "오세린 대표", "오세린 대표"),
        ("고생했다", "오세린 대표", None),
    ]


# --- 10. a source by its kind word -------------------------------------------------------------

KIND_SOURCES = [
    pytest.param(
        "누리경찰청 강력수사대는 일당 9명을 검거했다고 밝혔다. 경찰에 따르면 이들은 3년간 범행했다.",
        [
            ("일당 9명을 검거했다", "누리경찰청 강력수사대", "누리경찰청 강력수사대"),
            ("이들은 3년간 범행했다", "누리경찰청 강력수사대", "경찰"),
        ],
        id="the-body-named-before",
    ),
    pytest.param(
        "김도윤 누리경찰청 강력수사대장은 일당을 검거했다고 밝혔다. 경찰에 따르면 이들은 3년간 범행했다.",
        [
            ("일당을 검거했다", "김도윤 누리경찰청 강력수사대장", "김도윤 누리경찰청 강력수사대장"),
            ("이들은 3년간 범행했다", "경찰", "경찰"),
        ],
        id="not-a-person-whose-title-holds-it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), KIND_SOURCES)
def test_a_source_by_its_kind_word(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


ROLE_HEADLINES = [
    pytest.param(
        "보이스피싱 일당 검거…피해자 “노후 자금 다 잃어”\n\n"
        "피해자 여옥순(78) 씨는 “은행에 맡긴 줄 알았다”고 말했다.",
        [
            ("노후 자금 다 잃어", "피해자 여옥순(78) 씨", "피해자"),
            ("은행에 맡긴 줄 알았다", "피해자 여옥순(78) 씨", "피해자 여옥순(78) 씨"),
        ],
        id="the-one-person-of-that-role",
    ),
    pytest.param(
        "보이스피싱 일당 검거…피해자 “노후 자금 다 잃어”\n\n"
        "피해자 여옥순(78) 씨는 “은행에 맡긴 줄 알았다”고 말했다. "
        "피해자 조만식(81) 씨는 “아들에게 말 못 했다”고 말했다.",
        [
            ("노후 자금 다 잃어", "피해자", "피해자"),
            ("은행에 맡긴 줄 알았다", "피해자 여옥순(78) 씨", "피해자 여옥순(78) 씨"),
            ("아들에게 말 못 했다", "피해자 조만식(81) 씨", "피해자 조만식(81) 씨"),
        ],
        id="two-of-that-role-say-nothing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_HEADLINES)
def test_a_headline_role_is_the_one_person_of_it(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "누리시 시민안전과 관계자는 “쉼터를 늘린다”고 말했다.",
            [("쉼터를 늘린다", "누리시 시민안전과 관계자", "누리시 시민안전과 관계자")],
            id="a-division-before-its-official",
        ),
        pytest.param(
            "학생과 교사는 “반대한다”고 말했다.",
            [("반대한다", "교사", "교사")],
            id="and-before-a-title-is-still-and",
        ),
    ],
)
def test_a_division_kiwi_reads_as_and(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected
