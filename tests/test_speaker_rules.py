"""Speakers as the fullest form of whoever the article names (issue 20, second round).

Each table is one rule of Korean newswriting; every passage is written for this project. An
expected row is ``(quote text, speaker, speaker_mention)`` for each quote or claim, in text
order.
"""

from __future__ import annotations

import pytest
from _speakers import speakers

from newsfacts.extractors.speech.entities import Entities
from newsfacts.extractors.speech.fullest import abbreviates
from newsfacts.extractors.speech.speakers import lexicon, personal_name
from newsfacts.lexicon import load
from newsfacts.page.article import parse_article


def _topic(word: str) -> str:
    last = word.rstrip(")")[-1]
    batchim = "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0
    return word + ("은" if batchim else "는")


# --- 1. the fullest form written is the speaker, however the quote names it ------------------

FULLEST = [
    pytest.param(
        "정민호 한국은행 총재는 이날 기자간담회를 열었다. 정 총재는 “물가 경로를 지켜보겠다”고 말했다.",
        [("물가 경로를 지켜보겠다", "정민호 한국은행 총재", "정 총재")],
        id="surname-and-title-after-name-organisation-title",
    ),
    pytest.param(
        "주장 오세훈은 경기 내내 팀을 이끌었다. 오세훈은 “동료들 덕분”이라고 말했다.",
        [("동료들 덕분", "주장 오세훈", "오세훈")],
        id="bare-name-after-role-and-name",
    ),
    pytest.param(
        "주장 오세훈은 “끝까지 뛰었다”고 말했다. 그는 “다음 경기도 이기겠다”고 말했다.",
        [("끝까지 뛰었다", "주장 오세훈", "주장 오세훈"), ("다음 경기도 이기겠다", "주장 오세훈", "그")],
        id="role-before-name-stays-in-the-speaker",
    ),
    pytest.param(
        "청솔마을 대책위원회 위원장 A씨(34)는 이날 집회를 열었다. A씨는 “보상을 요구한다”고 말했다.",
        [("보상을 요구한다", "청솔마을 대책위원회 위원장 A씨(34)", "A씨")],
        id="letter-ssi-after-committee-chair",
    ),
    pytest.param(
        "마을 이장 김영호 씨는 주민들과 만났다. 김씨는 “물이 끊겼다”고 말했다.",
        [("물이 끊겼다", "마을 이장 김영호 씨", "김씨")],
        id="surname-ssi-after-village-head",
    ),
    pytest.param(
        "정 총재 “물가 경로 지켜볼 것”\n\n정민호 한국은행 총재는 “물가 경로를 지켜볼 것”이라고 말했다.",
        [
            ("물가 경로 지켜볼 것", "정민호 한국은행 총재", "정 총재"),
            ("물가 경로를 지켜볼 것", "정민호 한국은행 총재", "정민호 한국은행 총재"),
        ],
        id="headline-short-form-takes-the-body-full-form",
    ),
    pytest.param(
        "유명 투자자 마크 앤드리슨은 “스푸트니크 순간”이라고 말했다. 앤드리슨은 “중국이 앞섰다”고 덧붙였다.",
        [
            ("스푸트니크 순간", "마크 앤드리슨", "마크 앤드리슨"),
            ("중국이 앞섰다", "마크 앤드리슨", "앤드리슨"),
        ],
        id="foreign-family-name-alone",
    ),
    pytest.param(
        "한빛FC의 공격수 이도현은 2골을 넣었다. 그는 “동료들 덕분”이라고 말했다.",
        [("동료들 덕분", "한빛FC의 공격수 이도현", "그")],
        id="role-takes-its-affiliation-with-ui",
    ),
    pytest.param(
        "정민호 한국은행 총재에 따르면 물가는 안정됐다. 정 총재는 “금리를 유지한다”고 말했다.",
        [
            ("물가는 안정됐다", "정민호 한국은행 총재", "정민호 한국은행 총재"),
            ("금리를 유지한다", "정민호 한국은행 총재", "정 총재"),
        ],
        id="short-form-after-a-source-of-a-claim",
    ),
    pytest.param(
        "한빛전자 김태호 사장의 발표가 끝난 뒤 김 사장은 “수요가 늘었다”고 말했다.",
        [("수요가 늘었다", "한빛전자 김태호 사장", "김 사장")],
        id="full-form-before-ui-and-a-time-word-before-the-short-form",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FULLEST)
def test_the_fullest_written_form_speaks(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


# --- 2. bodies' short names and abbreviations ---------------------------------------------

BODIES = [
    pytest.param(
        "금융위 “대출 규제 유지”\n\n금융위원회는 “대출 규제를 유지한다”고 밝혔다.",
        [("대출 규제 유지", "금융위원회", "금융위"), ("대출 규제를 유지한다", "금융위원회", "금융위원회")],
        id="leading-syllables-and-head-wi",
    ),
    pytest.param(
        "노동부 “임금체불 엄정 대응”\n\n고용노동부는 “임금체불에 엄정 대응하겠다”고 밝혔다.",
        [
            ("임금체불 엄정 대응", "고용노동부", "노동부"),
            ("임금체불에 엄정 대응하겠다", "고용노동부", "고용노동부"),
        ],
        id="a-stretch-of-the-name-and-its-last-syllable",
    ),
    pytest.param(
        "질병청 “독감 유행 주의보”\n\n질병관리청은 “독감 유행 주의보를 내린다”고 밝혔다.",
        [
            ("독감 유행 주의보", "질병관리청", "질병청"),
            ("독감 유행 주의보를 내린다", "질병관리청", "질병관리청"),
        ],
        id="cheong",
    ),
    pytest.param(
        "경총 “최저임금 동결해야”\n\n한국경영자총협회는 “최저임금을 동결해야 한다”고 밝혔다.",
        [
            ("최저임금 동결해야", "한국경영자총협회", "경총"),
            ("최저임금을 동결해야 한다", "한국경영자총협회", "한국경영자총협회"),
        ],
        id="conventional-short-name-from-the-list",
    ),
    pytest.param(
        "한국노동조합총연맹(한국노총)은 집회를 열었다. 한국노총은 “임금을 올려야 한다”고 말했다.",
        [("임금을 올려야 한다", "한국노동조합총연맹(한국노총)", "한국노총")],
        id="parenthesised-abbreviation",
    ),
    pytest.param(
        "경영계 “최저임금 동결해야”\n\n한국경영자총협회는 “최저임금을 동결해야 한다”고 밝혔다.",
        [
            ("최저임금 동결해야", "한국경영자총협회", "경영계"),
            ("최저임금을 동결해야 한다", "한국경영자총협회", "한국경영자총협회"),
        ],
        id="sector-word-is-the-body-of-that-sector",
    ),
    pytest.param(
        "경영계 “최저임금 동결해야”\n\n김영수 한빛대 교수는 “최저임금을 동결해야 한다”고 말했다.",
        [
            ("최저임금 동결해야", "경영계", "경영계"),
            ("최저임금을 동결해야 한다", "김영수 한빛대 교수", "김영수 한빛대 교수"),
        ],
        id="sector-word-is-no-person",
    ),
    pytest.param(
        "금융위 “대출 규제 유지”\n\n금융감독원은 “대출 규제를 유지한다”고 밝혔다.",
        [("대출 규제 유지", "금융위", "금융위"), ("대출 규제를 유지한다", "금융감독원", "금융감독원")],
        id="short-name-of-a-body-the-article-does-not-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_short_names_of_bodies(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("금융위", "금융위원회", True),
        ("공정위", "공정거래위원회", True),
        ("노동부", "고용노동부", True),
        ("복지부", "보건복지부", True),
        ("기재부", "기획재정부", True),
        ("산업부", "산업통상자원부", True),
        ("질병청", "질병관리청", True),
        ("금감원", "금융감독원", True),
        ("한은", "한국은행", True),
        ("금융위", "금융감독원", False),
        ("삼성", "삼성전자", False),
        ("정부", "정부세종청사", False),
        ("경찰", "아산경찰서", False),
        ("금융위원회", "금융위", False),
    ],
)
def test_the_short_name_rule(short: str, full: str, expected: bool) -> None:
    assert abbreviates(short, full) is expected


WORDS = load("entities")


@pytest.mark.parametrize(("short", "full"), sorted(WORDS["abbreviations"].items()))
def test_every_listed_short_name_is_one_no_rule_derives(short: str, full: str) -> None:
    assert not abbreviates(short, full)
    text = f"{short} “규제를 풀어야”\n\n{_topic(full)} “규제를 풀어야 한다”고 밝혔다."
    assert speakers(text) == [("규제를 풀어야", full, short), ("규제를 풀어야 한다", full, full)]


@pytest.mark.parametrize("head", WORDS["body_heads"])
def test_every_body_head_ends_a_short_name(head: str) -> None:
    assert abbreviates(f"한빛{head[0]}", f"한빛{head}")
    assert not abbreviates(f"한빛{head[0]}", f"한빛{head}국")


@pytest.mark.parametrize("particle", WORDS["person_particles"])
def test_every_person_particle_introduces_a_person_only(particle: str) -> None:
    text = f"정민호 한국은행 총재{particle} 관심이 쏠렸다. 정 총재는 “물가를 잡겠다”고 말했다."
    assert speakers(text) == [("물가를 잡겠다", "정민호 한국은행 총재", "정 총재")]
    text = f"한빛전자{particle} 관심이 쏠렸다. 회사 측은 “물량을 늘린다”고 밝혔다."
    assert speakers(text) == [("물량을 늘린다", "회사 측", "회사 측")]


@pytest.mark.parametrize(
    "text",
    [
        "투자 시장에 돈이 몰렸다.",
        "전세시장의 불안이 커졌다.",
        "업계 관계자의 말이 나왔다.",
        "MBC 인사의 발언이 나왔다.",
    ],
)
def test_before_ui_or_e_only_a_person_by_name_is_introduced(text: str) -> None:
    assert Entities(parse_article(text)).names() == []


@pytest.mark.parametrize(("word", "kind"), sorted(WORDS["sector_words"].items()))
def test_every_sector_word(word: str, kind: str) -> None:
    body = "수원지법 형사11부" if kind == "court" else "한빛연합회"
    text = f"{word} “규제 풀어야”\n\n{_topic(body)} “규제를 풀어야 한다”고 밝혔다."
    assert speakers(text)[0] == ("규제 풀어야", body, word)


# --- 3. anonymous sources and 'this X' ----------------------------------------------------

ANONYMOUS = [
    pytest.param(
        "한 시중은행 자금담당 임원은 “유동성이 부족하다”고 말했다. "
        "이 임원은 또 “금리가 오를 것”이라고 말했다.",
        [
            ("유동성이 부족하다", "한 시중은행 자금담당 임원", "한 시중은행 자금담당 임원"),
            ("금리가 오를 것", "한 시중은행 자금담당 임원", "이 임원"),
        ],
        id="this-executive",
    ),
    pytest.param(
        "“예산이 부족하다”고 국회 예산결산특별위원회 소속 한 의원은 말했다. "
        "이 의원은 “정부가 나서야 한다”고 덧붙였다.",
        [
            (
                "예산이 부족하다",
                "국회 예산결산특별위원회 소속 한 의원",
                "국회 예산결산특별위원회 소속 한 의원",
            ),
            ("정부가 나서야 한다", "국회 예산결산특별위원회 소속 한 의원", "이 의원"),
        ],
        id="this-lawmaker-introduced-after-the-quote",
    ),
    pytest.param(
        "이정훈 의원은 “반대한다”고 말했다. "
        "한 여당 의원은 “찬성한다”고 말했다. 이 의원은 “다시 논의하자”고 말했다.",
        [
            ("반대한다", "이정훈 의원", "이정훈 의원"),
            ("찬성한다", "한 여당 의원", "한 여당 의원"),
            ("다시 논의하자", "이정훈 의원", "이 의원"),
        ],
        id="lawmaker-lee-when-one-was-named",
    ),
    pytest.param(
        "김정훈 의원은 “반대한다”고 말했다. "
        "한 여당 의원은 “찬성한다”고 말했다. 이 의원은 “다시 논의하자”고 말했다.",
        [
            ("반대한다", "김정훈 의원", "김정훈 의원"),
            ("찬성한다", "한 여당 의원", "한 여당 의원"),
            ("다시 논의하자", "한 여당 의원", "이 의원"),
        ],
        id="this-lawmaker-when-no-lee-was-named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANONYMOUS)
def test_this_x_refers_to_the_latest_with_that_title(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


# --- 4. a surname with another title of the same post --------------------------------------

TITLES = [
    pytest.param(
        "마크 그리어 볼트라인 최고경영자(CEO)는 “성장이 계속된다”고 말했다. "
        "그리어 대표는 “투자를 늘린다”고 밝혔다.",
        [
            (
                "성장이 계속된다",
                "마크 그리어 볼트라인 최고경영자(CEO)",
                "마크 그리어 볼트라인 최고경영자(CEO)",
            ),
            ("투자를 늘린다", "마크 그리어 볼트라인 최고경영자(CEO)", "그리어 대표"),
        ],
        id="ceo-is-daepyo",
    ),
    pytest.param(
        "박서준 소방청 화재조사관은 현장을 조사했다. 박 조사관은 “전기적 요인”이라고 말했다.",
        [("전기적 요인", "박서준 소방청 화재조사관", "박 조사관")],
        id="tail-of-the-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_surname_with_a_title_of_the_same_post(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("title", "other"),
    [(a, b) for group in WORDS["title_synonyms"] for a in group for b in group if a != b],
)
def test_every_title_synonym(title: str, other: str) -> None:
    text = f"홍길동 한빛전자 {_topic(title)} 공장을 찾았다. 홍 {_topic(other)} “좋다”고 말했다."
    assert speakers(text) == [("좋다", f"홍길동 한빛전자 {title}", f"홍 {other}")]


# --- 5. headline pieces that are not speakers ------------------------------------------------

HEADLINES = [
    pytest.param(
        "“포퓰리즘” vs “민생 외면”\n\n"
        "국민의힘 김철수 원내대표는 “포퓰리즘 예산”이라고 비판했다. "
        "더불어민주당 박영희 원내대표는 “민생 외면”이라고 반박했다.",
        [
            ("포퓰리즘", "국민의힘 김철수 원내대표", None),
            ("민생 외면", "더불어민주당 박영희 원내대표", None),
            ("포퓰리즘 예산", "국민의힘 김철수 원내대표", "국민의힘 김철수 원내대표"),
            ("민생 외면", "더불어민주당 박영희 원내대표", "더불어민주당 박영희 원내대표"),
        ],
        id="each-side-of-vs-condenses-its-own-quote",
    ),
    pytest.param(
        "“포퓰리즘” VS “세금 낭비”\n\n국민의힘 김철수 원내대표는 “포퓰리즘 예산”이라고 비판했다.",
        [
            ("포퓰리즘", "국민의힘 김철수 원내대표", None),
            ("세금 낭비", None, None),
            ("포퓰리즘 예산", "국민의힘 김철수 원내대표", "국민의힘 김철수 원내대표"),
        ],
        id="a-side-without-a-body-quote-has-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headline_sides(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


# --- 6. turn-taking -------------------------------------------------------------------------

TURNS = [
    pytest.param(
        "최경수 감독은 “우리는 준비됐다”고 말했다.\n\n"
        "“타격감이 돌아왔다”고 4번 타자 강민우는 말했다. 그는 “팀이 이겨서 기쁘다”고 덧붙였다. "
        "이어 “다음 경기도 자신 있다”고 말했다.",
        [
            ("우리는 준비됐다", "최경수 감독", "최경수 감독"),
            ("타격감이 돌아왔다", "4번 타자 강민우", "4번 타자 강민우"),
            ("팀이 이겨서 기쁘다", "4번 타자 강민우", "그"),
            ("다음 경기도 자신 있다", "4번 타자 강민우", None),
        ],
        id="speaker-after-the-quote-takes-the-turn",
    ),
    pytest.param(
        "최경수 감독은 “우리는 준비됐다”고 말했다.\n\n"
        "강민우는 이날 최우수선수(MVP)로 선정됐다. 그는 “팀이 이겨서 기쁘다”고 말했다.",
        [("우리는 준비됐다", "최경수 감독", "최경수 감독"), ("팀이 이겨서 기쁘다", "강민우", "그")],
        id="bare-name-in-a-sentence-that-is-not-speech",
    ),
    pytest.param(
        "“공이 잘 보였다”며 4번 타자 강민우가 웃었다. 그는 “다음에도 치겠다”고 말했다.",
        [
            ("공이 잘 보였다", "4번 타자 강민우", "4번 타자 강민우"),
            ("다음에도 치겠다", "4번 타자 강민우", "그"),
        ],
        id="subject-after-a-quote-with-myeo",
    ),
    pytest.param(
        "최경수 감독은 “준비됐다”고 말했다.\n\n"
        "“공이 잘 보였다”고 강민우는 말했다. 그는 “다음에도 치겠다”고 말했다.",
        [
            ("준비됐다", "최경수 감독", "최경수 감독"),
            ("공이 잘 보였다", "강민우", "강민우"),
            ("다음에도 치겠다", "강민우", "그"),
        ],
        id="a-name-kiwi-splits-still-speaks-as-a-person",
    ),
    pytest.param(
        "법원 “죄질 무거워”\n\n"
        "수원지법 형사11부(부장판사 정하늘)는 14일 최모 씨(62)에게 징역 3년을 선고했다. "
        "재판부는 “죄질이 무겁다”고 밝혔다.",
        [
            ("죄질 무거워", "수원지법 형사11부(부장판사 정하늘)", "법원"),
            ("죄질이 무겁다", "수원지법 형사11부(부장판사 정하늘)", "재판부"),
        ],
        id="headline-court-is-the-court-quoted",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TURNS)
def test_turn_taking(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


# --- 7. the body the story is about ----------------------------------------------------------

SUBJECTS = [
    pytest.param(
        "한빛바이오는 신약 임상 결과를 공개했다.\n\n"
        "한국거래소는 이 회사 주가가 10% 올랐다고 밝혔다.\n\n"
        "회사 측은 “임상이 순조롭다”고 밝혔다.",
        [
            ("이 회사 주가가 10% 올랐다", "한국거래소", "한국거래소"),
            ("임상이 순조롭다", "한빛바이오", "회사 측"),
        ],
        id="company-side-is-the-company-not-the-exchange",
    ),
    pytest.param(
        "카카오는 신규 서비스를 공개했다.\n\n"
        "한국거래소에 따르면 주가는 5% 올랐다.\n\n"
        "회사 측은 “이용자가 늘 것”이라고 밝혔다.",
        [("주가는 5% 올랐다", "한국거래소", "한국거래소"), ("이용자가 늘 것", "카카오", "회사 측")],
        id="company-without-a-company-word-not-the-source-cited",
    ),
    pytest.param(
        "청솔군은 다음 달 축제를 연다. 군 관계자는 “관광객이 늘 것”이라고 말했다.",
        [("관광객이 늘 것", "청솔군 관계자", "군 관계자")],
        id="county-official",
    ),
    pytest.param(
        "청솔군은 다음 달 축제를 연다. 군은 “관광객이 늘 것”이라고 밝혔다.",
        [("관광객이 늘 것", "청솔군", "군")],
        id="county",
    ),
    pytest.param(
        "해군은 훈련을 마쳤다. 군 관계자는 “준비가 끝났다”고 말했다.",
        [("준비가 끝났다", "군 관계자", "군 관계자")],
        id="the-military-is-no-county",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_the_body_the_story_is_about(text: str, expected: list[tuple]) -> None:
    assert speakers(text) == expected


# --- every entry of the new word lists in newsfacts/data/speakers.json ----------------------

SPEAKERS = load("speakers")


@pytest.mark.parametrize("role", SPEAKERS["role_words"])
def test_every_role_word_before_a_name(role: str) -> None:
    text = f"{role} 홍길동은 이날 현장을 찾았다. 그는 “좋다”고 말했다."
    assert speakers(text) == [("좋다", f"{role} 홍길동", "그")]


@pytest.mark.parametrize("surname", SPEAKERS["surnames"])
def test_every_surname_starts_a_bare_name(surname: str) -> None:
    name = f"{surname}민준" if len(surname) == 1 else f"{surname}민"
    assert personal_name(lexicon(), name)


@pytest.mark.parametrize("suffix", SPEAKERS["org_suffixes"])
def test_every_org_suffix_ends_no_name(suffix: str) -> None:
    assert not personal_name(lexicon(), f"김하{suffix}")


@pytest.mark.parametrize("syllable", SPEAKERS["not_name_syllables"])
def test_every_not_name_syllable(syllable: str) -> None:
    assert not personal_name(lexicon(), f"김{syllable}준")
    assert personal_name(lexicon(), "김하준")


@pytest.mark.parametrize("mask", SPEAKERS["name_masks"])
def test_every_name_mask(mask: str) -> None:
    name = f"정{mask * 2}"
    text = f"{name} 한국은행 총재는 회의를 열었다. 정 총재는 “물가를 잡겠다”고 말했다."
    assert speakers(text) == [("물가를 잡겠다", f"{name} 한국은행 총재", "정 총재")]
    text = f"주장 오{mask * 2}은 “끝까지 뛰었다”고 말했다. 그는 “다음에도 이기겠다”고 말했다."
    assert speakers(text)[1] == ("다음에도 이기겠다", f"주장 오{mask * 2}", "그")
